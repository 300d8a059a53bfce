// The Postgres module; see docs/DESIGN.md.
