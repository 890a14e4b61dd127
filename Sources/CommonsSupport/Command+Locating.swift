import Glibc

extension Command {
    /// Whether `path` is a file (or a link to one) this process may run.
    public static func isExecutable(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && access(path, X_OK) == 0
    }

    /// The first `program` in the folders of `searchPath` (a `PATH` value), as a shell
    /// would find it; nil when none is there.
    public static func locate(_ program: String, searchPath: String) -> String? {
        searchPath.split(separator: ":", omittingEmptySubsequences: true)
            .map { $0.hasSuffix("/") ? $0 + program : $0 + "/" + program }
            .first(where: isExecutable)
    }
}
