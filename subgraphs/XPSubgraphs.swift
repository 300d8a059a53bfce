// The four XP subgraphs; see docs/DESIGN.md.
