"""Shares of an unnamed polled group speak anonymously (issue 15)."""

import pandas as pd

from newsresearch.attribution import attributions
from newsresearch.text import Article


def test_share_of_a_polled_group_is_anonymous():
    # a poll story: shares of respondents, never named, are unnamed sources
    text = (
        "Renters in Halden are worried about the rise in rents. "
        "About 43 percent of renters said they had skipped a payment, and "
        "forty-one percent said they expected to move within a year."
    )
    atts = Article(text).attributions
    shares = [a for a in atts if a.source and "percent" in text[a.source[0] : a.source[1]]]
    assert shares
    assert all(a.speaker == "anonymous" and a.anonymous for a in shares)


def test_group_counted_by_a_quantifier_is_anonymous():
    # political pattern: a counted part of a named group is no named speaker
    text = (
        "The Halden tariff plan drew fire on Tuesday. "
        "A lot of the Republicans said the plan would hurt farmers. "
        "Opponents of the Halden Trade Act argued that prices would rise."
    )
    table = attributions(pd.Series({"d": text}), convention="parc")
    assert len(table) >= 2
    assert set(table["speaker"]) == {"anonymous"}
    assert table["anonymous"].all()
