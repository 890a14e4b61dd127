/// Headline figures: a label, the value, a few words of what it means ("in the last 90
/// days") and, for the figures that tell whether the commons is healthy, their cue.
enum FigureList {
    static func item(_ label: String, _ value: String, _ note: String? = nil, cue: HealthCue? = nil) -> [String: Any] {
        // Absent keys would be looked up in the enclosing context: say false.
        ["label": label, "value": value, "note": note ?? false, "cue": cue?.context() ?? false]
    }

    static func item(_ label: String, _ figure: CuedFigure, _ note: String? = nil) -> [String: Any] {
        item(label, figure.value, note, cue: figure.cue)
    }
}
