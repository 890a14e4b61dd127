import Dispatch

/// `first()` and `second()` at the same time, one on each of two cores.
@inlinable
public func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let a = UnsafeMutablePointer<A>.allocate(capacity: 1)
    let b = UnsafeMutablePointer<B>.allocate(capacity: 1)
    defer {
        a.deallocate()
        b.deallocate()
    }
    let slots = UnsafeSendable((a, b))
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { slots.value.0.initialize(to: first()) } else { slots.value.1.initialize(to: second()) }
    }
    // Moved out, which leaves both slots uninitialised for the deallocation above.
    return (a.move(), b.move())
}
