/// Changes a value in place: `modify(&table[key, default: []]) { ... }` finds the key
/// once, where reading the entry and writing it back finds it twice (and copies it).
@inlinable public func modify<Value>(_ value: inout Value, _ change: (inout Value) -> Void) { change(&value) }
