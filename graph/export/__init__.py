"""Batch export: the graph as RDF files and its projections as network files, with a manifest.

``export(kg, out, formats, projections, query=...)`` writes into ``out``; :data:`FORMATS` lists
what it can write. See graph/export/job.py for the run, rdf.py and networks.py for the writers,
manifest.py for manifest.json.
"""

from .formats import DEFAULT_FORMATS, FORMATS, NETWORK_FORMATS, RDF_FORMATS, Format, UnknownFormat
from .job import DEFAULT_OUT, DEFAULT_PROJECTIONS, MANIFEST, ExportResult, NotAConstructQuery, export

__all__ = [
    "export",
    "ExportResult",
    "FORMATS",
    "Format",
    "RDF_FORMATS",
    "NETWORK_FORMATS",
    "DEFAULT_FORMATS",
    "DEFAULT_PROJECTIONS",
    "DEFAULT_OUT",
    "MANIFEST",
    "UnknownFormat",
    "NotAConstructQuery",
]
