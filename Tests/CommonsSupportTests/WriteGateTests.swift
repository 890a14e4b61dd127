import CommonsTestSupport
import Glibc
import Testing
@testable import CommonsSupport

/// Faults injected where every write passes: they fail writes below their folder only,
/// as the kernel would, and are gone when the body returns.
@Suite struct WriteGateTests {
    @Test func aFullDiskFailsEveryWriteBelowItsFolderAfterThoseLetThrough() throws {
        let root = try TemporaryFolder("gate")
        let full = root.path + "/full"
        try FileSystem.makeDirectory(full)
        let fault = FileSystem.Fault(below: full, after: 2, failingWith: ENOSPC)
        try FileSystem.withFault(fault) {
            try FileSystem.write("a", to: full + "/a")
            try FileSystem.write("b", to: full + "/b")
            #expect(throws: FileSystem.Failure.self) { try FileSystem.write("c", to: full + "/c") }
            #expect(throws: FileSystem.Failure.self) { try FileSystem.makeDirectories(full + "/x/y") }
            #expect(throws: FileSystem.Failure.self) { try FileSystem.rename(full + "/a", full + "/z") }
            // Beside it, nothing fails.
            try FileSystem.write("d", to: root.path + "/d")
        }
        try FileSystem.write("c", to: full + "/c")
        #expect(FileSystem.entries(full) == ["a", "b", "c"])
    }

    @Test func theFailureNamesThePathAndTheSystemsWords() throws {
        let root = try TemporaryFolder("gate")
        let fault = FileSystem.Fault(below: root.path, failingWith: EACCES)
        let failure = FileSystem.withFault(fault) { () -> FileSystem.Failure? in
            do { try FileSystem.write("x", to: root.path + "/x"); return nil } catch { return error as? FileSystem.Failure }
        }
        #expect(failure?.description == "cannot write '\(root.path)/x': Permission denied")
    }
}
