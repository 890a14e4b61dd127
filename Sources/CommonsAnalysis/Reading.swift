import CommonsModel

/// A content folder as `check`, `report`, `build` and `serve` all read it, in four named
/// steps: load every file, resolve them into one commons, trace its trends, analyse it as
/// of a day. Each
/// step adds what it found wrong to `diagnostics`; only a commons that cannot be read at
/// all (no usable `commons.md`) stops the reading, so every mistake is reported at once.
public struct Reading: PipelineWork {
    public let content: String
    public let asOf: Day
    /// `check` and `report` never show a page, so they keep no body once its file is read.
    public let renderingBodies: Bool

    /// For a preview, which reads the folder again after each change: what this reading
    /// loads is kept in `loadedForNextReading` (a build lets it go once resolved), and
    /// `earlier` — the last reading's, with the files changed since (paths in the content
    /// folder, and whether they are all that changed there) — saves reading again the
    /// files that did not change, and walking the folder again.
    public var rereads = false
    public var earlier: (loaded: LoadedContent, changed: Set<String>, filesOnly: Bool)?
    /// The last reading's analysis, for a preview: the trends and figures of every part
    /// the change left as it was are taken from it (`Analysed`).
    public var earlierAnalysis: Analysis?
    /// The last reading's resolved commons, for a preview: patched when only contribution
    /// files changed (`ResolvedCommons.patched`).
    public var earlierResolved: ResolvedCommons?
    public private(set) var loadedForNextReading: LoadedContent?
    public private(set) var resolvedForNextReading: ResolvedCommons?

    public var diagnostics: [Diagnostic] = []
    public private(set) var loaded: LoadedContent?
    public private(set) var commons: Commons?
    public private(set) var trends: Trends?
    public private(set) var analysis: Analysis?

    public init(content: String, asOf: Day, renderingBodies: Bool = true) {
        self.content = content
        self.asOf = asOf
        self.renderingBodies = renderingBodies
    }

    public var stopReason: String? {
        loaded != nil && loaded?.settings == nil ? "commons.md cannot be used" : nil
    }

    /// load → resolve → trends → analyse.
    public static var steps: [Step<Reading>] { [load, resolve, trends, analyse] }

    /// Every file of the folder, each read on its own.
    public static var load: Step<Reading> {
        Step("load") { reading in
            let loaded = ContentLoader.read(folder: reading.content, renderingBodies: reading.renderingBodies,
                                            earlier: reading.earlier)
            reading.loaded = loaded
            if reading.rereads { reading.loadedForNextReading = loaded }
            reading.earlier = nil
            reading.diagnostics += loaded.diagnostics
            return "\(loaded.fileCount + 1) files"
        }
    }

    /// The files as one commons, every reference checked.
    public static var resolve: Step<Reading> {
        Step("resolve") { reading in
            guard let loaded = reading.loaded else { return "nothing loaded" }
            reading.loaded = nil  // the commons holds all that is needed from here on
            guard let resolved = loaded.resolved(asOf: reading.asOf, patching: reading.earlierResolved)
            else { return "nothing resolved" }
            reading.earlierResolved = nil
            if reading.rereads { reading.resolvedForNextReading = resolved }
            reading.commons = resolved.commons
            reading.diagnostics += resolved.diagnostics
            let commons = resolved.commons
            return "\(Phrase.counted(commons.contributions.count, "contribution")), \(Phrase.counted(commons.proposals.count, "proposal"))"
        }
    }

    /// The health figures month end by month end, up to the day. A step of its own so that
    /// a build shows what looking back two years costs.
    public static var trends: Step<Reading> {
        Step("trends") { reading in
            guard let commons = reading.commons else { return "nothing to trace" }
            reading.trends = Trends(commons: commons, asOf: reading.asOf, reusing: reading.earlierAnalysis?.trends)
            return "\(Trends.points) month ends, \(Phrase.counted(commons.projects.count + 1, "scope"))"
        }
    }

    /// The figures and outcomes as of the day, the votes that do not count and the health
    /// goals missed.
    public static var analyse: Step<Reading> {
        Step("analyse") { reading in
            guard let commons = reading.commons else { return "nothing to analyse" }
            let analysis = Analysis(commons: commons, asOf: reading.asOf, trends: reading.trends, reusing: reading.earlierAnalysis)
            reading.analysis = analysis
            reading.earlierAnalysis = nil
            reading.diagnostics = (reading.diagnostics + analysis.uncountedVoteWarnings(in: commons)
                                   + analysis.healthWarnings(in: commons)).sorted()
            return "as of \(reading.asOf)"
        }
    }
}
