// The SubgraphKit module; see docs/DESIGN.md.
