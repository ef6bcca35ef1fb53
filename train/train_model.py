"""Train the bundled news-sentiment model (framing/models/news-sentiment.ftz) and write its model card.

One command (from the repository root, see train/README.md):

    .venv-train/bin/python train/train_model.py \
        --rusentne ../shared/data/rusentne/train_data.csv \
        --ruopinionne ../shared/data/ruopinionne/train.jsonl

Add ``--search`` to rerun the k-fold hyperparameter search (slower) instead of using the chosen defaults;
its results go to train/search_results.json, which the model card summarises.
"""

from __future__ import annotations

import os

# Single-threaded BLAS: the PCA of the word vectors must give the same bytes on every run.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import hashlib  # noqa: E402
import itertools  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from functools import cache  # noqa: E402
from multiprocessing import Pool  # noqa: E402
from pathlib import Path  # noqa: E402

import fasttext  # noqa: E402
import numpy as np  # noqa: E402
import razdel  # noqa: E402

from framing.evaluation.datasets import (  # noqa: E402  (framing installed without deps: train/README.md)
    LABELS,
    RULES,
    LabelledSentence,
    held_out_split,
    pool,
    read_ruopinionne,
    read_rusentne,
    sentence_key,
)
from framing.evaluation.metrics import classification_scores  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

WORK = ROOT / "train" / "work"
OUT_DIR = ROOT / "framing" / "models"
SEARCH_RESULTS = ROOT / "train" / "search_results.json"
MODEL_NAME = "news-sentiment"
SEED = 42
FOLDS = 5
HELD_OUT_FRACTION = 0.2
CV_SALT = "framing-cv-v1"
LABEL_RULE = "polar"

# Word vectors: navec news embeddings (inside the natasha wheel), projected by PCA to VEC_DIM dimensions so
# that the shipped model can hold more than the training vocabulary.  The model's dictionary is the training
# vocabulary plus the EXTRA_WORDS navec words (not in the training data) that a selector model trained on
# the training part finds most polar: they keep their pretrained vectors, so unseen evaluative words
# ("похвалил", "раскритиковала") still move the score.
VEC_DIM = 100
EXTRA_WORDS = 30000
SELECTOR_PARAMS: dict = {"pretrained": True, "balance": True, "lr": 0.05, "epoch": 10, "wordNgrams": 1}

# Chosen by `--search` (5-fold CV macro-F1 on the training part; see train/search_results.json).
DEFAULT_PARAMS: dict = {"pretrained": True, "balance": True, "lr": 0.05, "epoch": 10, "wordNgrams": 2}
# Hash buckets for word bigrams. The recorded search ran with 200k; 20k keeps the quantized file under 5 MB
# at about the same CV score (5-fold CV of DEFAULT_PARAMS: 0.6054 with 200k, 0.6039 with 20k; quantized
# 0.5989 against 0.5898 for the best unigram-only recipe, better in every fold).
NGRAM_BUCKET = 20000
# Quantisation: product quantisation (dsub=2) of all input rows, normalised separately, then retraining.
QUANT: dict = {"cutoff": 0, "qnorm": True, "dsub": 2, "retrain": True}
# fastText's own defaults for supervised training: the "previous model".
PREVIOUS_PARAMS: dict = {"pretrained": False, "balance": False, "lr": 0.1, "epoch": 5, "wordNgrams": 1}

SEARCH_GRID: dict = {
    "pretrained": [True, False],
    "balance": [False, True],
    "lr": [0.05, 0.1, 0.25],
    "epoch": [5, 10, 25],
    "wordNgrams": [1, 2],
}

NAVEC_FILE = "navec_news_v1_1B_250K_300d_100q.tar"
CYRILLIC_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*")


# --------------------------------------------------------------------------------------------- text
def preprocess(sentence: str) -> str:
    """Exactly what dostoevsky's FastTextSocialNetworkModel feeds fastText at prediction time.

    dostoevsky is not installed in the training environment (its fasttext==0.9.2 pin does not build), so
    its RegexTokenizer is replicated here; it is literally
    ``[(token.text.lower(), None) for token in razdel.tokenize(text)]`` joined by single spaces.
    ``train/check_runtime.py`` checks the equality against dostoevsky in the runtime environment.
    """
    return " ".join(token.text.lower() for token in razdel.tokenize(sentence))


