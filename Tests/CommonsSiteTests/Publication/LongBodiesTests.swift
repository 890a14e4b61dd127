import CommonsModel
import Foundation
import Testing
@testable import CommonsSite

@Suite struct LongBodiesTests {
    final class Count: @unchecked Sendable {
        let lock = NSLock()
        var value = 0
        func add() { lock.lock(); value += 1; lock.unlock() }
    }

    /// Shown on its page and in the feed, drawn by threads at once: drawn once.
    @Test func aLongBodyIsDrawnOnceHoweverOftenItIsShown() async {
        let bodies = LongBodies()
        let draws = Count()
        let body = Markdown(String(repeating: "A long charter. ", count: 5_000))
        let other = Markdown(String(repeating: "Another one. ", count: 6_000))
        await withTaskGroup(of: String.self) { group in
            for index in 0..<8 {
                group.addTask {
                    bodies.html(index % 2 == 0 ? body : other) { draws.add(); return "<p>\($0.source.count)</p>" }
                }
            }
            var shown: Set<String> = []
            for await html in group { shown.insert(html) }
            #expect(shown == ["<p>\(body.source.count)</p>", "<p>\(other.source.count)</p>"])
        }
        #expect(draws.value == 2)
    }
}
