import CommonsAnalysis
import CommonsModel
import CommonsSite

/// One whole build of the site into memory: the build's own steps up to its plan, then
/// `draw` where `build` has `publish` — so there is no second way of drawing a page, and
/// what is served is what `build` writes.
struct PreviewBuild: Sendable {
    /// nil when the build stopped.
    let site: DrawnSite?
    let analysis: Analysis?
    let diagnostics: [Diagnostic]
    let seconds: Double

    init(_ options: SiteBuild.Options) {
        var build = SiteBuild(options: options)
        var seconds = 0.0
        let built = Pipeline(SiteBuild.planning + [SiteBuild.draw]).run(&build) { seconds += $0.seconds }
        site = built ? build.drawn : nil
        analysis = built ? build.reading.analysis : nil
        diagnostics = build.diagnostics
        self.seconds = seconds
    }
}
