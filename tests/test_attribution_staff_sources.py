"""An unnamed aide or spokesman of a named person is anonymous (staff_sources)."""

from newsresearch.text import Article


def _speakers(text):
    return [(a.speaker, a.anonymous) for a in Article(text).attributions]


def test_an_aide_to_a_named_president_is_anonymous():
    # a real-news pattern (a summit briefing by an unnamed aide), invented names
    text = (
        "Ministers were invited to the summit, which is aimed at building coalitions with "
        "business, an aide to Halden President Ana Brooks said."
    )
    assert _speakers(text) == [("anonymous", True)]


def test_a_top_adviser_to_a_candidate_is_anonymous():
    text = (
        "A top adviser to Tom Reyes accused the governor of diminishing his office with "
        "distortions on Thursday."
    )
    assert _speakers(text) == [("anonymous", True)]


def test_a_lawyer_named_after_his_client_keeps_his_name():
    text = "An attorney for Ana Brooks, Tom Reyes, said the deal was done."
    assert ("Ana Brooks", False) not in _speakers(text)
    assert ("anonymous", True) not in _speakers(text)
