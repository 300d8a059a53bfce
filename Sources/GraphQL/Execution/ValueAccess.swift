/// Reading resolver values without a dynamic cast per value.
///
/// A dynamic cast out of `any Sendable` costs tens of nanoseconds, more than reading a field.
/// The executor remembers the exact types of parents and lists it met (compared by type
/// metadata, one pointer comparison), and reads later values of those types in place.

import JSON

/// The type stored in `value`'s existential container, as one pointer.
///
/// Unlike `type(of:)`, it does not look through an existential stored inside another (an
/// `any Sendable` item of an array erased generically): a value matches a known type only
/// when the container holds that type itself, so it may be read in place.
@inline(__always)
func storedType(_ value: any Sendable) -> UnsafeRawPointer {
    // An `any Sendable` container (Sendable is a marker protocol, so laid out as `Any`):
    // a three-word value buffer, then the stored type's metadata.
    withUnsafePointer(to: value) {
        UnsafeRawPointer($0).load(
            fromByteOffset: 3 * MemoryLayout<Int>.size, as: UnsafeRawPointer.self)
    }
}

/// The metadata pointer `storedType(_:)` returns for values of type `type`.
@inline(__always)
func typeKey(_ type: Any.Type) -> UnsafeRawPointer {
    unsafeBitCast(type, to: UnsafeRawPointer.self)
}

/// A resolver's null as a value, so values travel as non-optional `any Sendable` (moving
/// out of an optional existential is free; unwrapping one in place copies it).
struct NullValue: Sendable {}

var nullKey: UnsafeRawPointer { typeKey(NullValue.self) }
var stringKey: UnsafeRawPointer { typeKey(String.self) }
var intKey: UnsafeRawPointer { typeKey(Int.self) }
var doubleKey: UnsafeRawPointer { typeKey(Double.self) }
var boolKey: UnsafeRawPointer { typeKey(Bool.self) }

/// `value`, with nil as `NullValue()`.
@inline(__always)
func boxed(_ value: consuming (any Sendable)?) -> any Sendable {
    switch consume value {
    case .some(let value): value
    case .none: NullValue()
    }
}

/// The `String`, `Int`, `Double` or `Bool` stored directly in `value`'s container (its
/// `storedType` is `key`): such values sit inline at the start of the buffer.
@inline(__always)
func loadInline<T>(_ value: any Sendable, as type: T.Type) -> T {
    withUnsafePointer(to: value) { UnsafeRawPointer($0).load(as: T.self) }
}

/// A `GraphQLObject` type met before as a parent; values stored directly as this type
/// are read without a cast.
struct KnownObjectType {
    let type: any GraphQLObject.Type
    /// Whether the type is a class, whose reference is stored inline in a container.
    let isClass: Bool

    /// `value`, whose container holds exactly this type, as a `GraphQLObject`.
    @inline(__always)
    func open(_ value: any Sendable) -> any GraphQLObject {
        isClass ? type.openedInline(value) : type.openedByCast(value)
    }
}

extension GraphQLObject {
    /// `value`, whose container holds exactly `Self`, a class: its reference is stored
    /// inline at the start of the container's buffer.
    static func openedInline(_ value: any Sendable) -> any GraphQLObject {
        withUnsafePointer(to: value) { UnsafeRawPointer($0).load(as: Self.self) }
    }

    static func openedByCast(_ value: any Sendable) -> any GraphQLObject { value as! Self }
}

/// A list value a resolver returns: a Swift array of any element type, read item by item
/// without converting the array.
protocol ListValue {
    var itemCount: Int { get }
    func item(_ index: Int) -> any Sendable
}

extension Array: ListValue {
    var itemCount: Int { count }

    func item(_ index: Int) -> any Sendable {
        // An array that is `Sendable` has `Sendable` elements; `Any` and `any Sendable` share
        // one layout, Sendable being a marker protocol.
        if Element.self == (any Sendable).self {
            return unsafeBitCast(self, to: [any Sendable].self)[index]
        }
        // Moved out rather than bit-cast (a copy): `box` is left holding a trivial value.
        var box: Any = self[index]
        return withUnsafeMutablePointer(to: &box) { pointer in
            let raw = UnsafeMutableRawPointer(pointer)
            let item = raw.assumingMemoryBound(to: (any Sendable).self).move()
            raw.assumingMemoryBound(to: Any.self).initialize(to: 0)
            return item
        }
    }
}

extension ListValue {
    /// `value`, whose container holds exactly a `Self`, as a `ListValue`: every conformer is
    /// an array, one reference stored inline at the start of the container's buffer.
    static func opened(_ value: any Sendable) -> any ListValue {
        withUnsafePointer(to: value) { UnsafeRawPointer($0).load(as: Self.self) }
    }
}
