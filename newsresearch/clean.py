"""Cleaning article text: unicode, whitespace, aggregator chrome, headlines, bylines.

Scraped pages carry *chrome* around the article: section names, "Next Story",
"Send Push", "Loving <App>? Download the app now", "Advertisement", share and
subscribe prompts, image credits. :func:`clean_text` removes them and says what
it removed, so that every change is auditable.

The rules, in order:

1. Unicode: NFC; no-break and other exotic spaces become spaces; zero-width
   characters and soft hyphens are dropped; ``\\r\\n`` becomes ``\\n``; lines
   are stripped; three or more newlines collapse to a blank line.
2. Chrome lines anywhere in the text: short lines (at most 120 characters)
   that match a pattern in :data:`CHROME_PATTERNS` (advertising, navigation,
   app promotion, share/subscribe prompts, image credits, "3 years ago",
   links to other stories such as "See also: <headline>"), and the headline
   line after a lone "Latest:" or "More on this". Before that, name hover
   cards inside sentences ("Jane Roe Jane Q. RoeOn The Money: <headlines> |
   <headlines> MORE", The Hill) are cut back to the visible name: their
   headlines would otherwise feed frame and tone measures.
3. The leading block (the lines before the first body line, a body line being
   one with 20+ words or 6+ words ending in sentence punctuation): bylines
   ("By A and B") go to ``authors``; the headline (the line equal to the known
   title, or else the last line of 3+ words) goes to ``title`` and leaves the
   text; other short unpunctuated lines (section names, site names) go.
4. The trailing block: short unpunctuated lines after a "Related stories",
   "More from" or "Read more" marker go, as do repeated site names.
5. A dateline (``PORT HALDEN (Wire) —``) is recognised and kept as metadata
   but left in the text, because it is part of the first sentence.

Lines that end in sentence punctuation are never removed by rules 3 and 4.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import pandas as pd

from .hover_cards import cut_cards

#: Whole-line patterns (case-insensitive) for chrome wherever it occurs.
CHROME_PATTERNS: tuple[str, ...] = (
    r"advertisements?:?(\s+continue reading( the main story)?)?",
    r"ad|ads|close|print|email|menu|search|home|skip ad|sponsored( content)?",
    r"share( this)?( article| story| post)?:?|share on \w+|share tweet( post)?( email)?",
    r"share this article.*|tweet|pin|whatsapp|facebook|twitter|linkedin",
    r"(next|previous|prev)( story| article| post)?:?",
    r"(next|prev|previous) image \d+ of \d+",
    r"send push|push notifications?( on)?",
    r".{0,60}download (the|our) ([\w&'’]+ ){0,3}app( now| today| for free| for .{1,60})?[.!]?",
    r"get the \w+( \w+)? app[.!]?",
    r"(loving|enjoying|like) .{1,40}\?.{0,60}",
    r"(click here|tap here).{0,80}",
    r"read more:?|read more at .{1,60}|more from .{1,50}:?|see more:?|show more",
    r"related( stories| articles| coverage| content| links| topics)?:?",
    r"(you may|you might) (also )?like:?|recommended( for you)?:?|trending( now)?:?",
    r"(sign up|subscribe|register)( now| today)?( for| to)?.{0,60}(newsletters?|updates|alerts|digest).{0,40}",
    r"subscribe( now| today)?[.!]?|manage newsletters|sign up|sign in|log in",
    r"follow us( on .{1,40})?[.!]?|follow @\w+.{0,40}|like us on facebook[.!]?",
    r"image copyright .{0,60}|image caption .{0,120}|enlarge this image.{0,100}|toggle caption.{0,80}",
    r"\(?(photo|image|picture|video)( credit)?:? .{0,60}(getty images|ap|reuters|afp|shutterstock)\)?",
    r"\(?(getty images|ap photo|reuters|afp|shutterstock|pixabay)\)?",
    r"(copyright )?(©|\(c\)|copyright) ?\d{4}.{0,80}|all rights reserved\.?",
    r"\d+ (seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago",
    r"this article is more than \d+ \w+ old",
    r"(updated|published|posted)( on)?:? .{0,40}\d{4}.{0,20}",
    r"comments?( \(\d+\))?|\d+ comments?|leave a comment|view comments",
    r"loading\.*|watch:?|listen:?|listen to this article.{0,30}|audio",
    r"[_*=~\-–—•·]{1,}",
    # Links to other stories and promotions, seen in ABP layouts (issue 12).
    r"story continued below|more on this\.*|go deeper:?|latest:?",
    r"visit .{1,40} homepage for more stories\.?|read or share this story:? ?\S*",
    r"(see also|see|read|related|latest) ?: ?[^.!?]{1,100}",
    r"\( ?(photos?|watch|video|see also|related|read more) ?: [^)]{1,100}\)",
    r"subscribe to our (.{1,40} )?(channel|podcast|newsletter)( .{1,40})?[.!]?",
    r"follow [\w .'’@-]{1,40} on (twitter|facebook|instagram)[.!]?( send tips to \S+)?",
    r"get our (daily|weekly|free) .{0,40}newsletters?\b.{0,120}",
    r"updated (at )?\d{1,2}[:.]\d{2} ?[ap]\.?m\.?( \w{2,4})?",
    r".{0,100}\((photo|image|video)( credit)?: [^)]{1,80}\)",
)
#: Lines that announce a linked headline on the next line ("Latest:" then the headline).
_LEAD_IN_RE = re.compile(r"^(latest|see also|related|more on this|read more)\W*$", re.IGNORECASE)
_CHROME_RE = re.compile(r"^(?:" + "|".join(CHROME_PATTERNS) + r")$", re.IGNORECASE)
_TRAILING_MARKER_RE = re.compile(
    r"^(related( stories| articles| coverage| content| links| topics)?|more from .{1,50}|"
    r"read more|more stories|recommended( for you)?|trending( now)?|you may also like)\W*$",
    re.IGNORECASE,
)
_BYLINE_RE = re.compile(
    r"^by\s+([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})*)"
    r"(?:\s*[,|]\s*[\w .'’\-]{0,40})?$",
    re.IGNORECASE,
)
#: A dateline: a place in capitals, an optional state or country and wire in brackets, a
#: dash ("PORT HALDEN, Vt. (Wire) — "); group 1 is all but the dash.
DATELINE = (
    r"((?:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?: \([^)\n]{2,40}\))?)\s*[—–-]{1,2}\s"
)
_DATELINE_RE = re.compile("^" + DATELINE)
_DATE_LINE_RE = re.compile(
    r"^(?:\w+,? )?(?:\w{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \w{3,9} \d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: \w{2,4})?)?$",
    re.IGNORECASE,
)
_SENT_END = (".", "!", "?", '"', "”", "’", "'", ":", ";", ")", "…")
_SPACES_RE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_MULTISPACE_RE = re.compile(r" {2,}")
_LINE_EDGE_RE = re.compile(r" *\n *")
_BLANKS_RE = re.compile(r"\n{3,}")
_ZERO_WIDTH_RE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_MOJIBAKE_RE = re.compile(
    r"[ÃÂâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


@dataclass
class Cleaned:
    """Result of :func:`clean_text`."""

    text: str
    title: str | None = None
    authors: str | None = None
    dateline: str | None = None
    removed: list[str] = field(default_factory=list)
    headline_removed: bool = False


def normalise_unicode(text: str) -> str:
    """NFC, plain spaces, no zero-width characters, ``\\n`` newlines, stripped lines.

    Examples
    --------
    >>> normalise_unicode("Cafe\\u0301\\u00a0bar \\r\\n\\r\\n\\r\\nnext")
    'Café bar\\n\\nnext'
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        text = _ZERO_WIDTH_RE.sub("", text)
        text = _SPACES_RE.sub(" ", text)
    elif "\t" in text or "\f" in text or "\v" in text:
        text = _SPACES_RE.sub(" ", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "  " in text:
        text = _MULTISPACE_RE.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGE_RE.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANKS_RE.sub("\n\n", text)
    return text.strip()


def fix_mojibake(text: str) -> tuple[str, bool]:
    """Repair UTF-8 text that was decoded as cp1252/latin-1 upstream (via ftfy).

    Only text that shows mojibake markers is touched, so clean text is never changed.

    Examples
    --------
    >>> fix_mojibake("It\\u00e2\\u20ac\\u2122s")
    ('It’s', True)
    """
    if text.isascii() or not _MOJIBAKE_RE.search(text):
        return text, False
    import ftfy

    fixed = ftfy.fix_encoding(text)
    return fixed, fixed != text


def _key(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().casefold()


def _is_body(line: str) -> bool:
    words = line.count(" ") + 1
    return words >= 20 or (words >= 6 and line.endswith(_SENT_END))


def _is_chrome(line: str) -> bool:
    return len(line) <= 120 and _CHROME_RE.match(line) is not None


def clean_text(
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
) -> Cleaned:
    """Clean one article body; see the module docstring for the rules.

    Parameters
    ----------
    text : str
        Raw article text; paragraphs separated by newlines.
    title : str, optional
        The known headline. When the text starts with it, it is removed from the
        text. When unknown, a headline found in the leading block becomes ``title``.
    outlet : str, optional
        Outlet name; lines that only repeat it are removed at the edges.

    Returns
    -------
    Cleaned
        ``text``, ``title``, ``authors`` (from a byline), ``dateline`` and the
        list of ``removed`` lines.

    Examples
    --------
    >>> raw = "World\\nNext Story\\nSenate passes budget\\n" + "The Senate passed the budget on Tuesday after a long night of debate in the chamber." + "\\nAdvertisement\\nDownload the app now"
    >>> c = clean_text(raw)
    >>> c.title, c.text[:10], c.removed
    ('Senate passes budget', 'The Senate', ['World', 'Next Story', 'Advertisement', 'Download the app now'])
    """
    text = normalise_unicode(text)
    text, removed = cut_cards(text)  # name hover cards (:mod:`.hover_cards`)
    result = Cleaned(text=text, title=title)
    lines = text.split("\n")
    keep = [True] * len(lines)
    lead_in = False
    for i, line in enumerate(lines):
        if not line:
            continue
        if _is_chrome(line) or (lead_in and not _is_body(line) and not line.endswith(_SENT_END)):
            keep[i] = False
            removed.append(line)
        lead_in = _LEAD_IN_RE.match(line) is not None

    body_idx = [i for i, ln in enumerate(lines) if keep[i] and ln and _is_body(ln)]
    first_body = body_idx[0] if body_idx else len(lines)
    last_body = body_idx[-1] if body_idx else -1
    outlet_key = _key(outlet) if outlet else None
    title_key = _key(title) if title else None

    # Leading block: bylines, headline, section/site names (only when a body follows).
    lead = [i for i in range(first_body) if keep[i] and lines[i]] if body_idx else []
    headline_at = None
    for i in lead:
        if title_key and _key(lines[i]) == title_key:
            headline_at = i
    if headline_at is None and not title_key:
        candidates = [
            i
            for i in lead
            if 3 <= lines[i].count(" ") + 1 <= 30
            and not lines[i].endswith(".")
            and not _BYLINE_RE.match(lines[i])
            and not _DATE_LINE_RE.match(lines[i])
            and _key(lines[i]) != outlet_key
        ]
        if candidates:
            headline_at = candidates[-1]
    for i in lead:
        line = lines[i]
        if i == headline_at:
            keep[i] = False
            result.headline_removed = True
            if not title:
                result.title = line
            continue
        byline = _BYLINE_RE.match(line)
        if byline and line.count(" ") < 12:
            keep[i] = False
            removed.append(line)
            names = re.split(r"\s*(?:,|\band\b|&)\s*", byline.group(1))
            result.authors = "; ".join(n.strip() for n in names if n.strip())
            continue
        if _DATE_LINE_RE.match(line) or (line.count(" ") < 8 and not line.endswith(_SENT_END)):
            keep[i] = False
            removed.append(line)

    # Trailing block: after a "related stories" marker, or repeated site names.
    marker_seen = False
    for i in range(last_body + 1, len(lines)):
        line = lines[i]
        if not line:
            continue
        if _TRAILING_MARKER_RE.match(line):
            marker_seen = True
        if not keep[i]:
            continue
        short = line.count(" ") < 15 and not line.endswith(_SENT_END)
        if (marker_seen and short) or (outlet_key and _key(line) == outlet_key):
            keep[i] = False
            removed.append(line)

    order = {line: i for i, line in reversed(list(enumerate(lines)))}
    removed.sort(key=lambda line: order.get(line, 0))
    if not all(keep):
        text = "\n".join(ln for ln, k in zip(lines, keep, strict=True) if k)
        text = re.sub(r"\n{3,}", "\n\n", text).strip()
    m = _DATELINE_RE.match(text)
    if m:
        result.dateline = m.group(1)
    result.text = text
    result.removed = removed
    return result


def clean_corpus(corpus: pd.DataFrame) -> pd.DataFrame:
    """Clean the ``text`` of a corpus table loaded with ``clean=False``.

    Returns a copy with cleaned ``text`` (and ``title``, ``authors``,
    ``dateline`` filled where they were missing) and a ``removed`` column listing
    the removed lines. The index is preserved.

    Examples
    --------
    >>> import newsresearch as nr
    >>> raw = nr.load_corpus("sample", clean=False)
    >>> cleaned = clean_corpus(raw)
    >>> bool((cleaned.index == raw.index).all())
    True
    """
    out = corpus.copy()
    results = [
        clean_text(
            t, title=ti if isinstance(ti, str) else None, outlet=o if isinstance(o, str) else None
        )
        for t, ti, o in zip(out["text"], out["title"], out["outlet"], strict=True)
    ]
    out["text"] = pd.array([r.text for r in results], dtype="string")
    for col in ("title", "authors", "dateline"):
        new = pd.array([getattr(r, col) for r in results], dtype="string")
        out[col] = out[col].fillna(pd.Series(new, index=out.index))
    out["removed"] = [r.removed for r in results]
    return out
