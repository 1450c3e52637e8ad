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
