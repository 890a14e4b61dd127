import CommonsAnalysis
import CommonsModel
import CommonsTestSupport
import Testing
@testable import CommonsSite

/// Each figure's cue in each state a reader can meet: the commons' goal met or missed, a
/// plain guide's "fine" or "watch", nothing to judge (no work, one person), and hours
/// never recorded. Every cue has words and a shape, not a colour alone.
@Suite struct HealthCueTests {
    let asOf = day("2026-06-30")

    /// garden: ana and ben of Library, 6 hours each, one paid; kitchen: dan and eve, 7
    /// hours each, on their own; solo: cem alone in January, no hours; empty: nothing yet.
    func cues(_ slug: String, goals: [HealthGoal] = []) -> HealthCues {
        var model = commons(projects: [project("garden"), project("kitchen"), project("solo"), project("empty")],
                            people: [person("ana", of: "Library"), person("ben", of: "Library")],
                            contributions: [
                                work("ana", to: "garden", on: "2026-06-01", hours: 6),
                                work("ben", to: "garden", on: "2026-06-02", hours: 6, paid: .paid),
                                work("dan", to: "kitchen", on: "2026-06-03", hours: 7),
                                work("eve", to: "kitchen", on: "2026-06-04", hours: 7),
                                work("cem", to: "solo", on: "2026-01-03"),
                            ])
        model.settings.health = goals
        let analysis = Analysis(commons: model, asOf: asOf)
        let scope: HealthCheck.Scope = slug == "commons" ? .commons : .project(slug)
        return HealthCues(slug == "commons" ? analysis.commons : analysis.projects[slug]!, scope: scope, in: analysis)
    }

    func expect(_ figure: CuedFigure, _ value: String, _ standing: HealthCue.Standing?, _ words: String? = nil,
                sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(figure.value == value, sourceLocation: sourceLocation)
        #expect(figure.cue?.standing == standing, sourceLocation: sourceLocation)
        if let words { #expect(figure.cue?.words == words, sourceLocation: sourceLocation) }
    }

    @Test func busFactor() {
        expect(cues("garden").busFactor, "1", .watch, "rests on one person")
        expect(cues("commons").busFactor, "2", .watch, "rests on two people")
        expect(cues("garden", goals: [HealthGoal(.busFactor, target: 1)]).busFactor, "1", .met, "meets the goal of 1")
        expect(cues("garden", goals: [HealthGoal(.busFactor, target: 2)]).busFactor, "1", .missed, "below the goal of 2")
        expect(cues("empty").busFactor, "n/a", .notApplicable, "no work recorded yet")
    }

    @Test func aGoalOnlyReachesTheScopesItIsSetFor() {
        // Active people is a goal for the commons alone: a project keeps the plain guide.
        let goals = [HealthGoal(.activePeople, target: 5)]
        expect(cues("commons", goals: goals).activePeople, "4", .missed, "below the goal of 5")
        expect(cues("garden", goals: goals).activePeople, "2", .fine)
    }

    @Test func elephantFactor() {
        expect(cues("garden").elephantFactor, "1", .watch, "rests on one organisation")
        // kitchen: dan and eve have no affiliation, each their own organisation; solo: cem alone.
        expect(cues("solo").elephantFactor, "1", .watch, "rests on one person, with no organisation recorded")
        expect(cues("commons").elephantFactor, "2", .fine)
        expect(cues("commons", goals: [HealthGoal(.elephantFactor, target: 3)]).elephantFactor, "2", .missed)
        expect(cues("empty").elephantFactor, "n/a", .notApplicable)
    }

    @Test func activePeople() {
        expect(cues("garden").activePeople, "2", .fine)
        expect(cues("solo").activePeople, "0", .watch, "nobody active lately")
        expect(cues("commons", goals: [HealthGoal(.activePeople, target: 4)]).activePeople, "4", .met, "meets the goal of 4")
        expect(cues("empty").activePeople, "0", .notApplicable)
    }

    @Test func unpaidShareIsJudgedOnlyAgainstAGoal() {
        expect(cues("garden").unpaidShare, "50 %", nil)
        expect(cues("garden", goals: [HealthGoal(.unpaidShare, target: 0.5)]).unpaidShare, "50 %", nil)
        expect(cues("commons", goals: [HealthGoal(.unpaidShare, target: 0.8)]).unpaidShare, "76.9 %", .met, "meets the goal of at most 80 %")
        expect(cues("commons", goals: [HealthGoal(.unpaidShare, target: 0.4)]).unpaidShare, "76.9 %", .missed, "above the goal of at most 40 %")
        expect(cues("empty").unpaidShare, "n/a", .notApplicable)
    }

    @Test func theGiniAndTopTenthNeedTwoPeople() {
        expect(cues("solo").gini, "n/a (one person)", .notApplicable, "needs two people to compare")
        expect(cues("solo").top10Share, "n/a (one person)", .notApplicable)
        expect(cues("garden").gini, "0.00", .fine, "fairly even")
        expect(cues("commons").gini, "0.23", .fine)
        // Nine people with an hour each and one with 91: a few do most of the work.
        let lopsided = commons(contributions: [work("ana", on: "2026-06-01", hours: 91)]
                                   + (1...9).map { work("p\($0)", on: "2026-06-02", hours: 1) })
        let analysis = Analysis(commons: lopsided, asOf: asOf)
        let uneven = HealthCues(analysis.commons, scope: .commons, in: analysis)
        expect(uneven.gini, "0.81", .watch, "uneven: a few do most of the work")
        expect(uneven.top10Share, "91 %", .watch, "more than half the work")
        expect(cues("garden").top10Share, "50 %", .fine)
        expect(cues("empty").gini, "n/a", .notApplicable)
    }

    /// Between two people the Gini cannot pass 0.5: 13 hours to 1 is 0.43, and uneven.
    @Test func theGiniIsJudgedAgainstTheMostUnevenItCanBeAmongSoFewPeople() {
        let pair = { (hours: Double) in
            let analysis = Analysis(commons: commons(contributions: [work("ana", on: "2026-06-01", hours: hours),
                                                                    work("ben", on: "2026-06-02", hours: 1)]), asOf: asOf)
            return HealthCues(analysis.commons, scope: .commons, in: analysis)
        }
        expect(pair(13).gini, "0.43", .watch, "uneven: a few do most of the work")
        // 1.5 hours to 1: 0.1 of at most 0.5.
        expect(pair(1.5).gini, "0.10", .fine, "fairly even")
    }

    @Test func hoursNeverRecordedSaySo() {
        expect(cues("solo").hours(0), "not recorded", .notRecorded)
        expect(cues("garden").hours(12), "12", nil)
        expect(cues("garden").hours(25.83), "25.8", nil)
        // No work at all is not "not recorded": there is nothing to record yet.
        expect(cues("empty").hours(0), "0", nil)
    }

    @Test func everyStandingHasAShapeAsWellAsAColour() {
        let shapes = [HealthCue.Standing.met, .missed, .fine, .watch, .notApplicable, .notRecorded].map {
            HealthCue(standing: $0, words: "").shape
        }
        #expect(shapes == ["●", "▲", "●", "▲", "○", "○"])
    }
}
