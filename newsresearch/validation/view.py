"""Close reading: one article with its attributions, frame terms and sentence tone marked.

:func:`show` returns an :class:`ArticleView`, which renders itself in
JupyterLab (``_repr_html_``) and in the HTML reports: the article text with

* every attribution's **source** (bold, underlined), **cue** (shaded) and
  **content** (italic, tinted), each tagged ``a1``, ``a2`` ... and carrying a
  tooltip (``title``) with its speaker, the cue's stance and the kind;
* every frame-lexicon hit underlined in its frame's colour and followed by the
  frame's name in small type (a negated hit, which the frame measures do not
  count, is struck through);
* after each sentence its tone (VADER compound or dictionary tone), shaded by
  its label;

then a legend and the tables behind the marks (attributions, frames per
article), so everything is readable without colours, tooltips or JavaScript.
Article text is untrusted: every piece of it is HTML-escaped, and the markup
uses only elements and attributes that the report sanitiser keeps
(:mod:`newsresearch.reporting.sanitize`); the style sheet
(``newsresearch/data/article_view.css``) is inlined, never fetched.

Examples
--------
>>> import pandas as pd
>>> corpus = pd.DataFrame({"doc_id": ["d1"], "text": ["The mayor said the plan <b> failed."]})
>>> view = show(corpus, "d1")
>>> "&lt;b&gt;" in view.to_html() and "<b>" not in view.to_html()
True
>>> view.attributions["cue"].tolist()
['said']
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .style import view_css

__all__ = ["ArticleView", "ArticleViews", "show", "show_examples"]

#: Attribution roles, in the order their marks nest (outermost first).
ROLES = ("content", "source", "cue")
#: Frame colours cycle through this many classes (``nr-f0`` ... in the style sheet).
N_FRAME_COLOURS = 8


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


@dataclass(frozen=True)
class ArticleView:
    """One article with its measures, ready to render (see the module notes).

    Attributes
    ----------
    doc_id, text, title, outlet, published
        The article (title, outlet and date are empty when the corpus lacks them).
    attributions : DataFrame
        The article's rows of :func:`newsresearch.attributions`.
    frame_hits : DataFrame
        One row per frame-lexicon hit: ``start``, ``end``, ``frame``, ``negated``.
    frames : DataFrame
        The article's row of :func:`newsresearch.frames`, one row per frame
        (``hits``, ``density``, ``present``).
    tone : DataFrame
        The article's rows of ``nr.sentiment(level="sentence")``.
    """

    doc_id: str
    text: str
    title: str
    outlet: str
    published: str
    attributions: pd.DataFrame
    frame_hits: pd.DataFrame
    frames: pd.DataFrame
    tone: pd.DataFrame

    def _repr_html_(self) -> str:
        return f"<style>{view_css()}</style>{self.to_html()}"

    def __str__(self) -> str:
        return f"ArticleView({self.doc_id!r}: {len(self.attributions)} attributions, {len(self.frame_hits)} frame hits, {len(self.tone)} sentences)"

    __repr__ = __str__

    def to_html(self) -> str:
        """The view as an HTML fragment (no style sheet: see :func:`view_css`)."""
        frames = list(self.frames.index)
        colour = {f: i % N_FRAME_COLOURS for i, f in enumerate(frames)}
        meta = " · ".join(_e(v) for v in (self.outlet, self.published, self.doc_id) if v)
        title = f"<h4>{_e(self.title)}</h4>" if self.title else ""
        legend = (
            '<div class="nr-legend">'
            '<span class="nr-source">source</span> <span class="nr-cue">cue</span> '
            '<span class="nr-content">content</span> (<span class="nr-att">a1</span> = '
            "attribution 1 in the table below; hover for speaker, stance, kind) · frames: "
            + " ".join(f'<mark class="nr-frame nr-f{colour[f]}">{_e(f)}</mark>' for f in frames)
            + ' · tone per sentence: <span class="nr-tone nr-positive">+</span>'
            '<span class="nr-tone nr-neutral">0</span><span class="nr-tone nr-negative">-</span>'
            "</div>"
        )
        body = _render_text(self, colour)
        att = self.attributions
        cols = ["kind", "speaker", "speaker_type", "cue", "cue_stance", "anonymous", "content"]
        table = att[cols].set_axis([f"a{i + 1}" for i in range(len(att))]) if len(att) else None
        tables = (
            "<details open><summary>attributions</summary>"
            + (table.to_html(escape=True) if table is not None else "<p>none found</p>")
            + "</details><details><summary>frames in this article</summary>"
            + self.frames.to_html(escape=True)
            + "</details>"
        )
        return (
            f'<div class="nr-view">{title}<div class="nr-meta">{meta}</div>{legend}'
            f'<div class="nr-text">{body}</div>{tables}</div>'
        )


def _attribution_marks(att: pd.DataFrame) -> list[tuple[int, int, str, int, str]]:
    """``(start, end, role, number, tooltip)`` of every source, cue and content span."""
    marks = []
    for i, row in enumerate(att.itertuples(index=False)):
        speaker = row.speaker if isinstance(row.speaker, str) and row.speaker else "unresolved"
        tip = (
            f"a{i + 1} {{role}} · speaker: {speaker} · stance: {row.cue_stance} · kind: {row.kind}"
        )
        spans = {
            "source": [(row.source_start, row.source_end)],
            "cue": [(row.cue_start, row.cue_end)],
            "content": list(row.content_spans)
            if row.content_spans is not None and len(row.content_spans)
            else [(row.content_start, row.content_end)],
        }
        for role, pairs in spans.items():
            for a, b in pairs:
                if not (pd.isna(a) or pd.isna(b)) and int(b) > int(a):
                    marks.append((int(a), int(b), role, i + 1, tip.format(role=role)))
    return marks


def _render_text(view: ArticleView, colour: dict[str, int]) -> str:
    """The article text cut at every mark boundary, each piece wrapped in its marks."""
    text = view.text
    att = _attribution_marks(view.attributions)
    hits = list(view.frame_hits.itertuples(index=False))
    sents = [(int(r.start), int(r.end), r) for r in view.tone.itertuples(index=False)]
    cuts = {0, len(text)}
    for a, b, *_ in att:
        cuts |= {a, b}
    for h in hits:
        cuts |= {int(h.start), int(h.end)}
    for a, b, _ in sents:
        cuts |= {a, b}
    cuts = sorted(c for c in cuts if 0 <= c <= len(text))
    first_mark: dict[int, int] = {}  # where the tag "aN" goes: the start of N's first span
    for a, _b, _role, n, _tip in att:
        first_mark[n] = min(a, first_mark.get(n, a))
    tagged: set[int] = set()
    sent_end = {b: r for _a, b, r in sents}
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = _e(text[a:b])
        for h in hits:
            if int(h.start) <= a and b <= int(h.end):
                neg = " nr-negated" if h.negated else ""
                note = " (negated: not counted)" if h.negated else ""
                piece = (
                    f'<mark class="nr-frame nr-f{colour.get(h.frame, 0)}{neg}" '
                    f'title="frame: {_e(h.frame)}{note}">{piece}</mark>'
                )
                if int(h.end) == b:
                    piece += f'<sub class="nr-flabel">{_e(h.frame)}</sub>'
        for role in reversed(ROLES):
            for s, e, r, n, tip in att:
                if r == role and s <= a and b <= e:
                    tag = ""
                    if first_mark[n] == a and n not in tagged:
                        tag, _ = f'<span class="nr-att">a{n}</span>', tagged.add(n)
                    piece = f'<span class="nr-{role}" title="{_e(tip)}">{tag}{piece}</span>'
        out.append(piece)
        if b in sent_end:
            r = sent_end[b]
            label = r.label if isinstance(r.label, str) else "neutral"
            out.append(
                f'<span class="nr-tone nr-{_e(label)}" title="sentence {int(r.sent_id) + 1} '
                f'tone: {r.score:+.2f} ({_e(label)})">{r.score:+.2f}</span>'
            )
    return "".join(out)


class ArticleViews(list):
    """Several :class:`ArticleView` objects that render one after another."""

    def _repr_html_(self) -> str:
        return f"<style>{view_css()}</style>" + self.to_html()

    def to_html(self) -> str:
        """All views as one HTML fragment."""
        return "".join(v.to_html() for v in self)


def _row(corpus: pd.DataFrame | pd.Series, doc_id: Any) -> pd.DataFrame | pd.Series:
    from ..text import ParsedCorpus

    if isinstance(corpus, ParsedCorpus):
        corpus = corpus.texts()
    if isinstance(corpus, pd.DataFrame) and "doc_id" in corpus.columns:
        row = corpus[corpus["doc_id"].astype(str) == str(doc_id)]
    elif isinstance(corpus, pd.DataFrame | pd.Series):
        row = corpus[corpus.index.astype(str) == str(doc_id)]
    else:
        raise TypeError(f"expected a corpus table, Series or ParsedCorpus, not {type(corpus)}")
    if len(row) == 0:
        ids = (
            corpus["doc_id"]
            if isinstance(corpus, pd.DataFrame) and "doc_id" in corpus
            else corpus.index
        )
        raise KeyError(
            f"doc_id {doc_id!r} is not in the corpus; it has {len(ids)} documents, "
            f"for example {[str(i) for i in list(ids)[:3]]}"
        )
    return row.iloc[:1]


def show(
    corpus: pd.DataFrame | pd.Series | Any,
    doc_id: Any,
    *,
    scheme: str | Path | Any = "generic",
    method: str | Any = "vader",
) -> ArticleView:
    """One article with its attributions, frame terms and sentence tone marked, for close reading.

    Parameters
    ----------
    corpus : DataFrame, Series or ParsedCorpus
        The corpus the article is in.
    doc_id
        The article to show.
    scheme : str, path or Lexicon
        The frame lexicon (as in :func:`newsresearch.frames`).
    method : str or Dictionary
        The tone method (as in :func:`newsresearch.sentiment`).

    Returns
    -------
    ArticleView
        Renders in notebooks and reports; its tables are attributes.

    Examples
    --------
    >>> import newsresearch as nr
    >>> view = show(nr.load_corpus("sample", progress=False), "cd-001")
    >>> len(view.attributions) > 0 and len(view.tone) > 0
    True
    """
    from ..attribution import attributions
    from ..framing import frames, load_lexicon
    from ..sentiment import sentiment
    from ..text import parse

    row = _row(corpus, doc_id)
    parsed = parse(row)
    article = parsed[0]
    text = article.text if article is not None else ""
    lexicon = load_lexicon(scheme)
    found, _ = lexicon.matcher().find(text)
    hits = pd.DataFrame(
        [(m.start, m.end, m.category, m.negated) for m in found],
        columns=["start", "end", "frame", "negated"],
    )
    table = frames(parsed, scheme=lexicon).iloc[0]
    per_frame = pd.DataFrame(
        {
            m: [table[f"{m}_{f}"] for f in lexicon.frame_names]
            for m in ("hits", "density", "present")
        },
        index=pd.Index(lexicon.frame_names, name="frame"),
    )
    per_frame["density"] = per_frame["density"].astype(float).round(1)
    tone = sentiment(parsed, level="sentence", method=method)
    tone = tone.assign(score=tone["score"].fillna(0.0).astype(float))

    def field(name: str) -> str:
        if isinstance(row, pd.DataFrame) and name in row.columns:
            value = row[name].iloc[0]
            if value is not None and not (np.isscalar(value) and pd.isna(value)):
                return str(value.date()) if hasattr(value, "date") else str(value)
        return ""

    return ArticleView(
        doc_id=str(doc_id),
        text=text,
        title=field("title"),
        outlet=field("outlet"),
        published=field("published"),
        attributions=attributions(parsed).reset_index(drop=True),
        frame_hits=hits,
        frames=per_frame,
        tone=tone.reset_index(drop=True),
    )


def show_examples(
    corpus: pd.DataFrame,
    *,
    by: str = "outlet",
    n: int = 1,
    max_groups: int | None = 8,
    random_state: int = 42,
    scheme: str | Path | Any = "generic",
    method: str | Any = "vader",
) -> ArticleViews:
    """*n* articles per group (outlet by default), drawn with a seed, each as an :class:`ArticleView`.

    With *max_groups*, only the groups with the most articles (ties by name).

    Examples
    --------
    >>> import newsresearch as nr
    >>> views = show_examples(nr.load_corpus("sample", progress=False), n=1)
    >>> len(views) == 6 and len({v.outlet for v in views}) == 6
    True
    """
    if by not in corpus.columns:
        raise ValueError(
            f"column {by!r} is not in the corpus; valid values are {list(corpus.columns)}"
        )
    known = corpus[corpus[by].notna()]
    if max_groups is not None:
        sizes = known[by].astype(str).value_counts()
        sizes = sizes.sort_index().sort_values(ascending=False, kind="stable")
        known = known[known[by].astype(str).isin(sizes.index[:max_groups])]
    chosen = (
        known.groupby(by, sort=True, observed=True)
        .sample(frac=1.0, random_state=random_state)
        .groupby(by, sort=True, observed=True)
        .head(n)
    )
    ids = chosen["doc_id"] if "doc_id" in chosen.columns else chosen.index
    ordered = chosen.assign(_id=list(ids)).sort_values([by, "_id"], kind="stable")["_id"]
    return ArticleViews(show(corpus, d, scheme=scheme, method=method) for d in ordered)
