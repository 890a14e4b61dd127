import CommonsModel
import Mustache

/// A file's body on its page: its Markdown, drawn as HTML when a template shows it. A
/// preview tells a page unchanged by its fingerprint, which feeds a body by its source
/// (`PageFingerprint`) rather than drawing every person's, project's and proposal's
/// body after each edit to find most of them as they were. Shown as `Shown` is.
struct ShownBody: MustacheCustomRenderable, MustacheTransformable, @unchecked Sendable {
    let markdown: Markdown
    let publication: Publication

    var renderText: String { publication.html(markdown) }
    var isNull: Bool { false }

    func transform(_ name: String) -> Any? { renderText.transform(name) }

    /// What `renderText` draws from: the Markdown, and whether commons.md lets raw HTML through.
    func feedSources(into hasher: inout Hasher) {
        hasher.combine(markdown)
        hasher.combine(publication.settings.unsafeHTML)
    }
}
