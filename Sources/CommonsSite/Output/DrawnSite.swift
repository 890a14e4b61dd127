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
        // The earlier drawing's tables are copied and the files drawn again put in: copied,
        // a table keeps its layout, where filling one afresh hashes each of 54,000 paths
        // twice. A plan with two files at one path (no such site is served) is drawn afresh.
        let earlier = plan.clashes.isEmpty ? earlier : nil
        let files = plan.files
        // By its own closure, not through the plan: a file drawn on request keeps only
        // what that closure holds (stats.json, the analysis), not the whole plan.
        let onRequest = Dictionary(files.compactMap { file -> (String, SiteFiles.OnRequest)? in
            guard file.onRequest, case .other(let make, _) = file.content else { return nil }
            return (file.path, SiteFiles.OnRequest(make))
        }, uniquingKeysWith: { first, _ in first })
        let drawn = files.parallelMap { file -> Drawing in
            if file.onRequest { return .onRequest }
            let page = plan.fingerprint(file)
            if let fingerprint = page?.0, earlier?.fingerprints[file.path] == fingerprint { return .kept }
            switch page?.draw() ?? plan.make(file) {
            // The sitemap is fingerprinted too, but is no page.
            case .text(let text): return .drawn(Array(text.utf8), page?.0, page: page != nil && file.path.hasSuffix(".html"))
            case .copy(let source): return .drawn(try? FileSystem.contents(of: source).get(), nil, page: false)
            }
        }
        var site = earlier?.files.drawn ?? [String: [UInt8]](minimumCapacity: files.count)
        var fingerprints = earlier?.fingerprints ?? [String: PageFingerprint](minimumCapacity: files.count)
        var unreadable: [Diagnostic] = []
        var expected = 0
        // By index: a file taken out of the list whole is four references counted.
        for index in files.indices {
            guard case .drawn(let bytes, let fingerprint, _) = drawn[index] else {
                if case .kept = drawn[index] { expected += 1 }
                continue
            }
            let path = files[index].path
            site[path] = bytes
            fingerprints[path] = fingerprint
            if bytes != nil {
                expected += 1
            } else {
                unreadable.append(.error(files[index].source ?? path, "cannot read this file"))
            }
        }
        // Every path of the plan is in the tables now; more, and some page went away.
        if site.count != expected {
            let paths = Set(files.lazy.filter { !$0.onRequest }.map(\.path))
            site = site.filter { paths.contains($0.key) }
            fingerprints = fingerprints.filter { paths.contains($0.key) }
        }
        return (DrawnSite(files: SiteFiles(drawn: site, onRequest: onRequest), fingerprints: fingerprints,
                          drawnPages: drawn.count { if case .drawn(_, _, page: true) = $0 { true } else { false } },
                          rowDigests: plan.rows.madeDigests), unreadable)
    }

    /// What became of one file of the plan.
    private enum Drawing {
        /// Drawn when first asked for (`SiteFiles`).
        case onRequest
        /// As the earlier drawing has it.
        case kept
        /// Drawn now (nil: a file that cannot be read), with its fingerprint if a page's.
        case drawn([UInt8]?, PageFingerprint?, page: Bool)
    }
}
