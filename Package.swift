// swift-tools-version:6.0
import PackageDescription

// Linux (Debian) only: the code calls Glibc directly, and only Linux is built and tested.

// Layers, each a target so the compiler holds the lines between them:
//   CommonsSupport  — what every layer shares and nothing of commons: a parallel map,
//                     file access on system calls, a clock, markup escaping
//   CommonsModel    — the content model, loading and checking (YAML, Markdown)
//   CommonsAnalysis — statistics and governance: pure functions over the model
//   CommonsSite     — the static site and stats.json (Mustache, SVG charts)
//   commons         — the command line, nothing else
let package = Package(
    name: "commons",
    products: [
        .executable(name: "commons", targets: ["commons"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
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
        .target(
            name: "CommonsSite",
            dependencies: [
                "CommonsSupport", "CommonsModel", "CommonsAnalysis",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The default theme, copied beside the binary so `commons build` finds it from
            // any folder. The top-level Templates/ is a link to it.
            resources: [.copy("Theme")]
        ),
        .executableTarget(
            name: "commons",
            dependencies: [
                "CommonsModel", "CommonsAnalysis", "CommonsSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Two loads of one content folder in one process, and the peak memory after each:
        // what a reload costs once nothing leaks (`bench.py --reload`). Not a product.
        .executableTarget(name: "commons-reload", dependencies: ["CommonsModel", "CommonsSupport"],
                          path: "Benchmarks/Reload"),
        .testTarget(name: "CommonsSupportTests", dependencies: ["CommonsSupport"]),
        .testTarget(name: "CommonsModelTests", dependencies: ["CommonsModel"]),
        .testTarget(name: "CommonsAnalysisTests", dependencies: ["CommonsAnalysis", "CommonsModel"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "CommandLineTests", dependencies: ["commons"]),
        .testTarget(name: "CommonsSiteTests", dependencies: ["CommonsSite", "CommonsSupport", "CommonsAnalysis", "CommonsModel"]),
    ]
)
