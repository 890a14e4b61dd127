import CommonsSupport
import Synchronization
import Testing

@Suite struct ParallelMapTests {
    @Test(arguments: [0, 1, 2, 255, 256, 257, 10_000])
    func keepsTheOrder(count: Int) {
        let items = Array(0..<count)
        #expect(items.parallelMap { $0 * 3 } == items.map { $0 * 3 })
    }

    @Test func resultsOfAnyTypeComeBackWhole() {
        let words = (0..<1000).map { "word \($0)" }
        #expect(words.parallelMap { [$0, $0.uppercased()] } == words.map { [$0, $0.uppercased()] })
    }

    /// What the map made lives exactly as long as the array it returned: none is leaked,
    /// none freed early.
    @Test(arguments: [0, 1, 3_000])
    func freesWhatItMade(count: Int) {
        let census = Census()
        do {
            let made = Array(0..<count).parallelMap { Counted($0, in: census) }
            #expect(census.alive == count)
            #expect(made.map(\.value) == Array(0..<count))
        }
        #expect(census.alive == 0)
    }
}

/// How many `Counted` are alive.
final class Census: Sendable {
    private let count = Atomic(0)
    var alive: Int { count.load(ordering: .sequentiallyConsistent) }
    func add(_ n: Int) { count.add(n, ordering: .sequentiallyConsistent) }
}

final class Counted: Sendable {
    let value: Int
    private let census: Census
    init(_ value: Int, in census: Census) {
        self.value = value
        self.census = census
        census.add(1)
    }
    deinit { census.add(-1) }
}
