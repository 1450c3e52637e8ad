"""The speaker of a share of a polled group (issue 15; real-news patterns, invented names)."""

from __future__ import annotations

import pandas as pd

from newsresearch.attribution import attributions


def _speakers(text: str) -> dict[str, str | None]:
    table = attributions(pd.Series({"d": text}), convention="parc", kinds="all")
    return {
        row.source: row.speaker if isinstance(row.speaker, str) else None
        for row in table.itertuples()
    }


def test_a_share_speaks_for_the_poll_named_before_it():
    text = (
        "Voters are not clamouring for tax cuts. In April Marlow polling, 51 percent of "
        "respondents called their taxes “too high.” Yet some 61 percent in the same poll "
        "call what they owe “fair.” And two-thirds say businesses pay too little in taxes."
    )
    speakers = _speakers(text)
    assert speakers["51 percent of respondents"] == "Marlow poll"
    assert speakers["two-thirds"] == "Marlow poll"
    assert "Marlow poll" in {s for src, s in speakers.items() if "same poll" in src}


def test_a_share_with_no_poll_behind_it_is_anonymous():
    text = (
        "A 2019 study from the Halden Institute showed police were trusted more than the "
        "council, but only 38% of renters and half of retirees say they expect fair treatment."
    )
    assert _speakers(text)["only 38% of renters and half of retirees"] == "anonymous"


def test_a_share_of_an_unnamed_poll_keeps_its_speaker():
    text = "In the survey, 41% of adults say the economy is getting worse."
    assert _speakers(text)["41% of adults"] != "anonymous"


def test_they_after_a_polled_share_is_its_poll():
    text = (
        "In a January Corvane poll, 51 percent of Hale supporters said they were absolutely "
        "sure of their choice, while only 26 percent said the same for Marsh."
    )
    table = attributions(pd.Series({"d": text}), convention="parc", kinds="all")
    speakers = dict(zip(table["source"], table["speaker"], strict=True))
    assert speakers["51 percent of Hale supporters"] == "Corvane poll"
    assert speakers["they"] == "Corvane poll"
    assert speakers["only 26 percent"] == "Corvane poll"


def test_a_share_takes_no_poll_name_from_another_speaker():
    text = (
        "Senator Ada Voss highlighted a Republican poll on Monday. "
        "But 58 percent of Halden voters support the plan, and 28 percent oppose it."
    )
    table = attributions(pd.Series({"d": text}), convention="parc", kinds="all")
    assert not any(isinstance(s, str) and "highlighted" in s for s in table["speaker"])
