// The Gateway module; see docs/DESIGN.md.
