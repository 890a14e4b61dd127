/// Headline figures: a label, the value, and a few words of context ("in the last 90 days").
enum FigureList {
    static func item(_ label: String, _ value: String, _ note: String? = nil) -> [String: Any] {
        ["label": label, "value": value, "note": note ?? false]
    }
}
