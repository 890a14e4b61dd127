extension Array where Element == String {
    /// Labels for `count` values: cut when there are more, filled with "" when fewer, so a
    /// caller's off-by-one costs a label, not a crash.
    func padded(to count: Int) -> [String] {
        Array(prefix(count)) + Array(repeating: "", count: Swift.max(0, count - self.count))
    }
}
