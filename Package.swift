// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "DutyEngine",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "duty", targets: ["duty"]),
        .library(name: "DutyEngine", targets: ["DutyCore", "DutyIO", "DutyRoster", "DutyCheck", "DutyAppraisal", "DutyWorkflow", "DutyBench",
                                              "DutyShiftRostering", "DutyCurtois", "DutyColumnGeneration", "DutyStore"]),
        .library(name: "GLPK", targets: ["GLPK"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        // Hummingbird's own dependency, named for the tests' in-memory channel and lock.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(name: "CGLPK", path: "Sources/CGLPK", providers: [.apt(["libglpk-dev"])]),
        .target(name: "GLPK", dependencies: ["CGLPK", .product(name: "Logging", package: "swift-log")]),
        .target(name: "DutyCore"),
        .target(name: "DutyIO", dependencies: [
            "DutyCore",
            .product(name: "Yams", package: "Yams"),
            .product(name: "CSV", package: "CSV.swift"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // What the school model and the general model are both built on: the assignment grid,
        // forbidden successions, model names, GLPK's outcome and call timing.
        .target(name: "DutyModelParts", dependencies: ["DutyCore", "GLPK"]),
        .target(name: "DutyRoster", dependencies: ["DutyCore", "DutyModelParts", "GLPK", .product(name: "Logging", package: "swift-log")]),
        // General rostering (the Curtois–Qu model): its domain, its text format, its solver.
        .target(name: "DutyShiftRostering", dependencies: ["DutyCore"]),
        .target(name: "DutyCurtois", dependencies: ["DutyCore", "DutyIO", "DutyShiftRostering"]),
        .target(name: "DutyColumnGeneration", dependencies: [
            "DutyCore", "DutyShiftRostering", "DutyModelParts", "GLPK", .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "DutyCheck", dependencies: ["DutyCore", "DutyShiftRostering"]),
        .target(name: "DutyAppraisal", dependencies: ["DutyCore"]),
        // The office's SQLite store: the dataset's files as tables, published rosters that never change.
        .target(name: "DutyStore", dependencies: [
            "DutyCore", "DutyIO", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        ]),
        // The office's web application and JSON API over the store and the workflow.
        .target(name: "DutyServer", dependencies: [
            "DutyCore", "DutyIO", "DutyCheck", "DutyWorkflow", "DutyStore",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "MultipartKit", package: "multipart-kit"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "DutyTesting", dependencies: ["DutyCore", "DutyShiftRostering", "DutyCurtois"]),
        // The workflow every front end calls: read values in, solved and checked rosters out.
        .target(name: "DutyWorkflow", dependencies: [
            "DutyCore", "DutyIO", "DutyRoster", "DutyCheck", "DutyAppraisal", "DutyStore", "GLPK", .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "DutyBench", dependencies: [
            "DutyCore", "DutyRoster", "DutyCheck", "DutyIO", "DutyWorkflow", "DutyShiftRostering", "DutyCurtois", "DutyColumnGeneration", "GLPK",
            .product(name: "Logging", package: "swift-log"),
        ]),
        // The executable parses, prints and maps exit codes; it imports neither GLPK nor the model builder.
        .executableTarget(name: "duty", dependencies: [
            "DutyCore", "DutyIO", "DutyCheck", "DutyWorkflow", "DutyBench", "DutyCurtois", "DutyShiftRostering", "DutyStore", "DutyServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "GLPKTests", dependencies: ["GLPK"]),
        .testTarget(name: "DutyCoreTests", dependencies: ["DutyCore"]),
        .testTarget(name: "DutyCheckTests", dependencies: ["DutyCheck", "DutyCore", "DutyTesting", "DutyShiftRostering"]),
        .testTarget(name: "DutyModelPartsTests", dependencies: ["DutyModelParts", "GLPK"]),
        .testTarget(name: "DutyShiftRosteringTests", dependencies: ["DutyShiftRostering", "DutyCore"]),
        .testTarget(name: "DutyCurtoisTests", dependencies: ["DutyCurtois", "DutyIO", "DutyCore", "DutyShiftRostering"]),
        .testTarget(name: "DutyColumnGenerationTests", dependencies: [
            "DutyColumnGeneration", "DutyModelParts", "DutyCheck", "DutyCore", "DutyCurtois", "DutyIO", "DutyShiftRostering", "DutyTesting", "GLPK",
        ]),
        .testTarget(name: "DutyAppraisalTests", dependencies: ["DutyAppraisal", "DutyCore"]),
        .testTarget(name: "DutyBenchTests", dependencies: ["DutyBench", "DutyRoster", "DutyCheck", "DutyCore", "DutyIO", "DutyTesting",
                                                           "DutyCurtois", "DutyShiftRostering", "DutyColumnGeneration"]),
        .testTarget(name: "DutyEndToEndTests", dependencies: ["duty", "GLPK", "DutyRoster", "DutyIO", "DutyCore", "DutyCurtois", "DutyShiftRostering"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "DutyServerTests", dependencies: [
            "duty", "DutyServer", "DutyStore", "DutyIO", "DutyCore", .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "NIOEmbedded", package: "swift-nio"), .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            .product(name: "Yams", package: "Yams"), .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "DutyStoreTests", dependencies: ["DutyStore", "DutyIO", "DutyCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "DutyWorkflowTests", dependencies: ["DutyWorkflow", "DutyCheck", "DutyCore", "DutyIO", "DutyTesting"]),
        .testTarget(name: "DutyIOTests", dependencies: ["DutyIO", "DutyCore", "DutyCurtois", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["Fixtures"]),
        .testTarget(name: "DutyRosterTests", dependencies: ["DutyRoster", "DutyCheck", "DutyCore", "DutyIO", "DutyTesting", "DutyModelParts"],
                    exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
