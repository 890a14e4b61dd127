import Mustache

/// What drawing a page depends on, hashed: the texts of the templates it is drawn with
/// (`TemplateFingerprint`), and every value of its context (the layout's and the page's),
/// read as a template reads them — texts, flags, numbers, lists, and each name of a
/// dictionary or a `NamedContext` with its value. A page is a pure function of those, so
/// a page whose fingerprint is the one it had is the same bytes and need not be drawn
/// again: `commons serve` draws after a change only the pages whose fingerprint changed,
/// and thus follows every dependency a page has — the model's references, the analysis,
/// the theme — without a list of them that could fall behind the code.
///
/// Where a value is costly to build or draw and is made from a few model values, it is
/// fed by those, its sources, instead: a table's row and a contribution's page by the
/// contribution and the names it shows (`ContributionRow.feedSources`), a body by its
/// Markdown (`ShownBody`), a chart by its figures (`ChartFigure.Picture`), the header and
/// footer by the layout's values and templates, the values every page shares by what the
/// layout made them from; and the pages of people, projects, proposals and the ledger
/// whole, by their `PageJob.sources`. At 50,000
/// contributions that is what lets a preview tell 54,000 pages unchanged in a fraction
/// of the time it takes to build their values. Two different inputs share a fingerprint
/// with a chance of 2⁻⁶⁴ (Swift's `Hasher`, seeded once per process).
struct PageFingerprint: Hashable, Sendable {
    let value: Int

    /// `template` is nil for a template the theme does not have, which draws nothing.
    init(template: TemplateFingerprint?, context: Any) {
        var hasher = Hasher()
        hasher.combine(template?.value)
        PageFingerprint.feed(context, into: &hasher)
        value = hasher.finalize()
    }

    /// A page told by its sources (`PageJob.sources`, `Layout.feedSources`) in place of
    /// its values.
    init(template: TemplateFingerprint?, sources: (inout Hasher) -> Void) {
        var hasher = Hasher()
        hasher.combine(template?.value)
        hasher.combine(13 as UInt8)
        sources(&hasher)
        value = hasher.finalize()
    }

    /// Each kind of value is tagged, so a list of two texts never feeds the same as one
    /// text holding both.
    private static func feed(_ value: Any, into hasher: inout Hasher) {
        switch Kind(value) {
        case .text(let text):
            hasher.combine(0 as UInt8)
            hasher.combine(text)
        case .flag(let flag):
            hasher.combine(1 as UInt8)
            hasher.combine(flag)
        case .shown(let shown):
            hasher.combine(2 as UInt8)
            hasher.combine(shown.renderText)
        case .number(let number):
            hasher.combine(3 as UInt8)
            hasher.combine(number)
        case .decimal(let number):
            hasher.combine(4 as UInt8)
            hasher.combine(number)
        case .dictionary(let dictionary):
            feed(dictionary, into: &hasher)
        case .named(let named):
            hasher.combine(6 as UInt8)
            let names = named.names
            hasher.combine(names.count)
            hasher.combine(unordered(names) { named.child(named: $0) })
        // Lists of rows, of dictionaries and of texts by their own types: a cast to
        // `[Any]` would box every element.
        case .rows(let rows):
            feed(list: rows, into: &hasher) { feed($0, into: &$1) }
        case .dictionaries(let list):
            feed(list: list, into: &hasher) { feed($0, into: &$1) }
        case .texts(let texts):
            feed(list: texts, into: &hasher) { feed($0 as Any, into: &$1) }
        case .list(let list):
            feed(list: list, into: &hasher) { feed($0, into: &$1) }
        case .row(let row):
            feed(row, into: &hasher)
        case .page(let page):
            feed(page, into: &hasher)
        case .custom(let custom):
            hasher.combine(9 as UInt8)
            hasher.combine(custom.isNull)
            hasher.combine(custom.renderText)
        case .body(let body):
            hasher.combine(14 as UInt8)
            body.feedSources(into: &hasher)
        case .picture(let picture):
            hasher.combine(16 as UInt8)
            picture.feedSources(into: &hasher)
        case .other:
            // No context holds another kind today. A page that held one would be drawn
            // every time rather than risk being taken as unchanged: its description might
            // not show all a template can read of it.
            hasher.combine(10 as UInt8)
            hasher.combine(UInt64.random(in: 0...UInt64.max))
        }
    }

