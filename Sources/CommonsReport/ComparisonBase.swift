import CommonsAnalysis
import CommonsModel
import CommonsSupport

/// BASE of `commons report --compare BASE`: a stats.json file, else a git revision of the
/// repository that holds the content folder, read as of the same day as the content.
public enum ComparisonBase {
    /// Why BASE cannot be compared with, in words for the person who named it.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    public static func snapshot(_ base: String, content: String, asOf: Day) throws(Problem) -> CommonsSnapshot {
        if FileSystem.kind(base) == .file || FileSystem.kind(base) == .other {
            guard let text = FileSystem.readText(base) else { throw Problem(description: "cannot read '\(base)'") }
            do {
                return try CommonsSnapshot(statsJSON: text)
            } catch {
                throw Problem(description: "'\(base)' is a file but not a stats.json to compare with: \(error)")
            }
        }
        let neither = "'\(base)' is neither a readable stats.json nor a git revision"
        let revision: GitRevision
        do {
            revision = try GitRevision(of: content, at: base)
        } catch {
            switch error {
            case .gitMissing:
                throw Problem(description: "\(neither): there is no such file, and git, which reads revisions, is not installed")
            case .notARepository:
                throw Problem(description: "\(neither): there is no such file, and the content folder '\(content)' is not in a git repository")
            case .unknownRevision:
                let hint = Suggestion.hint(for: base, in: GitRevision.names(near: content))
                throw Problem(description: "\(neither) of the repository holding '\(content)'\(hint) (give a file, or a revision such as HEAD~1, main or origin/main)")
            case .folderMissing(let path):
                throw Problem(description: "revision '\(base)' has no folder '\(path)': the commons is not there to compare with")
            case .failed(let reason):
                throw Problem(description: "cannot read revision '\(base)': \(reason)")
            }
        }
        defer { revision.remove() }
        var reading = Reading(content: revision.folder, asOf: asOf, renderingBodies: false)
        Pipeline(Reading.steps).run(&reading)
        guard let commons = reading.commons, let analysis = reading.analysis else {
            throw Problem(description: "the commons at revision '\(base)' cannot be read (\(reading.stopReason ?? "nothing loaded"))")
        }
        return CommonsSnapshot(analysis, commons: commons, diagnostics: reading.diagnostics)
    }
}
