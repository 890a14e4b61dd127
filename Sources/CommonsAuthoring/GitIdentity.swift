import CommonsModel
import Foundation

/// Who is at the keyboard, as git knows them (`user.name`, `user.email`): the default
/// handle of a new commons' first person, and the contributor of a new file.
public struct GitIdentity: Sendable {
    public let name: String?
    public let email: String?

    /// Read with the `git` command from `folder`, so a repository's own settings count;
    /// without git, or with nothing set, both are nil.
    public init(folder: String = ".") {
        name = GitIdentity.config("user.name", in: folder)
        email = GitIdentity.config("user.email", in: folder)
    }

    /// The person of the commons whose `links` hold this email (as `mailto:`), else whose
    /// name is this name.
    public func handle(in commons: Commons) -> String? {
        if let email = email?.lowercased(),
           let person = commons.contributors.first(where: { $0.links.contains { $0.lowercased() == "mailto:" + email } }) {
            return person.handle
        }
        guard let name else { return nil }
        return commons.contributors.first { $0.name.lowercased() == name.lowercased() }?.handle
    }

    private static func config(_ key: String, in folder: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "config", "--get", key]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let value = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return process.terminationStatus == 0 && !value.isEmpty ? value : nil
    }
}
