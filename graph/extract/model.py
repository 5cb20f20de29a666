"""What `dsr extract` finds: candidate partnerships, their parties, and the spans of text each field
was read from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from .text import Sentence


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass
class Party:
    name: str
    role: str
    kind: str
    country: str | None
    id: str
    new: bool
    span: Span
    parent: str | None = None
    stated: bool = False  # the role is the one the text gives it ("will operate")


@dataclass
class Candidate:
    """One candidate partnership: its fields, and for each field the spans it was read from."""

    kind: str
    status: str | None = None
    date: str | None = None
    aggregate: bool = False
    members: dict = field(default_factory=dict)
    parties: list[Party] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    technology: list[str] = field(default_factory=list)
    amounts: list[tuple[int, str]] = field(default_factory=list)
    quantity: dict | None = None
    place: str | None = None
    forum: str | None = None
    programme: list[str] = field(default_factory=list)
    proposed_arrangement: str | None = None
    evidence: dict[str, list[Span]] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    noun: str = ""
    date_weak: bool = False  # the date is a dateline's: a date the text gives the deal itself replaces it
    antecedents: list[Sentence] = field(default_factory=list)  # sentences before, nearest first, for "the two firms"
    headline: bool = False  # read from the article's headline
    earlier: bool = False  # told as a deal before another ("The deal comes three months after …"): one of its own

    def confidence(self) -> tuple[str, list[str]]:
        """How far the candidate is likely to be a record as it stands, for the curator's order of checks: ``high``
        (two parties or more, one of them Chinese and one not, told as signed), ``low`` (fewer than two parties: a
        candidate of one party seldom is the record, whose other side the rules missed), else ``medium``; and what
        keeps it from ``high``, in words. An aggregate is ``medium``, whatever its parties: its count is what to
        check."""
        why = []
        if self.aggregate:
            count = self.members.get("count", "several")
            return "medium", [f"an aggregate of {count} deals: check the count and its split"]
        if len(self.parties) < 2:
            why.append("names no party" if not self.parties else "names one party only: most deals have two sides; "
                       "look for the other in the sentence and the report")
        else:
            countries = {p.country for p in self.parties}
            if "CHN" not in countries:
                why.append("names no Chinese party")
            if not countries - {"CHN", None}:
                why.append("names no party outside China")
        if self.status != "signed":
            why.append(f"not told as signed (status: {self.status or 'none'})")
        level = "low" if len(self.parties) < 2 else "medium" if why else "high"
        return level, why

    def note(self, name: str, start: int, end: int, text: str) -> None:
        spans = self.evidence.setdefault(name, [])
        span = Span(start, end, text[start:end])
        if span not in spans:
            spans.append(span)


@dataclass
class Extraction:
    text: str
    published: str | None
    candidates: list[Candidate]
    title: str | None = None
    # sentences that may tell a deal no candidate was made from (a deal's word and a name, read by no candidate): for
    # the curator to check, since the rules miss deals told in words they do not read
    to_check: list[Sentence] = field(default_factory=list)
    drafter: Callable[[Sentence], Candidate] | None = field(default=None, repr=False, compare=False)
    namer: Callable[[], list[Party]] | None = field(default=None, repr=False, compare=False)
    # the entity an organisation id stands for (its name, kind, country, parent): for writing a new organisation as
    # the records need it — the name authority's name, and the government a new ministry belongs to
    entity: Callable[[str], object] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def named(self) -> list[Party]:
        """The organisations the article names, each once (roles empty): for a curator adding a party by its id. Read
        when first asked for."""
        return self.namer() if self.namer is not None else []

    @cached_property
    def drafts(self) -> list[Candidate]:
        """A draft record of each sentence to check (same order): the fields read from it, its kind from the
        arrangement it names — for the curator to finish, never a candidate. Read when first asked for (the YAML
        lists the sentences alone)."""
        return [self.drafter(s) for s in self.to_check] if self.drafter is not None else []
