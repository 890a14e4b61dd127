import CommonsAnalysis
import CommonsModel
import CommonsSite
import CommonsSupport

/// One build of the site into memory: the build's own steps up to its plan, then `draw`
/// where `build` has `publish` — so there is no second way of drawing a page, and what is
/// served is what `build` writes. After a change it reads again only the files that
/// changed, patches the last resolved commons when they are contributions alone
/// (`ResolvedCommons.patched`), takes from the last analysis every part whose inputs are
/// as they were (`Analysed`), and draws again only the pages whose inputs changed
/// (`PageFingerprint`); the plan is made whole each time, as `build` makes it.
struct PreviewBuild: Sendable {
    /// nil when the build stopped.
    let site: DrawnSite?
    let analysis: Analysis?
    let diagnostics: [Diagnostic]
    let seconds: Double
    /// What this build read, for the next one to take the unchanged files from.
    let loaded: LoadedContent?
    /// The theme it loaded, for the next one while no template changes.
    let theme: LoadedTheme?
    /// The commons it resolved from what it read, for the next one to patch.
    let resolved: ResolvedCommons?

    /// `earlier`: what the last build read and the commons it resolved from it, the theme it loaded (nil when a template
    /// changed since), the last site drawn and the last good analysis; `changed`, the
    /// paths in the content folder changed since that reading (every file counts as
    /// changed without an earlier reading);
    /// `filesOnly`, whether nothing else changed in the folder (`WatchedFiles.listingChanges`).
    /// `freeing`, when given, frees what the build no longer needs on another core.
    init(_ options: SiteBuild.Options,
         earlier: (loaded: LoadedContent?, resolved: ResolvedCommons?, theme: LoadedTheme?, site: DrawnSite?, analysis: Analysis?) = (nil, nil, nil, nil, nil),
         changed: Set<String> = [], filesOnly: Bool = false, freeing: Freeing? = nil) {
        var build = SiteBuild(options: options)
        build.reading.rereads = true
        build.reading.earlier = earlier.loaded.map { ($0, changed, filesOnly) }
        build.reading.earlierResolved = earlier.resolved
        build.reading.earlierAnalysis = earlier.analysis
        var seconds = 0.0
        let steps = SiteBuild.planning(theme: earlier.theme) + [SiteBuild.draw(reusing: earlier.site)]
        let built = Pipeline(steps).run(&build) { seconds += $0.seconds }
        site = built ? build.drawn : nil
        analysis = built ? build.reading.analysis : nil
        diagnostics = build.diagnostics
        loaded = build.reading.loadedForNextReading
        resolved = build.reading.resolvedForNextReading
        theme = build.loadedTheme
        self.seconds = seconds
        // What the build made and no longer needs — the commons, the plan — is freed on
        // another core: on a big commons freeing it takes a tenth of a second, which the
        // edited page need not wait for.
        freeing?.letGo(build)
    }
}
