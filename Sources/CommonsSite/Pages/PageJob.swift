import CommonsSupport

/// One page to draw: where it goes, which kind of page it is (and so which template draws
/// it, with which values), and how to build those values. The values are built when the
/// page is drawn, on whichever core takes it, so a big site never holds every page's
/// values at once.
///
/// A class: a plan passes each of tens of thousands of jobs to the closures that draw
/// and fingerprint it, and a copy of a struct of five references counted each.
final class PageJob: Sendable {
    let path: PagePath
    let kind: PageKind
    let section: SiteSection
    /// The content file the page comes from, to name in a diagnostic when two pages
    /// would be written to the same URL.
    let source: String?
    let context: @Sendable () -> [String: Any]
    /// What the page's own values are made of, named by the model — a contribution, the
    /// people and the project it refers to — for a page kind that can say so: a preview
    /// then tells whether the page changed from these, without building its values
    /// (`PageFingerprint`). nil: the values are built and fingerprinted whole.
    let sources: (@Sendable (inout Hasher) -> Void)?

    init(path: PagePath, kind: PageKind, section: SiteSection, source: String?,
         context: @escaping @Sendable () -> [String: Any], sources: (@Sendable (inout Hasher) -> Void)? = nil) {
        (self.path, self.kind, self.section, self.source) = (path, kind, section, source)
        (self.context, self.sources) = (context, sources)
    }
}

/// The parts of the site the main navigation names; a page marks its own as current.
enum SiteSection: String, Sendable, CaseIterable {
    case home, projects, contributors, contributions, governance, stats
    /// Only on a site with search.
    case search
    /// Free pages and the 404 page: in no section.
    case other

    // By the case, not the raw text (`caseNumber(of:)`): every page's fingerprint hashes its section.
    static func == (a: SiteSection, b: SiteSection) -> Bool { caseNumber(of: a) == caseNumber(of: b) }
    func hash(into hasher: inout Hasher) { hasher.combine(caseNumber(of: self)) }

    var label: String {
        switch self {
        case .home: return "Home"
        case .projects: return "Projects"
        case .contributors: return "People"
        case .contributions: return "Ledger"
        case .governance: return "Governance"
        case .stats: return "Statistics"
        case .search: return "Search"
        case .other: return ""
        }
    }

    var path: PagePath {
        switch self {
        case .home, .other: return .home
        case .projects: return .projects
        case .contributors: return .contributors
        case .contributions: return .ledger(page: 1)
        case .governance: return .governance
        case .stats: return .stats
        case .search: return .search
        }
    }
}
