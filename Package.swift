// swift-tools-version:6.1
import PackageDescription

// Layers (imports point one way only):
//   dlplot (CLI) → Figures (chapter catalogue, HTML report) → Plotting (spec, ticks, layout, canvas protocol)
//                                                           ↘ Core (the chapter's math, pure Swift)
//   dlplot, dlplot-dev (developer commands) → DLPlotCLI (one exit path) → Figures, PlottingCairo
//   dlplot → PlottingCairo (Cairo/Pango/libpng implementation of the canvas) → CCairo, CPangoCairo, CPNG
//   dlplot → ImageComparison (golden-image comparator; PNG and GIF decoding) → CPNG, CGif
//                                                      ↘ Core (SHA-256 for the environment fingerprint)
//   dlplot → PlottingAnimation (GIF, WebP, WebM/MP4 via ffmpeg, HTML player) → PlottingCairo, CGif, CWebP
//   PlottingCairo, PlottingAnimation, ImageComparison, dlplot → FileOutput (every write of an output file)
//   Core, FileOutput, PlottingCairo, dlplot → Platform (the one Glibc/Darwin seam; depends on nothing)
//   dlplot → FigureServer (`dlplot serve`: the figure API over HTTP/1.1 on FlyingSocks) → Figures, PlottingCairo, PlottingAnimation
let package = Package(
    name: "dlplot",
    products: [
        .executable(name: "dlplot", targets: ["dlplot"]),
        .executable(name: "dlplot-dev", targets: ["dlplot-dev"]),
        .library(name: "Core", targets: ["Core"]),
        .library(name: "Plotting", targets: ["Plotting"]),
        .library(name: "PlottingCairo", targets: ["PlottingCairo"]),
        .library(name: "PlottingAnimation", targets: ["PlottingAnimation"]),
    ],
    // A dependent that uses only the libraries writes `traits: []`: swift-argument-parser, which only the
    // executables use, is then neither fetched nor built (scripts/check-dependents.sh keeps this true).
    traits: [
        .trait(
            name: "CommandLine",
            description: "The dlplot and dlplot-dev executables (swift-argument-parser) and dlplot serve's sockets (FlyingSocks)."
        ),
        .default(enabledTraits: ["CommandLine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `dlplot serve`'s sockets: only its FlyingSocks library (non-blocking sockets on epoll/kqueue, no SwiftNIO);
        // the HTTP/1.1 layer is ours (Sources/FigureServer/HTTP), because FlyingFox's own HTTP server imports
        // FoundationNetworking, which links libcurl into the static binary. Measured for a hello-world server, clean
        // release build: FlyingFox 21 s of CPU against Hummingbird 2.28.1's 189 s (16 packages, 38 MB), so it rides
        // in the default trait without slowing `make figures` much.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // `make docs` (swift package generate-documentation). No target uses it, so SwiftPM leaves it out of a
        // dependent's graph.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // C libraries from Debian, linked through pkg-config.
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CGif", pkgConfig: "libgif", providers: [.apt(["libgif-dev"])]),
        .systemLibrary(name: "CWebP", pkgConfig: "libwebpmux", providers: [.apt(["libwebp-dev"])]),
        // libwebp's animation decoder: only the tests use it, to decode what the WebP encoder wrote.
        .systemLibrary(name: "CWebPDemux", pkgConfig: "libwebpdemux", providers: [.apt(["libwebp-dev"])]),

        // The one Glibc/Darwin seam: the C library imported once, and the system calls that differ. No dependencies.
        .target(name: "Platform"),
        // Every file the package writes goes through here (atomic, mode-keeping, link- and device-aware,
        // all-or-nothing sets, no stray temporary files).
        .target(name: "FileOutput", dependencies: ["Platform"]),
        // The chapter's math: pure Swift, no plotting (C only for the training matrix product and gzip'd IDX data).
        .target(name: "Core", dependencies: ["Platform", "CZlib"]),
        // General-purpose plotting: value specs, scales, ticks, layout, marks, the Canvas protocol.
        .target(name: "Plotting"),
        // The one Cairo implementation of Canvas: PNG (libpng), SVG and PDF.
        .target(name: "PlottingCairo", dependencies: ["Plotting", "FileOutput", "Platform", "CCairo", "CPangoCairo", "CPNG"]),
        // Animations: frames drawn in parallel through PlottingCairo, encoded as GIF (giflib), WebP (libwebp),
        // WebM/MP4 (the ffmpeg program, fed raw frames) or an offline HTML player.
        .target(
            name: "PlottingAnimation",
            dependencies: ["Plotting", "PlottingCairo", "FileOutput", "Platform", "CGif", "CWebP", "CPNG"]
        ),
        // Decoded-pixel comparison of PNG images (golden tests, `dlplot compare`).
        .target(name: "ImageComparison", dependencies: ["Core", "FileOutput", "CPNG", "CGif"]),
        // The chapter-4 figure catalogue and the HTML report.
        .target(name: "Figures", dependencies: ["Core", "Plotting"], exclude: ["Resources"]),
        // The figure API (`GET /figures`, `GET /figures/{id}.{svg,png,pdf,gif}`) and its HTTP server, for `dlplot serve`.
        .target(
            name: "FigureServer",
            dependencies: [
                "Core", "Figures", "Plotting", "PlottingCairo", "PlottingAnimation", "Platform",
                .product(name: "FlyingSocks", package: "FlyingFox", condition: .when(traits: ["CommandLine"])),
            ]
        ),
        // What both executables share: the one exit path (messages, exit-code table) and small option helpers.
        .target(
            name: "DLPlotCLI",
            dependencies: ["Core", "Figures", "PlottingCairo", "FileOutput", .product(name: "ArgumentParser", package: "swift-argument-parser", condition: .when(traits: ["CommandLine"]))]
        ),
        // The user's command-line tool: parses, calls the libraries, prints. Imports no C module.
        .executableTarget(
            name: "dlplot",
            dependencies: [
                "DLPlotCLI", "Figures", "PlottingCairo", "PlottingAnimation", "ImageComparison", "Core", "Plotting", "FileOutput", "Platform",
                "FigureServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser", condition: .when(traits: ["CommandLine"])),
            ]
        ),
        // The developer commands (golden check and fingerprint, benchmarks) used by the Makefile and scripts.
        .executableTarget(
            name: "dlplot-dev",
            dependencies: [
                "DLPlotCLI", "Figures", "PlottingCairo", "PlottingAnimation", "ImageComparison", "Core", "Plotting",
                "FileOutput", "Platform",
                .product(name: "ArgumentParser", package: "swift-argument-parser", condition: .when(traits: ["CommandLine"])),
            ]
        ),

        // The README's example of the plotting library used from Swift, built and run by the tests.
        .executableTarget(name: "plotting-quickstart", dependencies: ["Plotting", "PlottingCairo"], path: "Examples/PlottingQuickStart"),
        // The DocC getting-started article's code, block by block, built and run by the tests.
        .executableTarget(
            name: "getting-started", dependencies: ["Plotting", "PlottingCairo", "PlottingAnimation"],
            path: "Examples/GettingStarted"
        ),
        // The everyday charts (bar, hist, errorbar, scatter, imshow, twinx, sharex, legend outside …), one PNG each and
        // a page with the Swift beside each picture: make figures writes gallery/, the golden check compares it.
        .executableTarget(name: "plotting-gallery", dependencies: ["Plotting", "PlottingCairo"], path: "Examples/Gallery"),

        .testTarget(name: "PlatformTests", dependencies: ["Platform"]),
        .testTarget(name: "FileOutputTests", dependencies: ["FileOutput", "Platform"]),
        .testTarget(name: "CoreTests", dependencies: ["Core"]),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting"]),
        .testTarget(name: "PlottingCairoTests", dependencies: ["PlottingCairo", "Plotting", "ImageComparison", "FileOutput"]),
        .testTarget(
            name: "ImageComparisonTests",
            dependencies: ["ImageComparison", "Core", "Plotting", "PlottingCairo", "PlottingAnimation"]
        ),
        .testTarget(
            name: "PlottingAnimationTests",
            dependencies: ["PlottingAnimation", "PlottingCairo", "Plotting", "ImageComparison"]
        ),
        // The report page and the HTML animation player (both checked with html5lib).
        .testTarget(
            name: "FiguresTests",
            dependencies: ["Figures", "Core", "Plotting", "PlottingCairo", "PlottingAnimation", "ImageComparison", "FileOutput"]
        ),
        // The command line end to end (runs the built dlplot and dlplot-dev) and its option parsing.
        // The figure API: its parsing and replies in process, and the server on a real loopback socket.
        .testTarget(name: "FigureServerTests", dependencies: ["FigureServer", "Figures", "PlottingCairo"]),
        .testTarget(name: "dlplotTests", dependencies: ["dlplot", "dlplot-dev", "Figures", "Core", "ImageComparison", "FileOutput", "DLPlotCLI"]),
        // The WebP and ffmpeg (WebM, MP4) animation encoders; the ffprobe checks are skipped without ffmpeg.
        .testTarget(
            name: "PlottingAnimationVideoTests",
            dependencies: ["PlottingAnimation", "Plotting", "PlottingCairo", "Platform", "CWebPDemux"]
        ),
        .testTarget(
            name: "ExamplesTests", dependencies: ["plotting-quickstart", "plotting-gallery", "getting-started", "ImageComparison"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
