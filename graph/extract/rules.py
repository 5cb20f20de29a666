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

Sentences no candidate reads that may still tell a deal (a deal's word and a name) are listed for the
curator to check (:func:`to_check`).

This module walks the article sentence by sentence, fills each candidate's fields and merges the
mentions of one deal; where a deal is told lives in :mod:`.deals`, dates in :mod:`.dates`, who the
parties are in :mod:`.parties`, and the words all of them read in :mod:`.vocabulary`.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from functools import lru_cache

from ..resolve.orgs import guess_kind
from .dates import _date_in, _publication_date, since_clauses
from .deals import (BULLET, ORDINAL_DEAL, SAID_THE_DEAL, SERVICE_DEAL, _COST_OF_IT, _DEFINITE_NOUN, _HYPOTHETICAL, _MADE_BY_IT,
                    _PRIORITY, _continues, _deal, _kind_of, _number, _refers)
from .gazetteer import Mention, gazetteer
from .model import Candidate, Extraction, Party, Span
from .parties import (_CHINESE, CURRENCY_AFTER, _bundled_records, _country_of, _mentions, _names_of_article, _parties,
                      _resolver, _role, _title_case, a_persons_surname, borrower_implied, borrowing_bank, chinese_side,
                      lends_through_its_bank)
from .text import Sentence, sentences
from .vocabulary import (
    ANNOUNCED,
    AWARDED,
    BUILDING,
    BUILT,
    CANCELLED,
    CONCLUDED_NOUN,
    CURRENCIES,
    EVENT_HEADS,
    GIVEN_TO,
    HEADLINE_VERBS,
    HIRING,
    MAY_TELL_A_DEAL,
    OPERATIONAL,
    ORG_HEADS,
    SHARED_CURRENCIES,
    SIGNED,
    SIGNED_NOT_AGREED,
    SIGNED_WORD,
    iso_currency,
    _ACQUIRED,
    _AMOUNT,
    _ANAPHORA,
    _LENT,
    _MONTH_RE,
    _NOUN_RE,
    _NUM,
    _SCALE,
    _VERBS,
    _WEEKDAY_RE,
)

__all__ = ["Span", "Party", "Candidate", "Extraction", "extract", "to_check", "draft", "named_organisations"]


def extract(raw_text: str, *, published: str | None = None, records=None) -> Extraction:
    """Candidate partnerships of an article (plain text, already read: see :func:`.text.read_article`)."""
    text = raw_text
    gaz = gazetteer(records)
    phases = _phases(records)
    published = published or _publication_date(text)
    whole = sentences(text)
    sents = [piece for s in whole for part in _two_signings(s, text) for piece in _relative_deal(part, text, published)]
    own = {s.start for s in sents} - {s.start for s in whole}  # (a clause cut off to tell a deal of its own)
    candidates: list[Candidate] = []
    current: Candidate | None = None
    last: Candidate | None = None
    dateline: tuple[int, str, tuple[int, int]] | None = None  # a line of its own: "Bishkek, Jan. 11, 2018 / Kabar /."
    headline = _headline_line(text)
    title_end = headline.end() if headline and not headline.group().rstrip().endswith(".") else 0  # the headline's line
    for i, s in enumerate(sents):
        described = _VENTURE_DESCRIBED.search(s.text)
        if described:  # "… signed the deal with ZOI, a joint venture formed in May by Zain Group and Omantel.": two deals
            s = Sentence(s.start, s.end, s.text[:described.start()] + " " * len(described.group()) + s.text[described.end():])
        deal = _deal(s, text) or _the_whole(s, text)
        if deal is None and dateline is None and i < 6 and len(s.text) <= 80:
            found = _date_in(s.text, published)
            if found and found[2]:
                dateline = (i, found[0], (s.start + found[1][0], s.start + found[1][1]))
        current = _arrangement_named(s, current, candidates)
        told = current or last
        otherwise = deal is not None and _dated_otherwise(s, told, published)
        if deal is not None and (BULLET.match(s.text) or otherwise or s.start in own):
            told = None  # an item of a list tells a deal of its own, and so does a deal signed on another date
        main, earlier = None, _CAME_AFTER.search(s.text) if deal is not None and told is not None else None
        # (main: the deal told before, when this sentence tells an earlier one after "comes after")
        if earlier and (before := _deal(Sentence(s.start + earlier.end(), s.end, s.text[earlier.end():]), text)):
            # "The deal comes three months after the Kenyan government and Huawei signed an agreement to …": the
            # deal told after "after" is an earlier one of its own
            main, told, deal, s = told, None, before, before.sentences[0]
            deal.earlier = True
        if told is not None and _tells_again(s, deal, told, paragraph_over=current is None) and \
                not (deal is not None and _PART_OF.search(s.text)):
            _named_again(told, deal)
            current, deal = told, None
            current.sentences.append(s)
            _fill(current, s, text, gaz, published, first=False, phases=phases)
        elif deal is not None and (told is None or not (refers := _refers(s.text, current)) or
                                   _another_kind(s, deal, current) or _PART_OF.search(s.text)):
            if told is not None and refers:  # (the clause that tells the deal of another kind)
                cut = _clause_of(s, deal)
                s = Sentence(s.start + cut, s.end, s.text[cut:])
                deal.sentences[0] = s
            current = deal
            current.headline = s.start < title_end or _title_case(s.text)
            candidates.append(current)
            _fill(current, s, text, gaz, published, first=True, phases=phases)
            if ORDINAL_DEAL.match(s.text):  # "signed three agreements on April 27 … The second agreement …"
                counted = next((o for o in reversed(candidates[:-1]) if not ORDINAL_DEAL.match(o.sentences[0].text)), None)
                if counted is not None and re.search(r"s\b", counted.noun or ""):
                    _inherit(current, counted)
            elif _MEMBERS_TOLD.search(s.text):  # "Five MoUs were signed … yesterday. … the MoUs signed included A and B"
                counted = next((o for o in reversed(candidates[:-1]) if o.aggregate), None)
                if counted is not None:
                    _inherit(current, counted)
            if current.date is None and dateline and i - dateline[0] <= 2 and current.status != "announced":
                current.date, current.date_weak = dateline[1], True  # the lead under a dateline tells that day's news
                current.note("date", *dateline[2], text)
            anaphor = _ANAPHORA.search(s.text)
            # ("In 2016, the two sides signed a $50 million contract": the pair named before, whatever the date)
            if anaphor and (not otherwise or re.match(r"(?:the|these)\s(?:two|three|four|five)\s|both\s", anaphor.group(), re.I)):
                # "The two firms signed…": who they are, a sentence before says
                # (not "The contract for … was signed in October last year" after another one: its parties are not said)
                current.antecedents = sents[max(0, i - 3):i][::-1]
            if main is not None:
                current = main  # ("The deal …" after it is still the one the article is about)
        elif current is not None and _refers(s.text, current):
            current = _whose_deal(s, current, candidates)
            _named_again(current, deal)
            if current.kind == "other" and SERVICE_DEAL.search(s.text) and not current.aggregate:
                current.kind = "contract"  # "The deal with CTG is a strategic subsea capacity and connectivity agreement"
            current.sentences.append(s)
            _fill(current, s, text, gaz, published, first=False, phases=phases)
        elif deal is None and current is not None and _continues(s, current, text):
            current.sentences.append(s)  # "Zamtel will operate the network": a party and its role
        elif deal is None and current is not None:
            current = None
        elif deal is None and current is None and last is not None and _cost_of_named(s.text, last):
            # ("… the cost of SAIL will reach US$136 million" paragraphs after the SAIL deal: what it costs)
            current = last
            current.sentences.append(s)
            _fill(current, s, text, gaz, published, first=False, phases=phases)
        elif deal is None and last is not None and last.kind == "project" and _MADE_BY_IT.search(s.text):
            # ("It was developed by the China Academy of Space Technology" a paragraph after the launch: who made it)
            current = last
            current.sentences.append(s)
        last = current or last
        if described and (deal is not None or not _HYPOTHETICAL.search(s.text)):
            # (a deal of its own whatever the rest of the sentence tells: "TopStar, a joint venture between ZNBC and StarTimes,
            # has been authorized by the government to oversee digital migration")
            group = "jv" if described["jv"] else "jv2"
            at = s.start + described.start(group)
            venture = Candidate("joint_venture", noun="joint venture")
            venture.sentences.append(Sentence(at, s.start + described.end(group), described[group]))
            noun = re.search(r"joint\sventure|consortium", described[group])
            venture.note("kind", at + noun.start(), at + noun.end(), text)
            _fill(venture, venture.sentences[0], text, gaz, published, first=True, phases=phases)
            candidates.append(venture)
    candidates = _introduced(candidates)
    resolver = _resolver(records)
    for c in candidates:
        _parties(c, text, gaz, resolver)
    _one_entity_per_name(candidates)
    for i, c in enumerate(candidates):  # "signed three MoUs … Huawei Pakistan also signed an agreement with Sky47": an MoU
        if c.kind == "other" and re.search(r"\balso\s(?:\w+\s){0,2}?(?:signed|inked|sealed)\b", c.sentences[0].text, re.I):
            counted = next((o for o in reversed(candidates[:i]) if re.search(r"s\b", o.noun or "") and o.kind in _SPECIFIC
                            and {p.id for p in o.parties} & {p.id for p in c.parties}), None)
            if counted is not None:
                c.kind, c.noun = counted.kind, counted.noun
    _same_occasion(candidates, text, published)
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
    # (an aggregate counted in one country — "Five MoUs were signed during the Malaysia-China roundtable", "Egypt
    # signs 32 MoU" — is a record though no party is named)
    out = [c for c in out if c.parties or (len(c.countries) >= 2 and c.kind in ("proposal", "talks")) or
           (c.aggregate and c.countries)]
    # (a meeting is talks only when both its sides are named: a state's leader and a firm)
    out = [c for c in out if not (c.noun == "meeting" and len({p.id for p in c.parties}) < 2)]
    # one organisation's own plan ("Nepal Telecom plans to build an optical fibre link", "Huawei will build a
    # network of submarine cables") names no partner yet: no partnership a curator records
    # (and "Lao Telecom will invest US$17.8 million this year to expand …" is a firm's own spending — but money a
    # Chinese firm will invest abroad is a pledge of the Digital Silk Road)
    # (a Chinese firm's own plan abroad — "Huawei will be setting up a data center in Iran" — is the Digital Silk Road's)
    out = [c for c in out if not (c.kind == "project" and c.status == "announced" and len(c.parties) == 1 and
                                  not (c.parties[0].country in _CHINESE and set(c.countries) - set(_CHINESE))) and
           not (c.noun == "invest" and len(c.parties) == 1 and
                chinese_side(c.parties[0].country, c.parties[0].parent, resolver) != "CHN")]
    # ("China Mobile Pakistan has announced that the company will invest USD500 million in …": a Chinese firm's unit)
    out = [one for c in out for one in _split_listed(c, text)]
    out = [one for c in out for one in _split_signed_and_to_come(c)]
    out = [one for c in out for one in _split_bidders(c, text)]
    out = [one for c in out for one in _split_by_amount(c, text)]
    out = [one for c in out for one in _split_by_place(c, text)]
    out = [one for c in out for one in _split_between(c)]
    out = [one for c in out for one in _split_clients(c)]
    # ("Huawei on Monday announced partnerships with the University of Rwanda and Rwanda Polytechnic" and "Huawei … has
    # today signed a Memorandum of Understanding with University of Rwanda and Rwanda polytechnic": the partnership
    # announced is the MoU signed, whatever day each is told on)
    out = [c for c in out if not (c.kind == "other" and c.status == "announced" and not c.amounts and not c.headline and
                                  len({p.id for p in c.parties}) >= 2 and any(
                                      o.kind in ("mou", "framework_agreement") and o.status == "signed" and
                                      {p.id for p in c.parties} <= {p.id for p in o.parties} for o in out))]
    _headline_technology(out, text, gaz, headline, published)
    for c in out:  # an agreement merged with the work it is for keeps its own state: signed, not the work's
        _agreement_status(c)
    broader = _broader_tags()
    for c in out:  # "mobile" beside "mobile_network": the narrower area says it
        c.technology = [t for t in c.technology if not any(broader.get(o) == t for o in c.technology)]
    for c in out:  # roles from all the sentences a merged deal has
        said = " ".join(x.text for x in c.sentences)
        for p in c.parties:
            if not p.stated:
                p.role = _role(c, p.kind, chinese_side(p.country, p.parent, resolver), said)
    for c in out:  # "Kenya inks 5G deal with Huawei" over "The Kenyan Communications Authority has signed …": the
        # headline's country is its body that signed
        c.parties = [p for p in c.parties if not (
            p.kind == "government" and p.span.end <= title_end and p.country and p.name == p.span.text and
            any(q.country == p.country and q.kind != "government" and q.span.start >= title_end for q in c.parties) and
            # (named again in the body — not inside a longer name: "China Great Wall Industry Corporation")
            not any(s.start >= title_end and re.search(rf"\b{re.escape(p.name)}\b(?!['’]s)(?!\s[A-Z])", s.text)
                    for s in c.sentences))]
    for c in out:  # "The $500 million deal was signed between the government of Uganda and China's Exim Bank": a loan
        if c.kind == "contract" and re.fullmatch(r"(?i:deals?|agreements?)", c.noun or "") and \
                any(p.kind == "bank" and p.role == "financier" for p in c.parties) and \
                not any(p.role in ("contractor", "supplier") for p in c.parties):
            c.kind = "loan"
    for c in out:
        _drop_rounded(c)
        lends_through_its_bank(c, text)
        borrowing_bank(c, text)
        borrower_implied(c, text, gaz, resolver)
        _local_currency(c, text, gaz)
        _paired_vendors(c, text)
    _client_carried(out, text)
    _filed_where(out, sents, text, gaz)
    first = headline.group().strip() if headline else ""
    title = first if 10 <= len(first) <= 200 and not first.endswith(".") else None
    return Extraction(text, published, out, title, to_check(whole, out),
                      lambda s: draft(s, text, gaz, published, phases, resolver),
                      lambda: named_organisations(text, out, gaz, resolver), resolver.entity)


def named_organisations(text: str, candidates: list[Candidate], gaz, resolver) -> list[Party]:
    """The organisations an article names, each once, in the order first named — for the curator who adds a party a
    candidate misses, by its id: the candidates' parties, then the other names the gazetteer knows and names with an
    organisation's head word ("… Telecom Ltd", "… University"), linked by the resolution rules (a new one marked new;
    roles left empty). A state body no candidate names is left out: which state's it is, a name alone ("the Ministry
    of Communications") does not say."""
    found = [(p.span.start, p.span.end, p) for c in candidates for p in c.parties]
    known = [(m.start, m.end, m.value) for m in _mentions(text, gaz) if m.kind == "organisation"]
    found += known
    # (the gazetteer's own first; and a head word alone — "Communications", "Chinas" — is no name)
    found += [(at, at + len(name), None) for at, name in _names_of_article(text, gaz) if name[:1].isupper() and
              " " in name and not any(start < at + len(name) and at < end for start, end, _ in known)]
    out: list[Party] = []
    seen = {x for _, _, p in found if isinstance(p, Party) for x in (p.id, p.name.casefold())}
    for start, end, p in sorted(found, key=lambda x: (x[0], x[1], not isinstance(x[2], Party))):
        if not isinstance(p, Party):
            said = text[start:end]
            e = resolver.entity(p) if p else resolver.resolve(said).entity
            kind = e.kind if e.curated else guess_kind(said)  # (a new one's kind from its words: "Ministry of …")
            if seen & {e.id, said.casefold()} or kind in _STATE_BODIES:
                continue  # (one a candidate names: as it names it, in its context)
            seen |= {e.id, said.casefold()}
            p = Party(e.name if e.curated else said, "", kind, e.country, e.id, not e.curated, Span(start, end, said),
                      e.parent)
        elif any(q.id == p.id for q in out):
            continue
        out.append(dataclasses.replace(p, role="", stated=False))
    return out


# the words that tell a draft's kind where the sentence names no arrangement but a work or none, the first that
# matches ("China Telecom is studying a possible investment": a proposal; "Nigeria is ordering two satellites": a
# contract; "the two sides discussed": talks)
_DRAFT_KINDS = [(k, re.compile(p, re.I)) for k, p in (
    ("proposal", r"\b(?:plan(?:s|ned|ning)?|propos\w*|consider\w*|stud(?:y|ying|ies)|weigh\w*|seek\w*|looking\sfor|"
                 r"bidders?|bids?|interest(?:ed)?\sin)\b"),
    ("talks", r"\b(?:talks|discuss\w*|negotiat\w*|meeting|met|visit\w*)\b"),
    ("loan", r"\b(?:loans?|lend\w*|lent|credits?|financ\w*)\b"),
    ("acquisition", r"\b(?:acqui\w*|stakes?|shares|takeover|buy(?:s|ing)?\s(?:a|the|an)\s(?:\w+\s){0,3}?(?:company|firm|operator|"
                    r"business))\b"),
    ("contract", r"\b(?:order\w*|purchas\w*|contract\w*|suppl\w*|tenders?|awarded|won|replac\w*)\b"))]


def draft(s: Sentence, text: str, gaz, published: str | None, phases: dict, resolver) -> Candidate:
    """A draft record of a sentence to check, for the curator to finish: its kind from the arrangement it names (where
    it names none, or only a work, from its words — :data:`_DRAFT_KINDS` — else an "arrangement", ``other``), and the
    fields read from it as from a deal's sentence — status, date, amounts, countries, technology areas, parties with
    their roles."""
    m = _NOUN_RE.search(s.text)
    named = (_kind_of(m) if m else None) or "other"
    # (a bare "agreement" is an arrangement of no kind yet, "financing" money lent: the records' own kinds)
    kind = {"agreement": "other", "financing": "loan"}.get(named, named)
    if kind in ("other", "project"):  # (no arrangement named, or only a work: what the sentence's words tell of, if any)
        told = next(((k, w) for k, pattern in _DRAFT_KINDS if (w := pattern.search(s.text))), None)
        if told:
            kind, m = told
    c = Candidate(kind, noun=m.group() if m else "")
    if m:
        c.note("kind", s.start + m.start(), s.start + m.end(), text)
    c.sentences.append(s)
    _fill(c, s, text, gaz, published, first=True, phases=phases)
    _parties(c, text, gaz, resolver)
    for p in c.parties:
        if not p.stated:
            p.role = _role(c, p.kind, chinese_side(p.country, p.parent, resolver), s.text)
    return c


def to_check(sents: list[Sentence], candidates: list[Candidate]) -> list[Sentence]:
    """The sentences that may tell a deal no candidate was made from, for the curator to check: each has a word that
    may tell one (:data:`.vocabulary.MAY_TELL_A_DEAL`: "ordering", "worked together", "consortium", …) and a name (a
    capitalised word after its first), does not open with a quotation mark (a speaker's words about a deal, seldom
    the deal told), and no candidate reads any part of it."""
    read = [(x.start, x.end) for c in candidates for x in c.sentences]
    return [s for s in sents if MAY_TELL_A_DEAL.search(s.text) and re.search(r"\s(?-i:[A-Z])", s.text.strip()) and
            not re.match(r"\s*[\"“‘']", s.text) and not any(start < s.end and s.start < end for start, end in read)]


# "The PBC was approved under a $300 million line of credit … that was signed by the two governments on November 28,
# 2005": an earlier deal told in a relative clause, with its own date
_RELATIVE_DEAL = re.compile(r"\b(?:a|an|the)\s(?:(?!(?:a|an|the|to|that|which)\s)[\w$€£¥.,()-]+\s){0,8}?(?:line\sof\scredit|credit\sline|loan|agreement|"
                            r"contract|memorandum|MoU|deal|accord)\b[^.;]{0,100}?\b(?:that|which)\s(?:was|were|had\sbeen|has\sbeen)\s"
                            r"(?:signed|concluded|inked|sealed)\b|"
                            # ("… is in implementation of a memorandum of understanding that the company signed during the
                            # World Economic Forum … in April": told in the active voice)
                            r"\b(?:a|an|the)\s(?:[\w-]+\s){0,3}?(?:agreement|contract|memorandum|MoU|deal|accord)\b[^.;,]{0,40}?"
                            r"\b(?:that|which)\s(?:the\s)?(?:[\w-]+\s){0,2}?(?:had\s|has\s)?(?:signed|concluded|inked|sealed)\b|"
                            # ("The national data centre was built by Huawei as part of the Smart Zambia project, the signing of
                            # the loan agreement for which was witnessed by President Lungu … in March 2015")
                            r"\bthe\ssigning\sof\s(?:the|a|an)\s(?:[\w-]+\s){0,3}?(?:agreement|contract|loan|MoU|memorandum)s?\b[^.;]{0,40}?"
                            r"\b(?:for|of)\swhich\s(?:was|were)\s(?:witnessed|held|signed|attended)\b")


_AND_SIGNED = re.compile(rf",\s(?:and|while|whereas)\s(?=[^.;]{{0,100}}?\b(?:{SIGNED})\s(?:[\w$€£.,-]+\s){{0,4}}?(?:agreements?|deals?|"
                         rf"contracts?|MoUs?|memorand\w*|accords?|pacts?)\b)")


def _two_signings(s: Sentence, text: str) -> list[Sentence]:
    """"PEACE, together with Liquid Telecom …, signed a landing party agreement for a landing point in Kenya, and it, with
    PCCW Global and Orange, signed a deal to deploy the PEACE Med cable in Marseille": two deals, each clause one."""
    m = _AND_SIGNED.search(s.text)
    if m is None or not re.search(rf"\b(?:{SIGNED})\b", s.text[:m.start()]) or _deal(Sentence(s.start, s.start + m.start(),
                                                                                            s.text[:m.start()]), text) is None:
        return [s]
    return [Sentence(s.start, s.start + m.start(), s.text[:m.start()]), Sentence(s.start + m.end(), s.end, s.text[m.end():])]


def _relative_deal(s: Sentence, text: str, published: str | None) -> list[Sentence]:
    """A sentence told in two when a relative clause tells a deal of its own, dated otherwise than the rest of the
    sentence: its main clause, then the clause's deal from its noun on. Otherwise the sentence whole."""
    m = _RELATIVE_DEAL.search(s.text)
    if m is None or not re.search(r"\b(?:under|through|via|from|of|within|in)\s$|,\s$", s.text[:m.start()]):
        return [s]  # (not "Huawei signed a contract with Zentrix, which was signed on …": the sentence's own deal)
    own = _date_in(s.text[m.start():], published)
    main = _date_in(s.text[:m.start()], published)
    if not own or own[2] or (main and main[0] == own[0]):
        return [s]  # (no date of its own — a dateline's is none —: told with the sentence's deal)
    cut = m.start()
    return [Sentence(s.start, s.start + cut, s.text[:cut]), Sentence(s.start + cut, s.end, s.text[cut:])]


# "The loans are part of a $100 million credit line from the China Export-Import Bank granted to …": the larger
# facility they come from, a deal of its own ("The agreement is half of a $1.6 billion project split between Huawei and
# ZTE": the whole)
_PART_OF = re.compile(r"\b(?:is|are|was|were|forms?|formed)\s(?:a\s|one\s)?(?:part|half|portion|share)\sof\s(?:a|an)\s"
                      r"(?:[\w$€£.,-]+\s){0,4}?(?:credit\sline|line\sof\scredit|loan|facility|package|fund|project|deal|contract)\b")


def _the_whole(s: Sentence, text: str) -> Candidate | None:
    """"The agreement is half of a $1.6 billion project split between Huawei and ZTE": the whole a deal is part of, when
    the sentence tells no deal otherwise."""
    m = _PART_OF.search(s.text)
    if m is None:
        return None
    noun = re.search(r"\S+$", m.group())
    kind = {"project": "project", "deal": "contract", "contract": "contract", "package": "other", "fund": "other"}.get(
        noun.group().lower(), "loan")
    c = Candidate(kind, noun=noun.group())
    c.sentences.append(s)
    c.note("kind", s.start + m.start() + noun.start(), s.start + m.end(), text)
    return c


_ANOTHER_BUILDER = re.compile(r"\b(?:another|also|likewise|similarly)\b", re.I)


def _client_carried(out: list[Candidate], text: str) -> None:
    """A contract whose client the text gives in the deal told just before it: "Nepal Telecom awarded China
    Communications Services another contract … Meanwhile, another Chinese corporation ZTE has got the contract of
    developing the main network" (a contract told with another Chinese builder alone, as one more beside it), and
    "… China Eximbank and the Government of Mongolia signed a preferential buyer's credit agreement … the borrower was
    to use the proceeds to finance a commercial contract with ZTE Corporation" (the loan's borrower)."""
    for before, c in zip(out, out[1:]):
        if c.kind != "contract" or c.aggregate or not c.parties or before.sentences[-1].end > c.sentences[0].start:
            continue
        # ("… has secured a USD350 million loan from the Chinese government for the construction of a … backbone … The
        # contract for the rollout of the fibre was won by China's Huawei": the contract the loan pays for, its client
        # the borrower)
        if before.kind == "loan" and (re.search(r"\b[Tt]he\sborrower\b", c.sentences[0].text) or
                                      re.match(r"The\scontract\sfor\b", c.sentences[0].text)) and \
                not any(p.country not in _CHINESE and p.role == "signatory" for p in c.parties):
            clients = [p for p in before.parties if p.country not in _CHINESE and p.role in ("signatory", "beneficiary")]
        elif before.kind == "contract" and _ANOTHER_BUILDER.search(c.sentences[0].text) and \
                all(p.country in _CHINESE and p.role in ("contractor", "supplier") for p in c.parties) and \
                not {p.id for p in c.parties} & {p.id for p in before.parties}:
            # (not "ZTE said it had also been given contracts in Hong Kong …": more of the same builder's)
            clients = [p for p in before.parties if p.country not in _CHINESE and p.role == "signatory"]
        else:
            continue
        if len(clients) == 1:
            client = copy.deepcopy(clients[0])
            client.role = "signatory"
            c.parties.append(client)
            c.note("parties", client.span.start, client.span.end, text)
            if client.country and client.country not in c.countries:
                c.countries.append(client.country)


_STATE_BODIES = ("ministry", "agency", "regulator", "government")

# a deal told as one more of the same occasion: "A Memorandum of Agreement was also signed between …", "…
# welcomed the signing of a strategic agreement … during his meeting with …", "Witnessed by Xi and Hasina, 56
# agreements … were signed"
_OCCASION = re.compile(r"\b(?:(?:was|were|have|has|had)\s)?also\s(?:[\w-]+\s){0,2}?(?:signed|inked|sealed|exchanged|announced|"
                       r"agreed)\b|\b(?:[Dd]uring|[Aa]t)\s(?:the|his|her|their|this|that|same)\s(?:[\w-]+\s){0,4}?(?:meeting|"
                       r"visit|ceremony|event|talks|forum|summit|roundtable|conference|session)\b(?!\s(?:in|on)\s(?:\w+\s)?\d)|"
                       r"\b[Ww]itnessed\sby\b|\bin\sthe\spresence\sof\b|"
                       # ("On January 31, 2007, … signed a framework agreement … On the same day, China Eximbank … signed …")
                       r"\b(?:[Oo]n\s)?(?:the|that)\s(?:very\s)?same\sday\b|\b[Ll]ater\sthat\sday\b|"
                       # ("After the talks, the two sides signed …")
                       r"\b[Aa]fter\s(?:the|their)\s(?:talks|meeting)\b(?!\s(?:in|on)\s(?:\w+\s)?\d)")
# "President Mutharika visited Beijing in April 2015. During the visit, …": the visit a sentence before tells, with its date
_DURING_VISIT = re.compile(r"\b[Dd]uring\s(?:the|his|her|their|this|that)\s(?:[\w-]+\s){0,2}?(?P<noun>visit|trip|tour)\b"
                           r"(?!\s(?:to|of|by)\s)")
_VISITED = re.compile(r"\b(?:visit(?:ed|s|ing)?|trip|tour(?:ed)?)\b")


def _one_entity_per_name(candidates: list[Candidate]) -> None:
    """One name, one organisation in an article: "the Punjab Safe Cities Authority (PSCA)" linked with its country in
    one sentence is the PSCA of the next, which names no country."""
    best: dict[str, Party] = {}
    for p in (p for c in candidates for p in c.parties):
        if p.name not in best or (best[p.name].country is None and p.country is not None):
            best[p.name] = p
    for p in (p for c in candidates for p in c.parties):
        b = best[p.name]
        if p.id != b.id and p.country is None:
            p.id, p.kind, p.country, p.new, p.parent = b.id, b.kind, b.country, b.new, b.parent


def _same_occasion(candidates: list[Candidate], text: str, published: str | None) -> None:
    """A deal the text gives no date of, told as one more of the occasion a deal or meeting told before it
    is dated by, takes that date (and its evidence); one signed "during the visit" a sentence just before dates,
    the visit's."""
    dated: Candidate | None = None
    for c in candidates:
        if c.date is not None:
            dated = c
            continue
        if c.status in ("signed", "announced") and _visit_dated(c, text, published):
            continue
        if dated is None or c.status not in ("signed", "announced"):
            continue
        cue = _OCCASION.search(c.sentences[0].text)
        if cue:
            s = c.sentences[0]
            c.date, c.date_weak = dated.date, dated.date_weak
            for span in dated.evidence.get("date", []):
                c.note("date", span.start, span.end, text)
            c.note("date", s.start + cue.start(), s.start + cue.end(), text)


def _visit_dated(c: Candidate, text: str, published: str | None) -> bool:
    """"President Mutharika visited Beijing in April 2015. During the visit, Huawei and the ministry signed an MoU": the
    deal's date is the visit's, told in one of the two sentences before (in that paragraph or the one before it)."""
    s = c.sentences[0]
    cue = _DURING_VISIT.search(s.text)
    if cue is None:
        return False
    before = text[max(0, s.start - 600):s.start]
    for told in reversed([m for m in re.finditer(r"[^.!?\n]+[.!?]?", before) if m.group().strip()][-2:]):
        visit = _VISITED.search(told.group())
        found = _date_in(told.group(), published) if visit else None
        if found and not found[2]:
            at = max(0, s.start - 600) + told.start()
            c.date, c.date_weak = found[0], False
            c.note("date", at + found[1][0], at + found[1][1], text)
            c.note("date", s.start + cue.start(), s.start + cue.end(), text)
            return True
    return False


# a country's short form ("US", "U.K.", "UAE"): the deal's country only when it is a party
_SHORT_FORM = re.compile(r"[A-Z](?:\.?[A-Z]){1,2}\.?")


# a page's menu over its headline, as pasted: items ("• kz", "| Politics") and lines of a word or two ("EN", "World")
_ITEM_LINE = re.compile(r"[ \t]*[•·▪|>»-][^\n]*")
_SHORT_LINE = re.compile(r"[ \t]*\S+(?:[ \t]+\S+)?[ \t]*")
# … and the page's other lines over a headline: what it offers ("Skip to content", "You are here", "Support The Moscow
# Times!", "Follow us on:", "Home > News", "2 min read"), a byline ("Staff Reporter", "Jane Chen / Shanghai Daily news")
_CHROME_LINE = re.compile(
    r"[ \t]*(?:(?:Skip\s(?:to|navigation)|You\sare\shere|Support\s|Register\sfor|Subscribe|Sign\s(?:in|up)|Log\s?in|Follow\sus|Share\sthis|"
    r"Home\s*[>|»/]|Site\sicon|Advertisement|Published|Updated|Posted|Menu|Search|Breaking\sNews|Latest\sNews|"
    r"\d+\smin(?:ute)?s?\sread)\b[^\n]*|"
    r"(?:By\s)?(?:[A-Z][\w.'’-]*\s){0,3}?(?:Staff\s(?:Reporter|Writer)|Correspondent|Bureau)[^\n]{0,40}|"
    r"[A-Z][\w'’-]+\s[A-Z][\w'’-]+\s?[/|]\s?[^\n]{0,60})")


def _date_only(line: str) -> bool:
    """A line that only tells a date or a time ("Wednesday, November 13, 2019", "20 Jun 2019", "Economy November 18,
    2020 | 8:36 am"): a word at most besides."""
    rest = re.sub(rf"\b(?:{_WEEKDAY_RE}|{_MONTH_RE}|\d{{1,4}}(?:[:./-]\d{{1,4}})*(?:st|nd|rd|th)?|[ap]\.?m\.?|GMT|UTC|"
                  r"Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?", " ", line)
    words = re.findall(r"[^\W\d_]{2,}", rest)
    return bool(re.search(r"\d", line)) and len(words) <= 1


def _headline_line(text: str) -> re.Match | None:
    """The article's first line that is not the page's: not a menu's (items, or two or more lines of a word or two;
    a lone word — "National" — is a section's name, but two lone words are a short headline: "Growth Spurt"), an
    offer, a byline or a date line. The first line when forty such lines come first."""
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text)][:41]
    kinds = ["item" if _ITEM_LINE.fullmatch(m.group()) else "page" if _CHROME_LINE.fullmatch(m.group()) or
             _date_only(m.group()) else "short" if _SHORT_LINE.fullmatch(m.group()) else "text" for m in lines]
    first = next((i for i, k in enumerate(kinds) if k == "text"), None)
    if first is None or first == 40:
        return lines[0] if lines else None
    menu = sum(k in ("item", "short") for k in kinds[:first]) >= 2
    return next(m for m, k in zip(lines, kinds) if k == "text" or (k == "short" and not menu and " " in m.group().strip()))


