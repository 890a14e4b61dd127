// swift-tools-version:6.0
import PackageDescription

// Linux (Debian) only: the code calls Glibc directly, and only Linux is built and tested.

// Layers, each a target so the compiler holds the lines between them:
//   CommonsSupport  — what every layer shares and nothing of commons: a parallel map,
//                     file access on system calls, a clock, markup escaping, numbers for
//                     reading, running a program (git), a folder at a git revision
//   CommonsModel    — the content model, loading and checking (YAML, Markdown parsed, not rendered)
//   CommonsAnalysis — statistics and governance: pure functions over the model
//   CommonsMarkdown — bodies rendered to HTML, as the site shows them
//   CommonsReport   — the analysis as text, Markdown and stats.json
//   CommonsSite     — the static site, which publishes stats.json (Mustache, SVG charts)
//   CommonsPreview  — `commons serve`: the site drawn in memory, served, rebuilt on change
//   CommonsAuthoring — what a person writes: a commons planted from a seed (`init`), a
//                     new file at its conventional path (`new`)
//   commons         — the command line, nothing else
let package = Package(
    name: "commons",
    products: [
        .executable(name: "commons", targets: ["commons"]),
    ],
    dependencies: [
        // swift-mustache 2.1.1 with four small patches that take 22 % off a build's
        // instructions (names looked up with fewer casts); Vendor/swift-mustache/PATCHES.md.
        .package(path: "Vendor/swift-mustache"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // The preview's HTTP server: Swift concurrency over plain sockets and epoll, no
        // SwiftNIO, so it adds about a minute to a first debug build on two cores (57 s
        // measured, on a busy machine) where Hummingbird adds several; it streams a body
        // (the live reload's events), binds one address and hands over the raw target.
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            path: "Sources/CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // libyaml's event API for the front matter (Debian's libyaml-dev, 0.2.5).
        .systemLibrary(
            name: "CLibYAML",
            path: "Sources/CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "CommonsSupport"),
        .target(name: "CommonsModel", dependencies: ["CommonsSupport", "CCmark", "CLibYAML"]),
        .target(name: "CommonsAnalysis", dependencies: ["CommonsSupport", "CommonsModel"]),
        .target(name: "CommonsMarkdown", dependencies: ["CommonsModel", "CCmark"]),
        .target(name: "CommonsReport", dependencies: ["CommonsSupport", "CommonsModel", "CommonsAnalysis"]),
        .target(
            name: "CommonsSite",
            dependencies: [
                "CommonsSupport", "CommonsModel", "CommonsAnalysis", "CommonsMarkdown", "CommonsReport",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The default theme, copied beside the binary so `commons build` finds it from
            // any folder. The top-level Templates/ is a link to it.
            resources: [.copy("Theme")]
        ),
        .target(
            name: "CommonsPreview",
            dependencies: [
                "CommonsSupport", "CommonsModel", "CommonsAnalysis", "CommonsReport", "CommonsSite",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .target(
            name: "CommonsAuthoring",
            dependencies: ["CommonsSupport", "CommonsModel", "CommonsAnalysis"],
            // The seeds (the top-level seeds/ is a link to them) and the files `init` writes
            // beside a commons, installed with the binary like the theme.
            resources: [.copy("Seeds"), .copy("Repository")]
        ),
        .executableTarget(
            name: "commons",
            dependencies: [
                "CommonsSupport", "CommonsModel", "CommonsAnalysis", "CommonsMarkdown", "CommonsReport", "CommonsSite", "CommonsPreview",
                "CommonsAuthoring",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Two loads of one content folder in one process, and the peak memory after each:
        // what a reload costs once nothing leaks (`bench.py --reload`). Not a product.
        .executableTarget(name: "commons-reload", dependencies: ["CommonsModel", "CommonsSupport"],
                          path: "Benchmarks/Reload"),
        // Fuzzing (make fuzz): what each libFuzzer target feeds its input to, shared with the
        // tests that replay the committed inputs, and one small executable per target. Only
        // make fuzz builds the targets with libFuzzer; a plain build replays the inputs it is given.
        .target(name: "CommonsFuzzing", dependencies: ["CommonsSupport", "CommonsModel", "CommonsAnalysis", "CommonsMarkdown"],
                path: "Fuzz/CommonsFuzzing"),
        .executableTarget(name: "fuzz-front-matter", dependencies: ["CommonsFuzzing"], path: "Fuzz/Targets/front-matter"),
        .executableTarget(name: "fuzz-content-file", dependencies: ["CommonsFuzzing"], path: "Fuzz/Targets/content-file"),
        .executableTarget(name: "fuzz-markdown-body", dependencies: ["CommonsFuzzing"], path: "Fuzz/Targets/markdown-body"),
        // What the tests of every layer share: builders that let a test read as its input (who
        // did what, where, when) and temporary folders written from inline files.
        .target(name: "CommonsTestSupport", dependencies: ["CommonsModel"], path: "Tests/CommonsTestSupport"),
        .testTarget(name: "CommonsSupportTests", dependencies: ["CommonsSupport", "CommonsTestSupport"]),
        .testTarget(name: "CommonsModelTests", dependencies: ["CommonsModel", "CommonsTestSupport"]),
        .testTarget(name: "CommonsAnalysisTests", dependencies: ["CommonsAnalysis", "CommonsModel", "CommonsTestSupport"]),
        .testTarget(name: "CommonsReportTests", dependencies: ["CommonsReport", "CommonsAnalysis", "CommonsModel", "CommonsTestSupport"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "CommonsMarkdownTests", dependencies: ["CommonsMarkdown", "CommonsModel"]),
        .testTarget(name: "CommandLineTests", dependencies: ["commons", "CommonsTestSupport"]),
        // The package's shape: which layer may import which, read from the sources.
        .testTarget(name: "PackageTests"),
        .testTarget(name: "CommonsSiteTests", dependencies: ["CommonsSite", "CommonsSupport", "CommonsAnalysis", "CommonsModel", "CommonsTestSupport"]),
        .testTarget(name: "CommonsAuthoringTests", dependencies: ["CommonsAuthoring", "CommonsModel", "CommonsAnalysis", "CommonsTestSupport"]),
        .testTarget(name: "CommonsFuzzingTests", dependencies: ["CommonsFuzzing"]),
        .testTarget(name: "CommonsPreviewTests", dependencies: ["CommonsPreview", "CommonsSite", "CommonsModel", "CommonsTestSupport"]),
    ]
)
