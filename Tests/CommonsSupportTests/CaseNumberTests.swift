import Testing
import CommonsSupport

@Suite struct CaseNumberTests {
    enum Word: String, CaseIterable, Hashable {
        case first = "zebra", second = "apple", third = "zebra-2"
        static func == (a: Word, b: Word) -> Bool { caseNumber(of: a) == caseNumber(of: b) }
        func hash(into hasher: inout Hasher) { hasher.combine(caseNumber(of: self)) }
    }

    /// Through `Hashable`, as a dictionary hashes.
    func digest<Value: Hashable>(_ value: Value) -> Int {
        var hasher = Hasher()
        hasher.combine(value)
        return hasher.finalize()
    }

    func equal<Value: Equatable>(_ a: Value, _ b: Value) -> Bool { a == b }

    @Test func aCaseIsHashedAndComparedAsItsPlace() {
        for (place, word) in Word.allCases.enumerated() {
            #expect(caseNumber(of: word) == UInt8(place))
            #expect(digest(word) == digest(UInt8(place)))
            #expect(digest(word) != digest(word.rawValue))
            for other in Word.allCases { #expect(equal(word, other) == (word.rawValue == other.rawValue)) }
        }
        let table = Dictionary(uniqueKeysWithValues: Word.allCases.map { ($0, $0.rawValue) })
        #expect(Word.allCases.allSatisfy { table[$0] == $0.rawValue })
    }
}
