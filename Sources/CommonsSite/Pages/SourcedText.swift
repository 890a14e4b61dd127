import Mustache

/// A long text on a page — the names of a proposal's eligible voters — built when a
/// template shows it, and fed to the page's fingerprint by what it is made of
/// (`feedSources`) without building it: a commons-wide proposal can have thousands of
/// eligible voters, and a preview fingerprints every proposal page after each edit
/// (`PageFingerprint`). Shown as `Shown` is. Like `SourcedItem`, the two closures are
/// written side by side where the text is made.
final class SourcedText: MustacheCustomRenderable, MustacheTransformable, @unchecked Sendable {
    private let build: () -> String
    let feedSources: (inout Hasher) -> Void
    /// Built once, by the one core that draws its page.
    private(set) lazy var renderText: String = build()
    var isNull: Bool { false }

    init(build: @escaping () -> String, sources: @escaping (inout Hasher) -> Void) {
        (self.build, feedSources) = (build, sources)
    }

    func transform(_ name: String) -> Any? { renderText.transform(name) }
}
