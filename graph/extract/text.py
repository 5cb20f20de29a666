"""An article as plain text, with sentences and their character spans.

:func:`read_article` takes a news report as plain text or HTML: HTML is reduced to the text a
reader sees (scripts, styles and navigation dropped, one paragraph per block element), and every
character span the extractor reports refers to that plain text, which ``dsr extract`` prints or
writes with the candidates so a reviewer can find the evidence.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

__all__ = ["Sentence", "decode_article", "read_article", "sentences"]


class NotText(ValueError):
    """The bytes of an article are not text this reader can decode (the message says where and why)."""


# a page's own word on its encoding: <meta charset="…">, <meta http-equiv="Content-Type" content="…; charset=…">,
# <?xml … encoding="…"?>
_DECLARED = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
                       re.I)


def decode_article(data: bytes) -> str:
    """The text of an article given as bytes: UTF-8 (with or without its byte-order mark), UTF-16 with
    its byte-order mark, or an HTML page in the encoding it declares (``<meta charset="windows-1252">``,
    as older news sites are). Raises :class:`NotText` naming the line and column of the first byte that
    is not text in that encoding."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[len(codecs.BOM_UTF8):], "utf-8", "UTF-8", offset=len(codecs.BOM_UTF8), whole=data)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16", "UTF-16")
    declared = _DECLARED.search(data[:4096])
    name = (declared.group(1) or declared.group(2)).decode("ascii") if declared else None
    if name:
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            raise NotText(f"the page declares the encoding {name!r}, which this reader does not know: "
                          "convert it to UTF-8 first") from None
        if codec not in ("utf-8", "utf-16", "utf-32"):  # (a page that says UTF-8 is read as UTF-8 below)
            return _decode(data, codec, name)
    return _decode(data, "utf-8", "UTF-8")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # (tab, line feed, form feed and carriage return are text)


def _decode(data: bytes, codec: str, shown: str, offset: int = 0, whole: bytes | None = None) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        whole = data if whole is None else whole
        at = exc.start + offset
        line = whole.count(b"\n", 0, at) + 1
        column = at - (whole.rfind(b"\n", 0, at) + 1) + 1
        raise NotText(f"line {line}, column {column} (byte {at}): not {shown} text (0x{whole[at]:02x}); give "
                      "the article as UTF-8, or as an HTML page that declares its encoding") from None
    bad = _CONTROL.search(text)
    if bad:  # a binary file (a PDF, a word processor's file), or UTF-16 without its byte-order mark
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        raise NotText(f"line {line}, column {column}: a control character (U+{ord(bad.group()):04X}), so no text "
                      f"in {shown}: give the article as text or HTML")
    return text

_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header",
           "footer", "blockquote", "figcaption", "td", "title"}
_SKIP = {"script", "style", "noscript", "nav", "svg", "form", "button", "iframe", "template"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def read_article(raw: str) -> str:
    """The plain text of an article given as text or HTML (told apart by its tags)."""
    if re.search(r"<\s*(html|body|p|div|article|br)\b", raw[:5000], re.I):
        parser = _Text()
        parser.feed(raw)
        parser.close()
        text = "".join(parser.parts)
    else:
        text = html.unescape(raw) if re.search(r"&(amp|nbsp|#\d+);", raw) else raw
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return _unwrap("\n".join(out).strip()) + "\n"


def _unwrap(text: str) -> str:
    """Text wrapped at a fixed width (wire copy, e-mail, plain-text pages: "…has acquired some major
    contracts from" / "Bangladeshi telecom operators…") with its lines joined again, so that a sentence
    is read whole; a text whose lines are paragraphs is left as it is. A short line (a byline, a
    headline) is never joined to the next."""
    lines = text.split("\n")
    inner = [a for a, b in zip(lines, lines[1:]) if a and b]
    broken = [a for a in inner if 45 <= len(a) <= 100 and not re.search(r"[.!?:;][\"”’')]?$", a)]
    # (the short lines of a header — "TAGS: EINV ECON", "FM AMEMBASSY TASHKENT" — say nothing of the width)
    if len(broken) < 3 or len(broken) < 0.4 * len([a for a in inner if len(a) >= 45]):
        return text
    out, previous = [lines[0]], lines[0]
    for line in lines[1:]:
        if line and previous and (len(previous) >= 45 or line[0].islower()):
            out[-1] += " " + line  # the line before was cut at the width (or mid-sentence): this one goes on
        else:
            out.append(line)
        previous = line
    return "\n".join(out)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


# a sentence ends at . ! ? followed by space and a capital, a quote or a digit — not after an
# abbreviation ("Co.", "Ltd.", "Mr.", "U.S.", "No.") or an initial
_ABBREV = re.compile(r"(?:\b(?:Co|Ltd|Inc|Corp|Mr|Mrs|Ms|Dr|Prof|No|St|Jr|Sr|Gov|Gen|Lt|Col|Capt|vs|etc|approx|Rs|Sh|"
                     r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Messrs|Bhd|Sdn|Pvt|Plc|Pte)|\b[A-Z](?:\.[A-Z])*)\.$")


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` with their spans (a line is never joined to the next)."""
    out: list[Sentence] = []
    for m in re.finditer(r"[^\n]+", text):
        line, base = m.group(), m.start()
        start = 0
        # (", while ZTE is the sole supplier for CSL": a clause that tells a deal of its own, read as a sentence)
        for end in re.finditer(r"[.!?][\"”’']?(?=\s+[\"“‘'(A-Z0-9])|"
                             r",(?=\s(?:while|whereas)\s[A-Z].{0,100}?\b(?:supplier|vendor|signed|inked|won|awarded|contract|deal|"
                             r"agreement|MoU|loan)s?\b)", line):
            piece = line[start:end.end()]
            if _ABBREV.search(piece):
                continue
            _add(out, text, base + start, base + end.end())
            start = end.end()
        _add(out, text, base + start, base + len(line))
    return out


def _add(out: list, text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    if end > start:
        # ("(see "CIP launches HyBoard …")": another article's title, blanked so that it tells no deal)
        out.append(Sentence(start, end, _SEE.sub(lambda m: " " * len(m.group()), text[start:end])))


_SEE = re.compile(r"\((?:see|read|also read|related)\b[^)]*\)", re.I)
