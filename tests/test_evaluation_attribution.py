"""Scoring attribution against brat gold: the sample floors, bad gold, predictions file, CLI."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from newsresearch import config
from newsresearch.cli import main
from newsresearch.evaluation import Evaluation, EvaluationError
from newsresearch.evaluation.attribution import (
    attribution_agreement,
    normalise_speaker,
    same_speaker,
    score_attributions,
)


@pytest.fixture(scope="module")
def sample_score() -> Evaluation:
    return score_attributions()


def test_sample_gold_scores(sample_score):
    table = sample_score.table
    assert sample_score.task == "attribution" and sample_score.n >= 25
    assert table.loc[("source", "exact"), "f1"] >= 0.75
    assert table.loc[("cue", "exact"), "f1"] >= 0.8
    assert table.loc[("content", "exact"), "f1"] >= 0.65
    assert sample_score["speaker_accuracy_direct"] >= 0.65
    assert set(sample_score.scores) == {
        "speaker_accuracy_direct",
        "speaker_accuracy_all",
        "speaker_accuracy_found_direct",
        "speaker_accuracy_found_all",
        "stance_accuracy",
    }
    assert sample_score["speaker_accuracy_found_all"] >= sample_score["speaker_accuracy_all"]
    assert sample_score.details["counts"].loc["gold", "attributions"] >= 500


def test_heldout_gold_scores():
    """The held-out set was never used to develop the rules; floors guard against regressions."""
    score = score_attributions(config.SAMPLE_DIR / "gold" / "attribution_heldout")
    table = score.table
    assert score.details["counts"].loc["gold", "attributions"] >= 100
    assert table.loc[("source", "exact"), "f1"] >= 0.65
    assert table.loc[("cue", "exact"), "f1"] >= 0.70
    assert table.loc[("content", "exact"), "f1"] >= 0.60


def test_perfect_gold_from_our_own_predictions(tmp_path):
    text = 'Finance Minister Piotr Lindqvist spoke. "We will win," Lindqvist said.'
    (tmp_path / "d1.txt").write_text(text, encoding="utf-8")
    src, cue, content = text.index("Lindqvist said"), text.index("said"), text.index("We")
    (tmp_path / "d1.ann").write_text(
        f"T1\tSource {src} {src + 9}\tLindqvist\n"
        f"T2\tCue {cue} {cue + 4}\tsaid\n"
        f"T3\tContent {content} {content + 12}\tWe will win,\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
        "A1\tKind E1 Direct\nA2\tStance E1 Neutral\n"
        "#1\tAnnotatorNotes T1\tPiotr Lindqvist\n",
        encoding="utf-8",
    )
    out = tmp_path / "pred.jsonl"
    score = score_attributions(tmp_path, predictions_out=out)
    assert score.table["f1"].eq(1.0).all()
    assert score.scores == {
        "speaker_accuracy_direct": 1.0,
        "speaker_accuracy_all": 1.0,
        "speaker_accuracy_found_direct": 1.0,
        "speaker_accuracy_found_all": 1.0,
        "stance_accuracy": 1.0,
    }
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["speaker"] == "Piotr Lindqvist" and row["content_spans"] == [[content, content + 12]]
    assert "attribution" in str(score) and "speaker_accuracy_direct 1.0000" in str(score)


def test_bad_gold_raises_evaluation_error(tmp_path):
    with pytest.raises(EvaluationError, match="is not a folder"):
        score_attributions(tmp_path / "missing")
    with pytest.raises(EvaluationError, match="no <name>.txt"):
        score_attributions(tmp_path)
    (tmp_path / "d1.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "d1.ann").write_text("T1\tSource x y\tText\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="line 1: malformed brat line"):
        score_attributions(tmp_path)


def test_cli_exit_codes(tmp_path, capsys):
    assert main(["evaluate", "attribution", "--gold", str(tmp_path / "missing")]) == 2
    assert "is not a folder" in capsys.readouterr().err
    assert main(["evaluate", "sentences", "--gold", str(tmp_path / "missing.jsonl")]) == 2
    assert "cannot read the sentence gold" in capsys.readouterr().err


# ---------------------------------------------------------------------------
# Conventions, annotators, kinds, breakdowns, agreement (invented texts)
# ---------------------------------------------------------------------------

TEXT = 'Mara Quell said that taxes will rise. "We will win," she told reporters.'


def _spans(text: str, *parts: str) -> list[tuple[int, int]]:
    return [(text.index(p), text.index(p) + len(p)) for p in parts]


def _ann(text: str, atts: list[dict]) -> str:
    """A brat file: each attribution a dict of role -> text piece(s), attributes and speaker."""
    lines, t = [], 0
    for n, att in enumerate(atts, start=1):
        ids = {}
        for role in ("Source", "Cue", "Content"):
            if role not in att:
                continue
            t += 1
            pieces = att[role] if isinstance(att[role], list) else [att[role]]
            offsets = ";".join(f"{a} {b}" for a, b in _spans(text, *pieces))
            lines.append(f"T{t}\t{role} {offsets}\t{' '.join(pieces)}")
            ids[role] = f"T{t}"
        args = " ".join(f"{r}:{i}" for r, i in ids.items())
        lines.append(f"E{n}\tAttribution:{ids['Cue']} {args}")
        for k, (name, value) in enumerate(att.get("attrs", {}).items()):
            lines.append(f"A{n * 10 + k}\t{name} E{n} {value}")
        if "speaker" in att:
            lines.append(f"#{n}\tAnnotatorNotes {ids['Source']}\t{att['speaker']}")
    return "\n".join(lines) + "\n"


PARC_GOLD = [
    {
        "Source": "Mara Quell",
        "Cue": "said",
        "Content": "that taxes will rise.",
        "attrs": {"Kind": "Indirect", "Type": "Speech", "Stance": "Neutral"},
        "speaker": "Mara Quell",
    },
    {
        "Source": "she",
        "Cue": "told reporters",
        "Content": '"We will win,"',
        "attrs": {"Kind": "Direct", "Type": "Speech", "Stance": "Neutral"},
        "speaker": "Sen. Mara Quell",
    },
]


@pytest.fixture
def parc_gold(tmp_path):
    (tmp_path / "d1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "d1_a1.ann").write_text(_ann(TEXT, PARC_GOLD), encoding="utf-8")
    return tmp_path


def test_parc_convention_matches_parc_gold(parc_gold):
    parc = score_attributions(parc_gold, convention="parc")
    default = score_attributions(parc_gold)
    assert parc.table["f1"].eq(1.0).all()
    assert default.table.loc[("content", "exact"), "f1"] == 0.0  # no "that", no quote marks
    assert default.table.loc[("content", "overlap"), "f1"] == 1.0
    # speakers compared after normalisation: "Sen. Mara Quell" is "Mara Quell"
    assert parc["speaker_accuracy_direct"] == parc["speaker_accuracy_all"] == 1.0
    assert parc["stance_accuracy"] == 1.0
    assert "parc span convention" in str(parc)
    with pytest.raises(EvaluationError, match="convention='brat' is invalid"):
        score_attributions(parc_gold, convention="brat")


def test_breakdown_by_gold_kind_and_type(parc_gold):
    score = score_attributions(parc_gold, convention="parc")
    by_kind, by_type = score.details["by_kind"], score.details["by_type"]
    assert by_kind["gold"].to_dict() == {"Direct": 1, "Indirect": 1}
    assert by_type.loc["speech", "content_exact_recall"] == 1.0
    assert by_kind.loc["Direct", "speaker_accuracy"] == 1.0


def test_annotator_choice_and_kinds_filter(parc_gold):
    # a second annotator who saw only the direct quote, typed as thought
    second = [dict(PARC_GOLD[1], attrs={"Kind": "Direct", "Type": "Thought"})]
    (parc_gold / "d1_b2.ann").write_text(_ann(TEXT, second), encoding="utf-8")
    first = score_attributions(parc_gold, convention="parc")  # a1: first in sorted order
    assert first.details["counts"].loc["gold", "attributions"] == 2
    other = score_attributions(parc_gold, convention="parc", annotator="b2")
    assert other.details["counts"].loc["gold", "attributions"] == 1
    assert other.notes == ("annotator b2",)
    with pytest.raises(EvaluationError, match=r"annotators there: \['a1', 'b2'\]"):
        score_attributions(parc_gold, annotator="zz")
    # kinds: gold kept by its Type, predictions by their type column
    thought = score_attributions(parc_gold, convention="parc", annotator="b2", kinds="thought")
    assert thought.details["counts"]["attributions"].tolist() == [1, 0]
    speech = score_attributions(parc_gold, convention="parc", kinds=["speech"])
    assert speech.table["f1"].eq(1.0).all()
    with pytest.raises(EvaluationError, match="kinds="):
        score_attributions(parc_gold, kinds="rumour")


def test_normalise_speaker():
    assert normalise_speaker("Mr. Tom Reyes") == normalise_speaker("tom reyes") == "tom reyes"
    assert normalise_speaker("Ana Brooks; Tom Reyes") == normalise_speaker("Tom Reyes;Ana Brooks")
    assert normalise_speaker("O’Neill’s") == "o'neill"
    assert normalise_speaker(None) == normalise_speaker("  ") == ""
    assert normalise_speaker("President") == "president"  # a lone title is kept


def test_attribution_agreement_on_two_annotators(tmp_path):
    (tmp_path / "d1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "d1_a1.ann").write_text(_ann(TEXT, PARC_GOLD), encoding="utf-8")
    # b2: the same two attributions, but a shorter cue and another Type and Stance on one
    b2 = [
        PARC_GOLD[0],
        dict(
            PARC_GOLD[1],
            Cue="told",
            attrs={"Kind": "Direct", "Type": "Thought", "Stance": "Assertive"},
            speaker="Mara Quell",
        ),
    ]
    (tmp_path / "d1_b2.ann").write_text(_ann(TEXT, b2), encoding="utf-8")
    (tmp_path / "d2.txt").write_text("Only one annotator here.", encoding="utf-8")
    (tmp_path / "d2_a1.ann").write_text("", encoding="utf-8")
    agreement = attribution_agreement(tmp_path)
    assert agreement.n == 1  # d2 has one annotator only
    table = agreement.table
    assert table.loc[("content", "exact"), "f1"] == table.loc[("source", "exact"), "f1"] == 1.0
    assert table.loc[("cue", "exact"), "f1"] == 0.5
    assert table.loc[("cue", "overlap"), "f1"] == 1.0  # "told" vs "told reporters": Jaccard 0.5
    assert agreement["matched"] == 1.0 and agreement["speaker_agreement"] == 1.0
    assert agreement["alpha_kind"] == 1.0
    assert agreement["alpha_type"] < 0.5 and agreement["alpha_stance"] < 0.5
    assert agreement.details["pairs"][["type_a", "type_b"]].values.tolist() == [
        ["speech", "speech"],
        ["speech", "thought"],
    ]
    # the same annotators named explicitly; errors say what to give
    assert attribution_agreement(tmp_path, annotators=("a1", "b2")).n == 1
    with pytest.raises(EvaluationError, match=r"annotators \['a1', 'zz'\]"):
        attribution_agreement(tmp_path, annotators=("a1", "zz"))
    with pytest.raises(EvaluationError, match="is not a folder"):
        attribution_agreement(tmp_path / "missing")


def test_cli_convention_and_agreement(parc_gold, capsys):
    assert main(["evaluate", "attribution", "--gold", str(parc_gold), "--convention", "parc"]) == 0
    out = capsys.readouterr().out
    assert "parc span convention" in out and "by_kind" in out
    assert main(["evaluate", "attribution", "--gold", str(parc_gold), "--kinds", "belief"]) == 2
    assert "kinds=" in capsys.readouterr().err
    assert main(["evaluate", "attribution-agreement", "--gold", str(parc_gold)]) == 2
    assert "two annotators" in capsys.readouterr().err
    (parc_gold / "d1_b2.ann").write_text(_ann(TEXT, PARC_GOLD), encoding="utf-8")
    args = ["evaluate", "attribution-agreement", "--gold", str(parc_gold), "--annotators", "a1,b2"]
    assert main(args) == 0
    assert "alpha_kind" in capsys.readouterr().out


def test_speaker_names_completed_by_world_knowledge():
    # gold writes the full name; the article (and we) only "Mr. Carvell" / "Carvell"
    names = {"dan carvell", "ana brooks"}
    assert same_speaker("Carvell", "Dan Carvell", names)
    assert same_speaker("Usher Lind", "Nia Usher Lind", {"nia usher lind"})
    assert not same_speaker("Carvell", "Dan Carvell", names | {"eve carvell"})  # two Carvells
    assert not same_speaker("Dan Carvell", "Carvell", names)  # only the shorter predicted
    assert not same_speaker("committee", "House ethics committee")
    assert normalise_speaker("Dan J. Carvell") == "dan carvell"
    assert normalise_speaker("The Halden Post") == normalise_speaker("Halden Post")


def test_legal_form_does_not_make_another_speaker():
    # gold "Caterpillar Inc." and a predicted "Caterpillar" name the same company
    from newsresearch.evaluation.attribution import normalise_speaker, same_speaker

    assert normalise_speaker("Brennock Mills, Inc.") == "brennock mills"
    assert same_speaker("Brennock Mills", "Brennock Mills Inc.")
    assert not same_speaker("Brennock Mills", "Brennock Foods Inc.")
    assert normalise_speaker("Inc") == "inc"


def test_speaker_accuracy_over_found_leaves_out_missed_attributions(tmp_path):
    """A missed attribution counts wrong in speaker_accuracy_all, not in ..._found_all."""
    text = 'Ms. Ana Lindqvist spoke. "We will win," Lindqvist said. The harbour was grey.'
    src, cue, content = text.index("Lindqvist said"), text.index("said"), text.index("We")
    src2, cue2, content2 = text.index("The harbour"), text.index("was"), text.index("grey")
    (tmp_path / "d1.txt").write_text(text, encoding="utf-8")
    (tmp_path / "d1.ann").write_text(
        f"T1\tSource {src} {src + 9}\tLindqvist\n"
        f"T2\tCue {cue} {cue + 4}\tsaid\n"
        f"T3\tContent {content} {content + 12}\tWe will win,\n"
        f"T4\tSource {src2} {src2 + 11}\tThe harbour\n"
        f"T5\tCue {cue2} {cue2 + 3}\twas\n"
        f"T6\tContent {content2} {content2 + 4}\tgrey\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6\n"
        "A1\tKind E1 Direct\nA2\tKind E2 Indirect\n"
        "#1\tAnnotatorNotes T1\tAna Lindqvist\n",
        encoding="utf-8",
    )
    score = score_attributions(tmp_path)
    assert score["speaker_accuracy_all"] == 0.5
    assert score["speaker_accuracy_found_all"] == 1.0
    by_kind = score.details["by_kind"]
    assert by_kind.loc["Indirect", "speaker_accuracy"] == 0.0
    assert pd.isna(by_kind.loc["Indirect", "speaker_accuracy_found"])


def test_pieces_only_whitespace_parts_match_as_one(tmp_path):
    # the gold cue "said at the hearing" in two pieces ("said", "at the hearing") matches
    # the predicted "said at the hearing"; the cue "described" of "described ... as" matches
    text = (
        "Rep. Ana Brooks said at the hearing that the plan would fail. "
        "Brooks described the report as “incomplete”."
    )
    (tmp_path / "d1.txt").write_text(text, encoding="utf-8")
    said, hearing = text.index("said"), text.index("at the hearing")
    that = text.index("that")
    described = text.index("described")
    report, incomplete = text.index("the report"), text.index("“incomplete”")
    (tmp_path / "d1.ann").write_text(
        f"T1\tSource 0 14\tRep. Ana Brooks\n"
        f"T2\tCue {said} {said + 4};{hearing} {hearing + 14}\tsaid at the hearing\n"
        f"T3\tContent {that} {text.index('fail.') + 5}\tx\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
        f"T4\tSource {text.index('Brooks described')} {described - 1}\tBrooks\n"
        f"T5\tCue {described} {described + 9}\tdescribed\n"
        f"T6\tContent {report} {report + 10};{incomplete} {incomplete + 12}\tx\n"
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6\n",
        encoding="utf-8",
    )
    score = score_attributions(tmp_path, convention="parc")
    assert score.table.loc[("cue", "exact"), "f1"] == 1.0
