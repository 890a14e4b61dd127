import CommonsSupport
import Glibc

/// The folders and files below a folder, hidden ones (and all below them) left out as
/// the content loader leaves them out. Symbolic links are listed as files, never followed,
/// so a link cannot lead a watch in circles.
enum FolderScan {
    /// How a file looked: a change to any of these is an edit.
    struct Stamp: Equatable {
        let modified: timespec
        let changed: timespec
        let size: Int
        let inode: UInt

        static func == (a: Stamp, b: Stamp) -> Bool {
            a.size == b.size && a.inode == b.inode
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
        }
    }

    /// Every folder, `root` first, and every file with its stamp.
    static func scan(_ root: String) -> (folders: [String], files: [String: Stamp]) {
        scan(root, stampingFolders: false)
    }

    /// `stampingFolders`: the folders below `root` are in `files` too, stamped as a file
    /// is, so that polling sees a folder made or removed, empty or not.
    static func scan(_ root: String, stampingFolders: Bool) -> (folders: [String], files: [String: Stamp]) {
        var folders: [String] = []
        var files: [String: Stamp] = [:]
        var pending = [root]
        while let folder = pending.popLast() {
            guard let entries = FileSystem.list(folder) else { continue }
            folders.append(folder)
            for entry in entries where !entry.name.hasPrefix(".") {
                let path = folder + "/" + entry.name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    pending.append(path)
                    if stampingFolders {
                        // A folder's own times change with every file written in it: only
                        // its being there is told.
                        files[path] = Stamp(modified: timespec(), changed: timespec(), size: -1, inode: UInt(info.st_ino))
                    }
                } else {
                    files[path] = Stamp(modified: info.st_mtim, changed: info.st_ctim, size: Int(info.st_size),
                                        inode: UInt(info.st_ino))
                }
            }
        }
        return (folders, files)
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// A path with a hidden name in it, below the watched folder: never read, so never
    /// a reason to rebuild (an editor's swap file, `.git`).
    static func isHidden(_ path: String, below root: String) -> Bool {
        path.dropFirst(root.count).split(separator: "/").contains { $0.hasPrefix(".") }
    }
}