def _headline_technology(out: list[Candidate], text: str, gaz, first: re.Match | None, published: str | None) -> None:
    """A deal whose sentences name no technology takes the headline's (``first``: "Huawei to build 808 cell towers
    in Zambia" then "The loan will fund the project"): what the article is about."""
    if first is None or first.group().rstrip().endswith(".") or len(first.group()) > 200:
        return
    found = [(x.start, x.end, x.value) for x in gaz.find(first.group()) if x.kind == "technology"
             and not _EVENT_NAME.match(first.group(), x.end)]
    for c in out:
        # (not a deal of an earlier year than the report's: "In early 2004, the Export-Import Bank of China granted
        # US$600 million export financing to Huawei" under "ZTE to build fixed-line network in Angola", of 2005)
        if c.technology or c.aggregate or (c.date and published and c.date[:4] < published[:4]):
            continue
        for a, b, tag in found:
            if tag not in c.technology:
                c.technology.append(tag)
                c.note("technology", first.start() + a, first.start() + b, text)


# an agreement or a sum: signed or not, never built nor running (those are the states of the work it is for)
_AGREED_KINDS = ("loan", "pledge", "mou", "framework_agreement")


def _agreement_status(c: Candidate) -> None:
    """An agreement or a sum told with the work it is for ("Huawei Launches UK ICT Academy Advisory Board" over "…
    signed MOU with …") is not built and does not run: its status is "signed" when the text says so, else none — not
    the work's "operational" or "under construction"."""
    if c.kind not in _AGREED_KINDS or c.status not in ("operational", "under_construction"):
        return
    signed = [span for span in c.evidence.get("status", []) if re.fullmatch(rf"(?:{SIGNED})", span.text, re.I)]
    c.status = "signed" if signed else None
    if signed:
        c.evidence["status"] = signed
    else:
        c.evidence.pop("status", None)


