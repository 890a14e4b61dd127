import Testing
@testable import CommonsModel

@Suite("Values outside an enum or range")
struct ValueTests {
    func check(_ fields: String) throws -> [String] {
        try TemporaryContent(["contributions/a.md": contribution(fields)]).check()
    }

    @Test func misspelledKindSuggestsTheNearest() throws {
        #expect(try check("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: cdoe") == [
            "contributions/a.md:5:7: error: unknown kind 'cdoe'; did you mean 'code'?",
        ])
    }

    @Test func kindFarFromAnyListsThemAll() throws {
        #expect(try check("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: gardening") == [
            "contributions/a.md:5:7: error: unknown kind 'gardening' (expected one of: code, docs, design, translation, review, testing, data, research, outreach, organizing, care, other)",
        ])
    }

    @Test func compensation() throws {
        #expect(try check("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code\ncompensation: piad") == [
            "contributions/a.md:6:15: error: unknown compensation 'piad'; did you mean 'paid'?",
        ])
    }

    @Test func negativeHours() throws {
        #expect(try check("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code\nhours: -2") == [
            "contributions/a.md:6:8: error: 'hours' cannot be negative, found -2",
        ])
    }

    @Test func projectStatus() throws {
        let content = try TemporaryContent(["projects/maps.md": "---\ntitle: Maps\nlicense: MIT\nstatus: archive\n---\n"])
        #expect(content.check() == ["projects/maps.md:4:9: error: unknown status 'archive'; did you mean 'archived'?"])
    }

    @Test func ruleAndQuorum() throws {
        let content = try TemporaryContent(["governance/p.md": "---\ntitle: P\nauthor: amara\nopened: 2026-01-10\nrule: majorty\nquorum: 1.5\n---\n"])
        #expect(content.check() == [
            "governance/p.md:5:7: error: unknown rule 'majorty'; did you mean 'majority'?",
            "governance/p.md:6:9: error: 'quorum' must be between 0 and 1 (a share of eligible voters, like 0.5), found 1.5",
        ])
    }

    @Test func voteValue() throws {
        let content = try TemporaryContent(["governance/p.md": "---\ntitle: P\nauthor: amara\nopened: 2026-01-10\nvotes:\n  amara: blokc\n---\n"])
        #expect(content.check() == ["governance/p.md:6:10: error: unknown vote 'blokc'; did you mean 'block'?"])
    }

    @Test func closesBeforeOpened() throws {
        let content = try TemporaryContent(["governance/p.md": "---\ntitle: P\nauthor: amara\nopened: 2026-01-10\ncloses: 2026-01-05\n---\n"])
        #expect(content.check() == [
            "governance/p.md:5:9: error: 'closes' (2026-01-05) is before 'opened' (2026-01-10); a proposal cannot close before it opens",
        ])
    }

    @Test func commonsSettingsRanges() throws {
        let content = try TemporaryContent(["commons.md": "---\ntitle: T\nactive_days: 0\ngovernance:\n  rule: consnsus\n  window_days: soon\n---\n"])
        #expect(content.check() == [
            "commons.md:3:14: error: 'active_days' should be at least 1, found 0",
            "commons.md:5:9: error: unknown rule 'consnsus'; did you mean 'consensus'?",
            "commons.md:6:16: error: 'governance.window_days' should be a whole number of days, at least 1, found 'soon'",
        ])
    }

    @Test func searchIsOffUnlessCommonsMdTurnsItOn() throws {
        let off = try TemporaryContent([:]).load()
        #expect(off.commons?.settings.search == false)
        let on = try TemporaryContent(["commons.md": "---\ntitle: T\nsearch: true\n---\n"]).load()
        #expect(on.commons?.settings.search == true)
        #expect(on.diagnostics.isEmpty)
        let content = try TemporaryContent(["commons.md": "---\ntitle: T\nsearch: sometimes\n---\n"])
        #expect(content.check() == ["commons.md:3:9: error: 'search' should be true or false, found 'sometimes'"])
    }
}
