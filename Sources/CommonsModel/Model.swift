/// The resolved commons: every reference checked, every default applied.
/// Later layers (statistics, site) read only this.
public struct Commons: Sendable {
    public var settings: Settings
    /// Sorted by slug.
    public var projects: [Project]
    /// Sorted by handle.
    public var contributors: [Contributor]
    /// Sorted by date, then id.
    public var contributions: [Contribution]
    /// Sorted by opened, then id.
    public var proposals: [Proposal]
    /// Sorted by path.
    public var pages: [Page]
    /// Files under `assets/`, relative to it, sorted.
    public var assets: [String]
    /// Contributions left out only because a file they name could not be read (a
    /// project or co-author with a YAML error), each with that file's path: so a voter
    /// who is not eligible without them can be told why.
    public var setAside: [(contribution: Contribution, cause: String)] = []

    public init(settings: Settings, projects: [Project] = [], contributors: [Contributor] = [],
                contributions: [Contribution] = [], proposals: [Proposal] = [], pages: [Page] = [],
                assets: [String] = []) {
        self.settings = settings
        self.projects = projects
        self.contributors = contributors
        self.contributions = contributions
        self.proposals = proposals
        self.pages = pages
        self.assets = assets
    }
}

/// `commons.md`: the site's settings and front-page text.
public struct Settings: Sendable {
    public var title: String
    public var description: String = ""
    public var baseURL: String?
    public var language: String = "en"
    public var activeDays: Int = 90
    public var unsafeHTML: Bool = false
    /// 1,024 KB, as SPEC §1 says: a long page is tens of KB; libcmark's own pathological
    /// inputs at this size are measured by Benchmarks/pathological.py.
    public var maxFileKB: Int = 1024
    public var rule: DecisionRule = .lazyConsensus
    public var quorum: Quorum = .half
    public var windowDays: Int = 14
    public var eligibilityDays: Int = 365
    /// The goals set under `health:`, in `HealthGoal.Figure` order; none by default.
    public var health: [HealthGoal] = []
    /// `search: true`: the site gets a search page, indexed by Pagefind.
    public var search: Bool = false
    public var body: Markdown = .empty

    public init(title: String) { self.title = title }
}

public struct Project: Hashable, Sendable {
    /// The file, relative to the content folder.
    public var file: String = ""
    public var slug: String
    public var title: String
    public var status: ProjectStatus = .active
    public var license: String?
    public var maintainers: [String] = []
    /// The project's own rule, or the commons default.
    public var rule: DecisionRule
    public var quorum: Quorum
    public var started: Day?
    public var tags: [String] = []
    public var repository: String?
    /// The `summary` field, else the body's first paragraph.
    public var summary: String
    public var body: Markdown = .empty

    public init(slug: String, title: String, rule: DecisionRule = .lazyConsensus, quorum: Quorum = .half, summary: String = "") {
        self.slug = slug
        self.title = title
        self.rule = rule
        self.quorum = quorum
        self.summary = summary
    }
}

public struct Contributor: Sendable {
    /// The file, relative to the content folder.
    public var file: String = ""
    public var handle: String
    public var name: String
    public var joined: Day?
    /// nil: the person counts as an organisation of their own.
    public var affiliation: String?
    public var links: [String] = []
    public var body: Markdown = .empty

    public init(handle: String, name: String, affiliation: String? = nil) {
        self.handle = handle
        self.name = name
        self.affiliation = affiliation
    }
}

public struct Proposal: Hashable, Sendable {
    /// The file, relative to the content folder.
    public var file: String = ""
    /// The path below `governance/`, without `.md`.
    public var id: String
    public var title: String
    public var author: String
    /// nil: a commons-wide proposal.
    public var project: String?
    public var opened: Day
    public var closes: Day
    public var rule: DecisionRule
    public var quorum: Quorum
    public var withdrawn: Bool = false
    /// In the order the file lists them.
    public var votes: [Vote] = []
    public var body: Markdown = .empty

    public init(id: String, title: String, author: String, project: String? = nil, opened: Day, closes: Day,
                rule: DecisionRule = .lazyConsensus, quorum: Quorum = .half, withdrawn: Bool = false, votes: [Vote] = []) {
        self.id = id
        self.title = title
        self.author = author
        self.project = project
        self.opened = opened
        self.closes = closes
        self.rule = rule
        self.quorum = quorum
        self.withdrawn = withdrawn
        self.votes = votes
    }
}

public struct Vote: Hashable, Sendable {
    public var voter: String
    public var value: VoteValue
    /// nil: undated votes count as cast in time.
    public var date: Day?
    public var comment: String?
    /// Where the vote is written, for diagnostics about it.
    public var position: Position = .file

    public init(voter: String, value: VoteValue, date: Day? = nil, comment: String? = nil) {
        self.voter = voter
        self.value = value
        self.date = date
        self.comment = comment
    }
}

/// A free page from `pages/`.
public struct Page: Sendable {
    /// The file, relative to the content folder.
    public var file: String = ""
    /// The path below `pages/`, without `.md`; also its URL.
    public var path: String
    public var title: String
    public var description: String
    public var body: Markdown = .empty

    public init(path: String, title: String, description: String = "") {
        self.path = path
        self.title = title
        self.description = description
    }
}
