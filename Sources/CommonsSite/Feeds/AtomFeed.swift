import CommonsAnalysis
import CommonsModel
import CommonsSupport

/// `/feed.xml`: the latest contributions and decisions as an Atom feed, newest first.
/// Atom needs absolute URLs, so there is no feed without a base URL. Times are the days'
/// midnights in UTC: the content has days, not times, and a feed must not change
/// between two builds of the same day.
struct AtomFeed {
    static let latestContributions = 20
    static let latestDecisions = 10

    let publication: Publication

    func render() -> String? {
        guard let base = publication.address.baseURL else { return nil }
        let settings = publication.settings
        var entries: [(day: Day, id: String, xml: String)] = []
        for contribution in publication.ledger.prefix(Self.latestContributions) {
            let page = PagePath.contribution(contribution.id)
            let people = contribution.contributors.map { "<author><name>\(publication.name(of: $0).escaped(as: .xml))</name></author>" }.joined()
            let summary = "\(contribution.kind.rawValue.capitalizedFirst) for \(publication.title(ofProject: contribution.project))"
                + (contribution.hours > 0 ? ", \(Words.hours(contribution.hours)) hours" : "")
            entries.append((contribution.date, page.url, entry(title: contribution.title, url: base + page.url, day: contribution.date,
                                                               authors: people, summary: summary, html: publication.html(contribution.body))))
        }
        let decisions = ProposalRow.decided(publication.proposals).filter { $0.outcome.status.isClosed }.prefix(Self.latestDecisions)
        for decided in decisions {
            let page = PagePath.proposal(decided.proposal.id)
            let author = "<author><name>\(publication.name(of: decided.proposal.author).escaped(as: .xml))</name></author>"
            entries.append((decided.outcome.closes, page.url,
                            entry(title: "\(decided.outcome.status.words.capitalizedFirst): \(decided.proposal.title)", url: base + page.url,
                                  day: decided.outcome.closes, authors: author, summary: decided.outcome.reason, html: publication.html(decided.proposal.body))))
        }
        entries.sort { ($1.day, $0.id) < ($0.day, $1.id) }
        let updated = entries.first?.day ?? publication.asOf
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(settings.language.escaped(as: .xml))\">\n"
        xml += "<title>\(settings.title.escaped(as: .xml))</title>\n"
        if !settings.description.isEmpty { xml += "<subtitle>\(settings.description.escaped(as: .xml))</subtitle>\n" }
        xml += "<link href=\"\(base.escaped(as: .xml))\" rel=\"alternate\" type=\"text/html\"/>\n"
        xml += "<link href=\"\(base.escaped(as: .xml))feed.xml\" rel=\"self\" type=\"application/atom+xml\"/>\n"
        xml += "<id>\(base.escaped(as: .xml))</id>\n<updated>\(Self.timestamp(updated))</updated>\n"
        xml += "<author><name>\(settings.title.escaped(as: .xml))</name></author>\n"
        xml += "<generator>commons</generator>\n"
        for entry in entries { xml += entry.xml }
        xml += "</feed>\n"
        return xml
    }

    private func entry(title: String, url: String, day: Day, authors: String, summary: String, html: String) -> String {
        var xml = "<entry>\n<title>\(title.escaped(as: .xml))</title>\n"
        xml += "<link href=\"\(url.escaped(as: .xml))\" rel=\"alternate\" type=\"text/html\"/>\n"
        xml += "<id>\(url.escaped(as: .xml))</id>\n<updated>\(Self.timestamp(day))</updated>\n"
        xml += authors + "\n"
        xml += "<summary>\(summary.escaped(as: .xml))</summary>\n"
        if !html.isEmpty { xml += "<content type=\"html\">\(html.escaped(as: .xml))</content>\n" }
        return xml + "</entry>\n"
    }

    static func timestamp(_ day: Day) -> String { day.description + "T00:00:00Z" }
}
