"""Technology areas inferred from a row's title and sector, by a small table of documented rules.

Each title rule is a case-insensitive regular expression and the tag of a concept of the DSR
technology-area scheme; every rule that matches the title adds its area. When no title rule
matches, the sector rules apply to the sector name (or code). A tag that is not in the scheme
fails at import time, so the table cannot drift from the ontology.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["TITLE_RULES", "SECTOR_RULES", "infer_technology", "rules_table"]

TITLE_RULES: tuple[tuple[str, str], ...] = (
    (r"submarine|undersea|subsea", "submarine_cable"),
    (r"fib(?:er|re)[- ]?optic|optical fib(?:er|re)|\bbackbone\b|\bOPGW\b", "fibre_optics"),
    (r"\b5G\b", "5g"),
    (r"\b(?:2G|3G|4G|LTE|GSM|UMTS|W?CDMA)\b|mobile network|base stations?|telecom(?:munications?)? "
     r"(?:network|equipment|infrastructure)", "mobile_network"),
    (r"data (?:cent(?:er|re)|center)s?", "data_centre"),
    (r"\bcloud\b", "cloud"),
    (r"artificial intelligence|\bAI\b", "ai"),
    (r"safe cit(?:y|ies)|smart cit(?:y|ies)", "smart_city"),
    (r"surveillance|\bCCTV\b|cameras?", "surveillance"),
    (r"e-?government|digital government|\be-?gov\b", "e_government"),
    (r"BeiDou", "navigation_beidou"),
    (r"satellite", "satellite"),
    (r"e-?commerce", "e_commerce"),
    (r"fintech|mobile money|digital payments?", "fintech"),
    (r"cyber ?security", "cybersecurity"),
    (r"\bHPC\b|high[- ]performance computing|supercomput", "computing"),
    (r"broadcast|television|\bTV\b", "broadcasting"),
    (r"\bICT\b.*(?:training|academy|cent(?:er|re)|lab)|training|scholarships?|seeds for the future|"
     r"\bcomputers?\b|laborator(?:y|ies)|\bacadem(?:y|ies)\b", "digital_skills"),
)
SECTOR_RULES: tuple[tuple[str, str], ...] = (
    (r"^(?:220|communications?|ict|information and communication.*|telecommunications?)$", "connectivity"),
)


@lru_cache(maxsize=1)
def _compiled():
    from ..technology import scheme

    tech = scheme()
    out = []
    for table in (TITLE_RULES, SECTOR_RULES):
        rules = []
        for pattern, tag in table:
            concept = tech.resolve(tag)
            if concept is None:
                raise ValueError(f"technology rule {pattern!r} names {tag!r}, which is not in the scheme")
            rules.append((re.compile(pattern, re.I), concept.iri))
        out.append(rules)
    return out


def infer_technology(title: str, sector: str = "") -> list[str]:
    """The IRIs of the technology areas the rules give for a title and a sector, sorted.

    >>> [iri.rsplit('/', 1)[1] for iri in infer_technology("Huawei donates UMTS equipment for 3G", "COMMUNICATIONS")]
    ['mobile-network']
    """
    title_rules, sector_rules = _compiled()
    found = {iri for rx, iri in title_rules if rx.search(title or "")}
    if not found:
        found = {iri for rx, iri in sector_rules if rx.search((sector or "").strip())}
    return sorted(found)


def rules_table() -> str:
    """The rules as a Markdown table (for the README)."""
    lines = ["| applies to | pattern (case-insensitive) | technology area |", "| --- | --- | --- |"]
    lines += [f"| title | `{p}` | `{t}` |" for p, t in TITLE_RULES]
    lines += [f"| sector, when no title rule matched | `{p}` | `{t}` |" for p, t in SECTOR_RULES]
    return "\n".join(lines)
