import CommonsAnalysis
import CommonsModel
import CommonsSupport
import Glibc

/// One file dropped into a small commons at any path: the input's first line is the
/// path below the content folder, the rest the file's bytes. The commons is loaded,
/// resolved and analysed as `check` does it, and its diagnostics printed in every format.
///
/// The path's bytes are kept as they are (a name need not be UTF-8), but it stays inside
/// the content folder: empty, `.` and `..` parts are dropped, and NUL ends a part.
struct ContentFileInput {
    /// A commons with one of everything, so that the file has something to refer to and
    /// to be referred to by.
    static let commons: [(path: String, text: String)] = [
        ("commons.md", "---\ntitle: Fuzzed Commons\nbase_url: https://example.org/\nhealth:\n  bus_factor: 2\n---\nHello.\n"),
        ("projects/maps.md", "---\ntitle: Maps\nlicense: ODbL-1.0\nmaintainers: [amara]\n---\nWe map the river.\n"),
        ("contributors/amara.md", "---\nname: Amara Okafor\njoined: 2025-01-04\n---\n"),
        ("contributors/jonas.md", "---\nname: Jonas Weber\naffiliation: Library\n---\n"),
        ("contributions/2026/03/legend.md", "---\ncontributors: [amara, jonas]\nproject: maps\ndate: 2026-03-14\nkind: code\nhours: 2\n---\nFixed the legend.\n"),
        ("governance/2026/paths.md", "---\ntitle: Map the paths\nauthor: amara\nproject: maps\nopened: 2026-03-01\nvotes:\n  jonas: yes\n---\nLet us.\n"),
        ("pages/about.md", "---\ntitle: About\n---\nAbout us.\n"),
    ]

    let folders: [String]
    let name: [UInt8]
    let file: [UInt8]

    init(_ input: [UInt8]) {
        let newline = input.firstIndex(of: 0x0A) ?? input.endIndex
        let parts = input[..<newline].split(separator: UInt8(ascii: "/")).map { $0.prefix { $0 != 0 }.prefix(200) }
            .filter { !$0.isEmpty && !$0.elementsEqual([0x2E]) && !$0.elementsEqual([0x2E, 0x2E]) }
        // Folders are made through String paths, which repair bytes that are not UTF-8;
        // only the file's own name keeps them.
        folders = parts.dropLast().prefix(8).map { String(decoding: $0, as: UTF8.self) }
        name = parts.last.map(Array.init) ?? Array("commons.md".utf8)
        file = Array(input[min(newline + 1, input.endIndex)...])
    }

    func load() {
        // In memory where there is a tmpfs: on a disk mounted with discard, removing a
        // folder waits for the device, and that was most of each input's time.
        let base = FileSystem.kind("/dev/shm") == .directory ? "/dev/shm" : "/tmp"
        var template = Array((base + "/commons-fuzz-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { return }
        let root = String(cString: made)
        defer { try? FileSystem.remove(root) }
        for (path, text) in Self.commons { try? FileSystem.write(text, to: root + "/" + path, making: FileSystem.parent(of: root + "/" + path)) }
        let folder = ([root] + folders).joined(separator: "/")
        let path = Array(folder.utf8) + [UInt8(ascii: "/")] + name
        if (try? FileSystem.makeDirectories(folder)) != nil { write(file, at: path) }
        // Removed by its bytes: FileSystem.remove lists names as String, which cannot
        // hold a name that is not UTF-8.
        defer { _ = (path + [0]).withUnsafeBufferPointer { unlink(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self)) } }

        var reading = Reading(content: root, asOf: Day(parsing: "2026-06-30")!)
        Pipeline(Reading.steps).run(&reading)
        for format in DiagnosticFormat.allCases { _ = format.render(reading.diagnostics, folder: root) }
    }

    private func write(_ bytes: [UInt8], at path: [UInt8]) {
        let fd = (path + [0]).withUnsafeBufferPointer {
            open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { return }
        defer { close(fd) }
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    }
}
