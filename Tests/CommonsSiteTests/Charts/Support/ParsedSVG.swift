import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG read back with Foundation's XML parser: proof that it is well-formed, and a tree
/// the tests can ask about elements and attributes instead of matching strings.
final class SVGElement {
    let name: String
    let attributes: [String: String]
    var children: [SVGElement] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below this one, depth first, in document order.
    var descendants: [SVGElement] { children.flatMap { [$0] + $0.descendants } }

    func all(_ name: String) -> [SVGElement] { descendants.filter { $0.name == name } }

    /// This element's own `<title>` text, as a tooltip shows it.
    var tooltip: String? { children.first { $0.name == "title" }?.text }

    func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }
}

struct MalformedSVG: Error, CustomStringConvertible {
    var description: String
}

/// Parses `svg`, throwing when it is not well-formed XML.
func parseSVG(_ svg: String) throws -> SVGElement {
    let reader = TreeReader()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = reader
    guard parser.parse(), let root = reader.root else {
        throw MalformedSVG(description: "\(parser.parserError.map(String.init(describing:)) ?? "no root element") at line \(parser.lineNumber)")
    }
    return root
}

private final class TreeReader: NSObject, XMLParserDelegate {
    var root: SVGElement?
    var open: [SVGElement] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let element = SVGElement(name: name, attributes: attributes)
        open.last?.children.append(element)
        if root == nil { root = element }
        open.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        open.last?.text += string
    }
}

/// The numbers of a path's `d`, in order, for checking where a path starts and ends.
func pathNumbers(_ d: String) -> [Double] {
    d.split(whereSeparator: { "MLHVZvhml ,".contains($0) }).compactMap { Double($0) }
}
