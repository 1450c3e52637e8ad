"""The article view: marks, escaping, examples per outlet, and its place in report pages."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest

from newsresearch.reporting import sanitize_html
from newsresearch.reporting.page import CSS
from newsresearch.validation import show, show_examples
from newsresearch.validation.style import view_css

HOSTILE = (
    'The mayor said the plan <script>window.__pwned=1</script> was a "scandal". '
    '<img src=x onerror="window.__pwned=2"> Critics accused the council of a cover-up.'
)


def _hostile_corpus():
    return pd.DataFrame(
        {
            "doc_id": ["x1"],
            "outlet": ["The <b>Bold</b> Gazette"],
            "title": ["<script>alert(1)</script> Vote"],
            "text": [HOSTILE],
        }
    )


def test_view_marks_roles_frames_and_tone(sample):
    view = show(sample, "cd-001")
    page = view.to_html()
    att = view.attributions
    assert len(att) > 5 and len(view.tone) > 10 and len(view.frame_hits) > 0
    for role in ("source", "cue", "content"):
        assert page.count(f'class="nr-{role}"') >= att[f"{role}_start"].notna().sum() - 1
    first = att.iloc[0]
    tip = f"a1 source · speaker: {first['speaker']} · stance: {first['cue_stance']} · kind: {first['kind']}"
    assert f'title="{tip}"' in page
    assert page.count('<span class="nr-att">a') == len(att) + 1  # each once, and the legend
    assert page.count('class="nr-tone nr-') == len(view.tone) + 3  # + the legend's three
    assert 'title="frame: conflict' in page and '<sub class="nr-flabel">' in page
    # The visible text (marks removed) is the article text, escaped once.
    visible = re.sub(
        r'<span class="nr-tone[^>]*>[^<]*</span>|<sub[^>]*>[^<]*</sub>|<span class="nr-att">a\d+</span>',
        "",
        page,
    )
    text = re.search(r'<div class="nr-text">(.*?)</div><details', visible, re.S).group(1)
    assert (
        html.unescape(re.sub(r"<[^>]+>", "", text))
        == sample.set_index("doc_id").loc["cd-001", "text"]
    )
    assert str(view).startswith("ArticleView('cd-001'")


def test_view_escapes_article_text_and_survives_the_sanitiser():
    view = show(_hostile_corpus(), "x1")
    page = view.to_html()
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;" in page and "onerror=&quot;" in page
    assert "onerror=" not in page.replace("onerror=&quot;", "")

    # The report sanitiser keeps every mark (classes, titles), so the page looks the same.
    def marks(fragment):
        return re.findall(
            r'<(?:span|mark|sub) (?:class|title)="[^"]*"(?: title="[^"]*")?>', fragment
        )

    clean = sanitize_html(page)
    assert marks(html.unescape(clean)) == marks(html.unescape(page)) and len(marks(page)) > 10
    assert re.sub(r"<[^>]+>", "", html.unescape(clean)) == re.sub(
        r"<[^>]+>", "", html.unescape(page)
    )
    assert "<style>" in view._repr_html_() and "http" not in view_css()
    assert view_css() in CSS  # report pages carry the view's rules


def test_unknown_doc_id_is_a_clear_error(sample):
    with pytest.raises(KeyError, match="not in the corpus"):
        show(sample, "nope")


def test_examples_are_seeded_and_cover_every_outlet(sample):
    a = show_examples(sample, n=2, random_state=7)
    b = show_examples(sample, n=2, random_state=7)
    assert [v.doc_id for v in a] == [v.doc_id for v in b]
    assert len(a) == 2 * sample["outlet"].nunique()
    assert [v.doc_id for v in show_examples(sample, n=2, random_state=8)] != [v.doc_id for v in a]
    assert a._repr_html_().count('<div class="nr-view">') == len(a)
    with pytest.raises(ValueError, match="valid values are"):
        show_examples(sample, by="nope")
