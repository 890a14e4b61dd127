import CommonsSupport

/// What loading a content folder gives: the resolved commons (nil when
/// `commons.md` is unusable) and every diagnostic, sorted by file and line.
public struct LoadResult: Sendable {
    public var commons: Commons?
    public var diagnostics: [Diagnostic]
}

/// Every file of a content folder read on its own, before any is checked against
/// another: the settings, one entry per file, the assets, and what reading found wrong.
public struct LoadedContent: Sendable {
    /// nil when `commons.md` is missing or unusable: nothing else can be resolved then.
    public let settings: Settings?
    let files: [LoadedFile]
    /// Each file's path in the content folder, in the order of `files`.
    var paths: [String] = []
    /// The folder as listed, for the next reading to patch.
    var folder: ContentFolder?
    /// Whether the bodies were kept (`renderingBodies`).
    var keepsBodies = true
    let assets: [String]
    public let diagnostics: [Diagnostic]
    /// The places in `files` read again from an earlier reading of the same files; nil
    /// when the files were read otherwise. What lets the next resolution patch the last
    /// one (`ResolvedCommons.patched`, which tells whether each is a contribution it had).
    var reread: [Int]?
    /// Project and contributor files that exist but gave no entry (a YAML error, a bad
    /// name): a reference to one of them is not a typo but follows from that file.
    var unreadable: [ContentFolder.File] = []

    /// How many files were read.
    public var fileCount: Int { files.count }

    /// The files as one commons: every handle and slug checked against the files that
    /// define them, every default applied. Diagnostics are resolution's own.
    public func resolve(asOf: Day?) -> (commons: Commons?, diagnostics: [Diagnostic]) {
        let resolved = resolved(asOf: asOf)
        return (resolved?.commons, resolved?.diagnostics ?? [])
    }

    /// The same, patched from `earlier` — what resolving the last reading made — when
    /// all that was read again since is contribution files (`ResolvedCommons.patched`).
    public func resolved(asOf: Day?, patching earlier: ResolvedCommons? = nil) -> ResolvedCommons? {
        guard let settings else { return nil }
        if let earlier, let patched = patching(earlier, asOf: asOf) { return patched }
        var resolution = Resolution(settings: settings, asOf: asOf)
        resolution.assets = assets
        for file in unreadable {
            if file.section == .projects { resolution.unreadableProjects[file.name] = file.path }
            if file.section == .contributors { resolution.unreadableContributors[file.name] = file.path }
        }
        // By index: a file taken out of the list whole is its entry and diagnostics copied.
        for index in files.indices { resolution.add(files[index].entry) }
        let commons = resolution.resolve()
        return ResolvedCommons(commons: commons, found: resolution.diagnostics, copies: resolution.copies, asOf: asOf)
    }

    /// `earlier` with the files read again since, when they are all contributions it can
    /// take in place (`ResolvedCommons.patched`) under the same day and assets; nil when
    /// this reading is to be resolved whole.
    func patching(_ earlier: ResolvedCommons, asOf: Day?) -> ResolvedCommons? {
        guard let reread, earlier.asOf == asOf, earlier.commons.assets == assets.sorted() else { return nil }
        let drafts = reread.compactMap { index -> ContributionDraft? in
            if case .contribution(let draft) = files[index].entry { draft } else { nil }
        }
        return drafts.count == reread.count ? earlier.patched(with: drafts) : nil
    }
}

