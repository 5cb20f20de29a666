"""Validation: the SHACL shapes checked on the store, and the report in words."""

from .report import *  # noqa: F401,F403 - the stage's main module
from .report import __all__  # noqa: F401
