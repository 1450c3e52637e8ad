"""Sources that are an owner ("his claim that ...", "Mills’ allegations that ...", "her
statement said"): the owner speaks (real-news patterns, invented names)."""

from __future__ import annotations

from newsresearch.text import Article


def _speakers(text: str) -> dict[str, str | None]:
    return {text[slice(*a.source)]: a.speaker for a in Article(text).attributions if a.source}


def test_a_possessive_pronoun_source_is_its_owner():
    text = (
        "Sen. Tom Ruiz spoke on Monday. His claim that the vote was rigged was rejected "
        "by the court."
    )
    assert _speakers(text)["His"] == "Tom Ruiz"


def test_a_possessive_surname_source_takes_the_full_name():
    text = (
        "Vera Mills sued the prince in 2015. Mills’ claim that she was trafficked as a "
        "teenager was denied."
    )
    assert _speakers(text)["Mills’"] == "Vera Mills"


def test_a_possessive_pronoun_inside_a_quote_is_left():
    text = (
        '"I was upset that my interview with Vera Mills did not air because of her '
        'allegations," Ana Robb said.'
    )
    assert _speakers(text).get("her") is None


def test_her_statement_is_not_the_woman_named_in_its_quote():
    text = (
        "Vera Mills sued the prince in 2015. Mills’ claim that she was abused was denied. "
        "Ana Robb, a television host, was caught on a hot mic. "
        '"My comments were about what Vera Mills said," her statement said.'
    )
    assert _speakers(text)["her statement"] == "Ana Robb"


def test_a_question_word_opening_a_quote_names_no_one():
    from newsresearch.attribution.speakers import _single_name

    article = Article('"Why reject this offer out of hand?" Tom Ruiz asked.')
    assert _single_name("Why", article.actors) is None
    assert _single_name("Ruiz", article.actors) is not None


def test_a_document_filed_by_a_family_is_the_family():
    text = (
        "Officers shot Dana Reyes in her apartment in March. According to a wrongful-death "
        "lawsuit filed by Reyes's family, the officers fired 32 rounds."
    )
    speakers = [a.speaker for a in Article(text).attributions]
    assert "Reyes's family" in speakers


def test_a_candidates_camp_is_the_campaign():
    # "the Romney camp hoped", "his camp says": the campaign, by the name as written or by
    # the full name the pronoun stands for
    text = (
        "Gov. Dale Warrick flew to Ohio on Monday. The Warrick camp hoped the debate would "
        "shift the race.\n\nSen. Chris Talbot spoke after him. His camp says Talbot will "
        "win the state."
    )
    speakers = _speakers(text)
    assert speakers["The Warrick camp"] == "Warrick campaign"
    assert speakers["His camp"] == "Chris Talbot campaign"
