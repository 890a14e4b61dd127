import CommonsAnalysis
import CommonsModel
import CommonsSupport

/// `commons build`: the whole build as one list of named steps —
///
///     load → resolve → analyse → plan → publish
///
/// the first three shared with `check` and `report` (`Reading`). Errors (or, with
/// `strict`, warnings) stop the build once the commons has been read whole, so it reports
/// every mistake `check` would and writes nothing: a failed build leaves the previous
/// site exactly as it was.
public struct SiteBuild: PipelineWork {
    public struct Options: Sendable {
        public var content: String
        public var templates: String?
        public var output: String
        public var asOf: Day
        /// Replaces `base_url` from commons.md.
        public var baseURL: String?
        public var strict: Bool
        /// `check` plans the site to find what would stop a build, and writes nothing: no
        /// Markdown is turned into HTML, and a missing base_url is no warning (its fix,
        /// `--base-url`, is a build option).
        public var checkingOnly: Bool
        /// `--search`: a search page and a Pagefind index even when commons.md does not ask for them.
        public var search: Bool
        /// What indexes the site when it has search; without it such a site is not published.
        public var pagefind: Pagefind?

        public init(content: String, templates: String? = nil, output: String = "_site", asOf: Day,
                    baseURL: String? = nil, strict: Bool = false, checkingOnly: Bool = false,
                    search: Bool = false, pagefind: Pagefind? = nil) {
            self.content = content
            self.templates = templates
            self.output = output
            self.asOf = asOf
            self.baseURL = baseURL
            self.strict = strict
            self.checkingOnly = checkingOnly
            self.search = search
            self.pagefind = pagefind
        }
    }

    public enum Result: Sendable {
        /// The site is in place.
        case published(pages: Int, files: Int)
        /// Content or template errors (or warnings under `strict`): nothing was written.
        case failed
        /// The output folder cannot be used (it is not a site, it holds the content):
        /// a usage error, nothing was touched.
        case refused(String)
        /// Writing failed; the previous site is untouched.
        case writeFailed(String)
    }

    /// The steps of a build, in order.
    public static var steps: [Step<SiteBuild>] { planning + [publish] }

    /// Every step up to the plan: what `check` runs, so that it fails wherever a build
    /// would, and what `theme context` runs.
    public static var planning: [Step<SiteBuild>] { planning(theme: nil) }

    /// The same steps, with the theme an earlier build loaded from the same files: a
    /// preview gives it while no template changed.
    public static func planning(theme: LoadedTheme?) -> [Step<SiteBuild>] {
        Reading.steps.map { $0.on(\.reading) } + [plan(theme: theme)]
    }

    public let options: Options
    /// The commons as read, resolved and analysed.
    public var reading: Reading
    /// What the site's own steps found wrong: template errors, pages that clash.
    public var siteDiagnostics: [Diagnostic] = []
    private(set) var theme: Theme?
    /// The theme as `plan` loaded it, with what was found wrong in it.
    public private(set) var loadedTheme: LoadedTheme?
    private(set) var publication: Publication?
    private(set) var plan: SitePlan?
    public private(set) var result: Result?
    /// The site drawn into memory by `draw`, for `commons serve`.
    public private(set) var drawn: DrawnSite?

    public init(options: Options) {
        self.options = options
        reading = Reading(content: options.content, asOf: options.asOf, renderingBodies: !options.checkingOnly)
    }

    /// Every diagnostic of every step so far, by file and line.
    public var diagnostics: [Diagnostic] { (reading.diagnostics + siteDiagnostics).sorted() }

    public var stopReason: String? {
        if let stop = reading.stopReason { return stop }
        guard reading.analysis != nil else { return nil }
        if diagnostics.hasErrors { return "errors" }
        if options.strict && !diagnostics.isEmpty { return "warnings under --strict" }
        return nil
    }

    /// Runs the steps, reporting each as it ends. The build holds what it made — the
    /// commons, its analysis, the plan of the site — until it is freed: a command that
    /// exits right after can leave the freeing to the system.
    public mutating func run(_ steps: [Step<SiteBuild>] = SiteBuild.steps,
                             report: (Pipeline<SiteBuild>.Report) -> Void = { _ in }) -> Result {
        do { try OutputFolder(target: options.output).check(content: options.content) } catch {
            result = .refused("\(error)")
            return .refused("\(error)")
        }
        Pipeline(steps).run(&self, report: report)
        return result ?? .failed
    }

