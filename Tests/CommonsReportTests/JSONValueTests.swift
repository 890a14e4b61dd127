@testable import CommonsReport
import Testing

@Suite struct JSONValueTests {
    @Test func numbers() {
        #expect(JSONValue.int(3).text == "3\n")
        #expect(JSONValue.float(27).text == "27.0\n")
        #expect(JSONValue.float(0.1).text == "0.1\n")
        #expect(JSONValue.float(1.0 / 3).text == "0.3333333333333333\n")
        #expect(JSONValue.float(.nan).text == "null\n")
    }

    @Test func keysAreSortedAndIndentedOneSpacePerLevel() {
        let value = JSONValue.object(["b": .array([.int(1), .null]), "a": .object(["z": .bool(true)]), "A": .string("x")])
        #expect(value.text == """
            {
             "A": "x",
             "a": {
              "z": true
             },
             "b": [
              1,
              null
             ]
            }

            """)
    }

    @Test func emptyContainersStayOnOneLine() {
        #expect(JSONValue.object(["k": .object([:]), "l": .array([])]).text == "{\n \"k\": {},\n \"l\": []\n}\n")
    }

    @Test func stringsAreEscaped() {
        #expect(JSONValue.string("a\"b\\c\nd\u{1}é").text == "\"a\\\"b\\\\c\\nd\\u0001é\"\n")
    }
}
