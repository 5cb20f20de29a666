"""dsr-graph: an open, sourced knowledge graph of the Digital Silk Road.

>>> import graph
>>> kg = graph.load()            # out/dsr.trig if built, else the bundled records  # doctest: +SKIP
"""

from .version import __version__  # noqa: E402

from .api import load  # noqa: E402
from .build import build, build_dataset  # noqa: E402
from .errors import DSRError, NotConforming, OutputError, RecordError, UnreadableInput  # noqa: E402
from .records.load import load_records  # noqa: E402
from .store.kg import KnowledgeGraph  # noqa: E402
from .validate.report import validate  # noqa: E402

__all__ = [
    "__version__",
    "load",
    "build",
    "build_dataset",
    "load_records",
    "validate",
    "KnowledgeGraph",
    "DSRError",
    "RecordError",
    "UnreadableInput",
    "NotConforming",
    "OutputError",
]
