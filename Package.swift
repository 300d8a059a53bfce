// swift-tools-version:6.0
import PackageDescription

/// A C library from Debian, seen by Swift through a module map and a shim header.
func systemLibrary(_ name: String, apt: String) -> Target {
    .systemLibrary(name: name, path: "Sources/\(name)", providers: [.apt([apt])])
}

let package = Package(
    name: "XPGraph",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "xpgraph", targets: ["xpgraph"]),
        .executable(name: "xpgraph-bench-engine", targets: ["EngineBenchmark"]),
    ],
    targets: [
        systemLibrary("CMicroHTTPD", apt: "libmicrohttpd-dev"),
        systemLibrary("CCurl", apt: "libcurl4-openssl-dev"),
        systemLibrary("CLibPQ", apt: "libpq-dev"),
        systemLibrary("CHiredis", apt: "libhiredis-dev"),
        systemLibrary("COpenSSL", apt: "libssl-dev"),
        systemLibrary("CZlib", apt: "zlib1g-dev"),
        systemLibrary("CArgon2", apt: "libargon2-dev"),

        .target(name: "JSON", linkerSettings: [.linkedLibrary("m")]),
        .target(name: "GraphQL", dependencies: ["JSON"]),
        .target(name: "Security", dependencies: ["COpenSSL", "CArgon2", "JSON"]),
        .target(name: "Observability", dependencies: ["JSON"]),
        .target(name: "HTTP", dependencies: ["CMicroHTTPD", "CCurl", "CZlib", "JSON"]),
        .target(name: "Postgres", dependencies: ["CLibPQ"]),
        .target(name: "Redis", dependencies: ["CHiredis"]),
        .target(name: "SubgraphKit", dependencies: ["GraphQL", "JSON", "HTTP", "Observability"]),
        .target(name: "Federation", dependencies: ["GraphQL", "JSON", "HTTP"]),
        .target(name: "Mock", dependencies: ["GraphQL", "JSON"]),
        .target(
            name: "SchemaTools",
            dependencies: ["Federation", "SubgraphKit", "GraphQL", "JSON", "Security", "HTTP"]),
        .target(
            name: "Gateway",
            dependencies: [
                "Federation", "GraphQL", "JSON", "HTTP", "Redis", "Security", "Observability",
            ]
        ),
        .target(
            name: "XPSubgraphs",
            dependencies: [
                "SubgraphKit", "GraphQL", "JSON", "Postgres", "Redis", "Security", "Observability",
            ],
            path: "subgraphs"
        ),
        .target(name: "CMallocCounter"),
        .executableTarget(
            name: "EngineBenchmark", dependencies: ["GraphQL", "JSON", "CMallocCounter"]),
        .executableTarget(
            name: "xpgraph",
            dependencies: [
                "Gateway", "XPSubgraphs", "SubgraphKit", "Federation", "GraphQL", "JSON", "HTTP",
                "Postgres", "Redis", "Security", "Observability", "Mock",
                "SchemaTools",
            ]
        ),

        .target(name: "NodeSupport", path: "Tests/NodeSupport"),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(name: "GraphQLTests", dependencies: ["GraphQL", "JSON", "NodeSupport"]),
        .testTarget(name: "SecurityTests", dependencies: ["Security"]),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP", "JSON"]),
        .testTarget(name: "PostgresTests", dependencies: ["Postgres"]),
        .testTarget(name: "RedisTests", dependencies: ["Redis"]),
        .testTarget(
            name: "SubgraphKitTests", dependencies: ["SubgraphKit", "GraphQL", "JSON", "HTTP"]),
        .testTarget(
            name: "SubgraphsTests",
            dependencies: [
                "XPSubgraphs", "SubgraphKit", "GraphQL", "JSON", "HTTP", "Postgres", "Redis",
                "Security",
            ]
        ),
        .testTarget(
            name: "MockTests", dependencies: ["Mock", "GraphQL", "JSON", "NodeSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "SchemaToolsTests",
            dependencies: [
                "SchemaTools", "Federation", "GraphQL", "JSON", "HTTP", "Gateway", "NodeSupport",
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "FederationTests", dependencies: ["Federation", "GraphQL", "JSON", "NodeSupport"]),
        .testTarget(
            name: "CompatibilityTests",
            dependencies: ["SubgraphKit", "Federation", "GraphQL", "JSON", "HTTP", "NodeSupport"]
        ),
        .testTarget(
            name: "GatewayTests",
            dependencies: [
                "Gateway", "Observability", "Federation", "GraphQL", "JSON", "HTTP", "Redis",
                "Security",
            ]),
        .testTarget(
            name: "BenchWorkloadTests",
            dependencies: [
                "xpgraph", "Gateway", "Federation", "GraphQL", "JSON", "HTTP", "Observability",
            ]
        ),
        .testTarget(
            name: "IntegrationTests",
            dependencies: [
                "Gateway", "XPSubgraphs", "SubgraphKit", "Federation", "GraphQL", "JSON", "HTTP",
                "Postgres", "Redis", "Security", "NodeSupport",
            ]
        ),
    ]
)
