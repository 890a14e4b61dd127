@testable import CommonsAuthoring
import Testing

/// What a person types is what the file says: quoted where YAML would read it otherwise.
@Suite struct YAMLScalarTests {
    @Test func plainWhereYAMLReadsTheSameString() {
        #expect(YAMLScalar.text("Open on Sundays") == "Open on Sundays")
        #expect(YAMLScalar.text("José Müller") == "José Müller")
    }

    @Test func quotedWhereItWouldNot() {
        #expect(YAMLScalar.text("Kellbridge: Commons") == "\"Kellbridge: Commons\"")
        #expect(YAMLScalar.text("yes") == "\"yes\"")
        #expect(YAMLScalar.text("2026") == "\"2026\"")
        #expect(YAMLScalar.text("#1 priority") == "\"#1 priority\"")
        #expect(YAMLScalar.text("say \"hi\" \\ bye") == "\"say \\\"hi\\\" \\\\ bye\"")
        #expect(YAMLScalar.text("[draft]") == "\"[draft]\"")
        #expect(YAMLScalar.text("Tool library, 2nd shed") == "\"Tool library, 2nd shed\"")
        // Escaped as in JSON, which YAML's double quotes read the same way.
        #expect(YAMLScalar.text("tab\there\u{1}") == "\"tab\\there\\u0001\"")
    }
}
