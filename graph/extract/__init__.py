"""`dsr extract`: from a news report of a signing to candidate records a curator reviews.

:func:`extract_article` reads an article (plain text or HTML) and returns the candidate
partnerships it reports, each field with the character spans it was read from
(:mod:`.rules`); :mod:`.output` writes them in the records' own YAML format (evidence as
comments) or as JSON, and :mod:`.review` walks a curator through them.
"""

from __future__ import annotations

from .rules import Candidate, Extraction, Party, Span, extract
from .text import published_in_page, read_article, read_page

__all__ = ["extract_article", "extract", "published_in_page", "read_article", "Candidate", "Extraction", "Party", "Span"]


def extract_article(raw: str, *, published: str | None = None, records=None) -> Extraction:
    """Candidates of an article given as text or HTML (see :func:`.rules.extract`). Without ``published``,
    the publication date a page states in its metadata is the one relative dates are read against."""
    text, stated = read_page(raw)
    return extract(text, published=published or stated, records=records)
