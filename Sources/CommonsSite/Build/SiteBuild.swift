import CommonsAnalysis
import CommonsModel

/// `commons build`: the whole build as four named stages —
///
///     load → analyse → render → write
///
/// each reported with its time as it finishes (render and write run as one pass on every
/// core, and are reported together at its end). A stage that finds errors (or, with
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
    /// What a published build made — the model, its analysis, the site's files — kept by
    /// the build rather than freed as `run` returns: a command that exits right after
    /// the build is spared freeing a big site object by object (0.4 s at 50,000
    /// contributions). Freed with the build value.
    private var made: [Any] = []

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

        let site = render(publication, theme)
        guard !stops else { return stages.stop("pages clash") }
        // Pages are drawn by the cores that write them (SiteWriter), so render and write are
        // one pass, whose time the two stages share as the cores spent it.
        let planning = stages.elapsed
        let pass = StageClock.now()
        let written = write(site.files, to: output)
        let seconds = StageClock.now() - pass
        let drawn = "\(Words.plural(site.pages, "page")), \(Words.plural(site.files.count - site.pages, "other file"))"
        switch written {
        case .failure(let failure):
            stages.done(drawn, seconds: planning)
            stages.done("failed", seconds: seconds)
            return .writeFailed(failure.description)
        case .success(let effort):
            let rendering = seconds * effort.renderingShare
            stages.done(drawn, seconds: planning + rendering)
            stages.done("\(Words.plural(site.files.count, "file")) in \(options.output)", seconds: seconds - rendering)
        }
        made = [commons, publication, site.files]
        return .published(pages: site.pages, files: site.files.count)
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

    /// 3. render: every page through the theme, and the other files — planned here, drawn
    /// while writing.
    private mutating func render(_ publication: Publication, _ theme: Theme) -> (files: [SiteFile], pages: Int) {
        let rendered = SiteRenderer(publication: publication, theme: theme, content: options.content).render()
        diagnostics = (diagnostics + rendered.diagnostics).sorted()
        return (rendered.files, rendered.pages)
    }

    /// 4. write: into a staging folder beside the output, swapped in when complete.
    private func write(_ files: [SiteFile], to output: OutputFolder) -> Swift.Result<SiteWriter.Effort, WriteFailure> {
        do {
            let staging = try output.makeStaging()
            do {
                let effort = try SiteWriter(root: staging).write(files)
                try output.swapIn(staging)
                return .success(effort)
            } catch {
                output.discard(staging)
                throw error
            }
        } catch {
            return .failure(WriteFailure(description: "\(error)"))
        }
    }

    struct WriteFailure: Error, CustomStringConvertible {
        let description: String
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
    private var finished = 0
    private var since = StageClock.now()

    init(names: [String], report: @escaping (SiteBuild.Stage) -> Void) {
        self.names = names
        self.report = report
    }

    /// Seconds since the last stage ended.
    var elapsed: Double { StageClock.now() - since }

    /// Ends the current stage, which took `seconds`: by default all the time since the
    /// last stage ended.
    mutating func done(_ detail: String, seconds: Double? = nil) {
        let seconds = seconds ?? elapsed
        since = StageClock.now()
        finished += 1
        report(SiteBuild.Stage(number: finished, count: names.count, name: names[finished - 1], seconds: seconds, detail: detail))
    }

    /// Ends the build at the current stage: nothing is written.
    mutating func stop(_ reason: String) -> SiteBuild.Result {
        done("stopped: " + reason)
        return .failed
    }
}