/// Reads a whole content folder: scan, read `commons.md`, then every other file on
/// every core (YAML, Markdown), each independently of the others.
public enum ContentLoader {
    /// `renderingBodies: false` (for `check` and `report`, which show no page) keeps no
    /// body: each is read only for the default titles and summaries it gives.
    ///
    /// `earlier`, for a preview that read the folder before: the files not in `changed`
    /// (paths in the content folder) are taken from that reading instead of read again.
    /// That is sound because a file's reading depends only on its bytes, its path and the
    /// settings' `max_file_kb`: when `commons.md` changed, every file is read again.
    /// `filesOnly`: nothing else changed in the folder (no folder made or moved), so its
    /// listing is patched where it can be (`ContentFolder.patched`) rather than walked.
    public static func read(folder: String, renderingBodies: Bool = true,
                            earlier: (loaded: LoadedContent, changed: Set<String>, filesOnly: Bool)? = nil) -> LoadedContent {
        let patched = earlier.flatMap { earlier in
            earlier.filesOnly && earlier.loaded.folder?.root == folder ? earlier.loaded.folder?.patched(by: earlier.changed) : nil
        }
        let content = patched ?? ContentFolder(root: folder)
        var diagnostics = content.diagnostics
        guard content.hasCommonsFile else {
            diagnostics.append(.error("commons.md", "commons.md is missing: every content folder needs one, with at least a 'title'"))
            return LoadedContent(settings: nil, files: [], assets: [], diagnostics: diagnostics)
        }
        let settingsFile = readSettings(content)
        diagnostics += settingsFile.diagnostics
        guard let settings = settingsFile.settings else {
            return LoadedContent(settings: nil, files: [], assets: [], diagnostics: diagnostics)
        }
        let files = content.files.filter { $0.section != .assets }
        let usable = earlier.flatMap { earlier in
            earlier.loaded.keepsBodies == renderingBodies && !earlier.changed.contains("commons.md") ? earlier : nil
        }
        let loaded: [LoadedFile]
        let paths: [String]
        var rereadPlaces: [Int]?
        if let usable, usable.loaded.paths.elementsEqual(files.lazy.map(\.path)) {
            // The same files as the last reading (an edit, not a file added or removed):
            // its list with the changed ones read again, rather than a table of 50,000
            // files to look each up in.
            let changed = files.indices.filter { usable.changed.contains(files[$0].path) }
            let reread = changed.parallelMap { read(files[$0], in: content, settings: settings, keepingBody: renderingBodies) }
            var patched = usable.loaded.files
            for (index, file) in zip(changed, reread) { patched[index] = file }
            (loaded, paths, rereadPlaces) = (patched, usable.loaded.paths, changed)
        } else {
            let reused = usable.map { earlier -> [String: LoadedFile] in
                var reused = Dictionary(zip(earlier.loaded.paths, earlier.loaded.files), uniquingKeysWith: { first, _ in first })
                for path in earlier.changed { reused[path] = nil }
                return reused
            } ?? [:]
            loaded = files.parallelMap { file in
                reused[file.path] ?? read(file, in: content, settings: settings, keepingBody: renderingBodies)
            }
            paths = files.map(\.path)
        }
        for index in loaded.indices { diagnostics += loaded[index].diagnostics }
        let unreadable = zip(files, loaded).filter { file, read in
            read.entry == nil && (file.section == .projects || file.section == .contributors)
        }.map(\.0)
        return LoadedContent(settings: settings, files: loaded, paths: paths, folder: content,
                             keepsBodies: renderingBodies,
                             assets: content.files.filter { $0.section == .assets }.map(\.name), diagnostics: diagnostics,
                             reread: rereadPlaces, unreadable: unreadable)
    }

    /// Read and resolved in one call, for tests and tools that want the commons alone.
    public static func load(folder: String, asOf: Day? = nil, renderingBodies: Bool = true) -> LoadResult {
        let loaded = read(folder: folder, renderingBodies: renderingBodies)
        let resolved = loaded.resolve(asOf: asOf)
        return LoadResult(commons: resolved.commons, diagnostics: (loaded.diagnostics + resolved.diagnostics).sorted())
    }

    static func readSettings(_ content: ContentFolder) -> (settings: Settings?, diagnostics: [Diagnostic]) {
        let maxBytes = Settings(title: "").maxFileKB * 1024
        switch SourceFile.read(content.absolute("commons.md"), path: "commons.md", maxBytes: maxBytes) {
        case .failure(let diagnostic):
            return (nil, [diagnostic])
        case .success(let source):
            let front = FrontMatter(source)
            if front.isUnreadable { return (nil, front.diagnostics) }
            var settings = SettingsFile.read(front)
            let hasTitle = !settings.title.isEmpty
            let stalling: [Diagnostic]
            (settings.body, stalling) = readBody(source)
            return (hasTitle && !front.diagnostics.hasErrors ? settings : nil, front.diagnostics + stalling)
        }
    }

    /// A file's Markdown body, or an empty one and an error where libcmark would stall on
    /// it (`Markdown.stallingImageOpeners`): the file's fields are read all the same, so
    /// that nothing else fails for it.
    static func readBody(_ source: SourceFile) -> (Markdown, [Diagnostic]) {
        let body = Markdown(source: source.body)
        guard let stall = body.stallingImageOpeners else { return (body, []) }
        let position = Position(line: source.bodyLine + stall.line - 1, column: stall.column)
        return (.empty, [.error(source.path, at: position, "\(stall.open) image openers '![' are left open in this paragraph, with links closing after them: libcmark's time over such a paragraph grows with its length squared (over a second at 60 KB); close each '![' with ']', or write '\\![' for a literal '!['")])
    }

