import CommonsTestSupport
import Foundation
@testable import CommonsModel

/// A content folder written from inline files, so a test reads its input and its
/// expectation together. A minimal valid `commons.md`, one project and two people
/// are there unless the test replaces them.
struct TemporaryContent {
    let folder: TemporaryFolder
    var root: URL { folder.url }

    static let base: [String: String] = [
        "commons.md": "---\ntitle: Test Commons\nbase_url: https://example.org/\n---\nHello.\n",
        "projects/maps.md": "---\ntitle: Maps\nlicense: ODbL-1.0\nmaintainers: [amara]\n---\nWe map the river.\n",
        "contributors/amara.md": "---\nname: Amara Okafor\n---\n",
        "contributors/jonas.md": "---\nname: Jonas Weber\naffiliation: Library\n---\n",
    ]

    init(_ files: [String: String], replacingBase: Bool = false) throws {
        folder = try TemporaryFolder("content-test", files: replacingBase ? files : TemporaryContent.base.merging(files) { _, new in new })
    }

    func write(_ data: Data, to path: String) throws { try folder.write(data, to: path) }

    func remove(_ path: String) throws { try folder.remove(path) }

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
