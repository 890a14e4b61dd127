import CommonsModel

/// Placeholder until the analysis layer lands: votes that will not be counted.
enum VoteCheck {
    static func warnings(_ commons: Commons, asOf: Day) -> [Diagnostic] { [] }
}
