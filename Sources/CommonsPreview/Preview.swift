import CommonsModel
import CommonsSite
import CommonsSupport
import Foundation
import Synchronization

/// `commons serve`: the site built into memory, served over HTTP, and built again
/// whenever a file of the content or the theme changes — with the errors over every page
/// while there are any, and every open page reloaded after each build.
public final class Preview: Sendable {
    public struct Options: Sendable {
        /// What to build; its `output` is never written.
        public var site: SiteBuild.Options
        /// An IPv4 or IPv6 address; only this machine's own by default.
        public var address = "127.0.0.1"
        /// 0 for any free port.
        public var port: UInt16 = 4000
        /// When `port` is taken, the next free one instead of failing: for the default
        /// port, not for one the user asked for.
        public var movesToFreePort = false
        /// Scan the folders instead of asking inotify.
        public var polling = false
        public var pollInterval = 0.5
        /// How long the folder must be still before a build starts: an editor's save (a
        /// temporary file written and renamed, a backup) or a `git checkout` comes as
        /// events a few milliseconds apart, and a burst cut in two is built twice, not
        /// wrongly. Every save waits for it, so it is kept short.
        public var quiet = 0.02

        public init(site: SiteBuild.Options) { self.site = site }
    }

    public enum Failure: Error, CustomStringConvertible {
        case portTaken(UInt16)
        case cannotListen(String)

        public var description: String {
            switch self {
            case .portTaken(let port): "port \(port) is taken; choose another with --port"
            case .cannotListen(let reason): reason
            }
        }
    }

    private let options: Options
    private let say: @Sendable (String) -> Void
    let served: ServedSite.Slot
    let events: ReloadEvents
    private let history: BuildHistory
    private let server = Mutex<PreviewServer?>(nil)
    private let stopping = Atomic<Bool>(false)
    private let watching = Atomic<Bool>(false)

    /// `say` gets every line for the terminal, from whichever thread has one.
    public init(_ options: Options, say: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.say = say
        history = BuildHistory(content: options.site.content)
        served = ServedSite.Slot(ServedSite(files: nil, overlay: nil, build: history.current))
        events = ReloadEvents(build: history.current)
    }

    /// Listens, says where, then builds and watches on a thread of its own until `stop`.
    /// Returns the address pages are served at.
    @discardableResult
    public func start() async throws -> String {
        let server = try await listen()
        self.server.withLock { $0 = server }
        let host = options.address.contains(":") ? "[\(options.address)]" : options.address
        let url = "http://\(host):\(server.port)/"
        say("serving \(url)")
        let loop = WatchLoop(options: options, history: history)
        watching.store(true, ordering: .sequentiallyConsistent)
        Thread { [self] in loop.run(self) }.start()
        return url
    }

    /// Ends the rebuilds and every connection. The site lived in memory: nothing is left behind.
    public func stop() async {
        stopping.store(true, ordering: .sequentiallyConsistent)
        events.close()
        guard let server = server.withLock({ $0 }) else { return }
        await server.stop()
        // A build under way is let finish; it is not one of Swift's threads that waits.
        while watching.load(ordering: .sequentiallyConsistent) { try? await Task.sleep(for: .milliseconds(10)) }
    }

    private func listen() async throws -> PreviewServer {
        var port = options.port
        while true {
            do {
                return try await PreviewServer(address: options.address, port: port, site: { [served] in served.current },
                                               events: events)
            } catch PreviewServer.Failure.portTaken(let taken) {
                guard options.movesToFreePort, taken < UInt16.max, taken - options.port < 100 else {
                    throw Failure.portTaken(taken)
                }
                say("port \(taken) is taken; trying \(taken + 1)")
                port = taken + 1
            } catch PreviewServer.Failure.cannotListen(let reason) {
                throw Failure.cannotListen(reason)
            }
        }
    }

    /// The rebuilds, on a thread of their own: they block on the watch and on the build.
    private final class WatchLoop: @unchecked Sendable {
        let options: Options
        var history: BuildHistory

        init(options: Options, history: BuildHistory) {
            self.options = options
            self.history = history
        }

        func run(_ preview: Preview) {
            defer { preview.watching.store(false, ordering: .sequentiallyConsistent) }
            // Watching starts before the first build, so nothing saved while it runs is missed.
            let theme = ThemeFolders(templates: options.site.templates, content: options.site.content).overrides
            let roots = [options.site.content] + (theme.map { [$0] } ?? [])
            let watch = FolderWatch(roots: roots, polling: options.polling, interval: options.pollInterval,
                                    quiet: options.quiet)
            var files = WatchedFiles(content: options.site.content, roots: roots)
            let stopped = { preview.stopping.load(ordering: .sequentiallyConsistent) }
            var fellBack = watch.fellBack
            if let fellBack { preview.say(fellBack) }
            // Each build waits until the last one's leftovers are freed: a big commons is
            // held at most twice, however fast the saves come.
            let freeing = Freeing()
            let first = PreviewBuild(options.site, freeing: freeing)
            // What the next build starts from: what this one read, its theme, the last good site.
            var earlier = (loaded: first.loaded, resolved: first.resolved, theme: first.theme, site: first.site,
                           analysis: first.analysis)
            preview.publish(history.record(first, changes: nil))
            while let touched = watch.nextBurst(until: stopped) {
                if watch.fellBack != fellBack, let reason = watch.fellBack {
                    fellBack = reason
                    preview.say(reason)
                }
                let changes = files.settle(touched)
                guard !changes.isEmpty || touched.contains(where: files.isVisible) else { continue }
                if let theme, touched.contains(where: { $0 == theme || $0.hasPrefix(theme + "/") }) {
                    // A template change draws most pages again, so the last site is let go
                    // before rather than after: a big site is not held twice. Meanwhile a
                    // page asked for says "Building…" and reloads when the build ends.
                    earlier.theme = nil
                    freeing.letGo(earlier.site)
                    earlier.site = nil
                    preview.publish((history.redrawing(), []))
                }
                let spent = earlier
                freeing.drain()
                let listing = files.listingChanges(touched, changes)
                let build = PreviewBuild(options.site, earlier: earlier,
                                         changed: listing ?? Set(changes.added + changes.edited + changes.removed),
                                         filesOnly: listing != nil, freeing: freeing)
                earlier = (build.loaded, build.resolved, build.theme, build.site ?? earlier.site, build.analysis ?? earlier.analysis)
                preview.publish(history.record(build, changes: changes))
                // The last build is freed after this one is served, on another core.
                freeing.letGo(spent)
            }
        }
    }

    /// Said first, so the terminal tells of a build before any page reloads with it.
    private func publish(_ build: (site: ServedSite, lines: [String])) {
        for line in build.lines { say(line) }
        served.current = build.site
        events.announce(build.site.build)
    }
}
