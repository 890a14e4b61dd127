extension ScopeFigures {
    /// Each person's part of the scope's work on its basis, 0…1, in ranking order
    /// (largest first, ties by handle): "who carries it". Empty when nobody holds a share.
    public var parts: [(handle: String, part: Double)] {
        let total = ranking.reduce(0) { $0 + $1.share }
        guard total > 0 else { return [] }
        return ranking.map { (handle: $0.handle, part: $0.share / total) }
    }
}
