import Glibc

extension FileSystem {
    /// One name in a folder, with what the folder says it is.
    public struct Entry: Sendable {
        public let name: String
        /// `file` or `directory` as the folder lists it, `other` for a symbolic link or a
        /// special file (links are not followed); nil when the file system does not say,
        /// and only `lstat` can tell.
        public let kind: Kind?
    }

    /// Everything in a folder but `.` and `..`, hidden names included, in the order the
    /// file system keeps them; nil when the folder cannot be read.
    ///
    /// The folder says what most entries are, so a walk over tens of thousands of files
    /// needs no `stat` for each.
    public static func list(_ folder: String) -> [Entry]? {
        guard let handle = opendir(folder) else { return nil }
        defer { closedir(handle) }
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        var entries: [Entry] = []
        while let entry = readdir(handle) {
            let name = String(cString: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            let kind: Kind?
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_UNKNOWN): kind = nil
            default: kind = .other
            }
            entries.append(Entry(name: name, kind: kind))
        }
        return entries
    }

    /// The names in a folder, sorted; hidden ones included. None when it cannot be read.
    public static func entries(_ folder: String) -> [String] {
        (list(folder) ?? []).map(\.name).sorted()
    }
}
