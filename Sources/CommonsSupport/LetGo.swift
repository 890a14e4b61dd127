import Dispatch

/// Frees `value` on another core, for a caller that has something more urgent to do than
/// free it: a preview's last build, tens of thousands of values, takes a tenth of a
/// second to free. Sound for a value no one reads any more, which is all this is for:
/// the other core only releases it.
public func letGo<T>(_ value: T) {
    let spent = UnsafeSendable(value)
    DispatchQueue.global(qos: .utility).async { withExtendedLifetime(spent) {} }
}
