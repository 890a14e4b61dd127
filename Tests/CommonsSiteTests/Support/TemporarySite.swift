import CommonsModel
import CommonsTestSupport
import Foundation
@testable import CommonsSite

/// A content folder written from inline files, with room beside it for a `Templates/`
/// folder and the site's output, so a test reads its input and its expectation
/// together. A small valid commons is there unless the test replaces its files.
struct TemporarySite {
    /// Holds `Content/`, `Templates/` (when a test writes one) and `_site/`.
    let temporary: TemporaryFolder
    var folder: URL { temporary.url }
    var content: String { folder.appendingPathComponent("Content").path }
    var output: String { folder.appendingPathComponent("_site").path }

    static let base: [String: String] = [
        "commons.md": "---\ntitle: Test Commons\nbase_url: https://example.org/our/commons/\n---\nHello, [stats](stats/).\n",
        "projects/maps.md": "---\ntitle: Maps\nlicense: ODbL-1.0\nmaintainers: [amara]\ntags: [water]\n---\nWe map the river.\n",
        "contributors/amara.md": "---\nname: Amara Okafor\n---\nMaps things.\n",
        "contributors/jonas.md": "---\nname: Jonas Weber\naffiliation: Library\nlinks: [\"mailto:jonas@example.org\"]\n---\n",
        "contributions/2026/03/legend.md": "---\ncontributors: [amara, jonas]\nproject: maps\ndate: 2026-03-14\nkind: data\nhours: 3\n---\nSurveyed the step-free toilets.\n",
        "contributions/2026/04/fountains.md": "---\ncontributor: amara\nproject: maps\ndate: 2026-04-02\nkind: code\nhours: 2\ncompensation: stipend\n---\nFixed the fountain layer.\n",
        "governance/2026/odbl.md": "---\ntitle: Publish under the ODbL\nauthor: amara\nproject: maps\nopened: 2026-03-20\nvotes:\n  amara: yes\n  jonas: {vote: no, date: 2026-03-25, comment: \"Too soon.\"}\n---\nLet us publish.\n",
        "pages/about.md": "---\ntitle: About us\ndescription: Who we are.\n---\nWe are neighbours.\n",
        "assets/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
    ]

    init(_ files: [String: String] = [:], replacingBase: Bool = false) throws {
        let all = replacingBase ? files : TemporarySite.base.merging(files) { _, new in new }
        temporary = try TemporaryFolder("site-test", files: Dictionary(uniqueKeysWithValues: all.map { ("Content/" + $0.key, $0.value) }))
    }

    func write(_ text: String, to path: String) throws { try temporary.write(text, to: path) }

    func remove(_ path: String) throws { try temporary.remove(path) }

    /// Builds `Content/` into `output` (default `_site/`) as of 30 June 2026.
    @discardableResult
    func build(output: String? = nil, baseURL: String? = nil, strict: Bool = false,
               templates: String? = nil, search: Bool = false,
               pagefind: Pagefind? = nil) -> (result: SiteBuild.Result, diagnostics: [Diagnostic]) {
        var build = SiteBuild(options: .init(content: content, templates: templates, output: output ?? self.output,
                                             asOf: Day(parsing: "2026-06-30")!, baseURL: baseURL, strict: strict,
                                             search: search, pagefind: pagefind))
        let result = build.run { _ in }
        return (result, build.diagnostics)
    }

    /// Every file under a folder, by path relative to it.
    static func files(in root: String) -> [String: Data] { TemporaryFolder.files(in: root) }

    var site: [String: Data] { TemporarySite.files(in: output) }

    /// A page of the site as text, nil when it was not written.
    func page(_ path: String, in root: String? = nil) -> String? {
        FileManager.default.contents(atPath: (root ?? output) + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every HTML page, feed and sitemap as text.
    var texts: [String: String] {
        site.filter { $0.key.hasSuffix(".html") || $0.key.hasSuffix(".xml") }
            .mapValues { String(decoding: $0, as: UTF8.self) }
    }
}

extension SiteBuild.Result {
    var isPublished: Bool {
        if case .published = self { return true }
        return false
    }
}
