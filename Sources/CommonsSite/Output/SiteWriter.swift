import CommonsModel

/// Writes the site's files into a folder, on every core and with as few system calls as
/// it can: each folder created once, parents first; a rendered file is drawn by the core
/// that writes it, so drawing and writing overlap and a page is freed once it is written.
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
        let started = StageClock.now()
        // Most pages are alone in a folder of their own (contributions/2026/03/x/index.html):
        // such a folder is made by the core that writes its page, the others up front.
        var filesIn: [Substring: Int] = [:]
        var parents = Set<Substring>()
        for file in files {
            var path = Substring(file.path)
            guard let slash = path.lastIndex(of: "/") else { continue }
            path = path[..<slash]
            filesIn[path, default: 0] += 1
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                guard parents.insert(path).inserted else { break }
            }
        }
        let ownFolder = Set(filesIn.filter { $0.value == 1 && !parents.contains($0.key) }.keys)
        // "a" sorts before "a/b": every parent exists before its children.
        for folder in parents.union(filesIn.keys.filter { !ownFolder.contains($0) }).sorted() {
            try FileSystem.makeDirectory(root + "/" + folder)
        }
        let setUp = StageClock.now() - started

        let outcomes = parallelMap(count: files.count) { index -> Outcome in
            let file = files[index]
            let start = StageClock.now()
            var outcome = Outcome()
            do {
                if let slash = file.path.lastIndex(of: "/"), ownFolder.contains(file.path[..<slash]) {
                    try FileSystem.makeDirectory(root + "/" + file.path[..<slash])
                }
                switch file.body {
                case .text(let text):
                    try FileSystem.write(text, to: root + "/" + file.path)
                case .rendered(let render):
                    let drawing = StageClock.now()
                    let text = render()
                    outcome.rendering = StageClock.now() - drawing
                    try FileSystem.write(text, to: root + "/" + file.path)
                case .copy(let source):
                    try FileSystem.copy(source, to: root + "/" + file.path)
                }
            } catch {
                outcome.failure = error as? FileSystem.Failure
            }
            outcome.seconds = StageClock.now() - start
            return outcome
        }
        if let failure = outcomes.lazy.compactMap(\.failure).first { throw failure }
        let rendering = outcomes.reduce(0) { $0 + $1.rendering }
        let total = outcomes.reduce(setUp) { $0 + $1.seconds }
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
