"""A document named by one noun takes the article's own name for it (document_names)."""

from newsresearch.text import Article


def test_the_memo_is_the_memo_the_article_named_first():
    # a real-news pattern (a released committee memo), invented names
    text = (
        "WASHINGTON - A much-discussed memo from the Senate panel was released on Friday.\n\n"
        "READ THE ORCA MEMO\n\n"
        "The memo says the agency relied on a dossier paid for by the Tarrow campaign. "
        "It also says the bureau ignored the author's motives.\n\n"
        "A rival Democratic memo was not released."
    )
    speakers = [a.speaker for a in Article(text).attributions if a.speaker_type == "document"]
    assert speakers and set(speakers) == {"ORCA memo"}


def test_a_document_the_article_never_names_keeps_its_noun():
    text = (
        "A report on the flood was published on Monday. "
        "The report says the agency missed the warning signs."
    )
    speakers = [a.speaker for a in Article(text).attributions if a.speaker_type == "document"]
    assert speakers == ["report"]


def _speakers(text):
    return [(a.speaker, a.speaker_type) for a in Article(text).attributions]


def test_figures_named_by_their_issuer_are_the_issuers():
    # real-news patterns (delegate estimates, ratings, an agency's statement), invented names
    text = (
        "Tensions have been mounting for the senator. According to Halden Broadcasting "
        "estimates, Reyes would have to win every remaining delegate."
    )
    assert [s for s, _ in _speakers(text)] == ["Halden Broadcasting"]
    text = "Viewership fell by a third last week, Tarrow Media numbers show."
    assert _speakers(text) == [("Tarrow Media", "organisation")]


def test_a_statement_named_by_an_acronym_is_the_spelled_out_issuer():
    text = (
        "The Halden Revenue Service apologised on Friday for its handling of the claims. "
        "The HRS statement said the agency \u201cshould have done a better job\u201d."
    )
    assert _speakers(text)[-1] == ("Halden Revenue Service", "organisation")


def test_a_memo_or_poll_keeps_its_own_name():
    text = "Voters favour the plan, a new Tarrow poll shows. The ORCA memo says it is legal."
    speakers = [s for s, _ in _speakers(text)]
    assert "Tarrow" not in speakers and "ORCA" not in speakers


def test_a_snap_poll_goes_by_its_name():
    # a real-news pattern (a snap poll after a speech), invented names
    text = "Most viewers approved of the speech, according to a snap Halden/ORC poll."
    assert ("Halden/ORC poll", "poll") in _speakers(text)


def test_a_poll_released_this_week_goes_by_its_name():
    # real-news patterns (polls dated by their release), invented names
    text = "A Halden poll released this week found that 46% of voters back the plan."
    assert _speakers(text) == [("Halden poll", "poll")]
    text = "A survey released Monday found that most renters want to buy."
    assert _speakers(text) == [("survey", "poll")]


def test_an_inspector_generals_report_is_by_the_inspector_general():
    text = (
        "Inspector General Ana Ruiz testified on Thursday before the committee. The IG "
        "report faulted a range of agencies. The report said the director was not told."
    )
    found = Article(text).attributions
    reports = [a.speaker for a in found if text[a.source[0] : a.source[1]].endswith("report")]
    assert reports == ["Ana Ruiz", "Ana Ruiz"]


def test_a_special_counsels_report_is_by_the_special_counsel():
    text = (
        "Special Counsel Tom Reyes delivered his findings on Friday. The special counsel's "
        "report found no evidence of a conspiracy."
    )
    speakers = [a.speaker for a in Article(text).attributions]
    assert "Tom Reyes" in speakers


def test_an_office_report_with_no_holder_named_keeps_its_name():
    text = "The IG report faulted a range of agencies."
    assert [a.speaker for a in Article(text).attributions] != ["Ana Ruiz"]
    assert all(a.speaker_type != "person" for a in Article(text).attributions)
