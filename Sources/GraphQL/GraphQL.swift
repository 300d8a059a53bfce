// The GraphQL module; see docs/DESIGN.md.
