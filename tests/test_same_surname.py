"""Same-surname people: a title rules out whom it cannot name, a bare surname keeps its owner."""

from __future__ import annotations

from types import SimpleNamespace as P

import pandas as pd
import pytest

import newsresearch as nr
from newsresearch.same_surname import (
    bare_surname_key,
    office_holders_first,
    titled_candidates,
)


def speakers(text: str, cue: str = "said") -> list[str]:
    got = nr.attributions(pd.Series([text]))
    return got.loc[got["cue"] == cue, "speaker"].tolist()


def test_president_by_surname_is_not_the_first_lady_named_before() -> None:
    text = (
        "The governor hosted a forum on Monday, where first lady Dana Varga spoke about "
        'schools. President Varga said the plan would pass. "It is strong," Varga said. '
        '"We will act," the president said.'
    )
    assert speakers(text) == ["Varga", "Varga", "Varga"]


def test_bare_surname_stays_with_its_first_owner_after_a_relative_appears() -> None:
    text = (
        "Tomas Halden spoke in Ridgefield on Monday. Halden said he was proud of the vote. "
        'His wife, Irena Halden, attended the event. "It was a great night," Halden said.'
    )
    assert speakers(text) == ["Tomas Halden", "Tomas Halden"]


def test_mister_is_not_a_woman_with_the_same_surname() -> None:
    text = (
        "Secretary of State Marta Quill ran in the primary. Mr. Quill said the economy was "
        'weak. "We will win," Mr. Quill said.'
    )
    got = speakers(text)
    assert "Marta Quill" not in got
    assert got == ["Quill", "Quill"]


def test_titles_rule_out_conflicting_gender_and_family_roles() -> None:
    cast = {
        "Ana Brix": P(gender="f", roles={"first lady"}),
        "Ole Brix": P(gender="m", roles=set()),
        "Brix": P(gender="", roles={"president"}),
    }
    assert titled_candidates(["Ana Brix"], cast, "President") == []
    assert titled_candidates(["Ana Brix"], cast, "Mr.") == []
    assert titled_candidates(["Ana Brix", "Ole Brix"], cast, "Mr.") == ["Ole Brix"]
    assert titled_candidates(["Ana Brix", "Brix"], cast, "President") == ["Brix"]
    # an office title still names a person whose role is not known
    assert titled_candidates(["Ole Brix"], cast, "Sen.") == ["Ole Brix"]
    assert office_holders_first(["Ana Brix", "Brix"], cast) == ["Brix"]
    assert office_holders_first(["Ana Brix"], cast) == ["Ana Brix"]


@pytest.mark.parametrize(
    ("chosen", "owner_after"),
    [("Tomas Halden", "Tomas Halden"), ("Halden", None)],
)
def test_only_a_full_name_becomes_the_owner(chosen: str, owner_after: str | None) -> None:
    owners: dict[str, str] = {}
    assert bare_surname_key("Halden", [chosen], owners, chosen) == chosen
    assert owners.get("Halden") == owner_after
    assert bare_surname_key("Halden", [chosen, "Irena Halden"], owners, "Irena Halden") == (
        owner_after or "Irena Halden"
    )
