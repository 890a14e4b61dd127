/// The closed sets of words the content format allows. Each lists its values in
/// the order the site and the report show them.

public enum Kind: String, CaseIterable, Sendable, Comparable {
    case code, docs, design, translation, review, testing, data, research, outreach, organizing, care, other
    public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
}

public enum Compensation: String, CaseIterable, Sendable {
    case unpaid, stipend, paid
}

public enum ProjectStatus: String, CaseIterable, Sendable {
    case active, incubating, dormant, archived
}

public enum VoteValue: String, CaseIterable, Sendable {
    case yes, no, abstain, block
}

/// How a proposal is decided (SPEC §3).
public enum DecisionRule: String, CaseIterable, Sendable {
    case lazyConsensus = "lazy-consensus"
    case consent, consensus, majority, supermajority

    /// Whether the rule asks for a quorum of eligible voters.
    public var needsQuorum: Bool {
        switch self {
        case .lazyConsensus, .consent: return false
        case .consensus, .majority, .supermajority: return true
        }
    }
}

/// A share of eligible voters, kept as the decimal the contributor wrote
/// (0.3 is 3/10, never 0.30000000000000004), so that quorum is exact.
public struct Quorum: Hashable, Sendable, CustomStringConvertible {
    public let numerator: Int
    /// A power of ten.
    public let scale: Int

    public init(numerator: Int, scale: Int) {
        self.numerator = numerator
        self.scale = scale
    }

    /// Parses a plain decimal in 0…1 (`0`, `1`, `0.5`, `.25`, `1.0`); nil otherwise.
    public init?(parsing text: String) {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || !fraction.isEmpty, whole.count + fraction.count > 0,
              whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
              fraction.count <= 9, whole.count <= 9 else { return nil }
        var scale = 1
        for _ in fraction { scale *= 10 }
        let numerator = (Int(whole.isEmpty ? "0" : whole)!) * scale + (Int(fraction.isEmpty ? "0" : fraction)!)
        guard numerator <= scale else { return nil }
        self.init(numerator: numerator, scale: scale)
    }

    public static let half = Quorum(numerator: 1, scale: 2)

    /// ⌈quorum × eligible⌉, in integers.
    public func votersNeeded(outOf eligible: Int) -> Int {
        (numerator * eligible + scale - 1) / scale
    }

    public var value: Double { Double(numerator) / Double(scale) }

    public var description: String {
        if numerator == 0 { return "0" }
        if numerator == scale { return "1" }
        var digits = String(numerator)
        let places = String(scale).count - 1
        if digits.count < places { digits = String(repeating: "0", count: places - digits.count) + digits }
        while digits.hasSuffix("0") { digits.removeLast() }
        return "0." + digits
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
