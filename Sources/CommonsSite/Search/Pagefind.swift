import CommonsSupport

/// Pagefind, the program that indexes a built site for search (PyPI's `pagefind[bin]`
/// ships it). It runs on the staging folder before the swap, so a site goes live with its
/// index or not at all, and it writes its bundle into the site's `pagefind/` folder.
public struct Pagefind: Sendable {
    /// The executable.
    public let path: String

    public init(path: String) { self.path = path }

    /// What to do when it is missing, for every message that says so.
    public static let installAdvice = """
        install it with `pip install 'pagefind[bin]'` (the binary is where \
        `python3 -c 'import pagefind_bin; print(pagefind_bin.get_executable())'` says) and pass it \
        with --pagefind PATH or PAGEFIND=PATH, or put a `pagefind` on PATH; in a checkout of commons, \
        `make search-tools` installs it into .build/tools/bin
        """

    /// `.build/tools/bin/pagefind` in the source tree this binary was built from, where
    /// `make search-tools` puts it.
    public static let besideSourceCheckout: String = {
        var root = #filePath
        for _ in 0..<4 { root = FileSystem.parent(of: root) }  // Sources/CommonsSite/Search/Pagefind.swift
        return root + "/.build/tools/bin/pagefind"
    }()

    public enum Lookup: Sendable, Equatable {
        case found(String)
        /// `--pagefind` or `PAGEFIND` names something that cannot be run.
        case unusable(String)
        case missing
    }

    /// `explicit` (`--pagefind PATH`), else `PAGEFIND`, else `pagefind` on `PATH`, else
    /// the one beside the source checkout. A path given explicitly is used or refused,
    /// never passed over for another.
    public static func locate(explicit: String?, environment: [String: String],
                              besideSource: String = besideSourceCheckout) -> Lookup {
        for (given, name) in [(explicit, "--pagefind"), (environment["PAGEFIND"], "PAGEFIND")] {
            guard let given, !given.isEmpty else { continue }
            return Command.isExecutable(given) ? .found(given) : .unusable("\(name) names '\(given)', which is not a program that can be run")
        }
        if let onPath = Command.locate("pagefind", searchPath: environment["PATH"] ?? "") { return .found(onPath) }
        return Command.isExecutable(besideSource) ? .found(besideSource) : .missing
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// What Pagefind leaves out of the pages it indexes: the way back (`.breadcrumb`) and
    /// the facts beside a title (`.facts`: day, people, project…), which would otherwise
    /// open every excerpt; the filters carry those facts instead.
    static let ignored = ".breadcrumb, .facts"

    /// Indexes the HTML of `site` into `site/pagefind/`. Result addresses keep their
    /// `index.html`, as every link of the site does, so that they work under any sub-path.
    func index(_ site: String) throws {
        let outcome = Command.run([path, "--site", site, "--keep-index-url", "--exclude-selectors", Self.ignored, "--silent"])
        guard let status = outcome.status else { throw Failure(description: "cannot run Pagefind at '\(path)'") }
        guard status == 0 else {
            let said = (outcome.errors + outcome.output).split(separator: "\n").suffix(5).joined(separator: "\n")
            throw Failure(description: "Pagefind could not index the site (exit status \(status))" + (said.isEmpty ? "" : ":\n" + said))
        }
        // Its files are unpacked in a folder beside the site: nothing of that may end up
        // among the site's files.
        let scratch = site + ".pagefind-scratch"
        try? FileSystem.remove(scratch)
        try FileSystem.makeDirectory(scratch)
        defer { try? FileSystem.remove(scratch) }
        try PagefindBundle(folder: site + "/pagefind", scratch: scratch).makeReproducible()
    }
}
