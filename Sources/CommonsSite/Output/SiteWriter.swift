import CommonsModel

/// Writes the site's files into a folder, on every core, with as few system calls as it
/// can. A rendered file is drawn by the core that writes it, so drawing and writing
/// overlap and a page is freed once it is written.
///
/// No folder is planned up front: a file is opened where it goes, and only when its
/// folder is missing (ENOENT) are the missing folders made, parents first, and the open
/// retried. Most pages are alone in a folder of their own
/// (`contributions/2026/03/x/index.html`), so that is one failed open and one mkdir each;
/// two cores making the same folder at once both succeed (EEXIST counts as made).
struct SiteWriter {
    let root: String

    /// Where the cores' time went, summed over the cores: drawing pages or writing files.
    struct Effort: Sendable {
        var rendering: Double = 0
        var writing: Double = 0

        /// The part of the time spent drawing, 0 when nothing was measured.
        var renderingShare: Double {
            rendering + writing > 0 ? rendering / (rendering + writing) : 0
        }
    }

    @discardableResult
    func write(_ files: [SiteFile]) throws -> Effort {
        let root = root
        let outcomes = parallelMap(count: files.count) { index -> Outcome in
            let file = files[index]
            let start = StageClock.now()
            var outcome = Outcome()
            let path = root + "/" + file.path
            let folder = file.path.lastIndex(of: "/").map { root + "/" + file.path[..<$0] }
            do {
                switch file.body {
                case .text(let text):
                    try FileSystem.write(text, to: path, making: folder)
                case .rendered(let render):
                    let drawing = StageClock.now()
                    let text = render()
                    outcome.rendering = StageClock.now() - drawing
                    try FileSystem.write(text, to: path, making: folder)
                case .copy(let source):
                    if let folder { try FileSystem.makeDirectories(folder) }
                    try FileSystem.copy(source, to: path)
                }
            } catch {
                outcome.failure = error as? FileSystem.Failure
            }
            outcome.seconds = StageClock.now() - start
            return outcome
        }
        if let failure = outcomes.lazy.compactMap(\.failure).first { throw failure }
        let rendering = outcomes.reduce(0) { $0 + $1.rendering }
        let total = outcomes.reduce(0) { $0 + $1.seconds }
        return Effort(rendering: rendering, writing: total - rendering)
    }

    /// What became of one file: its failure, and the seconds its core spent on it, of
    /// which `rendering` drawing it.
    private struct Outcome: Sendable {
        var failure: FileSystem.Failure?
        var seconds: Double = 0
        var rendering: Double = 0
    }
}
