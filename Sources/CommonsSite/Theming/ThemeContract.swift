/// Every value every template of a theme receives, declared once: the page kinds, the
/// parts drawn once and reused (`Fragment`), and the shapes of the lists and groups they
/// hold. The theme loader checks each template against it (`TemplateCheck`), a test
/// checks every page the default theme draws against it, `commons theme context` prints
/// a page's values through it, and `docs/themes.md` is generated from it.
enum ThemeContract {
    // MARK: What every page shares

    static let day = Shape("day", [
        .text("iso", "the day as 2026-03-14, for `<time datetime>`"),
        .text("words", "the day in words: 14 March 2026"),
    ])

    static let navItem = Shape("navigation entry", [
        .text("href", "the section's page, from the site root (write `{{root}}{{href}}`)"),
        .text("label", "Home, Projects, People, Ledger, Governance, Statistics, and Search on a site with search"),
        .flag("current", "true on the section's own pages"),
    ])

    static let footerPage = Shape("footer page", [
        .text("href", "the free page, from the site root"),
        .text("title", "its title"),
    ])

    /// What the head's links, the header and the footer read: site-wide values only,
    /// since one drawing serves every page of a depth and section.
    static let chrome = Shape("site chrome", [
        .text("root", "from the page back to the site root: \"\", \"../\", \"../../\"…"),
        .text("siteTitle", "the commons' title (commons.md)"),
        .text("lang", "the site's language (commons.md `language`)"),
        .day("asOf", "the day the figures are as of"),
        .list("nav", navItem, "the main sections, the page's own marked current"),
        .list("footerPages", footerPage, "the free pages at the top of pages/"),
        .flag("feed", "present when the site has a feed (base_url is set)").optionally,
        .text("icon", "the site's icon, from the site root: the commons' assets/favicon.svg, favicon.png, favicon.ico, logo.svg or logo.png, else the theme's favicon.svg").optionally,
    ])

    /// What layout.mustache reads besides the page's own values.
    static let layout = chrome.adding([
        .html("siteHead", "the head's links, drawn by site-head.mustache"),
        .html("siteHeader", "the header, drawn by site-header.mustache"),
        .html("siteFooter", "the footer, drawn by site-footer.mustache"),
        .text("canonical", "the page's absolute URL, when base_url is set").optionally,
        .text("description", "the page's own description, else the commons'").optionally,
        .flag("searchBody", "on a site with search, present on the pages it finds (projects, people, contributions, proposals, free pages): mark the page's main content `data-pagefind-body`").optionally,
        .list("searchFilters", searchFilter, "on a site with search, the filters of a page it finds: write each as `data-pagefind-filter=\"{{name}}:{{value}}\"`").optionally,
    ], as: "every page")

    // MARK: Lists and groups

    static let personLink = Shape("person link", [
        .text("href", "the person's page, from the site root"),
        .text("name", "the person's name"),
    ])

    static let projectLink = Shape("project link", [
        .text("href", "the project's page, from the site root"),
        .text("title", "the project's title"),
    ])

    static let proposalLink = Shape("proposal link", [
        .text("href", "the proposal's page, from the site root"),
        .text("title", "the proposal's title"),
    ])

    static let cue = Shape("health cue", [
        .text("state", "met, missed (the commons' goal), fine, watch (a plain guide), n-a or not-recorded"),
        .text("shape", "● for met and fine, ▲ for missed and watch, ○ otherwise: the cue without colour"),
        .text("words", "the cue in words: \"rests on one person\", \"meets the goal of 3\""),
    ])

    static let figure = Shape("figure", [
        .text("label", "what is counted: Projects, Bus factor…"),
        .text("value", "the figure as readers see it: 7, 43.7 %, 0.41, n/a (one person), not recorded"),
        .text("note", "a few words of what it means: \"in the last 90 days\"").optionally,
        .object("cue", cue, "whether it is good news, for the figures that tell a commons' health").optionally,
    ])

    static let explainedFigure = Shape("explained figure", [
        .text("label", "what is counted"),
        .text("value", "the figure"),
        .text("explanation", "one sentence saying what it means"),
        .object("cue", cue, "whether it is good news, for the figures that tell a commons' health").optionally,
    ])

    static let chartRow = Shape("chart row", [
        .text("head", "the row's label: a month, a kind of work"),
        .texts("cells", "its numbers, one per column"),
    ])

    static let chart = Shape("chart", [
        .text("id", "unique within the page"),
        .text("title", "the chart's title"),
        .text("description", "one or two sentences saying what it shows"),
        .html("svg", "the picture, drawn at build time; it sizes itself (its text stays 13–14 px at every width: it stretches with its container instead of scaling)"),
        .text("headColumn", "the heading of the table's first column"),
        .texts("columns", "the headings of the other columns"),
        .list("rows", chartRow, "the numbers behind the picture"),
    ])

