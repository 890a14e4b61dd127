import ArgumentParser

// ArgumentParser exits 64 on usage errors; the contract (SPEC §6) says 2.
do {
    var command = try CommonsCommand.parseAsRoot()
    try command.run()
} catch let exit as ExitCode {
    CommonsCommand.exit(withError: exit)
} catch {
    let code = CommonsCommand.exitCode(for: error)
    if code == .success {
        CommonsCommand.exit(withError: error)
    }
    let message = CommonsCommand.fullMessage(for: error)
    FileStream.standardError.write(message + "\n")
    CommonsCommand.exit(withError: ExitCode(2))
}
