import CommonsModel
import CommonsSupport
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
        let outcome = Command.run(["git", "-C", folder, "config", "--get", key])
        let value = outcome.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return outcome.succeeded && !value.isEmpty ? value : nil
    }
}
