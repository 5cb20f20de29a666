"""Network analysis of the projections: centrality, communities, change over time, the report."""
