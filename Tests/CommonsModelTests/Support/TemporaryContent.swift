import Foundation
@testable import CommonsModel

/// A content folder written from inline files, so a test reads its input and its
/// expectation together. A minimal valid `commons.md`, one project and two people
/// are there unless the test replaces them.
struct TemporaryContent {
    let root: URL

    static let base: [String: String] = [
        "commons.md": "---\ntitle: Test Commons\nbase_url: https://example.org/\n---\nHello.\n",
        "projects/maps.md": "---\ntitle: Maps\nlicense: ODbL-1.0\nmaintainers: [amara]\n---\nWe map the river.\n",
        "contributors/amara.md": "---\nname: Amara Okafor\n---\n",
        "contributors/jonas.md": "---\nname: Jonas Weber\naffiliation: Library\n---\n",
    ]

    init(_ files: [String: String], replacingBase: Bool = false) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("commons-test-\(UUID().uuidString)")
        let all = replacingBase ? files : TemporaryContent.base.merging(files) { _, new in new }
        for (path, text) in all {
            try write(Data(text.utf8), to: path)
        }
    }

    func write(_ data: Data, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    func load(asOf: Day? = Day(parsing: "2026-06-30")) -> LoadResult {
        ContentLoader.load(folder: root.path, asOf: asOf)
    }

    /// The diagnostics as `path:line:col: severity: message` lines.
    func check(asOf: Day? = Day(parsing: "2026-06-30")) -> [String] {
        load(asOf: asOf).diagnostics.map(\.description)
    }
}

/// A contribution file's text.
func contribution(_ fields: String, body: String = "Fixed the legend.") -> String {
    "---\n\(fields)\n---\n\(body)\n"
}
