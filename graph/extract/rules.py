"""From an article to candidate partnership records, by rules and the graph's own gazetteer.

A **deal** is found where a sentence names an arrangement (memorandum, agreement, contract, loan,
joint venture, acquisition, training programme, proposal, talks) and says something happened to it
(signed, inked, agreed, awarded, extended, launched, proposed, held…). Later sentences that point
back at it ("The MoUs signed in Beijing include…", "The loan will…", "These include joint
ventures in…") add to it. Each field keeps the character spans it was read from; a field the text
does not state stays empty. The rules, field by field:

- **kind** — from the arrangement's noun (an MoU, a loan, a "cooperation agreement" = framework
  agreement; an agreement to build or supply = contract); **aggregate** when a number greater than
  one counts the arrangements ("signed 24 MoUs"), with the split the text gives
  (government-to-government / -business, business-to-business);
- **status** — signed (signed, inked, concluded…), announced (will sign, plans, proposed,
  pursuing…), operational (launched, inaugurated, commissioned), under construction;
- **date** — a date stated in the deal's sentences ("on 25 April 2019", "in November" — the year of
  publication, or the year before when that month is still to come), a weekday ("on Monday") only
  when the signing verb governs it and the publication date is known (never "reported on Monday");
- **parties** — organisations the gazetteer knows (curated names, aliases, the name authority) and
  names that look like organisations ("Ministry of …", "… Telecom", "… Bank", "… Co., Ltd."), each
  linked by the entity-resolution rules (a new one is marked new); roles from the kind (a bank
  finances a loan, a Chinese company builds under a contract, signatories sign an MoU);
- **countries**, **technology areas** (preferred and alternative labels of the scheme),
  **amounts** with their currency, a **quantity** of trainees, the **place** of signing, the
  **forum** and **programme** the graph knows.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from functools import lru_cache
from dataclasses import dataclass, field

from .gazetteer import Mention, gazetteer
from .text import Sentence, sentences

__all__ = ["Span", "Party", "Candidate", "Extraction", "extract"]


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


# -- vocabularies ----------------------------------------------------------------------------------------------

NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                       "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                "a dozen": 12, "dozen": 12, "a pair of": 2, "a couple of": 2, "a": 1, "an": 1})
_NUM = r"(?:\d[\d,]*|" + "|".join(sorted((re.escape(w) for w in NUMBERS if w not in ("a", "an")), key=len, reverse=True)) + ")"

# the arrangement's noun → kind, most specific first
NOUNS = [
    ("framework_agreement", r"framework (?:cooperation )?(?:agreement|deal|accord)s?|agreements? (?:of|on) principles?|"
                            r"investment agreements?|strategic (?:cooperation |partnership )?(?:framework )?agreements?"),
    ("mou", r"memorand(?:um|a)(?: of understanding)?s?|MoUs?|MOUs?|memorandums? of understanding|letters? of intent"),
    ("joint_venture", r"joint[- ]ventures?|consortium"),
    ("loan", r"(?:concessional |preferential |soft |commercial )?loans?(?: agreements?)?|credit lines?|lines? of credit|"
             r"buyer'?s credits?|financing (?:agreement|deal)s?|loan facilit(?:y|ies)|financial backing|financing"),
    ("acquisition", r"acquisitions?|takeovers?|(?:\d+(?:\.\d+)?\s?(?:per ?cent|%)\s)?stakes?|acquir(?:e|ed|es|ing)|"
                    r"bought|buys?|buying|(?:\d+(?:\.\d+)?\s?(?:per ?cent|percent|%)\s)(?:chunk|share)|sale of|to sell"),
    ("contract", r"contracts?|turnkey (?:deal|project)s?|supply (?:agreement|deal)s?|EPC (?:agreement|deal)s?|"
                 r"(?:an|the) order|orders? (?:for|worth|of)|purchase (?:agreement|deal|order)s?|tenders?"),
    ("training_programme", r"training (?:programmes?|programs?|initiatives?)|scholarships?|"
                           r"(?:(?:up to|over|more than|some|about) )?\d(?:[\d,]*\d)?(?: \w+){0,3} (?:youths?|students|people|"
                           r"professionals|engineers|officials|trainees)"),
    ("proposal", r"proposals?|proposing|proposed"),
    ("talks", r"talks|discussions|negotiations|meetings? (?:with|between)"),
    ("agreement", r"agreements?|accords?|deals?|pacts?"),
    ("project", r"projects?|initiatives?|satellites?|spacecraft|(?:submarine |undersea |fibre[- ]optic |fiber[- ]optic |optical )?"
                r"cables?(?: systems?)?|data cent(?:re|er)s?|safe cit(?:y|ies)|smart cit(?:y|ies)|platforms?|towers|"
                r"(?:CCTV |surveillance )?cameras|base stations"),
]
_NOUN_RE = re.compile(r"\b(?:" + "|".join(f"(?P<{k}{i}>{p})" for i, (k, p) in enumerate(NOUNS)) + r")\b", re.I)

SIGNED = r"sign(?:ed|s|ing)?|singed|ink(?:ed|s)?|conclud(?:ed|es)|entered into|struck|seal(?:ed|s)|penned|agreed|exchanged"
AWARDED = r"award(?:ed|s)?|won|wins|secured|clinched|bagged"
FINANCED = r"extend(?:ed|s)?|provid(?:ed|es)|grant(?:ed|s)?|approv(?:ed|es)|financ(?:ed|es)|disburs(?:ed|es)|lend(?:s)?|lent|offered"
ANNOUNCED = (r"will sign|to sign|plans? to|planned|propos(?:ed|es|ing)|introduc(?:ed|es)|pursu(?:ed|ing|es)|"
             r"announc(?:ed|es)|aims? to|intends? to|expected to|seeks?|seeking|considering|discuss(?:ed|es|ing)|held|hold")
CANCELLED = (r"cancell?ed|scrapped|terminated|abandoned|blocked|halted|suspended|withdrew|pulled out of|called off|"
             r"took over (?:the\s)?(?:\w+\s){0,4}?contract")
_ACQUIRED = r"acquired|bought|paid|took over|completed (?:the|its) (?:acquisition|purchase|takeover|sale)"
_LENT = r"extended|provided|granted|gave|disbursed|lent|released"
OPERATIONAL = r"launch(?:ed|es)|inaugurat(?:ed|es)|commission(?:ed|s)|went live|completed|opened|handed over"
BUILDING = r"under construction|construction (?:began|started|of)|began building|is building|are building|broke ground"
BUILT = (r"build|builds|built|co-build|install(?:ed|s)?|deploy(?:ed|s)?|deliver(?:ed|s)?|unveil(?:ed|s)?|"
         r"funding the construction|construct(?:ed|s)?|lay|laid|roll(?:ed)? out")
_VERBS = re.compile(rf"\b(?:{SIGNED}|{AWARDED}|{FINANCED}|{ANNOUNCED}|{OPERATIONAL}|{BUILDING}|{BUILT}|acquir(?:e|ed|es|ing)|"
                    rf"bought|buys?|invest(?:ed|s)?|train(?:ed|s)?|to train|agreeing|agree|receiv(?:e|ed|es|ing)|"
                    rf"obtain(?:ed|s)?|picked|select(?:ed|s)?|chose|chosen|order(?:ed|s)|purchas(?:e|ed|es)|"
                    rf"partner(?:ed|s)? with|teamed up|tied up|joined hands|pledg(?:e|ed|es)|witness(?:ed|es)?|"
                    rf"endors(?:e|ed|es)|adopt(?:ed|s)|issued|backed|renew(?:s|ed)?|reach(?:ed|es)?|paid|pays|"
                    rf"offload(?:ed|s)?|took over|take over|hosted|joined forces|in talks|contracted|bankroll(?:ed|s)?|"
                    rf"loan(?:ed|s)?|sell|sells|sold|were reached)\b", re.I)
_PROJECT_VERBS = re.compile(rf"\b(?:{BUILT}|{OPERATIONAL}|{BUILDING})\b", re.I)

_BUILD_WORDS = re.compile(r"\b(?:build|construct|deploy|install|supply|supplies|upgrade|roll out|implement|lay|launch|expand|"
                          r"rollout|network agreement|provision of|procure(?:ment)?|purchase)\b", re.I)
_SUPPLY_WORDS = re.compile(r"\b(?:supply|supplies|supplied|equipment|vendor|provide equipment)\b", re.I)

_ANAPHORA = re.compile(r"\b(?:the two (?:firms|companies|sides|parties|countries|governments|groups|operators|carriers|"
                      r"telcos|banks|partners|institutions|organi[sz]ations|universities|ministries|entities|agencies)|"
                      r"both (?:firms|companies|sides|parties|countries|carriers|telcos|operators|partners)|^(?:The|This|That) (?:deal|agreement|MoU|memorandum|"
                      r"contract|accord|pact|loan)\b)", re.I)
_REFER = re.compile(r"^(?:The|These|This|Those|Such|Both|Under the|Under these|Under this|According to the)\b", re.I)

MONTHS = {m: i + 1 for i, m in enumerate("january february march april may june july august september october "
                                         "november december".split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
            r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"

CURRENCIES = [
    (r"US\$|USD|\$|U\.S\. dollars?|dollars?", "USD"), (r"€|EUR|euros?", "EUR"), (r"£|GBP|pounds? sterling", "GBP"),
    (r"RMB|CNY|yuan|renminbi|¥", "CNY"), (r"Rs\.?|PKR|rupees", "PKR"), (r"KES|KSh|Sh(?:s)?\.?|Kenyan shillings?", "KES"),
    (r"NGN|naira|₦", "NGN"), (r"ZAR|rand", "ZAR"), (r"XOF|CFA francs?|FCFA", "XOF"), (r"ETB|birr", "ETB"),
    (r"BDT|Tk\.?|taka", "BDT"), (r"LKR", "LKR"), (r"IDR|rupiah", "IDR"), (r"MYR|ringgit|RM", "MYR"), (r"PHP|pesos", "PHP"),
    (r"UGX|Ugandan shillings?", "UGX"), (r"TZS|Tanzanian shillings?", "TZS"), (r"GHS|cedis?", "GHS"),
    (r"ZMW|kwacha", "ZMW"), (r"AED|dirhams?", "AED"), (r"SAR|riyals?", "SAR"), (r"BRL|reais|R\$", "BRL"),
    (r"A\$", "AUD"), (r"C\$", "CAD"), (r"HK\$", "HKD"), (r"S\$", "SGD"), (r"NZ\$", "NZD"), (r"EC\$", "XCD"),
    (r"tenge", "KZT"), (r"kyats?", "MMK"), (r"dinars?", None), (r"(?-i:[A-Z]{3})", "ISO"),
]
_SCALE = {"thousand": 10 ** 3, "k": 10 ** 3, "million": 10 ** 6, "mn": 10 ** 6, "m": 10 ** 6, "mln": 10 ** 6,
          "billion": 10 ** 9, "bn": 10 ** 9, "b": 10 ** 9, "trillion": 10 ** 12, "crore": 10 ** 7, "lakh": 10 ** 5}
_CUR_BEFORE = "|".join(f"(?:{p})" for p, _ in CURRENCIES)
_AMOUNT = re.compile(rf"(?P<cur1>{_CUR_BEFORE})\s?(?P<n1>\d[\d,]*(?:\.\d+)?)\s?(?P<s1>thousand|million|billion|trillion|"
                     rf"crore|lakh|mln|mn|bn|k|m|b)?\b|(?P<n2>\d[\d,]*(?:\.\d+)?)\s?(?P<s2>thousand|million|billion|trillion|"
                     rf"crore|lakh|mln|mn|bn)?\s(?P<cur2>{_CUR_BEFORE})\b", re.I)

ORG_HEADS = (r"[Gg]overnment|Ministry|Ministère|Ministerio|Department|Authority|Commission|Agency|Council|Bank|Corporation|Company|"
             r"Group|Telecom|Telecommunications?|Technologies|Technology|University|Institute|Academy|Holdings?|Limited|"
             r"Ltd\.?|Inc\.?|Co\.|Networks?|Communications|Mobile|Board|Office|Bureau|Administration|Directorate|"
             r"Foundation|Fund|Union|Organi[sz]ation|Enterprises?|Industries|Systems|Solutions|Cloud|Electric|Power|"
             r"Exim|Eximbank|Cable|Satellite")
_CAP = r"(?:[A-Z][\w'’&.-]*|of|and|for|the|de|du|des|la|el|&)"
_ORG_RE = re.compile(rf"\b(?:(?:[A-Z][\w'’&.-]*\s)(?:{_CAP}\s){{0,6}}(?:{ORG_HEADS})\b(?:\s(?:of|for)(?:\s(?:the\s)?[A-Z][\w'’&-]*(?:\s(?:and|&)\s[A-Z][\w'’&-]*)*)+)*|"
                     rf"(?:Ministry|Department|Bank|Authority|Commission|University)\s(?:of|for)\s(?:the\s)?[A-Z][\w'’&-]*"
                     rf"(?:\s(?:(?:and|&|of|for|the)\s)?[A-Z][\w'’&-]*)*)")


# -- the extractor ---------------------------------------------------------------------------------------------

def extract(raw_text: str, *, published: str | None = None, records=None) -> Extraction:
    """Candidate partnerships of an article (plain text, already read: see :func:`.text.read_article`)."""
    text = raw_text
    gaz = gazetteer(records)
    phases = _phases(records)
    published = published or _publication_date(text)
    sents = sentences(text)
    candidates: list[Candidate] = []
    current: Candidate | None = None
    last: Candidate | None = None
    dateline: tuple[int, str, tuple[int, int]] | None = None  # a line of its own: "Bishkek, Jan. 11, 2018 / Kabar /."
    first = re.search(r"\S[^\n]*", text)
    title_end = first.end() if first and not first.group().rstrip().endswith(".") else 0  # the headline's line
    for i, s in enumerate(sents):
        deal = _deal(s, text)
        if deal is None and dateline is None and i < 6 and len(s.text) <= 80:
            found = _date_in(s.text, published)
            if found and found[2]:
                dateline = (i, found[0], (s.start + found[1][0], s.start + found[1][1]))
        told = current or last
        if told is not None and (current is None and (
                re.match(r"^(?:The|This|That)\s(?:deal|agreement|accord|pact|transaction)\b", s.text) or
                re.search(r"\b(?:in this regard|to this effect|to that effect)\b", s.text, re.I)) or
                (deal is not None and deal.kind in ("other", told.kind) and not deal.aggregate and not told.aggregate and
                 _DEFINITE_NOUN.search(s.text[:deal.evidence["kind"][0].start - s.start]))):
            # "The deal was inked on Monday…", "… sign the agreement", "… is close to agreeing the loan": told before
            current, deal = told, None
            current.sentences.append(s)
            _fill(current, s, text, gaz, published, first=False, phases=phases)
        elif deal is not None and not _refers(s.text, current):
            current = deal
            current.headline = s.start < title_end or _title_case(s.text)
            candidates.append(current)
            _fill(current, s, text, gaz, published, first=True, phases=phases)
            if current.date is None and dateline and i - dateline[0] <= 2 and current.status != "announced":
                current.date, current.date_weak = dateline[1], True  # the lead under a dateline tells that day's news
                current.note("date", *dateline[2], text)
            if _ANAPHORA.search(s.text):  # "The two firms signed…": who they are, a sentence before says
                current.antecedents = sents[max(0, i - 3):i][::-1]
        elif current is not None and _refers(s.text, current):
            current.sentences.append(s)
            _fill(current, s, text, gaz, published, first=False, phases=phases)
        elif deal is None and current is not None and _continues(s, current, text):
            current.sentences.append(s)  # "Zamtel will operate the network": a party and its role
        elif deal is None and current is not None:
            current = None
        last = current or last
    resolver = _resolver(records)
    for c in candidates:
        _parties(c, text, gaz, resolver)
    out: list[Candidate] = []
    for c in candidates:
        same = next((o for o in out if _same_deal(o, c, published)), None)
        if same is None:
            out.append(c)
        else:
            _merge(same, c)
            same.headline = same.headline and c.headline
    # a deal no one is named in is no record a curator can write ("They will sign different agreements");
    # an aggregate, or a proposal or talks between "the two sides", may name its two countries alone
    out = [c for c in out if c.parties or (len(c.countries) >= 2 and (c.aggregate or c.kind in ("proposal", "talks")))]
    out = [one for c in out for one in _split_listed(c, text)]
    broader = _broader_tags()
    for c in out:  # "mobile" beside "mobile_network": the narrower area says it
        c.technology = [t for t in c.technology if not any(broader.get(o) == t for o in c.technology)]
    for c in out:  # roles from all the sentences a merged deal has
        whole = " ".join(x.text for x in c.sentences)
        for p in c.parties:
            if not p.stated:
                p.role = _role(c, p.kind, p.country, whole)
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    title = first if 10 <= len(first) <= 200 and not first.endswith(".") else None
    return Extraction(text, published, out, title)


_LISTED = re.compile(r"\b(?:MoUs|MOUs|memorand(?:a|ums)|agreements|contracts|deals|loan agreements)\s(?:[^.;]{0,60}?\s)?"
                     r"with\s(?:the\s)?", re.I)


@lru_cache(maxsize=1)
def _broader_tags() -> dict[str, str]:
    """Tag → the tag of its broader concept in the technology scheme."""
    from ..namespaces import SKOS
    from ..technology import scheme

    tech = scheme()
    tags = {iri: c.notation for iri, c in tech.concepts.items()}
    return {tags[str(a)]: tags[str(b)] for a, b in tech.graph.subject_objects(SKOS.broader)
            if str(a) in tags and str(b) in tags}


def _split_listed(c: Candidate, text: str) -> list[Candidate]:
    """"The ministry signed MoUs with Huawei, Nokia and Ericsson": one deal with each of the listed
    parties (a plural arrangement with no count, and a list of two or more names after "with")."""
    if c.aggregate or not c.sentences:
        return [c]
    s = c.sentences[0]
    m = _LISTED.search(s.text)
    if m is None:
        return [c]
    listed: list[Party] = []
    at = s.start + m.end()
    for p in sorted(c.parties, key=lambda p: p.span.start):
        if p.span.start < at:
            continue
        if p.span.start != at and not re.fullmatch(r",\s|,?\s(?:and|&)\s|,\s(?:the\s)?", text[at:p.span.start]):
            break
        listed.append(p)
        at = p.span.end
    if len(listed) < 2:
        return [c]
    out = []
    for p in listed:
        one = copy.deepcopy(c)
        one.parties = [q for q in one.parties if q.id not in {x.id for x in listed} or q.id == p.id]
        others = {x.country for x in listed if x.id != p.id} - {q.country for q in one.parties}
        one.countries = [k for k in one.countries if k not in others]  # Nokia's deal is not China's for Huawei's
        one.evidence["parties"] = [e for e in one.evidence.get("parties", [])
                                   if not any(e.start == x.span.start for x in listed if x.id != p.id)]
        out.append(one)
    return out


def _same_deal(a: Candidate, b: Candidate, published: str | None = None) -> bool:
    """Two mentions of one deal (a headline and the body, a key point and its paragraph): the same
    kind and nothing that disagrees — count, date, amounts, quantity, place, and parties when both
    name some (a headline's parties are its shorthand: "Chinese bank loan to NetOne")."""
    if a.aggregate != b.aggregate:
        return False
    if a.kind != b.kind:
        # "a $328m deal with China" and "a $328 million loan deal with China": one deal, told twice
        return bool(a.amounts and set(a.amounts) & set(b.amounts)) and bool({a.kind, b.kind} & {"other", "contract"}) \
            and not (a.date and b.date and a.date != b.date)
    if a.headline and not b.headline and a.members.get("count") == b.members.get("count") and not (
            a.amounts and b.amounts and not set(a.amounts) & set(b.amounts)):
        return True
    if a.members.get("count") != b.members.get("count"):
        return False
    for x, y in ((a.date, b.date), (a.place, b.place)):
        if x and y and x != y and not (x.startswith(y) or y.startswith(x)):
            return False
    dated = next((x.date for x in (a, b) if x.date and not x.date_weak), None)
    if bool(a.date and not a.date_weak) != bool(b.date and not b.date_weak) and not (a.headline or b.headline) \
            and not (published and dated and dated[:7] == published[:7]):
        return False  # "… announced its intent to acquire X" and "in 2005 it lost its bid to acquire …": two events
    if a.amounts and b.amounts and not set(a.amounts) & set(b.amounts):
        return False
    if a.quantity and b.quantity and a.quantity["value"] != b.quantity["value"]:
        return False
    ids_a, ids_b = {p.id for p in a.parties}, {p.id for p in b.parties}
    return not (ids_a and ids_b and not ids_a & ids_b)


def _merge(into: Candidate, other: Candidate) -> None:
    """The fields of ``other`` added to ``into`` (what only one of them states is kept; evidence of both;
    of two kinds, the more specific: a loan deal is a loan)."""
    if into.kind != other.kind and _PRIORITY.index(other.kind) < _PRIORITY.index(into.kind):
        into.kind, into.noun = other.kind, other.noun
        into.evidence["kind"] = list(other.evidence.get("kind", []))
    for name in ("status", "date", "place", "forum", "proposed_arrangement"):
        if getattr(into, name) is None and getattr(other, name) is not None:
            setattr(into, name, getattr(other, name))
    if other.status == "signed" and into.status == "announced" and into.kind not in ("proposal", "talks"):
        into.status = "signed"
    if other.date and into.date and len(other.date) > len(into.date):
        into.date = other.date  # the more precise of two agreeing dates
    for name in ("countries", "technology", "programme", "amounts"):
        for v in getattr(other, name):
            if v not in getattr(into, name):
                getattr(into, name).append(v)
    for k, v in other.members.items():
        into.members.setdefault(k, v)
    if other.quantity and (into.quantity is None or other.quantity.get("approximate")):
        into.quantity = dict(other.quantity)
    known = {p.id for p in into.parties}
    into.parties += [p for p in other.parties if p.id not in known]
    for name, spans in other.evidence.items():
        for span in spans:
            if span not in into.evidence.setdefault(name, []):
                into.evidence[name].append(span)
    into.sentences += [s for s in other.sentences if s not in into.sentences]


def _publication_date(text: str) -> str | None:
    """A date line at the top of the article ("Mon Dec 22 2025", "22 December 2025", "2025-12-22")."""
    head = text[:600]
    m = re.search(rf"\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s)?({_MONTH_RE})\s(\d{{1,2}}),?\s(\d{{4}})\b", head)
    if m:
        return _iso(int(m[3]), MONTHS[m[1].rstrip(".").lower()], int(m[2]))
    m = re.search(rf"\b(\d{{1,2}})\s({_MONTH_RE}),?\s(\d{{4}})\b", head)
    if m:
        return _iso(int(m[3]), MONTHS[m[2].rstrip(".").lower()], int(m[1]))
    m = re.search(r"\b(20\d\d)-(\d\d)-(\d\d)\b", head)
    return _iso(int(m[1]), int(m[2]), int(m[3])) if m else None


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


_HIRED = re.compile(r"\b(contracted|appointed|hired|engaged|commissioned|retained)\s(?:the\s)?[A-Z][^.;]{0,80}?\s(?:to|for)\s"
                    r"(?:the\s)?(?:\w+\s)?(?:build|construct|undertake|deploy|supply|install|lay|upgrade|expand|"
                    r"construction|installation|expansion|rollout|roll\sout|project|network|work)")


def _deal(s: Sentence, text: str) -> Candidate | None:
    """A candidate when the sentence names an arrangement and something that happened to it."""
    hired = _HIRED.search(s.text)
    verb = _VERBS.search(s.text) or hired
    if verb is None:
        return None
    nouns = [(m, _kind_of(m)) for m in _NOUN_RE.finditer(s.text)]
    nouns = [(m, k) for m, k in nouns if k and not (
        k == "training_programme" and not re.search(r"train|skill|educat|course|scholar|intern", s.text, re.I))]
    if not nouns and hired:  # "NetOne contracted Nokia and Huawei to undertake the project": a contract, unnamed
        c = Candidate("contract", noun=hired.group(1))
        c.sentences.append(s)
        c.note("kind", s.start + hired.start(1), s.start + hired.end(1), text)
        return c
    if not nouns:
        return None
    counted = [(m, k) for m, k in nouns if k not in ("training_programme", "proposal", "talks") and _count_before(s.text, m)]
    # "signed 6 agreements of cooperation, including … The Memorandum on …": the count tells the arrangement
    m, kind = min(counted or nouns, key=lambda n: (_PRIORITY.index(n[1]), n[0].start()))
    signed = re.search(rf"\b(?:{SIGNED})\s(?:\w+\s){{0,3}}?(?:agreements?|accords?|deals?|pacts?)\b", s.text, re.I)
    if kind in ("talks", "proposal") and signed:  # "signed an agreement on the sidelines of a meeting between …"
        m, kind = next((n, k) for n, k in nouns if k == "agreement" and n.start() >= signed.start())
    elif kind == "talks" and re.search(r"\bsigning\s(?:ceremony|of)\b", s.text, re.I):
        kind = "agreement"  # "… attend a signing ceremony following their talks": something was signed
    if kind == "agreement":
        if re.search(r"\bloan|credit|financ", s.text, re.I):
            kind = "loan"
        elif _BUILD_WORDS.search(s.text) or _AMOUNT.search(s.text):
            kind = "contract"
        else:
            kind = "other"  # an agreement the text does not say more of
    if kind in ("loan", "other", "project") and re.search(
            r"\b(?:pledg(?:e|ed|es)|promis(?:e|ed|es)|committed|agreed to (?:provide|fund|finance|give)|will (?:provide|fund|"
            r"finance|give))\b[^.;]{0,40}\b(?:loans?|funds?|funding|grants?|aid|financ\w*|credit)\b", s.text, re.I) \
            and not re.search(SIGNED.replace("|agreed", ""), s.text, re.I):
        kind = "pledge"  # money promised, no agreement signed for it yet
    if kind == "project" and re.search(r"\b(?:was|were|been|is|are)\s(?:\w+\s)?(?:picked|selected|chosen|awarded|contracted|"
                                       r"hired|commissioned)\b|\b(?:won|wins|secured|clinched|awarded)\b", s.text, re.I) \
            or (kind == "project" and hired):
        kind = "contract"  # "Vocus was picked by the Australian government to roll out the cable"
    if kind == "project" and not _PROJECT_VERBS.search(s.text):
        return None  # a project is a deal when it is built, installed, launched…
    if kind == "project" and re.search(rf"\b(?:will|would|to|expected to|are to|is to)\sbe\s(?:\w+\s)?(?:{BUILT})\b", s.text, re.I):
        return None  # "8,023 cameras will be installed": what a deal told before will do, or a plan
    if kind == "proposal" and re.search(r"\b(?:rejected|opposed)\b", s.text, re.I):
        return None
    c = Candidate(kind, noun=m.group())
    c.sentences.append(s)
    c.note("kind", s.start + m.start(), s.start + m.end(), text)
    # an aggregate: a number above one counting the arrangements ("signed 24 Memorandum of Understandings")
    n = _count_before(s.text, m)
    if n and kind not in ("training_programme", "proposal", "talks"):
        c.aggregate = True
        c.members["count"] = _number(n[1])
        c.note("members", s.start + n.start(1), s.start + m.end(), text)
    return c


# "the agreement", "the Chinese telecom loan deal": a deal told before (not "the second loan", "the new deal")
_DEFINITE_NOUN = re.compile(r"\b(?:the|this|that)\s(?!(?:[\w-]+\s){0,3}?(?:first|second|third|new|another|other|"
                            r"previous|earlier|latest|next|last)\b)(?:[\w’'-]+\s){0,3}$", re.I)


def _count_before(sentence: str, m: re.Match) -> re.Match | None:
    """The number above one that counts the arrangements a noun names ("signed 24 Memorandum of
    Understandings", "seven different MoUs"), as a match on the sentence; None when there is none."""
    plural = bool(re.search(r"s\b|a\b|MoUs|MOUs", m.group()))
    start = max(0, m.start() - 30)
    n = re.compile(rf"(?<![\w.,-])({_NUM})\s(?:(?:new|more|separate|different|bilateral|cooperation|key|major|tech|other)\s)*$",
                   re.I).search(sentence, start, m.start())
    count = _number(n[1]) if n else None
    # "signed 32 memorandum of understanding": a count in digits above two is a count, whatever the noun's number
    return n if count and count > 1 and (plural or (count > 2 and n[1].isdigit())) else None


_PRIORITY = ["framework_agreement", "mou", "joint_venture", "loan", "acquisition", "contract", "training_programme",
             "proposal", "talks", "agreement", "project"]


def _kind_of(m: re.Match) -> str | None:
    for name, value in m.groupdict().items():
        if value:
            return re.sub(r"\d+$", "", name)
    return None


def _number(word: str) -> int | None:
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    return NUMBERS.get(w)


def _refers(sentence: str, current: Candidate | None) -> bool:
    """Whether a sentence points back at the current deal ("The MoUs signed in…", "These include…")."""
    if current is None:
        return False
    if re.match(r"^(?:These|Those|They)\s(?:include|includes|included|cover|covered|comprise|involve)\b", sentence):
        return True
    if re.search(r"\b(?:in this regard|to this effect|to that effect|for this purpose)\b", sentence, re.I):
        return True  # "… signed an agreement in this regard at the ceremony": the deal just told
    if not _REFER.match(sentence):
        return False
    head = sentence[:80]
    noun = re.escape(current.noun.split()[-1].rstrip("s")) if current.noun else "x^"
    words = {"mou": r"MoUs?|memorand", "loan": r"loans?|credit|financing", "contract": r"contracts?|deal|project",
             "framework_agreement": r"agreements?|framework|accord|deal", "joint_venture": r"joint venture|venture|JV",
             "acquisition": r"acquisition|deal|stake|transaction", "training_programme": r"programme|program|training",
             "proposal": r"proposal|plan|initiative", "talks": r"talks|meeting|discussions",
             "other": r"agreements?|deal|accord|pact", "pledge": r"pledge|loans?|funds?|funding|grant",
             "project": r"project|initiative|platform|cable|satellite|network"
             }[current.kind]
    m = re.search(rf"\b(?:{words}|{noun}|deal|agreements?|accord|pact|transaction)\b", head, re.I)
    # "… under an agreement signed by the ministry and Huawei in November 2018": another deal
    return bool(m) and not re.search(r"\b(?:an?|another|a separate|an earlier|a previous)\s(?:\w+\s)?$", head[:m.start()], re.I)


def _continues(s: Sentence, current: Candidate, text: str) -> bool:
    """A sentence of the deal's paragraph that gives an organisation a role in it (operate, build,
    supply, finance)."""
    last = current.sentences[-1]
    if "\n" in text[last.end:s.start]:
        return False
    return any(re.search(rf"\b(?:{pattern})\b", s.text, re.I) for _, pattern in _STATED_ROLES)


def _fill(c: Candidate, s: Sentence, text: str, gaz, published: str | None, first: bool, phases: dict) -> None:
    t = s.text
    # status
    done = _ACQUIRED if c.kind == "acquisition" else r"(?!x)x"
    lent = _LENT if c.kind in ("loan", "pledge") else r"(?!x)x"
    for name, pattern in (("cancelled", CANCELLED), ("completed", done), ("under_construction", BUILDING),
                          ("operational", OPERATIONAL), ("signed", SIGNED), ("signed", AWARDED), ("signed", lent),
                          ("announced", ANNOUNCED)):
        m = re.search(rf"\b(?:{pattern})\b", t, re.I)
        if m:
            if name == "signed" and re.search(rf"\b(?:will|to|would|plans? to|expected to|set to)\s(?:be\s)?(?:{pattern})\b",
                                              t, re.I):
                name = "announced"
            if name == "signed" and re.search(r"\b(?:proposal|propos)", c.noun, re.I):
                name = "announced"
            if c.status is None:
                c.status = name
                c.note("status", s.start + m.start(), s.start + m.end(), text)
            break
    if c.kind in ("proposal", "talks") and c.status in (None, "signed", "operational", "under_construction"):
        c.status = "announced"  # "opened talks": talks are announced, never operational
    if c.kind == "training_programme" and c.status == "signed" and not re.search(SIGNED, t, re.I):
        c.status = "announced"
    # date: the first the deal's sentences state; a dateline's date ("PHNOM PENH, Jan. 22 (Xinhua) --")
    # only until a sentence states the deal's own ("inked on Monday")
    if c.date is None or c.date_weak:
        found = _date_in(t, published, announced=c.status == "announced")
        if found and not (c.date_weak and found[2]):
            if c.date_weak:
                c.evidence.pop("date", None)
            c.date, (a, b), c.date_weak = found
            c.note("date", s.start + a, s.start + b, text)
    # place of signing
    if c.place is None:
        m = re.search(rf"\b(?:{SIGNED}|inked|(?:ceremony|signing)\s(?:was\s)?(?:held|took place))\s(?:\w+\s){{0,3}}?in\s"
                      rf"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)", t)
        if m is None and first is False:
            m = re.search(r"\b(?:signed|inked|concluded)\sin\s([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)", t)
        if m:
            place = _place(m[1])
            if place:
                c.place = place
                c.note("place", s.start + m.start(1), s.start + m.end(1), text)
    if c.place is None and re.search(rf"\b(?:{SIGNED}|signing)\b", t, re.I):
        # "the signing of an MoU between the government and Huawei in Beijing": a city where a signing is told
        for m in re.finditer(r"\bin\s([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)", t):
            if _is_city(m[1]):
                c.place = _place(m[1]) or m[1]
                c.note("place", s.start + m.start(1), s.start + m.end(1), text)
                break
    # mentions: countries, technology, forum, programmes
    for mention in gaz.find(t):
        a, b = s.start + mention.start, s.start + mention.end
        if mention.kind == "capital" and mention.value not in c.countries and not _dateline(t, mention):
            c.countries.append(mention.value)  # "with Beijing": the government seated there
            c.note("countries", a, b, text)
        elif mention.kind == "country" and mention.value not in c.countries:
            c.countries.append(mention.value)
            c.note("countries", a, b, text)
        elif mention.kind == "technology" and mention.value not in c.technology:
            c.technology.append(mention.value)
            c.note("technology", a, b, text)
        elif mention.kind == "forum" and c.forum is None:
            c.forum = mention.value
            c.note("forum", a, b, text)
        elif mention.kind == "programme":
            _programme(c, mention, a, b, text, phases)
    _collapse_phases(c, t, phases)
    # technology written as "5G/6G networks"
    for m in re.finditer(r"\b([2-6])G(?:/([2-6])G)+\b", t):
        for g in re.findall(r"([2-6])G", m.group()):
            tag = f"{g}g"
            if tag not in c.technology:
                c.technology.append(tag)
                c.note("technology", s.start + m.start(), s.start + m.end(), text)
    # amounts
    for m in _AMOUNT.finditer(t):
        value, cur = _amount(m)
        if value and cur and (value, cur) not in c.amounts and not _is_background_amount(t, m):
            c.amounts.append((value, cur))
            c.note("amounts", s.start + m.start(), s.start + m.end(), text)
    # aggregates: the split the text gives
    if c.aggregate:
        for label, pattern in (("G2G", r"government[- ]to[- ]government|G2G"), ("G2B", r"government[- ]to[- ]business|G2B"),
                               ("B2B", r"business[- ]to[- ]business|B2B")):
            m = re.search(rf"\b({_NUM})\s(?:{pattern})\b", t, re.I)
            if m and label not in c.members:
                c.members[label] = _number(m[1])
                c.note("members", s.start + m.start(), s.start + m.end(), text)
    # a training programme's target
    if c.kind == "training_programme" and c.quantity is None:
        m = re.search(r"\b(?:(up to|over|more than|some|about|nearly|around)\s)?(\d[\d,]*)\s(?:\w+\s){0,2}?(youths?|students|people|"
                      r"professionals|engineers|officials|trainees)\b", t, re.I)
        if m:
            q = {"value": int(m[2].replace(",", "")), "unit": "trainees"}
            if m[1]:
                q["approximate"] = True
            c.quantity = q
            c.note("quantity", s.start + m.start(), s.start + m.end(), text)
    # what a proposal proposes ("These include joint ventures in …")
    if c.kind == "proposal" and c.proposed_arrangement is None:
        m = re.search(r"\b(?:include|including|proposing|propose[sd]?)\s(?:new\s)?(joint ventures|partnerships|"
                      r"technology partnerships|agreements|projects)\b", t, re.I)
        if m and m[1].lower() == "joint ventures":
            c.proposed_arrangement = "joint ventures"
            c.note("proposed_arrangement", s.start + m.start(1), s.start + m.end(1), text)


def _programme(c: Candidate, mention: Mention, a: int, b: int, text: str, phases: dict) -> None:
    """A programme the graph knows; the phase of a programme when the sentence names both the phase's
    programme and the programme it is a phase of, and says "phase" (the Digital Silk Road as the next
    phase of CPEC)."""
    if mention.value not in c.programme and not any(
            mention.value in pair and pid in c.programme for pid, pair in phases.items()):
        c.programme.append(mention.value)
        c.note("programme", a, b, text)


def _collapse_phases(c: Candidate, sentence: str, phases: dict) -> None:
    if not re.search(r"\bphase\b", sentence, re.I):
        return
    for pid, (programme, parent) in phases.items():
        if programme in c.programme and parent in c.programme:
            c.programme = [p for p in c.programme if p not in (programme, parent)] + [pid]


def _phases(records=None) -> dict[str, tuple[str, str]]:
    """Programme phases the records know: phase id → (the programme it carries out, the one it is a phase of)."""
    return _bundled_phases() if records is None else _read_phases(records)


@lru_cache(maxsize=1)
def _bundled_phases() -> dict[str, tuple[str, str]]:
    return _read_phases(_bundled_records())


def _read_phases(records) -> dict[str, tuple[str, str]]:
    out = {}
    for pid, r in records["programme"].items():
        values = dict(r.head)
        for claim in r.claims:
            for k, v in claim.values.items():
                values.setdefault(k, v)
        programme = values.get("programme")
        programme = programme[0] if isinstance(programme, list) and programme else programme
        if programme and values.get("phase_of"):
            out[pid] = (str(programme), str(values["phase_of"]))
    return out


def _dateline(sentence: str, mention: Mention) -> bool:
    """"ISLAMABAD: …" or "BEIJING, Dec 22 (Reuters) -": where the report was filed, not who took part."""
    return mention.start == 0 and bool(re.match(r"[A-Z\s]+(?::|,|\s[-–—])", sentence[:mention.end + 2]))


def _is_background_amount(sentence: str, m: re.Match) -> bool:
    return bool(re.search(r"\b(?:total|overall|estimated|worth of trade|trade volume|GDP|budget)\b",
                          sentence[max(0, m.start() - 60):m.start()], re.I))


def _iso_currency(code: str) -> bool:
    import pycountry

    return pycountry.currencies.get(alpha_3=code) is not None


def _amount(m: re.Match) -> tuple[int | None, str | None]:
    number = m["n1"] or m["n2"]
    scale = (m["s1"] or m["s2"] or "").lower()
    cur_text = m["cur1"] or m["cur2"]
    if m["cur1"] and scale in ("m", "b", "k") and not re.match(r"\d", number):
        return None, None
    cur = next((code for pattern, code in CURRENCIES if re.fullmatch(pattern, cur_text, re.I)), None)
    if cur == "ISO":  # any other code of ISO 4217 ("KZT 12bn", "IQD 1.2 trillion"); three capitals that are none are no amount
        cur = cur_text if _iso_currency(cur_text) else None
    if cur is None:
        return None, None
    if scale and re.fullmatch(r"\d{1,3},\d{1,2}", number):
        number = number.replace(",", ".")  # "$218,9 million": a decimal comma
    try:
        value = float(number.replace(",", "")) * _SCALE.get(scale, 1)
    except ValueError:
        return None, None
    if not scale and value < 1000:
        return None, None  # "$5" without a scale: too small to be a deal's amount, more likely a share price
    return int(round(value)), cur


def _date_in(sentence: str, published: str | None, announced: bool = False
             ) -> tuple[str, tuple[int, int], bool] | None:
    """The date a sentence gives, its span, and whether it is a dateline's (weak); None when it gives none.

    A date a speaker or a report is dated by ("said on Tuesday", "told reporters yesterday") is the
    deal's date only when the deal is the announcement itself (``announced``)."""
    found = _date_found(sentence, published, announced)
    if found is None:
        return None
    date, (a, b) = found
    dateline = (a < 40 and bool(re.match(r"[^\w]*(?:,?\s?\d{4})?\s*(?:\(|/|--|—|–|-\s)", sentence[b:b + 12])) or
                (a <= 2 and sentence[b:b + 1] in (",", ":", " "))) and not re.search(SIGNED, sentence[:a], re.I)
    # ("23 March 2017, Hannover, Germany ZTE …": a sentence that opens with its date opens with a dateline)
    if dateline:  # "PHNOM PENH, Jan. 22 (Xinhua) -- … signed … on Monday": the deal's own date after the dateline
        own = _date_found(sentence[b:], published, announced)
        if own:
            return own[0], (b + own[1][0], b + own[1][1]), False
    return date, (a, b), dateline


def _date_found(sentence: str, published: str | None, announced: bool) -> tuple[str, tuple[int, int]] | None:
    m = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?({_MONTH_RE}),?\s(\d{{4}})\b", sentence)
    if m:
        d = _iso(int(m[3]), MONTHS[m[2].rstrip(".").lower()], int(m[1]))
        if d:
            return d, m.span()
    m = re.search(rf"\b({_MONTH_RE})\s(\d{{1,2}})(?:st|nd|rd|th)?,?\s(\d{{4}})\b", sentence)
    if m:
        d = _iso(int(m[3]), MONTHS[m[1].rstrip(".").lower()], int(m[2]))
        if d:
            return d, m.span()
    m = re.search(rf"\b({_MONTH_RE})\s(\d{{1,2}})(?:\s?(?:-|–|to)\s?|\sand\s)(\d{{1,2}})\b(?:,?\s(\d{{4}}))?", sentence)
    if m and (m[4] or published):  # "from February 25 to 28": the month, not one day of it
        year = int(m[4]) if m[4] else int(published[:4]) - (MONTHS[m[1].rstrip(".").lower()] > int(published[5:7] or 12))
        return f"{year}-{MONTHS[m[1].rstrip('.').lower()]:02d}", m.span()
    m = re.search(rf"\b(?:in|on|since|from|during)\s(?:early\s|late\s|mid-)?({_MONTH_RE})\s(\d{{4}})\b", sentence)
    if m:
        return f"{m[2]}-{MONTHS[m[1].rstrip('.').lower()]:02d}", m.span(1)[:1] + m.span(2)[1:]
    m = re.search(rf"\b(In|in|On|on|[Ll]ast)\s({_MONTH_RE})(?!\s\d)\b", sentence)
    if m and published and len(published) >= 7:  # "in June", "last June": the latest June before publication
        year, month = int(published[:4]), MONTHS[m[2].rstrip(".").lower()]
        pub_month = int(published[5:7])
        if month > pub_month or (month == pub_month and m[1].lower() == "last"):
            year -= 1
        return f"{year}-{month:02d}", m.span(2)
    m = re.search(r"\b(?:[Ii]n|[Oo]n)\s(20\d\d|19\d\d)\b", sentence)
    if m:
        return m[1], m.span(1)
    if not published:
        return None
    pub = dt.date.fromisoformat(published[:10]) if len(published) >= 10 else None
    m = re.search(rf"\b({_MONTH_RE})\s(\d{{1,2}})\b(?!,?\s\d{{4}})", sentence)
    if m and len(published) >= 7:  # "on June 21": the publication year, or the year before for a date still to come
        month, day = MONTHS[m[1].rstrip(".").lower()], int(m[2])
        year = int(published[:4])
        if pub and (month, day) > (pub.month, pub.day):
            year -= 1
        d = _iso(year, month, day)
        if d:
            return d, m.span()
    if pub is None:
        return None
    said = r"\b(?:said|says|reported|reports|told|announced|according|stated|added|confirmed)\b[^.;]{0,40}$"
    if announced:
        said = r"(?!x)x"  # never: the announcement is the deal
    m = re.search(rf"\b(?:(on|last)\s)?({'|'.join(w.capitalize() for w in WEEKDAYS)})\b", sentence)
    if m and (m[1] or re.search(r"\b(?:signed|inked|agreed|held)\s$", sentence[:m.start()])) \
            and not re.search(said, sentence[:m.start()], re.I):
        back = (pub.weekday() - WEEKDAYS.index(m[2].lower())) % 7
        if m[1] == "last" and back == 0:
            back = 7
        return (pub - dt.timedelta(days=back)).isoformat(), m.span(2)
    m = re.search(r"\b(yesterday|today|this morning|earlier this month|this month|last month|last week|last year|this year)\b",
                  sentence, re.I)
    if m and not re.search(said, sentence[:m.start()], re.I):
        w = m[1].lower()
        if w == "yesterday":
            return (pub - dt.timedelta(days=1)).isoformat(), m.span(1)
        if w in ("today", "this morning"):
            return pub.isoformat(), m.span(1)
        if w in ("earlier this month", "this month"):
            return pub.isoformat()[:7], m.span(1)
        if w == "last week":
            return (pub - dt.timedelta(days=7)).isoformat()[:7], m.span(1)
        if w == "last month":
            first = pub.replace(day=1) - dt.timedelta(days=1)
            return first.isoformat()[:7], m.span(1)
        if w == "last year":
            return str(pub.year - 1), m.span(1)
        return str(pub.year), m.span(1)
    return None


def _is_city(words: str) -> bool:
    from ..resolve.countries import PLACE_WORDS, capital_country
    from ..resolve.normalise import fold

    k = fold(words)
    return bool(capital_country(k)) or (k in PLACE_WORDS and len(k) > 3)


def _place(words: str) -> str | None:
    """'Beijing' → 'Beijing, China' (a capital), 'Kenya' → 'Kenya'; None when it is no place the graph knows."""
    from ..resolve.countries import capital_country, countries_in
    from ..resolve.normalise import fold
    from ..sources.values import country_name

    code = capital_country(words)
    if code:
        return f"{words}, {country_name(code)}"
    found = countries_in(fold(words))
    if found and " ".join(found) == fold(words):
        return words
    return None


# -- parties ---------------------------------------------------------------------------------------------------

def _resolver(records):
    """A fresh resolver (it creates entities as it goes) over the records, the bundled ones read once."""
    from ..resolve.orgs import Resolver

    return Resolver.from_records(records if records is not None else _bundled_records(), dataset="extract")


@lru_cache(maxsize=1)
def _bundled_records():
    from ..records.load import load_records

    return load_records()


_BODY_NAME = re.compile(r"(?:Ministry|Department|Agency|Authority|Commission|Office|Bureau|Directorate)\s(?:of|for)\s"
                        r"(?:the\s)?[A-Z]\w+(?:\s(?:and|of|for|the|&)?\s?[A-Z]\w+){1,}")
_GOVERNMENT_HEAD = re.compile(r"\b(?:Ministry|Authority|Commission|Agency|Department|Council|Board|Bureau|Directorate|"
                              r"Administration|Regulator)\b")
_CHINESE_WORDS = re.compile(r"\b(?:Chinese|China|Beijing)\b")


def _parties(c: Candidate, text: str, gaz, resolver) -> None:
    """The parties of a candidate: the names its sentences give (and, for "the two firms signed…", the
    nearest sentence before that names two), linked through the resolution rules."""
    seen: set[str] = set()
    before = []
    for s in c.antecedents:  # nearest first: the first that names two is the one "the two firms" points at
        spans = _names_in(c, s, text, gaz, resolver)
        if len(spans) >= 2:
            before = [(s, spans)]
            break
    persons = _persons(text)
    for s, spans in before + [(s, _names_in(c, s, text, gaz, resolver)) for s in c.sentences]:
        t = s.text
        last_end = -10
        for a, b, name, known in sorted(spans, key=lambda x: x[:2]):
            if known is None and any(name == p or f" {name}" in f" {p}" or name.endswith(f" {p}") for p in persons):
                continue  # "Vladimir Putin", "Duma": a person the article names by office elsewhere
            if re.fullmatch(r"\s*\(", t[last_end:a]) and re.match(r"\s*\)", t[b:]):
                continue  # "China Telecom Global (CTG)": the bracket names the same party
            country = _country_before(t, a)
            if known is None and not _distinctive(name) and not _acronym_follows(name, t[b:]):
                # "Information Technology": no word that tells which body — but "the ICT Authority",
                # "the Foreign Ministry" of a deal with one country besides China is that country's, and
                # "China's Export-Import Bank" is the one bank of that name the records know in China
                home = [k for k in c.countries if k != "CHN"]
                if _GOVERNMENT_HEAD.search(name) and (country or len(home) == 1):
                    country = country or home[0]
                elif not (country and resolver.resolve(name, country=country).entity.curated) and \
                        not _BODY_NAME.match(name):
                    continue  # "Ministry for Development of Information Technologies and Communications" is a name
            last_end = b
            if known:
                e = resolver.entity(known)
                match_id, new, kind, e_country = e.id, not e.curated and not e.authority, e.kind, e.country
            else:
                m = resolver.resolve(name, country=country)
                e = m.entity
                match_id, new, kind, e_country = e.id, not e.curated, e.kind, e.country
            if match_id in seen:
                continue
            seen.add(match_id)
            stated = _stated_role(t, b)
            role = stated or _role(c, kind, e_country, " ".join(x.text for x in c.sentences))
            c.parties.append(Party(name, role, kind, e_country, match_id, new, Span(s.start + a, s.start + b, name),
                                   e.parent, bool(stated)))
            c.note("parties", s.start + a, s.start + b, text)
            if e_country and e_country not in c.countries:
                c.countries.append(e_country)


@lru_cache(maxsize=64)
def _persons(text: str) -> frozenset[str]:
    """People the article names after an office or a title ("Russian President Vladimir Putin",
    "Minister for Public Enterprises and State Investment William Duma"): the last two capitalised
    words of the run of names after the title."""
    titles = "|".join(sorted(_TITLES, key=len, reverse=True))
    out = set()
    for m in re.finditer(rf"\b(?:{titles})\.?(?=((?:\s(?:of|for|and|the|&)|\s[A-Z][\w'’.-]*){{1,10}}))", text):
        words = m[1].split()
        end = next((i for i, w in enumerate(words) if w.endswith(".") and len(w) > 2), None)
        words = words[:end + 1] if end is not None else words  # the run ends with its sentence
        end = next((i for i, w in enumerate(words) if i and w in _TITLES), None)
        words = words[:end] if end is not None else words  # "… Vladimir Putin and Chinese President Xi Jinping"
        while words and (words[-1] in ("and", "of", "for", "the", "&") or _is_demonym(words[-1])):
            words = words[:-1]
        if len(words) >= 2 and all(w[0].isupper() for w in words[-2:]):
            name = " ".join(words[-2:]).rstrip(".")
            if not re.search(rf"\b(?:{ORG_HEADS})\b", name) and not _is_place(name):
                out.add(name)
    return frozenset(out)


def _names_in(c: Candidate, s: Sentence, text: str, gaz, resolver) -> list[tuple[int, int, str, str | None]]:
    """The names of organisations one sentence gives, as (start, end, name, id when known): names the
    gazetteer knows, countries that sign, "the government" of a one-country deal, names with a head word
    ("… Authority"), "the ministry" the article named before, and names where a party stands."""
    t = s.text
    spans: list[tuple[int, int, str, str | None]] = []
    mentions = gaz.find(t)
    for mention in mentions:
        if mention.kind == "organisation":
            spans.append((mention.start, mention.end, mention.text, mention.value))
    for mention in _country_parties(c, s, mentions):
        spans.append((mention.start, mention.end, mention.text, resolver.government(mention.value).id))
    for mention in mentions:  # "Mexico's government", "the Ugandan government"
        m = re.compile(r"(?:['’ʼ]s)?\s[Gg]overnments?\b(?!\sof)").match(t, mention.end)
        if mention.kind == "country" and m:
            spans.append((mention.start, m.end(), t[mention.start:m.end()], resolver.government(mention.value).id))
    home = [k for k in c.countries if k != "CHN"]
    for m in _THE_GOVERNMENT.finditer(t) if not c.aggregate else ():
        if m["level"] and m["level"].lower() not in ("federal", "national", "central"):
            spans.append((m.start("np") + 4, m.end("np"), m["np"][4:], None))  # "the provincial government"
        elif len(home) == 1:
            spans.append((m.start("np"), m.end("np"), m["np"], resolver.government(home[0]).id))
    taken = [(x.start, x.end) for x in mentions if x.kind in ("organisation", "programme", "forum")]
    for at, name in _org_names(t, mentions):
        if any(a <= at < b or at <= a < at + len(name) for a, b in taken):
            continue
        if name.split()[0] in _TITLES:
            continue  # "Minister for Innovation and Technology László Palkovics": a person's office
        if any(x.kind in ("country", "capital") and x.start == at and x.end >= at + len(name) - 1 for x in mentions):
            continue  # a country's name alone ("Pakistan Telecom" is a name; "Pakistan" is not)
        if len(name.split()) < 2 or name.split()[0] in ("The", "This", "These", "In", "On", "Under"):
            if name.split()[0] == "The":
                name, at = name[4:], at + 4
            if len(name.split()) < 2:
                continue
        spans.append((at, at + len(name), name, None))
    for m in _DEFINITE.finditer(t):  # "signed by the ministry and Huawei": the ministry the article named before
        np = "np" if m["np"] else "np2"
        if any(a <= m.start(np) < b for a, b, _, _ in spans):
            continue
        fits = _DEFINITE_FITS.get((m["head"] or m["subject"]).lower())
        named = [(at, name) for at, name in _named_before(text, s.start, gaz)
                 if (fits is None or re.search(fits, name)) and name not in t]
        if named:  # linked here: named before, it is as specific as the article made it
            spans.append((m.start(np), m.end(np), named[-1][1], resolver.resolve(named[-1][1]).entity.id))
    masked = _APPOSITIVE.sub(lambda m: " " * len(m.group()), t)  # "Kyrgyztelecom, a company in Kyrgyzstan, and …"
    for at, name in ([] if c.aggregate or _title_case(t) else _positional(masked)):
        if any(a <= at < b or at <= a < at + len(name) for a, b in taken) or \
                any(a <= at < b or at <= a < at + len(name) for a, b, _, _ in spans):
            continue
        if any(x.start <= at and x.end >= at + len(name) for x in mentions):
            continue  # a country, a place, a technology…: not an organisation
        spans.append((at, at + len(name), name, None))
    # "SCF, a wholly-owned subsidiary of Digicel Group": the parent is not a party of the deal
    return [x for x in spans if not _OWNER_BEFORE.search(t, max(0, x[0] - 60), x[0])]


_OWNER_BEFORE = re.compile(r"\b(?:subsidiary|unit|arm|affiliate|division|parent)\s(?:company\s)?of\s"
                           r"(?:the\s)?(?:[\w-]+\s){0,3}$")


_THE_GOVERNMENT = re.compile(r"\b(?:between|with|by|and)\s(?P<np>the\s(?:(?P<level>provincial|regional|state|federal|national|"
                             r"central|municipal|city|local)\s)?(?:[Gg]overnment|[Ss]tate))\b(?!\sof)")
_APPOSITIVE = re.compile(r",\s(?:a|an|the)\s[^,()]{3,80},(?=\s(?:and|&|has|have|had|signed|will|is|was)\b)")
# "by the ministry", "the state-owned telco has been in talks…": an organisation the article named before
_DEFINITE = re.compile(r"\b(?:by|between|with|and)\s(?P<np>the\s(?P<head>ministry|bank|authority|agency|commission|"
                       r"department|regulator))\b(?!\sof)|(?:^|,\s)(?P<np2>[Tt]he\s(?:[\w-]+\s){0,2}?(?P<subject>telco|operator|carrier|"
                       r"ministry|bank|lender|regulator))\s(?:has|have|had|is|was|will|signed|agreed|said)\b")
_DEFINITE_FITS = {"ministry": r"\bMinistry\b", "bank": r"\bBank\b", "lender": r"\bBank\b",
                  "authority": r"\bAuthority\b", "agency": r"\bAgency\b", "commission": r"\bCommission\b",
                  "department": r"\bDepartment\b", "regulator": r"\b(?:Authority|Commission|Regulator|Regulatory)\b",
                  "telco": r"Tel|Mobile|Communications|Networks", "operator": r"Tel|Mobile|Communications|Networks",
                  "carrier": r"Tel|Mobile|Communications|Networks"}


def _named_before(text: str, end: int, gaz) -> list[tuple[int, str]]:
    """The organisations named in ``text`` before ``end`` (known to the gazetteer, or with a head
    word), in order."""
    before = text[:end]
    mentions = gaz.find(before)
    named = _org_names(before, mentions) + [(x.start, x.text) for x in mentions if x.kind == "organisation"]
    return sorted((at + 4, name[4:]) if name.startswith("The ") else (at, name) for at, name in named)


def _org_names(t: str, mentions: list[Mention]) -> list[tuple[int, str]]:
    """Names with an organisation's head word ("Ministry of Finance of Tajikistan"), each with where it
    starts. A run of capitals holding two names is cut where the second begins — a name the gazetteer
    knows ("the Saudi Ministry of Hajj and Umrah and Huawei"), a country's possessive ("… and China's
    Export-Import Bank") — and a leading place or possessive is left out ("Zambia's Ministry of
    Finance" is the ministry)."""
    starts = {x.start for x in mentions if x.kind == "organisation"}
    ends = {x.end for x in mentions if x.kind == "organisation"}
    out = []
    for m in _ORG_RE.finditer(t):
        if _EVENT_AFTER.match(t, m.end()):
            continue  # "World Mobile Exhibition", "Huawei Cloud Summit": an event, not an organisation
        pieces, start, stop = [], m.start(), m.end()
        more = re.compile(rf"\s(?:and|&)\s(?:{ORG_HEADS})\b").match(t, stop)
        if more and _GOVERNMENT_HEAD.search(m.group()) and more.end() not in ends:
            stop = more.end()  # "Ministry for Development of Information Technologies and Communications"
        for cut in re.finditer(r"\s(?:and|&)\s", t[m.start():stop]):
            right, left = m.start() + cut.end(), m.start() + cut.start()
            if right in starts or left in ends or re.match(r"[A-Z][\w-]+(?:'s|’s)\s", t[right:]):
                pieces.append((start, t[start:m.start() + cut.start()]))
                start = right
        pieces.append((start, t[start:stop]))
        for at, name in pieces:
            lead = len(name) - len(name.lstrip(" .,"))
            name, at = name.strip(" .,"), at + lead
            pair = re.match(r"([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s(?:and|&)\s(?=[A-Z])", name)
            if pair and _is_place(pair[1]):  # "Tajikistan and China's Export-Import Bank": the bank is the name
                name, at = name[pair.end():], at + pair.end()
            owner = re.match(r"[A-Z][\w-]+(?:'s|’s)\s", name)  # "Zambia's Ministry of Finance"
            if owner:
                name, at = name[owner.end():], at + owner.end()
            if name and re.search(rf"\b(?:{ORG_HEADS})\b", name) and not _LEGAL_FORM_ONLY.fullmatch(name):
                out.append((at, _with_legal_form(t, at, name)))
    return out


# "World Mobile Exhibition", "Xichang Satellite Launch Center": an event or a place named after a head word
_NOT_ORG_HEADS = (r"Exhibition|Summit|Forum|Congress|Conference|Expo|Week|Fair|Awards?|Day|Festival|Show|Competition|"
                  r"Challenge|Contest|Cup|Cent(?:er|re)|Station|Park|Campus|Zone|Airport|Port|Building|Plant|Factory|"
                  r"News|Times|Post|Herald|Tribune|Gazette|Journal")  # … and a newspaper is who reports, not who signs
_EVENT_AFTER = re.compile(rf"(?:\s[A-Z][\w-]*){{0,2}}\s(?:{_NOT_ORG_HEADS})\b")
_LEGAL_FORM_ONLY = re.compile(r"(?:(?:Co|Corp|Ltd|Inc|LLC|PLC|JSC|Limited|S\.A|AG|GmbH|Pvt)\.?,?\s?)+")


_SIGNING = rf"(?:{SIGNED}|{AWARDED}|{FINANCED}|held|hold|agreed)"


def _country_parties(c: Candidate, s: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Countries the deal's first sentence names as the ones who signed: "Cambodia and Timor-Leste
    signed an MoU", "an agreement between Kenya and China", "Vanuatu signed … with China" (never for
    an aggregate: who signed each of its agreements is not said)."""
    if c.aggregate or s is not c.sentences[0]:
        return []
    t = s.text
    places = [m for m in mentions if m.kind == "country"]
    out = []
    for m in places:
        before, after = t[:m.start], t[m.end:]
        subject = re.match(rf"(?:\s(?:and|&)\s[A-Z][^;:]{{0,80}}?)?\s(?:has\s|have\s|had\s|on\s\w+\s|"
                           rf"formally\s|officially\s)?{_SIGNING}\b", after, re.I)
        paired = re.search(r"(?:^|[\s,])(?:and|&)\s$", before) and re.match(
            rf"\s(?:has\s|have\s|had\s|on\s\w+\s)?{_SIGNING}\b", after, re.I)
        between = re.search(r"\bbetween\s(?:the\s)?$|\bbetween\s(?:the\s)?[A-Z][\w-]+(?:\s[A-Z][\w-]+)?\s(?:and|&)\s$", before)
        with_ = re.search(rf"\b{_SIGNING}\b[^.;]{{0,80}}\bwith\s$", before, re.I)
        if subject or paired or between or with_:
            if not re.match(r"['’]s\b|n\b|ese\b", after):  # "Kenya's ministry …": the ministry is the party
                out.append(m)
    return out


# a name as news writes it: capitalised words, joined by "of", "and", "&", "de"…, an acronym in brackets
_NP = (r"(?:[A-Z][\w'’&.-]*[\w&]|[A-Z])(?:(?:\s(?:of|and|&|for|de|dos|da|du|des|la|del|y|the|e)\s|\s|-)"
       r"(?:[A-Z][\w'’&.-]*[\w&]|[A-Z]{2,}|\d\w*))*(?:,?\s(?:Co\.,?\s)?(?:Ltd|Limited|Inc|LLC|PLC|JSC|S\.A|AG|GmbH|Pvt)\b\.?)?"
       r"(?:\s\([A-Z][\w&-]*\))?")
_POSITIONS = [
    rf"\bbetween\s(?:the\s)?(?P<a>{_NP})\s(?:and|&)\s(?:the\s)?(?P<b>{_NP})",
    rf"(?:^|[,;]\s|\bas\s|\bthat\s)(?:the\s)?(?P<a>{_NP})\s+(?:and|&)\s(?:the\s)?(?P<b>{_NP})\s(?:have\s|has\s|had\s|on\s\w+\s|"
    rf"formally\s|jointly\s|also\s)?(?:{SIGNED}|{AWARDED}|teamed up|tied up|joined hands|partnered|will\s\w+|formed|"
    rf"established|set up|created|launched|are to\s\w+)\b",
    rf"(?:^|[,;]\s|\bas\s|\bthat\s)(?:the\s)?(?P<a>{_NP})\s(?:has\s|have\s|had\s|on\s\w+\s|formally\s|also\s|jointly\s|recently\s)?"
    rf"(?:{SIGNED}|{AWARDED}|{FINANCED}|{BUILT}|acquired|bought|selected|picked|chose|ordered|teamed up|tied up|"
    rf"partnered|joined hands|will\s(?:build|supply|install|deploy|provide|finance|fund|acquire|buy|sign|work|co-build)|"
    rf"is\s(?:to|set to)\s\w+|(?:was|were|has been|had been)\s(?:picked|selected|chosen|awarded|contracted|hired))\b",
    rf"(?:^|\s)(?P<a>{_NP})['’]s\s(?:\w+\s)?(?:acquisition|purchase|takeover|buyout)\sof\s(?:the\s)?(?P<b>{_NP})",
    # "Huawei and Malaysia's operator, Telekom Malaysia, signed": a name between commas before the verb
    rf",\s(?P<a>{_NP}),\s(?:\W\s)?(?:has\s|have\s|had\s)?(?:{SIGNED}|{AWARDED})\b",
    # "from acquiring American server company 3Leaf Systems": what is bought, after its description
    rf"\b(?:acquir(?:e|ed|es|ing)|buy(?:s|ing)?|bought|purchas(?:e|ed|es|ing)|takeover\sof|stake\sin)\s(?:an?\s|the\s)?"
    rf"(?:[A-Z][a-z]+\s)?(?:[a-z][\w-]*\s){{1,3}}(?P<a>(?:\d[A-Z][a-z]{{2,}}\w*\s?)?{_NP})",
    rf"\b(?:contracted|appointed|hired|engaged|commissioned|retained|selected|picked|chose)\s(?:the\s)?(?P<a>{_NP})",
    rf"\b(?:with|by|from|to)\s(?:the\s)?(?:Chinese\s(?:firm|company|vendor|giant|bank)\s|(?:telecom|technology)\s(?:firm|company|"
    rf"giant|operator)\s)?(?P<a>{_NP})",
]
_POSITION_RES = [re.compile(p) for p in _POSITIONS]
_ROUTE_OR_PERSON = re.compile(r"(?:\bfrom\s(?:the\s)?[A-Z][\w-]*(?:\s[A-Z][\w-]*)?\sto\s|\b(?:chaired|headed|led|founded|"
                              r"presided|owned|run)\sby\s)(?:the\s)?$")
_LIST_NEXT = re.compile(rf"(?:,\s(?:and\s)?|,?\s(?:and|&)\s)(?:the\s)?(?P<a>{_NP})")
_NOT_NAMES = frozenset("""The This These That Those It Its He She They We I In On At Under Under According After Before
    During While When Also But And As For From With By Last Next Earlier Later Meanwhile However Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August September October November
    December President Minister Prime Premier Chairman CEO CTO Mr Mrs Ms Dr Prof Secretary Ambassador Director
    Governor Deputy Vice General Manager Chief Officer State Media Reuters Xinhua AFP AP Bloomberg""".split())


def _title_case(sentence: str) -> bool:
    """A headline in title case ("Pakistan, China Sign 24 Tech MoUs"): capitals say nothing of names there."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", sentence) if w.lower() not in ("of", "and", "to", "in", "on", "for",
                                                                                   "the", "a", "an", "with", "at", "by")]
    return len(words) >= 3 and not re.search(r"[.!?][\"”’']?$", sentence.strip()) and \
        sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_TITLES = frozenset("""President Minister Prime Premier Chairman Chairwoman CEO CTO CFO Mr Mrs Ms Dr Prof Secretary Ambassador
    Governor Deputy Vice Director Eng Engr Sheikh King Queen Prince Crown Senator Mayor Chief""".split())