    /// What contribution-row.mustache reads: one drawing serves every table of a depth.
    static let contributionRow = Shape("contribution row", contributionValues.fields + [
        .text("root", "from the table's page back to the site root"),
        .flag("projectPage", "true in a project's own table, which leaves out the project column"),
    ])

    /// A contribution as every page shows it.
    static let contributionValues = Shape("contribution", [
        .text("href", "the contribution's page, from the site root"),
        .text("title", "its title, or \"Code for Community map\" when it has none"),
        .day("date", "the day of the work"),
        .text("dateISO", "the same as date.iso"),
        .text("dateWords", "the same as date.words"),
        .list("people", personLink, "who did it"),
        .object("project", projectLink, "the project it was for"),
        .text("projectHref", "the same as project.href"),
        .text("projectTitle", "the same as project.title"),
        .text("kind", "code, docs, design, data…"),
        .text("compensation", "unpaid, stipend or paid"),
        .text("hours", "the hours recorded: 3, 2.5").optionally,
    ])

    /// A row of a contributions table (contribution-table.mustache).
    static let tableRow = contributionRow.adding([
        .html("row", "the row's HTML, drawn by contribution-row.mustache"),
    ], as: "contribution in a table")

    static let proposalRow = Shape("proposal", [
        .text("href", "the proposal's page, from the site root"),
        .text("title", "its title"),
        .text("status", "open, accepted, rejected, no-quorum or withdrawn"),
        .text("statusWords", "the status in words"),
        .text("reason", "why it stands where it does, starting with the status"),
        .text("why", "the reason without the status it starts with"),
        .day("opened", "the day it opened"),
        .day("closes", "the day voting closes"),
        .text("tally", "3 yes · 1 no · 0 abstain · 0 block"),
        .text("eligible", "how many people may vote: \"12 eligible voters\""),
        .flag("isOpen", "true while voting is open"),
        .text("daysLeft", "\"3 days left\" while open").optionally,
        .object("project", projectLink, "the project it belongs to; absent for a commons-wide proposal, and on its project's own page").optionally,
        .flag("commonsWide", "true for a proposal of the whole commons"),
    ])

    static let pagination = Shape("pagination", [
        .list("items", Shape("page number", [
            .flag("gap", "true for the gap between distant numbers"),
            .text("number", "the page's number").optionally,
            .text("href", "the page, from the site root").optionally,
            .flag("current", "true for the page shown").optionally,
        ]), "first, a window around the page shown, and last"),
        .text("label", "\"Page 2 of 9\""),
        .text("previous", "the newer page, from the site root").optionally,
        .text("next", "the older page, from the site root").optionally,
    ])

    // MARK: Page kinds

    static let pages: [PageKind] = [
        .home, .projects, .project, .contributors, .contributor, .ledger, .contribution,
        .governance, .proposal, .stats, .page, .notFound, .search,
    ]
}

/// One kind of page: the template that draws it and what that template receives, on
/// top of what `layout` gives every page.
struct PageKind: Sendable {
    /// The template, without `.mustache`.
    let template: String
    /// In messages: "project pages".
    let name: String
    /// Where pages of this kind are published.
    let addresses: String
    let values: Shape

    /// The page's values and the layout's, as its template sees them.
    var shape: Shape { ThemeContract.layout.adding(values.fields, as: name) }
}

extension PageKind {
    private typealias C = ThemeContract

    private static let projectPageFlag = Field.flag(
        "projectPage", "absent: the contributions table shows the project column").optionally

    static let home = PageKind(template: "home", name: "the home page", addresses: "/", values: Shape("home page", [
        .html("introLead", "the first paragraph of commons.md's body, shown before the figures; empty when the body opens otherwise"),
        .html("intro", "the rest of the body of commons.md"),
        .text("homeTitle", "the commons' title"),
        .list("figures", C.figure, "the headline figures"),
        .object("activity", C.chart, "contributions month by month"),
        .list("contributions", C.tableRow, "the latest contributions"),
        projectPageFlag,
        .list("open", C.proposalRow, "proposals open for a vote, closing soonest first"),
        .list("decisions", C.proposalRow, "the latest decisions"),
    ]))

