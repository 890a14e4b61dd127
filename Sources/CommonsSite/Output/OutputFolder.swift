import CommonsModel
import CommonsSupport

/// Where the site goes, and how it gets there whole: every file is written into a fresh
/// staging folder beside the target, and only a complete site is swapped in. A build that
/// fails or is interrupted leaves the previous site exactly as it was, and files from
/// earlier builds cannot linger because nothing is ever written into the old folder.
///
/// One build at a time writes beside a target: the lock is on the folder that holds it,
/// so a second build is refused rather than racing the first to swap in.
struct OutputFolder {
    /// As the user named it (`_site`, `out/riverside`).
    let target: String

    struct Refusal: Error, CustomStringConvertible {
        let description: String
    }

    var parent: String {
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        let parent = String(trimmed[..<slash])
        return parent.isEmpty ? "/" : parent
    }

    var name: String {
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    private var trimmed: String {
        var path = Substring(target)
        while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }

    /// The staging folder's prefix; the process id follows, so a leftover from a killed
    /// build can be told apart from one that is still running.
    private var stagingPrefix: String { "." + name + ".staging-" }

    /// Refuses a target that is not a site this tool built — replacing it would delete
    /// someone's files — or that holds the content or the working folder.
    func check(content: String) throws {
        if name.isEmpty || name == "." || name == ".." || trimmed == "/" {
            throw Refusal(description: "--output '\(target)' is not a folder commons can replace; name a folder of its own, like _site")
        }
        switch FileSystem.kind(target) {
        case .missing:
            return
        case .file, .other:
            throw Refusal(description: "--output '\(target)' exists and is not a folder; remove it or choose another output")
        case .directory:
            let real = FileSystem.realPath(target) ?? target
            for (inside, what) in [(content, "the content folder"), (".", "the current folder")] {
                if let path = FileSystem.realPath(inside), path == real || path.hasPrefix(real + "/") {
                    throw Refusal(description: "--output '\(target)' holds \(what); a build replaces its output folder entirely")
                }
            }
            if !FileSystem.entries(target).isEmpty && !BuiltSite.isBuilt(target) {
                throw Refusal(description: "--output '\(target)' is a folder with files that commons did not build (no stats.json and 404.html); a build replaces its output folder entirely, so choose an empty or new folder")
            }
        }
    }

    /// The lock on this output — a file `.NAME.lock` beside it, removed when the build
    /// ends — refused while another build holds it. Builds into other folders of the same
    /// parent (`_site` and `_preview`, or tests side by side) go on.
    func lock() throws -> FileSystem.Lock {
        try FileSystem.makeDirectories(parent)
        switch FileSystem.lock(lockPath) {
        case .success(let lock):
            return lock
        case .failure(.held):
            throw Refusal(description: "another commons build is writing to '\(target)' now; build again when it has finished")
        case .failure(.cannotOpen):
            throw Refusal(description: "cannot open '\(parent)', the folder --output '\(target)' is in")
        }
    }

    var lockPath: String { parent + "/." + name + ".lock" }

    /// A new, empty staging folder beside the target; leftovers of interrupted builds go first.
    func makeStaging() throws -> String {
        try FileSystem.makeDirectories(parent)
        for entry in FileSystem.entries(parent) where entry.hasPrefix(stagingPrefix) {
            if let pid = Int32(entry.dropFirst(stagingPrefix.count)), !FileSystem.isProcessAlive(pid) {
                try? FileSystem.remove(parent + "/" + entry)
            }
        }
        let staging = parent + "/" + stagingPrefix + String(FileSystem.processID)
        try? FileSystem.remove(staging)
        try FileSystem.makeDirectory(staging)
        return staging
    }

    /// Puts the complete staging folder in the target's place, then removes the old site.
    func swapIn(_ staging: String) throws {
        guard FileSystem.kind(target) == .directory else {
            try FileSystem.rename(staging, trimmed)
            return
        }
        if !FileSystem.exchange(staging, trimmed) {
            let previous = staging + ".previous"
            try FileSystem.rename(trimmed, previous)
            do {
                try FileSystem.rename(staging, trimmed)
            } catch {
                // The previous site goes back where it was; the caller discards the new one.
                try? FileSystem.rename(previous, trimmed)
                throw error
            }
            try? FileSystem.remove(previous)
            return
        }
        // The staging path now holds the previous site.
        try? FileSystem.remove(staging)
    }

    func discard(_ staging: String) {
        try? FileSystem.remove(staging)
    }

    /// After a signal, with every write stopped: the target whole, the previous site or
    /// the new one, and nothing beside it.
    func recover(from staging: String) {
        let previous = staging + ".previous"
        if FileSystem.kind(trimmed) == .missing && FileSystem.kind(previous) == .directory {
            try? FileSystem.rename(previous, trimmed)
        }
        try? FileSystem.remove(staging)
        try? FileSystem.remove(previous)
    }
}