    private static func feed<Item>(list: [Item], into hasher: inout Hasher, _ each: (Item, inout Hasher) -> Void) {
        hasher.combine(8 as UInt8)
        hasher.combine(list.count)
        for item in list { each(item, &hasher) }
    }

    /// The kinds of value a context holds, as `feed` tells them apart.
    private enum Kind {
        case text(String), flag(Bool), shown(Shown), number(Int), decimal(Double)
        case dictionary([String: Any]), named(NamedContext)
        case rows([TableRow]), dictionaries([[String: Any]]), texts([String]), list([Any])
        case row(TableRow), page(PageContext), custom(MustacheCustomRenderable), body(ShownBody), picture(ChartFigure.Picture)
        case other

        /// The kinds contexts hold are told by their exact type first: a failing cast
        /// from `Any` is costly, and on Linux a cast of an array to a class (`PageContext`,
        /// `TableRow`) goes through Foundation's bridging — the cascade of casts was two
        /// thirds of a preview's fingerprinting at 50,000 contributions.
        init(_ value: Any) {
            switch ObjectIdentifier(Swift.type(of: value)) {
            case Exact.string: self = .text(value as! String)
            case Exact.shown: self = .shown(value as! Shown)
            case Exact.dictionary: self = .dictionary(value as! [String: Any])
            case Exact.tableRows: self = .rows(value as! [TableRow])
            case Exact.dictionaries: self = .dictionaries(value as! [[String: Any]])
            case Exact.texts: self = .texts(value as! [String])
            case Exact.page: self = .page(value as! PageContext)
            case Exact.body: self = .body(value as! ShownBody)
            case Exact.picture: self = .picture(value as! ChartFigure.Picture)
            case Exact.bool: self = .flag(value as! Bool)
            case Exact.int: self = .number(value as! Int)
            default: self.init(casting: value)
            }
        }

        /// Any other value, by the kinds it may be cast to, the commonest first.
        private init(casting value: Any) {
            switch value {
            case let shown as Shown: self = .shown(shown)
            case let text as String: self = .text(text)
            case let dictionary as [String: Any]: self = .dictionary(dictionary)
            case let rows as [TableRow]: self = .rows(rows)
            case let list as [[String: Any]]: self = .dictionaries(list)
            case let flag as Bool: self = .flag(flag)
            case let number as Int: self = .number(number)
            case let number as Double: self = .decimal(number)
            case let row as TableRow: self = .row(row)
            case let page as PageContext: self = .page(page)
            case let named as NamedContext: self = .named(named)
            case let list as [Any]: self = .list(list)
            case let picture as ChartFigure.Picture: self = .picture(picture)
            case let body as ShownBody: self = .body(body)
            case let custom as MustacheCustomRenderable: self = .custom(custom)
            default: self = .other
            }
        }
    }

    /// The exact types `Kind` tells apart without a cast.
    private enum Exact {
        static let string = ObjectIdentifier(String.self)
        static let shown = ObjectIdentifier(Shown.self)
        static let dictionary = ObjectIdentifier([String: Any].self)
        static let tableRows = ObjectIdentifier([TableRow].self)
        static let dictionaries = ObjectIdentifier([[String: Any]].self)
        static let texts = ObjectIdentifier([String].self)
        static let page = ObjectIdentifier(PageContext.self)
        static let body = ObjectIdentifier(ShownBody.self)
        static let picture = ObjectIdentifier(ChartFigure.Picture.self)
        static let bool = ObjectIdentifier(Bool.self)
        static let int = ObjectIdentifier(Int.self)
    }

