// swift-tools-version:6.0
import PackageDescription

// The pipeline, one module per stage:
// CLibXML2 → HTMLDOM (bytes → page model) → AuditCore (rules engine, checklists, scoring)
//          → AuditRules (the rule catalogue) / AuditReports (report model → files) → wza (CLI).
let package = Package(
    name: "wza",
    platforms: [.macOS(.v13)],
    products: [.executable(name: "wza", targets: ["wza"])],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // The only target that sees libxml2 headers.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        // Bytes → decoded text → a read-only Swift tree. Owns encodings and parser diagnostics.
        .target(name: "HTMLDOM", dependencies: ["CLibXML2"]),
        // CSS without a browser: tokenizer, parser, selectors, cascade, computed values (issue #3).
        // Release builds skip dynamic exclusivity checks here: a page's styles live on one thread, and their
        // per-node tables are read thousands of times a page, where the checks were a quarter of the stage's
        // instructions. Debug builds (and so the tests) keep them.
        .target(
            name: "StyleEngine", dependencies: ["HTMLDOM"],
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        // Rules protocol, engine (one walk per page), checklists, scoring. Knows no output format.
        .target(
            name: "AuditCore",
            dependencies: ["HTMLDOM", "StyleEngine", .product(name: "Yams", package: "Yams")]),
        // The rule catalogue: one rule per file.
        .target(name: "AuditRules", dependencies: ["AuditCore", "HTMLDOM", "StyleEngine"], resources: [.copy("Support/ARIA/aria-1.2.json")]),
        // Checklists/ and Reports/ as bundled data, so the binary finds them wherever it runs.
        .target(
            name: "WZAResources", path: ".",
            exclude: ["Sources/CLibXML2", "Sources/HTMLDOM", "Sources/AuditCore", "Sources/AuditRules",
                      "Sources/AuditReports", "Sources/StyleEngine", "Sources/wza", "Tests", "Examples", "Scripts", "Docs",
                      "README.md", "LICENSE"],
            sources: ["Sources/WZAResources"],
            resources: [.copy("Checklists"), .copy("Reports")]),
        // Report model → JSON / HTML / terminal text. Never imports AuditRules.
        .target(name: "AuditReports", dependencies: ["AuditCore", "WZAResources"]),
        // Command line: argument parsing, file discovery, wiring, exit codes.
        .executableTarget(
            name: "wza",
            dependencies: [
                "AuditCore", "AuditRules", "AuditReports", "HTMLDOM", "WZAResources",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "HTMLDOMTests", dependencies: ["HTMLDOM"]),
        .testTarget(name: "StyleEngineTests", dependencies: ["StyleEngine", "HTMLDOM"]),
        .testTarget(name: "AuditCoreTests", dependencies: ["AuditCore", "AuditRules", "HTMLDOM", "WZAResources"]),
        .testTarget(name: "AuditRulesTests", dependencies: ["AuditRules", "AuditCore", "HTMLDOM"]),
        .testTarget(
            name: "AuditReportsTests", dependencies: ["AuditReports", "AuditCore", "AuditRules"],
            exclude: ["Golden"]),
        .testTarget(
            name: "EndToEndTests", dependencies: ["wza"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
