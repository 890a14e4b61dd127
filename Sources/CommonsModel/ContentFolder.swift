import CommonsSupport
import Glibc

/// The files of a content folder, sorted into the sections of SPEC §1.
///
/// Walks with `FileSystem.list` rather than FileManager: at tens of thousands of files
/// the enumerator's per-entry objects are a measurable share of `check`.
public struct ContentFolder: Sendable {
    public enum Section: String, Sendable, CaseIterable, Vocabulary {
        case projects, contributors, contributions, governance, pages, assets

        /// Other names people give these folders (Hugo's `static/` is `assets/`).
        public static let synonyms: [String: Section] = [
            "people": .contributors, "members": .contributors, "persons": .contributors,
            "ledger": .contributions, "work": .contributions,
            "proposals": .governance, "decisions": .governance, "votes": .governance,
            "static": .assets, "images": .assets, "img": .assets, "media": .assets,
        ]
    }

    /// Skipped at the top of the content folder like hidden files, so that a commons can
    /// live at a repository's root: names that start with these, in any case.
    static let repositoryFiles = ["readme", "license", "licence", "copying", "contributing", "changelog"]

    /// Extensions of Markdown or plain text saved under another name than `.md`,
    /// compared in lowercase (`.MD` is one).
    static let markdownLike: Set<String> = ["md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mdtxt", "mdtext", "txt", "text"]

    public struct File: Sendable {
        public let section: Section
        /// Relative to the content folder, `/`-separated.
        public let path: String
        /// Relative to the section folder, without `.md` (assets keep their full name).
        public let name: String
    }

    public let root: String
    public private(set) var files: [File] = []
    public private(set) var hasCommonsFile = false
    public private(set) var diagnostics: [Diagnostic] = []
    /// Whether the walk met an entry whose kind the folder did not say — a symbolic link,
    /// most often: what it found there depends on other paths (a link's target), so the
    /// listing is not `patched`.
    private var metLinks = false

    /// Scans `root`. Hidden entries are skipped silently, and so are a repository's
    /// README, LICENSE and the like at the top; symlinks that leave the folder are
    /// refused, since a build must never publish a file from elsewhere. Nothing else is
    /// left out without a word: a Markdown file not named `.md` and an unknown folder
    /// are errors.
    public init(root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        let realRoot = FileSystem.realPath(self.root) ?? self.root
        walk(directory: "", realRoot: realRoot)
        // No sort needed: the walk visits each folder's entries in sorted order.
        diagnostics.sort()
    }

    public func absolute(_ relative: String) -> String { root + "/" + relative }

    /// Folders below the content folder that are read, counting the section's: a path no
    /// deeper than this fits any file system's limits, and the walk's recursion is bounded.
    public static let deepest = 32

    private mutating func walk(directory: String, realRoot: String, depth: Int = 0) {
        let absoluteDirectory = directory.isEmpty ? root : root + "/" + directory
        guard let listed = FileSystem.list(absoluteDirectory) else {
            diagnostics.append(.error(directory.isEmpty ? "." : directory, "cannot read this folder"))
            return
        }
        // The folder says what most entries are, so only links (and file systems that do
        // not say) cost an lstat: at tens of thousands of files that is most of the scan.
        for entry in listed.filter({ !$0.name.hasPrefix(".") }).sorted(by: { $0.name < $1.name }) {
            let name = entry.name
            let relative = directory.isEmpty ? name : directory + "/" + name
            if let escaped = entry.escapedName {
                unnamable(directory.isEmpty ? escaped : directory + "/" + escaped, isFolder: entry.kind == .directory,
                          isUTF8: !name.unicodeScalars.contains("\u{FFFD}"))
                continue
            }
            var isDirectory = entry.kind == .directory
            if entry.kind != .directory && entry.kind != .file {
                metLinks = true
                let absolute = root + "/" + relative
                var info = stat()
                guard lstat(absolute, &info) == 0 else { continue }
                isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
                if (info.st_mode & S_IFMT) == S_IFLNK {
                    var targetInfo = stat()
                    if stat(absolute, &targetInfo) != 0 {
                        diagnostics.append(.error(relative, errno == ELOOP
                            ? "symbolic link leads round in a loop (to itself, or to a link that leads back); remove it"
                            : "symbolic link leads nowhere (its target is missing); remove it or restore its target"))
                        continue
                    }
                    guard let target = FileSystem.realPath(absolute),
                          target.hasPrefix(realRoot + "/") else {
                        diagnostics.append(.error(relative, "symbolic link leads outside the content folder; refusing to read it"))
                        continue
                    }
                    isDirectory = (targetInfo.st_mode & S_IFMT) == S_IFDIR
                    if isDirectory {
                        diagnostics.append(.warning(relative, "symbolic link to a folder inside the content folder is ignored (its files are read where they are)"))
                        continue
                    }
                }
            }
            if directory.isEmpty, ContentFolder.isRepositoryFile(name) { continue }
            if isDirectory {
                if BuiltSite.isBuilt(root + "/" + relative) { continue }
                if directory.isEmpty, Section(rawValue: name) == nil {
                    unknownFolder(name)
                    continue
                }
                guard depth < ContentFolder.deepest else {
                    diagnostics.append(.error(relative, "folder nested deeper than \(ContentFolder.deepest) levels below the content folder; nothing in it is read"))
                    continue
                }
                walk(directory: relative, realRoot: realRoot, depth: depth + 1)
            } else {
                classify(relative)
            }
        }
    }

