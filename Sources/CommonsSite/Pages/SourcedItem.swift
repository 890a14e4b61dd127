/// An item of a long list on a page — a vote — whose values are built when a template
/// first reads them, and which the page's fingerprint feeds by what they are made of
/// (`feedSources`) without building them: an active person has voted on hundreds of
/// proposals, a big proposal has hundreds of votes, and a preview fingerprints every
/// such page after each edit (`PageFingerprint`). The two closures are written side by
/// side where the item is made, so that what one reads the other feeds.
///
/// A class, read by the one core that draws its page: built once however many names a
/// template looks up in it.
final class SourcedItem: NamedContext, @unchecked Sendable {
    private let build: () -> [String: Any]
    let feedSources: (inout Hasher) -> Void
    private lazy var values: [String: Any] = build()

    init(build: @escaping () -> [String: Any], sources: @escaping (inout Hasher) -> Void) {
        (self.build, feedSources) = (build, sources)
    }

    var names: [String] { Array(values.keys) }
    func child(named name: String) -> Any? { values[name] }
}