def write_fasttext_file(path: Path, sentences: list[LabelledSentence], balance: bool = False) -> None:
    """Write fastText's training format, in a stable pseudo-random order (sha256 of the text).

    With ``balance``, each class is repeated round(largest class / class size) times (each copy in its own
    shuffled position), so the minority classes weigh about as much as neutral.
    """
    counts = Counter(s.label for s in sentences)
    top = max(counts.values())
    lines = []
    for s in sentences:
        copies = max(1, round(top / counts[s.label])) if balance else 1
        for i in range(copies):
            order = hashlib.sha256(f"{i}:{sentence_key(s.text)}".encode()).hexdigest()
            lines.append((order, f"__label__{s.label} {preprocess(s.text)}\n"))
    with path.open("w", encoding="utf-8") as f:
        f.writelines(line for _, line in sorted(lines))


def vocabulary(sentences: list[LabelledSentence]) -> set[str]:
    return {tok for s in sentences for tok in preprocess(s.text).split()}


# --------------------------------------------------------------------------------------------- vectors
def navec_path() -> Path:
    import natasha

    return Path(natasha.__file__).parent / "data" / "emb" / NAVEC_FILE


@cache
def projected_navec() -> dict[str, np.ndarray]:
    """All navec words, PCA-projected to VEC_DIM (fitted on every 10th Cyrillic word; rescaled to navec's
    mean norm; rounded to 4 decimals so the .vec text is stable)."""
    from navec import Navec

    navec = Navec.load(str(navec_path()))
    words = list(navec.vocab.words)
    matrix = np.stack([navec[w] for w in words]).astype(np.float64)
    fit_rows = [i for i, w in enumerate(words) if CYRILLIC_WORD.fullmatch(w)][::10]
    mean = matrix[fit_rows].mean(axis=0)
    _, _, vt = np.linalg.svd(matrix[fit_rows] - mean, full_matrices=False)
    # Fix the SVD's arbitrary signs: the largest-magnitude coordinate of each component is positive.
    signs = np.sign(vt[np.arange(vt.shape[0]), np.abs(vt).argmax(axis=1)])
    components = (vt * signs[:, None])[:VEC_DIM]
    projected = (matrix - mean) @ components.T
    projected *= np.linalg.norm(matrix, axis=1).mean() / np.linalg.norm(projected, axis=1).mean()
    projected = np.round(projected, 4)
    return {w: projected[i] for i, w in enumerate(words)}


def write_vec(path: Path, words: list[str]) -> int:
    """Write the projected vectors of `words` (those navec knows) in fastText's .vec format."""
    vectors = projected_navec()
    rows = [w for w in words if w in vectors]
    with path.open("w", encoding="utf-8") as f:
        f.write(f"{len(rows)} {VEC_DIM}\n")
        for w in rows:
            f.write(w + " " + " ".join(f"{x:.4f}" for x in vectors[w]) + "\n")
    return len(rows)


def build_vectors(train_sents: list[LabelledSentence], tag: str) -> tuple[Path, dict]:
    """Training vocabulary + the EXTRA_WORDS most polar other Cyrillic navec words -> a .vec file."""
    vocab = vocabulary(train_sents)
    extra = sorted(w for w in projected_navec() if w not in vocab and CYRILLIC_WORD.fullmatch(w))
    train_file = WORK / f"{tag}-selector.txt"
    write_fasttext_file(train_file, train_sents, SELECTOR_PARAMS["balance"])
    all_vec = WORK / f"{tag}-all.vec"
    write_vec(all_vec, sorted(vocab) + extra)
    selector = train(train_file, SELECTOR_PARAMS, all_vec)
    polarity = []
    for w in extra:
        labels, probs = selector.predict(w, k=-1)
        p = dict(zip(labels, probs, strict=True))
        polarity.append((-max(p["__label__positive"], p["__label__negative"]), w))
    chosen = sorted(w for _, w in sorted(polarity)[:EXTRA_WORDS])
    vec = WORK / f"{tag}.vec"
    n = write_vec(vec, sorted(vocab) + chosen)
    write_vec(WORK / f"{tag}-no-extra.vec", sorted(vocab))  # for the CV ablation
    all_vec.unlink()
    return vec, {"training_words_with_vectors": n - len(chosen), "extra_words": len(chosen)}


