import CommonsAnalysis
import CommonsModel
import Testing

@Suite struct DecisionRuleOutcomeTests {
    /// SPEC §3's table, quorum aside, as (rule, yes, no, abstain, block, accepted).
    @Test(arguments: [
        (DecisionRule.lazyConsensus, 0, 0, 0, 0, true),   // silence is consent
        (.lazyConsensus, 3, 0, 2, 0, true),
        (.lazyConsensus, 5, 1, 0, 0, false),
        (.lazyConsensus, 5, 0, 0, 1, false),
        (.consent, 0, 0, 0, 0, true),
        (.consent, 1, 3, 0, 0, true),                     // a no is not a block
        (.consent, 5, 0, 0, 1, false),
        (.consensus, 0, 0, 0, 0, false),                  // needs a yes
        (.consensus, 0, 0, 4, 0, false),
        (.consensus, 1, 0, 5, 0, true),
        (.consensus, 3, 1, 0, 0, false),
        (.consensus, 3, 0, 0, 1, false),
        (.majority, 2, 1, 0, 0, true),
        (.majority, 2, 1, 0, 1, false),                   // blocks count against
        (.majority, 0, 0, 3, 0, false),
        (.supermajority, 1, 0, 0, 0, true),
        (.supermajority, 2, 1, 0, 0, true),               // exactly two to one
        (.supermajority, 3, 1, 0, 1, false),
        (.supermajority, 0, 0, 2, 0, false),              // needs a yes
    ])
    func accepts(rule: DecisionRule, yes: Int, no: Int, abstain: Int, block: Int, accepted: Bool) {
        #expect(rule.accepts(Tally(yes: yes, no: no, abstain: abstain, block: block)) == accepted)
    }

    @Test func rulesInWords() {
        #expect(DecisionRule.allCases.map(\.words) == ["lazy consensus", "consent", "consensus", "majority", "supermajority"])
    }
}
