import Testing
import CommonsSupport
import CommonsTestSupport

@Suite struct CaseNumberTests {
    enum Word: String, CaseIterable, Hashable {
        case first = "zebra", second = "apple", third = "zebra-2"
        static func == (a: Word, b: Word) -> Bool { caseNumber(of: a) == caseNumber(of: b) }
        func hash(into hasher: inout Hasher) { hasher.combine(caseNumber(of: self)) }
    }

    @Test func aCaseIsHashedAndComparedAsItsPlace() {
        #expect(hashesByCase(Word.self))
        for (place, word) in Word.allCases.enumerated() {
            #expect(caseNumber(of: word) == UInt8(place))
            #expect(word.hashValue != word.rawValue.hashValue)
        }
        let table = Dictionary(uniqueKeysWithValues: Word.allCases.map { ($0, $0.rawValue) })
        #expect(Word.allCases.allSatisfy { table[$0] == $0.rawValue })
    }
}
