"""Cleaning: chrome, headlines, bylines, datelines, unicode; clean text left alone."""

from __future__ import annotations

import pandas as pd

import newsresearch as nr
from newsresearch.clean import clean_text, fix_mojibake, normalise_unicode


def test_chrome_lines_removed_and_listed():
    raw = "\n".join(
        [
            "Politics",
            "Next Story",
            "Send Push",
            "The Valley Herald",
            "Loving NewsNow? Download the app now",
            "Budget passes after all-night session",
            "The assembly passed the budget at dawn on Friday after a session that ran through the night.",
            "Advertisement",
            "The finance minister said the vote was a relief for every ministry.",
            "SHARE THIS ARTICLE Share Tweet Post Email",
            "Related Stories",
            "Minister under fire over spending",
            "Download the app now",
        ]
    )
    out = clean_text(raw, outlet="The Valley Herald")
    assert out.title == "Budget passes after all-night session"
    assert out.headline_removed
    assert out.text.splitlines() == [
        "The assembly passed the budget at dawn on Friday after a session that ran through the night.",
        "The finance minister said the vote was a relief for every ministry.",
    ]
    assert {"Next Story", "Send Push", "Advertisement", "Minister under fire over spending"} <= set(
        out.removed
    )


def test_known_title_removed_only_when_text_starts_with_it():
    body = "The assembly passed the budget at dawn on Friday after a session that ran all night."
    out = clean_text("Budget passes\n\n" + body, title="Budget Passes")
    assert out.text == body and out.title == "Budget Passes"
    untouched = clean_text(body, title="Budget passes")
    assert untouched.text == body and not untouched.removed


def test_byline_becomes_authors_dateline_recorded_not_removed():
    text = "By Ana Ruiz and Tom Hale\nPORT HALDEN (Meridian Wire) — The Senate voted on Tuesday to extend the fuel subsidy for a year."
    out = clean_text(text, title="Senate extends subsidy")
    assert out.authors == "Ana Ruiz; Tom Hale"
    assert out.dateline == "PORT HALDEN (Meridian Wire)"
    assert out.text.startswith("PORT HALDEN (Meridian Wire) — The Senate")


def test_short_texts_and_sentences_are_never_taken_for_chrome():
    assert clean_text("No.").text == "No."
    assert clean_text("Voss said no. He left.").text == "Voss said no. He left."
    text = "A short first paragraph.\nThe second paragraph is long enough to be body text for sure, we think."
    assert clean_text(text).text == text


def test_unicode_normalisation():
    assert normalise_unicode("Cafe\u0301\u00a0 bar\u200b\r\nx  y \n\n\n\nz") == "Café bar\nx y\n\nz"


def test_fix_mojibake_leaves_clean_text_alone():
    assert fix_mojibake("Plain “quoted” text — fine.") == ("Plain “quoted” text — fine.", False)
    assert fix_mojibake("donâ€™t")[0] == "don’t"


def test_sample_gold_texts_unchanged_by_cleaning(sample):
    """The clean sample formats must come through cleaning byte for byte (gold offsets depend on it)."""
    from newsresearch import config

    for txt in sorted((config.SAMPLE_DIR / "gold" / "attribution").glob("*.txt")):
        assert sample.loc[txt.stem, "text"] == txt.read_text(encoding="utf-8"), txt.stem


def test_sample_scraped_articles_lose_their_chrome(sample):
    scraped = sample[sample["source_file"].str.endswith("pulsefeed_scrape.jsonl")]
    assert len(scraped) >= 10
    for doc_id, row in scraped.iterrows():
        assert isinstance(row["title"], str) and len(row["title"].split()) >= 4, doc_id
        lines = row["text"].splitlines()
        assert all(len(line.split()) >= 3 for line in lines), (doc_id, lines)
        for chrome in ("Send Push", "Next Story", "Download the app", "Advertisement", "Read more"):
            assert chrome not in row["text"], (doc_id, chrome)


def test_clean_corpus_keeps_index_and_fills_title():
    raw = nr.load_corpus("sample", clean=False, progress=False)
    cleaned = nr.clean_corpus(raw)
    assert (cleaned.index == raw.index).all()
    scraped = cleaned["source_file"].str.endswith("pulsefeed_scrape.jsonl")
    assert cleaned.loc[scraped, "title"].notna().all()
    assert cleaned.loc[scraped, "removed"].map(len).gt(0).all()
    assert pd.Series(cleaned.loc[~scraped, "removed"].map(len)).eq(0).all()


_BODY = (
    "The county board voted on Monday to close two clinics, and residents who rely on them "
    "said they would have to travel much farther for care."
)


def test_story_links_and_promotions_from_real_layouts_are_removed():
    # Shapes seen in ABP pages (issue 12), with invented wording.
    chrome = [
        "Latest:",
        "Would You Back a Ban on Leaf Blowers? Vote in Our Quick Poll",
        "Story Continued Below",
        "More On This...",
        "See also: Council delays vote on harbour tunnel",
        "Read: Why the harbour tunnel costs keep climbing",
        "See:Ferry fares rise again across the bay",
        "( PHOTOS: 12 moments from the harbour debate)",
        "Go deeper:",
        "Visit Harbour Daily's homepage for more stories.",
        "Read or Share this story: https://hd.example/3xYz",
        "Subscribe to our podcast at Podstore.",
        "Follow Dana on Twitter. Send tips to dana@example.org",
        "Get our weekly newsletter Fill your inbox with the week's Harbour Briefing.",
        "Download the Harbour Daily app for local news and weather",
        "Updated at 4:07 p.m.",
        "Ferry queue at dawn. (Photo: Lee Park, Harbour Daily)",
    ]
    c = clean_text("\n\n".join([_BODY, *chrome, _BODY]))
    assert c.text == f"{_BODY}\n\n{_BODY}"
    assert c.removed == chrome


def test_hover_cards_inside_sentences_keep_the_visible_name():
    # The Hill's name hover card: full name glued to headlines, a section prefix, "MORE".
    raw = (
        "The plan drew fire from Sen. Dana Whitfield Dana Marie WhitfieldOn The Money: Ferry "
        "fares rise | Lenders ease student loans | Budget talks stall MORE (D-Ore.), who said "
        "it would fail. More people came."
    )
    c = clean_text(raw)
    assert c.text == (
        "The plan drew fire from Sen. Dana Whitfield (D-Ore.), who said it would fail. "
        "More people came."
    )
    assert c.removed == [
        "Dana Marie WhitfieldOn The Money: Ferry fares rise | Lenders ease student loans | "
        "Budget talks stall MORE"
    ]
    # Sentences that only look like one are left alone.
    plain = "Whitfield met Roe and Whitfield. MORE than 40 came. See: the report is out."
    assert clean_text(plain).text == plain


def test_lines_that_only_start_like_chrome_are_kept():
    kept = [
        "Read: the council's own summary says the tunnel will cost more than planned.",
        "Latest figures show ferry use rose by a third last year, the board said.",
        _BODY,
    ]
    assert clean_text("\n\n".join(kept)).text == "\n\n".join(kept)
