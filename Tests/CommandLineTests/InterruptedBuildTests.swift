import CommonsTestSupport
import Foundation
import Glibc
import Testing

/// `commons build` stopped at random moments, and two builds at once into the same
/// output: the site is always the previous one or the new one, whole, and nothing is
/// left beside it (but for SIGKILL, whose leftover the next build removes).
@Suite(.serialized) struct InterruptedBuildTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A generated commons big enough that a build takes a while, built once into
    /// `site/` (the previous site), then changed; `new/` is what the next build writes.
    struct Commons {
        let folder: TemporaryFolder
        var content: String { folder.path + "/Content" }
        var output: String { folder.path + "/out/site" }
        let previous: [String: Data]
        let next: [String: Data]

        init() throws {
            folder = try TemporaryFolder("interrupted")
            let generate = Process()
            generate.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            generate.arguments = ["python3", InterruptedBuildTests.root.appendingPathComponent("Benchmarks/generate.py").path,
                                  "--contributions", "1500", "--projects", "20", "--contributors", "150", "--proposals", "40",
                                  "--out", folder.path + "/Content"]
            generate.standardOutput = FileHandle.nullDevice
            try generate.run()
            generate.waitUntilExit()
            try #require(generate.terminationStatus == 0, "generate.py failed")
            let content = folder.path + "/Content"
            previous = try Self.build(content, into: folder.path + "/out/site")
            let commons = folder.path + "/Content/commons.md"
            let text = try String(contentsOfFile: commons, encoding: .utf8)
            try text.replacingOccurrences(of: "title: ", with: "title: Renamed ").write(toFile: commons, atomically: true, encoding: .utf8)
            next = try Self.build(content, into: folder.path + "/reference/site")
            #expect(previous != next)
        }

        static func build(_ content: String, into output: String) throws -> [String: Data] {
            let process = try InterruptedBuildTests.start(content: content, output: output)
            process.waitUntilExit()
            try #require(process.terminationStatus == 0)
            return TemporaryFolder.files(in: output)
        }

        /// Everything beside the site in its folder: staging folders, leftovers.
        var beside: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/out")) ?? []).filter { $0 != "site" }
        }

        /// The site as it is now: the previous one or the next, whole.
        func isWhole() -> Bool {
            let site = TemporaryFolder.files(in: output)
            return site == previous || site == next
        }
    }

    static func start(content: String, output: String, stderr: FileHandle? = nil) throws -> Process {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["build", "--content", content, "--output", output, "--as-of", "2026-06-30"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func ctrlCOrSIGTERMAtAnyMomentLeavesAWholeSiteAndNothingBeside() throws {
        let commons = try Commons()
        var generator = SystemRandomNumberGenerator()
        for signal in [SIGINT, SIGTERM, SIGINT, SIGTERM] {
            let process = try Self.start(content: commons.content, output: commons.output)
            usleep(UInt32.random(in: 50_000...2_500_000, using: &generator))
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            // Killed by the signal once cleaned up, or done before it came.
            #expect(process.terminationReason == .uncaughtSignal || process.terminationStatus == 0)
            #expect(commons.isWhole())
            #expect(commons.beside == [])
        }
    }

    @Test func afterSIGKILLTheSiteIsWholeAndTheNextBuildRemovesWhatWasLeft() throws {
        let commons = try Commons()
        for delay in [300_000, 900_000, 1_800_000] as [UInt32] {
            let process = try Self.start(content: commons.content, output: commons.output)
            usleep(delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(commons.isWhole())
        }
        let process = try Self.start(content: commons.content, output: commons.output)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(TemporaryFolder.files(in: commons.output) == commons.next)
        #expect(commons.beside == [])
    }

    @Test func twoBuildsAtOnceNeverMixTwoSites() throws {
        let commons = try Commons()
        for _ in 0..<2 {
            let logs = [commons.folder.path + "/a.log", commons.folder.path + "/b.log"]
            for log in logs { FileManager.default.createFile(atPath: log, contents: nil) }
            let processes = try logs.map { try Self.start(content: commons.content, output: commons.output, stderr: FileHandle(forWritingAtPath: $0)) }
            for process in processes { process.waitUntilExit() }
            let statuses = processes.map(\.terminationStatus)
            #expect(statuses.contains(0))
            #expect(statuses.allSatisfy { $0 == 0 || $0 == 2 })
            for (status, log) in zip(statuses, logs) where status == 2 {
                let text = try String(contentsOfFile: log, encoding: .utf8)
                #expect(text.contains("commons build: another commons build is writing to '\(commons.output)' now; build again when it has finished"))
            }
            #expect(TemporaryFolder.files(in: commons.output) == commons.next)
            #expect(commons.beside == [])
        }
    }
}
