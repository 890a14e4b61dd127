import Foundation
import Testing

/// The package's shape, as the README promises it: each layer imports only layers below
/// it, and the model knows nothing of HTML. Read from the sources, so that a new import
/// that reaches upward fails here, not in a reviewer's eye.
@Suite struct LayersTests {
    /// Bottom first. A target may import only targets before it in this list.
    static let layers = ["CCmark", "CLibYAML", "CommonsSupport", "CommonsModel", "CommonsAnalysis", "CommonsMarkdown",
                         "CommonsReport", "CommonsSite", "CommonsPreview", "CommonsAuthoring", "commons"]

    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    static func swiftFiles(of target: String) -> [(path: String, text: String)] {
        let folder = sources.appendingPathComponent(target)
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted().compactMap { path in
            (try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)).map { (target + "/" + path, $0) }
        }
    }

    /// The project's own modules a file imports (`import X`, `@testable import X`, `import struct X.Y`).
    static func imports(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ").filter { !$0.hasPrefix("@") }
            guard words.first == "import", words.count >= 2 else { return nil }
            let module = String(words.count >= 3 ? words[2].split(separator: ".")[0] : words[1])
            return layers.contains(module) ? module : nil
        }
    }

    @Test func everyTargetIsALayer() throws {
        let targets = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path).filter { !$0.hasPrefix(".") }
        for target in targets { #expect(Self.layers.contains(target), "Sources/\(target) is in no layer of LayersTests.layers") }
    }

    @Test func noTargetImportsALayerAboveIt() {
        for (level, target) in Self.layers.enumerated() {
            for file in Self.swiftFiles(of: target) {
                for module in Self.imports(file.text) {
                    #expect(Self.layers.firstIndex(of: module)! < level, "\(file.path) imports \(module), a layer above or beside it")
                }
            }
        }
    }

    @Test func theModelRendersNoHTML() {
        let files = Self.swiftFiles(of: "CommonsModel")
        #expect(!files.isEmpty)
        for file in files {
            #expect(!file.text.contains("cmark_render_html"), "\(file.path) renders HTML")
            for line in file.text.split(separator: "\n") where line.contains("func ") || line.contains("var ") || line.contains("let ") {
                let declared = line.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" })
                let named = declared.drop(while: { $0 != "func" && $0 != "var" && $0 != "let" }).dropFirst().first
                let isText = line.contains("-> String") || line.contains(": String")
                #expect(!(isText && named?.lowercased().contains("html") == true),
                        "\(file.path): '\(line.trimmingCharacters(in: .whitespaces))' gives HTML")
            }
        }
    }

    @Test func theImportReaderReadsEveryForm() {
        #expect(Self.imports("import CommonsModel\n@testable import CommonsSite\nimport struct CommonsAnalysis.Tally\nimport Foundation\n")
                == ["CommonsModel", "CommonsSite", "CommonsAnalysis"])
    }
}
