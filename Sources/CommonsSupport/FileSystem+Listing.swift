import Glibc

extension FileSystem {
    /// One name in a folder, with what the folder says it is.
    public struct Entry: Sendable {
        public let name: String
        /// `file` or `directory` as the folder lists it, `other` for a symbolic link or a
        /// special file (links are not followed); nil when the file system does not say,
        /// and only `lstat` can tell.
        public let kind: Kind?
        /// The name as a diagnostic shows it, when it cannot be shown as it is: bytes that
        /// are not UTF-8 as `\xE9`, control characters as `\n`, `\t` or `\x1B`. nil
        /// for every other name. `name` then holds U+FFFD for each bad byte, and opens
        /// nothing.
        public let escapedName: String?
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
            let bytes = UnsafeBufferPointer(start: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: UInt8.self),
                                            count: strlen((UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self)))
            let name = String(decoding: bytes, as: UTF8.self)
            if name == "." || name == ".." { continue }
            let kind: Kind?
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_UNKNOWN): kind = nil
            default: kind = .other
            }
            let plain = bytes.allSatisfy { $0 >= 0x20 && $0 != 0x7F } && String(validating: bytes, as: UTF8.self) != nil
            entries.append(Entry(name: name, kind: kind, escapedName: plain ? nil : escaped(bytes)))
        }
        return entries
    }

    /// The names in a folder, sorted; hidden ones included. None when it cannot be read.
    public static func entries(_ folder: String) -> [String] {
        (list(folder) ?? []).map(\.name).sorted()
    }

    /// Bytes as text a terminal shows on one line: what is not UTF-8 and control
    /// characters escaped, a backslash doubled.
    static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var text = ""
        var rest = bytes[...]
        while !rest.isEmpty {
            // The scalar the front bytes make, if they make one, is kept as it is.
            var length = min(4, rest.count)
            var scalar: Unicode.Scalar?
            while length > 0 {
                if let decoded = String(validating: rest.prefix(length), as: UTF8.self), decoded.unicodeScalars.count == 1 {
                    scalar = decoded.unicodeScalars.first
                    break
                }
                length -= 1
            }
            guard let scalar else {
                text += "\\x" + hex(rest.first!)
                rest = rest.dropFirst()
                continue
            }
            rest = rest.dropFirst(length)
            switch scalar {
            case "\n": text += "\\n"
            case "\t": text += "\\t"
            case "\r": text += "\\r"
            case "\\": text += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: text += "\\x" + hex(UInt8(scalar.value))
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
