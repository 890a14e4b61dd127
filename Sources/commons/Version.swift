import CommonsMarkdown

/// The tool's version (`make dist` names its archive after it) and, since libcmark is a
/// shared library found at run time, the one it renders with.
enum Version {
    static let tool = "0.1.0"

    static var description: String { "commons \(tool) (libcmark \(MarkdownRenderer.libcmarkVersion))" }
}
