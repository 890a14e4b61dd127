/// The `Content-Type` of a site file, by its extension: what the site holds (pages,
/// style, charts, feed, sitemap, stats.json, robots.txt) and the assets people commonly
/// put beside them. Anything else is plain bytes, never sniffed into HTML.
enum ContentType {
    static func of(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return fallback }
        return known[name[name.index(after: dot)...].lowercased()] ?? fallback
    }

    static let fallback = "application/octet-stream"

    static let known: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml", "xml": "application/xml; charset=utf-8",
        "json": "application/json", "txt": "text/plain; charset=utf-8", "md": "text/plain; charset=utf-8",
        "csv": "text/csv; charset=utf-8", "atom": "application/atom+xml",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
        "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf",
        "pdf": "application/pdf", "zip": "application/zip",
        "mp3": "audio/mpeg", "ogg": "audio/ogg", "mp4": "video/mp4", "webm": "video/webm",
        "wasm": "application/wasm",
    ]

    static func isHTML(_ path: String) -> Bool { of(path).hasPrefix("text/html") }
}
