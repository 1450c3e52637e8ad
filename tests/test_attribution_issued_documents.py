"""A document a source issues speaks for its issuer (issue 15)."""

import pandas as pd

from newsresearch.attribution import attributions


def _table(text: str) -> pd.DataFrame:
    return attributions(pd.Series({"d": text}), convention="parc")


def test_issuer_of_a_statement_is_the_speaker():
    # wire pattern: "<X> issued a statement Friday calling for ..."
    table = _table("Senator Tom Voss issued a statement Friday calling for a review of the deal.")
    assert list(table["speaker"]) == ["Tom Voss"]
    assert list(table["speaker_type"]) == ["person"]


def test_document_filed_by_someone_keeps_its_author():
    text = (
        "Ortiz is named in a lawsuit filed by Dana Mills, who said she was stopped in her car. "
        '"The use of force was excessive," the lawsuit stated.'
    )
    speakers = set(_table(text)["speaker"])
    assert "Dana Mills" in speakers
    assert not any("filed" in str(s) for s in speakers)
