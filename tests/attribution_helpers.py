"""One-text helpers shared by the attribution rule tests."""

from __future__ import annotations

from newsresearch.attribution.conventions import convert
from newsresearch.text import Article


def parc_rows(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    """(source, cue, content fragments) of each attribution of *text* in the PARC convention."""

    def span(s: tuple[int, int] | None) -> str | None:
        return text[s[0] : s[1]] if s else None

    return [
        (span(a.source), span(a.cue), [text[x:y] for x, y in a.content])
        for a in convert(Article(text), "parc")
    ]


def parc_spans(text: str) -> list[list[str]]:
    """[source, cue, *content fragments] of each attribution in the PARC convention ("" for
    a missing source or cue)."""
    out = []
    for att in convert(Article(text), "parc"):
        spans = (att.source or (0, 0), att.cue or (0, 0), *att.content)
        out.append([text[a:b] for a, b in spans])
    return out
