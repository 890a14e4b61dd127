import Foundation
import Testing

/// The demo commons built in two processes, one with Swift's hashing seeded at random (the
/// default) and one with `SWIFT_DETERMINISTIC_HASHING=1`: output that followed a
/// dictionary's or a set's order would differ between them.
@Suite("Output does not depend on the hashing seed")
struct DeterminismTests {
    static let demo = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content").path

    /// This process's environment with the variable set to 1 or removed, whatever it was here.
    static func environment(deterministicHashing: Bool) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_DETERMINISTIC_HASHING"] = deterministicHashing ? "1" : nil
        return environment
    }

    /// Runs `commons` with exactly `environment` (the command-line tests' runner); returns
    /// its standard output.
    func run(_ arguments: [String], environment: [String: String]) throws -> Data {
        let result = try CommandLineTests().run(arguments, exactEnvironment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        return Data(result.stdout.utf8)
    }

    /// Every regular file under `root`, by relative path; folders as empty entries.
    func tree(_ root: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: root) {
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder))
            files[path] = isFolder.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: root + "/" + path))
        }
        return files
    }

    @Test func environmentsDiffer() {
        #expect(Self.environment(deterministicHashing: true)["SWIFT_DETERMINISTIC_HASHING"] == "1")
        #expect(Self.environment(deterministicHashing: false)["SWIFT_DETERMINISTIC_HASHING"] == nil)
    }

    @Test func statsJSONIsTheSameBytes() throws {
        let arguments = ["report", "--format", "json", "--as-of", "2026-06-30", "--content", Self.demo]
        let seeded = try run(arguments, environment: Self.environment(deterministicHashing: true))
        let random = try run(arguments, environment: Self.environment(deterministicHashing: false))
        #expect(seeded.count > 1_000)
        #expect(seeded == random)
    }

    @Test func siteIsTheSameBytes() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("commons-determinism-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        var sites: [[String: Data]] = []
        for deterministicHashing in [true, false] {
            let output = root + (deterministicHashing ? "/seeded" : "/random")
            _ = try run(["build", "--content", Self.demo, "--output", output, "--as-of", "2026-06-30"],
                        environment: Self.environment(deterministicHashing: deterministicHashing))
            sites.append(try tree(output))
        }
        #expect(sites[0].count > 100)
        #expect(sites[0].keys.sorted() == sites[1].keys.sorted())
        for (path, bytes) in sites[0] where sites[1][path] != bytes {
            Issue.record("\(path) differs between the two builds")
        }
    }
}
