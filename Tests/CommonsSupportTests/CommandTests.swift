import Testing
import CommonsSupport

@Suite struct CommandTests {
    @Test func keepsEachStreamAndTheExitStatus() {
        let outcome = Command.run(["sh", "-c", "echo out; echo err >&2; exit 3"])
        #expect(outcome.status == 3 && !outcome.succeeded)
        #expect(outcome.output == "out\n")
        #expect(outcome.errors == "err\n")
    }

    @Test func aProgramThatIsNotInstalledHasNoStatus() {
        let outcome = Command.run(["commons-no-such-program-\(UInt32.random(in: 0...UInt32.max))"])
        #expect(outcome.status == nil)
    }

    @Test func deathBySignalIsNotSuccess() {
        let outcome = Command.run(["sh", "-c", "kill -9 $$"])
        #expect(outcome.status == Int32(128 + 9))
        #expect(!outcome.succeeded)
    }

    /// Large output on both streams at once: files, not pipes, so neither stalls the other.
    @Test func largeOutputOnBothStreamsComesBackWhole() {
        let outcome = Command.run(["sh", "-c", "head -c 300000 /dev/zero | tr '\\\\0' a; head -c 300000 /dev/zero | tr '\\\\0' b >&2"])
        #expect(outcome.succeeded)
        #expect(outcome.output.utf8.count == 300_000 && outcome.errors.utf8.count == 300_000)
    }
}
