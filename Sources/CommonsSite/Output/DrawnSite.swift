import CommonsSupport
import CommonsModel

/// The whole site drawn into memory, by path below the site root
/// ("projects/maps/index.html"): the bytes `SitePlan.write(into:)` would put in each file.
public struct DrawnSite: Sendable {
    public let files: SiteFiles
    /// Each page's fingerprint when it was drawn, by path.
    let fingerprints: [String: PageFingerprint]
    /// How many pages this drawing drew, rather than took from the earlier one.
    public let drawnPages: Int
    /// The rows' digests its fingerprints were made with, for the next drawing.
    let rowDigests: RowDigests?

    public init(files: [String: [UInt8]]) { (self.files, fingerprints, drawnPages, rowDigests) = (SiteFiles(files), [:], 0, nil) }

    init(files: SiteFiles, fingerprints: [String: PageFingerprint], drawnPages: Int, rowDigests: RowDigests?) {
        (self.files, self.fingerprints, self.drawnPages, self.rowDigests) = (files, fingerprints, drawnPages, rowDigests)
    }

    /// Draws every file of the plan on every core, but for the pages `earlier` drew with
    /// the same fingerprint: their bytes are taken from it (`PageFingerprint`); and those
    /// the plan draws on request, which are drawn when first asked for. An asset that
    /// cannot be read (it went away during the build) is an error at its path, as it
    /// would fail a build.
    static func draw(_ plan: SitePlan, reusing earlier: DrawnSite? = nil) -> (DrawnSite, unreadable: [Diagnostic]) {
        plan.rows.makeDigests(reusing: earlier?.rowDigests)
        let files = plan.files
        let onRequest = Dictionary(files.filter(\.onRequest).map { ($0.path, SiteFiles.OnRequest($0.make)) },
                                   uniquingKeysWith: { first, _ in first })
        let drawn = files.parallelMap { file -> (bytes: [UInt8]?, fingerprint: PageFingerprint?, drawn: Bool) in
            if file.onRequest { return (nil, nil, false) }
            let page = file.fingerprint?()
            if let fingerprint = page?.0, earlier?.fingerprints[file.path] == fingerprint, let bytes = earlier?.files.drawn[file.path] {
                return (bytes, fingerprint, false)
            }
            switch page?.draw() ?? file.make() {
            // The sitemap is fingerprinted too, but is no page.
            case .text(let text): return (Array(text.utf8), page?.0, page != nil && file.path.hasSuffix(".html"))
            case .copy(let source): return (try? FileSystem.contents(of: source).get(), nil, false)
            }
        }
        // Sized at once: grown from empty, the two tables were rehashed 17 times each.
        var site = [String: [UInt8]](minimumCapacity: files.count)
        var fingerprints = [String: PageFingerprint](minimumCapacity: files.count)
        var unreadable: [Diagnostic] = []
        // By index: a file taken out of the list whole is four references counted.
        for index in files.indices where !files[index].onRequest {
            let path = files[index].path
            if let bytes = drawn[index].bytes {
                site[path] = bytes
                fingerprints[path] = drawn[index].fingerprint
            } else {
                unreadable.append(.error(files[index].source ?? path, "cannot read this file"))
            }
        }
        return (DrawnSite(files: SiteFiles(drawn: site, onRequest: onRequest), fingerprints: fingerprints,
                          drawnPages: drawn.count { $0.drawn }, rowDigests: plan.rows.madeDigests), unreadable)
    }
}
