import Dispatch

/// Frees values on another core, one after another, for a caller with something more
/// urgent to do than free them: a preview's last build, tens of thousands of values,
/// takes a tenth of a second to free, which the edited page need not wait for. `drain`
/// waits until all are freed, so that a caller about to make the next generation never
/// holds more than one spent one beside it. Sound for values no one reads any more,
/// which is all this is for: the other core only releases them.
public final class Freeing: Sendable {
    private let queue = DispatchQueue(label: "commons.freeing", qos: .utility)

    public init() {}

    public func letGo<T>(_ value: T) {
        let spent = UnsafeSendable(value)
        queue.async { withExtendedLifetime(spent) {} }
    }

    /// Returns once everything let go so far is freed.
    public func drain() { queue.sync {} }
}
