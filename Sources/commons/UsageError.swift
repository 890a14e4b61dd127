import ArgumentParser

/// A command refused before it wrote anything: `commons <command>: <what to do>` on
/// standard error, exit status 2 (SPEC §6).
func refuse(_ command: String, _ message: String) -> ExitCode {
    FileStream.standardError.write("commons \(command): \(message)\n")
    return ExitCode(2)
}
