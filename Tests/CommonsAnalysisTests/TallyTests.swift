import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing

@Suite struct TallyTests {
    @Test func countsEachValue() {
        let tally = Tally([vote("ana", .yes), vote("ben", .yes), vote("cy", .no), vote("dee", .abstain), vote("eve", .block)])
        #expect(tally == Tally(yes: 2, no: 1, abstain: 1, block: 1))
        #expect(tally[.yes] == 2)
    }

    @Test func abstentionsAreVotersButNotObjections() {
        let tally = Tally(yes: 1, no: 2, abstain: 3, block: 4)
        #expect(tally.voters == 10)
        #expect(tally.objections == 6)
    }

    @Test func noVotesIsAnEmptyTally() {
        #expect(Tally([]) == Tally())
        #expect(Tally().voters == 0)
    }
}
