import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// The preview over HTTP, on FlyingFox: GET and HEAD only, every answer from the site as
/// it stands (`ServedSite`), and the live reload's events. Nothing is ever read from the
/// disk here, so no address can reach a file outside the site.
final class PreviewServer: Sendable {
    enum Failure: Error, CustomStringConvertible {
        case portTaken(UInt16)
        case cannotListen(String)

        var description: String {
            switch self {
            case .portTaken(let port): "port \(port) is taken"
            case .cannotListen(let reason): reason
            }
        }
    }

    private let server: HTTPServer
    private let running: Task<Void, Never>
    let port: UInt16

    /// Listening on `address` (an IPv4 or IPv6 address), or failing at once.
    init(address: String, port: UInt16, site: @escaping @Sendable () -> ServedSite, events: ReloadEvents) async throws {
        let socketAddress: any SocketAddress
        do {
            socketAddress = address.contains(":") ? try sockaddr_in6.inet6(ip6: address, port: port)
                                                  : try sockaddr_in.inet(ip4: address, port: port)
        } catch {
            throw Failure.cannotListen("'\(address)' is not an IP address")
        }
        let server = HTTPServer(address: socketAddress, timeout: 15, logger: .disabled,
                                handler: SiteHandler(site: site, events: events))
        // run() only returns when the server stops; a bind that fails ends it at once.
        let failure = Mutex<(any Error)?>(nil)
        running = Task {
            do { try await server.run() } catch { failure.withLock { $0 = error } }
        }
        while await !server.isListening {
            if let error = failure.withLock({ $0 }) {
                if case SocketError.failed(_, let code, _) = error, code == EADDRINUSE { throw Failure.portTaken(port) }
                throw Failure.cannotListen("cannot listen on \(address) port \(port): \(error)")
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        self.server = server
        guard case .ip4(_, let bound)? = await server.listeningAddress else {
            guard case .ip6(_, let bound)? = await server.listeningAddress else { throw Failure.cannotListen("no address") }
            self.port = bound
            return
        }
        self.port = bound
    }

    /// Closes the listening socket, then every connection after `timeout` seconds — the
    /// server's task only ends when cancelled, so it always waits that long. Open event
    /// streams must have ended first (`ReloadEvents.close`).
    func stop(timeout: Double = 0.1) async {
        await server.stop(timeout: timeout)
        running.cancel()
        await running.value
    }
}

/// One request: the method checked, then the events or a file of the site.
struct SiteHandler: HTTPHandler {
    let site: @Sendable () -> ServedSite
    let events: ReloadEvents

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let head = request.method == .HEAD
        guard request.method == .GET || head else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: [HTTPHeader("Allow"): "GET, HEAD"],
                                body: Data("commons serve answers GET and HEAD only\n".utf8))
        }
        var headers: HTTPHeaders = [.cacheControl: "no-store"]
        if request.target.path() == LiveReload.eventsPath {
            headers[.contentType] = "text/event-stream"
            guard !head else { return HTTPResponse(statusCode: .ok, headers: headers) }
            return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: events.listen()))
        }
        let answer = site().answer(request.target.path())
        headers[.contentType] = answer.contentType
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        if let location = answer.location { headers[.location] = location }
        let status = HTTPStatusCode(answer.status, phrase: SiteHandler.phrases[answer.status] ?? "")
        guard !head else {
            headers[.contentLength] = String(answer.body.count)
            return HTTPResponse(statusCode: status, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(answer.body))
    }

    static let phrases = [200: "OK", 302: "Found", 400: "Bad Request", 404: "Not Found",
                          500: "Internal Server Error", 503: "Service Unavailable"]
}
