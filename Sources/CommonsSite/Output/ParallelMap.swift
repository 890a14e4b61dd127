import Dispatch

/// `transform(0..<count)` on every core, results in order. Pages differ in size, so the
/// work is cut into many small chunks that the cores take as they come free.
func parallelMap<R: Sendable>(count: Int, _ transform: @Sendable (Int) -> R) -> [R] {
    let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer {
        _ = results.deinitialize()
        results.deallocate()
    }
    let slots = DisjointSlots(results)
    let chunk = max(1, count / 256)
    let chunks = (count + chunk - 1) / chunk
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
        for i in (c * chunk)..<min(count, (c + 1) * chunk) {
            slots.buffer[i] = transform(i)
        }
    }
    return results.map { $0! }
}

/// The results buffer, shared by iterations that each write their own indices only.
private struct DisjointSlots<R>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<R?>
    init(_ buffer: UnsafeMutableBufferPointer<R?>) { self.buffer = buffer }
}
