import CCmark

extension MarkdownRenderer {
    /// The libcmark the process runs with — a shared library, so it can differ from the
    /// one the tool was built against.
    public static var libcmarkVersion: String { String(cString: cmark_version_string()) }
}
