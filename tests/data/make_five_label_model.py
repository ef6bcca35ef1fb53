"""Build ``five-labels.bin``: a tiny fastText model with dostoevsky's five labels, for tests of ``--model``.

dostoevsky's official model (positive, negative, neutral, speech, skip; one-vs-all loss) cannot be
downloaded here; this stand-in has the same label set and loss, so the tests can show that a model with
speech/skip is loaded, calibrated and reported with all five labels. It knows a handful of words and is not
meant to be good. Rebuild (in the training environment, see train/README.md):

    UV_PROJECT_ENVIRONMENT=.venv-train uv run --only-group train python tests/data/make_five_label_model.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import fasttext

EXAMPLES = {
    "positive": ["отличная победа", "прекрасный успех", "радостный праздник"],
    "negative": ["ужасная катастрофа", "страшная трагедия", "жестокое убийство"],
    "neutral": ["заседание назначено на вторник", "поезд отправился утром", "цены остались прежними"],
    "speech": ["спасибо большое", "здравствуйте коллеги", "с днем рождения"],
    "skip": ["ааа ббб", "ссылка тут", "ок"],
}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "train.txt"
        lines = [f"__label__{label} {text}" for label, texts in EXAMPLES.items() for text in texts] * 20
        data.write_text("\n".join(lines) + "\n", encoding="utf-8")
        model = fasttext.train_supervised(
            str(data),
            dim=8,
            epoch=30,
            lr=0.5,
            loss="ova",
            bucket=0,
            minn=0,
            maxn=0,
            thread=1,
            seed=1,
            verbose=0,
        )
    model.save_model(str(Path(__file__).with_name("five-labels.bin")))


if __name__ == "__main__":
    main()
