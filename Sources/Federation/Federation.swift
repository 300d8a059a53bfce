// The Federation module; see docs/DESIGN.md.
