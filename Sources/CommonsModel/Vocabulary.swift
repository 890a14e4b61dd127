import CommonsSupport

/// The closed sets of words the content format allows. Each lists its values in
/// the order the site and the report show them.

/// A closed set of words, with the other words people write for them.
public protocol Vocabulary: RawRepresentable, CaseIterable where RawValue == String {
    /// Words (lowercase) that mean one of the values: `+1` is a yes, though its spelling
    /// is nearer 'no'. They are looked up before spelling, so that a suggestion never
    /// flips the meaning; only words with one clear meaning belong here.
    static var synonyms: [String: Self] { get }
}

public enum Kind: String, CaseIterable, Sendable, Comparable, Vocabulary {
    case code, docs, design, translation, review, testing, data, research, outreach, organizing, care, other
    public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    // By the case, not the raw text (`caseNumber(of:)`).
    public static func == (a: Kind, b: Kind) -> Bool { caseNumber(of: a) == caseNumber(of: b) }
    public func hash(into hasher: inout Hasher) { hasher.combine(caseNumber(of: self)) }

    public static let synonyms: [String: Kind] = [
        "coding": .code, "programming": .code, "development": .code, "developing": .code, "dev": .code,
        "software": .code,
        "documentation": .docs, "documenting": .docs, "doc": .docs,
        "translating": .translation, "translations": .translation, "translate": .translation,
        "localization": .translation, "localisation": .translation, "l10n": .translation,
        "designing": .design, "graphic design": .design, "ux": .design, "ui": .design,
        "reviewing": .review, "code review": .review, "peer review": .review, "proofreading": .review,
        "test": .testing, "tests": .testing, "qa": .testing, "quality assurance": .testing,
        "dataset": .data, "datasets": .data, "data entry": .data, "data collection": .data,
        "researching": .research,
        "communication": .outreach, "communications": .outreach, "comms": .outreach, "promotion": .outreach,
        "publicity": .outreach, "marketing": .outreach,
        "organising": .organizing, "organization": .organizing, "organisation": .organizing,
        "coordination": .organizing, "coordinating": .organizing, "facilitation": .organizing,
        "facilitating": .organizing, "admin": .organizing, "administration": .organizing,
        "caring": .care, "care work": .care, "caregiving": .care,
        "misc": .other, "miscellaneous": .other,
    ]
}

public enum Compensation: String, CaseIterable, Sendable, Vocabulary {
    case unpaid, stipend, paid
    // By the case, not the raw text (`caseNumber(of:)`).
    public static func == (a: Compensation, b: Compensation) -> Bool { caseNumber(of: a) == caseNumber(of: b) }
    public func hash(into hasher: inout Hasher) { hasher.combine(caseNumber(of: self)) }

    public static let synonyms: [String: Compensation] = [
        "volunteer": .unpaid, "volunteered": .unpaid, "volunteering": .unpaid, "voluntary": .unpaid,
        "none": .unpaid, "no": .unpaid, "free": .unpaid, "pro bono": .unpaid,
        "grant": .stipend, "bursary": .stipend, "fellowship": .stipend, "scholarship": .stipend,
        "honorarium": .stipend, "allowance": .stipend,
        "salary": .paid, "salaried": .paid, "wage": .paid, "wages": .paid, "employed": .paid,
        "employment": .paid, "contract": .paid, "contractor": .paid, "hired": .paid, "invoiced": .paid,
    ]
}

public enum ProjectStatus: String, CaseIterable, Sendable, Vocabulary {
    case active, incubating, dormant, archived

    public static let synonyms: [String: ProjectStatus] = [
        "live": .active, "ongoing": .active, "running": .active,
        "incubator": .incubating, "new": .incubating, "starting": .incubating, "planned": .incubating,
        "inactive": .dormant, "paused": .dormant, "on hold": .dormant, "on-hold": .dormant, "stalled": .dormant,
        "idle": .dormant, "sleeping": .dormant,
        "done": .archived, "finished": .archived, "completed": .archived, "complete": .archived,
        "retired": .archived, "ended": .archived, "closed": .archived,
    ]
}

public enum VoteValue: String, CaseIterable, Sendable, Vocabulary {
    case yes, no, abstain, block
    // By the case, not the raw text (`caseNumber(of:)`): person pages hash every vote.
    public static func == (a: VoteValue, b: VoteValue) -> Bool { caseNumber(of: a) == caseNumber(of: b) }
    public func hash(into hasher: inout Hasher) { hasher.combine(caseNumber(of: self)) }

    public static let synonyms: [String: VoteValue] = [
        "+1": .yes, "y": .yes, "approve": .yes, "approved": .yes, "agree": .yes, "agreed": .yes, "aye": .yes,
        "yea": .yes, "yeah": .yes, "yep": .yes, "ok": .yes, "okay": .yes, "accept": .yes, "in favour": .yes,
        "in favor": .yes, "for": .yes, "support": .yes, "👍": .yes,
        "-1": .no, "−1": .no, "n": .no, "disagree": .no, "nay": .no, "nope": .no, "against": .no,
        "reject": .no, "oppose": .no, "👎": .no,
        "0": .abstain, "+0": .abstain, "-0": .abstain, "abstained": .abstain, "abstention": .abstain,
        "neutral": .abstain,
        "veto": .block, "object": .block, "objection": .block, "blocked": .block, "blocking": .block,
    ]
}

/// How a proposal is decided (SPEC §3).
public enum DecisionRule: String, CaseIterable, Sendable, Vocabulary {
    case lazyConsensus = "lazy-consensus"
    case consent, consensus, majority, supermajority
    // By the case, not the raw text (`caseNumber(of:)`).
    public static func == (a: DecisionRule, b: DecisionRule) -> Bool { caseNumber(of: a) == caseNumber(of: b) }
    public func hash(into hasher: inout Hasher) { hasher.combine(caseNumber(of: self)) }

    public static let synonyms: [String: DecisionRule] = [
        "lazy": .lazyConsensus, "silence": .lazyConsensus,
        "sociocracy": .consent, "sociocratic": .consent, "no objection": .consent,
        "unanimous": .consensus, "unanimity": .consensus,
        "simple majority": .majority,
        "two-thirds": .supermajority, "two thirds": .supermajority, "2/3": .supermajority,
        "qualified majority": .supermajority,
    ]

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
