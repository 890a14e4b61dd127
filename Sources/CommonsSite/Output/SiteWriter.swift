/// Writes the site's files into a folder with as few system calls as it can: each folder
/// created once, parents first, and the files on every core.
struct SiteWriter {
    let root: String

    func write(_ files: [SiteFile]) throws {
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
        let failures = parallelMap(count: files.count) { index -> FileSystem.Failure? in
            let file = files[index]
            do {
                if let slash = file.path.lastIndex(of: "/"), ownFolder.contains(file.path[..<slash]) {
                    try FileSystem.makeDirectory(root + "/" + file.path[..<slash])
                }
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
