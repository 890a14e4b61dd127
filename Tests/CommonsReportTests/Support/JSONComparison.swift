import Foundation

/// Differences between two JSON documents, one line per field: numbers equal within a
/// relative tolerance (the fixture's contract), everything else exactly.
func jsonDifferences(_ actual: Any, _ expected: Any, at path: String = "$", tolerance: Double = 1e-9) -> [String] {
    switch (actual, expected) {
    case let (a as [String: Any], e as [String: Any]):
        var out: [String] = []
        for key in Set(a.keys).union(e.keys).sorted() {
            switch (a[key], e[key]) {
            case let (x?, y?): out += jsonDifferences(x, y, at: "\(path).\(key)", tolerance: tolerance)
            case (nil, _?): out.append("\(path).\(key): missing")
            case (_?, nil): out.append("\(path).\(key): unexpected")
            case (nil, nil): break
            }
        }
        return out
    case let (a as [Any], e as [Any]):
        guard a.count == e.count else { return ["\(path): \(a.count) elements, expected \(e.count)"] }
        return zip(a, e).enumerated().flatMap { jsonDifferences($1.0, $1.1, at: "\(path)[\($0)]", tolerance: tolerance) }
    case let (a as String, e as String):
        return a == e ? [] : ["\(path): \"\(a)\", expected \"\(e)\""]
    case (is NSNull, is NSNull):
        return []
    case let (a as NSNumber, e as NSNumber):
        let x = a.doubleValue, y = e.doubleValue
        let close = x == y || abs(x - y) <= tolerance * max(abs(x), abs(y))
        return close ? [] : ["\(path): \(a), expected \(e)"]
    default:
        return ["\(path): \(actual), expected \(expected)"]
    }
}

func parseJSON(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}
