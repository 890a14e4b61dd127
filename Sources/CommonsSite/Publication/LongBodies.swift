import CommonsMarkdown
import CommonsModel
import Foundation

/// The HTML of bodies long enough for libcmark's time over them to matter, drawn once.
///
/// A contribution's body is shown on its page and, when it is recent, in the feed; at
/// 1 MB (the default `max_file_kb`) a drawing can take a third of a second. Bodies that
/// long are few, so each is kept once drawn; the rest are drawn where they are shown,
/// and nothing else is held.
final class LongBodies: @unchecked Sendable {
    /// 64 KB: a long page people write is a few KB, and below this a drawing takes
    /// milliseconds.
    static let threshold = 64 * 1024

    private let lock = NSLock()
    private var drawn: [[UInt8]: String] = [:]

    /// The body's HTML, drawn by `draw` the first time. The lock is held while drawing,
    /// so a body shown on two pages drawn at once is still drawn once.
    func html(_ body: Markdown, _ draw: (Markdown) -> String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let html = drawn[body.source] { return html }
        let html = draw(body)
        drawn[body.source] = html
        return html
    }
}