def _paired_vendors(c: Candidate, text: str) -> None:
    """"the agreement with China's Huawei Technologies and Finnish-German venture Nokia Siemens Networks":
    a company named beside a contract's supplier or contractor, joined by "and", does what it does."""
    if c.kind not in ("contract", "project"):
        return
    for a, b in zip(c.parties, c.parties[1:]):
        for x, y in ((a, b), (b, a)):
            first, second = sorted((x, y), key=lambda p: p.span.start)
            between = text[first.span.end:second.span.start]
            # (a foreign or unknown company — not "operator Bitel and ZTE": the deal's own country's operator)
            if x.role in ("supplier", "contractor") and y.role in ("signatory", "partner") and not y.stated and \
                    y.kind in ("private_company", "company") and (y.country is None or y.country not in c.countries) and \
                    re.fullmatch(r"\s(?:and|&)\s(?:[\w'’-]+\s){0,3}", between) and \
                    not re.match(rf"\s(?:have\s|has\s|had\s)?(?:[a-z]+ly\s)?(?:{SIGNED})\b", text[second.span.end:second.span.end + 40]):
                y.role = x.role  # (but "ZTE and Lakeland Telecom inked a deal": the two who signed it, each its side)


# a currency's word or letter no one country's by default: the deal's country says whose, else it is no sum
_NO_DEFAULT_CODE = ("DINAR", "KCUR")


def _local_currency(c: Candidate, text: str, gaz) -> None:
    """"Rs 5 billion" in a deal in Nepal is in Nepalese rupees, "Sh48bn" in Uganda in Ugandan shillings,
    "1.2 trillion dinars" in Iraq in Iraqi dinars: a currency's word several countries use takes the
    code of the one country of the deal (besides China) that uses it — or, when no country of the deal
    uses it, of the one such country the article names ("MUMBAI — Vodafone Idea … Rs 30,000 crore": India's
    rupees, though the deal's firms are foreign). Dinars no country says are no amount."""
    home = [k for k in c.countries if k != "CHN"]
    named: list[str] | None = None  # the countries the whole article names (its places included), read once
    for span in c.evidence.get("amounts", []):
        m = _AMOUNT.fullmatch(span.text) or _AMOUNT.search(span.text)
        if m is None:
            continue
        value, cur = _amount(m)
        said = m["cur1"] or m["cur2"]
        for pattern, codes in SHARED_CURRENCIES:
            if (value, cur) in c.amounts and re.fullmatch(pattern, said, re.I):
                local = {codes[k] for k in home if k in codes}
                if not local:
                    named = _countries_named(text, gaz) if named is None else named
                    local = {codes[k] for k in named if k in codes}
                code = local.pop() if len(local) == 1 else (None if cur in _NO_DEFAULT_CODE else cur)
                at = c.amounts.index((value, cur))
                if code is None:
                    del c.amounts[at]
                elif (value, code) in c.amounts[:at] + c.amounts[at + 1:]:
                    del c.amounts[at]
                else:
                    c.amounts[at] = (value, code)
                break
    c.amounts = [(v, k) for v, k in c.amounts if k not in _NO_DEFAULT_CODE]


def _countries_named(text: str, gaz) -> list[str]:
    """Every country an article names, by its name, its adjective, its capital or one of its larger cities
    ("MUMBAI, Sept 22" → India)."""
    from ..resolve.countries import city_countries

    found = {m.value for m in gaz.find(text) if m.kind in ("country", "capital")}
    for m in re.finditer(r"\b[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?\b", text):
        cities = city_countries(m.group())
        if len(cities) == 1:
            found |= cities
    return sorted(found)


_LISTED = re.compile(r"\b(?:MoUs|MOUs|memorand(?:a|ums)|agreements|contracts|deals|loan agreements|partnerships)\s"
                     # ("has won contracts from MTN, Vodacom and Airtel": the clients who award them)
                     r"(?:[^.;]{0,60}?\s)??(?:(?:with|(?<=\bcontracts\s)from)\s(?:the\s)?(?![^.;]{0,60}?,\s(?:including|such\sas|namely)\s)|"
                     r"(?:companies|firms|operators|carriers|partners),?\s(?:including|such\sas|namely)\s(?:the\s)?)", re.I)


@lru_cache(maxsize=1)
def _broader_tags() -> dict[str, str]:
    """Tag → the tag of its broader concept in the technology scheme."""
    from ..namespaces import SKOS
    from ..technology import scheme

    tech = scheme()
    tags = {iri: c.notation for iri, c in tech.concepts.items()}
    return {tags[str(a)]: tags[str(b)] for a, b in tech.graph.subject_objects(SKOS.broader)
            if str(a) in tags and str(b) in tags}


def _told_first(c: Candidate, rx: re.Pattern) -> tuple[Sentence, re.Match] | None:
    """The deal's first sentence and where ``rx`` matches it, for a deal a splitter may part (not an
    aggregate: who signed each of its agreements is not said); None otherwise."""
    if c.aggregate or not c.sentences:
        return None
    m = rx.search(c.sentences[0].text)
    return (c.sentences[0], m) if m else None


def _split_between(c: Candidate) -> list[Candidate]:
    """"Other MoUs were between A and B; and between C and D", "the MoUs included A and B …, and between C
    and D": one deal for each pair a sentence names (when each names two parties of its own)."""
    if c.aggregate or len(c.sentences) != 1:
        return [c]
    s = c.sentences[0]
    cuts = [s.start] + [s.start + m.end() for m in re.finditer(r"\bbetween\s", s.text)] + [s.end]
    pairs = [[p for p in c.parties if a <= p.span.start < b] for a, b in zip(cuts, cuts[1:])]
    if len(pairs[0]) < 2:
        pairs = pairs[1:]  # who stands before the first "between" is in every one ("A signed MoUs between …")
    if len(pairs) < 2 or any(len(pair) < 2 for pair in pairs):
        return [c]
    out = []
    for pair in pairs:
        one = copy.deepcopy(c)
        others = {p.span.start for other in pairs if other is not pair for p in other}
        one.parties = [q for q in one.parties if q.span.start not in others]
        one.evidence["parties"] = [e for e in one.evidence.get("parties", []) if e.start not in others]
        out.append(one)
    return out


def _split_clients(c: Candidate) -> list[Candidate]:
    """"ZTE has won deals to build a Wimax network for Telefonica in Spain, and upgrade and extend KPN's mobile
    networks": deals (a plural with no count) a Chinese firm builds for two or more clients — one deal each, the
    firm in every one; and "ZTE announced partnerships with major carriers MTN and Ooredoo": one partnership each."""
    if c.aggregate or len(c.sentences) != 1 or c.kind not in ("contract", "other") or \
            not re.search(r"\b(?:deals|contracts|orders|agreements|partnerships)\b", c.sentences[0].text, re.I):
        return [c]
    partnerships = c.kind == "other" and re.search(r"\bpartnerships\s(?:with|between)\s", c.sentences[0].text)
    builders = [p for p in c.parties if p.country in _CHINESE and (p.role in ("contractor", "supplier") or partnerships)]
    clients = [p for p in c.parties if p.country not in _CHINESE and p.role == "signatory" and p.kind not in _STATE_BODIES]
    clients = [p for i, p in enumerate(clients) if p.id not in {q.id for q in clients[:i]}]  # (each once)
    if not builders or len(clients) < 2 or len(builders) + len(clients) != len(c.parties):
        return [c]
    spans = sorted((p.span.start, p.span.end) for p in c.parties)
    at = c.sentences[0].start
    if not partnerships and any(re.fullmatch(r",\s|,?\s(?:and|&)\s", c.sentences[0].text[e - at:a - at])
                                for (_, e), (a, _) in zip(spans, spans[1:])):
        return [c]  # ("with 40 partners, including Alibaba, Tencent and Baidu": one list, told as one)
    return [_one_with(c, p, clients) for p in clients]


def _one_with(c: Candidate, party: Party, listed: list[Party]) -> Candidate:
    """A copy of ``c`` with ``party`` and none of the other ``listed`` parties (nor their evidence)."""
    one = copy.deepcopy(c)
    others = {x.id for x in listed if x.id != party.id}
    one.parties = [q for q in one.parties if q.id not in others]
    one.evidence["parties"] = [e for e in one.evidence.get("parties", [])
                               if not any(e.start == x.span.start for x in listed if x.id in others)]
    return one


