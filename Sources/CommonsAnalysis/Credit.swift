import CommonsModel

/// What a person earns from the contributions that list them (SPEC §2, Credit).
///
/// A contribution with k contributors gives each of them hours/k hours and 1/k of a
/// contribution. The fractional count feeds only the distribution figures; a person's
/// contribution count stays a whole number (see `ContributorFigures`).
public struct Credit: Equatable, Sendable {
    /// Σ 1/k over the contributions that list the person.
    public var contributions: Double = 0
    /// Σ hours/k over the contributions that list the person.
    public var hours: Double = 0

    public init(contributions: Double = 0, hours: Double = 0) {
        self.contributions = contributions
        self.hours = hours
    }

    /// Adds one contribution of `hours` shared by `k` people: 1/k of it and hours/k,
    /// in one access to a table's entry rather than two.
    mutating func add(hours: Double, sharedBy k: Double) {
        contributions += 1 / k
        self.hours += hours / k
    }

    /// The share the distribution figures read on a basis.
    public func share(on basis: Basis) -> Double {
        basis == .hours ? hours : contributions
    }
}

extension Contribution {
    /// The people credited, each once, in the order the file lists them.
    /// (The loader rejects a handle listed twice; this keeps credit whole if one slips by.)
    var creditedHandles: [String] {
        // Read for every contribution by every figure: skip the work for the usual case.
        guard contributors.count > 1 else { return contributors }
        // Co-authors listed once each, as nearly always: the list itself, not a new one.
        let contributors = contributors
        if !contributors.indices.contains(where: { index in contributors[..<index].contains(contributors[index]) }) {
            return contributors
        }
        var handles: [String] = []
        for handle in contributors where !handles.contains(handle) { handles.append(handle) }
        return handles
    }
}

/// Each person's credit summed over some contributions.
func creditByPerson(_ contributions: [Contribution]) -> [String: Credit] {
    var credit: [String: Credit] = [:]
    for contribution in contributions {
        let handles = contribution.creditedHandles
        let k = Double(handles.count)
        for handle in handles { credit[handle, default: Credit()].add(hours: contribution.hours, sharedBy: k) }
    }
    return credit
}
