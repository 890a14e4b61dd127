/// The Gini coefficient of shares (SPEC §2): Σᵢ (2i − n − 1)·xᵢ / (n·T) over the shares
/// sorted ascending, i = 1…n; 0 when n ≤ 1 or T = 0.
///
/// The sum is taken in pairs from both ends, (x₍ₙ₊₁₋ᵢ₎ − xᵢ)·(n + 1 − 2i), which is the
/// same sum term for term but never negative and exactly 0 when everyone holds the same
/// share — no "-1e-17" for a perfectly even project.
func gini(_ shares: [Double]) -> Double {
    let n = shares.count
    let total = shares.reduce(0, +)
    guard n > 1, total > 0 else { return 0 }
    let x = shares.sorted()
    var sum = 0.0
    for i in 1...(n / 2) {
        sum += (x[n - i] - x[i - 1]) * Double(n + 1 - 2 * i)
    }
    return sum / (Double(n) * total)
}

/// The share held by the top tenth (SPEC §2): the ⌈n/10⌉ largest shares over T;
/// 0 when T = 0.
func topTenShare<Holder>(_ shares: RankedShares<Holder>) -> Double {
    guard shares.total > 0 else { return 0 }
    let top = (shares.ranked.count + 9) / 10
    return shares.ranked.prefix(top).reduce(0) { $0 + $1.share } / shares.total
}
