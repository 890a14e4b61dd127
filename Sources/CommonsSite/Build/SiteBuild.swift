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

    public mutating func run(report: (Stage) -> Void) -> Result {
        let output = OutputFolder(target: options.output)
        do { try output.check(content: options.content) } catch { return .refused("\(error)") }
        var clock = StageClock()
        func finish(_ detail: String) {
            clock.lap(Self.stageNames[clock.laps.count])
            let lap = clock.laps.last!
            report(Stage(number: clock.laps.count, count: Self.stageNames.count, name: lap.stage, seconds: lap.seconds, detail: detail))
        }

        // 1. load: the content folder and the theme.
        let loaded = ContentLoader.load(folder: options.content, asOf: options.asOf)
        diagnostics = loaded.diagnostics
        let themed = Theme.load(ThemeFolders(templates: options.templates, content: options.content))
        diagnostics += themed.diagnostics
        guard let commons = loaded.commons, let theme = themed.theme, !stops else {
            finish("stopped: content or template errors")
            return .failed
        }
        finish("\(Words.plural(commons.contributions.count, "contribution")), \(Words.plural(commons.proposals.count, "proposal"))")

        // 2. analyse: the figures and outcomes every page reads.
        let analysis = Analysis(commons: commons, asOf: options.asOf)
        diagnostics += analysis.uncountedVoteWarnings(in: commons)
        let baseURL = options.baseURL ?? commons.settings.baseURL
        if baseURL == nil {
            diagnostics.append(.warning("commons.md", "no base_url: feed.xml and sitemap.xml are skipped, since they need absolute addresses (set base_url, or pass --base-url)"))
        }
        let publication = Publication(commons: commons, analysis: analysis, baseURL: baseURL)
        diagnostics.sort()
        guard !stops else {
            finish("stopped: \(options.strict ? "warnings under --strict" : "errors")")
            return .failed
        }
        finish("as of \(options.asOf)")

        // 3. render: every page through the theme.
        let rendered = SiteRenderer(publication: publication, theme: theme, content: options.content).render()
        diagnostics = (diagnostics + rendered.diagnostics).sorted()
        guard !stops else {
            finish("stopped: pages clash")
            return .failed
        }
        finish("\(Words.plural(rendered.pages, "page")), \(Words.plural(rendered.files.count - rendered.pages, "other file"))")

        // 4. write: into a staging folder beside the output, swapped in when complete.
        do {
            let staging = try output.makeStaging()
            do {
                try SiteWriter(root: staging).write(rendered.files)
                try output.swapIn(staging)
            } catch {
                output.discard(staging)
                throw error
            }
        } catch {
            finish("failed")
            return .writeFailed("\(error)")
        }
        finish("\(Words.plural(rendered.files.count, "file")) in \(options.output)")
        return .published(pages: rendered.pages, files: rendered.files.count)
    }

    /// Errors stop a build; so do warnings under `strict`.
    private var stops: Bool {
        diagnostics.hasErrors || (options.strict && !diagnostics.isEmpty)
    }
}
