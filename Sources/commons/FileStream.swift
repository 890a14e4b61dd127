import CommonsModel
import Glibc

/// Unbuffered writes to stdout/stderr and the few facts the CLI asks the system.
struct FileStream {
    let descriptor: Int32

    static let standardOutput = FileStream(descriptor: 1)
    static let standardError = FileStream(descriptor: 2)

    func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    static func unixTime() -> Int { Int(time(nil)) }

    /// Today in the machine's time zone.
    static var localDay: Day {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }

    /// Ends the process now, without returning to free what is still held. Output is
    /// written unbuffered, so nothing is lost.
    static func exit(_ code: Int32) -> Never { Glibc.exit(code) }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static var currentDirectory: String {
        guard let path = getcwd(nil, 0) else { return "." }
        defer { free(path) }
        return String(cString: path)
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
