import CommonsSupport
import Mustache

/// What `{{ }}` does to every value in every template of a theme: the five HTML markup
/// characters become entities, byte by byte.
///
/// swift-mustache's own escaping compares whole Characters, so a quote followed by a
/// combining mark (`"` + U+0338) is one Character, not a quote, and would pass through
/// unescaped and end an attribute.
struct HTMLEscaping: MustacheContentType {
    /// The content type's name in the pragma `Theme` puts before each template.
    static let name = "COMMONS_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"

    /// Registers the content type with swift-mustache, once per process.
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        text.escaped(as: .html)
    }
}
