import CommonsAnalysis
import CommonsModel

/// Whether a headline figure is good news, said in words and a shape as well as a colour,
/// so that a reader can tell at a glance whether a commons is healthy: against the
/// commons' own health goal where commons.md sets one for the scope, else against a
/// plain guide (docs/statistics.md). A bus factor of 1 is otherwise just another number.
struct HealthCue: Equatable {
    enum Standing: String {
        /// Reaches the commons' goal.
        case met
        /// Falls short of the commons' goal.
        case missed
        /// No goal set; the plain guide finds nothing to worry about.
        case fine
        /// No goal set; the plain guide says to look closer.
        case watch
        /// The figure says nothing here: no work yet, or one person to compare.
        case notApplicable = "n-a"
        /// The scope records no hours.
        case notRecorded = "not-recorded"
    }

    let standing: Standing
    let words: String

    /// The shape beside the words, for readers who cannot tell the colours apart: a disc
    /// for good news, a triangle for a warning, a ring for "nothing to judge".
    var shape: String {
        switch standing {
        case .met, .fine: "●"
        case .missed, .watch: "▲"
        case .notApplicable, .notRecorded: "○"
        }
    }

    func context() -> [String: Any] {
        ["state": standing.rawValue, "shape": shape, "words": words]
    }
}

/// A figure as a reader sees it, with its cue when it has one.
struct CuedFigure {
    let value: String
    let cue: HealthCue?
}

/// The cues of one scope — the commons or a project — as of the analysis' day.
struct HealthCues {
    let figures: ScopeFigures
    /// The goals commons.md sets that reach this scope, as the analysis checked them.
    let checks: [HealthCheck]

    init(_ figures: ScopeFigures, scope: HealthCheck.Scope, in analysis: Analysis) {
        self.figures = figures
        checks = analysis.health.filter { $0.scope == scope }
    }

    private static let noWork = HealthCue(standing: .notApplicable, words: "no work recorded yet")

    /// Against the commons' goal for the figure; nil when it sets none for this scope.
    private func goal(_ figure: HealthGoal.Figure) -> HealthCue? {
        guard let check = checks.first(where: { $0.figure == figure }) else { return nil }
        let goal = (figure.isCeiling ? "at most " : "") + figure.words(check.goal)
        if check.met { return HealthCue(standing: .met, words: "meets the goal of \(goal)") }
        return HealthCue(standing: .missed, words: (figure.isCeiling ? "above" : "below") + " the goal of \(goal)")
    }

    var busFactor: CuedFigure {
        guard figures.contributors > 0 else { return CuedFigure(value: "n/a", cue: Self.noWork) }
        let people = figures.busFactor
        return CuedFigure(value: Words.count(people), cue: goal(.busFactor) ?? {
            switch people {
            case 1: HealthCue(standing: .watch, words: "rests on one person")
            case 2: HealthCue(standing: .watch, words: "rests on two people")
            default: HealthCue(standing: .fine, words: "not resting on one or two people")
            }
        }())
    }

    var elephantFactor: CuedFigure {
        guard figures.contributors > 0 else { return CuedFigure(value: "n/a", cue: Self.noWork) }
        let organisations = figures.elephantFactor
        // Someone without an affiliation counts as their own organisation (SPEC §2): then
        // "one organisation" would name an organisation nobody recorded.
        let alone: Bool = if case .person? = figures.elephantOrganisations.first { true } else { false }
        return CuedFigure(value: Words.count(organisations), cue: goal(.elephantFactor) ?? (organisations == 1
            ? HealthCue(standing: .watch, words: alone ? "rests on one person, with no organisation recorded" : "rests on one organisation")
            : HealthCue(standing: .fine, words: "no one organisation holds half")))
    }

    var activePeople: CuedFigure {
        guard figures.contributors > 0 else { return CuedFigure(value: Words.count(0), cue: Self.noWork) }
        let active = figures.activeContributors
        return CuedFigure(value: Words.count(active), cue: goal(.activePeople) ?? {
            switch active {
            case 0: HealthCue(standing: .watch, words: "nobody active lately")
            case 1: HealthCue(standing: .watch, words: "one person active")
            default: HealthCue(standing: .fine, words: "more than one person active")
            }
        }())
    }

    /// Without a goal the unpaid share is no good or bad news: that is the commons' choice.
    var unpaidShare: CuedFigure {
        guard figures.contributions > 0 else { return CuedFigure(value: "n/a", cue: Self.noWork) }
        return CuedFigure(value: Words.percent(figures.compensation.unpaid), cue: goal(.unpaidShare))
    }

    /// Needs two people: one person's Gini is 0, which would read as "perfectly even".
    /// Judged against the most uneven the Gini can be among n people, (n − 1)/n: between
    /// two people it cannot pass 0.5, so 0.43 there means one does nearly everything.
    var gini: CuedFigure {
        if let alone = fewerThanTwo { return alone }
        let n = Double(figures.contributors)
        return CuedFigure(value: Words.fraction(figures.gini), cue: figures.gini / ((n - 1) / n) < Self.unevenGini
            ? HealthCue(standing: .fine, words: "fairly even")
            : HealthCue(standing: .watch, words: "uneven: a few do most of the work"))
    }

    /// Needs two people: one person's top tenth holds everything.
    var top10Share: CuedFigure {
        if let alone = fewerThanTwo { return alone }
        return CuedFigure(value: Words.percent(figures.top10Share), cue: figures.top10Share > 0.5
            ? HealthCue(standing: .watch, words: "more than half the work")
            : HealthCue(standing: .fine, words: "half the work or less"))
    }

    /// The hours, or "not recorded" when work was recorded but nobody wrote down hours:
    /// a 0 would read as "nothing was done".
    func hours(_ value: Double) -> CuedFigure {
        if figures.contributions > 0 && figures.hours == 0 {
            return CuedFigure(value: "not recorded",
                              cue: HealthCue(standing: .notRecorded, words: "the figures count contributions instead"))
        }
        return CuedFigure(value: Words.hours(value), cue: nil)
    }

    /// The plain guide's line between "fairly even" and "uneven", as a share of the most
    /// uneven possible (docs/statistics.md).
    static let unevenGini = 0.6

    private var fewerThanTwo: CuedFigure? {
        switch figures.contributors {
        case 0: CuedFigure(value: "n/a", cue: Self.noWork)
        case 1: CuedFigure(value: "n/a (one person)", cue: HealthCue(standing: .notApplicable, words: "needs two people to compare"))
        default: nil
        }
    }
}
