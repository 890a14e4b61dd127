/// The bus factor (SPEC §2): the fewest holders whose shares, largest first, reach at
/// least half of the total; 0 when the total is 0.
///
/// Shares are sums of hours/k in binary floating point, so an exact half (0.3 of
/// 0.1 + 0.2 + 0.3) can come out one rounding error short. A running total within a
/// billionth of the half counts as reaching it.
func busFactor<Holder>(_ shares: RankedShares<Holder>) -> Int {
    guard shares.total > 0 else { return 0 }
    let half = shares.total / 2
    let slack = shares.total * 1e-9
    var running = 0.0
    for (index, entry) in shares.ranked.enumerated() {
        running += entry.share
        if running + slack >= half { return index + 1 }
    }
    return shares.ranked.count
}

/// The holders who make up the bus factor, largest first: the people a scope leans on.
func busFactorHolders<Holder>(_ shares: RankedShares<Holder>) -> [Holder] {
    shares.ranked.prefix(busFactor(shares)).map(\.holder)
}
