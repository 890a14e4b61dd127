import CommonsReport
import Mustache

/// A template's context read through the theme contract: as JSON, for `commons theme
/// context`, which therefore prints exactly what the declarations say a template may
/// read; and checked against the declarations, so a page that gives a template a value
/// the contract does not declare (or not of its type) is caught by the tests.
enum ContextReading {
    /// The declared values of `value`, as JSON; absent values are left out.
    static func json(_ value: Any, as type: ValueType) -> JSONValue {
        switch type {
        case .text, .html:
            if let flag = value as? Bool { return .bool(flag) }
            return .string(text(value) ?? "\(value)")
        case .flag:
            return .bool(value as? Bool ?? true)
        case .texts:
            return .array(items(value).map { .string(text($0) ?? "\($0)") })
        case .object(let shape):
            if let flag = value as? Bool { return .bool(flag) }
            var members: [String: JSONValue] = [:]
            for field in shape.fields {
                if let child = child(of: value, named: field.name) { members[field.name] = json(child, as: field.type) }
            }
            return .object(members)
        case .list(let shape):
            return .array(items(value).map { json($0, as: .object(shape)) })
        }
    }

    /// Where `value` holds a name `type` does not declare, or a value not of its type:
    /// "projects[2].hourz is not declared".
    static func violations(_ value: Any, as type: ValueType, at path: String) -> [String] {
        switch type {
        case .text, .html:
            return text(value) != nil || value as? Bool == false ? [] : ["\(path) should be text, is \(Swift.type(of: value))"]
        case .flag:
            return value is Bool ? [] : ["\(path) should be a flag, is \(Swift.type(of: value))"]
        case .texts:
            return items(value).enumerated().flatMap { index, item in
                text(item) != nil ? [] : ["\(path)[\(index)] should be text, is \(Swift.type(of: item))"]
            }
        case .object(let shape):
            if value as? Bool == false { return [] }
            guard let keys = names(of: value) else { return ["\(path) should be a \(shape.name), is \(Swift.type(of: value))"] }
            return keys.sorted().flatMap { key -> [String] in
                guard let field = shape.field(key) else { return ["\(path).\(key) is not declared for \(shape.name)"] }
                guard let child = child(of: value, named: key) else { return [] }
                return violations(child, as: field.type, at: "\(path).\(key)")
            }
        case .list(let shape):
            guard value is [Any] else { return ["\(path) should be a list, is \(Swift.type(of: value))"] }
            return items(value).enumerated().flatMap { index, item in
                violations(item, as: .object(shape), at: "\(path)[\(index)]")
            }
        }
    }

    private static func text(_ value: Any) -> String? {
        if let string = value as? String { return string }
        if let shown = value as? Shown { return shown.renderText }
        if let custom = value as? MustacheCustomRenderable, !(value is Bool) { return custom.renderText }
        return nil
    }

    private static func items(_ value: Any) -> [Any] {
        (value as? [Any]) ?? []
    }

    private static func child(of value: Any, named name: String) -> Any? {
        if let dictionary = value as? [String: Any] { return dictionary[name] }
        if let parent = value as? MustacheParent { return parent.child(named: name) }
        return nil
    }

    /// Every name a context gives, nil for a value that is no context.
    private static func names(of value: Any) -> [String]? {
        if let dictionary = value as? [String: Any] { return Array(dictionary.keys) }
        if let named = value as? NamedContext { return named.names }
        return nil
    }
}

/// A context that finds its values by name (a `MustacheParent`) and can list them.
protocol NamedContext: MustacheParent {
    var names: [String] { get }
}
