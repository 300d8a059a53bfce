/// A child task's result with the position it belongs to, as one reference.
///
/// Task groups here return this class instead of an `(Int, Value)` tuple: Swift 6.3.1
/// in release builds corrupted tuple results handed from child tasks to the waiting
/// parent (wrong positions, lost values, crashes in `tuple_initializeWithCopy`),
/// reproduced outside this project; a class reference is passed intact.
public final class Indexed<Value: Sendable>: Sendable {
    public let index: Int
    public let value: Value

    public init(_ index: Int, _ value: Value) {
        self.index = index
        self.value = value
    }
}
