import Glibc

/// A folder of a git repository as it was at a revision, copied into a temporary folder
/// with `git archive` and `tar`: the working tree, the index and HEAD are never touched,
/// so a comparison can read the base of a pull request while its change sits checked
/// out. The copy is the caller's to `remove()`.
public struct GitRevision {
    public enum Failure: Error, Equatable {
        case gitMissing
        /// The folder is not inside a git repository.
        case notARepository
        case unknownRevision
        /// The revision has no such folder: the commons did not exist yet, or lived elsewhere.
        case folderMissing(String)
        case failed(String)
    }

    /// The copy of the folder as it was at the revision.
    public let folder: String
    private let scratch: String

    /// `folder` — any folder inside a repository's working tree — at `revision`.
    public init(of folder: String, at revision: String) throws(Failure) {
        // A revision is never an option: "--output=…" must not reach git as one.
        guard !revision.isEmpty, !revision.hasPrefix("-") else { throw .unknownRevision }
        guard let made = FileSystem.makeTemporaryFolder("commons-revision") else { throw .failed("cannot make a temporary folder") }
        scratch = made
        do throws(Failure) {
            self.folder = try Self.copy(folder, at: revision, into: scratch)
        } catch {
            try? FileSystem.remove(scratch)
            throw error
        }
    }

    /// Removes the copy.
    public func remove() {
        try? FileSystem.remove(scratch)
    }

    /// The branches, remote branches and tags of the repository holding `folder`, to
    /// suggest the one meant for a misspelt revision.
    public static func names(near folder: String) -> [String] {
        let refs = Command.run(["git", "-C", folder, "for-each-ref", "--format=%(refname:short)", "refs/heads", "refs/remotes", "refs/tags"])
        return refs.succeeded ? refs.output.split(separator: "\n").map(String.init) : []
    }

    private static func copy(_ folder: String, at revision: String, into scratch: String) throws(Failure) -> String {
        func git(_ arguments: [String]) -> Command.Outcome { Command.run(["git"] + arguments) }
        let place = git(["-C", folder, "rev-parse", "--show-toplevel", "--show-prefix"])
        guard place.status != nil else { throw .gitMissing }
        guard place.succeeded else { throw .notARepository }
        let lines = place.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let top = lines[0]
        let prefix = lines.count > 1 ? lines[1] : ""  // "Content/", or "" at the top
        guard git(["-C", top, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"]).succeeded else {
            throw .unknownRevision
        }
        let path = prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix
        if !path.isEmpty, !git(["-C", top, "cat-file", "-e", "\(revision):\(path)"]).succeeded {
            throw .folderMissing(path)
        }
        let archive = scratch + "/revision.tar", tree = scratch + "/tree"
        let archived = git(["-C", top, "archive", "--format=tar", "-o", archive, revision] + (path.isEmpty ? [] : ["--", path]))
        guard archived.succeeded else { throw .failed("git archive: " + archived.errors.trimmedLines) }
        do { try FileSystem.makeDirectory(tree) } catch { throw .failed("\(error)") }
        let unpacked = Command.run(["tar", "-x", "-f", archive, "-C", tree])
        guard unpacked.succeeded else { throw .failed("tar: " + unpacked.errors.trimmedLines) }
        try? FileSystem.remove(archive)
        return path.isEmpty ? tree : tree + "/" + path
    }
}

private extension String {
    var trimmedLines: String { split(separator: "\n").joined(separator: "; ") }
}
