"""Curators' judgements as data: which names and entities are one organisation (or one deal), and which are not.

Rules decide most merges; a person decides the rest, once, and the decision stays: each judgement
is a record in ``judgements.yaml`` of the records folder (reviewable, under version control),
written by ``dsr resolve accept|reject`` or by hand, and applied on every import and every build::

    - same: true                        # or false: they are different
      a: organisation:zte-corporation   # an entity (organisation:…, partnership:…) or a name as found
      b: Zhongxing Telecommunication Equipment
      country_b: CHN                    # optional: the country the name comes with
      why: ZTE is the brand of Zhongxing Telecommunication Equipment Corporation
      who: a curator
      when: 2026-12-02

Their consequences are derived: "A is B" and "B is C" make "A is C". A judgement that contradicts
them ("A is not C") is refused with both judgements named, never silently overridden.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..errors import RecordError
from ..namespaces import ORGANISATION, PARTNERSHIP
from .normalise import fold

__all__ = ["Judgement", "Judgements", "load_judgements", "judgement_text", "JUDGEMENTS_FILE"]

JUDGEMENTS_FILE = "judgements.yaml"
_PREFIXES = {"organisation:": str(ORGANISATION), "partnership:": str(PARTNERSHIP)}


@dataclass(frozen=True)
class Judgement:
    """One decision: ``a`` and ``b`` are (``same``) or are not one thing."""

    same: bool
    a: str
    b: str
    why: str
    who: str = ""
    when: str = ""
    country_a: str = ""
    country_b: str = ""
    where: str = ""  # file:line, for messages


def _node(value: str, country: str = "") -> str:
    """The node a side of a judgement names: an entity IRI, or a name (folded) with its country."""
    value = value.strip()
    for prefix, ns in _PREFIXES.items():
        if value.startswith(prefix):
            local = value[len(prefix):]
            # a partnership's IRI is its record id in lower case: PAK-OFC-PHASE1 and pak-ofc-phase1 are one
            return ns + (local.lower() if prefix == "partnership:" else local)
        if value.startswith(ns):
            return value
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    return f"name:{' '.join(fold(value).split())}|{country.strip().upper()}"


class Judgements:
    """Judgements with their derived consequences (sets of nodes that are one thing)."""

    def __init__(self, items: list[Judgement] = ()):
        self.items = list(items)
        self._parent: dict[str, str] = {}
        self._why: dict[str, str] = {}
        for j in self.items:
            if j.same:
                self._union(_node(j.a, j.country_a), _node(j.b, j.country_b), j.why)
        for j in self.items:
            if not j.same:
                a, b = _node(j.a, j.country_a), _node(j.b, j.country_b)
                if self._find(a) == self._find(b):
                    chain = [k for k in self.items if k.same and self._find(_node(k.a, k.country_a)) == self._find(a)]
                    raise RecordError(
                        f"{j.where}: judgement that {j.a!r} and {j.b!r} are different contradicts "
                        + "; ".join(f"{k.where}: {k.a!r} is {k.b!r}" for k in chain[:6])
                        + " (which together make them one): remove one of them")

    def _find(self, x: str) -> str:
        root = x
        while self._parent.get(root, root) != root:
            root = self._parent[root]
        while self._parent.get(x, x) != root:
            self._parent[x], x = root, self._parent[x]
        return root

    def _union(self, a: str, b: str, why: str) -> None:
        ra, rb = self._find(a), self._find(b)
        self._parent.setdefault(a, a)
        self._parent.setdefault(b, b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)
        self._why[a] = self._why[b] = why

    def _members(self, x: str) -> list[str]:
        root = self._find(x)
        return sorted(n for n in self._parent if self._find(n) == root)

    # -- organisations -----------------------------------------------------------------------------------------

    def entity_for_name(self, name: str, country: str | None) -> tuple[str | None, str]:
        """The organisation id a name (as found, with its country) was judged to be, and why."""
        for node in (_node(name, country or ""), _node(name, "")):
            if node in self._parent:
                for member in self._members(node):
                    if member.startswith(str(ORGANISATION)):
                        return member[len(str(ORGANISATION)):], self._why.get(node, "")
        return None, ""

    def different_name(self, name: str, country: str | None, entity_id: str) -> bool:
        """Whether a name (as found, with its country) was judged not to be the organisation ``entity_id``."""
        entity = str(ORGANISATION) + entity_id
        return any(self.different(node, entity) for node in (_node(name, country or ""), _node(name, "")))

    def different(self, a: str, b: str) -> bool:
        """Whether two entities (IRIs) were judged different (directly or through what is the same as them)."""
        ra, rb = self._find(a), self._find(b)
        return any(not j.same and {self._find(_node(j.a, j.country_a)), self._find(_node(j.b, j.country_b))} == {ra, rb}
                   for j in self.items)

    def same(self, a: str, b: str) -> bool:
        return self._find(a) == self._find(b)

    def merges(self, namespace: str, keep: set[str] = frozenset()) -> dict[str, tuple[str, str]]:
        """Entities of a namespace judged one with another: IRI → (the IRI they all become, why).

        The one kept is one of ``keep`` (curated entities) when there is one, else the first by IRI.
        """
        out: dict[str, tuple[str, str]] = {}
        roots: dict[str, list[str]] = {}
        for n in self._parent:
            if n.startswith(namespace):
                roots.setdefault(self._find(n), []).append(n)
        for members in roots.values():
            if len(members) < 2:
                continue
            members.sort(key=lambda m: (m not in keep, m))
            for m in members[1:]:
                out[m] = (members[0], self._why.get(m) or self._why.get(members[0], ""))
        return out

    def __len__(self) -> int:
        return len(self.items)


def load_judgements(path: Path, shown: str | None = None) -> Judgements:
    """Read a judgements file (absent: no judgements).

    Raises
    ------
    RecordError
        When an entry is malformed or the judgements contradict each other (file and line named).
    """
    from ..records.yamlio import Map, read_yaml_records

    if not path.is_file():
        return Judgements()
    shown = shown or str(path)
    rows = read_yaml_records(path.read_text(encoding="utf-8"), shown)
    items = []
    for row in rows:
        where = str(row.loc)
        if not isinstance(row, Map):
            raise RecordError(f"{where}: a judgement must be a mapping")
        unknown = set(row) - {"same", "a", "b", "why", "who", "when", "country_a", "country_b"}
        if unknown:
            raise RecordError(f"{where}: judgement: unknown field {sorted(unknown)[0]!r}")
        for needed in ("same", "a", "b", "why"):
            if not isinstance(row.get(needed), str) or not row.get(needed).strip():
                raise RecordError(f"{where}: judgement: field {needed!r} is missing or empty")
        if row["same"].lower() not in ("true", "false", "yes", "no"):
            raise RecordError(f"{where}: judgement: field 'same' must be true or false, found {row['same']!r}")
        a, b = row["a"].strip(), row["b"].strip()
        kinds = {prefix for prefix in _PREFIXES for side in (a, b) if side.startswith(prefix)}
        if kinds == {"partnership:"} and not (a.startswith("partnership:") and b.startswith("partnership:")):
            raise RecordError(f"{where}: judgement: a partnership is judged against another partnership, not a name")
        if len(kinds) > 1:
            raise RecordError(f"{where}: judgement: an organisation and a partnership are never one thing")
        items.append(Judgement(row["same"].lower() in ("true", "yes"), a, b, str(row["why"]).strip(),
                               str(row.get("who", "")).strip(), str(row.get("when", "")).strip(),
                               str(row.get("country_a", "")).strip().upper(),
                               str(row.get("country_b", "")).strip().upper(), where))
    return Judgements(items)


def judgement_text(same: bool, a: str, b: str, why: str, who: str = "", country_a: str = "",
                   country_b: str = "", when: str | None = None) -> str:
    """One judgement written as a YAML list item, ready to append to a judgements file."""
    import json

    when = when or dt.date.today().isoformat()
    lines = [f"- same: {'true' if same else 'false'}", f"  a: {json.dumps(a, ensure_ascii=False)}"]
    if country_a:
        lines.append(f"  country_a: {country_a}")
    lines.append(f"  b: {json.dumps(b, ensure_ascii=False)}")
    if country_b:
        lines.append(f"  country_b: {country_b}")
    lines += [f"  why: {json.dumps(why, ensure_ascii=False)}"]
    if who:
        lines.append(f"  who: {json.dumps(who, ensure_ascii=False)}")
    lines.append(f"  when: {when}")
    return "\n".join(lines) + "\n"
