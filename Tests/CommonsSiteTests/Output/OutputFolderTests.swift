import CommonsModel
import CommonsSupport
import Foundation
import Glibc
import Testing
@testable import CommonsSite

/// A build that cannot finish writing leaves the previous site exactly as it was and
/// nothing beside it. Faults are injected where every write passes: tests run as root,
/// where permissions stop no write.
@Suite struct OutputFolderTests {
    /// A published site, then the content changed, so that a second build would differ.
    func builtOnce() throws -> (site: TemporarySite, before: [String: Data]) {
        let site = try TemporarySite()
        #expect(site.build().result.isPublished)
        try site.write("---\ntitle: Renamed Commons\nbase_url: https://example.org/our/commons/\n---\nHello.\n", to: "Content/commons.md")
        return (site, site.site)
    }

    func besideTheSite(_ site: TemporarySite) -> [String] {
        FileSystem.entries(site.folder.path).filter { $0 != "Content" && $0 != "_site" }
    }

    @Test func aDiskThatFillsUpMidwayLeavesThePreviousSite() throws {
        let (site, before) = try builtOnce()
        let fault = FileSystem.Fault(below: site.folder.path, after: 12, failingWith: ENOSPC)
        let result = FileSystem.withFault(fault) { site.build().result }
        guard case .writeFailed(let reason) = result else { Issue.record("\(result)"); return }
        #expect(reason.hasPrefix("cannot write '\(site.folder.path)/._site.staging-"))
        #expect(reason.hasSuffix(": No space left on device"))
        #expect(site.site == before)
        #expect(besideTheSite(site) == [])
    }

    @Test func anOutputFolderThatCannotBeWrittenLeavesThePreviousSite() throws {
        let (site, before) = try builtOnce()
        let fault = FileSystem.Fault(below: site.folder.path, failingWith: EACCES)
        let result = FileSystem.withFault(fault) { site.build().result }
        guard case .writeFailed(let reason) = result else { Issue.record("\(result)"); return }
        #expect(reason.contains("Permission denied"))
        #expect(reason.contains(site.folder.path))
        #expect(site.site == before)
        #expect(besideTheSite(site) == [])
    }

    @Test func aFailedSwapLeavesThePreviousSite() throws {
        let (site, before) = try builtOnce()
        // Every file of the new site is written; only putting it in place fails: the
        // exchange, then the rename that falls back on it, once each.
        let fault = FileSystem.Fault(below: site.output, failingWith: EIO, times: 2)
        let result = FileSystem.withFault(fault) { site.build().result }
        guard case .writeFailed = result else { Issue.record("\(result)"); return }
        #expect(site.site == before)
        #expect(besideTheSite(site) == [])
    }

    @Test func anAssetRemovedAfterPlanningFailsTheBuildNamingIt() throws {
        let (site, before) = try builtOnce()
        var build = SiteBuild(options: .init(content: site.content, output: site.output, asOf: Day(parsing: "2026-06-30")!))
        #expect(Pipeline(SiteBuild.planning).run(&build))
        try site.remove("Content/assets/logo.svg")
        Pipeline([SiteBuild.publish]).run(&build)
        guard case .writeFailed(let reason) = build.result else { Issue.record("\(String(describing: build.result))"); return }
        #expect(reason.contains("assets/logo.svg"))
        #expect(site.site == before)
        #expect(besideTheSite(site) == [])
    }

    @Test func aBuildWhileAnotherHoldsTheFolderIsRefused() throws {
        let (site, before) = try builtOnce()
        let result: SiteBuild.Result = try {
            let held = try FileSystem.lock(OutputFolder(target: site.output).lockPath).get()
            defer { withExtendedLifetime(held) {} }
            return site.build().result
        }()
        guard case .refused(let reason) = result else { Issue.record("\(result)"); return }
        #expect(reason == "another commons build is writing to '\(site.output)' now; build again when it has finished")
        #expect(site.site == before)
        #expect(besideTheSite(site) == [])
    }

    /// The lock is the output's, not its parent folder's: `_site` and `_preview` side by side.
    @Test func aBuildIntoAnotherFolderBesideGoesOn() throws {
        let (site, _) = try builtOnce()
        let result: SiteBuild.Result = try {
            let held = try FileSystem.lock(OutputFolder(target: site.output).lockPath).get()
            defer { withExtendedLifetime(held) {} }
            return site.build(output: site.folder.path + "/_preview").result
        }()
        #expect(result.isPublished)
    }
}
