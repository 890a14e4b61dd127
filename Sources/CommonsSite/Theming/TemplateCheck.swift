import CommonsModel

/// Checks every name a theme's templates read against the theme contract: a name its
/// page kind or fragment never gives is a warning at the template's line and column,
/// with the nearest name it does give. Hugo and its kin render such a typo as nothing.
///
/// Each page kind's template is followed as Mustache renders it: through its
/// `{{<layout}}` and `{{>partials}}`, into sections (a list's items, a group's values),
/// a name found in the innermost scope that has it. Fragments are checked against what
/// they read alone.
struct TemplateCheck {
    /// Template name → its file and text.
    let templates: [String: (path: String, text: String)]

    func warnings() -> [Diagnostic] {
        var found: [Diagnostic] = []
        var seen = Set<String>()
        var parsed: [String: [TemplateTag]] = [:]
        func tags(_ name: String) -> [TemplateTag]? {
            if let known = parsed[name] { return known }
            guard let template = templates[name] else { return nil }
            let scanned = TemplateScanner.scan(template.text)
            parsed[name] = scanned
            return scanned
        }
        for (template, reads, audience) in targets() {
            guard let top = tags(template) else { continue }
            var walk = Walk(audience: audience, tags: tags)
            walk.check(top, in: template, scopes: [.shape(reads)], including: [template])
            // A partial drawn by several kinds of page is warned about once.
            for diagnostic in walk.found where seen.insert("\(diagnostic.path):\(diagnostic.line):\(diagnostic.column)").inserted {
                found.append(Diagnostic(diagnostic.severity, templates[diagnostic.path]?.path ?? diagnostic.path,
                                        line: diagnostic.line, column: diagnostic.column, diagnostic.message))
            }
        }
        return found.sorted()
    }

    /// Each template drawn on its own, with what it reads and who it is for.
    private func targets() -> [(template: String, reads: Shape, audience: String)] {
        ThemeContract.pages.map { ($0.template, $0.shape, $0.name) }
            + Fragment.all.map { ($0.template, $0.reads, "the \($0.template) fragment, which is drawn once for many pages and reads only its own values") }
    }
}

/// What a name inside a section is looked up in.
private enum Scope {
    case shape(Shape)
    /// A text or a list of texts: `{{.}}` only.
    case value
    /// Something the contract cannot follow (an unknown name, an unusual transform):
    /// everything inside is taken as given, rather than warned about twice.
    case anything
}

private struct Walk {
    let audience: String
    let tags: (String) -> [TemplateTag]?
    var found: [Diagnostic] = []

    /// `overridden`: the blocks of a parent template that its child replaces, whose
    /// defaults are never drawn.
    mutating func check(_ list: [TemplateTag], in template: String, scopes: [Scope], including: [String],
                        overridden: Set<String> = []) {
        for tag in list {
            switch tag.kind {
            case .partial, .parent:
                let name = tag.name
                if !name.hasPrefix("*"), !including.contains(name), let included = tags(name) {
                    let blocks = Set(tag.children.filter { $0.kind == .block }.map(\.name))
                    check(included, in: name, scopes: scopes, including: including + [name], overridden: blocks)
                }
                check(tag.children, in: template, scopes: scopes, including: including)
            case .block:
                if !overridden.contains(tag.name) {
                    check(tag.children, in: template, scopes: scopes, including: including, overridden: overridden)
                }
            case .variable, .unescaped:
                _ = resolve(tag, in: template, scopes: scopes)
            case .invertedSection:
                _ = resolve(tag, in: template, scopes: scopes)
                check(tag.children, in: template, scopes: scopes, including: including)
            case .section:
                let inner = resolve(tag, in: template, scopes: scopes)
                check(tag.children, in: template, scopes: inner.map { scopes + [$0] } ?? scopes, including: including)
            }
        }
    }

    /// Looks the tag's name up; returns the scope a section over it enters (nil: none).
    private mutating func resolve(_ tag: TemplateTag, in template: String, scopes: [Scope]) -> Scope? {
        if tag.name == "." || tag.name.isEmpty {
            return tag.transforms.isEmpty ? nil : .anything
        }
        let parts = tag.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var type: ValueType?
        lookup: for scope in scopes.reversed() {
            switch scope {
            case .anything: return .anything
            case .value: continue
            case .shape(let shape):
                if let field = shape.field(parts[0]) { type = field.type; break lookup }
            }
        }
        guard var current = type else {
            let visible = scopes.flatMap { scope -> [String] in
                if case .shape(let shape) = scope { return shape.fields.map(\.name) }
                return []
            }
            // Inside a section, name what the section is over: "a proposal".
            let innermost = scopes.count > 1 ? scopes.last.flatMap { scope -> String? in
                if case .shape(let shape) = scope { return Walk.article(shape.name) + " " + shape.name }
                return nil
            } : nil
            warn(tag, in: template, "'\(parts[0])' is not given to \(innermost ?? audience)\(Suggestion.hint(for: parts[0], in: visible))")
            return .anything
        }
        for (index, part) in parts.enumerated().dropFirst() {
            guard let shape = current.shape else {
                warn(tag, in: template, "'\(parts[..<index].joined(separator: "."))' is \(current.words), which has no '\(part)'")
                return .anything
            }
            guard let field = shape.field(part) else {
                warn(tag, in: template, "'\(parts[..<index].joined(separator: "."))' is a \(shape.name), which has no '\(part)'"
                     + Suggestion.hint(for: part, in: shape.fields.map(\.name)))
                return .anything
            }
            current = field.type
        }
        return Walk.entered(current, transforms: tag.transforms)
    }

    /// The scope a section enters over a value of `type`, after its transforms.
    private static func entered(_ type: ValueType, transforms: [String]) -> Scope? {
        var type = type
        for transform in transforms.reversed() {
            switch (transform, type) {
            case ("empty", _), ("count", _): return nil
            case ("reversed", _), ("sorted", _): continue
            case ("first", .list(let shape)), ("last", .list(let shape)): type = .object(shape)
            case ("first", .texts), ("last", .texts), ("capitalized", _), ("lowercased", _), ("uppercased", _): type = .text
            default: return .anything
            }
        }
        switch type {
        case .flag: return nil
        case .text, .html, .texts: return .value
        case .object(let shape), .list(let shape): return .shape(shape)
        }
    }

    static func article(_ noun: String) -> String {
        noun.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    }

    private mutating func warn(_ tag: TemplateTag, in template: String, _ message: String) {
        found.append(Diagnostic(.warning, template, line: tag.line, column: tag.column, message))
    }
}