    /// The folder as a walk would find it now, from this walk and the paths of the files
    /// added, edited or removed since (`changed`, paths in the content folder, known to
    /// be all that changed there): at 50,000 files a walk is a tenth of a second of every
    /// preview rebuild. Only the plainest changes are patched — a `.md` file added to a
    /// section folder the walk read, a file it listed removed or edited, a path it did not
    /// list gone — so that no diagnostic can change; nil for anything else (a new folder,
    /// a link, a file the walk warned of), which the caller walks again.
    public func patched(by changed: Set<String>) -> ContentFolder? {
        guard !metLinks, !changed.isEmpty else { return nil }
        var patched = self
        for path in changed.sorted() {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count <= 8, parts.allSatisfy({ part in
                !part.isEmpty && !part.hasPrefix(".") && part.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
            }) else { return nil }
            var info = stat()
            let exists = lstat(absolute(path), &info) == 0
            guard exists || errno == ENOENT else { return nil }
            if path == "commons.md" {
                guard !exists || (info.st_mode & S_IFMT) == S_IFREG else { return nil }
                patched.hasCommonsFile = exists
                continue
            }
            guard parts.count >= 2, Section(rawValue: String(parts[0])) != nil else { return nil }
            let (at, listed) = patched.position(of: parts)
            if !exists {
                if listed {
                    patched.files.remove(at: at)
                } else {
                    // Something no walk listed, gone: a file an editor wrote and renamed
                    // away, or an empty folder — unless the walk said something of it.
                    guard !diagnostics.contains(where: { $0.path == path || $0.path.hasPrefix(path + "/") }) else { return nil }
                }
                continue
            }
            guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            if listed { continue }
            // A new file: in folders the walk would read, and one it would list without a word.
            var folder = root
            for part in parts.dropLast() {
                folder += "/" + part
                guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, access(folder, R_OK | X_OK) == 0,
                      !BuiltSite.isBuilt(folder) else { return nil }
            }
            var alone = ContentFolder(listing: root)
            alone.classify(path)
            guard alone.diagnostics.isEmpty, alone.files.count == 1 else { return nil }
            patched.files.insert(alone.files[0], at: at)
        }
        return patched
    }

    /// An empty listing, to classify one path in.
    private init(listing root: String) { self.root = root }

    /// Where a path is, or would be, in `files`: the walk lists each folder's entries
    /// sorted by name, depth first, so the files are in the order of their paths' parts.
    private func position(of parts: [Substring]) -> (index: Int, listed: Bool) {
        var low = 0, high = files.count
        while low < high {
            let middle = (low + high) / 2
            let other = files[middle].path.split(separator: "/", omittingEmptySubsequences: false)
            if other.lexicographicallyPrecedes(parts, by: { String($0) < String($1) }) { low = middle + 1 } else { high = middle }
        }
        let listed = low < files.count && files[low].path.split(separator: "/", omittingEmptySubsequences: false) == parts
        return (low, listed)
    }

    private mutating func classify(_ path: String) {
        let slash = path.utf8.firstIndex(of: UInt8(ascii: "/"))
        let parts = slash.map { [String(path[..<$0]), String(path[path.index(after: $0)...])] } ?? [path]
        guard parts.count == 2, let section = Section(rawValue: parts[0]) else {
            if path == "commons.md" {
                hasCommonsFile = true
            } else if let dot = path.lastIndex(of: "."), path[..<dot].lowercased() == "commons",
                      ContentFolder.markdownLike.contains(path[path.index(after: dot)...].lowercased()) {
                diagnostics.append(.error(path, "not read: the commons' own file must be named commons.md; rename it to commons.md"))
            } else {
                let known = Section.allCases.map { $0.rawValue + "/" }.joined(separator: ", ")
                diagnostics.append(.warning(path, "ignored: not part of a commons (expected commons.md or a file under \(known))"))
            }
            return
        }
        let inner = parts[1]
        if section == .assets {
            files.append(File(section: .assets, path: path, name: inner))
            return
        }
        guard inner.utf8.count > 3, inner.utf8.reversed().starts(with: ".md".utf8.reversed()) else {
            if let dot = inner.lastIndex(of: "."), dot > inner.startIndex,
               ContentFolder.markdownLike.contains(inner[inner.index(after: dot)...].lowercased()) {
                let renamed = String(path[..<path.lastIndex(of: ".")!]) + ".md"
                diagnostics.append(.error(path, "not read: only files whose names end in .md are read outside assets/; rename it to \(renamed)"))
            } else {
                diagnostics.append(.warning(path, "ignored: only .md files are read outside assets/"))
            }
            return
        }
        files.append(File(section: section, path: path, name: String(decoding: inner.utf8.dropLast(3), as: UTF8.self)))
    }

