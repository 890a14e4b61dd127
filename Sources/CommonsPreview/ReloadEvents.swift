import FlyingSocks
import Synchronization

/// Everyone listening for builds — one open page each — and the announcement of each
/// new build to all of them, as Server-Sent Events.
final class ReloadEvents: Sendable {
    private struct Listeners {
        var streams: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
        var next = 0
        var latest: String
        var closed = false
    }

    private let listeners: Mutex<Listeners>

    init(build: String) { listeners = Mutex(Listeners(latest: build)) }

    /// A new listener's events: how soon to reconnect, the latest build at once, then
    /// each new one, and a comment now and then so a listener that went away is noticed
    /// and dropped when writing to it fails.
    func listen() -> EventStream {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let id: Int? = listeners.withLock { listeners in
            guard !listeners.closed else { return nil }
            let id = listeners.next
            listeners.next += 1
            listeners.streams[id] = continuation
            continuation.yield(Array("retry: 1000\n\n".utf8) + ReloadEvents.event(listeners.latest))
            return id
        }
        guard let id else {
            continuation.finish()
            return EventStream(stream)
        }
        let heartbeat = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                continuation.yield(Array(": still here\n\n".utf8))
            }
        }
        continuation.onTermination = { [weak self] _ in
            heartbeat.cancel()
            _ = self?.listeners.withLock { $0.streams.removeValue(forKey: id) }
        }
        return EventStream(stream)
    }

    func announce(_ build: String) {
        listeners.withLock { listeners in
            listeners.latest = build
            for stream in listeners.streams.values { stream.yield(ReloadEvents.event(build)) }
        }
    }

    /// Ends every stream, so that the server can stop without waiting on open pages.
    func close() {
        let streams = listeners.withLock { listeners in
            listeners.closed = true
            defer { listeners.streams = [:] }
            return Array(listeners.streams.values)
        }
        for stream in streams { stream.finish() }
    }

    var count: Int { listeners.withLock { $0.streams.count } }

    private static func event(_ build: String) -> [UInt8] {
        Array("event: build\ndata: \(build)\n\n".utf8)
    }
}

/// The events of one listener as a response body: each event is sent as it comes.
struct EventStream: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let events: AsyncStream<[UInt8]>

    init(_ events: AsyncStream<[UInt8]>) { self.events = events }

    func makeAsyncIterator() -> Iterator { Iterator(events: events.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<[UInt8]>.AsyncIterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            if pending.isEmpty { pending = await events.next() ?? [] }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if pending.isEmpty, let event = await events.next() { pending = event }
            guard !pending.isEmpty else { return nil }
            let chunk = Array(pending.prefix(count))
            pending.removeFirst(chunk.count)
            return chunk
        }
    }
}
