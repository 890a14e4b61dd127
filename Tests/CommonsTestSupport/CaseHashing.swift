/// Whether every case of `type` is hashed, through `Hashable` as a table hashes it, as
/// its place in the declaration, and compared equal exactly when the raw values are: what
/// `caseNumber(of:)` gives the enums that figures and fingerprints look up by the thousand.
public func hashesByCase<Case: RawRepresentable & CaseIterable & Hashable>(_ type: Case.Type) -> Bool
where Case.RawValue: Equatable {
    func digest<Value: Hashable>(_ value: Value) -> Int {
        var hasher = Hasher()
        hasher.combine(value)
        return hasher.finalize()
    }
    return type.allCases.enumerated().allSatisfy { place, word in
        digest(word) == digest(UInt8(place)) && type.allCases.allSatisfy { ($0 == word) == ($0.rawValue == word.rawValue) }
    }
}
