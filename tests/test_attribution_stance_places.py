"""Default place and group targets: the alias finder gives what the actors-of-interest finder gives."""

from __future__ import annotations

from newsresearch.attribution.stance_places import _alias_runs, _find_places, place_actors


def test_find_places_is_the_actors_of_interest_finder():
    texts = [
        "The U.S. and the GOP disagree; al-Qaeda and the press reacted in New York.",
        "Renew york plans: the u.s. envoy met South Korea's envoy and the press corps.",
        "United States officials, new york, NEW YORK and New-York differ.",
    ]
    for text in texts:
        assert _find_places(text) == place_actors().find(text)
    names = [m.name for m in _find_places(texts[0])]
    assert "United States" in names and "Republicans" in names
    assert "New York" not in [m.name for m in _find_places("Renew york plans.")]
    assert {"u", "s"} <= _alias_runs(("u.s.",)) and _alias_runs(("al-qaeda",)) == {"al", "qaeda"}


def test_aliases_are_tried_only_where_their_first_run_of_letters_opens():
    from newsresearch.attribution.stance_places import _alias_lead, _alias_re, _matches_at

    assert _alias_lead(("u.s.",)) == "u" and _alias_lead(("al-qaeda",)) == "al"
    assert _alias_lead(("new", "york")) == "new"
    assert _alias_lead(("walla", "walla")) is None  # a repeated run: searched through the text
    # a match inside a word ("anew york") is turned down by _alias_at and hides no other
    low = "anew york, new york and new yorkers; the u.s.s. and u.s. forces"
    pattern = _alias_re(("new", "york"))
    at = [m.start() for m in pattern.finditer(low)]
    runs = [k for k in range(len(low)) if low.startswith("new", k) and not low[k - 1].isalpha()]
    assert [m.start() for m in _matches_at(pattern, low, runs)] == [s for s in at if s in runs]
    texts = [
        "Anew York rally, then New York and the U.S.S. Voss; U.S. forces left AL-QAEDA areas.",
        "Officials of the US-led coalition, the U.S, and the U.S. Navy met in New\nYork.",
        "Café New York, naïve U.S. envoys, the “GOP” and (Republicans) argued.",
    ]
    for text in texts:
        assert _find_places(text) == place_actors().find(text)