    static func isRepositoryFile(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return repositoryFiles.contains { lowered.hasPrefix($0) }
    }

    /// A name that cannot be a path on the site nor be shown as it is (bytes that are not
    /// UTF-8, a newline): an error at the name escaped, and nothing below it read.
    private mutating func unnamable(_ escaped: String, isFolder: Bool, isUTF8: Bool) {
        let what = isFolder ? "folder" : "file"
        let problem = isUTF8 ? "has a control character (a newline, a tab)" : "is not valid UTF-8"
        diagnostics.append(.error(escaped, "the name of this \(what) \(problem), shown escaped here; rename it\(isFolder ? " (nothing in it is read)" : "")"))
    }

    /// A top-level folder that is not a section: an error naming the one meant.
    private mutating func unknownFolder(_ name: String) {
        let names = Section.allCases.map(\.rawValue)
        let hint = Suggestion.nearest(to: name, in: names, synonyms: Section.synonyms.mapValues(\.rawValue))
            .map { "; did you mean '\($0)/'?" }
            ?? " (a commons has commons.md and the folders \(names.map { $0 + "/" }.joined(separator: ", ")))"
        diagnostics.append(.error(name, "unknown folder '\(name)/', its files are not read\(hint)"))
    }
}

extension ContentFolder.Section {
    /// The fields a file of this section may have.
    var fields: [String] {
        switch self {
        case .projects: return ProjectFile.fields
        case .contributors: return ContributorFile.fields
        case .contributions: return ContributionFile.fields
        case .governance: return ProposalFile.fields
        case .pages: return PageFile.fields
        case .assets: return []
        }
    }

    var noun: String {
        switch self {
        case .projects: return "a project"
        case .contributors: return "a person's file"
        case .contributions: return "a contribution"
        case .governance: return "a proposal"
        case .pages: return "a page"
        case .assets: return "an asset"
        }
    }

    /// The fields that tell a file of this section from every other, when `fields` has
    /// them: a contribution has `project` and `date` or `kind`; a proposal `author` and
    /// `opened`; a person `name` with `joined`, `affiliation` or `links` and no `title`;
    /// a project `title` with two of its own fields. A page has nothing of its own.
    func telling(_ fields: Set<String>) -> [String]? {
        func present(_ names: [String]) -> [String] { names.filter(fields.contains) }
        switch self {
        case .contributions:
            let when = present(["date", "kind"])
            return fields.contains("project") && !when.isEmpty ? ["project"] + when : nil
        case .governance:
            let which = present(["author", "opened", "votes"])
            return which.count >= 2 ? which : nil
        case .contributors:
            let about = present(["joined", "affiliation", "links"])
            return fields.contains("name") && !fields.contains("title") && !about.isEmpty ? ["name"] + about : nil
        case .projects:
            let own = present(["status", "license", "maintainers", "started", "repository", "tags"])
            return fields.contains("title") && own.count >= 2 ? own : nil
        case .pages, .assets:
            return nil
        }
    }
}

extension ContentFolder.File {
    /// A file whose fields clearly belong to another section than its folder's, say a
    /// contribution saved in contributors/: an error that says where to move it, at the
    /// first field that tells. Nil when the file has a field only its own section knows,
    /// or could belong to more than one.
    func misplacement(fields names: [String], position: (String) -> Position) -> Diagnostic? {
        let fields = Set(names)
        let belonging = ContentFolder.Section.allCases.compactMap { other -> (ContentFolder.Section, [String])? in
            guard other != section, let telling = other.telling(fields) else { return nil }
            return (other, telling)
        }
        guard belonging.count == 1, let (other, telling) = belonging.first,
              fields.isDisjoint(with: Set(section.fields).subtracting(other.fields)) else { return nil }
        let flat = other == .projects || other == .contributors
        let target = other.rawValue + "/" + (flat ? String(name.split(separator: "/").last ?? Substring(name)) : name) + ".md"
        let quoted = telling.map { "'\($0)'" }
        let list = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " and " + quoted.last!
        return .error(path, at: position(telling[0]),
                      "this file looks like \(other.noun) (it has \(list)), but it is in \(section.rawValue)/; move it to \(target)")
    }
}
