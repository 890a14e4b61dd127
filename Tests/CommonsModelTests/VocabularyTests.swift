import Testing
@testable import CommonsModel
import CommonsTestSupport

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
        #expect(hashesByCase(Kind.self) && hashesByCase(Compensation.self) && hashesByCase(VoteValue.self)
                && hashesByCase(DecisionRule.self))
    }
}
