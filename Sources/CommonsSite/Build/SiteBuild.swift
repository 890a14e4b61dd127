import CommonsAnalysis
import CommonsModel

/// `commons build`: the whole build as four named stages —
///
///     load → analyse → render → write
///
/// each reported with its time as it finishes. A stage that finds errors (or, with
/// `strict`, warnings) stops the build before anything is written, so a failed build
/// leaves the previous site exactly as it was.
public struct SiteBuild {
    public struct Options: Sendable {
        public var content: String
        public var templates: String?
        public var output: String
        public var asOf: Day
        /// Replaces `base_url` from commons.md.
        public var baseURL: String?
        public var strict: Bool

        public init(content: String, templates: String? = nil, output: String = "_site", asOf: Day,
                    baseURL: String? = nil, strict: Bool = false) {
            self.content = content
            self.templates = templates
            self.output = output
            self.asOf = asOf
            self.baseURL = baseURL
            self.strict = strict
        }
    }

    /// One finished stage: "[2/4] analyse  0.012 s  118 contributions, 14 proposals".
    public struct Stage: Sendable {
        public let number: Int
        public let count: Int
        public let name: String
        public let seconds: Double
        public let detail: String
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

    public let options: Options
    public private(set) var diagnostics: [Diagnostic] = []

    public init(options: Options) { self.options = options }

    static let stageNames = ["load", "analyse", "render", "write"]

    public mutating func run(report: @escaping (Stage) -> Void) -> Result {
        let output = OutputFolder(target: options.output)
        do { try output.check(content: options.content) } catch { return .refused("\(error)") }
        var stages = StageReport(names: Self.stageNames, report: report)

        guard let (commons, theme) = load(), !stops else { return stages.stop("content or template errors") }
        stages.done("\(Words.plural(commons.contributions.count, "contribution")), \(Words.plural(commons.proposals.count, "proposal"))")

        let publication = analyse(commons)
        guard !stops else { return stages.stop(options.strict ? "warnings under --strict" : "errors") }
        stages.done("as of \(options.asOf)")

        let rendered = render(publication, theme)
        guard !stops else { return stages.stop("pages clash") }
        stages.done("\(Words.plural(rendered.pages, "page")), \(Words.plural(rendered.files.count - rendered.pages, "other file"))")

        if let failure = write(rendered.files, to: output) {
            stages.done("failed")
            return .writeFailed(failure)
        }
        stages.done("\(Words.plural(rendered.files.count, "file")) in \(options.output)")
        return .published(pages: rendered.pages, files: rendered.files.count)
    }

    /// 1. load: the content folder and the theme.
    private mutating func load() -> (Commons, Theme)? {
        let loaded = ContentLoader.load(folder: options.content, asOf: options.asOf)
        let themed = Theme.load(ThemeFolders(templates: options.templates, content: options.content))
        diagnostics = loaded.diagnostics + themed.diagnostics
        guard let commons = loaded.commons, let theme = themed.theme else { return nil }
        return (commons, theme)
    }

    /// 2. analyse: the figures and outcomes every page reads, and what pages look up.
    private mutating func analyse(_ commons: Commons) -> Publication {
        let analysis = Analysis(commons: commons, asOf: options.asOf)
        diagnostics += analysis.uncountedVoteWarnings(in: commons)
        let baseURL = options.baseURL ?? commons.settings.baseURL
        if baseURL == nil {
            diagnostics.append(.warning("commons.md", "no base_url: feed.xml and sitemap.xml are skipped, since they need absolute addresses (set base_url, or pass --base-url)"))
        }
        diagnostics.sort()
        return Publication(commons: commons, analysis: analysis, baseURL: baseURL)
    }

    /// 3. render: every page through the theme, and the other files.
    private mutating func render(_ publication: Publication, _ theme: Theme) -> (files: [SiteFile], pages: Int) {
        let rendered = SiteRenderer(publication: publication, theme: theme, content: options.content).render()
        diagnostics = (diagnostics + rendered.diagnostics).sorted()
        return (rendered.files, rendered.pages)
    }

    /// 4. write: into a staging folder beside the output, swapped in when complete.
    /// Returns what went wrong, nil when the site is in place.
    private func write(_ files: [SiteFile], to output: OutputFolder) -> String? {
        do {
            let staging = try output.makeStaging()
            do {
                try SiteWriter(root: staging).write(files)
                try output.swapIn(staging)
            } catch {
                output.discard(staging)
                throw error
            }
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// Errors stop a build; so do warnings under `strict`.
    private var stops: Bool {
        diagnostics.hasErrors || (options.strict && !diagnostics.isEmpty)
    }
}

/// Times the stages and reports each as it ends.
private struct StageReport {
    let names: [String]
    let report: (SiteBuild.Stage) -> Void
    var clock = StageClock()

    mutating func done(_ detail: String) {
        clock.lap(names[clock.laps.count])
        let lap = clock.laps.last!
        report(SiteBuild.Stage(number: clock.laps.count, count: names.count, name: lap.stage, seconds: lap.seconds, detail: detail))
    }

    /// Ends the build at the current stage: nothing is written.
    mutating func stop(_ reason: String) -> SiteBuild.Result {
        done("stopped: " + reason)
        return .failed
    }
}
