import CommonsSupport

/// Writes files into a site folder with as few system calls as it can: a big site is
/// tens of thousands of small files.
///
/// No folder is planned up front: a file is opened where it goes, and only when its
/// folder is missing (ENOENT) are the missing folders made, parents first, and the open
/// retried. Most pages are alone in a folder of their own
/// (`contributions/2026/03/x/index.html`), so that is one failed open and one mkdir each;
/// two cores making the same folder at once both succeed (EEXIST counts as made), so
/// files can be written from every core at once. (Making a page's folder before opening
/// its file saves the failed open, but cost ext4 more system time, not less.)
struct SiteWriter: Sendable {
    let root: String

    func write(_ file: SiteFile) throws {
        let path = root + "/" + file.path
        // The last slash found among the bytes: `lastIndex(of:)` on the String walked
        // back over Characters, a few thousand instructions a file.
        let folder = file.path.utf8.lastIndex(of: UInt8(ascii: "/")).map { root + "/" + file.path[..<$0] }
        switch file.body {
        case .text(let text):
            try FileSystem.write(text, to: path, making: folder)
        case .copy(let source):
            if let folder { try FileSystem.makeDirectories(folder) }
            try FileSystem.copy(source, to: path)
        }
    }
}
