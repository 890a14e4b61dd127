import CommonsAnalysis
import CommonsModel

/// A scope's figures as a short list with a few words each: the project page's and the
/// stats page's overview.
enum ScopeFigureList {
    static func items(_ scope: ScopeFigures, activeDays: Int, cues: HealthCues) -> [[String: Any]] {
        let of = scope.basis == .hours ? "of the hours" : "of the contributions"
        return [
            FigureList.item("Contributions", Words.count(scope.contributions), "pieces of work recorded"),
            FigureList.item("Hours", cues.hours(scope.hours), "written down for that work"),
            FigureList.item("People", Words.count(scope.contributors), "credited with work"),
            FigureList.item("Active", cues.activePeople, "people in the last \(Words.plural(activeDays, "day"))"),
            FigureList.item("Bus factor", cues.busFactor, "people hold half \(of)"),
            FigureList.item("Elephant factor", cues.elephantFactor, "organisations hold half \(of)"),
            FigureList.item("Gini", cues.gini, "0 is even, 1 is one person"),
            FigureList.item("Unpaid", cues.unpaidShare, of),
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
