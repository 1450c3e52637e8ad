"""A cue in an infinitive of purpose takes the sentence's subject (issue 15; names invented)."""

from __future__ import annotations

from attribution_helpers import parc_rows


def test_took_to_a_medium_to_criticize():
    text = "Senator Ilka Varo took to Twitter to criticize the intelligence agencies."
    assert parc_rows(text) == [
        ("Senator Ilka Varo", "to criticize", ["the intelligence agencies."])
    ]


def test_the_first_official_to_acknowledge():
    text = (
        "Minister Orla Dunne became the first official to acknowledge the training on the record."
    )
    assert parc_rows(text)[0][:2] == ("Minister Orla Dunne", "to acknowledge")


def test_an_institution_responded_to_say():
    text = (
        "Norland's Defense Ministry responded by calling in the attache to say that at "
        "midnight it would close the hotline."
    )
    rows = parc_rows(text)
    assert (
        "Norland's Defense Ministry",
        "to say",
        ["that at midnight it would close the hotline."],
    ) in rows


def test_refusals_questions_and_other_speakers_are_no_purpose():
    # a refusal with an open question, a likelihood, an infinitive whose speaker is the object
    rows = parc_rows("The ministry declined to say which towns were affected.")
    assert all(r[1] != "to say" for r in rows)  # the refusal is read by its own rule
    assert all(r[1] != "to reject" for r in parc_rows("Dunmore is likely to reject the plan."))
    text = "Norland expects the envoy to explain the decision when he visits next week."
    assert all(r[0] != "Norland" or r[1] != "to explain" for r in parc_rows(text))
    assert parc_rows("Click the link to confirm your subscription.") == []
