/// What a template may read from one context — a page, a fragment, a row of a list —
/// declared with types so that a theme's typos can be caught and its values documented.
struct Shape: Sendable {
    /// In a theme author's words: "project pages", "a contribution row".
    let name: String
    let fields: [Field]

    init(_ name: String, _ fields: [Field]) {
        self.name = name
        self.fields = fields
    }

    func field(_ name: String) -> Field? { fields.first { $0.name == name } }

    /// This shape with more fields; a field of `more` replaces one of the same name.
    func adding(_ more: [Field], as name: String? = nil) -> Shape {
        let names = Set(more.map(\.name))
        return Shape(name ?? self.name, fields.filter { !names.contains($0.name) } + more)
    }
}

/// One name a template may read.
struct Field: Sendable {
    let name: String
    let type: ValueType
    /// Absent (or `false`) on some pages: a template reads it in a section or an inverted
    /// section.
    let optional: Bool
    let about: String

    static func text(_ name: String, _ about: String) -> Field { Field(name: name, type: .text, optional: false, about: about) }
    static func html(_ name: String, _ about: String) -> Field { Field(name: name, type: .html, optional: false, about: about) }
    static func flag(_ name: String, _ about: String) -> Field { Field(name: name, type: .flag, optional: false, about: about) }
    static func texts(_ name: String, _ about: String) -> Field { Field(name: name, type: .texts, optional: false, about: about) }
    static func day(_ name: String, _ about: String) -> Field { Field(name: name, type: .object(ThemeContract.day), optional: false, about: about) }
    static func object(_ name: String, _ shape: Shape, _ about: String) -> Field {
        Field(name: name, type: .object(shape), optional: false, about: about)
    }
    static func list(_ name: String, _ shape: Shape, _ about: String) -> Field {
        Field(name: name, type: .list(shape), optional: false, about: about)
    }

    /// The same field, absent or `false` where it does not apply.
    var optionally: Field { Field(name: name, type: type, optional: true, about: about) }
}

/// The type of a value, as a template uses it.
indirect enum ValueType: Sendable {
    /// Shown with `{{name}}`, escaped.
    case text
    /// Inserted with `{{{name}}}`: Markdown rendered by libcmark, a chart, a fragment.
    case html
    /// true or false, for `{{#name}}` and `{{^name}}`.
    case flag
    /// A list of texts, each shown with `{{.}}` inside `{{#name}}`.
    case texts
    /// A group of named values, read as `{{name.field}}` or inside `{{#name}}`.
    case object(Shape)
    /// A list, each item read inside `{{#name}}`.
    case list(Shape)

    /// The shape a section over a value of this type enters, if any.
    var shape: Shape? {
        switch self {
        case .object(let shape), .list(let shape): return shape
        default: return nil
        }
    }

    /// As docs/themes.md writes it.
    var words: String {
        switch self {
        case .text: return "text"
        case .html: return "HTML"
        case .flag: return "flag"
        case .texts: return "list of texts"
        case .object(let shape): return shape.name
        case .list(let shape): return "list of \(shape.name)"
        }
    }
}
