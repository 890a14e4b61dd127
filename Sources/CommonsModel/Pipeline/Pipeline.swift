import CommonsSupport

/// Work a pipeline carries from step to step, which says when it cannot go on: errors
/// found, or warnings under `--strict`.
public protocol PipelineWork {
    /// Why the next step must not run; nil while the work can go on.
    var stopReason: String? { get }
}

/// Steps run one after another on one piece of work, each timed and reported as it
/// ends — `[2/5] resolve  0.012 s  118 contributions, 14 proposals` — until the last, or
/// until one leaves the work unfit to go on.
public struct Pipeline<Work: PipelineWork> {
    public var steps: [Step<Work>]

    public init(_ steps: [Step<Work>]) { self.steps = steps }

    /// What one step did, as it ends.
    public struct Report: Sendable {
        public let number: Int
        public let count: Int
        public let name: String
        public let seconds: Double
        /// The step's own words, or why the pipeline stops there.
        public let detail: String
    }

    /// Runs the steps in order; true when every step ran.
    @discardableResult
    public func run(_ work: inout Work, report: (Report) -> Void = { _ in }) -> Bool {
        for (index, step) in steps.enumerated() {
            let start = MonotonicClock.now()
            var detail = step.perform(&work)
            let stop = work.stopReason
            if let stop { detail = "stopped: " + stop }
            report(Report(number: index + 1, count: steps.count, name: step.name,
                          seconds: MonotonicClock.now() - start, detail: detail))
            if stop != nil { return false }
        }
        return true
    }
}
