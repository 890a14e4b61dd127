import CommonsSupport
import Synchronization

/// The files of a site drawn into memory, by path below the site root: most drawn with
/// the site, and those the plan marks `onRequest` drawn when first asked for. stats.json
/// is one: its figures change with every edit of a contribution, so a preview would
/// draw it again after each save (a tenth of a second at 50,000 contributions), yet a
/// reader rarely opens it.
public struct SiteFiles: Sendable, Equatable {
    /// The drawn files' paths and bytes, in the plan's order, and each path's place.
    let paths: [String]
    let bytes: [[UInt8]]
    let places: [String: Int]
    let onRequest: [String: OnRequest]

    public init(_ drawn: [String: [UInt8]]) {
        paths = Array(drawn.keys)
        bytes = paths.map { drawn[$0]! }
        places = Dictionary(uniqueKeysWithValues: zip(paths, paths.indices))
        onRequest = [:]
    }

    init(paths: [String], bytes: [[UInt8]], places: [String: Int], onRequest: [String: OnRequest]) {
        (self.paths, self.bytes, self.places, self.onRequest) = (paths, bytes, places, onRequest)
    }

    /// The drawn file's bytes; nil for one drawn on request.
    func drawn(_ path: String) -> [UInt8]? { places[path].map { bytes[$0] } }

    /// The file's bytes, drawn now if it is drawn on request and was not asked for yet.
    public subscript(path: String) -> [UInt8]? { drawn(path) ?? onRequest[path]?.bytes }

    public var count: Int { paths.count + onRequest.count }
    public var allPaths: [String] { paths + Array(onRequest.keys) }

    /// Every file, those drawn on request drawn now: the site whole, to compare.
    public var all: [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: zip(paths, bytes)).merging(onRequest.compactMapValues(\.bytes)) { drawn, _ in drawn }
    }

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
