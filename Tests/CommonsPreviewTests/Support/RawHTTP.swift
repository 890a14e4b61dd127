import Foundation
import Glibc

/// Blocking work on a thread of its own: a test that waited on a socket on one of Swift's
/// few shared threads could hold up the server it waits for.
func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}

/// HTTP/1.1 spoken by hand over a socket to 127.0.0.1, so that a test sends exactly the
/// bytes it means — `..`, `%2e`, backslashes — with nothing in between to tidy them.
struct RawHTTP: Sendable {
    struct Response: Sendable {
        let status: Int
        /// Names in lowercase.
        let headers: [String: String]
        let body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    let port: UInt16

    /// A connected socket, or a failure.
    func connect() throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw Failure(description: "connect: \(String(cString: strerror(errno)))")
        }
        return fd
    }

    static func send(_ text: String, on fd: Int32) throws {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure(description: "send: \(errno)") }
            offset += n
        }
    }

    /// Bytes as they come, within `timeout` seconds; empty at the end of the stream or
    /// when nothing came in time.
    static func receive(on fd: Int32, timeout: Double) -> [UInt8] {
        var waiting = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&waiting, 1, Int32(timeout * 1000)) > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        return n > 0 ? Array(buffer[..<n]) : []
    }

    /// One request on a connection of its own, `target` sent exactly as given.
    func request(_ target: String, method: String = "GET", timeout: Double = 10) throws -> Response {
        let fd = try connect()
        defer { close(fd) }
        try RawHTTP.send("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n", on: fd)
        var received: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let chunk = RawHTTP.receive(on: fd, timeout: 0.2)
            if chunk.isEmpty {
                if let response = RawHTTP.parse(received, complete: true, head: method == "HEAD") { return response }
                continue
            }
            received += chunk
            if let response = RawHTTP.parse(received, complete: false, head: method == "HEAD") { return response }
        }
        throw Failure(description: "no whole answer to \(method) \(target) in \(timeout) s")
    }

    /// The response once it is all there: its Content-Length read, or the stream ended.
    static func parse(_ bytes: [UInt8], complete: Bool, head: Bool) -> Response? {
        let separator = Array("\r\n\r\n".utf8)
        guard let end = bytes.firstRange(of: separator) else { return nil }
        let lines = String(decoding: bytes[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        guard let status = lines.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = Array(bytes[end.upperBound...])
        if head { return Response(status: status, headers: headers, body: []) }
        if let length = headers["content-length"].flatMap(Int.init) {
            return body.count >= length ? Response(status: status, headers: headers, body: Array(body.prefix(length))) : nil
        }
        return complete ? Response(status: status, headers: headers, body: body) : nil
    }
}

/// The live reload's events, read from the socket as a browser's EventSource would; one
/// test's at a time.
final class EventListener: @unchecked Sendable {
    private let fd: Int32
    private var pending = ""

    init(port: UInt16) throws {
        fd = try RawHTTP(port: port).connect()
        try RawHTTP.send("GET /_commons/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n", on: fd)
    }

    deinit { close(fd) }

    /// The next build announced, within `timeout` seconds.
    func next(timeout: Double = 15) async -> String? {
        try? await offThePool { self.waitForNext(timeout: timeout) }
    }

    /// The next build other than `build`.
    func next(after build: String, timeout: Double = 15) async -> String? {
        try? await offThePool { self.waitForNext(after: build, timeout: timeout) }
    }

    private func waitForNext(timeout: Double) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let range = pending.range(of: "data: ") {
                if let end = pending[range.upperBound...].firstIndex(of: "\n") {
                    let build = String(pending[range.upperBound..<end])
                    pending = String(pending[end...])
                    return build
                }
            }
            guard Date() < deadline else { return nil }
            pending += String(decoding: RawHTTP.receive(on: fd, timeout: 0.1), as: UTF8.self)
        }
    }

    private func waitForNext(after build: String, timeout: Double) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while let next = waitForNext(timeout: max(0, deadline.timeIntervalSinceNow)) {
            if next != build { return next }
        }
        return nil
    }
}
