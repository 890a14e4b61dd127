/// One thing wrong (or suspicious) in the content, where a contributor can find it.
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error, warning
        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    /// What `path` starts from: the content folder for content files; for a theme's
    /// files, which may be anywhere, the working directory (or `/`), as the user named
    /// them with `--templates` or as the binary found its default theme.
    public enum PathBase: Sendable, Hashable {
        case contentFolder, workingDirectory
    }

    /// Relative to `pathBase`, with `/` separators.
    public let path: String
    public private(set) var pathBase = PathBase.contentFolder
    /// 1-based line and column in the file; 0 when the problem is the file as a whole.
    /// The column counts Characters, as a reader does: `é` is one, written as `e` and a
    /// combining accent too, and so is a tab.
    public let line: Int
    public let column: Int
    public let severity: Severity
    public let message: String
    /// The path of a file that could not be read, when this problem only follows from
    /// it (a contribution naming a project whose file has a YAML error): fixing that
    /// file fixes this one. nil for a problem of its own.
    public private(set) var causedBy: String?

    public init(_ severity: Severity, _ path: String, line: Int = 0, column: Int = 0, _ message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public static func error(_ path: String, at position: Position = .file, _ message: String) -> Diagnostic {
        Diagnostic(.error, path, line: position.line, column: position.column, message)
    }

    public static func warning(_ path: String, at position: Position = .file, _ message: String) -> Diagnostic {
        Diagnostic(.warning, path, line: position.line, column: position.column, message)
    }

    /// The same problem, marked as following from the unreadable file at `cause`.
    public func caused(by cause: String) -> Diagnostic {
        var copy = self
        copy.causedBy = cause
        return copy
    }

    /// The same problem, its path named from the working directory (a theme's file).
    public func pathFromWorkingDirectory() -> Diagnostic {
        var copy = self
        copy.pathBase = .workingDirectory
        return copy
    }

    /// `path:line:col: severity: message`, the form editors and CI understand.
    public var description: String {
        let place = line > 0 ? "\(path):\(line):\(max(column, 1))" : path
        return "\(place): \(severity.rawValue): \(message)"
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.path, a.line, a.column, a.severity == .error ? 0 : 1, a.message)
            < (b.path, b.line, b.column, b.severity == .error ? 0 : 1, b.message)
    }
}

/// A line and column in a content file (1-based).
public struct Position: Hashable, Sendable {
    public let line: Int
    public let column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public static let file = Position(line: 0, column: 0)
}

extension Array where Element == Diagnostic {
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
extension Diagnostic: Error {}
