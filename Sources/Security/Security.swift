// The Security module; see docs/DESIGN.md.