_REGION_WORDS = frozenset("north south east west central northern southern eastern western african asian gulf arab "
                          "european latin american pacific caribbean middle".split())


def _is_demonym(word: str) -> bool:
    from ..resolve.countries import countries_in
    from ..resolve.normalise import fold

    w = fold(word.rstrip("’'s"))
    return w in _REGION_WORDS or (w.endswith(("an", "ese", "ish", "i")) and bool(countries_in(w)))


def _is_place(name: str) -> bool:
    """A country, region or city alone ("Rawalpindi", "North African", "Gulf"), not an organisation's name."""
    from ..resolve.countries import PLACE_WORDS, capital_country, countries_in
    from ..resolve.normalise import fold

    k = " ".join(fold(name).replace("’", "'").replace("'s", "").split())
    if capital_country(k) or (countries_in(k) and " ".join(countries_in(k)) == k):
        return True
    return all(w in PLACE_WORDS or w in _REGION_WORDS for w in k.split())


def _positional(sentence: str) -> list[tuple[int, str]]:
    """Names where a party stands: "between A and B", "A and B signed", "A will build", "with B" (and
    the rest of a list: "with Huawei, Nokia and Ericsson", "contracted Nokia and Huawei")."""
    out = []
    for rx in _POSITION_RES:
        listed = rx in _POSITION_RES[-2:]
        for m in rx.finditer(sentence):
            groups = [(m.group(g), m.start(g)) for g in ("a", "b") if g in rx.groupindex and m.group(g) is not None]
            if listed and _ROUTE_OR_PERSON.search(sentence, max(0, m.start() - 30), m.start("a")) or (
                    listed and re.match(r"\s(?:to|and)\s", sentence[m.end("a"):]) and
                    re.search(r"\bfrom\s(?:the\s)?$", sentence[max(0, m.start("a") - 10):m.start("a")])):
                continue  # "from Sydney to PNG": a route; "chaired by Philip Falcone": a person
            pos = m.end("a")
            while listed and (nxt := _LIST_NEXT.match(sentence, pos)):
                groups.append((nxt["a"], nxt.start("a")))
                pos = nxt.end("a")
            for name, at in groups:
                pieces = [name] if not listed or re.search(rf"\b(?:{ORG_HEADS})\b", name) else \
                    re.split(r"(?<=\S)\s(?:and|&)\s(?=\S)", name)  # "Nokia and Huawei": two names
                for piece in pieces:
                    at = sentence.index(piece, at)
                    found = _clean_name(sentence, piece, at)
                    if found:
                        out.append(found)
    return out