# --------------------------------------------------------------------------------------------- fastText
def fasttext_args(params: dict, vec: Path | None) -> dict:
    args = {
        "lr": params["lr"],
        "epoch": params["epoch"],
        "dim": VEC_DIM,
        "wordNgrams": params["wordNgrams"],
        "minn": 0,
        "maxn": 0,
        "loss": "softmax",
        "seed": SEED,
        "thread": 1,
        "verbose": 0,
        "minCount": 1,
        # fastText's 2M default hash buckets are far too many for a few thousand sentences.
        "bucket": NGRAM_BUCKET if params["wordNgrams"] > 1 else 0,
    }
    if params["pretrained"]:
        assert vec is not None
        args["pretrainedVectors"] = str(vec)
    return args


def train(train_file: Path, params: dict, vec: Path | None):
    return fasttext.train_supervised(input=str(train_file), **fasttext_args(params, vec))


def predict_labels(model, sentences: list[LabelledSentence]) -> list[str]:
    out = []
    for s in sentences:
        labels, _ = model.predict(preprocess(s.text), k=1)
        out.append(labels[0].replace("__label__", ""))
    return out


# --------------------------------------------------------------------------------------------- metrics
def scores(gold: list[str], pred: list[str]) -> dict:
    """Macro-F1, accuracy, per-class precision/recall/F1/support, confusion matrix (evaluation.metrics)."""
    return classification_scores(gold, pred)


def evaluate(model, sentences: list[LabelledSentence]) -> dict:
    return scores([s.label for s in sentences], predict_labels(model, sentences))