    static let projects = PageKind(template: "projects", name: "the projects page", addresses: "/projects/", values: Shape("projects page", [
        .text("title", "Projects"),
        .text("description", "one sentence about the page"),
        .list("groups", Shape("project group", [
            .text("status", "active, incubating, dormant or archived"),
            .text("heading", "the group's heading"),
            .list("projects", Shape("project summary", [
                .text("href", "the project's page, from the site root"),
                .text("title", "its title"),
                .text("summary", "its summary"),
                .text("contributions", "\"12 contributions\""),
                .text("people", "\"4 people\""),
                .text("busFactor", "its bus factor"),
                .text("hours", "\"36 hours\"").optionally,
            ]), "the projects with that status"),
        ]), "the projects by status"),
    ]))

    static let project = PageKind(template: "project", name: "project pages", addresses: "/projects/<slug>/", values: Shape("project page", [
        .text("title", "the project's title"),
        .text("description", "its summary").optionally,
        .text("summary", "its summary"),
        .html("body", "its file's body"),
        .text("status", "active, incubating, dormant or archived"),
        .list("maintainers", C.personLink, "its maintainers"),
        .texts("tags", "its tags"),
        .text("license", "its licence, as written").optionally,
        .text("licenseURL", "the SPDX page of a single licence identifier").optionally,
        .text("repository", "its repository's address").optionally,
        .day("started", "the day it started").optionally,
        .text("rule", "its decision rule in words"),
        .text("ruleExplained", "that its rule decides its proposals unless one names another, and what the rule means"),
        .text("quorum", "its quorum in words"),
        .flag("needsQuorum", "true when the rule needs a quorum"),
        .list("figures", C.figure, "its figures"),
        .list("carriers", C.personLink.adding([
            .text("part", "the person's part of the work: 43.7 %"),
            .text("amount", "\"12 hours\" or \"3 contributions\""),
            .flag("busFactor", "true for the people of the bus factor").optionally,
        ], as: "carrier"), "who carries it, largest part first"),
        .text("moreCarriers", "\"4 more people\" beyond those listed").optionally,
        .object("trends", C.chart, "its bus factor, active people and unpaid share over two years").optionally,
        .object("activity", C.chart, "its contributions month by month").optionally,
        .object("kinds", C.chart, "its kinds of work").optionally,
        .list("contributions", C.tableRow, "its latest contributions"),
        .flag("projectPage", "true: the contributions table leaves out the project column"),
        .text("contributionCount", "\"48 contributions\""),
        .flag("moreContributions", "true when there are more than the table lists").optionally,
        .list("open", C.proposalRow, "its proposals open for a vote"),
        .list("decided", C.proposalRow, "its decided proposals, latest first"),
    ]))

    static let contributors = PageKind(template: "contributors", name: "the people page", addresses: "/contributors/", values: Shape("people page", [
        .text("title", "People"),
        .text("description", "one sentence about the page"),
        .list("people", Shape("person summary", [
            .text("href", "the person's page, from the site root"),
            .text("name", "their name"),
            .text("affiliation", "their organisation").optionally,
            .text("contributions", "how many contributions"),
            .text("hours", "how many hours"),
            .text("projects", "how many projects"),
            .day("last", "their latest contribution").optionally,
        ]), "everyone, by name"),
    ]))

    static let contributor = PageKind(template: "contributor", name: "people's pages", addresses: "/contributors/<handle>/", values: Shape("person's page", [
        .text("title", "the person's name"),
        .text("description", "one sentence about the page"),
        .text("name", "their name"),
        .text("handle", "their handle (the file's name)"),
        .text("affiliation", "their organisation").optionally,
        .html("body", "their file's body"),
        .list("links", Shape("link", [
            .text("href", "the address"),
            .text("text", "the address without mailto:"),
        ]), "their links"),
        .day("joined", "the day they joined").optionally,
        .day("first", "their first contribution").optionally,
        .day("last", "their latest contribution").optionally,
        .list("figures", C.figure, "their figures"),
        .list("projects", C.projectLink, "the projects they worked on"),
        .list("kinds", Shape("kind of work", [
            .text("kind", "code, docs…"),
            .text("contributions", "how many"),
            .text("hours", "how many hours"),
        ]), "the kinds of work they did, most first"),
        .list("contributions", C.tableRow, "their latest contributions"),
        projectPageFlag,
        .text("moreContributions", "a sentence when the table lists only the latest").optionally,
        .list("votes", Shape("vote cast", [
            .object("proposal", C.proposalLink, "the proposal"),
            .text("proposalHref", "the same as proposal.href"),
            .text("proposalTitle", "the same as proposal.title"),
            .text("value", "yes, no, abstain or block"),
            .flag("counted", "true when the vote counts"),
            .day("date", "the day of the vote").optionally,
            .text("reason", "why it does not count").optionally,
            .text("root", "from the page back to the site root"),
        ]), "every vote they cast"),
        .list("authored", C.proposalRow, "the proposals they wrote"),
    ]))

