"""A statement issued by a subject a relative clause cut off is the subject's."""

from newsresearch.text import Article


def _speakers(text):
    return [(a.speaker, a.speaker_type) for a in Article(text).attributions]


def test_a_senator_who_released_a_statement_is_the_speaker():
    # a real-news pattern (a committee chair's statement), invented names
    text = (
        "Sen. Tom Voss, who chairs the Halden Judiciary Committee, released a statement "
        "calling the decision the right thing to do."
    )
    assert _speakers(text) == [("Tom Voss", "person")]


def test_an_office_that_issued_a_statement_is_the_speaker():
    text = (
        "The Halden County Attorney’s Office, which would prosecute any state charges, issued "
        "a statement saying that the death had outraged the city."
    )
    assert _speakers(text) == [("Halden County Attorney’s Office", "organisation")]


def test_a_statement_after_a_full_stop_keeps_no_earlier_subject():
    text = (
        "Tom Voss met the press on Monday. Released a statement calling the vote a "
        "betrayal, the union said it would strike."
    )
    assert ("Tom Voss", "person") not in _speakers(text)


def test_a_statement_a_spokeswoman_responded_with_is_hers():
    text = (
        "Campaign spokeswoman Ana Brooks responded with a statement early Wednesday accusing "
        "Carver of being the bigot instead."
    )
    found = Article(text).attributions
    assert [a.speaker for a in found if "accusing" in text[a.cue[0] : a.cue[1]]] == ["Ana Brooks"]


def test_a_press_secretary_in_a_statement_said_is_the_speaker():
    text = (
        "White House press secretary Ana Brooks in a statement said it was unfortunate that "
        "the lawmakers would not attend."
    )
    assert [a.speaker for a in Article(text).attributions] == ["Ana Brooks"]


def test_a_statement_a_judge_issued_is_the_judges():
    # the document is the object of the issuing verb: its issuer speaks through it
    text = (
        "After the ruling, Chief Judge Ada Voss issued an unusual statement that implicitly "
        "rebuked the governor."
    )
    assert _speakers(text) == [("Ada Voss", "person")]


def test_a_definite_study_is_the_organisation_that_spoke_just_before():
    text = (
        "The trial drug was safe, Halden Biotech Inc. said on Monday.\n\n"
        "Overall, the study showed that all volunteers made antibodies."
    )
    assert _speakers(text)[-1] == ("Halden Biotech", "organisation")


def test_a_named_document_keeps_its_name_and_a_far_speaker_is_not_its_issuer():
    far = " The weather was mild and the streets were quiet all week long." * 12
    text = (
        "The vote will go ahead, the Halden Party said on Monday." + far + " The study "
        "showed that turnout fell."
    )
    assert _speakers(text)[-1] == ("study", "document")


def test_a_survey_takes_the_site_which_sponsored_it():
    text = (
        "Most renters would not move again, according to a survey released Monday. "
        "Ratewatch.com, which sponsored the survey, said 51 percent want to stay."
    )
    assert _speakers(text)[0] == ("Ratewatch.com", "organisation")


def test_the_probe_is_the_owner_of_the_investigation_written_before():
    text = (
        "Critics attacked Special Counsel Ada Voss’s investigation into the campaign.\n\n"
        "The probe found insufficient evidence of a conspiracy."
    )
    assert _speakers(text)[-1] == ("Ada Voss", "person")


def test_a_probe_with_no_owner_written_keeps_no_owner():
    text = "Critics attacked the investigation. The probe found no evidence of a conspiracy."
    assert ("Critics", "person") not in _speakers(text)
    assert all(s != "person" or n is None for n, s in _speakers(text)[1:])


def test_a_document_takes_the_author_a_participle_after_it_names():
    text = "According to the report, released by the Halden Institute, rents rose 9 percent."
    assert _speakers(text) == [("Halden Institute", "organisation")]


def test_a_document_obtained_by_a_paper_is_not_the_papers():
    text = (
        "The memo, obtained by the Halden Courier, says that the plant will close. "
        "Tom Voss declined to comment."
    )
    assert ("Halden Courier", "organisation") not in _speakers(text)
