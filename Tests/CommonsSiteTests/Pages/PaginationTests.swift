import Testing
@testable import CommonsSite

@Suite struct PaginationTests {
    /// The numbers a page links to, with "…" for a gap.
    func numbers(_ page: Int, of count: Int) -> [String] {
        let items = Pagination(page: page, of: count).context()["items"] as! [[String: Any]]
        return items.map { ($0["gap"] as? Bool) == true ? "…" : $0["number"] as! String }
    }

    @Test func firstLastAndTwoEitherSide() {
        #expect(numbers(1, of: 3) == ["1", "2", "3"])
        #expect(numbers(10, of: 40) == ["1", "…", "8", "9", "10", "11", "12", "…", "40"])
        #expect(numbers(40, of: 40) == ["1", "…", "38", "39", "40"])
    }

    @Test func newerAndOlder() {
        let first = Pagination(page: 1, of: 3).context()
        #expect(first["previous"] == nil)
        #expect(first["next"] as? String == "contributions/page/2/index.html")
        let second = Pagination(page: 2, of: 3).context()
        #expect(second["previous"] as? String == "contributions/index.html")
    }
}
