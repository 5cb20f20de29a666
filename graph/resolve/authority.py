"""The name authority: other names of organisations of this field, each with the source that states it.

Rules match spellings; they cannot know that "Qtel" was renamed "Ooredoo", that "Jazz" is the
brand of Pakistan Mobile Communications Limited, or that 中兴通讯股份有限公司 is ZTE. The records
folder's ``names.yaml`` says so, one entry per organisation and source::

    - organisation: jazz                 # a curated organisation…
      names: [Pakistan Mobile Communications Limited, PMCL]
      former: [Mobilink]
      source: names-dawn-mobilink-jazz   # an id of sources.yaml
    - name: Ooredoo                      # …or one that is not curated: its name, country and kind
      country: QAT
      kind: state_owned_enterprise
      former: [Qtel, Qatar Telecom]
      source: names-thenational-qtel-ooredoo

The build states a curated organisation's names (``skos:altLabel``) and former names
(``dsr:formerName``) in the named graph of the entry's source. An organisation that is not curated
is known to the resolver only: an import that meets one of its names creates it under its current
name, its names stated in the source's graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import RecordError

__all__ = ["NAMES_FILE", "AuthorityEntry", "folded_name", "load_authority"]

NAMES_FILE = "names.yaml"
_FIELDS = {"organisation", "name", "country", "kind", "names", "former", "source", "note"}


@dataclass(frozen=True)
class AuthorityEntry:
    """One entry: the organisation (curated id, or name + country + kind), its names, its source."""

    source: str
    names: tuple[str, ...] = ()
    former: tuple[str, ...] = ()
    organisation: str | None = None
    name: str | None = None
    country: str | None = None
    kind: str | None = None
    where: str = ""


def load_authority(path: Path, shown: str, organisations: dict, sources: dict, kinds: set[str]) -> list[AuthorityEntry]:
    """Read ``names.yaml`` (absent: no entries), checking every field.

    Raises
    ------
    RecordError
        Naming the file, line and field of the first malformed entry.
    """
    from ..sources.values import country_code
    from ..records.yamlio import Map, read_yaml_records

    if not path.is_file():
        return []
    entries = []
    curated_names = _curated_names(organisations)
    for row in read_yaml_records(path.read_text(encoding="utf-8"), shown):
        where = str(row.loc)

        def fail(field: str, message: str):
            return RecordError(f"{where}: names entry: field {field!r}: {message}")

        if not isinstance(row, Map):
            raise RecordError(f"{where}: a names entry must be a mapping")
        unknown = sorted(set(row) - _FIELDS)
        if unknown:
            raise fail(unknown[0], f"unknown field (expected {', '.join(sorted(_FIELDS))})")
        lists = {}
        for field in ("names", "former"):
            value = row.get(field, [])
            if isinstance(value, str) or not isinstance(value, list) or not all(
                    isinstance(v, str) and v.strip() for v in value):
                raise fail(field, "expected a list of names, e.g. [Jazz, PMCL]")
            lists[field] = tuple(" ".join(v.split()) for v in value)  # plain strings
        if not lists["names"] and not lists["former"]:
            raise fail("names", "an entry gives names, former names or both")
        source = row.get("source")
        if not isinstance(source, str) or source not in sources:
            raise fail("source", f"{source!r} is not a source of sources.yaml" if source else "missing")
        org = row.get("organisation")
        if org is not None:
            if not isinstance(org, str) or org not in organisations:
                raise fail("organisation", f"{org!r} is not a curated organisation")
            extra = sorted({"name", "country", "kind"} & set(row))
            if extra:
                raise fail(extra[0], "a curated organisation's name, country and kind are curated: give them there")
            entries.append(AuthorityEntry(_plain(source), lists["names"], lists["former"], organisation=_plain(org),
                                          where=where))
            continue
        for field in ("name", "country", "kind"):
            if not isinstance(row.get(field), str) or not row.get(field).strip():
                raise fail(field, "missing (an entry names a curated organisation, or gives name, country and kind)")
        code = country_code(row["country"])
        if code is None or code != row["country"].strip().upper():
            raise fail("country", f"{row['country']!r} is not an ISO 3166-1 alpha-3 code")
        curated = curated_names.get((folded_name(row["name"]), code))
        if curated:
            # two entities for one organisation: the resolver would merge a name into either at random
            raise fail("name", f"{row['name'].strip()!r} ({code}) is the curated organisation {curated!r}: "
                               f"write 'organisation: {curated}' instead of name, country and kind")
        if row["kind"] not in kinds:
            raise fail("kind", f"{row['kind']!r} is not one of {', '.join(sorted(kinds))}")
        entries.append(AuthorityEntry(_plain(source), lists["names"], lists["former"], name=" ".join(row["name"].split()),
                                      country=code, kind=_plain(row["kind"]), where=where))
    return entries


def folded_name(name: str) -> str:
    """A name as the authority compares names: case and runs of spaces folded."""
    return " ".join(str(name).casefold().split())


def _curated_names(organisations: dict) -> dict[tuple[str, str], str]:
    """(folded name or alias, country) -> the curated organisation's id."""
    found: dict[tuple[str, str], str] = {}
    for org in organisations.values():
        country = next((c.values["country"] for c in org.claims if c.values.get("country")), None)
        names = [org.head["name"], *(a for c in org.claims for a in c.values.get("aliases", []))]
        for n in names:
            found.setdefault((folded_name(n), str(country)), org.id)
    return found


def _plain(text: str) -> str:
    return text[:]  # a slice is a plain str, not the reader's located string