    private static func feed(_ dictionary: [String: Any], into hasher: inout Hasher) {
        hasher.combine(5 as UInt8)
        hasher.combine(dictionary.count)
        hasher.combine(unordered(dictionary.keys) { dictionary[$0] })
    }

    /// Named values in no order, as a dictionary holds them: each name with its value
    /// hashed on its own and the hashes added, as Swift's `Dictionary` hashes itself,
    /// rather than sorting the names of every dictionary of every page.
    private static func unordered(_ names: some Sequence<String>, _ value: (String) -> Any?) -> Int {
        var sum = 0
        for name in names {
            var element = Hasher()
            element.combine(name)
            if let child = value(name) { feed(child, into: &element) } else { element.combine(7 as UInt8) }
            sum = sum &+ element.finalize()
        }
        return sum
    }

    /// A page's context by the values it holds, the page's own and the layout's, rather
    /// than by its names: the header, head and footer it gives are drawn from the others
    /// (`Layout.chromeContext`) with templates that are part of every page's
    /// `TemplateFingerprint`, so they need not be drawn to be told apart.
    /// The values every page shares (the site's title and language, the navigation, the
    /// footer's pages…) are fed by what the layout made them from, hashed once.
    private static func feed(_ page: PageContext, into hasher: inout Hasher) {
        hasher.combine(12 as UInt8)
        feed(page.page, into: &hasher)
        hasher.combine(page.layoutSources)
        hasher.combine(page.root.renderText)
        hasher.combine(page.canonical?.renderText)
        hasher.combine(page.section)
        feed(page.searchFilters ?? [], into: &hasher)
        hasher.combine(page.searchFilters == nil)
    }

    /// A table's row by what its drawing is made from — the sources of its values
    /// (hashed once per build, `ContributionRows.sourcesDigest`), its `root`, whether it
    /// leaves out the project column — rather than by the drawing,
    /// which would draw every row of the site, or by its values, which would build them;
    /// the row's template is part of every page's `TemplateFingerprint`.
    private static func feed(_ row: TableRow, into hasher: inout Hasher) {
        hasher.combine(11 as UInt8)
        hasher.combine(row.rows.sourcesDigest(at: row.place))
        hasher.combine(row.root.renderText)
        hasher.combine(row.projectPage)
    }
}

/// A template's part of a page's fingerprint: its text and the texts of the partials and
/// parents it reaches, and of the fragments (`Fragment.all`) whose drawings pages insert,
/// so that editing `project.mustache` draws the project pages again and editing
/// `layout.mustache` or `contribution-row.mustache` draws every page. A dynamic partial
/// (`{{>*name}}`) may reach any template, so it brings in all of them.
struct TemplateFingerprint: Sendable {
    let value: Int

    /// Every template's, computed once when the theme is loaded, each template scanned once.
    static func all(_ texts: [String: String]) -> [String: TemplateFingerprint] {
        let partials = texts.mapValues { TemplateFingerprint.partials(TemplateScanner.scan($0), all: texts) }
        return Dictionary(uniqueKeysWithValues: texts.keys.map { name in
            var reached: Set<String> = []
            var pending = [name] + Fragment.all.map(\.template)
            while let next = pending.popLast() {
                guard reached.insert(next).inserted else { continue }
                pending += partials[next] ?? []
            }
            var hasher = Hasher()
            for template in reached.sorted() {
                hasher.combine(template)
                hasher.combine(texts[template])
            }
            return (name, TemplateFingerprint(value: hasher.finalize()))
        })
    }

    private static func partials(_ tags: [TemplateTag], all texts: [String: String]) -> [String] {
        tags.flatMap { tag -> [String] in
            let own: [String]
            switch tag.kind {
            case .partial, .parent: own = tag.name.hasPrefix("*") ? Array(texts.keys) : [tag.name]
            default: own = []
            }
            return own + partials(tag.children, all: texts)
        }
    }
}
