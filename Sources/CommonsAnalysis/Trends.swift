import CommonsModel
import CommonsSupport

/// Whether things are getting better: the bus factor, the active people and the unpaid
/// share of the commons and of each project, at the end of each of the 23 months before
/// the as-of day's month and on the as-of day itself (SPEC §4, `trends`).
///
/// Each point holds exactly what an analysis as of its day gives. It is not made by 24
/// analyses, though: the ledger is sorted by day, so the work up to a day is a prefix of
/// it, and one walk through each scope's contributions adds credit in the very order an
/// analysis sums it — the same floating-point sums, so the same figures to the last bit.
public struct Trends: Sendable {
    /// How many points each trend has: two years of month ends, the last one "so far".
    public static let points = 24

    public let commons: [TrendPoint]
    /// Per project slug, every project (one without work has points of zero).
    public let projects: [String: [TrendPoint]]
    /// What each scope's points were traced from, for the next tracing to compare with.
    private let traced: Traced

    /// - Parameter earlier: the trends of the same commons before an edit (a preview's):
    ///   a scope whose contributions, days and active window are as they were takes its
    ///   points from them, since a walk of the same contributions gives the same points.
    public init(commons model: Commons, asOf: Day, reusing earlier: Trends? = nil) {
        let days = Trends.days(asOf: asOf)
        let activeDays = model.settings.activeDays
        // Contributions after the as-of day are past every point, so they are never read.
        let contributions = model.contributions
        let slugs = model.projects.map(\.slug)
        let past = earlier.flatMap { $0.traced.days == days && $0.traced.activeDays == activeDays ? $0 : nil }
        let (commons, (projects, byProject)) = both({
            past.flatMap { $0.traced.contributions == contributions ? $0.commons : nil }
                ?? TrendPoint.walk(contributions, days: days, activeDays: activeDays)
        }, {
            let byProject = Dictionary(grouping: contributions, by: \.project)
            let points = slugs.parallelMap { slug in
                let scope = byProject[slug] ?? []
                return past.flatMap { $0.traced.byProject[slug] ?? [] == scope ? $0.projects[slug] : nil }
                    ?? TrendPoint.walk(scope, days: days, activeDays: activeDays)
            }
            return (Dictionary(zip(slugs, points), uniquingKeysWith: { first, _ in first }), byProject)
        })
        (self.commons, self.projects) = (commons, projects)
        traced = Traced(days: days, activeDays: activeDays, contributions: contributions, byProject: byProject)
    }

    /// The contributions grouped by project, when the trends were traced from exactly
    /// `contributions` (the same array, so told at once); nil otherwise.
    func byProject(of contributions: [Contribution]) -> [String: [Contribution]]? {
        traced.contributions == contributions ? traced.byProject : nil
    }

    private struct Traced: Sendable {
        let days: [Day]
        let activeDays: Int
        let contributions: [Contribution]
        let byProject: [String: [Contribution]]
    }

    /// The last day of each of the 23 months before the as-of day's month, then the day.
    public static func days(asOf: Day) -> [Day] {
        (1..<points).reversed().map { Month(index: asOf.month.index - $0 + 1).firstDay.adding(days: -1) } + [asOf]
    }
}

/// One day of a trend: the figures an analysis as of that day gives the scope.
public struct TrendPoint: Sendable, Hashable {
    public let asOf: Day
    public let busFactor: Int
    public let activeContributors: Int
    public let unpaidShare: Double
    /// The as-of day's own point: its month is not over, so its figures are not final.
    public let soFar: Bool

    /// Whether the scope had any work by the day: without, every figure is 0 for want of
    /// a scope, not for want of health. (Any work gives a bus factor of at least 1.)
    public var hasWork: Bool { busFactor > 0 }

    public init(asOf: Day, busFactor: Int, activeContributors: Int, unpaidShare: Double, soFar: Bool) {
        self.asOf = asOf
        self.busFactor = busFactor
        self.activeContributors = activeContributors
        self.unpaidShare = unpaidShare
        self.soFar = soFar
    }

    /// The points of one scope: its contributions in the ledger's order (day, then id)
    /// walked once, the figures read off at each day. Sums run as `ScopeFigures` and
    /// `CompensationShares` run them, so the figures are theirs exactly.
    static func walk(_ contributions: [Contribution], days: [Day], activeDays: Int) -> [TrendPoint] {
        /// A person's credit so far, and their last day of work so far: active on a day
        /// when it is within `activeDays` of it. Counted so, not by gathering each window's
        /// people into a set, which hashed every handle of three months of work 24 times.
        struct Person {
            var credit = Credit()
            var last: Day?
        }
        var people: [String: Person] = [:]
        var hours = 0.0
        var unpaidHours = 0.0
        var unpaidCount = 0
        var next = 0
        return days.enumerated().map { index, day in
            while next < contributions.count && contributions[next].date <= day {
                let contribution = contributions[next]
                let handles = contribution.creditedHandles
                let k = Double(handles.count)
                for handle in handles {
                    modify(&people[handle, default: Person()]) { person in
                        person.credit.add(hours: contribution.hours, sharedBy: k)
                        person.last = max(person.last ?? contribution.date, contribution.date)
                    }
                }
                hours += contribution.hours
                if contribution.compensation == .unpaid {
                    unpaidHours += contribution.hours
                    unpaidCount += 1
                }
                next += 1
            }
            let basis = Basis(totalHours: hours)
            let unpaid = basis == .hours ? unpaidHours : Double(unpaidCount)
            let total = basis == .hours ? hours : Double(next)
            let since = day.adding(days: -(activeDays - 1))
            return TrendPoint(asOf: day, busFactor: CommonsAnalysis.busFactor(RankedShares(people.mapValues { $0.credit.share(on: basis) })),
                              activeContributors: people.values.count { $0.last.map { $0 >= since } ?? false },
                              unpaidShare: total > 0 ? unpaid / total : 0, soFar: index == days.count - 1)
        }
    }
}
