import Glibc

extension FileSystem {
    /// An exclusive lock named by a file — flock(2) on it — held until it is released or
    /// the process ends. Released, the file is removed; after a killed holder the file
    /// stays, unlocked, and the next taker takes it over (the kernel let go of the lock
    /// with the process).
    public final class Lock: Sendable {
        private let descriptor: Int32
        private let path: String

        fileprivate init(_ descriptor: Int32, _ path: String) { (self.descriptor, self.path) = (descriptor, path) }

        // Removed before it is unlocked, so whoever opened it meanwhile finds, once it
        // gets the lock, that the path names no file or another one, and tries again.
        deinit {
            removeFile()
            close(descriptor)
        }

        /// For a process about to end on a signal, where no deinit runs: the kernel
        /// releases the lock, and this leaves no file.
        public func removeFile() { unlink(path) }
    }

    public enum LockFailure: Error, Equatable {
        /// Another process holds it.
        case held
        case cannotOpen
    }

    /// Takes the lock named by the file at `path` (made if missing) if no other process
    /// holds it; never waits.
    public static func lock(_ path: String) -> Result<Lock, LockFailure> {
        for _ in 0..<8 {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return .failure(.cannotOpen) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let held = errno == EWOULDBLOCK
                close(descriptor)
                return .failure(held ? .held : .cannotOpen)
            }
            // The file may have been removed by the holder that just let go of it.
            var opened = stat(), named = stat()
            if fstat(descriptor, &opened) == 0, stat(path, &named) == 0,
               opened.st_dev == named.st_dev, opened.st_ino == named.st_ino {
                return .success(Lock(descriptor, path))
            }
            close(descriptor)
        }
        return .failure(.held)
    }
}
