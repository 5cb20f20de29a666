"""The store and its queries: the dataset in pyoxigraph, RDF files in and out, SPARQL, projections to networks."""

from .kg import *  # noqa: F401,F403 - the stage's main module
from .kg import __all__  # noqa: F401
