/// What a burst of changes did to the watched files, for the rebuild's line: which were
/// added, edited and removed, by their paths in the content folder ("projects/maps.md")
/// or, for a theme's, as its folder was named ("Templates/layout.mustache").
struct FileChanges: Equatable {
    var added: [String] = []
    var edited: [String] = []
    var removed: [String] = []

    var isEmpty: Bool { added.isEmpty && edited.isEmpty && removed.isEmpty }

    /// "edited projects/maps.md", "added 2 files; removed a.md" — names while they are few.
    var words: String {
        [("edited", edited), ("added", added), ("removed", removed)].filter { !$0.1.isEmpty }.map { verb, paths in
            paths.count <= 3 ? "\(verb) " + paths.joined(separator: ", ") : "\(verb) \(paths.count) files"
        }.joined(separator: "; ")
    }
}

/// The files below the watched folders as the last rebuild saw them: a touched path is
/// an edit, an addition or a removal by whether it was there before and is there now.
struct WatchedFiles {
    let content: String
    let roots: [String]
    private var known: Set<String>

    init(content: String, roots: [String]) {
        self.content = content
        self.roots = roots
        known = Set(roots.flatMap { FolderScan.scan($0).files.keys })
    }

    /// What the touched paths did. A folder stands for the files in it: those found there
    /// now are added, those known there and gone are removed.
    mutating func settle(_ touched: [String]) -> FileChanges {
        var changes = FileChanges()
        var seen = Set<String>()
        for path in touched where !seen.contains(path) && isVisible(path) {
            seen.insert(path)
            if FolderScan.isFolder(path) {
                for file in FolderScan.scan(path).files.keys where !known.contains(file) && !seen.contains(file) {
                    seen.insert(file)
                    known.insert(file)
                    changes.added.append(display(file))
                }
            }
            let below = path + "/"
            for file in known where file.hasPrefix(below) && !seen.contains(file) && !FolderScan.exists(file) {
                seen.insert(file)
                known.remove(file)
                changes.removed.append(display(file))
            }
            switch (known.contains(path), FolderScan.exists(path) && !FolderScan.isFolder(path)) {
            case (false, true): known.insert(path); changes.added.append(display(path))
            case (true, true): changes.edited.append(display(path))
            case (true, false): known.remove(path); changes.removed.append(display(path))
            case (false, false): break
            }
        }
        changes.added.sort()
        changes.edited.sort()
        changes.removed.sort()
        return changes
    }

    /// The paths in the content folder to patch its listing by (`ContentFolder.patched`):
    /// the files `changes` names, and paths touched that are gone — a file an editor (or
    /// `sed -i`) wrote and renamed over the one saved, an empty folder removed. nil when
    /// a path touched is there and is not one of those files: a folder made or moved is
    /// more than its files, and the folder is then walked again. Hidden paths and the
    /// theme's do not count.
    func listingChanges(_ touched: [String], _ changes: FileChanges) -> Set<String>? {
        var paths = Set(changes.added + changes.edited + changes.removed)
        for path in touched where path.hasPrefix(content + "/") && isVisible(path) {
            let shown = display(path)
            if paths.contains(shown) { continue }
            guard !FolderScan.exists(path) else { return nil }
            paths.insert(shown)
        }
        return paths
    }

    func isVisible(_ path: String) -> Bool {
        guard let root = roots.first(where: { path == $0 || path.hasPrefix($0 + "/") }) else { return false }
        return !FolderScan.isHidden(path, below: root)
    }

    private func display(_ path: String) -> String {
        path.hasPrefix(content + "/") ? String(path.dropFirst(content.count + 1)) : path
    }
}
