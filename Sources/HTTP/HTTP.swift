// The HTTP module; see docs/DESIGN.md.
