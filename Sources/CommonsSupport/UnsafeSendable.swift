/// A pointer handed to concurrent iterations that each touch their own slots only.
@usableFromInline
struct UnsafeSendable<T>: @unchecked Sendable {
    @usableFromInline let value: T
    @usableFromInline init(_ value: T) { self.value = value }
}
