import Glibc

extension FileSystem {
    /// Why a file's bytes could not be had.
    public enum ReadFailure: Error, Equatable {
        case cannotOpen
        case cannotRead
        /// Over the limit the caller set; `bytes` is the file's size.
        case tooLarge(bytes: Int)
    }

    /// A file's bytes, read in one go at the size the file system gives; refused unread
    /// when that is over `maxBytes`.
    public static func contents(of path: String, maxBytes: Int = .max) -> Result<[UInt8], ReadFailure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.cannotOpen) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.cannotRead) }
        let size = Int(info.st_size)
        if size > maxBytes { return .failure(.tooLarge(bytes: size)) }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, filled in
            while filled < size {
                let n = read(fd, buffer.baseAddress! + filled, size - filled)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failed = true }
                // A file cut short since fstat is read as far as it goes.
                if n <= 0 { return }
                filled += n
            }
        }
        return failed ? .failure(.cannotRead) : .success(bytes)
    }

    /// A file as UTF-8 text (invalid bytes repaired); nil when it cannot be read.
    public static func readText(_ path: String) -> String? {
        guard case .success(let bytes) = contents(of: path) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
