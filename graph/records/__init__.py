"""Records in: the curated YAML records read, checked and turned into statements (stage 1 of a build)."""

from .load import *  # noqa: F401,F403 - the stage's main module
from .load import __all__  # noqa: F401
