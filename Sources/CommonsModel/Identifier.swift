/// Slugs, handles and ids: the names that become URLs and output folders.
///
/// Only lowercase ASCII letters, digits and `-` (ids also `/` between segments),
/// so that no name can reach outside the output folder or differ only by case
/// on a case-insensitive file system.
public enum Identifier {
    public static func isValidName(_ name: some StringProtocol) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
        }
    }

    public static func isValidID(_ id: String) -> Bool {
        // Bytes, not Characters: this runs once per file, and grapheme breaking is slow.
        var segmentLength = 0
        for byte in id.utf8 {
            if byte == 0x2F {
                if segmentLength == 0 { return false }
                segmentLength = 0
            } else if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D {
                segmentLength += 1
            } else {
                return false
            }
        }
        return segmentLength > 0
    }

    /// What is wrong with a name, in words, for a diagnostic.
    public static func problem(with name: String) -> String {
        if name.isEmpty { return "it is empty" }
        if name.contains(where: { $0.isUppercase }) { return "it has uppercase letters" }
        if name.contains(" ") { return "it has spaces" }
        if name.contains(".") { return "it has dots" }
        return "it has characters other than lowercase letters, digits and '-'"
    }
}

/// http(s) and mailto links, the only ones the content format accepts.
public enum Link {
    public static func isWebURL(_ text: String) -> Bool {
        for scheme in ["https://", "http://"] where text.lowercased().hasPrefix(scheme) {
            let rest = text.dropFirst(scheme.count)
            let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return !host.isEmpty && !text.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" })
        }
        return false
    }

    public static func isMailto(_ text: String) -> Bool {
        guard text.lowercased().hasPrefix("mailto:") else { return false }
        let address = text.dropFirst("mailto:".count)
        return address.contains("@") && !address.contains(where: { $0 == " " || $0 == "<" || $0 == ">" })
    }
}
