/// What a scope's distribution figures measure (SPEC §2, Basis): hours when anyone
/// recorded hours in the scope, else contributions, so that a project that never
/// tracks time still gets a bus factor.
public enum Basis: String, Sendable, CaseIterable {
    case hours, contributions

    /// Hours when the scope's total hours are above zero.
    public init(totalHours: Double) {
        self = totalHours > 0 ? .hours : .contributions
    }
}
