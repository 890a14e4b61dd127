/// Holders' shares of a scope, largest first with ties broken by name, and their total:
/// the order in which the bus factor, the elephant factor and the top-10 share read them.
///
/// Ranking ties by name makes every figure (and every "who" list) deterministic.
struct RankedShares<Holder: Hashable & Comparable> {
    let ranked: [(holder: Holder, share: Double)]
    /// The sum in ranked order, so the last running total equals it exactly.
    let total: Double

    init(_ shares: [Holder: Double]) {
        ranked = shares.map { (holder: $0.key, share: $0.value) }.sorted {
            $0.share != $1.share ? $0.share > $1.share : $0.holder < $1.holder
        }
        total = ranked.reduce(0) { $0 + $1.share }
    }

    var shares: [Double] { ranked.map(\.share) }
}
