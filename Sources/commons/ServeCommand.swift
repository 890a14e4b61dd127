import ArgumentParser
import CommonsModel
import CommonsPreview
import CommonsSite
import Dispatch
import Glibc
import Synchronization

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site while you edit: built in memory, served, rebuilt and reloaded on every change.",
        discussion: """
            Serves what 'commons build' would write (never into _site), plus a script that reloads \
            open pages after each rebuild. While the content or theme has errors, every page shows \
            them as 'commons check' prints them, over the last good site. Ctrl-C stops it.
            """
    )

    @OptionGroup var options: ContentOptions

    @OptionGroup var theme: ThemeOptions

    @OptionGroup var site: AddressOptions

    @Option(help: ArgumentHelp("The port; default 4000, or the next free one after it.", valueName: "n"))
    var port: UInt16?

    @Option(help: ArgumentHelp("The address to listen on; other than 127.0.0.1, others can see the preview.",
                               valueName: "addr"))
    var bind = "127.0.0.1"

    @Flag(help: "Watch by scanning the folders instead of with inotify (network or container file systems).")
    var poll = false

    func run() throws {
        let address = bind == "localhost" ? "127.0.0.1" : bind
        if !address.hasPrefix("127.") && address != "::1" {
            FileStream.standardError.write("warning: --bind \(bind): the preview can be reached by others on the network, drafts and errors included\n")
        }
        var preview = Preview.Options(site: .init(content: options.content, templates: theme.templates, asOf: options.day,
                                                  baseURL: site.baseURL))
        preview.address = address
        preview.port = port ?? 4000
        preview.movesToFreePort = port == nil
        preview.polling = poll
        let server = Preview(preview) { FileStream.standardOutput.write($0.hasSuffix("\n") ? $0 : $0 + "\n") }
        let interrupted = Interruption()
        if let failure = wait({ try await server.start() }) {
            FileStream.standardError.write("commons serve: \(failure)\n")
            throw ExitCode(2)
        }
        interrupted.wait()
        _ = wait { await server.stop() }
        FileStream.standardOutput.write("stopped\n")
    }

    /// Runs async work from this synchronous command, and waits for it.
    private func wait(_ work: @escaping @Sendable () async throws -> Void) -> (any Error)? {
        let done = DispatchSemaphore(value: 0)
        let failure = Mutex<(any Error)?>(nil)
        Task {
            do { try await work() } catch { failure.withLock { $0 = error } }
            done.signal()
        }
        done.wait()
        return failure.withLock { $0 }
    }
}

/// Ctrl-C (or a polite kill) asks the preview to stop rather than ending the process
/// where it stands.
private final class Interruption: Sendable {
    private let signalled = DispatchSemaphore(value: 0)
    private nonisolated(unsafe) var sources: [any DispatchSourceSignal] = []

    init() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number)
            source.setEventHandler { [signalled] in signalled.signal() }
            source.resume()
            sources.append(source)
        }
    }

    func wait() { signalled.wait() }
}
