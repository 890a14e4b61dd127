import CommonsModel
import CommonsSupport

/// A small, valid commons to start from (`seeds/<name>/`), in which the person who plants
/// it is `your-handle`, "Your Name": `init` puts them in those places.
public struct Seed: Sendable {
    public let name: String
    /// The seed's folder: the content of a commons.
    public let folder: String
    /// One line on what the seed is: its `commons.md` description.
    public let description: String

    public static let placeholderHandle = "your-handle"
    public static let placeholderName = "Your Name"
    public static let defaultName = "minimal"

    /// Every installed seed, by name.
    public static func all() -> [Seed] {
        guard let root = installedFolder else { return [] }
        return FileSystem.entries(root).sorted().compactMap { name in
            let folder = root + "/" + name
            guard FileSystem.kind(folder + "/commons.md") == .file else { return nil }
            let description = ContentLoader.read(folder: folder, renderingBodies: false).settings?.description ?? ""
            return Seed(name: name, folder: folder, description: description)
        }
    }

    /// Ships as a SwiftPM resource (`Sources/CommonsAuthoring/Seeds`, which the top-level
    /// `seeds` links to), found like the default theme.
    static var installedFolder: String? {
        InstalledResource.locate("Seeds", bundle: "commons_CommonsAuthoring", holding: defaultName + "/commons.md",
                                 sourceFolder: FileSystem.parent(of: #filePath) + "/Seeds")
    }

    /// The files `init` writes beside the content, at the top of the repository.
    static var repositoryFolder: String? {
        InstalledResource.locate("Repository", bundle: "commons_CommonsAuthoring", holding: "README.md",
                                 sourceFolder: FileSystem.parent(of: #filePath) + "/Repository")
    }
}
