import CommonsModel

/// How much of a scope's work was unpaid, on a stipend or paid (SPEC §2): shares of the
/// total hours, or of the contribution count when nobody recorded hours; all 0 for an
/// empty scope. The three add up to 1 otherwise.
public struct CompensationShares: Hashable, Sendable {
    public var unpaid: Double
    public var stipend: Double
    public var paid: Double

    public init(unpaid: Double, stipend: Double, paid: Double) {
        self.unpaid = unpaid
        self.stipend = stipend
        self.paid = paid
    }

    public init(_ contributions: [Contribution]) {
        let totalHours = contributions.reduce(0) { $0 + $1.hours }
        let basis = Basis(totalHours: totalHours)
        var amount: [Compensation: Double] = [:]
        for contribution in contributions {
            amount[contribution.compensation, default: 0] += basis == .hours ? contribution.hours : 1
        }
        let total = basis == .hours ? totalHours : Double(contributions.count)
        func share(_ compensation: Compensation) -> Double {
            total > 0 ? (amount[compensation] ?? 0) / total : 0
        }
        self.init(unpaid: share(.unpaid), stipend: share(.stipend), paid: share(.paid))
    }

    public subscript(_ compensation: Compensation) -> Double {
        switch compensation {
        case .unpaid: return unpaid
        case .stipend: return stipend
        case .paid: return paid
        }
    }
}
