// The model's readers are internal: the fuzzer reaches them as the loader does, rather
// than through an API made for it. Built only in debug, where testing is enabled.
@testable import CommonsModel

/// The bytes between a file's two `---` lines, read as each kind of file in turn (the
/// settings, a project, a person, a contribution, a proposal, a page) with one front
/// matter, then every diagnostic printed with its excerpt, as `check` shows it.
struct FrontMatterInput {
    let file: [UInt8]

    init(_ block: [UInt8]) {
        file = Array("---\n".utf8) + block + Array("\n---\nThe body.\n".utf8)
    }

    func read() {
        guard case .success(let source) = SourceFile.split(file, path: "fuzzed.md") else { return }
        let front = FrontMatter(source)
        if !front.isUnreadable {
            let body = Markdown(source: source.body)
            _ = SettingsFile.read(front)
            _ = ProjectFile.read(front, slug: "fuzzed", body: body)
            _ = ContributorFile.read(front, handle: "fuzzed", body: body)
            _ = ContributionFile.read(front, id: "fuzzed", body: body)
            _ = ProposalFile.read(front, id: "fuzzed", body: body)
            _ = PageFile.read(front, path: "fuzzed", body: body)
            front.warnAboutUnknownFields(known: ContributionFile.fields)
        }
        let lines = file.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        for format in DiagnosticFormat.allCases {
            _ = format.render(front.diagnostics, excerpts: SourceExcerpts(folder: ".", read: { _ in lines }))
        }
    }
}
