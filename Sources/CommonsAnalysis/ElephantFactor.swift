/// An organisation that credit is summed by for the elephant factor (SPEC §2): the
/// person's `affiliation`, or the person alone when they give none. The two cases are
/// kept apart so that a handle never merges with an affiliation spelled the same.
public enum Organisation: Hashable, Comparable, Sendable, CustomStringConvertible {
    case affiliation(String)
    case person(handle: String)

    public init(handle: String, affiliation: String?) {
        self = affiliation.map(Organisation.affiliation) ?? .person(handle: handle)
    }

    public var description: String {
        switch self {
        case .affiliation(let name): return name
        case .person(let handle): return handle
        }
    }
}

/// People's shares summed by organisation.
func organisationShares(_ shares: [String: Double], affiliation: (String) -> String?) -> [Organisation: Double] {
    var byOrganisation: [Organisation: Double] = [:]
    for (handle, share) in shares {
        byOrganisation[Organisation(handle: handle, affiliation: affiliation(handle)), default: 0] += share
    }
    return byOrganisation
}

/// The elephant factor: the bus factor over organisations.
func elephantFactor(_ shares: [String: Double], affiliation: (String) -> String?) -> Int {
    busFactor(RankedShares(organisationShares(shares, affiliation: affiliation)))
}
