/// Where the content folder is when `--content` is not given: `Content` here, as
/// `commons init` makes it; else, as git finds its repository, the nearest folder at or
/// above this one that holds `commons.md` (run from inside `Content/contributions/2026/`)
/// or a `Content/` that does.
import CommonsAuthoring

enum ContentLocation {
    static let conventional = Planting.contentFolder

    static func find() -> String {
        if FileStream.isDirectory(conventional) { return conventional }
        var folder = FileStream.currentDirectory
        while true {
            if FileStream.exists(folder + "/commons.md") { return folder }
            if FileStream.exists(folder + "/" + conventional + "/commons.md") { return folder + "/" + conventional }
            guard let slash = folder.lastIndex(of: "/"), folder != "/" else { return conventional }
            folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
        }
    }
}
