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
