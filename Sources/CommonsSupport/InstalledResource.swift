/// A folder that ships with the `commons` binary (the default theme, the seeds), found
/// from the binary's own location so that `commons` works from any working folder:
///
/// 1. beside it, in the bundle SwiftPM copies resources into (`swift build`);
/// 2. in `../share/commons/` next to its `bin/` (`make install`, the `make dist` archive);
/// 3. in the source tree it was built from, for a binary moved out of its build folder.
public enum InstalledResource {
    /// `folder` of the target whose resource bundle is `bundle` (`commons_CommonsSite`),
    /// recognised by a file it must hold; `sourceFolder` is its place in the source tree.
    public static func locate(_ folder: String, bundle: String, holding marker: String,
                              sourceFolder: String) -> String? {
        var candidates: [String] = []
        if let executable = FileSystem.realPath("/proc/self/exe") {
            let bin = FileSystem.parent(of: executable)
            candidates.append(bin + "/" + bundle + ".resources/" + folder)
            candidates.append(FileSystem.parent(of: bin) + "/share/commons/" + folder)
        }
        candidates.append(sourceFolder)
        return candidates.first { FileSystem.kind($0 + "/" + marker) != .missing }
    }
}
