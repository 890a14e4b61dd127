import CommonsModel

/// The counted votes of a proposal, by value (SPEC §3).
public struct Tally: Hashable, Sendable {
    public var yes = 0
    public var no = 0
    public var abstain = 0
    public var block = 0

    public init(yes: Int = 0, no: Int = 0, abstain: Int = 0, block: Int = 0) {
        self.yes = yes
        self.no = no
        self.abstain = abstain
        self.block = block
    }

    public init(_ votes: [Vote]) {
        self.init()
        for vote in votes {
            switch vote.value {
            case .yes: yes += 1
            case .no: no += 1
            case .abstain: abstain += 1
            case .block: block += 1
            }
        }
    }

    /// Everyone who voted, abstentions included: what the quorum counts.
    public var voters: Int { yes + no + abstain + block }

    /// Votes against: the rules treat a no and a block alike except under consent.
    public var objections: Int { no + block }

    public subscript(_ value: VoteValue) -> Int {
        switch value {
        case .yes: return yes
        case .no: return no
        case .abstain: return abstain
        case .block: return block
        }
    }
}
