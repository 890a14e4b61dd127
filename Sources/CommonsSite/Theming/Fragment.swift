import Foundation

/// A part of many pages drawn once and inserted as HTML wherever it recurs: the head's
/// links, the header and the footer are the same on every page of one section, and a
/// contribution's row is the same in every table that lists it, but for the `root` that
/// leads back to the site's top (see `FragmentDrawings`). On a
/// big site these parts would otherwise be most of the work of drawing a page.
///
/// Because one drawing serves many pages, a fragment reads only the values it declares
/// (`reads`), never its page's: the theme contract checks that its template asks for
/// nothing else, and `docs/themes.md` lists them.
struct Fragment: Sendable {
    /// The template that draws it, without `.mustache`.
    let template: String
    /// The values its template may read.
    let reads: Shape
    /// Which pages share one drawing, in a theme author's words.
    let sharedBy: String
    /// How a page's template inserts it.
    let insertedAs: String

    static let siteHead = chrome("site-head", insertedAs: "`{{{siteHead}}}` in layout.mustache")
    static let siteHeader = chrome("site-header", insertedAs: "`{{{siteHeader}}}` in layout.mustache")
    static let siteFooter = chrome("site-footer", insertedAs: "`{{{siteFooter}}}` in layout.mustache")
    static let contributionRow = Fragment(template: "contribution-row", reads: ThemeContract.contributionRow,
                                          sharedBy: "every table that lists the contribution (with or without the project column)",
                                          insertedAs: "`{{{row}}}` in each row of a contributions table")

    private static func chrome(_ template: String, insertedAs: String) -> Fragment {
        Fragment(template: template, reads: ThemeContract.chrome,
                 sharedBy: "every page of the same section", insertedAs: insertedAs)
    }

    static let all = [siteHead, siteHeader, siteFooter, contributionRow]
}

extension Fragment {
    /// Whether `template` and the partials it draws show `root` only as text, so that one
    /// drawing serves every depth. A partial that cannot be found counts as showing it
    /// otherwise.
    static func showsRootOnlyAsText(_ template: String, templates: [String: String]) -> Bool {
        var visited: Set<String> = []
        func plain(_ name: String) -> Bool {
            guard visited.insert(name).inserted else { return true }
            guard let text = templates[name] else { return false }
            return plain(TemplateScanner.scan(text))
        }
        func plain(_ tags: [TemplateTag]) -> Bool {
            tags.allSatisfy { tag in
                switch tag.kind {
                case .partial, .parent:
                    guard !tag.name.hasPrefix("*"), plain(tag.name) else { return false }
                default:
                    let readsRoot = tag.name == "root" || tag.name.hasPrefix("root.")
                    let asText = (tag.kind == .variable || tag.kind == .unescaped) && tag.name == "root" && tag.transforms.isEmpty
                    if readsRoot && !asText { return false }
                }
                return plain(tag.children)
            }
        }
        return plain(template)
    }
}

/// The drawings of one fragment, one per key (what the pages sharing a drawing have in
/// common), each made when first asked for by whichever core asks.
///
/// A page's `root` ("", "../", "../../") is the one value that changes with its depth.
/// When the fragment's template (with its partials) shows `root` only as text —
/// `{{root}}` or `{{{root}}}`, never as a section or through a transform — one drawing
/// serves every depth: it is drawn with a marker where `root` goes, and each page's
/// `root` is put in at the marker. Otherwise each depth gets a drawing of its own. On the
/// 5,000-contribution commons, rows drawn once per depth cost 0.6 G more instructions
/// than rows drawn once (callgrind), because a contribution is listed at depths 1 to 3.
final class FragmentDrawings<Key: Hashable & Sendable>: @unchecked Sendable {
    let fragment: Fragment
    private let theme: Theme
    private let oneDrawingForAllDepths: Bool
    private var drawn: [Slot: [String]] = [:]
    private let lock = NSLock()

    private struct Slot: Hashable {
        let key: Key
        /// The page's `root`, or "" when one drawing serves every depth.
        let root: String
    }

    /// Where `root` goes in a drawing that serves every depth: U+0001, one byte that
    /// cannot reach a page from the content (YAML does not allow it) and that escaping
    /// leaves as it is.
    static var rootMarker: UInt8 { 0x01 }

    init(_ fragment: Fragment, theme: Theme) {
        self.fragment = fragment
        self.theme = theme
        oneDrawingForAllDepths = theme.fragmentsForAllDepths.contains(fragment.template)
    }

    /// The fragment's HTML for `key` on a page whose `root` is `root`, drawn from
    /// `context` (given the `root` to draw with) the first time.
    func html(_ key: Key, root: String, context: (_ root: Shown) -> Any) -> String {
        let slot = Slot(key: key, root: oneDrawingForAllDepths ? "" : root)
        lock.lock()
        let known = drawn[slot]
        lock.unlock()
        let pieces: [String]
        if let known {
            pieces = known
        } else {
            // Two cores may draw the same key at once; both draw the same bytes.
            if oneDrawingForAllDepths {
                var drawing = theme.renderBlock(fragment.template, context(Shown(String(UnicodeScalar(Self.rootMarker)))))
                pieces = drawing.withUTF8 { Self.pieces(of: $0) }
            } else {
                pieces = [theme.renderBlock(fragment.template, context(Shown(root)))]
            }
            lock.lock()
            drawn[slot] = pieces
            lock.unlock()
        }
        return pieces.count == 1 ? pieces[0] : Self.joined(pieces, root: root)
    }

    /// The pieces with `root` between them, into one string made at its final size: the
    /// generic `joined(separator:)` took about 5,000 instructions a join, and every page
    /// joins its head, header and footer, and each row of its tables. (Copying the bytes
    /// into `String(unsafeUninitializedCapacity:)` took more: it checks them as UTF-8.)
    private static func joined(_ pieces: [String], root: String) -> String {
        var html = ""
        html.reserveCapacity(pieces.reduce(root.utf8.count * (pieces.count - 1)) { $0 + $1.utf8.count })
        html += pieces[0]
        for piece in pieces.dropFirst() {
            html += root
            html += piece
        }
        return html
    }

    /// A drawing cut at each root marker. By hand over the bytes: Foundation's
    /// `components(separatedBy:)` compares Characters and took more instructions than
    /// drawing the rows, and the generic `split` about 25,000 a row.
    private static func pieces(of drawing: UnsafeBufferPointer<UInt8>) -> [String] {
        var pieces: [String] = []
        var start = 0
        for index in drawing.indices where drawing[index] == rootMarker {
            pieces.append(String(decoding: UnsafeBufferPointer(rebasing: drawing[start..<index]), as: UTF8.self))
            start = index + 1
        }
        pieces.append(String(decoding: UnsafeBufferPointer(rebasing: drawing[start...]), as: UTF8.self))
        return pieces
    }
}
