import CommonsAnalysis
import CommonsModel
import CommonsSupport
import CommonsReport
import CommonsSite

/// The preview's account of its builds: it names each (a name new to this run, so a page
/// from an earlier run reloads too), keeps the last good site and its analysis, and
/// words each build for the terminal — what changed, how long it took, what moved.
struct BuildHistory {
    /// The content folder as the user named it, for the diagnostics' paths.
    let content: String
    private let run = String(UInt64.random(in: 0...UInt64.max), radix: 36)
    private var count = 0
    /// Its files are let go while a template change draws the site again whole.
    private var lastGood: (files: SiteFiles?, analysis: Analysis?)?
    private var printed: [Diagnostic] = []
    private var failing = false

    init(content: String) { self.content = content }

    /// The name of the newest build.
    var current: String { "\(run)-\(count)" }

    /// What to serve while the site is drawn again whole (a template changed): not the
    /// last good site, which is let go so that a big site is not held twice, but
    /// "Building…" until the build ends. Its analysis is kept, for what the build changes.
    mutating func redrawing() -> ServedSite {
        lastGood?.files = nil
        return ServedSite(files: nil, overlay: nil, build: current)
    }

    /// What to serve after `build`, and what to print: the diagnostics not printed
    /// before, as `check` prints them (every save reprinting the same warnings buried the
    /// new one), then one line.
    mutating func record(_ build: PreviewBuild, changes: FileChanges?) -> (site: ServedSite, lines: [String]) {
        count += 1
        var lines: [String] = []
        let seen = Set(printed)
        let new = build.diagnostics.filter { !seen.contains($0) }
        if !new.isEmpty {
            lines.append(DiagnosticFormat.text.render(new, folder: content))
        }
        let shownBefore = build.diagnostics.count - new.count
        printed = build.diagnostics
        let what = changes.map { $0.words.isEmpty ? "files changed" : $0.words }
        let seconds = ReportNumber.fixed(build.seconds, places: 2) + " s"
        guard let site = build.site else {
            failing = true
            let shown = lastGood?.files == nil ? "every address shows them until they are fixed"
                                        : "the browser shows them over the last good site"
            lines.append([what, "\(DiagnosticFormat.summary(build.diagnostics)); \(shown)"].compactMap { $0 }.joined(separator: " — "))
            return (ServedSite(files: lastGood?.files ?? nil, overlay: ErrorOverlay(build.diagnostics, folder: content),
                               build: current, diagnostics: build.diagnostics), lines)
        }
        var news: [String] = []
        if failing { news.append("the errors are fixed") }
        if let before = lastGood?.analysis, let after = build.analysis {
            news += AnalysisChange(from: before, to: after).phrases
        }
        failing = false
        lastGood = (site.files, build.analysis)
        let drawn = Phrase.counted(site.drawnPages, "page")
        let built = what.map { "\($0) — rebuilt in \(seconds), \(drawn) drawn" } ?? "built \(site.files.count) files in \(seconds)"
        if shownBefore > 0 { news.append("\(Phrase.counted(shownBefore, "warning")) as before") }
        lines.append(([built] + news).joined(separator: "; "))
        return (ServedSite(files: site.files, overlay: nil, build: current, diagnostics: build.diagnostics), lines)
    }
}
