"""Praise and attack of a noun phrase (newsresearch.attribution.position_objects) on
real-news patterns, names invented."""

from __future__ import annotations

from attribution_helpers import parc_rows


def _by_cue(text: str) -> dict[str | None, tuple]:
    return {row[1]: row for row in parc_rows(text)}


def test_praising_a_person_for_an_act_reports_the_object():
    text = "Senator Rhea Hale praised the governor for expanding Medicaid."
    source, cue, content = _by_cue(text)["praised"]
    assert (source, cue) == ("Senator Rhea Hale", "praised")
    assert content[0].startswith("the governor for expanding Medicaid")


def test_attacking_a_rival_s_remarks_reports_the_object():
    text = "Mara Lind herself attacked Voss’s comments on the judge."
    source, cue, content = _by_cue(text)["attacked"]
    assert source == "Mara Lind herself"
    assert content[0].startswith("Voss’s comments on the judge")


def test_trumpeting_a_record_and_blasting_former_leaders_take_their_objects():
    text = (
        "Governor Ilves trumpeted a list of accomplishments on Monday. "
        "President Noor blasted former agency leaders over the report."
    )
    rows = _by_cue(text)
    assert rows["trumpeted"][0] == "Governor Ilves"
    assert rows["trumpeted"][2][0].startswith("a list of accomplishments")
    assert rows["blasted"][0] == "President Noor"
    assert rows["blasted"][2][0].startswith("former agency leaders")


def test_an_armed_attack_is_no_speech():
    text = "Coalition warplanes frequently attack militants in the hills near Darvan."
    assert "frequently attack" not in _by_cue(text)
    assert "attack" not in _by_cue(text)


def test_praise_without_an_object_is_no_attribution():
    text = "The plan drew praise on Monday, and the mayor praised on."
    assert "praised" not in _by_cue(text)


def test_downplaying_and_chiding_take_their_objects():
    text = (
        "A campaign adviser downplayed those polls. "
        "Governor Hale chided lawmakers for trying to undermine the transit law."
    )
    rows = _by_cue(text)
    assert rows["downplayed"] == ("A campaign adviser", "downplayed", ["those polls."])
    assert rows["chided"][0] == "Governor Hale"
    assert rows["chided"][2][0].startswith("lawmakers for trying to undermine")


def test_a_bare_downplayed_is_no_attribution():
    assert "downplayed" not in _by_cue("The mayor downplayed.")
