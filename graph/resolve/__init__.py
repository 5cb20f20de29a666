"""Entity resolution and record linkage: one real-world organisation, one node; one deal, one partnership."""

from .orgs import (DEFAULT_THRESHOLD, GOVERNMENT_KINDS, LEGAL_SUFFIXES, LOG_COLUMNS, Entity, Match, Resolver,
                   guess_kind, normalise)

__all__ = ["normalise", "Entity", "Match", "Resolver", "guess_kind", "DEFAULT_THRESHOLD", "LEGAL_SUFFIXES",
           "GOVERNMENT_KINDS", "LOG_COLUMNS"]
