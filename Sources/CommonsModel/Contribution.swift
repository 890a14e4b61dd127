/// One piece of work: who did it, for which project, on which day, what kind, how many
/// hours, paid or not.
///
/// A value whose fields live in one shared box, copied before a change (copy on write):
/// a big commons' contributions are copied into the ledger, grouped by project and by
/// person, and captured by the pages that show them, and a copy of ten fields took seven
/// reference counts — half of what a preview spent after an edit at 50,000
/// contributions. A copy now takes one, and two copies of one box are equal at a glance.
public struct Contribution: Hashable, Sendable {
    private var fields: Fields

    /// The file, relative to the content folder.
    public var file: String {
        get { fields.file }
        set { unique.file = newValue }
    }
    /// The path below `contributions/`, without `.md`.
    public var id: String {
        get { fields.id }
        set { unique.id = newValue }
    }
    /// One or more handles; co-authored work shares its credit equally.
    public var contributors: [String] {
        get { fields.contributors }
        set { unique.contributors = newValue }
    }
    public var project: String {
        get { fields.project }
        set { unique.project = newValue }
    }
    public var date: Day {
        get { fields.date }
        set { unique.date = newValue }
    }
    public var kind: Kind {
        get { fields.kind }
        set { unique.kind = newValue }
    }
    /// 0 when the file gives none.
    public var hours: Double {
        get { fields.hours }
        set { unique.hours = newValue }
    }
    public var compensation: Compensation {
        get { fields.compensation }
        set { unique.compensation = newValue }
    }
    public var title: String {
        get { fields.title }
        set { unique.title = newValue }
    }
    public var body: Markdown {
        get { fields.body }
        set { unique.body = newValue }
    }

    public init(id: String, contributors: [String], project: String, date: Day, kind: Kind,
                hours: Double = 0, compensation: Compensation = .unpaid, title: String = "") {
        fields = Fields(id: id, contributors: contributors, project: project, date: date, kind: kind,
                        hours: hours, compensation: compensation, title: title)
    }

    /// The box, copied first when another contribution shares it.
    private var unique: Fields {
        mutating get {
            if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
            return fields
        }
    }

    public static func == (a: Contribution, b: Contribution) -> Bool {
        a.fields === b.fields || a.fields.sameValues(as: b.fields)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fields.file)
        hasher.combine(fields.id)
        hasher.combine(fields.contributors)
        hasher.combine(fields.project)
        hasher.combine(fields.date)
        hasher.combine(fields.kind)
        hasher.combine(fields.hours)
        hasher.combine(fields.compensation)
        hasher.combine(fields.title)
        hasher.combine(fields.body)
    }

    /// Changed only through `unique`, when no other contribution holds it.
    private final class Fields: @unchecked Sendable {
        var file = ""
        var id: String
        var contributors: [String]
        var project: String
        var date: Day
        var kind: Kind
        var hours: Double
        var compensation: Compensation
        var title: String
        var body = Markdown.empty

        init(id: String, contributors: [String], project: String, date: Day, kind: Kind,
             hours: Double, compensation: Compensation, title: String) {
            (self.id, self.contributors, self.project, self.date) = (id, contributors, project, date)
            (self.kind, self.hours, self.compensation, self.title) = (kind, hours, compensation, title)
        }

        func copy() -> Fields {
            let copy = Fields(id: id, contributors: contributors, project: project, date: date, kind: kind,
                              hours: hours, compensation: compensation, title: title)
            (copy.file, copy.body) = (file, body)
            return copy
        }

        func sameValues(as other: Fields) -> Bool {
            file == other.file && id == other.id && contributors == other.contributors && project == other.project
                && date == other.date && kind == other.kind && hours == other.hours
                && compensation == other.compensation && title == other.title && body == other.body
        }
    }
}