# --------------------------------------------------------------------------------------------- CV
def fold_of(s: LabelledSentence) -> int:
    digest = hashlib.sha256((CV_SALT + sentence_key(s.text)).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % FOLDS


def _fold_vectors(job: tuple) -> str:
    fold, train_sents = job
    vec, _ = build_vectors([s for s in train_sents if fold_of(s) != fold], f"cv-fold{fold}")
    return str(vec)


def _cv_job(job: tuple) -> tuple[str, int, float]:
    key, params, fold, train_sents, vec = job
    d = WORK / "cv"
    d.mkdir(parents=True, exist_ok=True)
    f = d / f"fold{fold}-{os.getpid()}.txt"
    write_fasttext_file(f, [s for s in train_sents if fold_of(s) != fold], params["balance"])
    model = train(f, params, Path(vec))
    valid = [s for s in train_sents if fold_of(s) == fold]
    return key, fold, evaluate(model, valid)["macro_f1"]


def cross_validate(
    configs: dict[str, dict], train_sents: list[LabelledSentence], processes: int, fold_vecs: list[str]
) -> dict[str, dict]:
    """Mean/sd macro-F1 over FOLDS hash folds of the training part (word vectors selected per fold)."""
    jobs = [
        (key, p, fold, train_sents, fold_vecs[fold]) for key, p in configs.items() for fold in range(FOLDS)
    ]
    with Pool(processes) as pool_:
        results = pool_.map(_cv_job, jobs, chunksize=1)
    out: dict[str, dict] = {}
    for key, p in configs.items():
        f1s = [r[2] for r in sorted(results) if r[0] == key]
        out[key] = {
            "params": p,
            "fold_macro_f1": f1s,
            "mean": round(statistics.fmean(f1s), 4),
            "sd": round(statistics.stdev(f1s), 4),
        }
    return out


def grid() -> dict[str, dict]:
    g = SEARCH_GRID
    configs = {}
    for pre, bal, lr, ep, ng in itertools.product(
        g["pretrained"], g["balance"], g["lr"], g["epoch"], g["wordNgrams"]
    ):
        p = {"pretrained": pre, "balance": bal, "lr": lr, "epoch": ep, "wordNgrams": ng}
        configs[key_of(p)] = p
    return configs


def key_of(p: dict) -> str:
    return (
        f"pretrained={int(p['pretrained'])},balance={int(p['balance'])},lr={p['lr']},epoch={p['epoch']},"
        f"wordNgrams={p['wordNgrams']}"
    )


# --------------------------------------------------------------------------------------------- main
def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_pool(rusentne: str, ruopinionne: str, rule: str):
    a, b = read_rusentne(rusentne, rule), read_ruopinionne(ruopinionne, rule)
    return a, b, pool(a, b, rule=rule)


LABEL_DERIVATION = (
    "Rule 'polar' (framing.evaluation.datasets). "
    "RuSentNE (one row per entity): all entities neutral -> neutral; "
    "otherwise the polar entity labels vote and neutral ones are ignored (more positive -> positive, more "
    "negative -> negative, tie -> sentence dropped as mixed). RuOpinionNE: no opinion -> neutral; otherwise "
    "POS/NEG opinions vote the same way (tie -> dropped). Pooling by normalised text: equal labels kept, "
    "polar beats neutral, positive vs negative -> dropped. Chosen over the 'majority' rule (neutral entities "
    "vote too; ties and disagreements -> neutral) by held-out macro-F1, on each rule's own labels and on the "
    "held-out sentences both rules label alike; see label_derivation_comparison."
)


def compare_rules(rusentne: str, ruopinionne: str, params: dict) -> dict:
    """Train the chosen recipe (unquantized) under each rule; score on its own held-out labels and on the
    held-out sentences where both rules agree (the consensus, a fixed yardstick)."""
    splits = {}
    for rule in RULES:
        _, _, data = load_pool(rusentne, ruopinionne, rule)
        splits[rule] = held_out_split(data, HELD_OUT_FRACTION)
    held_maps = {rule: {sentence_key(s.text): s.label for s in splits[rule][1]} for rule in RULES}
    common = set.intersection(*(set(m) for m in held_maps.values()))
    consensus_keys = {k for k in common if len({held_maps[r][k] for r in RULES}) == 1}
    out: dict = {"consensus_n": len(consensus_keys)}
    for rule in RULES:
        tr, ho = splits[rule]
        f = WORK / f"train-{rule}.txt"
        write_fasttext_file(f, tr, params["balance"])
        vec, _ = build_vectors(tr, f"rule-{rule}")
        model = train(f, params, vec)
        consensus = [s for s in ho if sentence_key(s.text) in consensus_keys]
        own, cons = evaluate(model, ho), evaluate(model, consensus)
        out[rule] = {
            "train_by_label": dict(Counter(s.label for s in tr)),
            "own_held_out": {"macro_f1": own["macro_f1"], "accuracy": own["accuracy"], "n": own["n"]},
            "consensus_held_out": {
                "macro_f1": cons["macro_f1"],
                "accuracy": cons["accuracy"],
                "n": cons["n"],
            },
        }
        print(
            f"rule {rule}: own held-out macro-F1 {own['macro_f1']:.4f} (n={own['n']}), "
            f"consensus {cons['macro_f1']:.4f} (n={cons['n']})",
            flush=True,
        )
    return out


def brief(r: dict) -> dict:
    return {"config": key_of(r["params"]), "mean": r["mean"], "sd": r["sd"]}


def cv_summary(cv_chosen: dict, params: dict) -> dict:
    summary: dict = {
        "folds": FOLDS,
        "fold_assignment": "sha256 of the normalised sentence (salted) mod 5, within the training part",
        "chosen": cv_chosen[key_of(params)],
        "previous_model": cv_chosen[key_of(PREVIOUS_PARAMS)],
    }
    if SEARCH_RESULTS.exists():
        s = json.loads(SEARCH_RESULTS.read_text())
        ranked = s["ranked"]
        summary["search"] = {
            "file": "train/search_results.json",
            "note": s.get("note", ""),
            "configurations": len(ranked),
            "grid": s["grid"],
            "top5": [brief(r) for r in ranked[:5]],
            "best_without_pretrained": next(
                (brief(r) for r in ranked if not r["params"]["pretrained"]), None
            ),
            "best_without_balance": next((brief(r) for r in ranked if not r["params"]["balance"]), None),
            "worst": brief(ranked[-1]),
        }
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rusentne", required=True, help="RuSentNE train_data.csv (TSV)")
    ap.add_argument("--ruopinionne", required=True, help="RuOpinionNE train.jsonl")
    ap.add_argument("--search", action="store_true", help="rerun the k-fold hyperparameter search")
    ap.add_argument("--processes", type=int, default=2, help="parallel CV jobs (each fastText thread=1)")
    ap.add_argument("--out-dir", default=str(OUT_DIR))
    args = ap.parse_args(argv)
    t0 = time.time()
    WORK.mkdir(parents=True, exist_ok=True)
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)

    rs, ro, data = load_pool(args.rusentne, args.ruopinionne, LABEL_RULE)
    train_sents, held = held_out_split(data, HELD_OUT_FRACTION)
    print(
        f"pooled {len(data)} sentences ({len(rs)} RuSentNE, {len(ro)} RuOpinionNE); "
        f"train {len(train_sents)}, held-out {len(held)}",
        flush=True,
    )
    projected_navec()  # load once before forking the CV workers
    with Pool(args.processes) as pool_:
        fold_vecs = pool_.map(_fold_vectors, [(fold, train_sents) for fold in range(FOLDS)], chunksize=1)
    print(f"per-fold word vectors ready ({time.time() - t0:.0f} s)", flush=True)

    # ---- hyperparameters
    if args.search:
        configs = grid()
        print(f"searching {len(configs)} configurations x {FOLDS} folds ...", flush=True)
        cv = cross_validate(configs, train_sents, args.processes, fold_vecs)
        ranked = sorted(cv.values(), key=lambda r: (-r["mean"], key_of(r["params"])))
        SEARCH_RESULTS.write_text(
            json.dumps(
                {
                    "folds": FOLDS,
                    "grid": SEARCH_GRID,
                    "seed": SEED,
                    "label_rule": LABEL_RULE,
                    "vec_dim": VEC_DIM,
                    "extra_words": EXTRA_WORDS,
                    "bigram_bucket": NGRAM_BUCKET,
                    "n_train": len(train_sents),
                    "ranked": ranked,
                },
                ensure_ascii=False,
                indent=1,
            )
            + "\n"
        )
        params = ranked[0]["params"]
        print("best:", key_of(params), ranked[0]["mean"], flush=True)
    else:
        params = DEFAULT_PARAMS
    cv_chosen = cross_validate(
        {key_of(params): params, key_of(PREVIOUS_PARAMS): PREVIOUS_PARAMS},
        train_sents,
        args.processes,
        fold_vecs,
    )
    print("CV:", {k: (v["mean"], v["sd"]) for k, v in cv_chosen.items()}, flush=True)
    no_extra = [v.replace(".vec", "-no-extra.vec") for v in fold_vecs]
    cv_no_extra = cross_validate({key_of(params): params}, train_sents, args.processes, no_extra)[
        key_of(params)
    ]
    print("CV without the extra words:", cv_no_extra["mean"], cv_no_extra["sd"], flush=True)

    # ---- final model on the whole training part
    vec, vec_info = build_vectors(train_sents, "final")
    train_file = WORK / "train.txt"
    write_fasttext_file(train_file, train_sents, params["balance"])
    model = train(train_file, params, vec if params["pretrained"] else None)
    unquantized = evaluate(model, held)
    model.save_model(str(WORK / f"{MODEL_NAME}.bin"))
    model.quantize(
        input=str(train_file),
        cutoff=QUANT["cutoff"],
        qnorm=QUANT["qnorm"],
        dsub=QUANT["dsub"],
        retrain=QUANT["retrain"],
        thread=1,
        verbose=0,
    )
    ftz = out_dir / f"{MODEL_NAME}.ftz"
    model.save_model(str(ftz))
    final = evaluate(fasttext.load_model(str(ftz)), held)

    plain_file = WORK / "train-plain.txt"
    write_fasttext_file(plain_file, train_sents)
    previous = evaluate(train(plain_file, PREVIOUS_PARAMS, None), held)
    majority_label = Counter(s.label for s in train_sents).most_common(1)[0][0]
    baseline = scores([s.label for s in held], [majority_label] * len(held))

    comparison = compare_rules(args.rusentne, args.ruopinionne, params)

    hyper = fasttext_args(params, vec if params["pretrained"] else None)
    if params["pretrained"]:
        hyper["pretrainedVectors"] = (
            f"navec news v1 (natasha wheel, {NAVEC_FILE}), PCA to {VEC_DIM} dims; "
            f"training vocabulary + {EXTRA_WORDS} most polar other navec words"
        )
    card = {
        "name": MODEL_NAME,
        "file": ftz.name,
        "sha256": sha256(ftz),
        "size_bytes": ftz.stat().st_size,
        "format": "fastText supervised, quantized (.ftz); loads with dostoevsky's FastTextSocialNetworkModel",
        "labels": list(LABELS),
        "labels_note": "Only positive/negative/neutral: no permissively licensed Russian data has examples "
        "of dostoevsky's speech/skip labels, so this model never predicts them.",
        "preprocessing": "dostoevsky RegexTokenizer: razdel tokens, lower-cased, joined by single spaces",
        "training_data": [
            {
                "name": "RuSentNE-2023 train",
                "file": "train_data.csv",
                "licence": "MIT",
                "source": "github.com/dialogue-evaluation/RuSentNE-evaluation",
                "sentences": len(rs),
            },
            {
                "name": "RuOpinionNE-2024 train",
                "file": "train.jsonl",
                "licence": "MIT",
                "source": "github.com/dialogue-evaluation/RuOpinionNE-2024",
                "sentences": len(ro),
            },
            {
                "name": "navec news v1 word vectors (pretrained input vectors)",
                "licence": "MIT",
                "source": "github.com/natasha/navec, shipped in the natasha wheel",
                "use": f"input vectors, PCA to {VEC_DIM} dims: the training vocabulary and {EXTRA_WORDS} "
                "further words chosen by a selector model trained on the training part",
            },
        ],
        "pooled": {
            "sentences": len(data),
            "by_label": dict(Counter(s.label for s in data)),
            "by_origin": dict(Counter(s.origin for s in data)),
        },
        "split": {
            "method": f"sha256 of the normalised sentence; {HELD_OUT_FRACTION:.0%} held out after "
            "deduplication, never used for training, word selection or CV",
            "train": len(train_sents),
            "held_out": len(held),
            "train_by_label": dict(Counter(s.label for s in train_sents)),
            "held_out_by_label": dict(Counter(s.label for s in held)),
        },
        "label_derivation": LABEL_DERIVATION,
        "label_derivation_comparison": comparison,
        "recipe": {
            "library": "fasttext-wheel 0.9.2 (train_supervised, softmax loss)",
            "params": params,
            "hyperparameters": hyper,
            "balance": "minority classes repeated round(neutral count / class count) times"
            if params["balance"]
            else "none",
            "vectors": vec_info | {"selector": SELECTOR_PARAMS, "vec_dim": VEC_DIM},
            "seed": SEED,
            "threads": 1,
            "quantisation": QUANT
            | {"note": "fastText quantize(): product quantisation, retrained on the training part"},
            "command": "UV_PROJECT_ENVIRONMENT=.venv-train uv run --only-group train "
            "python train/train_model.py --rusentne ../shared/data/rusentne/train_data.csv "
            "--ruopinionne ../shared/data/ruopinionne/train.jsonl",
        },
        "held_out": final,
        "unquantized": unquantized,
        "baseline_majority_class": {"label": majority_label} | baseline,
        "previous_model": {
            "description": "fastText defaults (lr 0.1, dim 100, epoch 5, unigrams), no "
            "pretrained vectors, no balancing, unquantized",
            "params": PREVIOUS_PARAMS,
        }
        | previous,
        "cross_validation": cv_summary(cv_chosen, params)
        | {"chosen_without_extra_words": {k: cv_no_extra[k] for k in ("fold_macro_f1", "mean", "sd")}},
        "training_seconds": round(time.time() - t0, 1),
    }
    (out_dir / f"{MODEL_NAME}.json").write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps({k: card[k] for k in ("sha256", "size_bytes")}), flush=True)
    for name, sc in (
        ("held-out (shipped)", final),
        ("unquantized", unquantized),
        ("previous", previous),
        ("baseline", baseline),
    ):
        print(
            f"{name:20s} macro-F1 {sc['macro_f1']:.4f}  acc {sc['accuracy']:.4f}  "
            + "  ".join(f"{lab} {sc['per_class'][lab]['f1']:.3f}" for lab in LABELS)
        )
    print("confusion (rows gold, cols pred):", LABELS, final["confusion_matrix"]["matrix"])
    print(f"done in {card['training_seconds']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
