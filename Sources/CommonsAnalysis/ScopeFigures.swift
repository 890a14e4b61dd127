import CommonsModel

/// The figures of one scope — the whole commons or one project — as of a day (SPEC §2).
public struct ScopeFigures: Sendable {
    public let contributions: Int
    /// Total hours recorded in the scope.
    public let hours: Double
    /// People with credit in the scope (listed on at least one of its contributions).
    public let contributors: Int
    /// People with a contribution in the last `active_days` days up to the as-of day.
    public let activeContributors: Int
    /// What the distribution figures below measure.
    public let basis: Basis
    /// Each person's credit on the basis, largest first, ties by handle.
    public let ranking: [(handle: String, share: Double)]
    public let busFactor: Int
    /// The people the bus factor counts, largest share first.
    public let busFactorPeople: [String]
    public let elephantFactor: Int
    /// The organisations the elephant factor counts, largest share first.
    public let elephantOrganisations: [Organisation]
    public let gini: Double
    public let top10Share: Double
    public let compensation: CompensationShares
    /// Only the kinds that occur.
    public let kinds: [Kind: KindTotals]
    /// First contribution's month through the as-of day's month; empty for an empty scope.
    public let months: [MonthFigures]

    /// - Parameters:
    ///   - contributions: the scope's contributions, none dated after `asOf`.
    ///   - affiliation: a person's affiliation, nil when they count as their own organisation.
    public init(contributions: [Contribution], asOf: Day, activeDays: Int, affiliation: (String) -> String?) {
        let credit = creditByPerson(contributions)
        let totalHours = contributions.reduce(0) { $0 + $1.hours }
        let basis = Basis(totalHours: totalHours)
        let shares = credit.mapValues { $0.share(on: basis) }
        let ranked = RankedShares(shares)
        let activeSince = asOf.adding(days: -(activeDays - 1))

        self.contributions = contributions.count
        hours = totalHours
        contributors = credit.count
        activeContributors = Set(contributions.lazy.filter { $0.date >= activeSince }.flatMap(\.creditedHandles)).count
        self.basis = basis
        ranking = ranked.ranked.map { (handle: $0.holder, share: $0.share) }
        busFactor = CommonsAnalysis.busFactor(ranked)
        busFactorPeople = busFactorHolders(ranked)
        let organisations = RankedShares(organisationShares(shares, affiliation: affiliation))
        elephantFactor = CommonsAnalysis.busFactor(organisations)
        elephantOrganisations = busFactorHolders(organisations)
        gini = CommonsAnalysis.gini(ranked.shares)
        top10Share = topTenShare(ranked)
        compensation = CompensationShares(contributions)
        kinds = kindTotals(contributions)
        months = monthlySeries(contributions, through: asOf.month)
    }
}

/// Every figure, compared and hashed field by field (`ranking`'s pairs are tuples, which
/// the synthesised conformance cannot take): a site's preview fingerprints a project's
/// page by its figures whole. A field added above must be added to both.
extension ScopeFigures: Hashable {
    public static func == (a: ScopeFigures, b: ScopeFigures) -> Bool {
        a.contributions == b.contributions && a.hours == b.hours && a.contributors == b.contributors
            && a.activeContributors == b.activeContributors && a.basis == b.basis
            && a.ranking.elementsEqual(b.ranking, by: { $0.handle == $1.handle && $0.share == $1.share })
            && a.busFactor == b.busFactor && a.busFactorPeople == b.busFactorPeople && a.elephantFactor == b.elephantFactor
            && a.elephantOrganisations == b.elephantOrganisations && a.gini == b.gini && a.top10Share == b.top10Share
            && a.compensation == b.compensation && a.kinds == b.kinds && a.months == b.months
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(contributions)
        hasher.combine(hours)
        hasher.combine(contributors)
        hasher.combine(activeContributors)
        hasher.combine(basis)
        hasher.combine(ranking.count)
        for (handle, share) in ranking {
            hasher.combine(handle)
            hasher.combine(share)
        }
        hasher.combine(busFactor)
        hasher.combine(busFactorPeople)
        hasher.combine(elephantFactor)
        hasher.combine(elephantOrganisations)
        hasher.combine(gini)
        hasher.combine(top10Share)
        hasher.combine(compensation)
        hasher.combine(kinds)
        hasher.combine(months)
    }
}
