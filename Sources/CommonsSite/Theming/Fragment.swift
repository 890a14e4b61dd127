import Foundation

/// A part of many pages drawn once and inserted as HTML wherever it recurs: the head's
/// links, the header and the footer are the same on every page of one depth and section,
/// and a contribution's row is the same in every table of one depth that lists it. On a
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

    static let siteHead = Fragment(template: "site-head", reads: ThemeContract.chrome,
                                   sharedBy: "every page of the same depth and section",
                                   insertedAs: "`{{{siteHead}}}` in layout.mustache")
    static let siteHeader = Fragment(template: "site-header", reads: ThemeContract.chrome,
                                     sharedBy: "every page of the same depth and section",
                                     insertedAs: "`{{{siteHeader}}}` in layout.mustache")
    static let siteFooter = Fragment(template: "site-footer", reads: ThemeContract.chrome,
                                     sharedBy: "every page of the same depth and section",
                                     insertedAs: "`{{{siteFooter}}}` in layout.mustache")
    static let contributionRow = Fragment(template: "contribution-row", reads: ThemeContract.contributionRow,
                                          sharedBy: "every table of the same depth that lists the contribution (with or without the project column)",
                                          insertedAs: "`{{{row}}}` in each row of a contributions table")

    static let all = [siteHead, siteHeader, siteFooter, contributionRow]
}

/// The drawings of one fragment, one per key (what the pages sharing a drawing have in
/// common), each made when first asked for by whichever core asks.
final class FragmentDrawings<Key: Hashable & Sendable>: @unchecked Sendable {
    let fragment: Fragment
    private let theme: Theme
    private var drawn: [Key: String] = [:]
    private let lock = NSLock()

    init(_ fragment: Fragment, theme: Theme) {
        self.fragment = fragment
        self.theme = theme
    }

    /// The fragment's HTML for `key`, drawn from `context` the first time.
    func html(_ key: Key, context: () -> Any) -> String {
        lock.lock()
        let known = drawn[key]
        lock.unlock()
        if let known { return known }
        // Two cores may draw the same key at once; both draw the same bytes.
        let html = theme.renderBlock(fragment.template, context())
        lock.lock()
        drawn[key] = html
        lock.unlock()
        return html
    }
}
