/// What the search page and the pages search finds receive, on a site with search.
extension ThemeContract {
    static let searchFilter = Shape("search filter", [
        .text("name", "Type, Project, Kind of work, Compensation or Proposal status"),
        .text("value", "the page's value: Person, the project's title, code, unpaid, Accepted…"),
    ])

    static let indexEntry = Shape("index entry", [
        .text("href", "the page, from the site root"),
        .text("title", "the project's or proposal's title, the person's name"),
        .text("type", "project, person or proposal"),
    ])
}

extension PageKind {
    static let search = PageKind(template: "search", name: "the search page", addresses: "/search/ (on a site with search)", values: Shape("search page", [
        .text("title", "Search"),
        .text("description", "one sentence about the page"),
        .list("letters", Shape("letter", [
            .text("letter", "A, B… or # for titles that start with no letter"),
            .text("id", "the letter's heading id: letter-a, letter-other"),
            .list("entries", ThemeContract.indexEntry, "what is filed under it, by title"),
        ]), "every project, person and proposal from A to Z, for readers without JavaScript"),
    ]))
}
