import CommonsModel
import CommonsSupport
import Foundation

/// `commons init`: a repository made from a seed — the commons in `Content/` with the
/// person planting it in the seed's placeholder places, and beside it a `.gitignore`, a
/// README and a CI workflow. Everything is decided, and every clash found, before the
/// first file is written.
public struct Planting {
    public let seed: Seed
    /// The repository's folder.
    public let folder: String
    public let title: String
    /// nil: no `base_url` is written (build then skips the feed and sitemap, or takes
    /// `--base-url`, as the planted workflow does).
    public let baseURL: String?
    public let handle: String
    public let name: String

    /// The tool's default content folder, so that `check` and `build` need no flags.
    public static let contentFolder = "Content"

    public init(seed: Seed, folder: String, title: String, baseURL: String?, handle: String, name: String) {
        self.seed = seed
        self.folder = folder
        self.title = title
        self.baseURL = baseURL
        self.handle = handle
        self.name = name
    }

    public struct Refusal: Error, CustomStringConvertible {
        public let description: String
    }

    /// Every file, relative to `folder`, with its text.
    public func files() throws -> [(path: String, text: String)] {
        guard let repository = Seed.repositoryFolder else {
            throw Refusal(description: "the files written beside a commons were not found (they ship with commons in share/commons/Repository); reinstall commons")
        }
        var files: [(path: String, text: String)] = []
        for path in Planting.paths(below: seed.folder) {
            guard let text = FileSystem.readText(seed.folder + "/" + path) else {
                throw Refusal(description: "cannot read the seed's file \(seed.folder)/\(path)")
            }
            let planted = path.replacingOccurrences(of: Seed.placeholderHandle, with: handle)
            files.append((Planting.contentFolder + "/" + planted, personalised(text, isSettings: path == "commons.md")))
        }
        let beside = [("gitignore", ".gitignore"), ("README.md", "README.md"), ("commons.yml", ".github/workflows/commons.yml")]
        for (source, path) in beside {
            guard let text = FileSystem.readText(repository + "/" + source) else {
                throw Refusal(description: "cannot read \(repository)/\(source); reinstall commons")
            }
            files.append((path, text.replacingOccurrences(of: "{{title}}", with: title)))
        }
        let paths = files.map(\.path)
        if Set(paths).count != paths.count {
            throw Refusal(description: "the seed '\(seed.name)' already has a person '\(handle)'; choose another handle with --handle")
        }
        return files
    }

    /// Why the folder cannot take the planting: it holds a commons, or a file the planting
    /// would replace. Nil when it can.
    public func refusal(of files: [(path: String, text: String)]) -> Refusal? {
        if FileSystem.kind(at(Planting.contentFolder + "/commons.md")) != .missing {
            return Refusal(description: "\(display(Planting.contentFolder)) already holds a commons (it has commons.md); nothing was written")
        }
        let existing = files.map(\.path).filter { FileSystem.kind(at($0)) != .missing }
        guard !existing.isEmpty else { return nil }
        let named = existing.prefix(3).map(display).joined(separator: ", ") + (existing.count > 3 ? " and \(existing.count - 3) more" : "")
        return Refusal(description: "\(named) would be overwritten; move \(existing.count == 1 ? "it" : "them") away or choose an empty folder; nothing was written")
    }

    /// Writes every file under a temporary name, then renames them all into place: a
    /// failure on the way removes what was written and leaves no half-written file.
    public func write(_ files: [(path: String, text: String)]) throws {
        let suffix = ".partial-" + String(FileSystem.processID)
        var written: [String] = []
        do {
            for file in files {
                let path = at(file.path)
                try FileSystem.write(file.text, to: path + suffix, making: FileSystem.parent(of: path))
                written.append(path)
            }
        } catch {
            for path in written { try? FileSystem.remove(path + suffix) }
            throw error
        }
        for path in written { try FileSystem.rename(path + suffix, path) }
    }

    /// The seed's text with the planter in its placeholders, and in `commons.md` the
    /// title and address.
    private func personalised(_ text: String, isSettings: Bool) -> String {
        var lines = text.replacingOccurrences(of: Seed.placeholderHandle, with: handle)
            .replacingOccurrences(of: "name: " + Seed.placeholderName, with: "name: " + YAMLScalar.text(name))
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard isSettings, let end = lines.dropFirst().firstIndex(of: "---") else { return lines.joined(separator: "\n") }
        for index in (1..<end).reversed() {
            if lines[index].hasPrefix("title:") {
                lines[index] = "title: " + YAMLScalar.text(title)
            } else if lines[index].hasPrefix("base_url:") {
                if let baseURL { lines[index] = "base_url: " + YAMLScalar.text(baseURL) } else { lines.remove(at: index) }
            }
        }
        return lines.joined(separator: "\n")
    }

    private func at(_ path: String) -> String { folder == "." ? path : folder + "/" + path }

    /// A path as the person who ran `init` names it.
    private func display(_ path: String) -> String { at(path) }

    /// Every file below a folder, relative to it, hidden ones left out as the content
    /// reader leaves them out.
    static func paths(below folder: String, prefix: String = "") -> [String] {
        (FileSystem.list(folder + (prefix.isEmpty ? "" : "/" + prefix)) ?? [])
            .filter { !$0.name.hasPrefix(".") }
            .sorted { $0.name < $1.name }
            .flatMap { entry -> [String] in
                let path = prefix.isEmpty ? entry.name : prefix + "/" + entry.name
                return FileSystem.kind(folder + "/" + path) == .directory ? paths(below: folder, prefix: path) : [path]
            }
    }
}