_IN_PLACES = re.compile(r"\b(?:(?:contracts|deals|agreements|MoUs|orders|projects|networks|data\scent(?:re|er)s)\s(?:[^.;]{0,40}?\s)?in|"
                        r"(?:agreements|deals|contracts|MoUs)\swith\s(?:[\w-]+\s){0,2}?(?:countries|nations),?\s"
                        r"(?:including|such\sas|namely|like))\s"  # ("signed agreements with additional African countries including …")
                        r"(?P<list>(?:(?:the\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?:,\s(?:and\s)?|,?\s(?:and|&)\s)){1,6}"
                        r"(?:the\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)")


def _split_by_place(c: Candidate, text: str) -> list[Candidate]:
    """"had been given networking contracts in Hong Kong, the Philippines, and Pakistan": one deal in
    each country listed (a plural arrangement with no count)."""
    from ..resolve.countries import countries_in
    from ..resolve.normalise import fold

    found_in = _told_first(c, _IN_PLACES) or (None if c.aggregate else next(
        ((x, m) for x in c.sentences[1:] if (m := _IN_PLACES.search(x.text)) and "countries" in m.group()), None))
    # (the countries may be told after the headline: "Signs Agreements With Broadcast Institutions" then "… has signed
    # agreements with additional African countries including Ethiopia, Ghana …")
    if found_in is None:
        return [c]
    s, m = found_in
    if re.match(r"networks|data", m.group(), re.I) and not any(
            e.start <= s.start + m.start() < e.end for e in c.evidence.get("kind", [])):
        return [c]  # ("HyalRoute, which builds fiber networks in Myanmar and Cambodia, said …": what a party does)
    places = []
    for item in re.finditer(r"(?:the\s)?([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)", m["list"]):
        found = set(countries_in(fold(item[1])).values())
        if len(found) != 1:
            return [c]  # not a list of countries alone
        places.append((found.pop(), s.start + m.start("list") + item.start(1), item[1]))
    if len({k for k, _, _ in places}) < 2:
        return [c]
    out = []
    listed = {k for k, _, _ in places}
    for country, at, name in places:
        one = copy.deepcopy(c)
        one.countries = [k for k in one.countries if k not in listed or k == country]
        if country not in one.countries:
            one.countries.append(country)
        one.evidence["countries"] = [Span(at, at + len(name), name)]
        out.append(one)
    return out


# a deal signed with one firm and one to come with another, in one sentence: "Ethiopia has already signed a $700 million
# agreement with Huawei and will sign the other half of the deal with ZTE next week"
_SIGNED_AND_TO_COME = re.compile(r"\b(?:has|have|had)\s(?:already\s|now\s|also\s)?(?:signed|inked|sealed)\b[^.;]*?\swith\s"
                                 r"[^.;]*?\s(?:and|but)\s(?:will|is\sto|are\sto|plans?\sto|(?:is|are)\sexpected\sto|"
                                 r"(?:is|are)\s(?:due|set)\sto)\s(?:also\s)?(?:sign|ink|seal)\b(?P<second>[^.;]*?\swith\s[^.;]*)")


def _split_signed_and_to_come(c: Candidate) -> list[Candidate]:
    """One deal signed with the side named in the first clause, another to come with the one named in the second; the
    side named before both (who signs them) in each, a sum in the first clause the first deal's."""
    found = None if c.aggregate else next(((s, m) for s in c.sentences if (m := _SIGNED_AND_TO_COME.search(s.text))), None)
    if found is None:
        return [c]
    s, m = found
    cut, first_at = s.start + m.start("second"), s.start + m.start()
    first = [p for p in c.parties if first_at <= p.span.start < cut]
    second = [p for p in c.parties if cut <= p.span.start < s.end]
    if not first or not second:
        return [c]
    # (a side named before both clauses, or in another sentence of the deal, is in each)
    signed, to_come = copy.deepcopy(c), copy.deepcopy(c)
    to_come.parties = [p for p in to_come.parties if not first_at <= p.span.start < cut]
    signed.parties = [p for p in signed.parties if not cut <= p.span.start < s.end]
    signed.status, to_come.status = "signed", "announced"
    in_second = [a for x in _AMOUNT.finditer(s.text, m.start("second")) if (a := _amount(x)) in c.amounts]
    signed.amounts = [a for a in c.amounts if a not in in_second]
    to_come.amounts = in_second
    return [signed, to_come]


def _split_by_amount(c: Candidate, text: str) -> list[Candidate]:
    """"granted US$600 million to Huawei and US$500 million to ZTE": one deal for each amount and the
    party it goes to (the other parties and fields shared)."""
    if c.aggregate or not c.sentences or len(c.amounts) < 2:
        return [c]
    s = c.sentences[0]
    pairs = []
    for m in _AMOUNT.finditer(s.text):
        # (or the deal's noun, then its other side: "a $50 million deal with Safaricom and a $30 million contract with MTN
        # Uganda")
        # ("a $750 million pact with China's Huawei Technologies Co. and another $500 million accord with ZTE Corp")
        to = re.match(r"\s(?:[\w-]+\s){0,3}?to\s(?:the\s)?|"
                      r"\s(?:[\w-]+\s){0,2}?(?:deals?|contracts?|orders?|agreements?|pacts?|accords?|MoUs?)\s(?:with|from)\s"
                      r"(?:the\s)?(?:[A-Z][\w-]*['’]s\s)?", s.text[m.end():])
        value = _amount(m)
        if to is None or value not in c.amounts:
            continue
        at = s.start + m.end() + to.end()
        party = next((p for p in c.parties if p.span.start == at), None)
        if party is not None:
            pairs.append((value, party, Span(s.start + m.start(), s.start + m.end(), m.group()), to.group().endswith(
                ("to ", "to the "))))
    if len({p.id for _, p, _, _ in pairs}) < 2 or len({v for v, _, _, _ in pairs}) < 2:
        return [c]
    out = []
    for value, party, span, given_to in pairs:
        one = _one_with(c, party, [p for _, p, _, _ in pairs])
        for q in one.parties:
            if q.id == party.id and one.kind in ("loan", "pledge") and given_to:
                q.role, q.stated = "beneficiary", True  # the money goes to it
        one.amounts = [value]
        one.evidence["amounts"] = [span]
        out.append(one)
    return out


def _split_listed(c: Candidate, text: str) -> list[Candidate]:
    """"The ministry signed MoUs with Huawei, Nokia and Ericsson": one deal with each of the listed
    parties (a plural arrangement with no count, and a list of two or more names after "with")."""
    found_in = _told_first(c, _LISTED)
    if found_in is None:
        return [c]
    s, m = found_in
    # (initials between names: "… (CSCC), …")
    # (and "with A and with B", "with Zambia's Ministry of … and with Zamtel": a possessive before a name)
    listed = _named_in_a_row(c.parties, s.start + m.end(), text,
                             r"(?:(?:\s\([A-Z][A-Za-z]{1,7}\))?(?:,\s|,?\s(?:and|&)\s(?:with\s)?|,\s(?:the\s)?)(?:the\s)?)?"
                             r"(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s\s)?")
    if len(listed) < 2:
        return [c]
    out = []
    for p in listed:
        one = _one_with(c, p, listed)
        others = {x.country for x in listed if x.id != p.id} - {q.country for q in one.parties}
        one.countries = [k for k in one.countries if k not in others]  # Nokia's deal is not China's for Huawei's
        out.append(one)
    return out


def _named_in_a_row(parties: list[Party], at: int, text: str, between: str, backwards: bool = False) -> list[Party]:
    """The parties named one after another from ``at`` on ("with Huawei, Nokia and Ericsson"), or up to it
    (``backwards``: "ZTE, Huawei and Alcatel-Lucent have submitted bids"), each apart from the next by text
    that fully matches ``between``; in the order of the text."""
    out: list[Party] = []
    for p in sorted(parties, key=lambda p: -p.span.end if backwards else p.span.start):
        near, far = (p.span.end, p.span.start) if backwards else (p.span.start, p.span.end)
        if (near > at) if backwards else (near < at):
            continue
        if near != at and not re.fullmatch(between, text[min(near, at):max(near, at)]):
            break
        out.append(p)
        at = far
    return out[::-1] if backwards else out


_BIDS = re.compile(r"\s(?:have\s|has\s|had\s)?(?:\w+\s)?(?:submitted|placed|made|lodged|put\sin|filed)\s(?:[\w-]+\s){0,2}?bids?\b")


def _split_bidders(c: Candidate, text: str) -> list[Candidate]:
    """"Vendors ZTE, Huawei, Nokia Siemens Networks and Alcatel-Lucent have submitted bids to supply …": one
    bid of each firm named before the verb (each with the parties the rest of the sentence names)."""
    if c.kind != "proposal":
        return [c]
    s = c.sentences[0]
    m = _BIDS.search(s.text)
    if m is None:
        return [c]
    listed = _named_in_a_row(c.parties, s.start + m.start(), text, r"(?:,\s|,?\s(?:and|&)\s)", backwards=True)
    if len(listed) < 2:
        return [c]
    out = []
    for p in listed:
        one = _one_with(c, p, listed)
        for q in one.parties:
            if q.id == p.id:
                q.role, q.stated = "contractor", True  # a bidder would build or supply what it bids for
        out.append(one)
    return out


def _introduced(candidates: list[Candidate]) -> list[Candidate]:
    """"A series of contracts concluded by Uzbektelecom with Chinese companies, including:" and the items
    that follow: the items are the deals, of the kind the introduction names when they name none; the
    introduction is no deal of its own (unless it counts them: an aggregate)."""
    out = []
    for i, c in enumerate(candidates):
        items = []
        for nxt in candidates[i + 1:]:
            if not BULLET.match(nxt.sentences[0].text):
                break
            items.append(nxt)
        if c.sentences[0].text.rstrip().endswith(":") and items and not c.aggregate and len(c.sentences) == 1:
            for item in items:
                if item.kind == "other" and c.kind != "other":
                    item.kind, item.noun = c.kind, c.noun
                    item.evidence["kind"] = c.evidence.get("kind", []) + item.evidence.get("kind", [])
                if item.status is None and c.status is not None:
                    item.status, item.evidence["status"] = c.status, list(c.evidence.get("status", []))
            continue
        out.append(c)
    return out


# the deals an aggregate counted, told one by one: "the MoUs signed included …", "Other signed MoUs were between …"
_MEMBERS_TOLD = re.compile(r"(?:^|,\s)(?:[Tt]he|[Tt]hese|[Oo]ther)\s(?:signed\s)?(?:MoUs|memoranda|agreements|contracts|deals)\s"
                           r"(?:signed\s)?(?:included|include|were|are|covered|cover)\b")


_SPECIFIC = ("mou", "contract", "loan", "framework_agreement", "joint_venture", "acquisition")  # kinds a count can give


def _inherit(one: Candidate, counted: Candidate) -> None:
    """The date, status, place and kind of several deals told together ("signed three agreements on April
    27", "three MoUs … in Essaouira"), for one of them told in turn after ("The second agreement …") that
    states none."""
    for name in ("date", "status", "place"):
        if getattr(one, name) is None and getattr(counted, name) is not None:
            setattr(one, name, getattr(counted, name))
            one.evidence[name] = list(counted.evidence.get(name, []))
    bare = one.kind == "other" or (one.kind == "contract" and re.fullmatch(r"agreements?|deals?|partnerships?", one.noun or "",
                                                                             re.I))  # ("an agreement … to upgrade …")
    if bare and counted.kind in _SPECIFIC:
        one.kind, one.noun = counted.kind, counted.noun  # "the signing of three MoUs … The first agreement …": an MoU
        one.evidence["kind"] = list(counted.evidence.get("kind", [])) + one.evidence.get("kind", [])
    if one.date == counted.date:
        one.date_weak = counted.date_weak


def _tells_again(s: Sentence, deal: Candidate | None, told: Candidate, paragraph_over: bool) -> bool:
    """Whether a sentence tells the deal told before again: "Under the terms of the agreement, …",
    "… sign the agreement", "… is close to agreeing the loan" (a definite noun of its kind), and,
    after the deal's paragraph, "The deal was inked on Monday…" or "… in this regard"."""
    under = _UNDER_THE_DEAL.match(s.text)
    if under and _NOUN_KIND.get(under[1].lower(), told.kind) == told.kind:
        return True
    again = _WAS_SIGNED.match(s.text)  # "The document was signed during a meeting between …": the one just told
    if again and _NOUN_KIND.get(again[1].lower().rstrip("s"), told.kind) in (told.kind, "other"):
        return True
    if paragraph_over and (re.match(r"^(?:The|This|That)\s(?:deal|agreement|accord|pact|transaction|signing|document)\b", s.text) or
                           re.search(r"\b(?:in this regard|to this effect|to that effect)\b", s.text, re.I) or
                           _said_again(s.text, told)):
        return True
    if deal is None or deal.aggregate or told.aggregate or _ANOTHER.match(s.text):
        return False
    if _RANKED.search(s.text) and deal.kind == told.kind:
        return True  # "DR Congo is the second African country to ink a satellite delivery contract with China": this one
    if deal.kind in ("project", "training_programme") and told.kind in ("other", "mou", "framework_agreement", "contract") and \
            told.status == "signed" and _SIDES_WILL.match(s.text):
        return True  # ("Safaricom and Huawei signed an agreement on Monday. The two sides will build a 5G test network …": what
        # the deal signed is for)
    before = s.text[:deal.evidence["kind"][0].start - s.start]
    if re.fullmatch(HIRING, deal.noun, re.I):
        return False  # "… said that it selected Ericsson and Huawei to …": a firm hired, no deal named again
    if _ALSO_SIGNED.search(before) or \
            (re.search(r"\bexchange", deal.noun or "", re.I) and not re.search(r"\bexchange", told.noun or "", re.I)):
        return False  # ("… signed the agreement on Economic and Technical Cooperation. Mr. Dominguez and Mr. Zhong also signed
        # the Exchange of Letters on …": one more signed, by its own name)
    if deal.kind in ("other", told.kind):
        # (not "The event also announced the cooperation between Saudi Arabia and the Chinese company OneMT" after a deal
        # of others: a definite noun, but sides the deal told before does not name)
        sides = _BETWEEN_SIDES.match(s.text, deal.evidence["kind"][0].end - s.start)
        told_text = " ".join(x.text for x in told.sentences)
        if sides and not all(side in told_text for side in sides.groups()):
            return False
        return bool(_DEFINITE_NOUN.search(before))
    # "… will sign a deal with Huawei." then "… toward signing the contract": the deal, now named by its kind
    return told.kind == "other" and bool(re.search(r"\b(?:the|this|that)\s(?:[\w-]+\s)?$", before, re.I)) and \
        not ORDINAL_DEAL.match(s.text)  # (not "The first agreement … was for transit": one of the deals counted)


# the sides of a deal just signed, and what they will do: "The two sides will build …", "Both companies are to set up …"
_SIDES_WILL = re.compile(r"(?:The\s(?:two|three)\s(?:sides|companies|firms|parties|partners)|Both\s(?:sides|companies|firms|"
                         r"parties|partners)|They)\s(?:will|would|are\sto|plan\sto|are\sexpected\sto)\s(?:also\s|jointly\s)?")
