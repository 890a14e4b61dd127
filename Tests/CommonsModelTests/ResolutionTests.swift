import Testing
@testable import CommonsModel

@Suite("References between files: handles and slugs")
struct ResolutionTests {
    @Test func unknownProjectSuggestsTheNearest() throws {
        let content = try TemporaryContent(["contributions/a.md": contribution("contributor: amara\nproject: mpas\ndate: 2026-03-01\nkind: code")])
        #expect(content.check() == ["contributions/a.md:3:10: error: unknown project 'mpas'; did you mean 'maps'?"])
    }

    @Test func unknownContributorInACoAuthoredList() throws {
        let content = try TemporaryContent(["contributions/a.md": contribution("contributors: [amara, jnas]\nproject: maps\ndate: 2026-03-01\nkind: code")])
        #expect(content.check() == ["contributions/a.md:2:23: error: unknown contributor 'jnas'; did you mean 'jonas'?"])
    }

    /// One pass reports every mistake: a file that cannot be read whole still has the
    /// people and project it names checked.
    @Test func aContributionWithABadFieldStillHasItsReferencesChecked() throws {
        let content = try TemporaryContent(["contributions/a.md": contribution("contributor: amra\nproject: mpas\ndate: last tuesday\nkind: code")])
        let found = content.check()
        #expect(found.contains("contributions/a.md:2:14: error: unknown contributor 'amra'; did you mean 'amara'?"))
        #expect(found.contains("contributions/a.md:3:10: error: unknown project 'mpas'; did you mean 'maps'?"))
        #expect(found.contains { $0.hasPrefix("contributions/a.md:4:7: error:") })
        #expect(found.count == 3)
    }

