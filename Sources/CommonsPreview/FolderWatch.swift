import CommonsSupport
import CommonsModel
import Glibc

/// Watches every folder below some roots — folders made later included — and says which
/// paths were touched: through inotify, one watch per folder, or by scanning the tree
/// at an interval where inotify cannot be had, its watch limit is reached, or polling
/// was asked for. The fall-back is said once, in `fellBack`.
final class FolderWatch {
    let roots: [String]
    /// Between two scans, while polling.
    private let interval: Double
    /// Changes closer together than this are one burst: a `git checkout`, or an editor's
    /// write to a temporary file and rename over the real one, is one rebuild.
    private let quiet: Double
    private var inotify: Inotify?
    /// Each inotify watch's folder.
    private var folders: [Int32: String] = [:]
    /// Every file's stamp as the last scan saw it, while polling.
    private var stamps: [String: FolderScan.Stamp] = [:]
    /// Why this watch polls, once; nil when it does not, or when it was asked to.
    private(set) var fellBack: String?

    init(roots: [String], polling: Bool, interval: Double, quiet: Double) {
        self.roots = roots
        self.interval = interval
        self.quiet = quiet
        if polling {
            startPolling(because: nil)
            return
        }
        do {
            inotify = try Inotify()
            for root in roots { try watchTree(root) }
        } catch {
            startPolling(because: error)
        }
    }

    var isPolling: Bool { inotify == nil }

    /// The paths touched in the next burst of changes, once it has been quiet for a
    /// moment (or has gone on for two seconds); nil once `stopped` says so. A folder's
    /// path stands for everything in it.
    func nextBurst(until stopped: () -> Bool) -> [String]? {
        var touched: [String] = []
        while touched.isEmpty {
            if stopped() { return nil }
            touched = self.touched(within: isPolling ? interval : 0.1)
        }
        let start = MonotonicClock.now()
        while MonotonicClock.now() - start < 2, !stopped() {
            let more = self.touched(within: quiet)
            if more.isEmpty { break }
            touched += more
        }
        return touched
    }

    /// The paths touched within `timeout` seconds (at once when some are); none when
    /// nothing changed.
    private func touched(within timeout: Double) -> [String] {
        guard let inotify else { return poll(after: timeout) }
        var touched: [String] = []
        for event in inotify.events(within: timeout) {
            if event.isOverflow {
                // Notices were lost: everything may have changed.
                touched += roots
                continue
            }
            guard let folder = folders[event.watch] else { continue }
            if event.endsWatch {
                folders[event.watch] = nil
                continue
            }
            guard !event.name.isEmpty else { continue }
            let path = folder + "/" + event.name
            touched.append(path)
            guard event.isFolder, !event.name.hasPrefix(".") else { continue }
            if event.leaves {
                forget(below: path)
            } else {
                do { try watchTree(path) } catch {
                    startPolling(because: error)
                    return touched + poll(after: 0)
                }
            }
        }
        return touched
    }

    /// Watches a folder and every folder below it. A folder made and filled before its
    /// watch is added is still seen: its own path is touched, which stands for its files.
    private func watchTree(_ root: String) throws(Inotify.Failure) {
        guard let inotify else { return }
        for folder in FolderScan.scan(root).folders {
            do {
                folders[try inotify.watch(folder)] = folder
            } catch .folderGone {
                continue
            }
        }
    }

    /// A folder moved away keeps its watches, under a path that is no longer right.
    private func forget(below path: String) {
        for (watch, folder) in folders where folder == path || folder.hasPrefix(path + "/") {
            inotify?.unwatch(watch)
            folders[watch] = nil
        }
    }

    private func startPolling(because error: Error?) {
        switch error {
        case Inotify.Failure.limitReached?:
            fellBack = "the inotify watch limit is reached (fs.inotify.max_user_watches); watching by polling instead"
        case Inotify.Failure.unavailable(let reason)?:
            fellBack = "inotify cannot be used (\(reason)); watching by polling instead"
        case let error?:
            fellBack = "inotify failed (\(error)); watching by polling instead"
        case nil:
            break
        }
        inotify = nil
        folders = [:]
        stamps = roots.reduce(into: [:]) { stamps, root in stamps.merge(FolderScan.scan(root, stampingFolders: true).files) { a, _ in a } }
    }

    private func poll(after timeout: Double) -> [String] {
        if timeout > 0 { usleep(useconds_t(timeout * 1_000_000)) }
        var now: [String: FolderScan.Stamp] = [:]
        for root in roots { now.merge(FolderScan.scan(root, stampingFolders: true).files) { a, _ in a } }
        let touched = now.filter { stamps[$0.key] != $0.value }.map(\.key)
            + stamps.keys.filter { now[$0] == nil }
        stamps = now
        return touched
    }
}
