/// Where a page lives: its pretty URL below the site root (`projects/maps/`), the file
/// that serves it (`projects/maps/index.html`), and how a link from it climbs back to
/// the root (`../../`).
///
/// Links point at the file rather than the folder (`projects/maps/index.html`): that is
/// what makes the same site work from a web server under any sub-path and straight from
/// the disk (file://), where a folder link opens a listing. Feeds and the sitemap use
/// the pretty URLs.
struct PagePath: Hashable, Sendable {
    /// "" for the home page; ends in "/" for every page but 404.html.
    let url: String

    /// The file that serves the page, made once: a big site asks for it of every page
    /// several times (to write it, to check no two pages clash, for the sitemap).
    let file: String

    init(_ url: String) {
        self.url = url
        file = url.isEmpty || url.hasSuffix("/") ? url + "index.html" : url
    }

    static let home = PagePath("")

    /// `folder` + `name` + "/", and its file, each written into a string of its exact
    /// length: made by interpolation and concatenation, the path of each of 50,000
    /// contribution pages cost 2,600 instructions on every preview rebuild.
    private init(in folder: StaticString, _ name: String) {
        let folder = UnsafeRawBufferPointer(start: folder.utf8Start, count: folder.utf8CodeUnitCount)
        let index: StaticString = "/index.html"
        let suffix = UnsafeRawBufferPointer(start: index.utf8Start, count: index.utf8CodeUnitCount)
        var name = name
        (url, file) = name.withUTF8 { name in
            func joined(_ last: UnsafeRawBufferPointer) -> String {
                let count = folder.count + name.count + last.count
                return String(unsafeUninitializedCapacity: count) { buffer in
                    let bytes = UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[..<count])
                    bytes.copyMemory(from: folder)
                    UnsafeMutableRawBufferPointer(rebasing: bytes[folder.count...]).copyMemory(from: UnsafeRawBufferPointer(name))
                    UnsafeMutableRawBufferPointer(rebasing: bytes[(folder.count + name.count)...]).copyMemory(from: last)
                    return count
                }
            }
            return (joined(UnsafeRawBufferPointer(rebasing: suffix[..<1])), joined(suffix))
        }
    }

    /// The link to this page, relative to the site root.
    var href: String { file }

    /// From this page back to the site root: "" at the root, "../../" two folders down.
    var root: String {
        // The slashes counted as bytes: counted as Characters, every page paid ~9,000
        // instructions for it.
        var url = url
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
