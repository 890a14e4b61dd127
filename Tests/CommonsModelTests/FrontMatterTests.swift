import Testing
@testable import CommonsModel

@Suite("Front matter: YAML syntax, duplicate keys, types")
struct FrontMatterTests {
    @Test func yamlSyntaxErrorIsMappedIntoTheFile() throws {
        let content = try TemporaryContent(["contributors/ines.md": "---\nname: Ines\nlinks: [https://a.example\n---\n"])
        let lines = content.check()
        #expect(lines.count == 1)
        #expect(lines[0].hasPrefix("contributors/ines.md:4:1: error: YAML syntax error: did not find expected ',' or ']'"))
    }

    @Test func duplicateKeyPointsAtTheSecond() throws {
        let content = try TemporaryContent(["contributors/ines.md": "---\nname: Ines\njoined: 2026-01-01\nname: Inès\n---\n"])
        #expect(content.check() == [
            "contributors/ines.md:4:1: error: duplicate field 'name' (first given on line 2); keep one",
        ])
    }

    @Test func missingRequiredFields() throws {
        let content = try TemporaryContent(["contributions/a.md": contribution("contributor: amara\nkind: code")])
        #expect(content.check() == [
            "contributions/a.md:1:1: error: missing required field 'date'",
            "contributions/a.md:1:1: error: missing required field 'project'",
        ])
    }

    @Test func aListWhereTextBelongs() throws {
        let content = try TemporaryContent(["contributors/ines.md": "---\nname: [Ines, Dupont]\n---\n"])
        #expect(content.check() == ["contributors/ines.md:2:7: error: 'name' should be text, found a list"])
    }

    @Test func aWordWhereANumberBelongs() throws {
        let content = try TemporaryContent(["contributions/a.md": contribution("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code\nhours: two")])
        #expect(content.check() == ["contributions/a.md:6:8: error: 'hours' should be a number of hours like 2 or 1.5, found 'two'"])
    }

    @Test func aWordWhereADateBelongs() throws {
        let content = try TemporaryContent(["contributions/a.md": contribution("contributor: amara\nproject: maps\ndate: March 3rd\nkind: code")])
        #expect(content.check() == ["contributions/a.md:4:7: error: 'date' should be a date like 2026-03-14, found 'March 3rd'"])
    }

    @Test func impossibleDate() throws {
        let content = try TemporaryContent(["contributions/a.md": contribution("contributor: amara\nproject: maps\ndate: 2026-02-29\nkind: code")])
        #expect(content.check() == ["contributions/a.md:4:7: error: 'date' is 2026-02-29, which is not a day of the calendar"])
    }

    @Test func leapDayIsADay() throws {
        let content = try TemporaryContent(["contributions/a.md": contribution("contributor: amara\nproject: maps\ndate: 2024-02-29\nkind: code")])
        #expect(content.check().isEmpty)
    }

    /// A misspelt field is ignored, and its default silently changes the figures: said.
    @Test func anUnknownFieldSaysWhatLeavingItsFieldOutDoes() throws {
        let content = try TemporaryContent(["contributions/a.md": "---\ncontributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code\nhour: 2\npaid: yes\n---\n"])
        #expect(content.check() == [
            "contributions/a.md:6:1: warning: unknown field 'hour'; did you mean 'hours'? As written, no hours are recorded for this work",
            "contributions/a.md:7:1: warning: unknown field 'paid'; did you mean 'compensation'? As written, this work counts as unpaid",
        ])
    }

    @Test func unknownFieldNamesTheNearest() throws {
        let content = try TemporaryContent(["contributors/ines.md": "---\nname: Ines\naffiliaton: Library\n---\n"])
        #expect(content.check() == ["contributors/ines.md:3:1: warning: unknown field 'affiliaton'; did you mean 'affiliation'? As written, this person counts as their own organisation"])
    }

    @Test func yesAndNoStayVotesAndDatesStayDays() throws {
        let content = try TemporaryContent(["governance/p.md": """
            ---
            title: >-
              Adopt a
              folded title
            author: amara
            opened: 2026-01-10
            votes:
              amara: yes
              jonas: {vote: no, date: 2026-01-12, comment: "Too soon"}
            ---
            """])
        let result = content.load()
        #expect(result.diagnostics.isEmpty)
        let proposal = try #require(result.commons?.proposals.first)
        #expect(proposal.title == "Adopt a folded title")
        #expect(proposal.opened == Day(year: 2026, month: 1, day: 10))
        #expect(proposal.closes == Day(year: 2026, month: 1, day: 24))
        #expect(proposal.votes.map(\.value) == [.yes, .no])
        #expect(proposal.votes[1].date == Day(year: 2026, month: 1, day: 12))
        #expect(proposal.votes[1].comment == "Too soon")
    }

    @Test func aHashAfterOneSpaceCutsTheValueShort() throws {
        let content = try TemporaryContent(["projects/kettles.md": "---\ntitle: Kettles #2\nlicense: MIT\n---\n"])
        #expect(content.check() == [
            "projects/kettles.md:2:16: warning: ' #' starts a comment, so 'title' is 'Kettles' and the rest of the line is left out; to keep it, put the value in quotes: title: \"Kettles #2\"",
        ])
    }

    @Test func aHashAfterOneSpaceInAList() throws {
        let content = try TemporaryContent(["projects/kettles.md": "---\ntitle: Kettles\nlicense: MIT\ntags:\n  - kettles #2\n---\n"])
        #expect(content.check() == [
            "projects/kettles.md:5:13: warning: ' #' starts a comment, so the value is 'kettles' and the rest of the line is left out; to keep it, put the value in quotes: - \"kettles #2\"",
        ])
    }

    @Test func aCommentSetOffByTwoSpacesIsACommentAsMeant() throws {
        let content = try TemporaryContent(["projects/kettles.md": "---\ntitle: Kettles  # the name on the door\nlicense: MIT\nrepository:   # none yet\n# notes\n---\n"])
        #expect(content.check() == [])
    }

    @Test func aRequiredValueThatStartsWithAHash() throws {
        let content = try TemporaryContent(["projects/kettles.md": "---\ntitle: #2 kettles\nlicense: MIT\n---\n"])
        #expect(content.check() == [
            "projects/kettles.md:2:8: error: 'title' is empty: its value starts with '#', which makes it a comment; put the value in quotes: title: \"#2 kettles\"",
        ])
    }

    @Test func anOptionalValueThatStartsWithAHash() throws {
        let content = try TemporaryContent(["contributors/ines.md": "---\nname: Ines\naffiliation: #1 Library\n---\n"])
        #expect(content.check() == [
            "contributors/ines.md:3:14: warning: 'affiliation' is empty: its value starts with '#', which makes it a comment; put the value in quotes: affiliation: \"#1 Library\"",
        ])
    }

    @Test func anAliasedValueCutShortIsReportedOnce() throws {
        let content = try TemporaryContent(["projects/kettles.md": "---\ntitle: &t Kettles #2\nsummary: *t\nlicense: MIT\n---\n"])
        #expect(content.check() == [
            "projects/kettles.md:2:19: warning: ' #' starts a comment, so 'title' is 'Kettles' and the rest of the line is left out; to keep it, put the value in quotes: title: \"Kettles #2\"",
        ])
    }
}
