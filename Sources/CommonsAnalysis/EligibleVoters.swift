import CommonsModel

/// Who may vote on a proposal (SPEC §3): people with a contribution to its project (to
/// any project for a commons-wide proposal) dated in [opened − eligibility_days, opened],
/// plus the project's maintainers and the proposal's author.
///
/// Built once per analysis: for every project, and for the commons as a whole, each
/// person's contribution days in order. A proposal then costs one binary search per
/// person in its scope rather than a pass over the ledger, which keeps a thousand
/// proposals over fifty thousand contributions fast.
struct EligibleVoters {
    /// Scope (a project slug, or nil for the commons) → people sorted by handle, each with
    /// their contribution days (as ordinals) ascending.
    private let contributors: [String?: [(handle: String, days: [Int])]]
    private let maintainers: [String: [String]]
    /// Slug → title, so a reason names a project as its readers know it.
    private let titles: [String: String]
    private let eligibilityDays: Int

    init(contributions: [Contribution], projects: [Project], eligibilityDays: Int) {
        var days: [String?: [String: [Int]]] = [:]
        for contribution in contributions {
            for handle in contribution.creditedHandles {
                days[contribution.project, default: [:]][handle, default: []].append(contribution.date.ordinal)
                days[nil, default: [:]][handle, default: []].append(contribution.date.ordinal)
            }
        }
        contributors = days.mapValues { byHandle in
            byHandle.map { (handle: $0.key, days: $0.value.sorted()) }.sorted { $0.handle < $1.handle }
        }
        maintainers = Dictionary(projects.map { ($0.slug, $0.maintainers) }, uniquingKeysWith: { first, _ in first })
        titles = Dictionary(projects.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
        self.eligibilityDays = eligibilityDays
    }

    /// The project's title; the slug when no project has it.
    func title(ofProject slug: String) -> String { titles[slug] ?? slug }

    /// The days whose contributions make a person eligible.
    func window(for proposal: Proposal) -> ClosedRange<Day> {
        proposal.opened.adding(days: -eligibilityDays)...proposal.opened
    }

    /// The eligible voters' handles, sorted.
    func voters(for proposal: Proposal) -> [String] {
        let window = window(for: proposal)
        // The scope's people are already sorted by handle, so the contributors come out
        // sorted; the few maintainers and the author are merged in by binary search
        // rather than re-sorting thousands of handles per proposal.
        var voters = (contributors[proposal.project] ?? [])
            .filter { Self.hasDay(in: window, $0.days) }
            .map(\.handle)
        for handle in maintainers(of: proposal) + [proposal.author] {
            let index = voters.insertionIndex(of: handle)
            if index == voters.count || voters[index] != handle { voters.insert(handle, at: index) }
        }
        return voters
    }

    func maintainers(of proposal: Proposal) -> [String] {
        proposal.project.flatMap { maintainers[$0] } ?? []
    }

    /// Whether some day of the ascending `days` lies in the window: the first day not
    /// before the window's start, found by binary search, is not after its end.
    static func hasDay(in window: ClosedRange<Day>, _ days: [Int]) -> Bool {
        let first = days.insertionIndex(of: window.lowerBound.ordinal)
        return first < days.count && days[first] <= window.upperBound.ordinal
    }
}

extension Array where Element: Comparable {
    /// In a sorted array, the index of the first element not less than `value`.
    func insertionIndex(of value: Element) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether a sorted array holds `value`, by binary search.
    func sortedContains(_ value: Element) -> Bool {
        let index = insertionIndex(of: value)
        return index < count && self[index] == value
    }
}
