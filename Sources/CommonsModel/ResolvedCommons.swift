/// A commons as resolution made it, with what resolving found: what a preview keeps so
/// that after an edit of contribution files alone it patches the commons (`patched`)
/// rather than checking and sorting 50,000 contributions again.
public struct ResolvedCommons: Sendable {
    public let commons: Commons
    /// What resolving found but the copies.
    let found: [Diagnostic]
    /// Work recorded twice, by day (`Resolution.copies(among:)`).
    let copies: [Day: [Diagnostic]]
    let asOf: Day?

    /// Everything resolving found, in no order (a reading sorts its diagnostics).
    public var diagnostics: [Diagnostic] { found + copies.values.joined() }

    /// This commons with `drafts`, contribution files read again, in place of their earlier
    /// readings: nil unless each still names known people and a known project and is in
    /// this ledger under its day and id from the same file — so it was a valid contribution
    /// before and keeps its place — otherwise it is resolved whole.
    /// Its warnings are made again: its as-of warning, and the copies of its day.
    func patched(with drafts: [ContributionDraft]) -> ResolvedCommons? {
        var commons = commons
        let handles = Set(commons.contributors.map(\.handle))
        let projects = Dictionary(commons.projects.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var files = Set<String>()
        var days = Set<Day>()
        var warnings: [Diagnostic] = []
        for draft in drafts {
            var contribution = draft.contribution
            guard let project = projects[contribution.project], contribution.contributors.allSatisfy(handles.contains),
                  let place = commons.contributions.place(of: contribution),
                  commons.contributions[place].file == contribution.file
            else { return nil }
            Resolution.complete(&contribution, project: project)
            commons.contributions[place] = contribution
            files.insert(contribution.file)
            days.insert(contribution.date)
            if let warning = Resolution.afterAsOf(draft, asOf) { warnings.append(warning) }
        }
        // A valid contribution's only findings of its own are its as-of warning and copies.
        var copies = copies
        for day in days {
            let found = Resolution.copies(among: commons.contributions.all(of: day))
            copies[day] = found.isEmpty ? nil : found
        }
        return ResolvedCommons(commons: commons, found: found.filter { !files.contains($0.path) } + warnings,
                               copies: copies, asOf: asOf)
    }
}

extension [Contribution] {
    /// Where a contribution of this day and id is in a ledger sorted as resolution sorts it
    /// (`Resolution.inOrder`), found by halving.
    func place(of contribution: Contribution) -> Int? {
        let place = partitioningIndex { !Resolution.inOrder($0, contribution) }
        guard place < endIndex, self[place].date == contribution.date, self[place].id == contribution.id else { return nil }
        return place
    }

    /// The day's contributions, in a ledger sorted by day.
    func all(of day: Day) -> ArraySlice<Contribution> {
        let start = partitioningIndex { $0.date >= day }
        return self[start..<self[start...].partitioningIndex { $0.date > day }]
    }
}

extension RandomAccessCollection where Element == Contribution, Index == Int {
    fileprivate func partitioningIndex(where belongs: (Contribution) -> Bool) -> Int {
        var (low, high) = (startIndex, endIndex)
        while low < high {
            let middle = low + (high - low) / 2
            if belongs(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