    static let ledger = PageKind(template: "ledger", name: "ledger pages", addresses: "/contributions/, /contributions/page/<n>/", values: Shape("ledger page", [
        .text("title", "\"Ledger\", or \"Ledger, page 2 of 9\""),
        .text("description", "one sentence about the page"),
        .text("total", "\"118 contributions\""),
        .text("range", "the days the page covers").optionally,
        .list("contributions", C.tableRow, "this page's contributions, newest first"),
        projectPageFlag,
        .object("pagination", C.pagination, "links to the other pages, when there are several").optionally,
    ]))

    static let contribution = PageKind(template: "contribution", name: "contribution pages", addresses: "/contributions/<id>/",
                                       values: C.contributionValues.adding([
        .html("body", "the file's body"),
        .text("description", "one sentence about the work"),
    ], as: "contribution page"))

    static let governance = PageKind(template: "governance", name: "the governance page", addresses: "/governance/", values: Shape("governance page", [
        .text("title", "Governance"),
        .text("description", "one sentence about the page"),
        .list("open", C.proposalRow, "proposals open for a vote"),
        .list("outcomes", Shape("outcome group", [
            .text("heading", "Accepted, Rejected…"),
            .text("status", "accepted, rejected, no-quorum or withdrawn"),
            .list("proposals", C.proposalRow, "the proposals with that outcome"),
        ]), "decided proposals by outcome"),
        .list("statuses", Shape("status count", [
            .text("label", "the status in words"),
            .text("count", "how many proposals have it"),
        ]), "every status with its count"),
        .list("rules", Shape("decision rule", [
            .text("rule", "the rule in words"),
            .text("explanation", "what it means"),
            .flag("quorum", "true when it needs a quorum"),
        ]), "every decision rule"),
        .text("defaultRule", "the commons' default rule"),
        .text("defaultQuorum", "the commons' default quorum"),
        .text("windowDays", "how long voting stays open by default"),
        .text("eligibilityDays", "how far back contributions make someone eligible"),
        .text("participation", "the median participation of decided proposals").optionally,
    ]))

    static let proposal = PageKind(template: "proposal", name: "proposal pages", addresses: "/governance/<id>/",
                                   values: C.proposalRow.adding([
        .text("description", "its title and outcome"),
        .html("body", "the file's body"),
        .object("author", C.personLink, "who proposed it"),
        .text("rule", "its decision rule in words"),
        .text("ruleExplained", "what the rule means"),
        .text("quorum", "its quorum requirement in words"),
        .text("eligibility", "who may vote, in a sentence"),
        .text("eligibleVoters", "their names, as one text"),
        .text("participation", "the share of eligible voters who voted").optionally,
        .list("votes", Shape("vote", [
            .object("voter", C.personLink, "who voted"),
            .text("voterHref", "the same as voter.href"),
            .text("voterName", "the same as voter.name"),
            .text("value", "yes, no, abstain or block"),
            .flag("counted", "true when the vote counts"),
            .day("date", "the day of the vote").optionally,
            .text("comment", "what the voter wrote").optionally,
            .text("reason", "why it does not count").optionally,
            .text("root", "from the page back to the site root"),
        ]), "every vote in the file's order"),
    ], as: "proposal page"))

    static let stats = PageKind(template: "stats", name: "the statistics page", addresses: "/stats/", values: Shape("statistics page", [
        .text("title", "Statistics"),
        .text("measuredIn", "one sentence: whether the figures compare hours or contributions"),
        .text("description", "one sentence about the page"),
        .list("figures", C.explainedFigure, "every figure of the commons, explained"),
        .object("trends", C.chart, "the bus factor, active people and unpaid share over two years"),
        .object("lorenz", C.chart, "the Lorenz curve behind the Gini coefficient"),
        .object("activity", C.chart, "month by month"),
        .text("monthsExplained", "what the monthly table shows"),
        .object("kinds", C.chart, "the kinds of work"),
        .object("compensation", C.chart, "paid and unpaid work"),
        .texts("projectColumns", "the headings of the projects table"),
        .list("projects", Shape("project's figures", [
            .object("project", C.projectLink, "the project"),
            .text("status", "its status"),
            .texts("cells", "its figures, one per column"),
        ]), "every project's figures"),
    ]))

    static let page = PageKind(template: "page", name: "free pages", addresses: "/<path>/ (from pages/)", values: Shape("free page", [
        .text("title", "its title"),
        .text("description", "its description").optionally,
        .html("body", "its body"),
    ]))

    static let notFound = PageKind(template: "not-found", name: "the 404 page", addresses: "/404.html", values: Shape("404 page", [
        .text("title", "Page not found"),
    ]))
}
