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
    /// text holding both. The kinds contexts hold are told by their exact type first: a
    /// failing cast from `Any` is costly, and on Linux a cast of an array to a class
    /// (`PageContext`, `TableRow`) goes through Foundation's bridging — the cascade of
    /// casts below was two thirds of a preview's fingerprinting at 50,000 contributions.
    private static func feed(_ value: Any, into hasher: inout Hasher) {
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == Exact.string {
            hasher.combine(0 as UInt8)
            hasher.combine(value as! String)
        } else if type == Exact.shown {
            hasher.combine(2 as UInt8)
            hasher.combine((value as! Shown).renderText)
        } else if type == Exact.dictionary {
            feed(value as! [String: Any], into: &hasher)
        } else if type == Exact.tableRows {
            let rows = value as! [TableRow]
            hasher.combine(8 as UInt8)
            hasher.combine(rows.count)
            for row in rows { feed(row, into: &hasher) }
        } else if type == Exact.dictionaries {
            let list = value as! [[String: Any]]
            hasher.combine(8 as UInt8)
            hasher.combine(list.count)
            for item in list { feed(item, into: &hasher) }
        } else if type == Exact.texts {
            let texts = value as! [String]
            hasher.combine(8 as UInt8)
            hasher.combine(texts.count)
            for text in texts {
                hasher.combine(0 as UInt8)
                hasher.combine(text)
            }
        } else if type == Exact.page {
            feed(value as! PageContext, into: &hasher)
        } else if type == Exact.body {
            hasher.combine(14 as UInt8)
            (value as! ShownBody).feedSources(into: &hasher)
        } else if type == Exact.picture {
            hasher.combine(16 as UInt8)
            (value as! ChartFigure.Picture).feedSources(into: &hasher)
        } else if type == Exact.bool {
            hasher.combine(1 as UInt8)
            hasher.combine(value as! Bool)
        } else if type == Exact.int {
            hasher.combine(3 as UInt8)
            hasher.combine(value as! Int)
        } else {
            feedByCasting(value, into: &hasher)
        }
    }

    /// The exact types `feed` tells apart without a cast.
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

    /// Any other value, by the kinds it may be cast to; the same tags as `feed`.
    private static func feedByCasting(_ value: Any, into hasher: inout Hasher) {
        switch value {
        case let shown as Shown:
            hasher.combine(2 as UInt8)
            hasher.combine(shown.renderText)
        case let text as String:
            hasher.combine(0 as UInt8)
            hasher.combine(text)
        case let dictionary as [String: Any]:
            feed(dictionary, into: &hasher)
        case let rows as [TableRow]:
            hasher.combine(8 as UInt8)
            hasher.combine(rows.count)
            for row in rows { feed(row, into: &hasher) }
        case let list as [[String: Any]]:
            hasher.combine(8 as UInt8)
            hasher.combine(list.count)
            for item in list { feed(item, into: &hasher) }
        case let flag as Bool:
            hasher.combine(1 as UInt8)
            hasher.combine(flag)
        case let number as Int:
            hasher.combine(3 as UInt8)
            hasher.combine(number)
        case let number as Double:
            hasher.combine(4 as UInt8)
            hasher.combine(number)
        case let row as TableRow:
            feed(row, into: &hasher)
        case let page as PageContext:
            feed(page, into: &hasher)
        case let named as NamedContext:
            hasher.combine(6 as UInt8)
            let names = named.names
            hasher.combine(names.count)
            hasher.combine(unordered(names) { named.child(named: $0) })
        case let list as [Any]:
            hasher.combine(8 as UInt8)
            hasher.combine(list.count)
            for item in list { feed(item, into: &hasher) }
        case let picture as ChartFigure.Picture:
            hasher.combine(16 as UInt8)
            picture.feedSources(into: &hasher)
        case let body as ShownBody:
            hasher.combine(14 as UInt8)
            body.feedSources(into: &hasher)
        case let custom as MustacheCustomRenderable:
            hasher.combine(9 as UInt8)
            hasher.combine(custom.isNull)
            hasher.combine(custom.renderText)
        default:
            // No context holds another kind today. A page that held one would be drawn
            // every time rather than risk being taken as unchanged: its description might
            // not show all a template can read of it.
            hasher.combine(10 as UInt8)
            hasher.combine(UInt64.random(in: 0...UInt64.max))
        }
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
        hasher.combine(page.section.rawValue)
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
        hasher.combine(row.rows.sourcesDigest(of: row.contribution))
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
