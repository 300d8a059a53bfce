// The Observability module; see docs/DESIGN.md.
