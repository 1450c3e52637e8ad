"""A reporting -ing adjunct after a main clause that opens with a time phrase
(newsresearch.attribution.ing_adjuncts) on real-news patterns, names invented."""

from __future__ import annotations

from attribution_helpers import parc_rows

from newsresearch.attribution.ing_adjuncts import adjunct_subject


def test_telling_reporters_after_an_earlier_day_opener_takes_the_main_subject():
    text = (
        "Earlier Tuesday, House Speaker Mara Velt chafed at such unilateral action, "
        'telling reporters that Republicans are "not going to sit here."'
    )
    assert parc_rows(text) == [
        (
            "House Speaker Mara Velt",
            "telling reporters",
            ['that Republicans are "not going to sit here."'],
        )
    ]


def test_warning_after_a_last_week_opener():
    text = (
        "Last week, Governor Tom Reyes toured the flooded towns, warning that more rain was coming."
    )
    rows = {row[1]: row for row in parc_rows(text)}
    assert rows["warning"][0] == "Governor Tom Reyes"
    assert rows["warning"][2] == ["that more rain was coming."]


def test_including_after_a_time_opener_is_no_attribution():
    text = "Two days later, Senator Ana Roe toured the plant, including the new wing."
    assert parc_rows(text) == []


def test_no_time_opener_leaves_the_subject_to_the_sentence():
    text = "At the rally, Velt spoke, saying it was over."
    assert adjunct_subject(text, 0, text.index("saying")) is None


def test_calling_for_after_a_comma_chains_to_the_cue_before():
    text = "The ministry had backed the memo’s release, calling for “transparency.”"
    rows = {row[1]: row for row in parc_rows(text)}
    assert rows["calling for"] == ("The ministry", "calling for", ["“transparency.”"])


def test_calling_for_in_a_with_clause_keeps_its_own_subject():
    text = (
        "Now Democrats are crying foul, with the head of the Judiciary Committee, "
        "Jerrold Nadal, calling for Hale to come before his committee."
    )
    rows = {row[1]: row for row in parc_rows(text)}
    assert rows["calling for"][0] != "Democrats"


def test_participle_opener_then_a_pronoun_subject():
    text = (
        "Ned Varga closed the rally early. Turning to the cameras, he thanked the volunteers "
        "in every county, saying the count was far from over."
    )
    rows = {row[1]: row for row in parc_rows(text)}
    assert rows["saying"][0] == "he"


def test_a_second_opener_after_the_first():
    text = (
        "At one point, in a soft voice, Lena Orr took a humbler line, saying the bill needed work."
    )
    rows = {row[1]: row for row in parc_rows(text)}
    assert rows["saying"][0] == "Lena Orr"


def test_but_the_lower_case_subject_of_the_main_clause():
    text = (
        "But the judges sent two other appeals back to the county court this week, "
        "signaling they could rule on the map before the primary."
    )
    rows = {row[1]: row for row in parc_rows(text)}
    assert rows["signaling"][0] == "the judges"


def test_a_name_ending_in_ing_is_no_participle_opener():
    text = "Browning said the levy was too high, adding that farmers could not pay it."
    rows = {row[1]: row for row in parc_rows(text)}
    assert rows["adding"][0] == "Browning"


def test_a_coordinated_subject_keeps_both_names():
    text = (
        "Senator Ida Moss and House Speaker Ben Hall issued a joint statement, "
        "declining the offer and saying the kits should go to nurses first."
    )
    rows = {row[1]: row for row in parc_rows(text)}
    assert rows["saying"][0] == "Senator Ida Moss and House Speaker Ben Hall"