# the two sides a deal's noun is said to be between: "the cooperation between Saudi Arabia and the Chinese company OneMT"
_BETWEEN_SIDES = re.compile(r"(?:\s(?:[\w-]+\s){0,3}?between\s|(?<=between\s))(?:the\s)?"
                            r"([A-Z][\w'’&.-]*(?:\s[A-Z][\w'’&.-]*)*)\s(?:and|&)\s"
                            r"(?:the\s)?(?:[a-z][\w-]*\s){0,3}?([A-Z][\w'’&.-]*)")


# "… is the second African country to ink a … contract with China": where the deal told ranks, not another one
_RANKED = re.compile(r"\b(?:is|was|has\sbecome|becomes|became)\s(?:the\s)?(?:first|second|third|fourth|fifth|sixth|seventh|"
                     r"eighth|ninth|tenth|latest|only|\d+(?:st|nd|rd|th))\s(?:[\w-]+\s){0,4}?to\s(?:sign|ink|seal|conclude|"
                     r"receive|secure|win|get)\b")


# "The agreement was signed on November 14 by …": a definite arrangement, the one told before
# (not "The Hungary deal …": one the words before the noun say which)
_THE_ARRANGEMENT = re.compile(r"^(?:The|This|That)\s(?P<noun>agreement|deal|accord|pact|contract|memorandum|MoU|loan)\b",
                              re.I)


# a noun that names one kind of deal only
_ONE_KIND = {"contract": "contract", "memorandum": "mou", "mou": "mou", "loan": "loan"}


def _whose_deal(s: Sentence, current: Candidate, candidates: list[Candidate]) -> Candidate:
    """The deal a sentence that points back tells of: "Three awarded Huawei a contract … Huawei has selected Tech
    Mahindra as its partner … The UK deal with Three comes despite …": the deal with Three, told before the one
    just told, when the sentence names its side and not the current deal's."""
    named = re.findall(r"\b(?:with|between|and|by)\s(?:the\s)?([A-Z][\w’'-]+)", s.text)
    now = " ".join(x.text for x in current.sentences)
    for name in named:
        if re.search(rf"\b{re.escape(name)}\b", now):
            return current
        earlier = [o for o in candidates if o is not current and not o.aggregate and
                   any(re.search(rf"\b{re.escape(name)}\b", x.text) for x in o.sentences)]
        if earlier:
            return earlier[-1]
    return current


def _arrangement_named(s: Sentence, current: Candidate | None, candidates: list[Candidate]) -> Candidate | None:
    """The deal a sentence goes on with: "China Unicom has signed an agreement with MPT … It was also unveiled that
    the AAE-1 cable will land … The agreement was signed on November 14": when a project was told in between, "the
    agreement" is the arrangement told before it, not the project."""
    m = _THE_ARRANGEMENT.match(s.text)
    kind = _ONE_KIND.get(m["noun"].lower()) if m else None
    if kind and (current is None or current.kind != kind):
        # "Huawei has signed a deal to build 161 towers … China signed a security pact in April … The contract between
        # the Solomon Islands and Huawei will be funded by …": the one contract told a little before, not the pact
        earlier = [o for o in candidates[-3:] if o.kind == kind and not o.aggregate]
        told = " ".join(x.text for x in earlier[0].sentences) if len(earlier) == 1 else ""
        if told and earlier[0] is not current and s.start - earlier[0].sentences[-1].end <= 800 and \
                any(re.search(rf"\b{re.escape(w)}\b", told) for w in re.findall(r"\b[A-Z][\w’'-]{2,}", s.text[m.end():])):
            return earlier[0]  # (when the sentence names one who is in it)
    if m is None or current is None or current.kind != "project" or len(candidates) < 2 or candidates[-1] is not current:
        return current
    before = candidates[-2]
    if before.aggregate or before.kind in ("project", "training_programme") or s.start - before.sentences[-1].end > 600:
        return current
    return before


# ", a joint venture formed in May by Kuwait's Zain Group and Oman's Omantel": a party described as a venture others
# formed — a deal of its own, and none of the sentence's main deal
_VENTURE_DESCRIBED = re.compile(r",\s(?P<jv>(?:a|an)\s(?:[\w-]+\s){0,2}?(?:joint\sventure|consortium)\s(?:formed|set\sup|"
                                r"established|created|founded)\b[^.;]*?\bby\s[^.;]+?)(?=[.;]\s*$|[.;]\s|$)|"
                                # ("Huawei Marine, the joint venture between Huawei Technologies and UK-based Global Marine
                                # Systems, announced it has been contracted by …": a party described as a venture; and
                                # "TopStar – a joint venture company created between ZNBC and StarTimes – has been …")
                                r"(?:,|\s[–—])\s(?P<jv2>(?:a|an|the)\s(?:[\w-]+\s){0,2}?joint\sventure\s(?:company\s|firm\s)?"
                                r"(?:(?:formed|set\sup|established|created|founded)\s)?(?:between|of)\s[^,.;–—]+?\s(?:and|&)\s"
                                r"[^,.;–—]+?)(?=,\s|\s[–—]\s)")


# one more deal signed, told by "also" ("Mr. Dominguez and Mr. Zhong also signed the Exchange of Letters on …")
_ALSO_SIGNED = re.compile(rf"\balso\s(?:\w+\s){{0,2}}?(?:{SIGNED})\b", re.I)


def _another_kind(s: Sentence, deal: Candidate, current: Candidate | None) -> bool:
    """"The loan process has been halted even though the two governments had already signed a Memorandum of
    Understanding": the sentence points back at the loan, and tells an MoU of its own (a deal of another kind,
    named with "a")."""
    if current is None or deal.aggregate:
        return False
    at = deal.evidence["kind"][0].start - s.start
    if deal.noun and current.noun and deal.noun.casefold() != current.noun.casefold() and \
            (also := _ALSO_SIGNED.search(s.text, 0, at)) and re.fullmatch(r"\s(?:\w+\s){0,3}?", s.text[also.end():at]):
        return True  # ("… signed the agreement on Economic and Technical Cooperation. The two ministries also signed the
        # Exchange of Letters on …": one more deal, by its own name)
    if deal.kind in (current.kind, "other", "project"):
        return False
    if current.kind in ("project", "contract") and deal.kind == "loan" and \
            re.match(r"loan\s(?:(?:facility|agreement)\s)?(?:from|by|of)\s(?:the\s)?(?:[A-Z]|China)", s.text[at:]) and _AMOUNT.search(s.text, 0, at):
        return True  # "The project is paid for with a 20-year U.S. $65 million loan from Exim Bank of China": its financing, a loan
    return bool(re.search(rf"\b(?:{SIGNED})\s(?:\w+\s){{0,3}}?(?:an?|another)\s(?:[\w-]+\s){{0,2}}$", s.text[:at], re.I))


def _clause_of(s: Sentence, deal: Candidate) -> int:
    """Where the clause that names the deal's arrangement begins in the sentence ("… halted even though the
    two governments had already signed an MoU": at "the two governments")."""
    at = deal.evidence["kind"][0].start - s.start
    opens = list(re.finditer(r",\s|\b(?:even\sthough|although|though|while|whereas|but|after|as)\s", s.text[:at]))
    return opens[-1].end() if opens else 0


def _dated_otherwise(s: Sentence, told: Candidate | None, published: str | None) -> bool:
    """"A contract for the satellite was signed … in October 2008. The contract for the ground control
    project was signed in October last year": a deal the text dates otherwise than the one told before
    is another deal."""
    if told is None or not told.date or told.date_weak:
        return False
    found = _date_in(s.text, published)
    # (an acquisition's verb too: "Last year, the Chinese telecommunication giant acquired all shares of …" after the
    # purchase agreed in January)
    if not found or not re.search(rf"\b(?:{SIGNED}|{AWARDED}|acquired|bought|purchased|took\sover)\b", s.text, re.I):
        return False
    a, b = found[0], told.date
    return not (a.startswith(b) or b.startswith(a))


def _said_again(sentence: str, told: Candidate) -> bool:
    """"The ministry said the agreement with Huawei …": the deal told before, when the noun fits its kind."""
    m = SAID_THE_DEAL.search(sentence)
    if m is None or _ANOTHER.match(sentence):
        return False
    noun = m["noun"].lower()
    kind = "mou" if noun.startswith(("mou", "memorand")) else "loan" if noun.startswith("loan") else \
        "contract" if noun.startswith("contract") else None
    return kind is None or kind == told.kind


# "Under the terms of the agreement, …", "As part of the deal, …": what the deal told before provides
_UNDER_THE_DEAL = re.compile(r"(?:Under|According to|As part of|In line with|Within the framework of)\s(?:the|this|that)\s"
                             r"(?:terms\sof\s(?:the|this)\s)?(?:[\w-]+\s){0,2}?(agreement|deal|memorandum|MoU|contract|"
                             r"accord|pact)\b", re.I)
_NOUN_KIND = {"memorandum": "mou", "mou": "mou", "contract": "contract"}  # a noun that names one kind of deal
_WAS_SIGNED = re.compile(r"(?:The|This|That)\s(document|memo|memorandum|MoU|agreement|deal|accord|pact|contract)\s"
                         r"(?:was|has\sbeen|had\sbeen)\s(?:formally\s|officially\s)?(?:signed|inked|sealed)\b")


# "Meanwhile, another Chinese corporation ZTE has got the contract …": a deal of its own
_ANOTHER = re.compile(r"(?:Meanwhile|Separately|Elsewhere|In a separate (?:deal|development|agreement|move))\b")


def _same_deal(a: Candidate, b: Candidate, published: str | None = None) -> bool:
    """Two mentions of one deal (a headline and the body, a key point and its paragraph): the same
    kind and nothing that disagrees — count, date, amounts, quantity, place, and parties when both
    name some (a headline's parties are its shorthand: "Chinese bank loan to NetOne")."""
    if a.aggregate != b.aggregate or a.earlier or b.earlier or any(ORDINAL_DEAL.match(x.sentences[0].text) for x in (a, b)) or \
            all(BULLET.match(x.sentences[0].text) for x in (a, b)):
        return False  # (or one of several deals told in turn: "The first agreement …", two items of a list)
    if re.search(rf"\balso\s(?:\w+\s){{0,4}}?(?:{SIGNED}|{AWARDED}|{HIRING})\b|\banother\s(?:\w+\s)?(?:MoU|memorandum|agreement|"
                 rf"deal|contract|loan)", b.sentences[0].text, re.I) and not b.headline:
        return False  # "ZTE said it had also been given contracts in Hong Kong…", "In another MoU, …": more deals
    if a.kind != b.kind:
        # "a $328m deal with China" and "a $328 million loan deal with China": one deal, told twice; "ZTE to build
        # … network" or "Huawei inks … agreement with …" over the contract or MoU the body tells: the same deal
        headline = next((x for x in (a, b) if x.headline and x.kind in ("project", "other", "training_programme")), None)
        if headline is not None and not (a.headline and b.headline) and {p.id for p in a.parties} & {p.id for p in b.parties} \
                and not (a.amounts and b.amounts and not _same_sum(a, b)):
            return True
        # "China Eximbank provides RMB 1.547 billion … loan for …" over "… signed a preferential loan framework agreement
        # in which the Chinese Government agreed to issue an RMB 1,547,071,939.09 loan": the headline's sum, told again
        if a.headline != b.headline and a.amounts and b.amounts and _same_sum(a, b) and \
                {a.kind, b.kind} <= {"loan", "framework_agreement", "pledge", "contract", "other"}:
            return True
        # "… has received financial backing from the Exim Bank of China" then "… who through the Exim Bank of China have
        # agreed to fund this project to the tune of US$200 million": the loan, and the money promised for it, told again
        if {a.kind, b.kind} == {"loan", "pledge"} and not (a.headline or b.headline) and \
                {p.id for p in a.parties} & {p.id for p in b.parties} and \
                not (a.amounts and b.amounts and not _same_sum(a, b)) and not (a.date and b.date and a.date != b.date):
            return True
        # "… has signed up ZTE and Huawei to help it build its 4G network" then "The 4G network that Softbank builds
        # with the help of ZTE and Huawei …": the contract's project, told again with no event of its own
        project = next((x for x in (a, b) if x.kind == "project" and x.status is None and not x.date and not x.amounts), None)
        if project is not None and {a.kind, b.kind} == {"project", "contract"} and \
                len({p.id for p in a.parties} & {p.id for p in b.parties}) >= 2:
            return True
        # "Huawei has signed a deal to build a 5G network in Cabo Verde" then "Huawei and the Cabo Verdean government
        # have struck an agreement on building ICT infrastructure": the deal told again by the same two sides
        if "other" in (a.kind, b.kind) and len({p.id for p in a.parties}) >= 2 and \
                {p.id for p in a.parties} == {p.id for p in b.parties} and not (a.date and b.date and a.date != b.date) \
                and not (a.amounts and b.amounts and not _same_sum(a, b)) and not b.aggregate and \
                not (a.status and b.status and a.status != b.status):
            return True  # (not talks held and an agreement signed: two events)
        return bool(a.amounts and _same_sum(a, b)) and bool({a.kind, b.kind} & {"other", "contract"}) \
            and not (a.date and b.date and a.date != b.date)
    if _ANOTHER.match(b.sentences[0].text) and not b.headline:
        return False  # "Meanwhile, another Chinese corporation ZTE has got the contract …": another deal
    if a.headline and not b.headline and a.members.get("count") == b.members.get("count") and not (
            a.amounts and b.amounts and not _same_sum(a, b)):
        return True
    if a.members.get("count") != b.members.get("count"):
        return False
    for x, y in ((a.date, b.date), (a.place, b.place)):
        if x and y and x != y and not (x.startswith(y) or y.startswith(x)):
            return False
    if re.search(r"\b(?:previously|formerly|in the past|earlier(?!\s(?:this|today|in the day|on)))\b|"
                 r"^Earlier\sthis\s(?:year|month|week)\b", b.sentences[0].text, re.I) and not b.headline:
        return False  # "ZTE has previously won deals to build a Wimax network for Telefonica", "Earlier this year ZTE
        # secured …": other deals
    dated = next((x.date for x in (a, b) if x.date and not x.date_weak), None)
    if bool(a.date and not a.date_weak) != bool(b.date and not b.date_weak) and not (a.headline or b.headline) \
            and not (published and dated and dated[:7] == published[:7]):
        return False  # "… announced its intent to acquire X" and "in 2005 it lost its bid to acquire …": two events
    if a.amounts and b.amounts and not _same_sum(a, b):
        return False
    if a.quantity and b.quantity and a.quantity["value"] != b.quantity["value"]:
        return False
    ids_a, ids_b = {_lender(p, a) for p in a.parties}, {_lender(p, b) for p in b.parties}
    builders_a, builders_b = ({p.parent or p.id for p in x.parties if p.role in ("contractor", "supplier")} for x in (a, b))
    if a.kind == "contract" and builders_a and builders_b and not builders_a & builders_b:
        return False  # "Three awarded Huawei a contract …" and "Huawei has selected Tech Mahindra as its partner to …": the
        # builder of one hires another, a contract of its own
    hiring_a, hiring_b = ([p for p in x.parties if p.role not in ("contractor", "supplier", "financier")] for x in (a, b))
    clients_a, clients_b = ({p.parent or p.id for p in x} for x in (hiring_a, hiring_b))
    names_a, names_b = ({p.name.casefold() for p in x} for x in (hiring_a, hiring_b))
    if a.kind == "contract" and clients_a and clients_b and not clients_a & clients_b and not (a.headline or b.headline) and \
            not any(p.kind in ("government", "ministry", "agency", "regulator") for p in (*a.parties, *b.parties)) and \
            not any(f" {x} " in f" {y} " or f" {y} " in f" {x} " for x in names_a for y in names_b):  # ("Airtel", "Bharti Airtel")
        return False  # "… took a six-year contract with Norway's Telenor" and "Likewise, Belgacom has chosen Huawei to upgrade
        # its mobile network": one vendor, two firms that hire it
    bought_a, bought_b = ({p.id for p in x.parties if p.role == "partner"} for x in (a, b))
    if a.kind == "acquisition" and bought_a and bought_b and not bought_a & bought_b:
        return False  # "China Mobile's bid to acquire … True Corp has been approved" and "An agreement … to acquire a stake
        # in Taiwan's Far EasTone was ditched": one buyer, two firms bought
    if a.kind == "project" and ids_a and ids_b and not ids_a & ids_b:
        # "Algeria's first satellite was launched" and "CGWIC built the satellite": who owns it, who built it
        roles_a, roles_b = {p.role for p in a.parties}, {p.role for p in b.parties}
        builders = {"contractor", "supplier"}
        return (roles_a == {"owner"} and roles_b <= builders) or (roles_b == {"owner"} and roles_a <= builders)
    return not (ids_a and ids_b and not ids_a & ids_b)


