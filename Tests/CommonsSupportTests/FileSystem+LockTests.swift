import CommonsTestSupport
import CommonsSupport
import Testing

/// flock locks belong to an open file, so one process holding two is two holders.
@Suite struct FileSystemLockTests {
    @Test func aSecondHolderIsRefusedUntilTheFirstLetsGo() throws {
        let root = try TemporaryFolder("lock")
        let path = root.path + "/.site.lock"
        var first: FileSystem.Lock? = try FileSystem.lock(path).get()
        #expect(FileSystem.lock(path).failure == .held)
        withExtendedLifetime(first) {}
        first = nil
        #expect(FileSystem.entries(root.path) == [], "the lock file goes with the lock")
        var again: FileSystem.Lock? = try FileSystem.lock(path).get()
        withExtendedLifetime(again) {}
        again = nil
        #expect(FileSystem.entries(root.path) == [])
    }

    @Test func twoLocksInOneFolderAreTwoLocks() throws {
        let root = try TemporaryFolder("lock")
        let site = try FileSystem.lock(root.path + "/._site.lock").get()
        let preview = try FileSystem.lock(root.path + "/._preview.lock").get()
        withExtendedLifetime((site, preview)) {}
    }

    @Test func aLockFileLeftByAKilledHolderIsTakenOver() throws {
        let root = try TemporaryFolder("lock")
        try root.write("", to: ".site.lock")
        var lock: FileSystem.Lock? = try FileSystem.lock(root.path + "/.site.lock").get()
        withExtendedLifetime(lock) {}
        lock = nil
        #expect(FileSystem.entries(root.path) == [])
    }

    @Test func aMissingFolderCannotBeLocked() throws {
        let root = try TemporaryFolder("lock")
        #expect(FileSystem.lock(root.path + "/missing/.site.lock").failure == .cannotOpen)
    }
}

private extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
