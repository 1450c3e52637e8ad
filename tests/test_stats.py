"""Effect sizes, bootstrap intervals, permutation tests and group comparisons."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from newsresearch import stats


def test_cohens_d_matches_the_textbook_formula():
    x, y = np.array([2.0, 4.0, 6.0, 9.0]), np.array([1.0, 2.0, 3.0])
    pooled = np.sqrt((3 * x.var(ddof=1) + 2 * y.var(ddof=1)) / 5)
    assert stats.cohens_d(x, y) == pytest.approx((x.mean() - y.mean()) / pooled)
    assert np.isnan(stats.cohens_d([1, 1], [1, 1]))  # no spread: undefined, not infinite
    assert np.isnan(stats.cohens_d([1], [1, 2, 3]))


def test_cliffs_delta_equals_the_pairwise_definition_with_ties():
    rng = np.random.default_rng(0)
    for _ in range(20):
        x = rng.integers(0, 5, size=rng.integers(1, 15))
        y = rng.integers(0, 5, size=rng.integers(1, 15))
        brute = np.mean([np.sign(a - b) for a, b in itertools.product(x, y)])
        assert stats.cliffs_delta(x, y) == pytest.approx(brute)
    assert stats.cliffs_delta([5, 6], [1, 2]) == 1.0
    assert stats.cliffs_delta([1, 2], [5, 6]) == -1.0


def test_missing_values_are_dropped_and_empty_input_is_an_error():
    s = pd.Series([1.0, None, 3.0])
    assert stats.bootstrap_ci(s, random_state=0)["estimate"] == 2.0
    assert stats.cliffs_delta(pd.Series([True, False, None], dtype="boolean"), [0, 0]) == 0.5
    with pytest.raises(ValueError, match="no numeric values"):
        stats.bootstrap_ci([None, None])


def test_bootstrap_interval_covers_the_true_mean_about_95_percent_of_the_time():
    rng = np.random.default_rng(1)
    hits = 0
    trials = 300
    for i in range(trials):
        sample = rng.normal(10.0, 2.0, size=40)
        ci = stats.bootstrap_ci(sample, n_resamples=500, random_state=i)
        hits += ci["low"] <= 10.0 <= ci["high"]
    assert 0.88 <= hits / trials <= 0.99


def test_bootstrap_is_reproducible_and_two_sample_estimates_the_difference():
    a, b = [5, 7, 8, 9, 12], [1, 2, 2, 4]
    first = stats.bootstrap_ci(a, b, random_state=42)
    again = stats.bootstrap_ci(a, b, random_state=42)
    pd.testing.assert_series_equal(first, again)
    assert first["estimate"] == pytest.approx(np.mean(a) - np.mean(b))
    assert first["low"] < first["estimate"] < first["high"]
    assert first["low"] > 0
    other = stats.bootstrap_ci(a, b, random_state=7)
    assert (other["low"], other["high"]) != (first["low"], first["high"])


def test_bootstrap_of_effect_sizes_and_callables():
    a, b = [5, 7, 8, 9, 12, 6], [1, 2, 2, 4, 6, 3]
    d = stats.bootstrap_ci(a, b, statistic="cliffs_delta", n_resamples=300, random_state=0)
    assert d["estimate"] == pytest.approx(stats.cliffs_delta(a, b))
    assert d["low"] <= d["estimate"] <= d["high"] and d["low"] > 0  # x is clearly larger
    spread = stats.bootstrap_ci(a, statistic=np.ptp, n_resamples=200, random_state=0)
    assert spread["estimate"] == 7.0 and spread["high"] <= 7.0
    with pytest.raises(ValueError, match="pass y"):
        stats.bootstrap_ci(a, statistic="cohens_d")
    with pytest.raises(ValueError, match=r"statistic 'mode' is invalid; valid values are"):
        stats.bootstrap_ci(a, statistic="mode")
    with pytest.raises(ValueError, match="confidence"):
        stats.bootstrap_ci(a, confidence=95)


def test_permutation_p_value_matches_full_enumeration():
    x, y = [1.0, 2.0, 3.0], [4.0, 5.0, 7.0]
    pooled = np.array(x + y)
    observed = abs(np.mean(x) - np.mean(y))
    splits = list(itertools.combinations(range(6), 3))
    extreme = sum(
        abs(pooled[list(s)].mean() - np.delete(pooled, list(s)).mean()) >= observed - 1e-12
        for s in splits
    )
    exact = extreme / len(splits)  # 2 of 20
    res = stats.permutation_test(x, y, n_resamples=20000, random_state=3)
    assert res["statistic"] == pytest.approx(np.mean(x) - np.mean(y))
    assert res["p_value"] == pytest.approx(exact, abs=0.01)
    one_sided = stats.permutation_test(x, y, n_resamples=20000, alternative="less", random_state=3)
    assert one_sided["p_value"] == pytest.approx(exact / 2, abs=0.01)
    greater = stats.permutation_test(x, y, n_resamples=2000, alternative="greater", random_state=3)
    assert greater["p_value"] > 0.9


def test_permutation_test_is_calibrated_under_the_null():
    rng = np.random.default_rng(5)
    p = [
        stats.permutation_test(
            rng.normal(size=15), rng.normal(size=15), n_resamples=199, random_state=i
        )["p_value"]
        for i in range(200)
    ]
    assert 0.01 <= np.mean(np.array(p) < 0.05) <= 0.11
    assert min(p) >= 1 / 200  # never zero


def test_permutation_test_with_other_statistics_and_invalid_options():
    x, y = [8, 9, 10, 11, 12, 13], [1, 2, 3, 4, 5, 6]
    for statistic in ("median", "cohens_d", "cliffs_delta"):
        res = stats.permutation_test(x, y, statistic=statistic, n_resamples=500, random_state=0)
        assert res["p_value"] < 0.05, statistic
    with pytest.raises(ValueError, match=r"alternative 'both' is invalid; valid values are"):
        stats.permutation_test(x, y, alternative="both")


def test_large_samples_are_resampled_in_blocks():
    rng = np.random.default_rng(2)
    x, y = rng.normal(0.1, 1, 30_000), rng.normal(0.0, 1, 30_000)
    ci = stats.bootstrap_ci(x, y, n_resamples=400, random_state=0)
    assert ci["low"] < ci["estimate"] < ci["high"] and ci["high"] - ci["low"] < 0.05
    assert stats.permutation_test(x, y, n_resamples=200, random_state=0)["p_value"] < 0.01


def test_holm_adjustment():
    adjusted = stats.holm(pd.Series([0.01, 0.04, 0.03, None], index=list("abcd")))
    assert adjusted.round(6).tolist()[:3] == [0.03, 0.06, 0.06]
    assert np.isnan(adjusted["d"]) and list(adjusted.index) == list("abcd")
    assert stats.holm([0.5, 0.9]).tolist() == [1.0, 1.0]
    assert stats.holm([None, None]).isna().all()


def test_holm_matches_the_step_down_definition_on_a_known_vector():
    # Sorted p: 0.001 0.008 0.010 0.039 0.041 0.20; times 6, 5, 4, 3, 2, 1, then running maximum.
    p = [0.01, 0.041, 0.001, 0.2, 0.039, 0.008]
    expected = [0.04, 0.117, 0.006, 0.2, 0.117, 0.04]
    assert stats.holm(p).round(6).tolist() == expected


def test_permutation_p_values_for_identical_and_separated_groups():
    same = stats.permutation_test([3, 1, 2, 5, 4] * 4, [1, 2, 3, 4, 5] * 4, random_state=0)
    assert same["statistic"] == 0.0 and same["p_value"] > 0.9
    apart = stats.permutation_test(
        np.arange(20) + 100.0, np.arange(20, dtype=float), random_state=0
    )
    # Only the observed labelling is as extreme: one-sided (0 + 1) / 2001, two-sided twice that.
    assert apart["p_value"] == pytest.approx(2 / 2001)


def test_bootstrap_of_a_single_value_and_of_nan_effect_sizes():
    one = stats.bootstrap_ci([4.0], random_state=0)
    assert (one["estimate"], one["low"], one["high"]) == (4.0, 4.0, 4.0)
    # Constant resamples give an undefined Cohen's d; the interval uses the defined ones.
    d = stats.bootstrap_ci([1, 1, 1, 2], [0, 0, 1, 0], statistic="cohens_d", random_state=0)
    assert np.isfinite(d["low"]) and np.isfinite(d["high"]) and d["low"] <= d["high"]


def test_group_intervals_one_row_per_group_with_the_known_mean_inside():
    rng = np.random.default_rng(4)
    values = np.concatenate([rng.normal(10, 1, 50), rng.normal(-5, 1, 30), [np.nan]])
    groups = ["b"] * 50 + ["a"] * 30 + ["a"]
    table = stats.group_intervals(values, groups, n_resamples=500, random_state=0)
    assert list(table.columns) == list(stats.GROUP_INTERVAL_COLUMNS)
    assert table["group"].tolist() == ["a", "b"] and table["n"].tolist() == [30, 50]
    a, b = table.iloc[0], table.iloc[1]
    assert a["low"] <= -5 <= a["high"] and b["low"] <= 10 <= b["high"]
    assert a["estimate"] == pytest.approx(np.nanmean(values[50:]))
    again = stats.group_intervals(values, groups, n_resamples=500, random_state=0)
    pd.testing.assert_frame_equal(table, again)  # a seed gives the same table
    other = stats.group_intervals(values, groups, n_resamples=500, random_state=1)
    assert not table[["low", "high"]].equals(other[["low", "high"]])
    median = stats.group_intervals([1, 2, 100], ["x"] * 3, statistic="median")
    assert median["estimate"].tolist() == [2.0]


def test_group_intervals_aligns_series_by_index_and_keeps_its_schema_when_empty():
    values = pd.Series([True, False, True, True], index=[10, 11, 12, 13])
    groups = pd.Series({13: "x", 12: "x", 11: "y", 10: None})  # 10 has no group
    table = stats.group_intervals(values, groups, random_state=0)
    assert table[["group", "n", "estimate"]].values.tolist() == [["x", 2, 1.0], ["y", 1, 0.0]]
    empty = stats.group_intervals([], [])
    assert empty.empty and empty.dtypes.astype(str).to_dict() == stats.GROUP_INTERVAL_COLUMNS
    with pytest.raises(ValueError, match="differ in length"):
        stats.group_intervals([1, 2], ["a"])
    with pytest.raises(ValueError, match="compare_groups"):
        stats.group_intervals([1, 2], ["a", "b"], statistic="cliffs_delta")


@pytest.fixture
def articles():
    rng = np.random.default_rng(11)
    n = 20
    return pd.DataFrame(
        {
            "leaning": ["left"] * n + ["center"] * n + ["right"] * n,
            "tone": np.r_[rng.normal(0.3, 0.1, n), rng.normal(0, 0.1, n), rng.normal(0, 0.1, n)],
            "noise": rng.normal(0, 1, 3 * n),
            "anonymous": pd.array(rng.random(3 * n) < 0.2, dtype="boolean"),
            "story": np.tile(["a", "b", "c", "d"], 15),
        }
    )


def test_compare_groups_finds_the_real_difference_and_not_the_noise(articles):
    out = stats.compare_groups(
        articles, by="leaning", metrics=["tone", "noise", "anonymous"], random_state=0
    )
    assert len(out) == 9 and set(out["compared_with"]) == {"rest"}
    row = out[(out["metric"] == "tone") & (out["group"] == "left")].iloc[0]
    assert row["holds_up"] and row["difference"] > 0.2 and row["magnitude"] == "large"
    assert row["n"] == 20 and row["n_other"] == 40
    assert row["mean"] == pytest.approx(articles.loc[articles["leaning"] == "left", "tone"].mean())
    assert not out[out["metric"] == "noise"]["holds_up"].any()
    assert (out["p_adjusted"] >= out["p_value"]).all()
    again = stats.compare_groups(
        articles, by="leaning", metrics=["tone", "noise", "anonymous"], random_state=0
    )
    pd.testing.assert_frame_equal(out, again)


def test_compare_groups_with_reference_strata_and_small_groups(articles):
    out = stats.compare_groups(
        articles, by="leaning", metrics=["tone"], reference="center", random_state=0
    )
    assert out["group"].tolist() == ["left", "right"] and set(out["compared_with"]) == {"center"}
    small = articles.iloc[:43]  # right has 3 articles
    assert "right" not in set(
        stats.compare_groups(small, by="leaning", min_n=4, random_state=0)["group"]
    )
    # A group that only covered the story with the high values is not credited with them.
    skewed = articles.assign(
        tone=np.where(articles["story"] == "a", 1.0, 0.0)
        + np.random.default_rng(0).normal(0, 0.01, 60),
        leaning=np.where(articles["story"] == "a", "left", "right"),
    )
    mixed = pd.concat([skewed, skewed.assign(leaning="center")], ignore_index=True)
    raw = stats.compare_groups(mixed, by="leaning", metrics=["tone"], random_state=0)
    within = stats.compare_groups(
        mixed, by="leaning", metrics=["tone"], strata="story", random_state=0
    )
    assert raw.set_index("group").loc["left", "holds_up"]
    assert not within["holds_up"].any()


def test_compare_groups_errors_list_valid_values(articles):
    with pytest.raises(ValueError, match=r"by='party' is invalid; valid values are \["):
        stats.compare_groups(articles, by="party")
    with pytest.raises(ValueError, match=r"metrics \['tones'\] are invalid"):
        stats.compare_groups(articles, by="leaning", metrics=["tones"])
    with pytest.raises(
        ValueError,
        match=r"reference 'far' is invalid; valid values are \['center', 'left', 'right'\]",
    ):
        stats.compare_groups(articles, by="leaning", reference="far")


def test_summaries_name_what_holds_up_in_plain_language(articles):
    out = stats.compare_groups(articles, by="leaning", metrics=["tone", "noise"], random_state=0)
    text = stats.summarize_comparisons(
        out, labels={"tone": "mean tone"}, units={"noise": "%"}, group_format="{} outlets"
    )
    assert text[0].startswith(
        "Articles from left outlets have a higher mean tone than the other articles"
    )
    assert "95 % interval" in text[0] and "Holm-adjusted p" in text[0]
    held = int(out["holds_up"].sum())
    assert len(text) == held + 1
    assert text[-1].startswith(
        f"The other {len(out) - held} of {len(out)} comparisons do not hold up"
    )
    assert stats.summarize_comparisons(out.iloc[0:0]) == [
        "No group had enough articles to compare."
    ]
