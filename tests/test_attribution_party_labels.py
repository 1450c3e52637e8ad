"""A source cut to the place after a party label is the person before it (party_labels)."""

from newsresearch.text import Article


def _speakers(text):
    return [a.speaker for a in Article(text).attributions]


def test_a_senator_written_with_party_and_state_is_the_senator():
    # a real-news layout (confirmation-hearing questions), invented names
    text = (
        "Lawmakers pressed the nominee.\n\n"
        "“I need a clear answer,” Sen. Tom Reyes (D) of New Mexico said. “Is it legal?”"
    )
    assert _speakers(text)[0] == "Tom Reyes"


def test_a_place_source_without_a_label_stays():
    text = "Officials of Ohio said the road would reopen."
    assert "Tom Reyes" not in _speakers(text)


def test_a_source_cut_to_the_party_before_a_described_name_is_the_person():
    # real-news patterns (a strategist's and a pollster's verdicts), invented names
    text = '"It was a fine speech," said GOP strategist and Halden TV contributor Tom Reyes.'
    assert _speakers(text) == ["Tom Reyes"]
    text = (
        "The nominee will need half the vote, says GOP pollster – and Brooks adviser – Tom Reyes."
    )
    assert _speakers(text) == ["Tom Reyes"]


def test_a_party_source_before_a_new_sentence_stays_the_party():
    text = 'The plan is dead, said the GOP. "Tom Reyes agrees," his aide added.'
    assert _speakers(text)[0] != "Tom Reyes"
