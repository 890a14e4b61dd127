import CommonsModel

/// One state of a commons as a comparison reads it: the headline figures of the commons
/// and of each project, the proposals' standing, the people and the health goals — what
/// an analysis gives and what a published stats.json holds too. Only a state read from
/// content knows its contributions and diagnostics; from a stats.json they are nil.
public struct CommonsSnapshot: Sendable {
    public typealias Figures = [AnalysisChange.Figure: Double]

    /// One contribution as the comparison tells whether it changed.
    public struct Entry: Sendable, Equatable {
        public let id: String
        public let title: String
        public let contributors: [String]
        public let project: String
        public let date: Day
        public let kind: Kind
        public let hours: Double
        public let compensation: Compensation

        public init(_ contribution: Contribution) {
            id = contribution.id
            title = contribution.title
            contributors = contribution.contributors
            project = contribution.project
            date = contribution.date
            kind = contribution.kind
            hours = contribution.hours
            compensation = contribution.compensation
        }
    }

    public let asOf: Day
    public let commons: Figures
    public let projects: [String: Figures]
    public let proposals: [String: AnalysisChange.ProposalMove.Standing]
    /// Per handle, the contributions that list the person.
    public let people: [String: Int]
    public let health: [HealthCheck]
    /// By id; nil when the state was read from a stats.json.
    public let contributions: [String: Entry]?
    /// nil when the state was read from a stats.json.
    public let diagnostics: [Diagnostic]?

    public init(asOf: Day, commons: Figures, projects: [String: Figures],
                proposals: [String: AnalysisChange.ProposalMove.Standing], people: [String: Int],
                health: [HealthCheck], contributions: [String: Entry]? = nil, diagnostics: [Diagnostic]? = nil) {
        self.asOf = asOf
        self.commons = commons
        self.projects = projects
        self.proposals = proposals
        self.people = people
        self.health = health
        self.contributions = contributions
        self.diagnostics = diagnostics
    }

    /// The analysis' state; with the commons it was made from and what reading it found
    /// wrong, its contributions and diagnostics too.
    public init(_ analysis: Analysis, commons model: Commons? = nil, diagnostics: [Diagnostic]? = nil) {
        func figures(_ scope: ScopeFigures) -> Figures {
            Dictionary(uniqueKeysWithValues: AnalysisChange.Figure.allCases.map { ($0, $0.value(in: scope)) })
        }
        self.init(asOf: analysis.asOf, commons: figures(analysis.commons), projects: analysis.projects.mapValues(figures),
                  proposals: analysis.proposals.mapValues { .init(status: $0.status, tally: $0.tally) },
                  people: analysis.contributors.mapValues(\.contributions), health: analysis.health,
                  contributions: model.map { Dictionary($0.contributions.map { ($0.id, Entry($0)) },
                                                        uniquingKeysWith: { first, _ in first }) },
                  diagnostics: diagnostics)
    }
}
