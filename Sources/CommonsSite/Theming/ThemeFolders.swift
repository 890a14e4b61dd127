import CommonsSupport

/// Where a build's templates come from, lowest priority first: the default theme, then
/// one folder whose files replace the default's file by file — `--templates DIR` if
/// given, else a `Templates/` folder beside the content folder when there is one.
public struct ThemeFolders: Sendable {
    /// The default theme's folder, nil when it cannot be found.
    public let defaultTheme: String?
    /// The override folder, nil for the default theme alone.
    public let overrides: String?

    public init(templates: String?, content: String) {
        defaultTheme = ThemeFolders.locateDefault()
        if let templates {
            overrides = templates
        } else {
            let beside = FileSystem.parent(of: content) + "/Templates"
            let candidate = beside.hasPrefix("./") ? String(beside.dropFirst(2)) : beside
            let isDefault = defaultTheme.flatMap(FileSystem.realPath) == FileSystem.realPath(candidate)
            overrides = FileSystem.kind(candidate) == .directory && !isDefault ? candidate : nil
        }
    }

    /// The default theme ships as a SwiftPM resource (`Sources/CommonsSite/Theme`, which
    /// the top-level `Templates` links to), found beside the binary wherever it is run from.
    static func locateDefault() -> String? {
        InstalledResource.locate("Theme", bundle: "commons_CommonsSite", holding: "layout.mustache",
                                 sourceFolder: FileSystem.parent(of: FileSystem.parent(of: #filePath)) + "/Theme")
    }
}
