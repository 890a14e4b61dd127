import Foundation

/// A name or a title made into a slug or a handle: letters folded to ASCII ("José
/// Müller" → `jose-muller`, "Łódź" → `lodz`), lowercase, and `-` for everything else.
public enum Slug {
    public static func from(_ text: String) -> String {
        let ascii = text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) ?? text
        var slug = ""
        for byte in ascii.lowercased().utf8 {
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                slug.unicodeScalars.append(Unicode.Scalar(byte))
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    /// `base`, else `base-2`, `base-3`… : the first for which `taken` is false.
    public static func unique(_ base: String, taken: (String) -> Bool) -> String {
        if !taken(base) { return base }
        var n = 2
        while taken(base + "-" + String(n)) { n += 1 }
        return base + "-" + String(n)
    }
}
