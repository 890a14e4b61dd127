import Glibc

/// A program run to its end, as a shell would run it, its output kept in files: the one
/// way the tool runs another program (`git`, `tar`).
public struct Command {
    public struct Outcome {
        /// The exit status; nil when the program could not be started (not installed).
        public let status: Int32?
        public let output: String
        public let errors: String

        public var succeeded: Bool { status == 0 }
    }

    /// Runs `arguments` (the program first, found on PATH) with stdin closed, stdout and
    /// stderr written to files in a temporary folder of its own and read back: files,
    /// not pipes, so a program that fills one stream while we read the other cannot stall.
    public static func run(_ arguments: [String]) -> Outcome {
        guard let scratch = FileSystem.makeTemporaryFolder("commons-command") else {
            return Outcome(status: nil, output: "", errors: "cannot make a temporary folder for \(arguments[0])'s output")
        }
        defer { _ = rmdir(scratch) }
        let (outPath, errPath) = (scratch + "/stdout", scratch + "/stderr")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        // Removed before the folder (defers run last to first), whether or not it started.
        defer { _ = unlink(outPath); _ = unlink(errPath) }
        guard posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ) == 0 else {
            return Outcome(status: nil, output: "", errors: "")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which Swift does not import: a signal's death is not 0.
        let exited = status & 0x7f == 0
        return Outcome(status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
                       output: FileSystem.readText(outPath) ?? "", errors: FileSystem.readText(errPath) ?? "")
    }
}
