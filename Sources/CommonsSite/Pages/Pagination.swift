/// Links between the ledger's pages: first, previous, a window of numbers, next, last.
struct Pagination {
    let page: Int
    let of: Int

    func context() -> [String: Any] {
        let window = max(1, page - 2)...min(of, page + 2)
        var pages = Set(window)
        pages.insert(1)
        pages.insert(of)
        var items: [[String: Any]] = []
        var previous = 0
        for number in pages.sorted() {
            if number > previous + 1 { items.append(["gap": true]) }
            items.append(["number": String(number), "href": PagePath.ledger(page: number).href,
                          "current": number == page, "gap": false])
            previous = number
        }
        var context: [String: Any] = ["items": items, "label": "Page \(page) of \(of)"]
        if page > 1 { context["previous"] = PagePath.ledger(page: page - 1).href }
        if page < of { context["next"] = PagePath.ledger(page: page + 1).href }
        return context
    }
}
