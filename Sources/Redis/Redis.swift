// The Redis module; see docs/DESIGN.md.
