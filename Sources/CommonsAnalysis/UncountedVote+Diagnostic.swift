import CommonsModel

extension Analysis {
    /// `check`'s warnings for votes that will not be counted, at each vote's line,
    /// with the reason the site also shows.
    public func uncountedVoteWarnings(in model: Commons) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for proposal in model.proposals {
            guard let outcome = proposals[proposal.id] else { continue }
            for uncounted in outcome.uncounted {
                warnings.append(.warning(proposal.file, at: uncounted.vote.position,
                                         "vote by '\(uncounted.vote.voter)' will not be counted: \(uncounted.reason)"))
            }
        }
        return warnings
    }
}
