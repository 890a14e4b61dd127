import CommonsAuthoring
import Glibc

/// Where the content folder is when `--content` is not given: `Content` here, as
/// `commons init` makes it; else, as git finds its repository, the nearest folder at or
/// above this one that holds `commons.md` (run from inside `Content/contributions/2026/`)
/// or a `Content/` that does.
///
/// A `Content` folder found above makes its parent the working folder, so that what is
/// read or written beside the content — `Templates/`, `_site/`, the paths `new` prints —
/// is where it would be from the repository's top.
enum ContentLocation {
    static let conventional = Planting.contentFolder

    static func find() -> String {
        if FileStream.isDirectory(conventional) { return conventional }
        var folder = FileStream.currentDirectory
        while true {
            for candidate in [folder + "/" + conventional, folder] where FileStream.exists(candidate + "/commons.md") {
                let parent = String(candidate.dropLast(conventional.count + 1))
                if candidate.hasSuffix("/" + conventional), !parent.isEmpty, chdir(parent) == 0 { return conventional }
                return candidate
            }
            guard let slash = folder.lastIndex(of: "/"), folder != "/" else { return conventional }
            folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
        }
    }
}