    @Test func aProposalWithoutATitleStillHasItsReferencesChecked() throws {
        let content = try TemporaryContent(["governance/p.md": """
            ---
            author: amra
            project: map
            opened: 2026-01-10
            votes:
              ghost: no
            ---
            """])
        #expect(content.check() == [
            "governance/p.md:1:1: error: missing required field 'title'",
            "governance/p.md:2:9: error: unknown author 'amra': no file contributors/amra.md; did you mean 'amara'?",
            "governance/p.md:3:10: error: unknown project 'map'; did you mean 'maps'?",
            "governance/p.md:6:3: error: vote by unknown contributor 'ghost'; every voter needs a file in contributors/",
        ])
    }

    @Test func aCopiedContributionIsNamedAsACopy() throws {
        let work = contribution("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code\nhours: 2")
        let content = try TemporaryContent(["contributions/2026/03/a.md": work, "contributions/2026/03/a-copy.md": work,
                                            "contributions/2026/03/b.md": contribution("contributor: amara\nproject: maps\ndate: 2026-03-01\nkind: code\nhours: 3")])
        #expect(content.check() == [
            "contributions/2026/03/a-copy.md:1:1: warning: the same work as contributions/2026/03/a.md (people, project, day, kind, hours and title): a copy? It is counted twice",
        ])
    }

    /// A copy is told by the work's people in any order, project, kind, hours,
    /// compensation and title — the title as text: "é" as one code point or as "e" and a
    /// combining accent (as text pasted from some systems comes) is the same title, so
    /// the same work, with the same hash.
    @Test func recordedWorkIsEqualAndHashedAlikeForTheSameText() {
        var first = Contribution(id: "a", contributors: ["amara", "jonas"], project: "maps",
                                 date: Day(parsing: "2026-03-01")!, kind: .code, hours: 2, title: "Caf\u{E9} map")
        var second = first
        second.title = "Cafe\u{301} map"
        second.contributors = ["jonas", "amara"]
        #expect(RecordedWork(contribution: first) == RecordedWork(contribution: second))
        #expect(RecordedWork(contribution: first).hashValue == RecordedWork(contribution: second).hashValue)
        first.hours = 3
        #expect(RecordedWork(contribution: first) != RecordedWork(contribution: second))
    }

    @Test func aSecondFileForTheSamePersonIsNamed() throws {
        let content = try TemporaryContent(["contributors/amara-2.md": "---\nname: amara okafor\n---\n"])
        #expect(content.check() == [
            "contributors/amara-2.md:1:1: warning: 'amara okafor' is also contributors/amara.md: the same person twice? Their work is split between two handles",
        ])
    }

    @Test func aDateThatDisagreesWithItsFolderIsNamed() throws {
        let content = try TemporaryContent(["contributions/2026/11/a.md": contribution("contributor: amara\nproject: maps\ndate: 2025-11-29\nkind: code"),
                                            "contributions/loose.md": contribution("contributor: amara\nproject: maps\ndate: 2025-11-29\nkind: care")])
        #expect(content.check() == [
            "contributions/2026/11/a.md:4:7: warning: dated 2025-11-29 but filed under 2026/11/: fix the date, or move the file to contributions/2025/11/",
        ])
    }

    @Test func aVoteDatedBeforeTheProposalOpenedIsNamed() throws {
        let content = try TemporaryContent(["governance/p.md": "---\ntitle: P\nauthor: amara\nopened: 2026-03-10\nvotes:\n  jonas: {vote: yes, date: 2025-03-11}\n  amara: {vote: yes, date: 2026-03-11}\n---\n"])
        #expect(content.check() == [
            "governance/p.md:6:3: warning: the vote of 'jonas' is dated 2025-03-11, before the proposal opened (2026-03-10); it is counted, but check both dates",
        ])
    }

    @Test func bothContributorAndContributors() throws {
        let content = try TemporaryContent(["contributions/a.md": contribution("contributor: amara\ncontributors: [jonas]\nproject: maps\ndate: 2026-03-01\nkind: code")])
        #expect(content.check() == [
            "contributions/a.md:3:1: error: give either 'contributor' (one person) or 'contributors' (a list), not both",
        ])
    }

    @Test func emptyContributorsList() throws {
        let content = try TemporaryContent(["contributions/a.md": contribution("contributors: []\nproject: maps\ndate: 2026-03-01\nkind: code")])
        #expect(content.check() == ["contributions/a.md:2:15: error: 'contributors' is an empty list; name at least one person"])
    }

    @Test func noContributorAtAll() throws {
        let content = try TemporaryContent(["contributions/a.md": contribution("project: maps\ndate: 2026-03-01\nkind: code")])
        #expect(content.check() == [
            "contributions/a.md:1:1: error: missing required field 'contributor' (or 'contributors' for co-authored work)",
        ])
    }

    @Test func unknownMaintainer() throws {
        let content = try TemporaryContent(["projects/maps.md": "---\ntitle: Maps\nlicense: MIT\nmaintainers:\n  - amara\n  - jona\n---\n"])
        #expect(content.check() == [
            "projects/maps.md:6:5: error: unknown maintainer 'jona': no file contributors/jona.md; did you mean 'jonas'?",
        ])
    }

    @Test func unknownAuthorProjectAndVoter() throws {
        let content = try TemporaryContent(["governance/p.md": """
            ---
            title: P
            author: amra
            project: map
            opened: 2026-01-10
            votes:
              amara: yes
              ghost: no
            ---
            """])
        #expect(content.check() == [
            "governance/p.md:3:9: error: unknown author 'amra': no file contributors/amra.md; did you mean 'amara'?",
            "governance/p.md:4:10: error: unknown project 'map'; did you mean 'maps'?",
            "governance/p.md:8:3: error: vote by unknown contributor 'ghost'; every voter needs a file in contributors/",
        ])
    }

    @Test func datedAfterTheAsOfDayIsAWarning() throws {
        let content = try TemporaryContent([
            "contributions/a.md": contribution("contributor: amara\nproject: maps\ndate: 2026-07-01\nkind: code"),
            "governance/p.md": "---\ntitle: P\nauthor: amara\nopened: 2026-08-01\n---\n",
        ])
        #expect(content.check() == [
            "contributions/a.md:4:7: warning: dated 2026-07-01, after the as-of day 2026-06-30; left out of the figures until then",
            "governance/p.md:4:9: warning: opened 2026-08-01, after the as-of day 2026-06-30; left out until then",
        ])
    }

    @Test func projectWithoutLicense() throws {
        let content = try TemporaryContent(["projects/maps.md": "---\ntitle: Maps\n---\n"])
        #expect(content.check() == [
            "projects/maps.md:1:1: warning: project has no 'license': without one, others cannot safely reuse its work",
        ])
    }

    @Test func defaultsComeFromProjectThenCommons() throws {
        let content = try TemporaryContent([
            "commons.md": "---\ntitle: T\ngovernance:\n  rule: consent\n  quorum: 0.3\n  window_days: 7\n---\n",
            "projects/seeds.md": "---\ntitle: Seeds\nlicense: CC0-1.0\ngovernance: majority\nquorum: 0.25\n---\nWe keep seeds.\n\nMore.\n",
            "governance/a.md": "---\ntitle: A\nauthor: amara\nproject: seeds\nopened: 2026-01-10\n---\n",
            "governance/b.md": "---\ntitle: B\nauthor: amara\nopened: 2026-01-10\n---\n",
        ])
        let commons = try #require(content.load().commons)
        let a = try #require(commons.proposals.first { $0.id == "a" })
        let b = try #require(commons.proposals.first { $0.id == "b" })
        #expect((a.rule, a.quorum, a.closes.description) == (.majority, Quorum(numerator: 25, scale: 100), "2026-01-17"))
        #expect((b.rule, b.quorum.description) == (.consent, "0.3"))
        #expect(commons.projects.first { $0.slug == "seeds" }?.summary == "We keep seeds.")
    }

    // MARK: Causes first

    @Test func aBrokenProjectFileCausesEveryReferenceToIt() throws {
        let content = try TemporaryContent([
            "projects/repair-cafe.md": "---\ntitle: \"Repair Café\nlicense: MIT\n---\n",
            "contributions/a.md": contribution("contributor: amara\nproject: repair-cafe\ndate: 2026-03-01\nkind: code"),
            "contributions/b.md": contribution("contributor: jonas\nproject: repair-cafe\ndate: 2026-03-02\nkind: code"),
            "governance/p.md": "---\ntitle: P\nauthor: amara\nproject: repair-cafe\nopened: 2026-01-10\n---\n",
        ])
        let diagnostics = content.load().diagnostics
        let caused = diagnostics.filter { $0.causedBy != nil }
        #expect(caused.map(\.path) == ["contributions/a.md", "contributions/b.md", "governance/p.md"])
        #expect(caused.allSatisfy { $0.causedBy == "projects/repair-cafe.md" })
        #expect(caused.first?.message == "unknown project 'repair-cafe': projects/repair-cafe.md could not be read")
        let own = diagnostics.filter { $0.causedBy == nil }
        #expect(!own.isEmpty && own.allSatisfy { $0.path == "projects/repair-cafe.md" })

        let text = DiagnosticFormat.text.render(diagnostics, folder: ".").split(separator: "\n")
        #expect(text.first?.hasPrefix("projects/repair-cafe.md:2:") == true)
        #expect(text.filter { $0.contains("follow from") } == [
            "projects/repair-cafe.md: note: … and 3 more problems in 3 files that follow from projects/repair-cafe.md (fix it first)",
        ])
        #expect(!text.contains { $0.hasPrefix("contributions/") || $0.hasPrefix("governance/") })
        let json = DiagnosticFormat.json.render(diagnostics, folder: ".")
        #expect(json.components(separatedBy: "\"caused_by\": \"projects/repair-cafe.md\"").count - 1 == 3)
        let github = DiagnosticFormat.github.render(diagnostics, folder: "Content")
        #expect(github.split(separator: "\n").filter { $0.hasPrefix("::notice") }.count == 1)
        #expect(!github.contains("contributions/"))
    }

    @Test func aBrokenContributorFileCausesEveryReferenceToThem() throws {
        let content = try TemporaryContent([
            "contributors/jonas.md": "---\nname: Jonas\n  affiliation: [Library\n---\n",
            "projects/maps.md": "---\ntitle: Maps\nlicense: MIT\nmaintainers: [amara, jonas]\n---\n",
            "contributions/a.md": contribution("contributors: [amara, jonas]\nproject: maps\ndate: 2026-03-01\nkind: code"),
            "governance/p.md": "---\ntitle: P\nauthor: jonas\nopened: 2026-01-10\nvotes:\n  jonas: yes\n---\n",
        ])
        let diagnostics = content.load().diagnostics
        let caused = diagnostics.filter { $0.causedBy != nil }
        #expect(Set(caused.map(\.path)) == ["projects/maps.md", "contributions/a.md", "governance/p.md"])
        #expect(caused.count == 4)
        #expect(caused.allSatisfy { $0.causedBy == "contributors/jonas.md" })
        #expect(caused.map(\.message).contains("unknown maintainer 'jonas': contributors/jonas.md could not be read"))
        #expect(caused.map(\.message).contains("vote by unknown contributor 'jonas': contributors/jonas.md could not be read"))
        #expect(diagnostics.filter { $0.causedBy == nil }.allSatisfy { $0.path == "contributors/jonas.md" })
        let text = DiagnosticFormat.text.render(diagnostics, folder: ".")
        #expect(text.hasPrefix("contributors/jonas.md:"))
        #expect(text.hasSuffix("contributors/jonas.md: note: … and 4 more problems in 3 files that follow from contributors/jonas.md (fix it first)\n"))
    }

    @Test func anUnknownProjectWithNoFileIsStillATypo() throws {
        let content = try TemporaryContent([
            "projects/repair-cafe.md": "---\ntitle: \"Repair Café\nlicense: MIT\n---\n",
            "contributions/a.md": contribution("contributor: amara\nproject: mpas\ndate: 2026-03-01\nkind: code"),
        ])
        let typo = content.load().diagnostics.filter { $0.path == "contributions/a.md" }
        #expect(typo.map(\.description) == ["contributions/a.md:3:10: error: unknown project 'mpas'; did you mean 'maps'?"])
        #expect(typo.first?.causedBy == nil)
    }
}
