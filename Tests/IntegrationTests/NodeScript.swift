import NodeSupport

/// graphql-js under node, for the integration tests' differential checks.
typealias NodeScript = NodeProcess
