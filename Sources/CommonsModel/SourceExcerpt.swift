import CommonsSupport

/// The line a diagnostic points at with a caret under its column, as compilers print
/// them, so a contributor sees the mistake without opening the file:
///
///         5 | kind: codee
///           |       ^
struct SourceExcerpt {
    /// Longer lines are cut to about this many Characters around the column, with `…`.
    static let widest = 160

    let number: Int
    /// The line as shown: cut if long, without its line end and trailing blanks.
    let shown: String
    /// What `shown` has before the caret.
    let before: String

    /// nil when the line is not in `lines` (the file changed since it was read).
    /// `column` counts Characters, as `Diagnostic.column` does; past the line's end,
    /// the caret stands just after it.
    init?(_ lines: [String], line number: Int, column: Int) {
        guard number >= 1 && number <= lines.count else { return nil }
        let line = lines[number - 1]
        let caret = line.index(line.startIndex, offsetBy: max(column - 1, 0), limitedBy: line.endIndex) ?? line.endIndex
        var start = line.startIndex
        var end = line.endIndex
        var (lead, tail) = ("", "")
        if line.count > SourceExcerpt.widest {
            let half = SourceExcerpt.widest / 2
            start = line.index(caret, offsetBy: -half, limitedBy: line.startIndex) ?? line.startIndex
            end = line.index(start, offsetBy: SourceExcerpt.widest, limitedBy: line.endIndex) ?? line.endIndex
            if end == line.endIndex { start = line.index(end, offsetBy: -SourceExcerpt.widest) }
            lead = start > line.startIndex ? "…" : ""
            tail = end < line.endIndex ? "…" : ""
        }
        var shown = lead + line[start..<end] + tail
        while let last = shown.last, last.isWhitespace { shown.removeLast() }
        self.number = number
        self.shown = shown
        before = lead + line[start..<min(caret, end)]
    }

    /// The two lines, each ending in a newline. The gutter is as wide as the one line
    /// number it shows; nothing ends in a space.
    var text: String {
        let gutter = "    " + String(number)
        let blank = String(repeating: " ", count: gutter.count)
        // A tab stays a tab under itself, so the caret lines up whatever the tab width.
        let indent = String(before.map { $0 == "\t" ? "\t" : " " })
        return gutter + " |" + (shown.isEmpty ? "" : " " + shown) + "\n"
            + blank + " | " + indent + "^\n"
    }

    /// Every line of the file at `path`, without line ends; nil when it cannot be read.
    static func read(_ path: String) -> [String]? {
        guard case .success(let bytes) = FileSystem.contents(of: path) else { return nil }
        // Lines end at LF alone, as the model counts them; a BOM is not part of line 1.
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        return body.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
    }
}

/// The files diagnostics point into, each read once, on the first excerpt it is needed for.
struct SourceExcerpts {
    /// The content folder as the user named it.
    let folder: String
    /// `SourceExcerpt.read`, but for tests that count the reads.
    private let read: (String) -> [String]?
    private var files: [String: [String]?] = [:]

    init(folder: String, read: @escaping (String) -> [String]? = SourceExcerpt.read) {
        self.folder = folder
        self.read = read
    }

    /// The excerpt for `diagnostic`, or "" for a whole-file problem, a file that cannot
    /// be read or a line that is no longer there.
    mutating func lines(for diagnostic: Diagnostic) -> String {
        guard diagnostic.line > 0 else { return "" }
        let path = switch diagnostic.pathBase {
        case .contentFolder: folder + "/" + diagnostic.path
        case .workingDirectory: diagnostic.path
        }
        if files[path] == nil { files[path] = .some(read(path)) }
        guard let lines = files[path] ?? nil,
              let excerpt = SourceExcerpt(lines, line: diagnostic.line, column: diagnostic.column) else { return "" }
        return excerpt.text
    }
}
