"""A video player's captions ("JUST WATCHED ... Replay More Videos ... MUST WATCH ... 02:19")
are page chrome: their headlines are no attributions."""

from __future__ import annotations

from attribution_helpers import parc_spans

from newsresearch.attribution.chrome import chrome_spans


def test_video_captions_are_no_attribution() -> None:
    caption = (
        "JUST WATCHED Voss backs Halden founder on intel Replay More Videos ... "
        "MUST WATCH Voss backs Halden founder on intel 02:19"
    )
    text = f"What Voss has said\n\n{caption}  Dana Voss said the report was wrong."
    assert [text[a:b] for a, b in chrome_spans(text)] == [caption]
    assert [row[1] for row in parc_spans(text)] == ["said"]
