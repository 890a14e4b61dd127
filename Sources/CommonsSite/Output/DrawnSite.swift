import CommonsSupport
import CommonsModel

/// The whole site drawn into memory, by path below the site root
/// ("projects/maps/index.html"): the bytes `SitePlan.write(into:)` would put in each file.
public struct DrawnSite: Sendable {
    public let files: [String: [UInt8]]

    public init(files: [String: [UInt8]]) { self.files = files }

    /// Draws every file of the plan on every core. An asset that cannot be read (it went
    /// away during the build) is an error at its path, as it would fail a build.
    static func draw(_ plan: SitePlan) -> (DrawnSite, unreadable: [Diagnostic]) {
        let files = plan.files
        let drawn = files.parallelMap { file -> [UInt8]? in
            switch file.make() {
            case .text(let text): Array(text.utf8)
            case .copy(let source): try? FileSystem.contents(of: source).get()
            }
        }
        var site: [String: [UInt8]] = [:]
        var unreadable: [Diagnostic] = []
        for (file, bytes) in zip(files, drawn) {
            if let bytes {
                site[file.path] = bytes
            } else {
                unreadable.append(.error(file.source ?? file.path, "cannot read this file"))
            }
        }
        return (DrawnSite(files: site), unreadable)
    }
}
