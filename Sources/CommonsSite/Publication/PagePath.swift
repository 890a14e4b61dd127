/// Where a page lives: its pretty URL below the site root (`projects/maps/`), the file
/// that serves it (`projects/maps/index.html`), and how a link from it climbs back to
/// the root (`../../`).
///
/// Links point at the file rather than the folder (`projects/maps/index.html`): that is
/// what makes the same site work from a web server under any sub-path and straight from
/// the disk (file://), where a folder link opens a listing. Feeds and the sitemap use
/// the pretty URLs.
struct PagePath: Hashable, Sendable {
    /// The file that serves the page, made once: a big site asks for it of every page
    /// several times (to write it, to check no two pages clash, to fingerprint it).
    let file: String

    /// "" for the home page; ends in "/" for every page but 404.html. Made when asked
    /// for, by the few that show it: a preview makes the paths of 54,000 pages per edit.
    var url: String {
        file == "index.html" || file.hasSuffix("/index.html") ? String(file.dropLast("index.html".count)) : file
    }

    init(_ url: String) {
        file = url.isEmpty || url.hasSuffix("/") ? url + "index.html" : url
    }

    static let home = PagePath("")

    /// `folder` + `name` + "/index.html", written into a string of its length: made by
    /// interpolation and concatenation, with its URL beside it, the path of each of 50,000
    /// contribution pages cost 2,600 instructions on every preview rebuild.
    private init(in folder: String, _ name: String) {
        var file = ""
        file.reserveCapacity(folder.utf8.count + name.utf8.count + 11)
        file += folder
        file += name
        file += "/index.html"
        self.file = file
    }

    /// The link to this page, relative to the site root.
    var href: String { file }

    /// From this page back to the site root: "" at the root, "../../" two folders down.
    var root: String {
        // The slashes counted as bytes: counted as Characters, every page paid ~9,000
        // instructions for it. (The file has the URL's slashes.)
        var url = file
        return String(repeating: "../", count: url.withUTF8 { $0.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 } })
    }

    static func project(_ slug: String) -> PagePath { PagePath(in: "projects/", slug) }
    static func contributor(_ handle: String) -> PagePath { PagePath(in: "contributors/", handle) }
    static func contribution(_ id: String) -> PagePath { PagePath(in: "contributions/", id) }
    static func proposal(_ id: String) -> PagePath { PagePath(in: "governance/", id) }
    static func freePage(_ path: String) -> PagePath { PagePath("\(path)/") }
    /// Page 1 of the ledger is /contributions/; page n is /contributions/page/n/.
    static func ledger(page: Int) -> PagePath { PagePath(page == 1 ? "contributions/" : "contributions/page/\(page)/") }
    static let projects = PagePath("projects/")
    static let contributors = PagePath("contributors/")
    static let governance = PagePath("governance/")
    static let stats = PagePath("stats/")
    static let notFound = PagePath("404.html")
}
