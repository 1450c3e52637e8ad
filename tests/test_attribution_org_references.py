"""'The company' and other definite references to an organisation (real-news patterns,
invented names)."""

from __future__ import annotations

from newsresearch.text import Article


def test_the_company_is_the_one_just_named_not_an_outlet_quoted_long_before():
    filler = "The dispute dragged on through the summer and into the autumn. " * 30
    text = (
        "The walkout drew national attention. The Halden Ledger said the protest was a last "
        f"stand for the middle class.\n\n{filler}\n\nA 2012 strike at Tarrow Motors Inc. had "
        "similar results. Union machinists walked off the job after the company said it "
        "would freeze wages."
    )
    found = {text[slice(*a.source)]: a.speaker for a in Article(text).attributions if a.source}
    assert found["the company"] == "Tarrow Motors"


def test_the_company_after_a_recent_speaker_is_that_speaker():
    text = (
        "Tarrow Motors Inc. said it would freeze wages. The Halden Ledger first reported the "
        "plan. The company said the freeze was temporary."
    )
    speakers = [a.speaker for a in Article(text).attributions]
    assert speakers[-1] == "Tarrow Motors"


def test_an_organisation_keeps_the_rest_of_its_name_after_for():
    text = (
        "Voters have backed balanced budgets in polls since 1940, according to the Halden "
        "Center for Public Opinion Research."
    )
    speakers = [a.speaker for a in Article(text).attributions]
    assert "Halden Center for Public Opinion Research" in speakers


def test_an_unnamed_group_of_people_is_anonymous():
    text = "A group of Democratic House members sent a letter saying the speech was a mistake."
    att = Article(text).attributions[0]
    assert (att.speaker, att.speaker_type) == ("anonymous", "anonymous")


def test_a_named_group_keeps_its_name():
    text = "The Halden Teachers Union said the strike would go ahead."
    assert Article(text).attributions[0].speaker == "Halden Teachers Union"


def test_the_paper_is_the_newspaper_named_before():
    # a real-news pattern (a rival paper's scoop retold), invented names
    text = (
        "The Halden Courier reported that Tom Reyes met foreign officials last year, "
        '"according to people familiar with the matter." The paper said it was unclear '
        "what came of the meetings."
    )
    speakers = [a.speaker for a in Article(text).attributions]
    assert speakers[-1] == "Halden Courier"


def test_the_paper_after_no_newspaper_stays_unnamed():
    text = "The Halden Rail Authority said fares would rise. The paper said it disagreed."
    assert Article(text).attributions[-1].speaker != "Halden Rail Authority"


def test_an_office_goes_by_its_owner_without_titles():
    # a real-news pattern (a statement from an office), invented names
    text = "The trip was cancelled, Vice President Ana Brooks's office said on Monday."
    assert Article(text).attributions[0].speaker == "Ana Brooks's office"


def test_a_possessive_mark_left_on_a_speaker_goes():
    text = (
        "Posts about the cure rose by half, according to health nonprofit Halden Good "
        "Projects' tracking tool Project ALMA."
    )
    assert Article(text).attributions[0].speaker == "Halden Good Projects"


def test_a_scholarly_paper_is_no_newspaper():
    text = (
        "The Halden Courier reported the findings on Monday. The paper, published in the "
        "journal Halden Medicine, found that the drug cut deaths by a third."
    )
    assert Article(text).attributions[-1].speaker != "Halden Courier"


def test_the_administration_is_the_presidents_named_most():
    text = (
        "President Dan Carver said in Halden that the overhaul would be fair. Carver also "
        "spoke of jobs.\n\n"
        "According to the White House, the administration is proposing mandatory electronic "
        "employment checks."
    )
    found = [(text[a.source[0] : a.source[1]], a.speaker) for a in Article(text).attributions]
    assert ("the administration", "Carver administration") in found


def test_a_schools_own_administration_is_not_the_presidents():
    text = (
        "President Dan Carver spoke on Monday. Halden University said its administration "
        "would review the rules, and its administration said the review would be quick."
    )
    speakers = [a.speaker for a in Article(text).attributions]
    assert "Carver administration" not in speakers


def test_the_justices_are_the_court_named_before():
    from newsresearch.text import Article

    text = (
        "The Halden Supreme Court agreed on Monday to hear the case.\n\n"
        '"The pledge binds no elector," the justices wrote in an earlier ruling.'
    )
    assert [(a.speaker, a.speaker_type) for a in Article(text).attributions] == [
        ("Halden Supreme Court", "organisation")
    ]


def test_the_justices_without_a_court_named_keep_no_court():
    from newsresearch.text import Article

    text = "The justices said on Monday that the law stood."
    assert all(a.speaker != "Supreme Court" for a in Article(text).attributions)


def test_the_agency_is_the_office_named_just_before():
    from newsresearch.text import Article

    text = (
        "The jobs site is run by the Office of Halden Staffing, which has warned that some "
        "pages may fail. Still, the site, which the agency says is funded separately, "
        "stayed up."
    )
    found = Article(text).attributions
    assert [a.speaker for a in found if text[a.source[0] : a.source[1]] == "the agency"] == [
        "Office of Halden Staffing"
    ]


def test_the_agency_is_no_committee_only_mentioned_before():
    from newsresearch.text import Article

    text = (
        "The memo went to the Halden Intelligence Committee on Monday. The agency said "
        "it had grave concerns about the memo."
    )
    found = [a for a in Article(text).attributions if a.source]
    assert all(a.speaker != "Halden Intelligence Committee" for a in found)


def test_a_body_takes_the_rest_of_its_name_after_on():
    from newsresearch.text import Article

    text = (
        "Ana Brooks chairs the Halden Commission on Road Safety. The commission said on "
        "Monday that speed limits would fall."
    )
    assert [a.speaker for a in Article(text).attributions] == ["Halden Commission on Road Safety"]


def test_a_date_after_on_is_no_part_of_a_name():
    from newsresearch.text import Article

    text = "The Halden Commission on Monday said that speed limits would fall."
    assert [a.speaker for a in Article(text).attributions] == ["Halden Commission"]


def test_the_capitalised_chamber_is_the_chamber_not_a_caucus_or_the_white_house():
    for text in (
        "The House Liberty Caucus said it would vote no. The House said on Friday that the "
        "bill would pass.",
        "The White House said the deal was done. The House said on Friday that the bill "
        "would pass.",
    ):
        speakers = [a.speaker for a in Article(text).attributions]
        assert speakers[-1] == "House of Representatives"
    text = "The Senate Progress Caucus said it would vote no. The Senate said the bill would pass."
    assert [a.speaker for a in Article(text).attributions] == ["Senate Progress Caucus", "Senate"]


def test_a_capitalised_short_name_is_the_name_it_ends():
    text = "The Halden Times reported the deal on Monday. The Times said the talks had failed."
    assert [a.speaker for a in Article(text).attributions] == ["Halden Times"]


def test_a_two_word_proper_name_is_not_a_longer_name_ending_in_it():
    text = (
        "Halden News White House correspondent Tom Reyes asked about the deal. "
        "The White House said on Monday that the deal was done."
    )
    speakers = [a.speaker for a in Article(text).attributions]
    assert speakers[-1] == "White House"
