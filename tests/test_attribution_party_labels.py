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