def _lender(p: Party, c: Candidate) -> str:
    """Who a party is when two mentions of a deal are compared: for a loan, China's government and a Chinese state bank
    are one lender ("Vanuatu is to borrow 53 million US dollars from China" and "… signed an agreement earlier this
    week with the EXIM Bank of China")."""
    if c.kind in ("loan", "pledge") and p.country == "CHN" and p.kind in ("government", "bank"):
        return "china-lends"
    return p.id


def _drop_rounded(c: Candidate) -> None:
    """"$146mn" in the headline, "$146.7m" in the body: one sum, the precise figure kept."""
    for v, k in list(c.amounts):
        if any(k == k2 and v != v2 and abs(v - v2) <= 0.01 * max(v, v2) and len(str(v).rstrip("0")) < len(str(v2).rstrip("0"))
               for v2, k2 in c.amounts):
            c.amounts.remove((v, k))


def _same_sum(a: Candidate, b: Candidate) -> bool:
    """Whether two mentions give one sum: the same amount, or one rounded in a headline ("$146mn" over "$146.7m")."""
    return any(ka == kb and abs(va - vb) <= 0.01 * max(va, vb) for va, ka in a.amounts for vb, kb in b.amounts)


def _named_again(told: Candidate, deal: Candidate | None) -> None:
    """A deal told again by a noun that says more of it: "… sign a deal with Huawei." "… signing the
    contract"; "agreed to provide credit …" "… signed the loan agreement"; "the satellite's development is
    in progress … The contract for the satellite was signed …"."""
    if deal is None:
        return
    signed = SIGNED_WORD.search(deal.sentences[0].text)
    if (told.kind == "other" or told.kind == "project" and signed) and deal.kind in ("contract", "loan", "mou", "joint_venture") \
            or told.kind == "pledge" and deal.kind == "loan":
        told.kind, told.noun = deal.kind, deal.noun
        told.evidence["kind"] = deal.evidence["kind"] + told.evidence.get("kind", [])


def _a_surname(t: str, mention: Mention, text: str) -> bool:
    """Whether a country's name is a person's surname here, right after the first name ("Finance Minister Winston Jordan
    said")."""
    first = re.search(r"\b([A-Z][a-z]+)\s$", t[:mention.start])
    return bool(first) and a_persons_surname(mention.text, text, first[1])


def _merge(into: Candidate, other: Candidate) -> None:
    """The fields of ``other`` added to ``into`` (what only one of them states is kept; evidence of both;
    of two kinds, the more specific: a loan deal is a loan)."""
    rank = len(_PRIORITY)  # "other" and "pledge", not in the list, say least
    took_kind = into.kind != other.kind and (_PRIORITY.index(other.kind) if other.kind in _PRIORITY else rank) < \
        (_PRIORITY.index(into.kind) if into.kind in _PRIORITY else rank)
    body = other if into.headline and not other.headline else into if other.headline and not into.headline else None
    if body is not None and body.kind in _SPECIFIC and into.kind != other.kind:
        took_kind = body is other  # ("Kenya secures Sh226bn project financing" over "… signed project delivery
        # agreements …": the kind the body names, not a headline's word for it)
    if took_kind:
        into.kind, into.noun = other.kind, other.noun
        into.evidence["kind"] = list(other.evidence.get("kind", []))
    for name in ("status", "date", "place", "forum", "proposed_arrangement"):
        if getattr(into, name) is None and getattr(other, name) is not None:
            setattr(into, name, getattr(other, name))
    if other.status == "signed" and into.status == "announced" and into.kind not in ("proposal", "talks"):
        into.status = "signed"
    if body is other and into.status == "announced" and other.status in ("under_construction", "operational", "completed"):
        into.status = other.status  # (a headline's "China to build … satellite" joined by the body's work that is done)
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
    known = {p.id: p for p in into.parties}
    into.parties += [p for p in other.parties if p.id not in known]
    if into.headline != other.headline:  # "Huawei and Ministry … sign memorandum" over "Huawei Tech Investment Tashkent
        # (Huawei) and the Ministry … signed": the headline's group is its unit the report names
        told = {p.id for p in (into if other.headline else other).parties}
        into.parties = [p for p in into.parties if not (p.id not in told and any(
            q.parent == p.id and q.id in told for q in into.parties))]
    for p in other.parties:  # ("Zambia secures … loan" over "… extended a loan … to the Government of Zambia": the role
        q = known.get(p.id)  # the body states is the party's)
        if q is not None and p.stated and not q.stated:
            q.role, q.stated = p.role, True
        elif q is not None and took_kind and not q.stated:
            q.role = p.role  # ("Three Awards Huawei … Deal" over "… a contract …": the role in the kind now the deal's)
        if q is not None and into.headline and not other.headline:
            q.name, q.span = p.name, p.span  # ("China Exim Bank" in the headline: the body's "Export-Import Bank of China")
    for name, spans in other.evidence.items():
        for span in spans:
            if span not in into.evidence.setdefault(name, []):
                into.evidence[name].append(span)
    into.sentences += [s for s in other.sentences if s not in into.sentences]


def _cost_of_named(sentence: str, last: Candidate) -> bool:
    """A sentence that says what a deal told before costs, naming what it is for by the name its first sentence gave
    ("the cost of SAIL will reach US$136 million" after "… signed an agreement … to build the South Atlantic Inter Link
    (SAIL)"), when the deal has no sum yet."""
    cost = _COST_OF_IT.match(sentence)
    if cost is None or last.amounts or not _AMOUNT.match(sentence, cost.end()):
        return False
    names = re.findall(r"\b[A-Z][\w-]{2,}\b", sentence[:cost.start("verb")])
    told = " ".join(x.text for x in last.sentences)
    return any(re.search(rf"\b{re.escape(n)}\b", told) for n in names if n not in ("The", "This", "Its", "Their", "According"))


# a work told as done by its verb ("ZTE has built a network", "rolled out 4G", "The Safe City system was implemented by …")
_PROJECT_DONE = re.compile(r"(?<!-)\b(?:built|installed|deployed|laid(?!\s(?:the\s)?foundation)|constructed|erected|landed|implemented|"
                           r"upgraded|rolled\sout|executed|moderni[sz]ed|carried\sout|undertaken|"
                           # (not "The Huawei-built cable will be completed by June": who builds it)
                           # ("Huawei set up Ghana's first 5G network in 2019": done — not "to set up")
                           r"(?<!to\s)set\sup(?=\s(?:an?|the|its|their|(?-i:[A-Z])[\w-]+['’]s)\s)|"
                           # (not "delivered a speech": words, no work)
                           r"delivered(?!\s(?:an?\s|the\s|his\s|her\s|its\s|their\s)?(?:[\w-]+\s)?(?:speech|address|"
                           r"remarks|keynote|presentation|talk|lecture|statement|message)\b)|"
                           r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s))set\sup)\b", re.I)


# a work or a scheme to come, by the words before its verb: "Huawei will set up a data centre", "is to train"
_TO_COME = r"\b(?:will|would|(?:is|are)\s(?:set\s)?to|plans?\sto|aims?\sto)\s(?:also\s|soon\s|jointly\s)?"


# a headline's work to come: "Huawei to build Kenya's national data centre" — its words before "to" in capitals, none a
# headline's verb ("ZTE Selected to Build …", "Huawei Gets Nod to Build …": chosen, allowed — a deal of another kind)
_HEADLINE_FUTURE = (rf"|^(?:(?!(?-i:{'|'.join(sorted(HEADLINE_VERBS))}|Nod|Set|Poised|Ready|Plans?)\s)(?-i:[A-Z])[\w&'’.-]*\s){{1,5}}"
                    rf"to\s(?:{BUILT})\b")


# a step of the work, not the work: "completed the marine survey", "completed the first phase", "completed trials"
_A_STEP = re.compile(r"\s(?:the\s|a\s|an\s|its\s|their\s)?(?:[\w-]+\s){0,2}?(?:survey|study|studies|design|feasibility|"
                     r"first\sphase|first\sstage|phase\sone|trials?|tests?|testing|groundwork|preparations?)\b")


# a date that says when a thing described was made: ", created in 2013", ", founded in 1987", "which was established in"
_FOUNDED_IN = re.compile(r",\s(?:which\swas\s|that\swas\s)?(?:created|founded|established|incorporated|formed|set\sup)\s"
                         r"(?:in|on)\s$")


_CONSENT_TO_SIGN = re.compile(r"\b(?:gives?|gave|given|granted?|grants)\s(?:its\s)?(?:consent|approval|permission|(?:the\s)?go-ahead)\s"
                              r"(?:for|to)\s(?:the\s)?sign|\b(?:approved|authori[sz]ed|cleared)\sthe\ssigning\sof\b", re.I)
_PLANNED_BEFORE = re.compile(r"\b(?:would|will|plans?\sto|planned\sto|aims?\sto|(?:is|are)\sto)\b", re.I)


_JOINED_ROUTE = re.compile(r"\b(?P<route>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:[-–][A-Z][a-z]+(?:\s[A-Z][a-z]+)?)+)\s(?:(?:undersea|submarine|"
                           r"fib(?:re|er)(?:[- ]optic)?|optic(?:al)?|terrestrial|cross-border|data|internet)\s){0,2}"
                           r"(?:cables?|links?|systems?|networks?|corridors?|backbones?|interconnections?|highways?)\b")


# a venture made: its partners' deal is done ("formed", "set up" — "will form", "plans to set up" read as to come)
_VENTURE_FORMED = r"formed|created|established|set\sup|founded|incorporated|launched"


