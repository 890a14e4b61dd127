import CommonsModel
import Foundation
import Testing
@testable import CommonsSite

/// Everything from front matter reaches pages through `{{ }}`; only libcmark's HTML (safe
/// by default) and the build's own SVG are inserted raw.
@Suite struct EscapingTests {
    /// Markup that would run, or break out of an attribute, if it reached a page unescaped.
    static let attack = #"<script>alert(1)</script>\"><img src=x onerror=alert(2)>"#

    @Test func markupInEveryFrontMatterFieldComesOutEscaped() throws {
        let a = Self.attack
        let site = try TemporarySite([
            "commons.md": "---\ntitle: \"Commons \(a)\"\ndescription: \"About \(a)\"\nbase_url: https://example.org/c/\n---\nHi.\n",
            "projects/maps.md": "---\ntitle: \"Maps \(a)\"\nlicense: MIT\nmaintainers: [amara]\ntags: [\"tag \(a)\"]\nsummary: \"Summary \(a)\"\n---\n",
            "contributors/amara.md": "---\nname: \"Amara \(a)\"\naffiliation: \"Guild \(a)\"\n---\n",
            "contributors/jonas.md": "---\nname: Jonas\naffiliation: \"Library \(a)\"\n---\n",
            "contributions/2026/03/legend.md": "---\ncontributors: [amara, jonas]\nproject: maps\ndate: 2026-03-14\nkind: data\nhours: 3\ntitle: \"Legend \(a)\"\n---\n",
            "governance/2026/odbl.md": "---\ntitle: \"Proposal \(a)\"\nauthor: amara\nproject: maps\nopened: 2026-03-20\nvotes:\n  jonas: {vote: no, date: 2026-03-25, comment: \"Comment \(a)\"}\n---\n",
            "pages/about.md": "---\ntitle: \"Page \(a)\"\ndescription: \"Description \(a)\"\n---\nText.\n",
        ])
        let (result, diagnostics) = site.build()
        #expect(result.isPublished, "\(diagnostics)")
        let texts = site.texts
        #expect(texts.count > 10)
        for (path, text) in texts {
            #expect(!text.contains("<script>"), "raw <script> in \(path)")
            #expect(!text.contains("<img src=x"), "raw <img> in \(path)")
            #expect(!text.contains("\"><img"), "attribute break-out in \(path)")
        }
        // Each field reached some page, escaped.
        let all = texts.values.joined()
        for word in ["Commons", "About", "Maps", "tag", "Summary", "Amara", "Guild", "Library", "Legend",
                     "Proposal", "Comment", "Page", "Description"] {
            #expect(all.contains("\(word) &lt;script&gt;alert(1)&lt;/script&gt;"), "\(word) did not reach a page escaped")
        }
    }

    /// A licence is an SPDX identifier: markup in one stops the build before any page.
    @Test func markupInALicenceIsRefusedBeforeAnyPageIsWritten() throws {
        let site = try TemporarySite(["projects/maps.md": "---\ntitle: Maps\nlicense: \"MIT \(Self.attack)\"\n---\n"])
        let (result, diagnostics) = site.build()
        guard case .failed = result else { Issue.record("expected a failed build, got \(result)"); return }
        #expect(diagnostics.contains { $0.path == "projects/maps.md" && $0.severity == .error })
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func rawHTMLInMarkdownIsDroppedByDefault() throws {
        let site = try TemporarySite(["pages/about.md": "---\ntitle: About\n---\nHello <b onclick=\"x()\">there</b>.\n\n<script>alert(3)</script>\n"])
        #expect(site.build().result.isPublished)
        let page = try #require(site.page("about/index.html"))
        #expect(page.contains("Hello"))
        #expect(!page.contains("<script>alert(3)"))
        #expect(!page.contains("onclick"))
    }

    @Test func rawHTMLInMarkdownStaysWhenTheCommonsOptsIn() throws {
        let site = try TemporarySite([
            "commons.md": "---\ntitle: T\nbase_url: https://example.org/\nunsafe_html: true\n---\n",
            "pages/about.md": "---\ntitle: About\n---\nHello <b class=\"x\">there</b>.\n",
        ])
        #expect(site.build().result.isPublished)
        #expect(site.page("about/index.html")?.contains("<b class=\"x\">there</b>") == true)
    }
}
