import CommonsTestSupport
import Foundation
import Testing

/// The CI workflow `init` plants, run here as GitHub would run it, step by step on a
/// throw-away git repository; the steps that need GitHub or the network are skipped, each
/// with its reason.
extension CommandLineTests {
    struct WorkflowStep {
        var name = ""
        var uses: String?
        var run: String?
        var env: [String: String] = [:]
    }

    /// The steps of the workflow's jobs, in order: enough YAML for the file `init` plants.
    static func steps(of workflow: String) -> [WorkflowStep] {
        var steps: [WorkflowStep] = []
        var inSteps = false, stepIndent = 0, block: (key: String, indent: Int)?
        for line in workflow.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let indent = line.prefix { $0 == " " }.count
            let text = line.trimmingCharacters(in: .whitespaces)
            if let open = block {
                if text.isEmpty || indent > open.indent {
                    let value = String(line.dropFirst(min(indent, open.indent + 2)))
                    if open.key == "run" { steps[steps.count - 1].run! += value + "\n" }
                    continue
                }
                block = nil
            }
            if text.isEmpty || text.hasPrefix("#") { continue }
            if text == "steps:" { inSteps = true; stepIndent = indent + 2; continue }
            guard inSteps else { continue }
            if indent < stepIndent { inSteps = false; continue }
            var entry = text
            if indent == stepIndent && text.hasPrefix("- ") {
                steps.append(WorkflowStep())
                entry = String(text.dropFirst(2))
            }
            guard let colon = entry.firstIndex(of: ":") else { continue }
            let key = String(entry[..<colon]), value = entry[entry.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if indent > stepIndent + 2 {  // under env:
                steps[steps.count - 1].env[key] = value
                continue
            }
            switch key {
            case "name": steps[steps.count - 1].name = value
            case "uses": steps[steps.count - 1].uses = value
            case "run":
                steps[steps.count - 1].run = value == "|" ? "" : value
                if value == "|" { block = ("run", indent) }
            default: break
            }
        }
        return steps
    }

    @Test func thePlantedWorkflowsStepsRunInOrderOnAThrowAwayRepository() throws {
        let repository = try TemporaryFolder("workflow").path
        let git = try gitEnvironment(name: "Ana Lima", email: "ana@example.org")
        #expect(try run(["init", "--yes"], environment: git, in: repository).status == 0)
        for command in [["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "Start the commons"]] {
            #expect(try shell(["git"] + command, environment: git, in: repository) == 0)
        }
        let workflow = try String(contentsOfFile: repository + "/.github/workflows/commons.yml", encoding: .utf8)
        let steps = Self.steps(of: workflow)
        // The tool is named once, as the action that does the work; its steps are not repeated.
        let tool = steps.filter { $0.uses.map { !$0.hasPrefix("actions/") } ?? false }
        #expect(tool.count == 1 && tool.first?.uses == "commons-tool/commons@main")
        #expect(!steps.contains { $0.run?.contains("commons check") == true || $0.run?.contains("commons build") == true })

        let runner = try TemporaryFolder("runner").path
        let summary = runner + "/summary.md"
        var environment = git
        environment["PATH"] = CommandLineTests.binary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        environment["GITHUB_STEP_SUMMARY"] = summary
        environment["GITHUB_OUTPUT"] = runner + "/output"
        environment["RUNNER_TEMP"] = runner
        // What actions/configure-pages gives on GitHub.
        let pages = "https://ana.github.io/commons"
        var ran: [String] = []
        for step in steps {
            if let uses = step.uses, uses.hasPrefix("actions/") {
                // checkout, configure-pages, upload and deploy talk to GitHub.
                print("skipped '\(step.name.isEmpty ? uses : step.name)': \(uses) is a GitHub action, run only on GitHub")
                continue
            }
            if step.uses != nil {
                // The commons action: its steps (action.yml) with the inputs the workflow gives;
                // the binary under test stands in for the tool its install step builds.
                let inputs = step.env.mapValues { $0.replacingOccurrences(of: "${{ steps.pages.outputs.base_url }}", with: pages) }
                var actionEnvironment = environment
                actionEnvironment["COMMONS"] = CommandLineTests.binary.path
                actionEnvironment["COMMONS_CONTENT"] = inputs["content"]
                actionEnvironment["COMMONS_BASE_URL"] = inputs["base-url"]
                let script = ActionScriptTests.root.appendingPathComponent("scripts/commons-action.sh").path
                let status = try shell([script, "install", "check", "summary", "compare", "build"], environment: actionEnvironment, in: repository)
                #expect(status == 0, "the commons action failed")
                ran.append(step.name)
                continue
            }
            guard var script = step.run else { continue }
            if step.name.contains("pull request") {
                print("skipped '\(step.name)': it runs on pull requests only")
                continue
            }
            script = "set -eo pipefail\n" + script
            let status = try shell(["bash", "-c", script], environment: environment.merging(step.env) { _, new in new }, in: repository)
            #expect(status == 0, "step '\(step.name)' failed: \(script)")
            ran.append(step.name)
        }
        #expect(ran == ["Check, report, compare and build"])
        let report = (try? String(contentsOfFile: summary, encoding: .utf8)) ?? ""
        #expect(report.contains("Bus factor") || report.contains("bus factor"), "the job summary has the report")
        let feed = (try? String(contentsOfFile: repository + "/_site/feed.xml", encoding: .utf8)) ?? ""
        #expect(feed.contains("https://ana.github.io/commons/"), "the site is built for the Pages address")
        #expect(try shell(["git", "check-ignore", "-q", "_site"], environment: git, in: repository) == 0, "_site is ignored")
    }

    /// Runs a command other than commons; its exit status.
    func shell(_ arguments: [String], environment: [String: String], in directory: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
