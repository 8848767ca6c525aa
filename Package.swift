// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "cchc",
  // Linux only (Debian): file times come from `stat`'s `st_mtim`, the running binary from
  // Foundation on Linux, C libraries from Debian packages. No Apple platform is declared.
  products: [
    .executable(name: "cchc", targets: ["cchc"]),
    .library(name: "CCHCCore", targets: ["CCHCCore"]),
    .library(name: "CCHCSite", targets: ["CCHCSite"]),
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
    .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CCmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]
    ),
    .systemLibrary(
      name: "CQRencode",
      pkgConfig: "libqrencode",
      providers: [.apt(["libqrencode-dev"])]
    ),
    .target(
      name: "CCHCCore",
      dependencies: ["CCmark", .product(name: "Yams", package: "Yams")],
      resources: [.embedInCode("Resources/tu-dien-tim-kiem.txt")]
    ),
    .target(
      name: "CCHCSite",
      dependencies: [
        "CCHCCore", "CQRencode", .product(name: "Mustache", package: "swift-mustache"), .product(name: "CSV", package: "CSV.swift"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .target(
      name: "CCHCServe",
      dependencies: [
        "CCHCSite", .product(name: "Hummingbird", package: "hummingbird"), .product(name: "NIOCore", package: "swift-nio"),
      ]
    ),
    .target(
      name: "CCHCImport",
      dependencies: [
        "CCHCCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "XMLCoder", package: "XMLCoder"),
        .product(name: "SwiftCSV", package: "SwiftCSV"),
      ]
    ),
    .executableTarget(
      name: "cchc",
      dependencies: [
        "CCHCCore", "CCHCSite", "CCHCServe", "CCHCImport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "CCHCCoreTests", dependencies: ["CCHCCore"]),
    .testTarget(name: "CCHCSiteTests", dependencies: ["CCHCSite", "CCHCCore"]),
    .testTarget(name: "CCHCServeTests", dependencies: ["CCHCServe", "CCHCSite", "CCHCCore"]),
    .testTarget(name: "CCHCImportTests", dependencies: ["CCHCImport", "CCHCCore"]),
  ]
)
