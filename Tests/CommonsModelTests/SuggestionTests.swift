import Testing
@testable import CommonsModel

/// Suggestions by meaning first, then by spelling; never one that flips the meaning.
@Suite("Suggestions: the word meant, not only the nearest spelling")
struct SuggestionTests {
    func vote(_ word: String) throws -> [String] {
        try TemporaryContent(["governance/p.md": "---\ntitle: P\nauthor: amara\nopened: 2026-01-10\nvotes:\n  amara: \(word)\n---\n"]).check()
    }

    func contribution(_ field: String) throws -> [String] {
        try TemporaryContent(["contributions/a.md": CommonsModelTests.contribution("contributor: amara\nproject: maps\ndate: 2026-03-01\n" + field)]).check()
    }

    @Test(arguments: [("+1", "yes"), ("y", "yes"), ("approve", "yes"), ("agree", "yes"), ("Agree", "yes"),
                      ("-1", "no"), ("n", "no"), ("disagree", "no"),
                      ("0", "abstain"), ("abstention", "abstain"),
                      ("veto", "block"), ("object", "block")])
    func voteSynonymsSuggestTheVoteMeant(word: String, meant: String) throws {
        #expect(try vote(word) == ["governance/p.md:6:10: error: unknown vote '\(word)'; did you mean '\(meant)'?"])
    }

    @Test func aVoteInAMapGetsTheSameSuggestion() throws {
        let content = try TemporaryContent(["governance/p.md": "---\ntitle: P\nauthor: amara\nopened: 2026-01-10\nvotes:\n  amara: {vote: +1, date: 2026-01-11}\n---\n"])
        #expect(content.check() == ["governance/p.md:6:17: error: unknown vote '+1'; did you mean 'yes'?"])
    }

    @Test func aShortWordIsNotATypoOfAnother() throws {
        // 'si' is two edits from 'no', as many as it has letters: a suggestion that flips
        // the meaning is worse than none.
        #expect(try vote("si") == ["governance/p.md:6:10: error: unknown vote 'si' (expected one of: yes, no, abstain, block)"])
        #expect(try vote("ok") == ["governance/p.md:6:10: error: unknown vote 'ok'; did you mean 'yes'?"])
    }

    @Test func realTyposStillGetTheNearestSpelling() throws {
        #expect(try vote("yse") == ["governance/p.md:6:10: error: unknown vote 'yse'; did you mean 'yes'?"])
        #expect(try contribution("kind: docss") == ["contributions/a.md:5:7: error: unknown kind 'docss'; did you mean 'docs'?"])
    }

    @Test(arguments: [("volunteer", "unpaid"), ("none", "unpaid"), ("Grant", "stipend"), ("salary", "paid")])
    func compensationSynonyms(word: String, meant: String) throws {
        #expect(try contribution("kind: code\ncompensation: \(word)") == [
            "contributions/a.md:6:15: error: unknown compensation '\(word)'; did you mean '\(meant)'?",
        ])
    }

    @Test(arguments: [("coding", "code"), ("documentation", "docs"), ("translating", "translation"),
                      ("organising", "organizing"), ("code review", "review")])
    func kindSynonyms(word: String, meant: String) throws {
        #expect(try contribution("kind: \(word)") == [
            "contributions/a.md:5:7: error: unknown kind '\(word)'; did you mean '\(meant)'?",
        ])
    }

    @Test func statusAndRuleSynonyms() throws {
        let content = try TemporaryContent([
            "projects/maps.md": "---\ntitle: Maps\nlicense: MIT\nstatus: paused\ngovernance: two-thirds\n---\n",
        ])
        #expect(content.check() == [
            "projects/maps.md:4:9: error: unknown status 'paused'; did you mean 'dormant'?",
            "projects/maps.md:5:13: error: unknown rule 'two-thirds'; did you mean 'supermajority'?",
        ])
    }

    @Test func aSynonymOfAnotherVocabularyIsNotSuggested() {
        // 'volunteer' means unpaid for compensation, nothing for a vote.
        #expect(Suggestion.nearest(to: "volunteer", in: ["yes", "no", "abstain", "block"], synonyms: ["volunteer": "unpaid"]) == nil)
    }
}
