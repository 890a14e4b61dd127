/// One named step of a pipeline: what it does to the work in hand, and a few words on
/// what it did ("118 contributions, 14 proposals"). A step carries its own name, so the
/// pipeline that runs it knows no step by name and a new step is one more entry in a list.
public struct Step<Work> {
    public let name: String
    let perform: (inout Work) -> String

    public init(_ name: String, _ perform: @escaping (inout Work) -> String) {
        self.name = name
        self.perform = perform
    }

    /// The same step, run on one part of a larger piece of work: `check` and `build` share
    /// the steps that read a commons, and `build` keeps its reading inside its own work.
    public func on<Whole>(_ part: WritableKeyPath<Whole, Work>) -> Step<Whole> {
        let perform = perform
        return Step<Whole>(name) { whole in perform(&whole[keyPath: part]) }
    }
}
