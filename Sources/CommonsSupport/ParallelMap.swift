import Dispatch

extension Array where Element: Sendable {
    /// `transform` over every element on every core, results in order.
    ///
    /// Items differ in cost (a long file, a big page), so the work is cut into many small
    /// chunks that the cores take as they come free. Each result is built in place in the
    /// array that is returned: nothing is copied out of a buffer afterwards, and nothing
    /// is left behind in one.
    ///
    /// Inlinable, so that each caller has it made for its own types: unspecialised,
    /// every result would go through its type's witness table.
    @inlinable
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let count = self.count
        if count == 0 { return [] }
        let chunk = Swift.max(1, count / 256)
        let chunks = (count + chunk - 1) / chunk
        return withUnsafeBufferPointer { items in
            let input = UnsafeSendable(items)
            return [Result](unsafeUninitializedCapacity: count) { results, initialized in
                let output = UnsafeSendable(results)
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    for i in (c * chunk)..<Swift.min(count, (c + 1) * chunk) {
                        (output.value.baseAddress! + i).initialize(to: transform(input.value[i]))
                    }
                }
                // Every slot was written above: transform cannot throw, and a crash ends
                // the process.
                initialized = count
            }
        }
    }
}
