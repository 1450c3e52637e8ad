"""Advice as a reporting cue (issue 15; names invented)."""

from __future__ import annotations

from attribution_helpers import parc_rows


def test_advised_someone_to():
    text = "Speaker Orla Dunne said she had advised the councillor to stand down."
    assert ("she", "had advised", ["the councillor to stand down."]) in parc_rows(text)


def test_an_expert_advises_after_a_quote():
    text = '"Check where a picture first appeared," Ilka Varo advises.'
    assert parc_rows(text) == [
        ("Ilka Varo", "advises", ['"Check where a picture first appeared,"'])
    ]


def test_advising_as_a_job_is_no_attribution():
    text = "Tomas Reyes, a strategist who advised the Dunmore campaign, declined to comment."
    assert all(r[1] != "advised" for r in parc_rows(text))
