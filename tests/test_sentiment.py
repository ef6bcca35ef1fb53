"""The sentiment model: real scores from the bundled file, loud errors for a broken one, model commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.sentiment import BUNDLED_MODEL, calibrate, load_model
from tests.conftest import SEED, analyze_json, run

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # The training data label attitudes (towards entities, of a source), not events: see the model card.
        ("Оппозиция резко раскритиковала провальную политику правительства.", "negative"),
        ("Правозащитники обвинили власти в жестоком подавлении протестов.", "negative"),
        ("Президент высоко оценил успехи команды и поблагодарил спортсменов за блестящую игру.", "positive"),
        ("Заседание комиссии назначено на вторник, 14 марта.", "neutral"),
        ("Поезд отправился из Москвы в 10 часов утра.", "neutral"),
    ],
)
def test_bundled_model_scores_real_sentences(model, sentence: str, label: str) -> None:
    (scores,) = model.score([sentence])
    assert set(scores) == {"positive", "negative", "neutral"}
    assert sum(scores.values()) == pytest.approx(1, abs=1e-3)
    assert max(scores, key=scores.get) == label


def test_calibration_normalises_one_vs_all_scores() -> None:
    assert calibrate(
        {"positive": 0.6, "negative": 0.3, "neutral": 0.3}, ("positive", "negative", "neutral")
    ) == {
        "positive": pytest.approx(0.5),
        "negative": pytest.approx(0.25),
        "neutral": pytest.approx(0.25),
    }


def _truncated(tmp_path: Path) -> Path:
    path = tmp_path / "truncated.ftz"
    path.write_bytes(BUNDLED_MODEL.read_bytes()[: BUNDLED_MODEL.stat().st_size // 2])
    return path


def _truncated_in_dictionary(tmp_path: Path) -> Path:
    path = tmp_path / "short.ftz"
    path.write_bytes(BUNDLED_MODEL.read_bytes()[:2000])  # the header, then part of the word list
    return path


def _garbage(tmp_path: Path) -> Path:
    path = tmp_path / "garbage.bin"
    path.write_bytes(b"not a model at all\n" * 100)
    return path


def _padded(tmp_path: Path) -> Path:
    path = tmp_path / "padded.ftz"
    path.write_bytes(BUNDLED_MODEL.read_bytes() + b"\0" * 16)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing.bin", "model file not found"),
        (_truncated, "truncated or corrupt"),
        (_truncated_in_dictionary, "truncated or corrupt"),
        (_garbage, "not a fastText model file"),
        (_padded, "16 bytes after the end"),
    ],
)
@pytest.mark.parametrize("command", [("analyze", str(SEED)), ("model", "info")])
def test_broken_model_is_one_line_and_exit_2(runner, tmp_path, make, message, command) -> None:
    result = run(runner, *command, "--model", str(make(tmp_path)))
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert message in result.stderr


def test_model_info(runner) -> None:
    result = run(runner, "model", "info")
    assert result.exit_code == 0, result.stderr
    assert "labels:    positive, negative, neutral (no speech/skip)" in result.stdout
    assert "held-out:  macro-F1" in result.stdout


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data is not beside the repository")
def test_model_evaluate_on_rusentne(runner) -> None:
    result = run(runner, "model", "evaluate", str(SHARED / "rusentne" / "train_data.csv"))
    assert result.exit_code == 0, result.stderr
    assert "== held-out part (never seen in training)" in result.stdout
    assert "gold positive" in result.stdout and "pred negative" in result.stdout


def test_model_evaluate_bad_file(runner, tmp_path) -> None:
    bad = tmp_path / "labels.csv"
    bad.write_text("text,label\nПривет,1\n", encoding="utf-8")
    result = run(runner, "model", "evaluate", str(bad))
    assert result.exit_code == 2
    assert "not a labelled file" in result.stderr


FIVE_LABELS = Path(__file__).parent / "data" / "five-labels.bin"


def test_model_with_dostoevsky_labels(runner) -> None:
    """A model with speech/skip (as dostoevsky's official one has) reports all five, calibrated."""
    report = analyze_json(runner, SEED, "--model", str(FIVE_LABELS))
    assert report["model"]["labels"] == ["positive", "negative", "neutral", "speech", "skip"]
    for paragraph in report["paragraphs"]:
        for sentence in paragraph["sentences"]:
            assert list(sentence["scores"]) == report["model"]["labels"]
            assert sum(sentence["scores"].values()) == pytest.approx(1, abs=1e-3)
    table = run(runner, "analyze", str(SEED), "--model", str(FIVE_LABELS))
    assert "labels: positive, negative, neutral, speech, skip\n" in table.stdout


def test_the_bundled_cards_labels_are_its_files() -> None:
    """load_model takes the bundled model's labels from its card when the checksum matches: they must be
    the labels the file itself holds."""
    import hashlib
    import json

    from framing.model_file import inspect_model_file
    from framing.sentiment import BUNDLED_MODEL

    card = json.loads(BUNDLED_MODEL.with_suffix(".json").read_text(encoding="utf-8"))
    assert card["sha256"] == hashlib.sha256(BUNDLED_MODEL.read_bytes()).hexdigest()
    assert sorted(card["labels"]) == sorted(inspect_model_file(BUNDLED_MODEL).labels)
