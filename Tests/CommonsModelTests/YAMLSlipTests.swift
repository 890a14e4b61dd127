import Testing
@testable import CommonsModel

/// The commonest YAML slips, said in plain words at the place that causes them.
@Suite("YAML slips in plain words")
struct YAMLSlipTests {
    func check(_ file: String) throws -> [String] {
        try TemporaryContent(["projects/kettles.md": file]).check()
    }

    @Test func aTabUsedForIndentation() throws {
        #expect(try check("---\ntitle: Kettles\nlicense: MIT\ntags:\n\t- repair\n---\n") == [
            "projects/kettles.md:5:1: error: a tab is used to indent this line; indent with spaces instead (YAML does not allow tabs for indentation)",
        ])
    }

    @Test func aTabAfterSpacesAndATabBeforeAField() throws {
        #expect(try check("---\ntitle: Kettles\nlicense: MIT\ntags:\n  \t- repair\n---\n") == [
            "projects/kettles.md:5:3: error: a tab is used to indent this line; indent with spaces instead (YAML does not allow tabs for indentation)",
        ])
        #expect(try check("---\ntitle: Kettles\n\tlicense: MIT\n---\n") == [
            "projects/kettles.md:3:1: error: a tab is used to indent this line; indent with spaces instead (YAML does not allow tabs for indentation)",
        ])
    }

    @Test func aColonInAValue() throws {
        #expect(try check("---\ntitle: Repair: kettles\nlicense: MIT\n---\n") == [
            "projects/kettles.md:2:14: error: a value containing ': ' must be in quotes; write title: \"Repair: kettles\"",
        ])
    }

    @Test func aColonInAValueWithQuotesInIt() throws {
        #expect(try check("---\ntitle: Repair: \"kettles\"\nlicense: MIT\n---\n") == [
            "projects/kettles.md:2:14: error: a value containing ': ' must be in quotes; write title: 'Repair: \"kettles\"'",
        ])
    }

    @Test func aFieldIndentedBySlip() throws {
        #expect(try check("---\ntitle: Kettles\n license: MIT\n---\n") == [
            "projects/kettles.md:3:1: error: this line is indented, so 'license:' reads as more of the 'title' value above; remove the space before 'license'",
        ])
    }

    @Test func aColonInAValueThatGoesOnOverLines() throws {
        #expect(try check("---\ntitle: Kettles\nlicense: MIT\nsummary: We repair\n  things: kettles\n---\n") == [
            "projects/kettles.md:5:9: error: a ': ' here would start a new field; if it belongs to the text, put the whole value in quotes",
        ])
    }

    @Test func aQuoteNeverClosedIsReportedWhereItOpens() throws {
        #expect(try check("---\ntitle: \"Repair kettles\nlicense: MIT\n---\n") == [
            "projects/kettles.md:2:8: error: the quote \" that opens here is never closed; end the value with \", like title: \"Repair kettles\"",
        ])
    }

    @Test func aQuoteLeftOpenUntilTheNextValue() throws {
        #expect(try check("---\ntitle: 'Repair kettles\nlicense: 'MIT'\n---\n") == [
            "projects/kettles.md:2:8: error: the quote ' that opens here is never closed on its line, so the value runs on to the ' on line 3; end the value with ', like title: 'Repair kettles'",
        ])
    }

    @Test func anApostropheInSingleQuotes() throws {
        #expect(try check("---\ntitle: 'Amara's kettles'\nlicense: MIT\n---\n") == [
            "projects/kettles.md:2:14: error: this ' ends the quoted value early; to keep ' in the value, put the value in \" quotes instead, like title: \"Amara's kettles\"",
        ])
    }

    @Test func aQuoteInDoubleQuotesInAList() throws {
        #expect(try check("---\ntitle: Kettles\nlicense: MIT\ntags:\n  - \"the \"best\" kettles\"\n---\n") == [
            "projects/kettles.md:5:10: error: this \" ends the quoted value early; to keep \" in the value, put the value in ' quotes instead, like - 'the \"best\" kettles'",
        ])
    }

    @Test func otherSyntaxErrorsKeepLibyamlsWords() throws {
        #expect(try check("---\ntitle: Kettles\nlicense: MIT\ntags: [repair\n---\n") == [
            "projects/kettles.md:5:1: error: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence",
        ])
    }
}
