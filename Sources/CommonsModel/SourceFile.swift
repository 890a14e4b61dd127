import CommonsSupport

/// A content file's bytes split into front matter and body, checked for the
/// things that make it unreadable: size, encoding, missing delimiters.
struct SourceFile {
    let path: String
    /// The YAML between the `---` lines.
    let frontMatter: String
    /// File line number of the front matter's first line.
    let frontMatterLine: Int
    /// The Markdown after the closing `---`.
    let body: [UInt8]
    /// File line number of the body's first line.
    let bodyLine: Int

    /// Reads and splits the file; a problem names the file and, where it can, the line.
    static func read(_ absolute: String, path: String, maxBytes: Int) -> Result<SourceFile, Diagnostic> {
        switch FileSystem.contents(of: absolute, maxBytes: maxBytes) {
        case .failure(.cannotOpen):
            return .failure(.error(path, "cannot open the file"))
        case .failure(.cannotRead):
            return .failure(.error(path, "cannot read the file"))
        case .failure(.tooLarge(let size)):
            // commons.md is read before its max_file_kb is known, so it keeps the default.
            let advice = path == "commons.md" ? "move some of its text to a page" : "split it, or raise max_file_kb in commons.md"
            return .failure(.error(path, "file is \((size + 1023) / 1024) KB, over the limit of \(maxBytes / 1024) KB: \(advice)"))
        case .success(let bytes):
            return split(bytes, path: path)
        }
    }

    static func split(_ input: [UInt8], path: String) -> Result<SourceFile, Diagnostic> {
        var bytes = input[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let bad = firstInvalidUTF8(bytes) {
            return .failure(.error(path, at: Position(line: bad.line, column: bad.column),
                                   "file is not valid UTF-8 (save it as UTF-8)"))
        }
        // Lines as byte ranges without their line end.
        var lineStart = bytes.startIndex
        var lineNumber = 1
        var opening: Range<Int>?
        var frontStart = 0
        func content(_ range: Range<Int>) -> ArraySlice<UInt8> {
            var end = range.upperBound
            while end > range.lowerBound, bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            return bytes[range.lowerBound..<end]
        }
        let delimiter: [UInt8] = [0x2D, 0x2D, 0x2D]
        var index = bytes.startIndex
        while index <= bytes.endIndex {
            if index == bytes.endIndex || bytes[index] == 0x0A {
                let line = lineStart..<index
                if opening == nil {
                    guard content(line).elementsEqual(delimiter) else {
                        return .failure(.error(path, at: Position(line: 1, column: 1),
                                               "missing front matter: the file must start with a '---' line, then YAML fields, then '---'"))
                    }
                    opening = line
                    frontStart = index + 1
                } else if content(line).elementsEqual(delimiter) {
                    let yaml = String(decoding: bytes[min(frontStart, lineStart)..<lineStart], as: UTF8.self)
                    let bodyStart = min(index + 1, bytes.endIndex)
                    return .success(SourceFile(path: path, frontMatter: yaml, frontMatterLine: 2,
                                               body: Array(bytes[bodyStart...]), bodyLine: lineNumber + 1))
                }
                if index == bytes.endIndex { break }
                lineStart = index + 1
                lineNumber += 1
            }
            index += 1
        }
        if opening == nil {
            return .failure(.error(path, at: Position(line: 1, column: 1),
                                   "missing front matter: the file is empty; it must start with '---', then YAML fields, then '---'"))
        }
        return .failure(.error(path, at: Position(line: 1, column: 1),
                               "unterminated front matter: no closing '---' line after the opening one"))
    }

    /// Line and column of the first byte that is not valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> (line: Int, column: Int)? {
        // Fast path: valid as a whole, which the standard library checks many bytes at a
        // time; decoding scalar by scalar below cost 4 % of a build's instructions.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        // The line so far: the column counts its Characters, as a reader does.
        var before = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; before = String.UnicodeScalarView() } else { before.append(scalar) }
            case .emptyInput:
                return nil
            case .error:
                return (line, String(before).count + 1)
            }
        }
    }
}
