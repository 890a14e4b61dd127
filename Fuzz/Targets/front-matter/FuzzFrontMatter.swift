import CommonsFuzzing
import Glibc

/// libFuzzer calls this once per input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.frontMatter.run(data, size)
    return 0
}

@main enum FuzzFrontMatter {
    static func main() { exit(FuzzTarget.frontMatter.main(fuzzing: fuzz)) }
}
