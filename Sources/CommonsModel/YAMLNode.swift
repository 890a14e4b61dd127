import CLibYAML

/// A YAML value as the contributor wrote it: every scalar stays text (so `yes` is a
/// vote and `2026-01-10` a day, not YAML 1.1's boolean and timestamp), with the
/// line and column where it starts in the YAML (1-based).
indirect enum YAMLNode: Sendable {
    case scalar(String, plain: Bool, Mark)
    case sequence([YAMLNode], Mark)
    case mapping([(key: YAMLNode, value: YAMLNode)], Mark)

    struct Mark: Sendable {
        let line: Int
        let column: Int
    }

    var mark: Mark {
        switch self {
        case .scalar(_, _, let m), .sequence(_, let m), .mapping(_, let m): return m
        }
    }
}

struct YAMLError: Error {
    let message: String
    let mark: YAMLNode.Mark
    /// For a duplicate field: the line of its first occurrence, in the YAML.
    var firstLine: Int?
    /// For a syntax error, libyaml's own words: what it found, and while reading what
    /// (with where that began), for `YAMLSlip` to say in plain ones.
    var problem: String?
    var context: (words: String, mark: YAMLNode.Mark)?
}

/// Composes one YAML document from libyaml's events.
///
/// Yams' own composer was 44 % of `commons check` in callgrind (Node copies, retain
/// and release, hashing every mapping's keys whole); this builds the tree straight
/// from the events of the system's libyaml (Debian's libyaml-dev). It also holds the
/// guards the format needs: no recursion (so no stack overflow on deep nesting), nesting
/// and alias expansion are capped, and duplicate or non-scalar keys are reported at the
/// key itself. libyaml 0.2.5 has no nesting cap of its own (Yams' copy had one) and
/// needs none here: its parser keeps a stack of states, not of calls, and its scanner
/// reads ahead only while a simple key is possible (one line, 1024 characters at most),
/// so the depth check below stops a 500,000-deep `[[[…` at its 32nd level.
enum YAMLReader {
    static let maximumDepth = 32
    static let maximumNodes = 20_000

    static func compose(_ yaml: String) throws -> YAMLNode? {
        var yaml = yaml
        return try yaml.withUTF8 { buffer in try compose(buffer) }
    }

    private struct Frame {
        var isMapping: Bool
        var mark: YAMLNode.Mark
        var anchor: String?
        var items: [YAMLNode] = []
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var pendingKey: YAMLNode?
        var keys: [String: Int] = [:]
        var size = 1
    }

    static func compose(_ buffer: UnsafeBufferPointer<UInt8>) throws -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw YAMLError(message: "out of memory", mark: .init(line: 1, column: 1)) }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, buffer.count)

        var stack: [Frame] = []
        var anchors: [String: (node: YAMLNode, size: Int)] = [:]
        var root: YAMLNode?
        var expanded = 0
        var documents = 0

        func attach(_ node: YAMLNode, size: Int, anchor: String?) throws {
            if let anchor { anchors[anchor] = (node, size) }
            expanded += size
            if expanded > maximumNodes {
                throw YAMLError(message: "front matter expands to more than \(maximumNodes) values (YAML aliases?); refusing it", mark: node.mark)
            }
            guard !stack.isEmpty else { root = node; return }
            stack[stack.count - 1].size += size
            if !stack[stack.count - 1].isMapping {
                stack[stack.count - 1].items.append(node)
            } else if let key = stack[stack.count - 1].pendingKey {
                stack[stack.count - 1].pairs.append((key, node))
                stack[stack.count - 1].pendingKey = nil
            } else {
                guard case .scalar(let name, _, let mark) = node else {
                    throw YAMLError(message: "field names must be plain words, not lists, maps or aliases", mark: node.mark)
                }
                if let first = stack[stack.count - 1].keys[name] {
                    throw YAMLError(message: "duplicate field '\(name)'", mark: mark, firstLine: first)
                }
                stack[stack.count - 1].keys[name] = mark.line
                stack[stack.count - 1].pendingKey = node
            }
        }

        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw syntaxError(parser) }
            defer { yaml_event_delete(&event) }
            let mark = YAMLNode.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { throw YAMLError(message: "expected a single YAML document, found another", mark: mark) }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                try attach(.scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE, mark), size: 1,
                           anchor: string(scalar.anchor))
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                guard stack.count < maximumDepth else {
                    throw YAMLError(message: "front matter nests deeper than \(maximumDepth) levels; the format needs at most three", mark: mark)
                }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? string(event.data.mapping_start.anchor) : string(event.data.sequence_start.anchor)
                stack.append(Frame(isMapping: isMapping, mark: mark, anchor: anchor))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = stack.removeLast()
                let node: YAMLNode = frame.isMapping ? .mapping(frame.pairs, frame.mark) : .sequence(frame.items, frame.mark)
                try attach(node, size: frame.size, anchor: frame.anchor)
            case YAML_ALIAS_EVENT:
                let name = string(event.data.alias.anchor) ?? ""
                guard let anchored = anchors[name] else {
                    throw YAMLError(message: "unknown alias '*\(name)'", mark: mark)
                }
                try attach(anchored.node, size: anchored.size, anchor: nil)
            default:
                break
            }
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    private static func syntaxError(_ parser: yaml_parser_t) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
        let context = parser.context.map { String(cString: $0) }
        let mark = YAMLNode.Mark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        let contextMark = YAMLNode.Mark(line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1)
        return YAMLError(message: "YAML syntax error: \(problem)" + (context.map { " " + $0 } ?? ""), mark: mark,
                         problem: problem, context: context.map { ($0, contextMark) })
    }
}
