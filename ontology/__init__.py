"""The dsr-graph ontology, technology-area scheme, SHACL shapes, query catalogue and projections (package data)."""
