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
