import CommonsModel

// Short builders so a test reads as its input: who did what, where and when.

public func day(_ text: String) -> Day {
    guard let day = Day(parsing: text) else { fatalError("not a day: \(text)") }
    return day
}

public func month(_ text: String) -> Month { day(text + "-01").month }

public func work(_ handles: String..., to project: String = "garden", on date: String, kind: Kind = .code,
          hours: Double = 0, paid compensation: Compensation = .unpaid, id: String? = nil) -> Contribution {
    Contribution(id: id ?? "\(date)-\(handles.joined(separator: "+"))-\(project)", contributors: handles,
                 project: project, date: day(date), kind: kind, hours: hours, compensation: compensation)
}

public func person(_ handle: String, of affiliation: String? = nil) -> Contributor {
    Contributor(handle: handle, name: handle, affiliation: affiliation)
}

public func project(_ slug: String, status: ProjectStatus = .active, maintainers: [String] = [],
             rule: DecisionRule = .lazyConsensus, quorum: Quorum = .half) -> Project {
    var project = Project(slug: slug, title: slug, rule: rule, quorum: quorum)
    project.status = status
    project.maintainers = maintainers
    return project
}

public func vote(_ voter: String, _ value: VoteValue, on date: String? = nil) -> Vote {
    Vote(voter: voter, value: value, date: date.map(day))
}

public func proposal(_ id: String, titled title: String? = nil, by author: String, in project: String? = "garden", opened: String, closes: String,
              rule: DecisionRule = .lazyConsensus, quorum: String = "0.5", withdrawn: Bool = false,
              votes: [Vote] = []) -> Proposal {
    Proposal(id: id, title: title ?? id, author: author, project: project, opened: day(opened),
             closes: day(closes), rule: rule, quorum: Quorum(parsing: quorum)!, withdrawn: withdrawn, votes: votes)
}

/// A commons with the given content; people named in the content but not listed get a
/// contributor file of their own, as a loaded commons would have.
public func commons(projects: [Project] = [project("garden")], people: [Contributor] = [],
             contributions: [Contribution] = [], proposals: [Proposal] = [],
             activeDays: Int = 90, eligibilityDays: Int = 365) -> Commons {
    var settings = Settings(title: "Test commons")
    settings.activeDays = activeDays
    settings.eligibilityDays = eligibilityDays
    let listed = Set(people.map(\.handle))
    let named = Set(contributions.flatMap(\.contributors) + proposals.flatMap { [$0.author] + $0.votes.map(\.voter) })
    let everyone = people + named.subtracting(listed).map { person($0) }
    return Commons(settings: settings, projects: projects.sorted { $0.slug < $1.slug },
                   contributors: everyone.sorted { $0.handle < $1.handle },
                   contributions: contributions.sorted { ($0.date, $0.id) < ($1.date, $1.id) },
                   proposals: proposals.sorted { ($0.opened, $0.id) < ($1.opened, $1.id) })
}
