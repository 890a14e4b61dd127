import CommonsModel

extension Analysis {
    /// `check`'s warnings for votes that will not be counted, at each vote's line,
    /// with the reason the site also shows.
    public func uncountedVoteWarnings(in model: Commons) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for proposal in model.proposals {
            guard let outcome = proposals[proposal.id] else { continue }
            for uncounted in outcome.uncounted {
                let warning = Diagnostic.warning(proposal.file, at: uncounted.vote.position,
                                                 "vote by '\(uncounted.vote.voter)' will not be counted: \(uncounted.reason)")
                // Not eligible only because contributions were set aside with an unreadable file?
                let voter = uncounted.vote.voter
                let ineligible = uncounted.reason.hasPrefix("not eligible") && !outcome.eligible.contains(voter)
                let cause = !ineligible ? nil : model.setAside.first { aside in
                    aside.contribution.contributors.contains(voter)
                        && outcome.eligibilityWindow.contains(aside.contribution.date)
                        && (proposal.project == nil || proposal.project == aside.contribution.project)
                }?.cause
                warnings.append(cause.map { warning.caused(by: $0) } ?? warning)
            }
        }
        return warnings
    }
}
