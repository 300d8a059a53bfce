print("xpgraph")
