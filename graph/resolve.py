"""Organisation names → canonical entities: normalise, match the curated organisations (exact, alias,
fuzzy), create an entity below the threshold, and keep a merge log a person can review.

Rules, tried in order (the first that answers wins):

1. ``government-of-country``: "Government of X" (or a bare country name) is X's government —
   the curated one, else one created once per country.
2. ``exact``: the normalised name equals the normalised name of a known entity.
3. ``alias``: it equals a normalised alias (curated ``aliases``, or a name already merged).
4. ``acronym``: an acronym written in brackets, e.g. "Bank of China (BOC)", equals a name or alias.
5. ``fuzzy``: the best difflib ratio against every name and alias is at least the threshold.
6. ``new``: otherwise a new entity is created (and later names match it by the rules above).

Government bodies (governments, ministries, agencies, regulators) only match an entity of the same
country when both countries are known, so "Ministry of Interior" in Nigeria never becomes
Pakistan's. A new ministry, agency or regulator is attached to its country's government.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable

from .cells import safe_cell
from .namespaces import ORGANISATION

__all__ = ["normalise", "Entity", "Match", "Resolver", "guess_kind", "evaluate", "DEFAULT_THRESHOLD", "LEGAL_SUFFIXES",
           "GOVERNMENT_KINDS", "LOG_COLUMNS"]

# 0.90: on the labelled set (tests/data/resolution-labels.csv) 0.85, 0.90 and 0.95 give the same
# answers (precision 1.0); at 0.80 the first wrong merge appears. 0.90 keeps a margin on both sides.
DEFAULT_THRESHOLD = 0.90
LEGAL_SUFFIXES = frozenset(
    "co company ltd limited corp corporation inc incorporated llc plc sa sas sarl spa srl sprl gmbh ag bv nv "
    "pvt private pte pty jsc ojsc pjsc cjsc tbk bhd sdn ltda lda kk".split())
GOVERNMENT_KINDS = frozenset({"government", "ministry", "agency", "regulator"})
# The curated organisation kinds, and ``company`` for a company whose ownership is not known.
KINDS = frozenset({"government", "ministry", "agency", "regulator", "state_owned_enterprise", "private_company",
                   "bank", "university", "international_org", "other", "company"})
LOG_COLUMNS = ["dataset", "name_as_found", "country", "entity", "entity_label", "rule", "score", "first_row",
               "occurrences"]


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def normalise(name: str) -> str:
    """Fold case, accents, punctuation, 'the', '&' and trailing legal suffixes.

    >>> normalise("Huawei Technologies Co., Ltd."), normalise("HUAWEI"), normalise("Telefónica S.A.")
    ('huawei technologies', 'huawei', 'telefonica')
    """
    text = _ascii(name).casefold().replace("&", " and ").replace("'", "")
    words = re.sub(r"[^0-9a-z]+", " ", text).split()
    joined: list[str] = []
    run = False
    for w in words:  # S.A. -> "s a" -> "sa": a run of single letters is one abbreviation
        single = len(w) == 1 and w.isalpha()
        if single and run:
            joined[-1] += w
        else:
            joined.append(w)
        run = single
    words = [w for w in joined if w != "the"]
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def _parts(name: str) -> tuple[str, list[str]]:
    """The name without bracketed parts, and the bracketed parts (often acronyms)."""
    return re.sub(r"\s*\([^)]*\)", " ", name).strip(), [p.strip() for p in re.findall(r"\(([^)]*)\)", name)]


def guess_kind(name: str, hint: str = "") -> str:
    """The organisation kind (a curated ``kind``, or ``company`` when ownership is unknown) from the
    dataset's type column, else from words of the name.

    >>> guess_kind("Ethiopian Ministry of Education", "Government Agency"), guess_kind("Moldtelecom", "State-owned Company")
    ('ministry', 'state_owned_enterprise')
    """
    h, n = hint.casefold().strip(), f" {normalise(name)} "
    if h in KINDS:
        return h
    if "bank" in h or "financial" in h:
        return "bank"
    if "multilateral" in h or "intergovernmental" in h:
        return "international_org"
    if "state-owned" in h or "state owned" in h:
        return "state_owned_enterprise"
    if "private" in h:
        return "private_company"
    if "ngo" in h or "foundation" in h or "civil society" in h:
        return "other"
    if re.search(r" (government|republic) of |^ government ", n):
        return "government"
    if re.search(r" (ministry|ministere|ministerio|department) ", n):
        return "ministry"
    if re.search(r" (regulatory|regulator) ", n):
        return "regulator"
    if re.search(r" (authority|agency|commission|directorate|council|office|administration) ", n) or "government" in h:
        return "agency"
    if re.search(r" (bank|exim|eximbank) ", n):
        return "bank"
    if re.search(r" (university|college|academy|school|institute of technology) ", n) or "academic" in h:
        return "university"
    if re.search(r" (foundation|society|red cross|association) ", n):
        return "other"
    return "company"


@dataclass
class Entity:
    """One organisation: curated (from graph/data) or created by an import."""

    id: str
    name: str
    kind: str
    country: str | None = None
    parent: str | None = None
    wikidata: str | None = None
    curated: bool = True
    aliases: set[str] = field(default_factory=set)
    rows: set[str] = field(default_factory=set)

    @property
    def iri(self) -> str:
        return str(ORGANISATION[self.id])


@dataclass
class Match:
    """The entity a name resolved to, by which rule, with what score (1.0 for exact rules)."""

    entity: Entity
    rule: str
    score: float


class Resolver:
    """Resolve organisation names against known entities, creating new ones below ``threshold``."""

    def __init__(self, entities: Iterable[Entity], threshold: float = DEFAULT_THRESHOLD, dataset: str = ""):
        self.threshold = threshold
        self.dataset = dataset
        self.entities: dict[str, Entity] = {}
        self._names: dict[str, list[str]] = {}
        self._aliases: dict[str, list[str]] = {}
        self._cache: dict[tuple, Match] = {}
        self._log: dict[tuple[str, str], dict] = {}
        self._used: set[str] = set()
        for e in entities:
            self._add(e)

    @classmethod
    def from_records(cls, records=None, **kwargs) -> "Resolver":
        """A resolver over the curated organisations (the bundled records by default)."""
        if records is None:
            from .records import load_records

            records = load_records()
        ents = []
        for r in records["organisation"].values():
            values: dict = {}
            for claim in r.claims:
                for k, v in claim.values.items():
                    values.setdefault(k, v)
            aliases = {str(a) for claim in r.claims for a in claim.values.get("aliases", [])}
            ents.append(Entity(r.id, str(r.head["name"]), str(r.head["kind"]), values.get("country"),
                               values.get("parent"), r.head.get("wikidata"), True, aliases))
        return cls(ents, **kwargs)

    # -- index

    def _add(self, e: Entity) -> None:
        self.entities[e.id] = e
        main, _ = _parts(e.name)
        for key in {normalise(e.name), normalise(main)} - {""}:
            self._names.setdefault(key, []).append(e.id)
        for alias in e.aliases:
            self._alias(alias, e)

    def _alias(self, alias: str, e: Entity) -> None:
        for key in {normalise(alias), normalise(_parts(alias)[0])} - {""}:
            ids = self._aliases.setdefault(key, [])
            if e.id not in ids:
                ids.append(e.id)

    def entity(self, id_: str) -> Entity:
        return self.entities[id_]

    def _ok(self, e: Entity, country: str | None) -> bool:
        return not (e.kind in GOVERNMENT_KINDS and e.country and country and e.country != country)

    def _pick(self, ids: list[str], country: str | None) -> Entity | None:
        ok = [self.entities[i] for i in ids if self._ok(self.entities[i], country)]
        ok.sort(key=lambda e: (e.country != country, not e.curated, e.id))
        return ok[0] if ok else None

    # -- resolution

    def resolve(self, name: str, *, country: str | None = None, kind: str = "", row: str = "") -> Match:
        """The entity ``name`` stands for (creating one when nothing scores above the threshold).

        ``country`` is the ISO alpha-3 code of the organisation's country when the dataset tells it;
        ``kind`` is the dataset's type for it (e.g. AidData's "State-owned Company"); ``row`` the row id
        recorded in the merge log and on created entities.
        """
        name = re.sub(r"\s+", " ", name).strip()
        key = (name, country, kind)
        m = self._cache.get(key) or self._match(name, country, kind)
        self._cache[key] = m
        m.entity.rows.add(row) if row else None
        if m.entity.curated:
            self._used.add(m.entity.id)
        entry = self._log.setdefault((name, country or ""), {
            "dataset": self.dataset, "name_as_found": name, "country": country or "", "entity": m.entity.id,
            "entity_label": m.entity.name, "rule": m.rule, "score": f"{m.score:.3f}", "first_row": row, "occurrences": 0})
        entry["occurrences"] += 1
        return m

    def _match(self, name: str, country: str | None, kind: str) -> Match:
        from .sources.values import country_code

        main, brackets = _parts(name)
        norm = normalise(main) or normalise(name)
        gov = re.fullmatch(r"(?:the\s+)?(?:government|govt\.?|gov\.?)\s+of\s+(?:the\s+)?(.+)", main, re.I)
        code = country_code(gov[1]) if gov else country_code(main)
        if code and (gov or not kind or "government" in kind.casefold()):
            return Match(self.government(code), "government-of-country", 1.0)
        for rule, index, key in (("exact", self._names, norm), ("alias", self._aliases, norm),
                                 ("exact", self._names, normalise(name)), ("alias", self._aliases, normalise(name))):
            if key in index and (e := self._pick(index[key], country)):
                return Match(e, rule, 1.0)
        for b in brackets:
            nb = normalise(b)
            for index in (self._aliases, self._names):
                if nb in index and (e := self._pick(index[nb], country)):
                    return Match(e, "acronym", 1.0)
        best: tuple[float, Entity | None] = (0.0, None)
        keys = list(self._names) + list(self._aliases)
        for cand in difflib.get_close_matches(norm, keys, n=8, cutoff=self.threshold):
            score = difflib.SequenceMatcher(None, norm, cand).ratio()
            e = self._pick(self._names.get(cand, []) + self._aliases.get(cand, []), country)
            if e and score > best[0]:
                best = (score, e)
        if best[1] is not None:
            self._alias(name, best[1])
            return Match(best[1], "fuzzy", best[0])
        return Match(self._create(main or name, guess_kind(name, kind), country, brackets), "new", 0.0)

    def government(self, code: str) -> Entity:
        """The government of a country: the curated one, else one created (once) for this import."""
        govs = [e for e in self.entities.values() if e.kind == "government" and e.country == code]
        govs.sort(key=lambda e: (e.parent is not None, not e.curated, len(e.name), e.id))  # national before provincial
        if govs and govs[0].parent is None:
            return govs[0]
        from .sources.values import country_name

        label = country_name(code)
        return self._create(f"Government of {label}", "government", code, [])

    def _create(self, name: str, kind: str, country: str | None, brackets: list[str]) -> Entity:
        from .sources.values import slug

        base = slug(normalise(name) or name)
        id_ = base
        if id_ in self.entities and country:
            id_ = f"{base}-{country.lower()}"
        n = 2
        while id_ in self.entities:
            id_, n = f"{base}-{n}", n + 1
        parent = None
        if kind in GOVERNMENT_KINDS - {"government"}:
            if country:
                parent = self.government(country).id
            else:
                kind = "other"  # a government body must reach a government; without a country it cannot
        aliases = {b for b in brackets if re.fullmatch(r"[A-Z0-9&\-. ]{2,12}", b)}
        e = Entity(id_, name, kind, country, parent, None, False, aliases)
        self._add(e)
        return e

    # -- results

    def created(self) -> list[Entity]:
        return sorted((e for e in self.entities.values() if not e.curated), key=lambda e: e.id)

    def merged(self) -> list[Entity]:
        return sorted((self.entities[i] for i in self._used), key=lambda e: e.id)

    def merge_log(self) -> list[dict]:
        return sorted(self._log.values(), key=lambda r: (r["name_as_found"].casefold(), r["country"]))

    def merge_log_csv(self, existing: str = "") -> str:
        """merge-log.csv: this dataset's rows, replacing its earlier rows and keeping other datasets'."""
        rows = [r for r in csv.DictReader(io.StringIO(existing)) if r.get("dataset") != self.dataset] if existing else []
        rows += self.merge_log()
        rows.sort(key=lambda r: (r["dataset"], r["name_as_found"].casefold(), r["country"]))
        buf = io.StringIO()
        w = csv.DictWriter(buf, LOG_COLUMNS, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows({k: safe_cell(str(v)) if v is not None else "" for k, v in r.items()} for r in rows)
        return buf.getvalue()


def evaluate(labels: Iterable[tuple[str, str, str]], resolver: Resolver | None = None) -> dict:
    """Precision and recall of merging into curated entities on labelled (name, country, expected) rows.

    ``expected`` is a curated organisation id, or ``new`` when the name must not merge into any curated
    entity. A merge is a name resolved to a curated entity: right when it is the expected one.
    Precision = right merges / all merges; recall = right merges / names that should merge.
    """
    resolver = resolver or Resolver.from_records()
    tp = fp = fn = 0
    errors = []
    for name, country, expected in labels:
        m = resolver.resolve(name, country=country or None)
        got = m.entity.id if m.entity.curated else "new"
        if got != "new" and got == expected:
            tp += 1
        fp += got != "new" and got != expected
        fn += expected != "new" and got != expected
        if got != expected:
            errors.append((name, expected, got, m.rule, round(m.score, 3)))
    return {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
            "true_merges": tp, "false_merges": fp, "missed": fn, "errors": errors}
