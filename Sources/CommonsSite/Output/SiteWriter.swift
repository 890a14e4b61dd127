/// Writes the site's files into a folder: each folder created once, parents first, then
/// the files on every core.
struct SiteWriter {
    let root: String

    func write(_ files: [SiteFile]) throws {
        var folders = Set<String>()
        for file in files {
            var path = Substring(file.path)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                guard folders.insert(String(path)).inserted else { break }
            }
        }
        // "a" sorts before "a/b": every parent exists before its children.
        for folder in folders.sorted() {
            try FileSystem.makeDirectory(root + "/" + folder)
        }
        let failures = parallelMap(count: files.count) { index -> FileSystem.Failure? in
            let file = files[index]
            do {
                switch file.body {
                case .text(let text): try FileSystem.write(text, to: root + "/" + file.path)
                case .copy(let source): try FileSystem.copy(source, to: root + "/" + file.path)
                }
                return nil
            } catch {
                return error as? FileSystem.Failure
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }
}
