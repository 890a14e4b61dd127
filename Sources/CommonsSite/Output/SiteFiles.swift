import CommonsSupport
import Synchronization

/// The files of a site drawn into memory, by path below the site root: most drawn with
/// the site, and those the plan marks `onRequest` drawn when first asked for. stats.json
/// is one: its figures change with every edit of a contribution, so a preview would
/// draw it again after each save (a tenth of a second at 50,000 contributions), yet a
/// reader rarely opens it.
public struct SiteFiles: Sendable, Equatable {
    let drawn: [String: [UInt8]]
    let onRequest: [String: OnRequest]

    public init(_ drawn: [String: [UInt8]]) { (self.drawn, onRequest) = (drawn, [:]) }

    init(drawn: [String: [UInt8]], onRequest: [String: OnRequest]) {
        (self.drawn, self.onRequest) = (drawn, onRequest)
    }

    /// The file's bytes, drawn now if it is drawn on request and was not asked for yet.
    public subscript(path: String) -> [UInt8]? { drawn[path] ?? onRequest[path]?.bytes }

    public var count: Int { drawn.count + onRequest.count }
    public var paths: [String] { Array(drawn.keys) + Array(onRequest.keys) }

    /// Every file, those drawn on request drawn now: the site whole, to compare.
    public var all: [String: [UInt8]] { drawn.merging(onRequest.compactMapValues(\.bytes)) { drawn, _ in drawn } }

    public static func == (a: SiteFiles, b: SiteFiles) -> Bool { a.all == b.all }

    /// One file drawn by the first request for it, once, and kept.
    final class OnRequest: Sendable {
        private let make: @Sendable () -> SiteFile.Body
        private let kept = Mutex<[UInt8]??>(nil)

        init(_ make: @escaping @Sendable () -> SiteFile.Body) { self.make = make }

        /// nil when the file cannot be read (an asset gone since the build).
        var bytes: [UInt8]? {
            kept.withLock { kept in
                if let bytes = kept { return bytes }
                let bytes: [UInt8]? = switch make() {
                case .text(let text): Array(text.utf8)
                case .copy(let source): try? FileSystem.contents(of: source).get()
                }
                kept = .some(bytes)
                return bytes
            }
        }
    }
}
