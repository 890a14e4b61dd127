/// Text for a terminal: how many columns it takes, and prose broken into lines that fit.
enum TerminalText {
    /// The width `commons report --format text` keeps to.
    static let width = 80

    /// The columns `text` takes in a terminal: two for a wide (East Asian or emoji)
    /// character, one for any other.
    static func columns(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + columns($1) }
    }

    static func columns(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.properties.isEmojiPresentation || character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) {
            return 2
        }
        return wideRanges.contains { $0.contains(first.value) } ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks: Hangul Jamo, CJK, Hangul syllables,
    /// compatibility ideographs, fullwidth forms, the supplementary ideographs.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x20000...0x3FFFD,
    ]

    /// `text` broken at spaces into lines of at most `width` columns, the first starting
    /// with `indent`, the others with `continuation`. A word longer than a line stays
    /// whole. A break never parts a number from the word one space after it ("4 of",
    /// "1 open") nor starts a line with punctuation ("—", "·", "%").
    static func wrapped(_ text: String, width: Int = width, indent: String = "", continuation: String = "") -> [String] {
        var lines: [String] = []
        var line = indent
        var lineHasText = false
        for (separator, chunk) in chunks(text) {
            if lineHasText && columns(line) + columns(separator) + columns(chunk) > width {
                lines.append(line)
                line = continuation + chunk
            } else {
                line += (lineHasText ? separator : "") + chunk
            }
            lineHasText = true
        }
        lines.append(line)
        return lines
    }

    /// The pieces a line may break between, each with the spaces before it.
    private static func chunks(_ text: String) -> [(separator: String, chunk: String)] {
        var words: [(separator: String, word: String)] = []
        var separator = ""
        var word = ""
        for character in text {
            if character == " " {
                if !word.isEmpty {
                    words.append((separator, word))
                    separator = ""
                    word = ""
                }
                separator.append(character)
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty || words.isEmpty { words.append((separator, word)) }

        var chunks: [(separator: String, chunk: String)] = []
        for (index, entry) in words.enumerated() {
            let followsNumber = index > 0 && entry.separator == " " && isNumber(words[index - 1].word)
            let keepsWithPrevious = index > 0 && (followsNumber || isPunctuation(entry.word))
            if keepsWithPrevious {
                chunks[chunks.count - 1].chunk += entry.separator + entry.word
            } else {
                chunks.append((entry.separator, entry.word))
            }
        }
        return chunks
    }

    private static func isNumber(_ word: String) -> Bool {
        word.contains(where: \.isNumber) && word.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
    }

    private static func isPunctuation(_ word: String) -> Bool {
        word.allSatisfy { $0.isPunctuation || $0.isSymbol }
    }
}
