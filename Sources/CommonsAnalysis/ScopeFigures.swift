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