def _fill(c: Candidate, s: Sentence, text: str, gaz, published: str | None, first: bool, phases: dict) -> None:
    from ..resolve.countries import capital_country

    t = s.text
    # status
    # (a project "completed", "handed over": done — not only running, as "launched", "went live" tell)
    done = _ACQUIRED if c.kind == "acquisition" else r"completed|completes|finished|hand(?:ed|s)\sover" if c.kind == "project" else r"(?!x)x"
    lent = _LENT if c.kind in ("loan", "pledge") else r"(?!x)x"
    # (an agreement or a sum is not built, nor does it run: "Kenya has secured … in funding from China to build a data
    # center in a tech city currently under construction" tells the city's state, not the loan's)
    building, running = (r"(?!x)x", r"(?!x)x") if c.kind in _AGREED_KINDS else (BUILDING, OPERATIONAL)
    for name, pattern in (("cancelled", CANCELLED), ("completed", done), ("under_construction", building),
                          ("operational", running), ("signed", SIGNED), ("signed", AWARDED), ("signed", lent),
                          ("signed", CONCLUDED_NOUN),
                          ("signed", HIRING if c.kind == "contract" else r"(?!x)x"),
                          ("signed", GIVEN_TO if c.kind == "contract" else r"(?!x)x"),
                          # ("Kazakhtelecom and Azertelecom have formed a joint venture", "… was established in January 2015")
                          ("signed", _VENTURE_FORMED if c.kind == "joint_venture" else r"(?!x)x"),
                          ("announced", ANNOUNCED)):
        m = re.search(rf"\b(?:{pattern})\b", t, re.I)
        if m:
            if name == "signed" and re.search(rf"\b(?:will|to|would|plans? to|expected to|set to)\s(?:be\s)?(?:{pattern})\b|"
                                              rf"\b(?:of|after|once|upon|before|until)\s(?:the\s)?(?:\w+\s){{0,2}}being\s"
                                              rf"(?:{pattern})\b|\btowards?\s(?:{pattern})\b", t, re.I):
                # "… will sign", "within six months of the contract being signed", "progress toward signing
                name = "announced"
            if name == "signed" and re.search(r"\b(?:proposal|propos)", c.noun, re.I):
                name = "announced"
            if name == "signed" and re.search(r"\b(?:delays?|delayed|awaiting|await|pending|ahead\sof|prior\sto|before)\s(?:in\s|for\s|to\s)?"
                                              r"(?:the\s)?signing\b", t, re.I) and not re.search(r"\b(?:signed|inked|sealed)\b", t, re.I):
                name = "announced"  # ("There were delays in the signing of the formal loan agreement": not signed yet)
            if name in ("completed", "operational", "under_construction") and (
                    signing := SIGNED_WORD.search(t, 0, m.start())) and re.search(r"\sto\s", t[signing.end():m.start()]):
                continue  # ("signed an agreement … to develop 5G and to hold test launches this year": what the deal is for)
            if name == "cancelled" and re.search(r"\bshoe\s(?:has\s|had\s)?$", t[:m.start()], re.I):
                continue  # ("Now the other shoe has dropped": what was awaited came, nothing called off)
            if name == "signed" and c.kind in ("loan", "pledge") and not SIGNED_NOT_AGREED.search(t) and re.search(
                    r"\bagreed\s(?:in\sprinciple\s)?to\s(?:provide|lend|extend|give|grant)\b", t, re.I):
                name = "announced"  # ("China Development Bank has agreed to provide a commercial loan to Bolivia": to come)
            if name == "signed" and re.search(r"\bagreed\sin\sprinciple\b", t, re.I) and not SIGNED_NOT_AGREED.search(t):
                name = "announced"  # ("… and Huawei PNG agreed in principle to establish an ICT Academy": not yet agreed in full)
            if name in ("completed", "operational") and m.group().lower() in ("completed", "completes") and _A_STEP.match(t, m.end()):
                name = "under_construction"  # "had completed the marine survey for the … cable project": a step of it
            if name in ("completed", "operational", "under_construction") and re.search(
                    r"\b(?:expected|due|scheduled|set|slated|planned|likely)\sto\s(?:be\s)?$|"
                    # ("to be launched in early 2007", "When the project is completed, …": to come)
                    r"\b(?:to|will|would|shall)\sbe\s$|\b(?:when|once|after)\s(?:the\s)?(?:[\w-]+\s){0,3}?(?:is|are)\s$|"
                    r"\b(?:[Ww]hen|[Oo]nce|[Uu]ntil)\s$",  # ("Once completed, the fibres … are expected to …")
                    t[:m.start()], re.I):
                continue  # "The project is expected to be completed in late 2019": a plan, no status yet
            if name in ("completed", "operational") and m.group().lower() in ("completed", "completes") and re.match(
                    r"\s(?:the\s)?(?:[\w-]+\s){0,3}?(?:of\s)?(?:an?\s|the\s|its\s)?(?:[\w$€£.,-]+\s){0,3}?"
                    r"(?:deal|agreement|contract|signing|negotiations|transaction)s?\b", t[m.end():], re.I):
                name = "signed"  # "ZTE has completed the second half of a US$1.5 billion deal": concluded, not built
            if name == "operational" and re.search(r"\b(?:construction|laying|works?|building|installation|groundbreaking)\b"
                                                   r"[^.;]{0,100}?\s(?:was|were|has\sbeen|have\sbeen)\s(?:officially\s)?$",
                                                   t[:m.start()], re.I):
                name = "under_construction"  # "The laying of 3,200 km-long fiber optic cable was launched on Tuesday": begun
            if name == "announced" and c.kind == "project" and re.match(r"introduc|announc|held|hold", m.group(), re.I) and \
                    _PROJECT_DONE.search(t) and not re.search(
                    rf"\b(?:will|would|to|plans?\sto|expected\sto)\s(?:be\s)?(?:[\w-]+\s)?(?:{BUILT})\b", t, re.I):
                continue  # ("Not only has Huawei introduced 3G …, it has also deployed the country's first LTE network": done)
            if c.status is None or (name == "cancelled" and c.status in ("announced", "signed")) or (
                    # (a loan agreed to, then signed: "… has agreed to provide credit of up to US$15.5 million … The bank
                    # and the power company signed the loan agreement in Beijing on Saturday")
                    name == "signed" and c.status == "announced" and c.kind in ("loan", "pledge") and s is not c.sentences[0]
                    and SIGNED_NOT_AGREED.search(t)):
                c.status = name  # (a deal told as planned or signed, then dropped: cancelled)
                c.note("status", s.start + m.start(), s.start + m.end(), text)
            break
    if c.kind == "project" and c.status is None:
        # a project told by its verb alone: "Huawei will set up a data centre" is announced, "ZTE has built a
        # network" completed
        # (and a headline's future: "Huawei to build Kenya's national data centre")
        headline_future = _HEADLINE_FUTURE if c.headline or (s is c.sentences[0] and
                                                             not t.rstrip().endswith((".", '"', "”"))) else ""
        m = re.search(rf"{_TO_COME}(?:{BUILT})\b|"
                      # ("The project will see 161 towers built", "will have … installed": built in time to come)
                      r"\bwill\s(?:see|have|get)\s(?:[\w,-]+\s){1,6}?(?:built|installed|deployed|laid|constructed|delivered)\b|"
                      # ("500 buildings will be connected by a … network built by Huawei": what the work will do, to come)
                      r"\bwill\s(?:be\s)?(?:connected|linked|served|covered|equipped|extended|provided|upgraded)\s(?:to|by|with)\b"
                      + headline_future, t, re.I)
        done = m is None and _PROJECT_DONE.search(t)
        # ("Huawei unveiled the 5G network of Zamtel": put before the public, running)
        shown = m is None and not done and re.search(r"\bunveiled\b", t, re.I)
        if m or done or shown:
            c.status = "announced" if m else "completed" if done else "operational"
            c.note("status", s.start + (m or done or shown).start(), s.start + (m or done or shown).end(), text)
    part = re.search(r"\b(\d+(?:\.\d+)?)\s?(?:%|per\s?cent)\s(?:of\s)?(?:[\w'’-]+\s){0,6}?(?:(?:is|was|has\sbeen|have\sbeen)\s)?"
                     r"(?:complete|completed|done|finished|built)\b", t, re.I) if c.status == "completed" else None
    if part and float(part[1]) < 100:
        c.status = "under_construction"  # "Over 70% of the Huawei-built national fibre network completed": in hand
        c.note("status", s.start + part.start(), s.start + part.end(), text)
    if c.kind == "training_programme" and c.status is None:
        m = re.search(rf"{_TO_COME}(?:train|offer|provide|sponsor|fund|set\sup|launch)\b", t, re.I)
        # ("Huawei will train 1,000 Kenyan civil servants": to come)
        if m:
            c.status = "announced"
            c.note("status", s.start + m.start(), s.start + m.end(), text)
    if c.kind == "acquisition" and c.status is None:
        m = re.search(r"\b(?:will|(?:is|are)\s(?:set\s)?to|plans?\sto|intends?\sto)\s(?:also\s)?(?:acquire|buy|take\sover|"
                      r"purchase|pay|take(?=\s(?:an?\s|the\s)?(?:[\w%.,$-]+\s){0,3}?stakes?\b))\b", t, re.I)
        # "China Unicom will acquire a 20 percent stake", "will pay 4.5 billion rupees for a 26% stake": not done yet
        if m:
            c.status = "announced"
            c.note("status", s.start + m.start(), s.start + m.end(), text)
    if c.kind in ("loan", "pledge") and c.status is None:
        m = re.search(r"\b(?:will|would|(?:is|are)\s(?:set\s)?to|plans?\sto|agreed\sto|(?<=[A-Za-z]\s)to)\s(?:also\s)?(?:lend|provide|"
                      r"finance|fund|extend|borrow)\b", t, re.I)  # "the bank will lend $150 million": promised, not yet signed
        # ("the government said it will borrow $66 million": to come, not yet signed)
        if m:
            c.status = "announced"
            c.note("status", s.start + m.start(), s.start + m.end(), text)
    if c.kind in ("proposal", "talks") and c.status in (None, "signed", "operational", "under_construction"):
        c.status = "announced"  # "opened talks": talks are announced, never operational
    if c.kind == "training_programme" and c.status == "signed" and not SIGNED_WORD.search(t):
        c.status = "announced"
    # date: the first the deal's sentences state; a dateline's date ("PHNOM PENH, Jan. 22 (Xinhua) --")
    # only until a sentence states the deal's own ("inked on Monday")
    # (not the day a parliament ratified it: "The State Duma has ratified an agreement … on Tuesday")
    if (c.date is None or c.date_weak) and not re.search(r"\bratifi(?:ed|es)\b", t):
        found = _date_in(t, published, announced=c.status == "announced")
        if found and not first and _PLANNED_BEFORE.search(t, 0, found[1][0]) and \
                not SIGNED_WORD.search(t, 0, found[1][0]):
            found = None  # "Under the deal, the two sides would … launch in 2023 the first pilot": what is planned, not the deal
        if found and not first and not found[2] and not _deal_clause(t, *found[1]):
            found = None  # "… after its shares rose by 24% in 2024": a later sentence's date of something else
        if found and _EARLIER_ONE.search(t, max(0, found[1][0] - 70), found[1][0]):
            found = None  # "This agreement … follows one signed in 2015": the earlier deal's date
        if found and _DUE_BY.search(t, max(0, found[1][0] - 60), found[1][0]):
            found = None  # "…, which is expected to roll out in 2013": when the work is due, not the deal
        if found and not first and re.search(r"\bfirst\s(?:launched|held|started|introduced|began|ran|organi[sz]ed)\b[^.;]{0,40}$",
                                             t[max(0, found[1][0] - 60):found[1][0]]):
            found = None  # "The program first launched in Pakistan in 2015 and this is the 7th time …": its first edition
        if found and c.kind not in ("joint_venture", "project", "training_programme") and \
                _FOUNDED_IN.search(t, max(0, found[1][0] - 60), found[1][0]):
            found = None  # "… through the Huawei ICT Academy, created in 2013 to promote …": when something else began
        if found and re.search(r"\b(?:cooperation|partnership|collaboration|relationship|ties)\s(?:that\s|which\s)?(?:was\s|were\s|"
                               r"had\sbeen\s)?(?:first\s)?(?:initiated|started|begun|began|launched|established)\b[^.;]{0,60}?\s"
                               r"(?:in|since)\s$", t[max(0, found[1][0] - 120):found[1][0]]):
            found = None  # ("The MoU builds upon the strategic cooperation initiated between Huawei and the ministry in 2013")
        if found and _CONSENT_TO_SIGN.search(t):
            found = (found[0], found[1], True)  # ("In December 2016, the Government gives consent for signing the
            # Agreement …": the day it was allowed, until a sentence tells the signing's — "This agreement was signed at
            # the beginning of February 2017")
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
    venue = venue_city = None  # "… signed at the Mobile World Congress in Barcelona, Spain": a country only as where it
    # was signed (and its city, "… in Bogotá, Colombia")
    if c.place is None and re.search(rf"\b(?:{SIGNED}|signing)\b", t, re.I):
        # "the signing of an MoU between the government and Huawei in Beijing": a city where a signing is told
        for m in re.finditer(r"\bin\s([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)(?:,\s([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?))?", t):
            # where the signing was: "at/during the Mobile World Congress in Barcelona", or after the signing verb —
            # not a purpose's place ("signed an agreement with MPT to construct a station in Ngwe Saung, Myanmar")
            signed = list(re.finditer(rf"\b(?:{SIGNED}|signing)\b", t[:m.start()], re.I))
            event = re.search(r"\b(?i:at|during|on\sthe\s(?:sidelines|margins)\sof)\s(?:the\s)?(?:[A-Z0-9][\w'’&()-]*\s){1,8}"
                              r"(?:(?:held|taking\splace|organi[sz]ed)\s)?$", t[:m.start()])  # ("… Summit held in Essaouira")
            purpose = re.search(r"\bto\s(?!the\b|an?\b)[a-z]+\b", t[signed[-1].end() if signed else 0:m.start()])
            # ("… for the implementation of Safe Cities projects in Sialkot": where the projects are)
            # (and "… signed landing party agreements … for cable landing in Djibouti, Pakistan and France": where the
            # work is)
            built_there = re.search(r"\b(?:projects?|networks?|cit(?:y|ies)|cent(?:re|er)s?|stations?|cables?|towers?|schools?|"
                                    r"areas|regions?|provinces?|districts?|sites?|facilit(?:y|ies)|parks?|zones?|landings?|"
                                    r"construction|installation|deployment)\s$", t[:m.start()])
            # (but "… for the satellite's ground control project in Beijing": a capital is where deals are signed)
            if built_there and capital_country(m[1]) and re.match(r"projects?\b", built_there.group()):
                built_there = None
            # ("UNESCO Multisector Regional Office in Santiago": a body's seat, part of its name)
            built_there = built_there or re.search(r"\b(?:Office|Bureau|Branch|Embassy|Consulate|Mission|Headquarters|"
                                                   r"Representation|Delegation)\s$", t[:m.start()])
            if not event and (purpose or built_there or (m[2] and not signed)):
                continue
            if m[2] and _place(m[2]) == m[2] and not _place(m[1]) and not _NOT_A_CITY.search(m[1]):
                c.place, venue, venue_city = f"{m[1]}, {m[2]}", m.span(2), m.span(1)
                c.note("place", s.start + m.start(1), s.start + m.end(2), text)
                break
            if _is_city(m[1]):
                c.place = _place(m[1]) or m[1]
                c.note("place", s.start + m.start(1), s.start + m.end(1), text)
                break
    # mentions: countries, technology, forum, programmes
    before_the_deal = since_clauses(t)
    for mention in gaz.find(t):
        if mention.kind in ("country", "capital") and any(x <= mention.start < y for x, y in before_the_deal):
            continue  # "its first loan … since it switched recognition from Taiwan to China": no country of the deal
        a, b = s.start + mention.start, s.start + mention.end
        if mention.kind == "capital" and mention.value not in c.countries and not _dateline(t, mention) and \
                not _in_another_country(text, mention) and (mention.start, mention.end) != venue_city and \
                not re.search(rf"\b(?:{EVENT_HEADS})\s(?:held\s|taking\splace\s)?in\s$", t[:mention.start]):
            # (not "… was celebrated at the second LAC ICT Talent Summit in Bogotá": where an event was held)
            c.countries.append(mention.value)  # "with Beijing": the government seated there
            c.note("countries", a, b, text)
        elif mention.kind == "country" and mention.value == "USA" and re.search(r"\b(?:Latin|South|Central|North)\s$",
                                                                             t[:mention.start]):
            continue  # "the Latin American country": a region, not the United States
        elif mention.kind == "country" and mention.value not in c.countries and (mention.start, mention.end) != venue and \
                (not _SHORT_FORM.fullmatch(mention.text) or (mention.value in ("GBR", "ARE") and
                                                             re.search(r"\bin\sthe\s$", t[max(0, mention.start - 8):mention.start]))) \
                and not CURRENCY_AFTER.match(t, mention.end) and \
                not _COVERED.search(t[:mention.start]) and not _EVENT_HELD_IN.search(t[:mention.start]) and \
                not _in_credit(t, mention) and not _a_surname(t, mention, text):
            # (not "amid friction between the US and Huawei": a party, or none — but "a 5G network in the UK", "in the UAE":
            # where, as "in the US" most often is not, a market the deal is told against; nor "Japanese yen": money)
            c.countries.append(mention.value)
            c.note("countries", a, b, text)
        elif mention.kind == "technology" and mention.value not in c.technology and not _EVENT_NAME.match(t, mention.end):
            c.technology.append(mention.value)
            c.note("technology", a, b, text)
        elif mention.kind == "forum" and c.forum is None:
            c.forum = mention.value
            c.note("forum", a, b, text)
        elif mention.kind == "programme":
            _programme(c, mention, a, b, text, phases)
    _collapse_phases(c, t, phases)
    # the countries a cable's name joins with hyphens ("the Kenya-Tanzania-Mozambique undersea cable": the gazetteer reads
    # no name joined by a hyphen, as in "Kenya-based")
    for m in _JOINED_ROUTE.finditer(t):
        for part in re.finditer(r"[^-–]+", m["route"]):
            hit = next((x for x in gaz.find(part.group().strip()) if x.kind == "country" and x.text == part.group().strip()), None)
            if hit and hit.value not in c.countries:
                c.countries.append(hit.value)
                c.note("countries", s.start + m.start("route") + part.start(), s.start + m.start("route") + part.end(), text)
    # technology written as "5G/6G networks"
    for m in re.finditer(r"\b([2-6])G(?:/([2-6])G)+\b", t):
        for g in re.findall(r"([2-6])G", m.group()):
            tag = f"{g}g"
            if tag not in c.technology:
                c.technology.append(tag)
                c.note("technology", s.start + m.start(), s.start + m.end(), text)
    # amounts
    before: tuple[int, bool] | None = None  # where the sum before ended, and whether it was the deal's
    for m in _AMOUNT.finditer(t):
        value, cur = _amount(m)
        if m["cur1"] == "$" and re.search(r"(?:US\$|\$US|USD)\s?[\d.,]+\s?(?:[a-z]+\s?)?\($", t[max(0, m.start() - 40):m.start()]):
            continue  # "$US53 million ($74 million)": the bracket's dollars are another country's
        # ("$550 million (€456m)", "$40 million [48 billion Iraqi dinars]": the same sum in another currency is the deal's
        # when the first is)
        converted = before is not None and re.fullmatch(r"\s?[(\[]\s?(?:(?:about|around|approximately|roughly|some|or|"
                                                        r"nearly|over)\s)?", t[before[0]:m.start()], re.I)
        own = before[1] if converted else not _is_background_amount(t, m, c.kind, bool(c.amounts))
        if value and cur:
            before = (m.end(), own)
        if value and cur and (value, cur) not in c.amounts and own:
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


