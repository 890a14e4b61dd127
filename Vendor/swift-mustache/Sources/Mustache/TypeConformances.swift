//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

// commons patch 5: the whole file.

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a value's type is to a template — a parent, a custom renderable, a sequence, a
/// custom representation — found once per type on each thread, so that showing a
/// value or looking a name up in it asks the runtime no protocol conformance.
///
/// A dynamic cast of a value to a protocol looks the pair (type, protocol) up in the
/// runtime's conformance cache (a hashed, concurrent map) each time, and most of the
/// casts a render asks fail; a page shows a few hundred values of a dozen types. Here a
/// type is found in a short list of the types seen so far, and a value is cast to its
/// own type, which the runtime does without looking anything up.
///
/// An Optional, an AnyHashable or a Foundation object, which a cast looks inside or
/// bridges, is not described: it is `wrapper`, and callers cast it as before.
struct TypeConformances {
    let parent: (any MustacheParent.Type)?
    let renderable: (any MustacheCustomRenderable.Type)?
    let sequence: (any MustacheSequence.Type)?
    let representation: Bool
    let wrapper: Bool

    private init(_ type: Any.Type) {
        self.wrapper = type is any AnyOptional.Type || type == AnyHashable.self || type is NSObject.Type
        self.parent = type as? any MustacheParent.Type
        self.renderable = type as? any MustacheCustomRenderable.Type
        self.sequence = type as? any MustacheSequence.Type
        self.representation = type is any MustacheCustomRepresentation.Type
    }

    /// The conformances of `value`'s type, from this thread's list.
    static func of(_ value: Any) -> TypeConformances {
        let type = Swift.type(of: value)
        let key = ObjectIdentifier(type)
        let known = KnownTypes.current
        if let index = known.pointee.keys.firstIndex(of: key) { return known.pointee.conformances[index] }
        let found = TypeConformances(type)
        known.pointee.keys.append(key)
        known.pointee.conformances.append(found)
        return found
    }

    // Each cast below is of a value to its own type: no conformance is looked up.

    /// commons patch 8: `value`, whose type is `T`, read out of its `Any` by opening the
    /// existential rather than by a dynamic cast (`as! T`), which went through the
    /// runtime's general cast each time (about 300 instructions, at every level of the
    /// stack a name is looked for in). An object put in the `Any` as its superclass
    /// opens as that class, not as `T` (its own class, `type(of:)`): it is cast as before.
    private static func opened<T>(_ value: Any, as _: T.Type) -> T {
        func read<V>(_ value: V) -> T { V.self == T.self ? _identityCast(value, to: T.self) : value as! T }
        return _openExistential(value, do: read)
    }

    static func parent(_ value: Any) -> (any MustacheParent)? {
        let kind = of(value)
        if kind.wrapper { return value as? MustacheParent }
        guard let type = kind.parent else { return nil }
        func cast<T: MustacheParent>(_: T.Type) -> any MustacheParent { opened(value, as: T.self) }
        return cast(type)
    }

    static func renderable(_ value: Any) -> (any MustacheCustomRenderable)? {
        let kind = of(value)
        if kind.wrapper { return value as? MustacheCustomRenderable }
        guard let type = kind.renderable else { return nil }
        func cast<T: MustacheCustomRenderable>(_: T.Type) -> any MustacheCustomRenderable { opened(value, as: T.self) }
        return cast(type)
    }

    static func sequence(_ value: Any) -> (any MustacheSequence)? {
        let kind = of(value)
        if kind.wrapper { return value as? any MustacheSequence }
        guard let type = kind.sequence else { return nil }
        func cast<T: MustacheSequence>(_: T.Type) -> any MustacheSequence { opened(value, as: T.self) }
        return cast(type)
    }

    /// commons patch 9: `value` as `T`, a struct (`String`, `Bool`, `MustacheLambda`,
    /// `MustacheTemplate`): its type compared with `T`, where a cast went through the
    /// runtime's general cast (most of the casts a render asks fail). A wrapper (an
    /// Optional, an AnyHashable, a Foundation object such as NSNumber) is cast as before.
    static func exactly<T>(_ value: Any, as _: T.Type) -> T? {
        if Swift.type(of: value) == T.self { return opened(value, as: T.self) }
        return of(value).wrapper ? value as? T : nil
    }

    /// Whether a cast of `value` to `MustacheCustomRepresentation` can succeed.
    static func mayHaveRepresentation(_ value: Any) -> Bool {
        let kind = of(value)
        return kind.wrapper || kind.representation
    }
}

/// The types one thread has met, in the order met: a handful, so a linear search over
/// their identities is quicker than hashing. Per thread, so that no lock is taken; held
/// through a pointer, since a class's stored properties are checked for exclusive access
/// on every read, which cost as much as the search.
private struct KnownTypes {
    var keys: [ObjectIdentifier] = []
    var conformances: [TypeConformances] = []

    static var current: UnsafeMutablePointer<KnownTypes> {
        if let pointer = pthread_getspecific(key) {
            return pointer.assumingMemoryBound(to: KnownTypes.self)
        }
        let known = UnsafeMutablePointer<KnownTypes>.allocate(capacity: 1)
        known.initialize(to: KnownTypes())
        pthread_setspecific(key, known)
        return known
    }

    /// Freed when its thread ends.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer = pointer as UnsafeMutableRawPointer? {
                let known = pointer.assumingMemoryBound(to: KnownTypes.self)
                known.deinitialize(count: 1)
                known.deallocate()
            }
        }
        return key
    }()
}
