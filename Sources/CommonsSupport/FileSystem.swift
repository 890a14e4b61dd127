import Glibc

/// The few file operations the layers above need, on plain system calls: they read and
/// write tens of thousands of small files, and one open/read/close or open/write/close
/// each, with no objects made on the way, is what keeps that fast.
public enum FileSystem {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        init(_ action: String, _ path: String, code: Int32 = errno) {
            description = "cannot \(action) '\(path)': \(String(cString: strerror(code)))"
        }
    }

    /// Writes the file, making `folder` and its missing parents first if the file cannot
    /// be created because they are not there.
    public static func write(_ text: String, to path: String, making folder: String? = nil) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: path, making: folder) }
    }

    /// Writes the file under a temporary name beside it, then renames it into place: a
    /// reader sees the whole file or none, never half of one.
    public static func writeWhole(_ text: String, to path: String, making folder: String? = nil) throws {
        let temporary = path + ".partial-" + String(processID)
        do {
            try write(text, to: temporary, making: folder)
            try rename(temporary, path)
        } catch {
            unlink(temporary)
            throw error
        }
    }

    static func write(_ bytes: UnsafeRawBufferPointer, to path: String, making folder: String? = nil) throws {
        try WriteGate.pass(path, "write") {
            var fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            if fd < 0, errno == ENOENT, let folder {
                try makeFolders(folder)
                fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            }
            guard fd >= 0 else { throw Failure("write", path) }
            defer { close(fd) }
            var offset = 0
            while offset < bytes.count {
                let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw Failure("write", path) }
                offset += n
            }
        }
    }

    public static func copy(_ source: String, to path: String) throws {
        try WriteGate.pass(path, "write") { try copyUngated(source, to: path) }
    }

    private static func copyUngated(_ source: String, to path: String) throws {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw Failure("read", source) }
        defer { close(input) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        let output = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw Failure("write", path) }
        defer { close(output) }
        while true {
            let n = read(input, buffer.baseAddress, buffer.count)
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw Failure("read", source) }
            if n == 0 { return }
            var offset = 0
            while offset < n {
                let w = Glibc.write(output, buffer.baseAddress! + offset, n - offset)
                if w < 0 && errno == EINTR { continue }
                guard w > 0 else { throw Failure("write", path) }
                offset += w
            }
        }
    }

    public static func makeDirectory(_ path: String) throws {
        try WriteGate.pass(path, "create the folder") { try makeFolder(path) }
    }

    /// A new, empty folder of its own under `$TMPDIR` (else /tmp), named `prefix-XXXXXX`;
    /// nil when none can be made. The caller removes it.
    public static func makeTemporaryFolder(_ prefix: String) -> String? {
        let base = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/" + prefix + "-XXXXXX").utf8CString)
        return mkdtemp(&template).map { String(cString: $0) }
    }

    private static func makeFolder(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw Failure("create the folder", path) }
    }

    /// Makes a folder and any missing parents (`mkdir -p`): the folder first, and its
    /// parent only if that is missing too, so an existing tree costs one call.
    public static func makeDirectories(_ path: String) throws {
        try WriteGate.pass(path, "create the folder") { try makeFolders(path) }
    }

    private static func makeFolders(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = path.lastIndex(of: "/"), slash != path.startIndex else {
            throw Failure("create the folder", path)
        }
        try makeFolders(String(path[..<slash]))
        try makeFolder(path)
    }

    /// What a path is. A symbolic link is what it leads to if that is a folder, and
    /// `other` otherwise.
    public enum Kind: Sendable { case missing, file, directory, other }

    public static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        case S_IFLNK: return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .other
        default: return .other
        }
    }

    public static func rename(_ from: String, _ to: String) throws {
        try WriteGate.pass(to, "rename '\(from)' to") {
            guard Glibc.rename(from, to) == 0 else { throw Failure("rename '\(from)' to", to) }
        }
    }

    /// Swaps two paths in one step where the kernel can (Linux renameat2 with
    /// RENAME_EXCHANGE, looked up at run time since the C library may predate it);
    /// false when it cannot, and the caller falls back to two renames.
    public static func exchange(_ a: String, _ b: String) -> Bool {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchangeFlag: UInt32 = 2  // RENAME_EXCHANGE
        return (try? WriteGate.pass(b, "rename") { renameat2(AT_FDCWD, a, AT_FDCWD, b, exchangeFlag) == 0 }) ?? false
    }

    /// The folder a path is in: `.` for a bare name, `/` at the top.
    public static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public static func isProcessAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    public static var processID: Int32 { getpid() }
}
