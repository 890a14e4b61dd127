import CommonsAnalysis
import CommonsModel
import CommonsReport
import CommonsTestSupport
import Foundation
import Testing

/// Where `make tools` puts a Python with jsonschema.
private let schemaValidatorPython = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent(".build/tools/bin/python3").path

/// docs/stats.schema.json describes stats.json exactly: a real validator (Python's
/// jsonschema, which `make test` installs into .build/tools) accepts every stats.json
/// these tests make and rejects one broken each way.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: schemaValidatorPython),
                "needs .build/tools/bin/python3 with jsonschema: run `make tools` (make test does)"))
struct StatsSchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let python = schemaValidatorPython
    static let schema = root.appendingPathComponent("docs/stats.schema.json").path
    let asOf = day("2026-11-27")

    /// Each document's path and what the validator says: "ok", or its first complaint.
    func validate(_ documents: [String: String]) throws -> [String: String] {
        let folder = try TemporaryFolder("schema")
        for (name, text) in documents { try folder.write(text, to: name) }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            for path in sys.argv[2:]:
                errors = sorted(validator.iter_errors(json.load(open(path))), key=lambda e: list(e.path))
                print(path.rsplit("/", 1)[-1] + ": " + ("ok" if not errors else errors[0].message))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = ["-c", script, Self.schema] + documents.keys.sorted().map { folder.path + "/" + $0 }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "the validator failed: \(text)")
        return Dictionary(uniqueKeysWithValues: text.split(separator: "\n").map {
            let parts = $0.split(separator: ":", maxSplits: 1)
            return (String(parts[0]), parts[1].trimmingCharacters(in: .whitespaces))
        })
    }

    func stats(of folder: String) throws -> (text: String, commons: Commons) {
        let loaded = ContentLoader.load(folder: folder, asOf: asOf)
        let commons = try #require(loaded.commons, "\(folder) did not load")
        return (statsJSON(Analysis(commons: commons, asOf: asOf)), commons)
    }

    @Test func everyStatsJSONTheTestsMakeIsValid() throws {
        let demo = try stats(of: Self.root.appendingPathComponent("Content").path)
        var withGoals = demo.commons
        withGoals.settings.health = [HealthGoal(.busFactor, target: 2), HealthGoal(.elephantFactor, target: 2),
                                     HealthGoal(.activePeople, target: 5), HealthGoal(.unpaidShare, target: 0.95)]
        let generated = try TemporaryFolder("schema-generated")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.root.appendingPathComponent("Benchmarks/generate.py").path,
                             "--contributions", "500", "--seed", "3", "--out", generated.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "generate.py failed")
        let fixture = Self.root.appendingPathComponent("Tests/CommonsReportTests/Fixtures/spec-small/Content").path
        let results = try validate([
            "demo.json": demo.text,
            "demo-with-goals.json": statsJSON(Analysis(commons: withGoals, asOf: asOf)),
            "generated.json": try stats(of: generated.path).text,
            "spec-small.json": statsJSON(Analysis(commons: try #require(ContentLoader.load(folder: fixture, asOf: day("2026-06-30")).commons),
                                                  asOf: day("2026-06-30"))),
            "empty.json": statsJSON(Analysis(commons: commons(projects: []), asOf: asOf)),
        ])
        #expect(results == ["demo.json": "ok", "demo-with-goals.json": "ok", "generated.json": "ok",
                            "spec-small.json": "ok", "empty.json": "ok"])
        #expect(demo.text.contains("\"health\"") == false)
    }

    @Test func aBrokenStatsJSONIsRejectedEachWay() throws {
        let demo = try JSONValue(parsing: try stats(of: Self.root.appendingPathComponent("Content").path).text)
        guard case .object(var document) = demo, case .object(var commons) = document["commons"] else {
            Issue.record("stats.json is not an object")
            return
        }
        var wrongType = document, missingKey = document, extraKey = document
        commons["bus_factor"] = .string("4")
        wrongType["commons"] = .object(commons)
        missingKey["as_of"] = nil
        commons["bus_factor"] = demo["commons"]?["bus_factor"]
        commons["busfactor"] = .int(4)
        extraKey["commons"] = .object(commons)
        let results = try validate(["wrong-type.json": JSONValue.object(wrongType).text,
                                    "missing-key.json": JSONValue.object(missingKey).text,
                                    "extra-key.json": JSONValue.object(extraKey).text])
        #expect(results == [
            "wrong-type.json": "'4' is not of type 'integer'",
            "missing-key.json": "'as_of' is a required property",
            "extra-key.json": "Additional properties are not allowed ('busfactor' was unexpected)",
        ])
    }

    @Test func theSchemasIdEndsInTheVersionStatsJSONCarries() throws {
        let schema = try JSONValue(parsing: String(contentsOfFile: Self.schema, encoding: .utf8))
        #expect(schema["$id"]?.stringValue?.hasSuffix("/v\(statsSchemaVersion)") == true)
        #expect(schema["properties"]?["schema"]?["const"] == .int(statsSchemaVersion))
    }
}
