/// Reads `commons.md`: the site's settings and its front-page text.
enum SettingsFile {
    static let fields = ["title", "description", "base_url", "language", "active_days",
                         "unsafe_html", "max_file_kb", "governance", "health", "search"]
    static let governanceFields = ["rule", "quorum", "window_days", "eligibility_days"]

    static func read(_ front: FrontMatter) -> Settings {
        var settings = Settings(title: front.string("title", required: true) ?? "")
        settings.description = front.string("description") ?? ""
        if let url = front.string("base_url") {
            if Link.isWebURL(url) {
                settings.baseURL = url.hasSuffix("/") ? url : url + "/"
            } else {
                front.report(.error, at: front.valuePosition("base_url"),
                             "'base_url' should be an absolute http(s) URL like https://example.org/commons/, found '\(url)'")
            }
        }
        if let language = front.string("language") {
            if isLanguageTag(language) {
                settings.language = language
            } else {
                front.report(.error, at: front.valuePosition("language"),
                             "'language' should be a BCP 47 tag like en, pt-BR or zh-Hant, found '\(language)'")
            }
        }
        if let days = front.integer("active_days", atLeast: 1) { settings.activeDays = days }
        if let unsafe = front.bool("unsafe_html") { settings.unsafeHTML = unsafe }
        if let kb = front.integer("max_file_kb", atLeast: 1) { settings.maxFileKB = kb }
        if let search = front.bool("search") { settings.search = search }
        if let governance = front.map("governance") {
            front.warnAboutUnknownKeys(governance, in: "governance", known: governanceFields)
            for entry in governance where !front.isNull(entry.value) {
                let key = "governance." + entry.key
                switch entry.key {
                case "rule":
                    if let rule = front.choice(entry.value, key: key, as: DecisionRule.self, noun: "rule") { settings.rule = rule }
                case "quorum":
                    if let quorum = front.quorum(entry.value, key: key) { settings.quorum = quorum }
                case "window_days", "eligibility_days":
                    guard let text = front.scalarText(entry.value, key: key, expected: "a whole number") else { continue }
                    guard let days = Int(text), days >= 1 else {
                        front.report(.error, at: front.position(of: entry.value),
                                     "'\(key)' should be a whole number of days, at least 1, found '\(text)'")
                        continue
                    }
                    if entry.key == "window_days" { settings.windowDays = days } else { settings.eligibilityDays = days }
                default:
                    break
                }
            }
        }
        if let health = front.map("health") {
            front.warnAboutUnknownKeys(health, in: "health", known: HealthGoal.Figure.allCases.map(\.field))
            settings.health = healthGoals(health, front)
        }
        front.warnAboutUnknownFields(known: fields)
        return settings
    }

    /// `health:` — whole numbers of at least 1 for the counts, a share from 0 to 1 for
    /// the unpaid share's ceiling.
    private static func healthGoals(_ entries: [(key: String, keyPosition: Position, value: YAMLNode)],
                                    _ front: FrontMatter) -> [HealthGoal] {
        var goals: [HealthGoal] = []
        for figure in HealthGoal.Figure.allCases {
            guard let entry = entries.first(where: { $0.key == figure.field }), !front.isNull(entry.value) else { continue }
            let key = "health." + figure.field
            let position = front.position(of: entry.value)
            if figure.isCeiling {
                guard let text = front.scalarText(entry.value, key: key, expected: "a share from 0 to 1") else { continue }
                guard let share = Quorum(parsing: text) else {
                    front.report(.error, at: position, "'\(key)' should be a share from 0 to 1, like 0.95, found '\(text)'")
                    continue
                }
                goals.append(HealthGoal(figure, target: share.value, position: position))
            } else {
                guard let text = front.scalarText(entry.value, key: key, expected: "a whole number") else { continue }
                guard let count = Int(text), count >= 1 else {
                    front.report(.error, at: position, "'\(key)' should be a whole number, at least 1, found '\(text)'")
                    continue
                }
                goals.append(HealthGoal(figure, target: Double(count), position: position))
            }
        }
        return goals
    }

    /// A loose BCP 47 check: letter/digit subtags of 1–8 characters, the first 2–3 letters.
    static func isLanguageTag(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = subtags.first, (2...3).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return subtags.allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