def _clean_name(sentence: str, name: str, at: int) -> tuple[int, str] | None:
    """A name found where a party stands, without the words that are not the name's, or None when
    what is left is a person, a place or no name."""
    words = name.split()
    titled = False
    # "Chinese President Xi", "Qatar's Power International Holding", "In June": not the name's words;
    # "Southern Caribbean Fiber", "Saudi Telecom Company": a demonym before a name is the name's
    while words and (words[0] in _NOT_NAMES or words[0].rstrip("’'s") in _NOT_NAMES or
                     (re.search(r"['’]s$", words[0]) and _is_place(words[0][:-2])) or
                     (_is_demonym(words[0]) and (len(words) == 1 or words[1] in _NOT_NAMES))):
        titled = titled or words[0] in _TITLES
        at += len(words[0]) + 1
        words = words[1:]
    if titled or (sentence[max(0, at - 12):at].split()[-1:] and sentence[max(0, at - 12):at].split()[-1] in _TITLES):
        return None  # "President Xi Jinping", "Prime Minister Mostafa Madbouly": a person
    name = re.sub(r"\s\([^)]*\)$", "", " ".join(words).rstrip(".,"))  # "… (SCF)": the name, not its initials
    name = re.sub(r"(?:'s|’s)$", "", name)
    if re.search(r"\s(?:and|&)\s", name) and not re.search(rf"\b(?:{ORG_HEADS})\b", name):
        return None  # "Kenya and China": two names, each found where it stands
    if re.search(r"\s(?:for|of|and|de)\s", name) and all(_is_place(w) for w in re.split(r"\s(?:for|of|and|de)\s", name)):
        return None  # "built by China for Pakistan": two places
    if not name or name in _NOT_NAMES or len(name) < 2 or re.fullmatch(r"[\d\W]+", name) or _is_place(name) \
            or _LEGAL_FORM_ONLY.fullmatch(name) or re.search(rf"\b(?:{_NOT_ORG_HEADS})$", name):
        return None
    return at, _with_legal_form(sentence, at, name)


