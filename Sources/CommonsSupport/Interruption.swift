import Glibc
import Synchronization

/// Ctrl-C or SIGTERM while a command writes: the gate to the disk closes (the writes
/// under way end, no other begins), the clean-ups registered run, newest first, and the
/// process ends by the signal, as it would have without them.
///
/// The signals are blocked in every thread and taken by a thread of its own (sigwait),
/// so cleaning up is ordinary code rather than the few calls a signal handler may make.
public enum Interruption {
    private static let cleanUps = Mutex<[(id: Int, run: @Sendable () -> Void)]>([])
    private static let note = Mutex<String>("")
    private static let signals = [SIGINT, SIGTERM, SIGHUP]

    /// Takes the signals from here on, and prints `note` on standard error when one comes.
    /// Call before any other thread starts: threads inherit the signals blocked.
    public static func takeSignals(note: String) {
        self.note.withLock { $0 = note }
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
        var thread = pthread_t()
        pthread_create(&thread, nil, { _ in Interruption.waitForSignal(); return nil }, nil)
        pthread_detach(thread)
    }

    /// Runs `body`; if a signal comes before it returns, `cleanUp` runs before the process ends.
    public static func cleaningUp<T>(with cleanUp: @escaping @Sendable () -> Void, _ body: () throws -> T) rethrows -> T {
        let id = Int.random(in: 0 ..< .max)
        cleanUps.withLock { $0.append((id, cleanUp)) }
        defer { cleanUps.withLock { list in list.removeAll { $0.id == id } } }
        return try body()
    }

    private static func waitForSignal() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        var received: Int32 = 0
        while sigwait(&set, &received) != 0 {}
        WriteGate.close()
        for cleanUp in cleanUps.withLock({ $0 }).reversed() { cleanUp.run() }
        let text = note.withLock { $0 }
        if !text.isEmpty { _ = (text + "\n").withCString { Glibc.write(2, $0, strlen($0)) } }
        // Ended by the signal itself, so that a shell or a CI runner sees why.
        signal(received, SIG_DFL)
        var own = sigset_t()
        sigemptyset(&own)
        sigaddset(&own, received)
        pthread_sigmask(SIG_UNBLOCK, &own, nil)
        raise(received)
        _exit(128 + received)
    }
}
