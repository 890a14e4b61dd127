extension ScopeFigures {
    /// Hours recorded in one calendar year, from the monthly series: the home page's
    /// "hours this year" (the as-of day's year, up to that day).
    public func hours(inYear year: Int) -> Double {
        months.reduce(0) { $0 + ($1.month.year == year ? $1.hours : 0) }
    }
}
