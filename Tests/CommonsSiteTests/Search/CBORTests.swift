import Testing
@testable import CommonsSite

@Suite struct CBORTests {
    /// ["Type", [["Person", [1, 2]], ["Page", [300]]]], as Pagefind writes a filter.
    let filter: [UInt8] = CBOR.head(CBOR.Major.array, 2) + CBOR.text("Type") + CBOR.head(CBOR.Major.array, 2)
        + CBOR.head(CBOR.Major.array, 2) + CBOR.text("Person") + [0x82, 0x01, 0x02]
        + CBOR.head(CBOR.Major.array, 2) + CBOR.text("Page") + [0x81, 0x19, 0x01, 0x2c]

    @Test func theItemsOfAnArrayAreFoundWhole() throws {
        let parts = try CBOR.items(ofArrayIn: filter, at: 0)
        #expect(parts.count == 2)
        #expect(try CBOR.text(in: filter, at: parts[0].lowerBound) == "Type")
        let values = try CBOR.items(ofArrayIn: filter, at: parts[1].lowerBound)
        #expect(values.count == 2)
        #expect(values[1].upperBound == filter.count)
        let page = try CBOR.items(ofArrayIn: filter, at: values[1].lowerBound)
        #expect(try CBOR.text(in: filter, at: page[0].lowerBound) == "Page")
        #expect(Array(filter[page[1]]) == [0x81, 0x19, 0x01, 0x2c])
    }

    @Test func headsTakeTheFewestBytes() {
        #expect(CBOR.head(CBOR.Major.array, 23) == [0x97])
        #expect(CBOR.head(CBOR.Major.array, 24) == [0x98, 24])
        #expect(CBOR.head(CBOR.Major.text, 300) == [0x79, 0x01, 0x2c])
        #expect(CBOR.head(CBOR.Major.array, 70_000) == [0x9a, 0x00, 0x01, 0x11, 0x70])
        #expect(CBOR.text("é") == [0x62, 0xc3, 0xa9])
    }

    @Test func aCutOffItemIsMalformedNotACrash() {
        #expect(throws: CBOR.Malformed.self) { try CBOR.items(ofArrayIn: Array(filter.dropLast(2)), at: 0) }
        #expect(throws: CBOR.Malformed.self) { try CBOR.end(of: [0x9f], at: 0) }
        #expect(throws: CBOR.Malformed.self) { try CBOR.text(in: [0x01], at: 0) }
    }
}