    /// One file of one section, read independently of every other.
    static func read(_ file: ContentFolder.File, in content: ContentFolder, settings: Settings, keepingBody: Bool) -> LoadedFile {
        if let problem = nameProblem(file) {
            return LoadedFile(entry: nil, diagnostics: [problem])
        }
        let source: SourceFile
        switch SourceFile.read(content.absolute(file.path), path: file.path, maxBytes: settings.maxFileKB * 1024) {
        case .failure(let diagnostic): return LoadedFile(entry: nil, diagnostics: [diagnostic])
        case .success(let s): source = s
        }
        let front = FrontMatter(source)
        if front.isUnreadable { return LoadedFile(entry: nil, diagnostics: front.diagnostics) }
        if let misplaced = file.misplacement(fields: front.fieldNames, position: front.position) {
            return LoadedFile(entry: nil, diagnostics: front.diagnostics + [misplaced])
        }
        let (body, stalling) = readBody(source)
        var entry: LoadedFile.Entry?
        switch file.section {
        case .projects: entry = .project(ProjectFile.read(front, slug: file.name, body: body))
        case .contributors: entry = .contributor(ContributorFile.read(front, handle: file.name, body: body))
        case .contributions: entry = ContributionFile.read(front, id: file.name, body: body)
        case .governance: entry = ProposalFile.read(front, id: file.name, body: body)
        case .pages: entry = .page(PageFile.read(front, path: file.name, body: body))
        case .assets: entry = nil
        }
        if !keepingBody { entry?.dropBody() }
        // After the entry is read: reading its fields adds to the front matter's diagnostics.
        return LoadedFile(entry: entry, diagnostics: front.diagnostics + stalling)
    }

    /// Slugs and handles are file names, ids are paths: each must be safe as a URL.
    static func nameProblem(_ file: ContentFolder.File) -> Diagnostic? {
        switch file.section {
        case .projects, .contributors:
            let noun = file.section == .projects ? "project slug" : "contributor handle"
            if file.name.contains("/") {
                return .error(file.path, "\(file.section.rawValue)/ holds one file per \(file.section == .projects ? "project" : "person") directly, not in sub-folders")
            }
            if !Identifier.isValidName(file.name) {
                return .error(file.path, "invalid \(noun) '\(file.name)' (from the file name): \(Identifier.problem(with: file.name)); use lowercase letters, digits and '-', like '\(suggestedName(file.name))'")
            }
        case .contributions, .governance, .pages:
            if !Identifier.isValidID(file.name) {
                let bad = file.name.split(separator: "/", omittingEmptySubsequences: false).first { !Identifier.isValidName($0) }.map(String.init) ?? file.name
                return .error(file.path, "invalid id '\(file.name)' (from the path): '\(bad)' — \(Identifier.problem(with: bad)); use lowercase letters, digits and '-' in file and folder names")
            }
        case .assets:
            break
        }
        return nil
    }

    static func suggestedName(_ name: String) -> String {
        var result = ""
        for c in name.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) { result.append(c) } else if !result.hasSuffix("-") { result.append("-") }
        }
        return result.trimmingCharacters(in: "-").isEmpty ? "my-name" : String(result.trimmingCharacters(in: "-"))
    }
}

struct LoadedFile: Sendable {
    enum Entry: Sendable {
        case project(ProjectDraft)
        case contributor(Contributor)
        case contribution(ContributionDraft)
        case proposal(ProposalDraft)
        case page(Page)
        /// A contribution or proposal that could not be read whole: only what it names.
        case references([Reference], file: String)
    }
    var entry: Entry?
    var diagnostics: [Diagnostic]
}

extension LoadedFile.Entry {
    /// Forgets the body once the file is read: what the format takes from it (a default
    /// title or summary) is in the entry already.
    mutating func dropBody() {
        switch self {
        case .project(var draft): draft.project.body = .empty; self = .project(draft)
        case .contributor(var contributor): contributor.body = .empty; self = .contributor(contributor)
        case .contribution(var draft): draft.contribution.body = .empty; self = .contribution(draft)
        case .proposal(var draft): draft.proposal.body = .empty; self = .proposal(draft)
        case .page(var page): page.body = .empty; self = .page(page)
        case .references: break
        }
    }
}
