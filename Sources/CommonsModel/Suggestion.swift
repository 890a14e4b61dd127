/// "did you mean …?" — the valid value meant by a misspelled one, or by another word
/// for it.
public enum Suggestion {
    /// The candidate `word` means: its synonym (`+1` means 'yes') if that is a
    /// candidate, else the one with the smallest edit distance, if it is close enough to
    /// be a plausible typo (at most a third of the word, at least two edits allowed, and
    /// fewer edits than the word has letters: `ok` is not a typo of 'no').
    public static func nearest(to word: String, in candidates: some Sequence<String>,
                               synonyms: [String: String] = [:]) -> String? {
        if !synonyms.isEmpty, let meant = synonyms[normalized(word)], candidates.contains(meant) {
            return meant
        }
        let target = Array(word.lowercased().unicodeScalars)
        let limit = max(2, target.count / 3)
        var best: (distance: Int, value: String)?
        for candidate in candidates {
            let scalars = Array(candidate.lowercased().unicodeScalars)
            guard abs(scalars.count - target.count) <= limit else { continue }
            let d = distance(target, scalars)
            if d <= limit, d < target.count,
               best == nil || d < best!.distance || (d == best!.distance && candidate < best!.value) {
                best = (d, candidate)
            }
        }
        return best?.value
    }

    /// A word as synonyms are listed: lowercase, spaces trimmed and single.
    static func normalized(_ word: String) -> String {
        word.lowercased().split(separator: " ").joined(separator: " ")
    }

    /// "; did you mean 'x'?" or "", to append to a message.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        nearest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance with transpositions counted as one edit.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
