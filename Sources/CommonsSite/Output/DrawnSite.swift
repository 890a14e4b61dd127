import CommonsSupport
import CommonsModel

/// The whole site drawn into memory, by path below the site root
/// ("projects/maps/index.html"): the bytes `SitePlan.write(into:)` would put in each file.
public struct DrawnSite: Sendable {
    public let files: SiteFiles
    /// Each drawn file's fingerprint when it was drawn (nil for one that has none), in
    /// the order of `files.paths`.
    let fingerprints: [PageFingerprint?]
    /// How many pages this drawing drew, rather than took from the earlier one.
    public let drawnPages: Int
    /// The rows' digests its fingerprints were made with, for the next drawing.
    let rowDigests: RowDigests?

    public init(files: [String: [UInt8]]) {
        self.files = SiteFiles(files)
        (fingerprints, drawnPages, rowDigests) = (Array(repeating: nil, count: files.count), 0, nil)
    }

    init(files: SiteFiles, fingerprints: [PageFingerprint?], drawnPages: Int, rowDigests: RowDigests?) {
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
        let drawnFiles = files.indices.filter { !files[$0].onRequest }
        let paths = drawnFiles.map { files[$0].path }
        // After an edit that adds and removes no page, every file keeps its place: its
        // earlier fingerprint and bytes are found there rather than by path, and the
        // table of places is the earlier one — on a big site, four look-ups of 50,000
        // paths fewer.
        let samePlaces = earlier?.files.paths == paths
        let (drawn, places) = both({
            Array(paths.indices).parallelMap { place -> (bytes: [UInt8]?, fingerprint: PageFingerprint?, drawn: Bool) in
                let file = files[drawnFiles[place]]
                let page = file.fingerprint?()
                if let fingerprint = page?.0, let earlier, let was = samePlaces ? place : earlier.files.places[file.path],
                   earlier.fingerprints[was] == fingerprint {
                    return (earlier.files.bytes[was], fingerprint, false)
                }
                switch page?.draw() ?? file.make() {
                // The sitemap is fingerprinted too, but is no page.
                case .text(let text): return (Array(text.utf8), page?.0, page != nil && file.path.hasSuffix(".html"))
                case .copy(let source): return (try? FileSystem.contents(of: source).get(), nil, false)
                }
            }
        }, {
            samePlaces ? earlier!.files.places : Dictionary(zip(paths, paths.indices), uniquingKeysWith: { first, _ in first })
        })
        let unreadable = paths.indices.filter { drawn[$0].bytes == nil }.map { place in
            Diagnostic.error(files[drawnFiles[place]].source ?? paths[place], "cannot read this file")
        }
        return (DrawnSite(files: SiteFiles(paths: paths, bytes: drawn.map { $0.bytes ?? [] }, places: places, onRequest: onRequest),
                          fingerprints: drawn.map(\.fingerprint), drawnPages: drawn.count { $0.drawn },
                          rowDigests: plan.rows.madeDigests), unreadable)
    }
}
