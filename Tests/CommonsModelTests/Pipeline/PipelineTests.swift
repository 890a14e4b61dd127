import Testing
@testable import CommonsModel

@Suite struct PipelineTests {
    /// A list of words each step adds to; "stop" in it stops the pipeline.
    struct Words: PipelineWork {
        var said: [String] = []
        var stopReason: String? { said.contains("stop") ? "told to stop" : nil }
    }

    static func say(_ word: String) -> Step<Words> {
        Step(word) { work in
            work.said.append(word)
            return "said \(word)"
        }
    }

    @Test func stepsRunInOrderEachReportedByItsOwnName() {
        var work = Words()
        var reports: [Pipeline<Words>.Report] = []
        let finished = Pipeline([Self.say("load"), Self.say("resolve"), Self.say("publish")]).run(&work) { reports.append($0) }
        #expect(finished)
        #expect(work.said == ["load", "resolve", "publish"])
        #expect(reports.map(\.name) == ["load", "resolve", "publish"])
        #expect(reports.map(\.number) == [1, 2, 3])
        #expect(reports.allSatisfy { $0.count == 3 && $0.seconds >= 0 })
        #expect(reports.map(\.detail) == ["said load", "said resolve", "said publish"])
    }

    @Test func aStepThatLeavesTheWorkUnfitStopsThePipelineThere() {
        var work = Words()
        var reports: [Pipeline<Words>.Report] = []
        let finished = Pipeline([Self.say("load"), Self.say("stop"), Self.say("publish")]).run(&work) { reports.append($0) }
        #expect(!finished)
        #expect(work.said == ["load", "stop"])
        #expect(reports.last?.detail == "stopped: told to stop")
    }

    struct Build: PipelineWork {
        var reading = Words()
        var published = false
        var stopReason: String? { reading.stopReason }
    }

    @Test func aStepRunsOnAPartOfALargerWork() {
        var build = Build()
        let publish = Step<Build>("publish") { build in
            build.published = true
            return "done"
        }
        Pipeline([Self.say("load").on(\Build.reading), Self.say("analyse").on(\Build.reading), publish]).run(&build)
        #expect(build.reading.said == ["load", "analyse"])
        #expect(build.published)
    }
}
