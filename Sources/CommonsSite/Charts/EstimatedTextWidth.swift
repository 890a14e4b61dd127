/// How wide a text will be, estimated without a font.
///
/// Charts are built ahead of time and the page's system font is unknown, so label thinning
/// and truncation work from typical advance widths of sans-serif faces, erring wide: a
/// label that is thinned a little too eagerly is better than two that overlap.
func estimatedWidth(_ text: String, fontSize: Double) -> Double {
    text.unicodeScalars.reduce(0) { $0 + emWidth($1) } * fontSize
}

private func emWidth(_ scalar: Unicode.Scalar) -> Double {
    switch scalar.value {
    case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F:
        return 0  // combining marks, zero-width spaces, variation selectors
    case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
         0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
        return 1  // CJK, Hangul, full-width forms, emoji
    default:
        break
    }
    // Close to the widest common system sans (DejaVu Sans on Linux); SF, Segoe UI and
    // Roboto come out narrower, which only leaves a little more room.
    switch scalar {
    case " ", ".", ",", ":", ";", "'", "|", "!", "i", "j", "l", "I", "(", ")", "[", "]", "f", "t":
        return 0.36
    case "m", "w", "M", "W", "@", "%":
        return 0.95
    case "A"..."Z":
        return 0.72
    case "0"..."9":
        return 0.64
    default:
        return 0.62
    }
}

extension String {
    /// The text cut to fit `width`, ending in "…" when anything was cut; whole characters
    /// only, so an accent or an emoji is never split.
    func truncated(toWidth width: Double, fontSize: Double) -> String {
        guard estimatedWidth(self, fontSize: fontSize) > width else { return self }
        let room = width - estimatedWidth("…", fontSize: fontSize)
        var kept = ""
        var used = 0.0
        for character in self {
            let next = estimatedWidth(String(character), fontSize: fontSize)
            if used + next > room { break }
            kept.append(character)
            used += next
        }
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept + "…"
    }
}
