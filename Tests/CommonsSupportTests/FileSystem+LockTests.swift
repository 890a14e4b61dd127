import CommonsTestSupport
import CommonsSupport
import Testing

/// flock locks belong to an open folder, so one process holding two is two holders.
@Suite struct FileSystemLockTests {
    @Test func aSecondHolderIsRefusedUntilTheFirstLetsGo() throws {
        let root = try TemporaryFolder("lock")
        var first: FileSystem.FolderLock? = try FileSystem.lock(root.path).get()
        #expect(FileSystem.lock(root.path).failure == .held)
        withExtendedLifetime(first) {}
        first = nil
        #expect(FileSystem.lock(root.path).failure == nil)
        // Nothing is left in the folder.
        #expect(FileSystem.entries(root.path) == [])
    }

    @Test func aMissingFolderCannotBeLocked() throws {
        let root = try TemporaryFolder("lock")
        #expect(FileSystem.lock(root.path + "/missing").failure == .cannotOpen)
    }
}

private extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
