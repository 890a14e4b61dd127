import Foundation
import Testing
import CommonsFuzzing

/// Every committed input of every fuzz target — the corpus the fuzzer grew and the inputs
/// that once crashed it — run through the entry the fuzzer calls, without the sanitizer:
/// an input that crashes again ends the test run here.
@Suite struct FuzzTargetTests {
    static let fuzz = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static func folders(of target: FuzzTarget) -> [String] {
        ["Corpus", "Regressions"].map { fuzz.appendingPathComponent($0).appendingPathComponent(target.rawValue).path }
    }

    @Test(arguments: FuzzTarget.allCases)
    func replaysEveryCommittedInput(_ target: FuzzTarget) {
        let inputs = FuzzTarget.inputs(at: Self.folders(of: target))
        #expect(inputs.count >= 10, "Fuzz/Corpus/\(target.rawValue) has too few inputs; run scripts/fuzz-seeds.py")
        for input in inputs { target.run(input.bytes) }
    }
}
