"""A spokesperson's "we" is whom they speak for (:mod:`newsresearch.attribution.spoken_for`),
on real-news patterns; names invented."""

from __future__ import annotations

from newsresearch.text import Article


def _we_speakers(text: str) -> list[str | None]:
    return [
        a.speaker
        for a in Article(text).attributions
        if a.source and text[slice(*a.source)].lower() == "we"
    ]


def test_a_spokesmans_we_is_the_person_he_speaks_for():
    text = (
        "House Speaker Dale Voss's response to the speech hinted at how the debate might go.\n\n"
        '"There are a lot of ideas about how best to fix the system," said Voss spokesman '
        'Tim Sato. "Any solution should be a bipartisan one, and we hope the president is '
        'careful not to drag the debate to the left."'
    )
    assert _we_speakers(text) == ["Dale Voss"]


def test_a_campaign_spokeswomans_we_is_the_campaign():
    text = (
        "Brooks campaign spokeswoman Ana Lenz responded with a statement early Wednesday.\n\n"
        '"Now he is accusing her of bigoted remarks. We think the American people will know '
        'which candidate is guilty of the charge," she said.'
    )
    assert _we_speakers(text) == ["Brooks campaign"]


def test_a_spokeswoman_named_in_an_appositive_keeps_her_we():
    # no name before her title: the "we" stays hers
    text = 'Ana Lenz, a spokeswoman for the school board, said: "We think the vote was fair."'
    assert _we_speakers(text) == ["Ana Lenz"]
