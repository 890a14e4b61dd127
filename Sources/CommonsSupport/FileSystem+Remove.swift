import Glibc

extension FileSystem {
    /// Removes a file or a folder with everything in it; symbolic links are removed, not
    /// followed. What is already gone counts as removed: a signal's clean-up may remove a
    /// folder the build is removing too.
    ///
    /// A replaced site is tens of thousands of folders, and deleting it took as long as
    /// writing the new one, so a folder goes one level at a time on every core: each
    /// level's folders are read and their files unlinked in parallel, then the emptied
    /// folders are removed, deepest level first.
    public static func remove(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            guard unlink(path) == 0 || errno == ENOENT else { throw Failure("remove", path) }
            return
        }
        var levels = [[path]]
        while let level = levels.last, !level.isEmpty {
            let read = level.parallelMap(emptyOfFiles)
            if let failure = read.lazy.compactMap(\.failure).first { throw failure }
            levels.append(read.flatMap(\.folders))
        }
        for level in levels.reversed() where !level.isEmpty {
            let failures = level.parallelMap { folder -> Failure? in
                rmdir(folder) == 0 || errno == ENOENT ? nil : Failure("remove", folder)
            }
            if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        }
    }

    /// Unlinks everything in a folder but its subfolders, which it returns.
    private static func emptyOfFiles(_ folder: String) -> (folders: [String], failure: Failure?) {
        guard let entries = list(folder) else { return ([], errno == ENOENT ? nil : Failure("read", folder)) }
        var folders: [String] = []
        for entry in entries {
            let path = folder + "/" + entry.name
            var isFolder = entry.kind == .directory
            if entry.kind == nil {
                var info = stat()
                isFolder = lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                folders.append(path)
            } else if unlink(path) != 0 && errno != ENOENT {
                return (folders, Failure("remove", path))
            }
        }
        return (folders, nil)
    }
}