    /// The theme, and every page and file of the site through it.
    public static var plan: Step<SiteBuild> { plan(theme: nil) }

    static func plan(theme loaded: LoadedTheme?) -> Step<SiteBuild> {
        Step("plan") { build in
            let themed = loaded.map { (theme: $0.theme, diagnostics: $0.diagnostics) }
                ?? Theme.load(ThemeFolders(templates: build.options.templates, content: build.options.content))
            build.loadedTheme = LoadedTheme(theme: themed.theme, diagnostics: themed.diagnostics)
            build.siteDiagnostics += themed.diagnostics
            guard let theme = themed.theme, let commons = build.reading.commons, let analysis = build.reading.analysis
            else { return "no theme" }
            let baseURL = build.options.baseURL ?? commons.settings.baseURL
            if baseURL == nil && !build.options.checkingOnly {
                build.siteDiagnostics.append(.warning("commons.md", "no base_url: feed.xml and sitemap.xml are skipped, since they need absolute addresses (set base_url, or pass --base-url)"))
            }
            let publication = Publication(commons: commons, analysis: analysis, baseURL: baseURL,
                                          search: build.options.search || commons.settings.search)
            let plan = SitePlan(publication, theme: theme, content: build.options.content)
            build.siteDiagnostics += plan.clashes
            (build.theme, build.publication, build.plan) = (theme, publication, plan)
            return "\(Phrase.counted(plan.pages.count, "page")), \(Phrase.counted(plan.files.count - plan.pages.count, "other file"))"
        }
    }

    /// Every file drawn into memory, on every core, by the same closures `publish`
    /// writes from: what `commons serve` serves is what `build` would write. The pages
    /// `earlier` drew from the same inputs are taken from it (`PageFingerprint`).
    public static func draw(reusing earlier: DrawnSite? = nil) -> Step<SiteBuild> {
        Step("draw") { build in
            guard let plan = build.plan else { return "nothing planned" }
            let (site, unreadable) = DrawnSite.draw(plan, reusing: earlier)
            build.siteDiagnostics += unreadable
            build.drawn = site
            return "\(Phrase.counted(site.files.count, "file")) in memory, \(Phrase.counted(site.drawnPages, "page")) drawn"
        }
    }

    /// Every file drawn and written into a staging folder beside the output, on every
    /// core, indexed by Pagefind when the site has search, and swapped in when complete.
    public static var publish: Step<SiteBuild> {
        Step("publish") { build in
            guard let plan = build.plan, let publication = build.publication else { return "nothing planned" }
            let pagefind = publication.hasSearch ? build.options.pagefind : nil
            if publication.hasSearch && pagefind == nil {
                let asked = build.options.search ? "--search" : "search: true"
                build.siteDiagnostics.append(.error("commons.md", "\(asked) needs Pagefind, which was not found: \(Pagefind.installAdvice)"))
                return "no Pagefind"
            }
            let output = OutputFolder(target: build.options.output)
            do {
                let lock = try output.lock()
                defer { withExtendedLifetime(lock) {} }
                let staging = try output.makeStaging()
                try Interruption.cleaningUp(with: { output.recover(from: staging); lock.removeFile() }) {
                    do {
                        try plan.write(into: staging)
                        try pagefind?.index(staging)
                        try output.swapIn(staging)
                    } catch {
                        output.discard(staging)
                        throw error
                    }
                }
            } catch let refusal as OutputFolder.Refusal {
                build.result = .refused(refusal.description)
                return "refused"
            } catch {
                build.result = .writeFailed("\(error)")
                return "failed"
            }
            build.result = .published(pages: plan.pages.count, files: plan.files.count)
            return "\(Phrase.counted(plan.files.count, "file")) in \(build.options.output)" + (pagefind == nil ? "" : ", indexed for search")
        }
    }
}

/// A theme as loaded from its folders, with its diagnostics: the same files give the same
/// theme, so a preview loads it again only when one of them changed.
public struct LoadedTheme: Sendable {
    let theme: Theme?
    let diagnostics: [Diagnostic]
}
