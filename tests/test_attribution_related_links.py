"""Related-story links glued to their label ("More:Headline", "'Quote':Headline", USA
TODAY) are page chrome: their headlines are no attributions."""

from __future__ import annotations

from newsresearch.attribution.chrome import chrome_spans
from newsresearch.text import Article


def _cues(text: str) -> list[str]:
    return [text[slice(*a.cue)] for a in Article(text).attributions if a.cue]


def test_more_link_is_chrome() -> None:
    link = "More:President Voss hits back at Speaker Halden by canceling a plane for her trip"
    text = f"Halden said the shutdown must end.\n\n{link}\n\nVoss said he would not back down."
    assert [text[a:b] for a, b in chrome_spans(text)] == [link]
    assert _cues(text) == ["said", "said"]


def test_quoted_label_glued_to_a_headline_is_chrome() -> None:
    link = "'Nowhere to be found':Governors blast Voss after he tells them they are 'weak'"
    text = f"Officials urged calm on Monday.\n\n{link}\n\nGov. Lena Marsh said the state was ready."
    assert [text[a:b] for a, b in chrome_spans(text)] == [link]
    assert "blast" not in _cues(text) and "tells them" not in _cues(text)
    assert "said" in _cues(text)


def test_a_sentence_with_a_colon_is_no_link() -> None:
    text = 'The report said: "We reviewed the affidavits."\n\nMore: the panel met twice.'
    assert chrome_spans(text) == []
    assert "said:" in _cues(text) or "said" in _cues(text)