_LEGAL_AFTER = re.compile(r"\.?,?\s(?:Co\.,?\s)?(?:Ltd|Limited|Inc|LLC|PLC|JSC|S\.A|AG|GmbH|Pvt)\b\.?")


def _with_legal_form(t: str, at: int, name: str) -> str:
    """"Shanghai LinkWise Data Intelligence Co., Ltd.": the name with the legal form the text gives it."""
    m = _LEGAL_AFTER.match(t, at + len(name))
    if m:
        return t[at:m.end()]
    if re.search(r"\b(?:Co|Corp|Ltd|Inc|Pvt|Bhd)$", name) and t[at + len(name):at + len(name) + 1] == ".":
        return name + "."  # "… Co., Ltd. have signed": the abbreviation's full stop
    return name


def _acronym_follows(name: str, after: str) -> bool:
    """"Power International Holding (PIH)": a name the text gives its own initials is a proper name."""
    m = re.match(r"\s*\(([A-Z]{2,6})\)", after)
    return bool(m) and "".join(w[0] for w in name.split() if w[0].isupper()) == m[1]


def _distinctive(name: str) -> bool:
    from ..resolve.countries import countries_in
    from ..resolve.normalise import distinctive, key

    k = key(name)
    return bool(distinctive(k, frozenset(countries_in(k)))) or bool(countries_in(k))


