import CommonsModel
import CommonsSite
import Synchronization

/// What the preview answers from at one moment: the last site that built, the errors
/// of the latest build when it failed, and that build's name for the live reload. A new
/// build replaces it whole, so every answer comes from one build.
struct ServedSite: Sendable {
    /// The last good site; nil until a build succeeds.
    let files: SiteFiles?
    /// The latest build's errors; nil when it succeeded.
    let overlay: ErrorOverlay?
    let build: String
    /// Everything the latest build found, warnings too: what `check` would print.
    var diagnostics: [Diagnostic] = []

    struct Answer: Equatable, Sendable {
        let status: Int
        let contentType: String
        let body: [UInt8]
        var location: String? = nil
    }

    func answer(_ rawPath: String) -> Answer {
        guard let files else {
            guard let overlay else {
                return Answer(status: 503, contentType: ContentType.of("building.html"), body: ServedSite.building(build))
            }
            return Answer(status: 500, contentType: ContentType.of("errors.html"), body: overlay.page(build: build))
        }
        guard let path = RequestPath(rawPath) else {
            return Answer(status: 400, contentType: ContentType.of("refused.txt"),
                          body: Array("commons serve: this address could lead outside the site, so it is refused\n".utf8))
        }
        if let bytes = files[path.file] {
            return Answer(status: 200, contentType: ContentType.of(path.file), body: shown(bytes, as: path.file))
        }
        if let folder = path.asFolder, files[folder.file] != nil {
            // Pages link relatively, so /projects must become /projects/ before it is shown.
            return Answer(status: 302, contentType: ContentType.of("moved.txt"), body: [], location: folder.encoded)
        }
        guard let notFound = files["404.html"] else {
            return Answer(status: 404, contentType: ContentType.of("404.txt"), body: Array("Not found\n".utf8))
        }
        return Answer(status: 404, contentType: ContentType.of("404.html"), body: shown(notFound, as: "404.html"))
    }

    /// An HTML page as served: the errors over it while there are any, and the live reload.
    private func shown(_ bytes: [UInt8], as path: String) -> [UInt8] {
        guard ContentType.isHTML(path) else { return bytes }
        return LiveReload.insert(into: overlay?.insert(into: bytes) ?? bytes, build: build)
    }

    /// What every address answers while the first build runs; it reloads when it ends.
    private static func building(_ build: String) -> [UInt8] {
        let page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>commons serve: building</title>\n</head>\n<body>\n<p>Building the site…</p>\n</body>\n</html>\n"
        return LiveReload.insert(into: Array(page.utf8), build: build)
    }

    /// The site being served, replaced whole by each build while requests read it.
    final class Slot: Sendable {
        private let site: Mutex<ServedSite>
        init(_ site: ServedSite) { self.site = Mutex(site) }

        var current: ServedSite {
            get { site.withLock { $0 } }
            set { site.withLock { $0 = newValue } }
        }
    }
}
