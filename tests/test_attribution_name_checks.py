"""One-word person speakers completed only to full names that fit them (issue 15)."""

from newsresearch.attribution.speaker_names import clean_name
from newsresearch.text import Article


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in Article(text).attributions]


def test_mr_surname_not_completed_to_the_wife():
    # a White House story that names the president only as "Mr. Tarrow" and his wife in full
    text = (
        "Mr. Tarrow said Monday that first lady Melania Tarrow had tested negative. "
        '"We are doing great," Mr. Tarrow said at the briefing.'
    )
    speakers = _speakers(text)
    assert speakers
    assert set(speakers) == {"Tarrow"}


def test_surname_not_completed_to_a_tagged_phrase_it_starts():
    # "anti-Voss FBI investigators": the tagger reads "Voss FBI" as a person
    text = (
        'Mr. Voss wrote on Sunday: "Nobody was tougher on crime." '
        "He attacked former anti-Voss FBI investigators again. "
        '"They were dirty cops," Mr. Voss said.'
    )
    speakers = _speakers(text)
    assert speakers
    assert "Voss FBI" not in speakers


def test_given_name_still_completed():
    text = 'Bernie Halvorsen spoke in Iowa on Friday. "We will win," Bernie said.'
    assert _speakers(text)[-1] == "Bernie Halvorsen"


def test_clean_name_drops_opener_and_weekday():
    assert clean_name("Whenever Tarrow") == "Tarrow"
    assert clean_name("Jeff Halvorsen Thursday") == "Jeff Halvorsen"


def test_home_state_after_of_is_no_part_of_the_name():
    # congressional pattern: "Rep. <Name> of <State>"
    text = '"We need a plan that works for families," said Rep. Cathy Tarrow Mills of Washington.'
    assert _speakers(text)[0] == "Cathy Tarrow Mills"
    assert clean_name("Dana Voss of California") == "Dana Voss"


def test_hover_card_given_name_not_glued_to_the_name():
    # The Hill pages: a linked name followed by its hover card "<Given> (<Nick>) <Surname>..."
    text = (
        '"Time is an asset, not a liability," said Sen. Walt Halvorsen Walter (Walt) James '
        "HalvorsenSenate passes spending bill | House votes on trade MORE (R-Utah)."
    )
    assert _speakers(text)[0] == "Walt Halvorsen"


def test_a_family_name_with_a_lower_case_particle_is_its_person():
    from newsresearch.text import Article

    text = (
        "Prime Minister Karim al-Tahiri met the envoy on Monday. "
        '"We will not bend," al-Tahiri told the Halden Courier.'
    )
    assert [a.speaker for a in Article(text).attributions] == ["Karim al-Tahiri"]