# "The deal comes three months after …", "The agreement came a week after …": what follows is another, earlier deal
# ("The new credit facility, from the Export-Import Bank of China, comes two months after the vendor secured a $15
# billion credit line from …": a subject told with its apposition, and a party told by its noun who signed)
_CAME_AFTER = re.compile(r"^(?:The|This|That|It|Its)\s(?:[\w-]+\s){0,3}?(?:[\w-]+,\s[^.;]{0,80}?,\s)?(?:comes?|came|follows?|"
                         r"followed)\s(?:[\w-]+\s){0,3}?(?:after|since)\s(?:(?:the\s)?(?=[A-Z])|(?=(?:the|its)\s[\w-]+\s"
                         r"(?:secured|signed|inked|sealed|won|struck|obtained|agreed)\b))")

# "follows one signed in 2015", "renews an earlier agreement signed in May 2019": the date of the deal before
_EARLIER_ONE = re.compile(r"\b(?:follows|followed|replaces|replaced|renews|renewed|succeeds|succeeded|extends|extended|builds\son)\s"
                          r"(?:one|an?\s(?:earlier|previous|first|similar|prior)\s[\w-]+|the\s(?:one|first|earlier|previous|prior)"
                          r"(?:\s[\w-]+)?)\s(?:(?:signed|inked|agreed|reached|concluded)\s)?(?:in|on)\s$")


# "is expected to roll out in 2013", "due to be completed by 2020": when the work is due (not "expected to be signed in
# March": the signing)
_DUE_BY = re.compile(r"(?:\b(?:expected|set|due|scheduled|slated)\sto\s|,\s(?:which\sis\s|and\s)?to\sbe\s|\bwill\sbe\s)"
                     r"(?!(?:be\s)?(?:sign|signed|inked|sealed)\b)(?:[\w-]+\s){0,5}?"
                     r"(?:in|by|from|before)\s(?:early\s|late\s|mid-)?$")  # (", to be launched in 2023": when it is due)


# where a clause ends: "… interest after its shares rose by 24% in 2024", "…, which …"
_CLAUSE_EDGE = re.compile(r";|\s(?:after|before|when|while|because|since|although|though|whereas|but|which|who)\s")


def _deal_clause(sentence: str, a: int, b: int) -> bool:
    """Whether the clause around a date ([a:b]) tells a deal: a verb of a deal or an arrangement's noun."""
    start = max((m.end() for m in _CLAUSE_EDGE.finditer(sentence, 0, a)), default=0)
    end = next((m.start() for m in _CLAUSE_EDGE.finditer(sentence, b)), len(sentence))
    clause = sentence[start:end]
    return bool(_VERBS.search(clause) or _NOUN_RE.search(clause))


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


# "a geostationary satellite set to provide broadcast and data transmission services over China, Russia, India and the
# Middle East": where a service reaches, no country of the deal
_COVERED = re.compile(r"\b(?:services?|coverage)\s(?:over|across|throughout)\s(?:[\w'’-]+,?\s(?:and\s)?){0,6}$")


# "On the sidelines of the International Telecommunications Forum, organized by the … Union (ITU) in Hungary …": where
# an event was held, no country of the deal
_EVENT_HELD_IN = re.compile(rf"\b(?:{EVENT_HEADS}),?\s(?:(?:organi[sz]ed|hosted|held|convened)\s[^.;]{{0,60}}?\s)in\s$")


def _in_another_country(article: str, mention: Mention) -> bool:
    """"The Topolobambo - La Paz submarine cable … for La Paz, Mexico's second largest tourist destination": a city
    of that name the article places in another country than the one it is the capital of."""
    for m in re.finditer(rf"\b{re.escape(mention.text)},\s([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:['’]s\b|[,.;]|\s(?!and\b)[a-z])",
                         article):
        code = _country_of(m[1])
        if code is not None and code != mention.value:
            return True
    return False


def _in_credit(sentence: str, mention: Mention) -> bool:
    """"DHAKA, (APP - UrduPoint / Pakistan Point News - 25th May, 2023 ):Transsion …": a country in the brackets that
    credit the outlets and date a report, not a country of the deal."""
    opened = sentence.rfind("(", 0, mention.start)
    closed = sentence.find(")", mention.end)
    return opened != -1 and closed != -1 and ")" not in sentence[opened:mention.start] and \
        bool(re.search(r"\b(?:News|Agency|Times|Post|Reuters|Xinhua|AFP|APP|PTI|Bernama|Tribune|Herald)\b",
                       sentence[opened:closed])) and bool(re.search(r"\b(?:19|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)?\s[A-Z][a-z]+",
                                                                sentence[opened:closed]))


def _filed_where(out: list[Candidate], sents: list[Sentence], text: str, gaz) -> None:
    """"LUSAKA, March 3 (Xinhua) -- Huawei has launched a new data centre": a deal whose sentences name no country but
    China's is of the country whose capital the report was filed from, when the report names no other (a capital of
    China's, or an aggregate's, tells nothing of where the deals are)."""
    if all(any(k not in _CHINESE for k in c.countries) or c.aggregate for c in out):
        return  # (every deal has its country already: nothing to read)
    code = None
    for s in sents[:4]:
        first = next(iter(gaz.find(s.text[:40])), None)
        if first is not None and first.kind == "capital" and _dateline(s.text, first):
            code = first.value
            break
    if code is None or code in _CHINESE:
        return
    # (only where the report names no other country: "PARIS — APT Satellite Holdings … Thales Alenia Space of France and
    # Italy": filed in Paris, about deals elsewhere)
    named = {x.value for x in _mentions(text, gaz) if x.kind in ("country", "capital")} - set(_CHINESE)
    if named - {code}:
        return
    for c in out:
        if not c.aggregate and all(k in _CHINESE for k in c.countries):
            c.countries.append(code)


def _dateline(sentence: str, mention: Mention) -> bool:
    """"ISLAMABAD: …" or "BEIJING, Dec 22 (Reuters) -": where the report was filed, not who took part."""
    return mention.start == 0 and bool(re.match(r"[A-Z\s]+(?::|,|\s[-–—])", sentence[:mention.end + 2]))


# the words a sum follows when it is a deal's total or estimate ("a total cost of around", "an estimated", "is estimated
# at", "with a total value of more than")
_OWN_TOTAL = re.compile(r"\b(?:total|overall|estimated)\s(?:(?:contract|project|deal|loan)\s)?(?:(?:value|cost|price|investment|"
                        r"worth|amount|sum)\s)?(?:(?:of|at|is|was|will\sbe|would\sbe|stands\sat|stood\sat)\s)?"
                        r"(?:(?:around|about|approximately|some|nearly|almost|more\sthan|over|up\sto|roughly|close\sto)\s)?$",
                        re.I)


def _is_background_amount(sentence: str, m: re.Match, kind: str | None = None, has_sum: bool = False) -> bool:
    """A sum that is not the deal's: a total, a budget — or an earlier deal's ("expanding a $10 billion loan deal
    from 2004", "up from $5 million"); for a loan (``kind``), what the project costs; for a deal that ``has_sum``
    already, the whole it is part of."""
    before = sentence[max(0, m.start() - 60):m.start()]
    # (but "The two contracts … have a total value of CNY1.33 billion": the deal's own sum, told as its total)
    own_total = re.search(r"\b(?:contracts?|deals?|agreements?|loans?)\b[^.;]{0,80}?\b(?:have|has|had|with|carry|carries)\s"
                          r"(?:a\s)?(?:combined\s|total\s|overall\s)value\sof\s$", sentence[max(0, m.start() - 140):m.start()], re.I)
    # ("at a total cost of around A$75 million", "worth an estimated $45 million", "is estimated at 20 million euros": the
    # sum told right after the words is the deal's; a firm's value a price is "based on" is not)
    own_total = own_total or bool(_OWN_TOTAL.search(before) and not re.search(
        r"\b(?:based\son|valu(?:ed|ation|ing))\b", sentence[max(0, m.start() - 80):m.start()], re.I))
    return bool(not own_total and re.search(r"\b(?:total|overall|estimated|worth of trade|trade volume|GDP|budget)\b",
                                            before, re.I) or
                # (a loan's sum is what is lent, not what the project costs: "a loan to Bolivia for the project's costs, which
                # have been estimated at around $300 million")
                kind in ("loan", "pledge") and re.search(r"\bcosts?\b[^.;$€£]{0,60}$", sentence[max(0, m.start() - 70):m.start()]) or
                # (a deal with its sum already: "The $98 million loan was also part of the landmark $4 billion deals signed
                # between …" — the whole it is part of; but "The service is part of a $1.6 billion deal signed between …" is
                # the deal's own sum)
                has_sum and re.search(r"\bpart\sof\s(?:the|a|an)\s(?:[\w’'-]+\s){0,2}$", before, re.I) or
                # ("valuing the business at $285 million", "could have saved the country as much as US$48 million": a firm's
                # worth, a saving)
                re.search(r"\b(?:valu(?:ing|es)\s(?:the|its|it|them)\s(?:[\w’'-]+\s){0,3}?at|valuation\sof|"
                          r"sav(?:e|es|ed|ing)\s(?:[\w’'-]+\s){0,3}?(?:as\smuch\sas|up\sto|about|some|nearly|around))\s?$",
                          before, re.I) or
                re.search(r"\b(?:expand(?:s|ed|ing)?|replac(?:es|ed|ing)|on\stop\sof|add(?:s|ed|ing)?\sto|in\saddition\sto|"
                          r"up\sfrom|down\sfrom|compared\swith|previous)\s(?:an?\s|the\s|its\s|their\s)?(?:earlier\s)?$",
                          sentence[max(0, m.start() - 40):m.start()], re.I) or
                re.match(r"\s(?:[\w-]+\s){0,3}?(?:loans?|deals?|agreements?|credits?|facilit(?:y|ies)|lines?)\s(?:from|of|signed\sin)\s"
                         r"(?:19|20)\d\d\b", sentence[m.end():], re.I) or
                # ("the country's US$27 billion telecoms industry", "a $2 billion mobile market": a market's size)
                re.match(r"\s(?:[\w-]+\s){0,2}?(?:market|industry|sector|economy)\b", sentence[m.end():], re.I) or
                re.search(r"\b(?:market|industry|sector|economy)\s(?:(?:is\s|was\s)?(?:worth|valued\sat|estimated\sat)|of|"
                          r"(?:is|was)\s(?:expected\sto\s(?:reach|hit)|forecast\sto\s(?:reach|hit)))\s(?:about\s|around\s|some\s|"
                          r"nearly\s|over\s|more\sthan\s)?$", before, re.I) or
                # ("22 million US dollars (USD) were spent for … this project, including a 20.9 million USD loan": the
                # project's cost, which holds the deal's sum)
                re.match(r"(?:\s\([A-Z]{3}\))?\s(?:were|was|has\sbeen|have\sbeen|had\sbeen)\s(?:already\s)?spent\b",
                         sentence[m.end():]))


def _amount(m: re.Match) -> tuple[int | None, str | None]:
    number = m["n1"] or m["n2"]
    scale = (m["s1"] or m["s2"] or "").lower()
    cur_text = m["cur1"] or m["cur2"]
    if m["cur1"] and scale in ("m", "b", "k") and not re.match(r"\d", number):
        return None, None
    if cur_text in ("P", "N", "K") and (m["cur2"] or not scale):
        return None, None  # ("P20.31 billion": a letter alone is a currency before a number with its scale only)
    cur = next((code for pattern, code in CURRENCIES if re.fullmatch(pattern, cur_text, re.I)), None)
    if cur == "ISO":  # any other code of ISO 4217 ("KZT 12bn", "IQD 1.2 trillion"); three capitals that are none are no amount
        cur = cur_text if iso_currency(cur_text) else None
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


def _is_city(words: str) -> bool:
    from ..resolve.countries import PLACE_WORDS, capital_country, city_countries
    from ..resolve.normalise import fold

    k = fold(words)
    return bool(capital_country(k)) or (k in PLACE_WORDS and len(k) > 3) or bool(city_countries(k))


# "in Mobile, Alabama" is a city; "in Huawei Technologies, China" is not
_NOT_A_CITY = re.compile(rf"\b(?:{ORG_HEADS})\b")
# "Mobile World Congress", "Digital Silk Road Forum": a technology's word in the name of an event says nothing of the deal
_EVENT_NAME = re.compile(rf"(?:\s[A-Z][\w-]*){{0,3}}\s(?:{EVENT_HEADS})\b")


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
