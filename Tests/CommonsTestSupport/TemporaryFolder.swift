import Foundation
import Synchronization

/// A folder of its own under the system's temporary folder, written from inline files
/// (path → text), so that a test reads its input and its expectation together.
public struct TemporaryFolder: Sendable {
    public let url: URL
    public var path: String { url.path }

    /// `label` names the folder, so that one left behind (by a test process that crashed)
    /// says which tests made it. The folder is removed when the test process exits: a
    /// test hands its path on and lets the folder value go long before it is done with it.
    public init(_ label: String, files: [String: String] = [:]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("commons-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        TemporaryFolder.removeAtExit(url)
        for (path, text) in files { try write(text, to: path) }
    }

    /// Writes a file at `path` below the folder, making the folders it needs.
    public func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    public func write(_ data: Data, to path: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(path))
    }

    public func link(_ path: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: self.path + "/" + path, withDestinationPath: destination)
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: self.path + "/" + path)
    }

    /// Every file below `folder` (an absolute path), by its path relative to it.
    public static func files(in folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return files }
        while let path = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = folder + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }

    /// Every folder made by this process, removed when it exits with what tests wrote
    /// beside it (a build's `<folder>-site`): `make test` made some two thousand a run
    /// and left them all in the temporary folder.
    private static let made = Mutex<Set<String>?>(nil)

    private static func removeAtExit(_ url: URL) {
        let first = made.withLock { made in
            let first = made == nil
            if made == nil { made = [] }
            made!.insert(url.lastPathComponent)
            return first
        }
        guard first else { return }
        atexit {
            let names = TemporaryFolder.made.withLock { $0 ?? [] }
            let temporary = FileManager.default.temporaryDirectory
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
            for entry in entries where entry.hasPrefix("commons-") {
                // The folder's own name, or it with something added at its end.
                let made = (0...entry.count).contains { names.contains(String(entry.prefix($0))) }
                if made { try? FileManager.default.removeItem(at: temporary.appendingPathComponent(entry)) }
            }
        }
    }
}
