import Glibc

/// The three things `make fuzz` feeds libFuzzer's inputs to, by the name of the target
/// that fuzzes each (`fuzz-front-matter`). The fuzzer and `make test` call the same
/// `run`, so a committed input replays exactly as the fuzzer met it, without the sanitizer.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// One front matter block, read as every kind of file.
    case frontMatter = "front-matter"
    /// One whole file at any path of a small commons, loaded, resolved and analysed.
    case contentFile = "content-file"
    /// A Markdown body, through our passes over cmark's tree and into HTML.
    case markdownBody = "markdown-body"

    public func run(_ input: [UInt8]) {
        switch self {
        case .frontMatter: FrontMatterInput(input).read()
        case .contentFile: ContentFileInput(input).load()
        case .markdownBody: MarkdownBodyInput(input).render()
        }
    }

    /// The entry libFuzzer calls: its bytes, copied out once.
    public func run(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    }
}
