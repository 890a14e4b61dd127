import Glibc

/// The kernel's notices of changes to files (inotify), the only calls to it. A watch
/// covers one folder's own entries, not its subfolders; `FolderWatch` adds one per folder.
final class Inotify {
    enum Failure: Error {
        /// No inotify here (a container without it, or too many instances open).
        case unavailable(String)
        /// fs.inotify.max_user_watches is reached.
        case limitReached
        /// The folder went away, or cannot be read: nothing to watch there.
        case folderGone
    }

    struct Event {
        let watch: Int32
        let mask: UInt32
        /// The entry's name in the watched folder; empty for the folder itself.
        let name: String

        var isFolder: Bool { mask & UInt32(IN_ISDIR) != 0 }
        /// The kernel's queue overflowed: some notices were lost.
        var isOverflow: Bool { mask & UInt32(IN_Q_OVERFLOW) != 0 }
        /// The watch is gone (its folder was removed or moved away).
        var endsWatch: Bool { mask & UInt32(IN_IGNORED) != 0 }
        var leaves: Bool { mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 }
    }

    private let descriptor: Int32

    init() throws(Failure) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw .unavailable(String(cString: strerror(errno))) }
    }

    deinit { close(descriptor) }

    /// Every way an entry can change, including a file renamed over another (how
    /// editors save) and the end of a write.
    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB
        | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW | IN_EXCL_UNLINK)

    func watch(_ folder: String) throws(Failure) -> Int32 {
        let watch = inotify_add_watch(descriptor, folder, Inotify.mask)
        guard watch >= 0 else {
            switch errno {
            case ENOSPC: throw .limitReached
            case ENOENT, ENOTDIR, EACCES: throw .folderGone
            default: throw .unavailable(String(cString: strerror(errno)))
            }
        }
        return watch
    }

    func unwatch(_ watch: Int32) {
        inotify_rm_watch(descriptor, watch)
    }

    /// The notices that arrive within `timeout` seconds; none when nothing changed.
    func events(within timeout: Double) -> [Event] {
        var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&waiting, 1, Int32(timeout * 1000)) > 0 else { return [] }
        var events: [Event] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return events }
            buffer.withUnsafeBytes { raw in
                var offset = 0
                let header = MemoryLayout<inotify_event>.size
                while offset + header <= count {
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    let nameBytes = raw[(offset + header)..<(offset + header + Int(event.len))]
                    let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                    events.append(Event(watch: event.wd, mask: event.mask, name: name))
                    offset += header + Int(event.len)
                }
            }
        }
    }
}
