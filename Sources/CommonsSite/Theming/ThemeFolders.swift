import CommonsSupport
import Foundation

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
            let beside = ThemeFolders.parent(of: content) + "/Templates"
            let candidate = beside.hasPrefix("./") ? String(beside.dropFirst(2)) : beside
            let isDefault = defaultTheme.flatMap(FileSystem.realPath) == FileSystem.realPath(candidate)
            overrides = FileSystem.kind(candidate) == .directory && !isDefault ? candidate : nil
        }
    }

    /// The default theme ships as a SwiftPM resource (`Sources/CommonsSite/Theme`, which
    /// the top-level `Templates` links to), copied into a bundle beside the binary, so
    /// `commons` finds it from any working folder. A binary run from its build folder
    /// without the bundle still finds the theme in the source tree it was built from.
    static func locateDefault() -> String? {
        let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().path
        var candidates: [String] = []
        if let executable {
            candidates.append(executable + "/commons_CommonsSite.resources/Theme")
            candidates.append(executable + "/commons_CommonsSite.bundle/Contents/Resources/Theme")
            candidates.append(executable + "/commons_CommonsSite.bundle/Theme")
        }
        candidates.append(parent(of: parent(of: #filePath)) + "/Theme")
        return candidates.first { FileSystem.kind($0 + "/layout.mustache") == .file }
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
