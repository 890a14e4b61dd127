import Glibc

/// A folder `commons build` wrote: it holds `stats.json` and `404.html`, as every built
/// site does (SPEC §5). Such a folder is never read as content, wherever it is — `build
/// --content .` puts `_site` inside the content — and only such a folder may be replaced
/// whole by the next build.
public enum BuiltSite {
    public static let markers = ["stats.json", "404.html"]

    public static func isBuilt(_ folder: String) -> Bool {
        markers.allSatisfy { access(folder + "/" + $0, F_OK) == 0 }
    }
}
