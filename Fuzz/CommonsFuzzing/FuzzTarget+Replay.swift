import CommonsSupport
import Glibc

extension FuzzTarget {
    /// Every input at `paths`, each a file or a folder of files (not descended into
    /// further), by path, in order.
    public static func inputs(at paths: some Sequence<String>) -> [(path: String, bytes: [UInt8])] {
        paths.flatMap { path -> [(path: String, bytes: [UInt8])] in
            let files = FileSystem.kind(path) == .directory ? FileSystem.entries(path).map { path + "/" + $0 } : [path]
            return files.compactMap { file in (try? FileSystem.contents(of: file).get()).map { (file, $0) } }
        }
    }

    /// Runs every input at `paths` through `run`, naming each first, so that the last
    /// name printed is the input that crashed.
    public func replay(_ paths: some Sequence<String>) {
        for input in Self.inputs(at: paths) {
            print(input.path)
            run(input.bytes)
        }
    }
}

/// libFuzzer's own loop (LLVMFuzzerRunDriver, in the fuzzer runtime that make fuzz links
/// in), for a target's main. SwiftPM renames an executable's main so that tests can link
/// it, which leaves libFuzzer's main unused, so the target's main starts the fuzzer itself.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzer(_ argc: UnsafeMutablePointer<Int32>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                       _ entry: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

extension FuzzTarget {
    /// What a target's executable does: fuzz `entry` under make fuzz's build (-DFUZZING),
    /// else replay the inputs named on its command line, as make test does, so that one
    /// the fuzzer found can be run again under a debugger.
    public func main(fuzzing entry: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32 {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        return runFuzzer(&argc, &argv, entry)
        #else
        replay(CommandLine.arguments.dropFirst())
        return 0
        #endif
    }
}