def _country_before(sentence: str, start: int) -> str | None:
    """"Pakistan's Ministry of IT": the country a possessive or adjective before a name gives."""
    from ..resolve.countries import countries_in
    from ..resolve.normalise import fold

    m = re.search(r"([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:'s|’s)?\s$", sentence[max(0, start - 40):start])
    if not m:
        return None
    found = countries_in(fold(m[1]).replace("'s", ""))
    return next(iter(found.values())) if len(set(found.values())) == 1 else None


_STATED_ROLES = (("operator", r"will operate|operates|to operate|is to operate|will run"),
                 ("contractor", r"will build|builds|is building|to build|will construct|will lay|will install"),
                 ("supplier", r"will supply|supplies|to supply|will provide equipment"),
                 ("financier", r"will finance|finances|to finance|will fund|funds|is funding"))


def _stated_role(sentence: str, end: int) -> str | None:
    """A role the sentence gives the name that ends at ``end``: "Zamtel will operate the network"."""
    after = sentence[end:end + 40]
    after = re.sub(r"^\s*\([^)]*\)", "", after)  # "(Zamtel)"
    for role, pattern in _STATED_ROLES:
        if re.match(rf"\s*,?\s*(?:{pattern})\b", after, re.I):
            return role
    return None


def _role(c: Candidate, kind: str, country: str | None, sentence: str) -> str:
    from ..resolve.orgs import kind_class

    cls = kind_class(kind)
    if c.kind == "loan":  # the bank lends; a Chinese firm builds with the money; a company or agency borrows it
        if kind == "bank":
            return "financier"
        if country == "CHN" and cls in ("business", None):
            return "contractor"
        return "beneficiary" if kind in ("state_owned_enterprise", "private_company", "agency") else "signatory"
    if c.kind in ("contract", "project"):  # a Chinese company builds or supplies; the other side signs or takes part
        if country == "CHN" and cls in ("business", None):
            return "supplier" if _SUPPLY_WORDS.search(sentence) else "contractor"
        return "signatory" if c.kind == "contract" else "partner"
    if c.kind == "joint_venture":
        return "owner"
    if c.kind == "acquisition":
        return "owner" if country == "CHN" else "partner"
    if c.kind == "training_programme":
        return "owner" if cls == "government" else "partner"
    if c.kind in ("proposal", "talks"):
        return "partner"
    return "signatory"
