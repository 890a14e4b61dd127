import CommonsModel

extension Day {
    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"]

    /// The day as a sentence writes it: "12 March 2026". Reasons on the site read as
    /// prose; the ISO form stays in data (stats.json, front matter).
    public var inWords: String {
        let c = components
        return "\(c.day) \(Day.monthNames[c.month - 1]) \(c.year)"
    }
}
