import Testing
@testable import CommonsModel

@Suite("Vocabularies and their synonyms")
struct VocabularyTests {
    func check<T: Vocabulary>(_ type: T.Type) {
        let values = Set(T.allCases.map(\.rawValue))
        for (word, _) in T.synonyms {
            // Each is looked up lowercased and trimmed, and is not a value itself.
            #expect(word == Suggestion.normalized(word), "\(word)")
            #expect(!values.contains(word), "\(word)")
        }
    }

    @Test func synonymsAreLookedUpAsListed() {
        check(Kind.self)
        check(Compensation.self)
        check(ProjectStatus.self)
        check(VoteValue.self)
        check(DecisionRule.self)
    }

    /// Hashed and compared by case through `Hashable`, as the figures' tables do, not by
    /// their raw text (the `RawRepresentable` default).
    @Test func wordsAreHashedByTheirCase() {
        func digest<Value: Hashable>(_ value: Value) -> Int {
            var hasher = Hasher()
            hasher.combine(value)
            return hasher.finalize()
        }
        func byCase<Word: Vocabulary & Hashable>(_ type: Word.Type) -> Bool {
            type.allCases.enumerated().allSatisfy { place, word in
                digest(word) == digest(UInt8(place)) && type.allCases.allSatisfy { ($0 == word) == ($0.rawValue == word.rawValue) }
            }
        }
        #expect(byCase(Kind.self) && byCase(Compensation.self) && byCase(VoteValue.self) && byCase(DecisionRule.self))
    }
}
