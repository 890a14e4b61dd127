import Glibc

extension FileSystem {
    /// An exclusive lock on a folder — flock(2) on the folder itself — held until it is
    /// released or the process ends, however it ends: the kernel lets go of it with the
    /// process, so a killed holder leaves nothing behind to take over.
    public final class FolderLock: Sendable {
        private let descriptor: Int32

        fileprivate init(_ descriptor: Int32) { self.descriptor = descriptor }

        deinit { close(descriptor) }
    }

    public enum LockFailure: Error, Equatable {
        /// Another process holds it.
        case held
        case cannotOpen
    }

    /// Takes the folder's lock if no other process holds it; never waits.
    public static func lock(_ folder: String) -> Result<FolderLock, LockFailure> {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.cannotOpen) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let held = errno == EWOULDBLOCK
            close(descriptor)
            return .failure(held ? .held : .cannotOpen)
        }
        return .success(FolderLock(descriptor))
    }
}
