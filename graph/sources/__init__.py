"""Input kinds that become RDF: the curated records now, importers later."""
