import Glibc
import Synchronization

/// The one door every write of `FileSystem` goes through (a file written or copied, a
/// folder made, a rename), so that two things can hold every write at once:
///
/// - `Interruption` closes it on Ctrl-C or SIGTERM: it waits for the writes under way,
///   and every later one waits for ever, so a folder it removes is not written again
///   by another core before the process ends;
/// - a test injects a fault (a full disk, a refused write) below one folder, since
///   tests run as root, where permissions stop no write.
enum WriteGate {
    /// Writers share the lock; closing takes it whole. A waiting closer goes before new
    /// writers (writer-preferring), or a build's many cores would keep it out.
    private nonisolated(unsafe) static let lock: UnsafeMutablePointer<pthread_rwlock_t> = {
        let lock = UnsafeMutablePointer<pthread_rwlock_t>.allocate(capacity: 1)
        var attributes = pthread_rwlockattr_t()
        pthread_rwlockattr_init(&attributes)
        pthread_rwlockattr_setkind_np(&attributes, Int32(PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP))
        pthread_rwlock_init(lock, &attributes)
        pthread_rwlockattr_destroy(&attributes)
        return lock
    }()

    /// The thread that closed the gate, which alone still writes: it cleans up.
    private static let closer = Mutex<pthread_t?>(nil)

    static let faults = Mutex<[FileSystem.Fault]>([])
    /// Read on every write without the mutex: most processes never inject a fault.
    private static let hasFaults = Atomic<Bool>(false)

    /// Runs one write to `path` through the gate. Not nested: a write that makes folders
    /// calls the ungated helpers below it.
    static func pass<T>(_ path: String, _ action: String, _ write: () throws -> T) throws -> T {
        if let closer = closer.withLock({ $0 }), pthread_equal(closer, pthread_self()) != 0 { return try write() }
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        if hasFaults.load(ordering: .relaxed), let code = fault(at: path) {
            throw FileSystem.Failure(action, path, code: code)
        }
        return try write()
    }

    /// Waits for the writes under way and stops every later one but this thread's own.
    static func close() {
        pthread_rwlock_wrlock(lock)
        closer.withLock { $0 = pthread_self() }
    }

    static func inject(_ fault: FileSystem.Fault) {
        faults.withLock { $0.append(fault) }
        hasFaults.store(true, ordering: .relaxed)
    }

    static func remove(_ fault: FileSystem.Fault) {
        faults.withLock { faults in faults.removeAll { $0.id == fault.id } }
    }

    /// The error of the first fault below which `path` lies, once its writes let through
    /// are used up and while it has failures left.
    private static func fault(at path: String) -> Int32? {
        faults.withLock { faults in
            guard let index = faults.firstIndex(where: { path == $0.folder || path.hasPrefix($0.folder + "/") }) else { return nil }
            if faults[index].passing > 0 {
                faults[index].passing -= 1
                return nil
            }
            guard faults[index].failing > 0 else { return nil }
            faults[index].failing -= 1
            return faults[index].code
        }
    }
}

extension FileSystem {
    /// A write failure a test makes happen: after the first `passing` writes below
    /// `folder`, the next `failing` fail with `code` (ENOSPC, EACCES, EIO…), as the
    /// kernel would fail them.
    public struct Fault: Sendable {
        let id = Int.random(in: 0 ..< .max)
        let folder: String
        var passing: Int
        var failing: Int
        let code: Int32

        public init(below folder: String, after passing: Int = 0, failingWith code: Int32, times failing: Int = .max) {
            self.folder = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
            self.passing = passing
            self.failing = failing
            self.code = code
        }
    }

    /// Runs `body` with `fault` in force for every thread's writes below its folder.
    public static func withFault<T>(_ fault: Fault, _ body: () throws -> T) rethrows -> T {
        WriteGate.inject(fault)
        defer { WriteGate.remove(fault) }
        return try body()
    }
}
