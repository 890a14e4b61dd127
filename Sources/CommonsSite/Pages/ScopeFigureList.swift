import CommonsAnalysis
import CommonsModel

/// A scope's figures as a short list with a few words each: the project page's and the
/// stats page's overview.
enum ScopeFigureList {
    static func items(_ scope: ScopeFigures, activeDays: Int) -> [[String: Any]] {
        let of = scope.basis == .hours ? "of the hours" : "of the contributions"
        return [
            FigureList.item("Contributions", Words.count(scope.contributions)),
            FigureList.item("Hours", Words.hours(scope.hours)),
            FigureList.item("People", Words.count(scope.contributors), "credited with work"),
            FigureList.item("Active", Words.count(scope.activeContributors), "in the last \(Words.plural(activeDays, "day"))"),
            FigureList.item("Bus factor", Words.count(scope.busFactor), "people hold half \(of)"),
            FigureList.item("Elephant factor", Words.count(scope.elephantFactor), "organisations hold half \(of)"),
            FigureList.item("Gini", Words.fraction(scope.gini), "0 is even, 1 is one person"),
            FigureList.item("Unpaid", Words.percent(scope.compensation.unpaid), of),
        ]
    }

    /// "Who carries it": people with their part of the work, largest first, the people
    /// of the bus factor marked.
    static let carrierLimit = 20

    static func carriers(_ scope: ScopeFigures, in publication: Publication, limit: Int = carrierLimit) -> [[String: Any]] {
        let busFactor = Set(scope.busFactorPeople)
        return zip(scope.parts.prefix(limit), scope.ranking).map { entry, credit in
            var person = PersonLink.context(entry.handle, in: publication)
            person["part"] = Words.percent(entry.part)
            person["amount"] = Words.hours(credit.share) + (scope.basis == .hours ? " hours" : " contributions")
            if busFactor.contains(entry.handle) { person["busFactor"] = true }
            return person
        }
    }
}
