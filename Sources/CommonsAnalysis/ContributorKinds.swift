import CommonsModel

/// The kinds of work each person did (their page's "kinds of work"): per kind, the
/// contributions that list them (whole numbers) and their credited hours (hours/k), so
/// a person's kinds add up to their `ContributorFigures`.
func kindsByContributor(_ contributions: [Contribution]) -> [String: [Kind: KindTotals]] {
    var kinds: [String: [Kind: KindTotals]] = [:]
    for contribution in contributions {
        let handles = contribution.creditedHandles
        for handle in handles {
            kinds[handle, default: [:]][contribution.kind, default: KindTotals()].add(hours: contribution.hours / Double(handles.count))
        }
    }
    return kinds
}
