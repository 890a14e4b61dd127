import Glibc

/// The few file operations a build needs, on plain system calls: a big site is tens of
/// thousands of small files, and one open/write/close each is what keeps writing fast.
enum FileSystem {
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ action: String, _ path: String, code: Int32 = errno) {
            description = "cannot \(action) '\(path)': \(String(cString: strerror(code)))"
        }
    }

    /// Writes the file, making `folder` and its missing parents first if the file cannot
    /// be created because they are not there.
    static func write(_ text: String, to path: String, making folder: String? = nil) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: path, making: folder) }
    }

    static func write(_ bytes: UnsafeRawBufferPointer, to path: String, making folder: String? = nil) throws {
        var fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0, errno == ENOENT, let folder {
            try makeDirectories(folder)
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

    static func copy(_ source: String, to path: String) throws {
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

    static func makeDirectory(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw Failure("create the folder", path) }
    }

    /// Makes a folder and any missing parents (`mkdir -p`): the folder first, and its
    /// parent only if that is missing too, so an existing tree costs one call.
    static func makeDirectories(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = path.lastIndex(of: "/"), slash != path.startIndex else {
            throw Failure("create the folder", path)
        }
        try makeDirectories(String(path[..<slash]))
        try makeDirectory(path)
    }

    static func readText(_ path: String) -> String? {
        readBytes(path).map { String(decoding: $0, as: UTF8.self) }
    }

    static func readBytes(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { break }
            bytes += chunk[0..<n]
        }
        return bytes
    }

    enum Kind { case missing, file, directory, other }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        case S_IFLNK: return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .other
        default: return .other
        }
    }

    /// Names in a folder, sorted; hidden ones included.
    static func entries(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    static func rename(_ from: String, _ to: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw Failure("rename '\(from)' to", to) }
    }

    /// Swaps two paths in one step where the kernel can (Linux renameat2 with
    /// RENAME_EXCHANGE, looked up at run time since the C library may predate it);
    /// false when it cannot, and the caller falls back to two renames.
    static func exchange(_ a: String, _ b: String) -> Bool {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchangeFlag: UInt32 = 2  // RENAME_EXCHANGE
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, exchangeFlag) == 0
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isProcessAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    static var processID: Int32 { getpid() }
}
