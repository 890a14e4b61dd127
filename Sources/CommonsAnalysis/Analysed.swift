import CommonsModel

/// What an analysis was worked out from, kept with it so that the next analysis of the
/// same commons after an edit — a preview's — takes each part whose inputs are equal to
/// its inputs then from it rather than working it out again. The analysis is pure, so a
/// part taken is exactly the part worked out; comparing the inputs costs one pass over
/// the contributions where working them out costs several, and an edit to one
/// contribution leaves every other project's figures and most outcomes as they were.
struct Analysed: Sendable {
    let asOf: Day
    let settings: Settings
    let affiliations: [String: String?]
    let projects: [Project]
    /// Up to the as-of day, in the model's order, and by project.
    let contributions: [Contribution]
    let byProject: [String: [Contribution]]
    /// Opened up to the as-of day, by id.
    let proposals: [String: Proposal]

    /// Which parts of `earlier` a new analysis may take, given its day, settings, people's
    /// affiliations and projects.
    struct Reuse {
        let earlier: Analysis
        /// Scope figures read the day, the active window and affiliations (the elephant factor).
        private let sameScopeRules: Bool
        /// Who may vote reads the projects' maintainers and titles and the eligibility window.
        private let sameVoterRules: Bool

        init(earlier: Analysis, asOf: Day, settings: Settings, affiliations: [String: String?], projects: [Project]) {
            self.earlier = earlier
            let was = earlier.analysed
            sameScopeRules = was.asOf == asOf && was.settings.activeDays == settings.activeDays && was.affiliations == affiliations
            sameVoterRules = was.asOf == asOf && was.settings.eligibilityDays == settings.eligibilityDays
                && was.projects.elementsEqual(projects) { $0.slug == $1.slug && $0.maintainers == $1.maintainers && $0.title == $1.title }
        }

        /// Whether every contribution up to the day is as it was: each person's kinds of
        /// work, which read nothing else, can then be taken, and `commonsFigures`.
        func contributionsAsBefore(_ contributions: [Contribution]) -> Bool {
            contributions == earlier.analysed.contributions
        }

        /// The commons' figures, when the rules are as they were; only valid when
        /// `contributionsAsBefore`.
        var commonsFigures: ScopeFigures? { sameScopeRules ? earlier.commons : nil }

        /// The project's figures, when its contributions and the rules are as they were.
        func figures(ofProject slug: String, from contributions: [Contribution]) -> ScopeFigures? {
            guard sameScopeRules, earlier.analysed.byProject[slug] ?? [] == contributions else { return nil }
            return earlier.projects[slug]
        }

        /// Whether every proposal's eligible voters are as they were: the same rules, and
        /// every contribution on the same day, to the same project, by the same people.
        /// An edit of hours, kind, title or body keeps them.
        func eligibilityAsBefore(_ contributions: [Contribution]) -> Bool {
            sameVoterRules && contributions.elementsEqual(earlier.analysed.contributions) {
                $0.date == $1.date && $0.project == $1.project && $0.contributors == $1.contributors
            }
        }

        /// The proposal's outcome, when the proposal is as it was; only valid when
        /// `eligibilityAsBefore`, since an outcome reads the eligible voters too.
        func outcome(of proposal: Proposal) -> ProposalOutcome? {
            guard earlier.analysed.proposals[proposal.id] == proposal else { return nil }
            return earlier.proposals[proposal.id]
        }
    }
}
