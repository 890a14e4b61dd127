/// The case of an enum without payloads as a number: its place in the declaration,
/// which is how such an enum is stored.
///
/// An enum with raw values is hashed and compared by its raw text unless it says
/// otherwise: the standard library's `RawRepresentable` defaults win over the conformance
/// the compiler would make. Kinds and compensations are looked up in tables for each of
/// 50,000 contributions by every figure, so those enums hash and compare this instead,
/// as members of their own (a protocol extension does not take the defaults' place).
/// Inlinable: made generic in another module, it would copy each value through its type.
@inlinable public func caseNumber<Case: RawRepresentable & CaseIterable>(of value: Case) -> UInt8 {
    // An enum with raw values has no payloads; more than 256 cases would take two bytes.
    assert(MemoryLayout<Case>.size <= 1, "\(Case.self) is not stored as one byte")
    return withUnsafeBytes(of: value) { $0.isEmpty ? 0 : $0[0] }
}
