"""Probe: could a model of context find what readers mark and the lexicons miss, at the lexicons' precision?

Run by hand, prints numbers; dev split only (the blind sets stay unseen):

    uv run python bench/context_probe.py ../shared/data

Two measurements on the hand-marked dev articles (``bench/handmarked/``):

1. **Consistency.** Each marked word's lemma: in what share of its occurrences in dev do readers mark it?
   A word list flags a lemma everywhere (or in a fixed context), so a lemma marked at only a third of its
   occurrences cannot be listed at 85% precision. This bounds what any list can reach.
2. **A token classifier in 5-fold cross-validation by article.** Logistic regression on hashed features of
   a word and its neighbours (form, lemma, part of speech, suffixes, the lemmas and parts of speech two words
   either side), trained on the other folds' articles, scored on the held-out fold: its own flags (runs of
   words above a threshold), and its flags added to framing's (those overlapping no framing flag), against
   the readers' phrases as ``handmarked.py`` scores them.
"""

from __future__ import annotations

import argparse
import random
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from handmarked import MARKED, Article, Score, load_article, overlaps, read_phrases, score, score_line

from framing import Analyzer
from framing.morph import analyzer as morph
from framing.segment import segment
from framing.tokens import sentence_tokens

DIMENSIONS = 2**18
FOLDS = 5
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass(frozen=True, slots=True)
class Word:
    """A Cyrillic word of an article: where it is, what it is, and whether a reader marked it."""

    start: int
    end: int
    form: str
    lemma: str
    pos: str
    marked: bool


def words_of(article: Article) -> list[list[Word]]:
    """The article's Cyrillic words, sentence by sentence."""
    sentences = []
    for paragraph in segment(article.text):
        for span in paragraph.sentences:
            tokens = sentence_tokens(span.text)
            words = []
            for form, start, end in zip(tokens.forms, tokens.starts, tokens.ends, strict=True):
                if not form.replace("-", "").isalpha() or not ("а" <= form[0] <= "я"):
                    continue
                parse = morph().parse(form)[0]
                start, end = span.start + start, span.start + end
                marked = any(overlaps(start, end, p.start, p.end) for p in article.phrases)
                words.append(Word(start, end, form, parse.normal_form, str(parse.tag.POS), marked))
            sentences.append(words)
    return sentences


def features(words: list[Word], i: int) -> list[int]:
    """Hashed feature indices of word ``i`` in its sentence."""
    word = words[i]
    names = [
        f"w={word.form}",
        f"l={word.lemma}",
        f"p={word.pos}",
        f"s3={word.form[-3:]}",
        f"s4={word.form[-4:]}",
    ]
    for step in (-2, -1, 1, 2):
        j = i + step
        other = words[j] if 0 <= j < len(words) else None
        names.append(f"l{step}={other.lemma if other else '<s>'}")
        names.append(f"p{step}={other.pos if other else '<s>'}")
    return [zlib.crc32(name.encode()) % DIMENSIONS for name in names]


def train(
    rows: list[tuple[list[int], bool]], epochs: int = 6, rate: float = 0.2, l2: float = 1e-6
) -> np.ndarray:
    """Logistic regression by stochastic gradient descent over hashed binary features (seeded)."""
    weights = np.zeros(DIMENSIONS + 1)
    order = list(range(len(rows)))
    shuffle = random.Random(0).shuffle
    for _ in range(epochs):
        shuffle(order)
        for n in order:
            indices, label = rows[n]
            p = 1 / (1 + np.exp(-(weights[indices].sum() + weights[-1])))
            gradient = p - label
            weights[indices] -= rate * (gradient + l2 * weights[indices])
            weights[-1] -= rate * gradient
    return weights


def probability(weights: np.ndarray, indices: list[int]) -> float:
    return float(1 / (1 + np.exp(-(weights[indices].sum() + weights[-1]))))


def runs(sentences: list[list[Word]], chances: list[list[float]], threshold: float) -> list[tuple[int, int]]:
    """Spans of consecutive words at or above ``threshold``: the classifier's flags."""
    spans = []
    for words, sentence_chances in zip(sentences, chances, strict=True):
        current: list[int] | None = None
        for word, chance in zip(words, sentence_chances, strict=True):
            if chance >= threshold:
                current = [word.start, word.end] if current is None else [current[0], word.end]
            elif current:
                spans.append((current[0], current[1]))
                current = None
        if current:
            spans.append((current[0], current[1]))
    return spans


def consistency(corpus: dict[str, list[list[Word]]]) -> None:
    """Marked words by how often readers mark their lemma across dev."""
    seen, marked = Counter(), Counter()
    for sentences in corpus.values():
        for word in (w for words in sentences for w in words):
            seen[word.lemma] += 1
            marked[word.lemma] += word.marked
    buckets: Counter[str] = Counter()
    for lemma, count in marked.items():
        rate = count / seen[lemma]
        if seen[lemma] == 1:
            buckets["occurs once"] += count
        else:
            buckets[
                "< 30%" if rate < 0.3 else "30-60%" if rate < 0.6 else "60-85%" if rate < 0.85 else ">= 85%"
            ] += count
    total = sum(buckets.values())
    print(f"marked words in dev: {total}; share by how often their lemma is marked where it occurs")
    for bucket in ("occurs once", "< 30%", "30-60%", "60-85%", ">= 85%"):
        print(f"  {bucket:<12} {buckets[bucket] / total:6.1%}")


def cross_validate(articles: list[Article], corpus: dict[str, list[list[Word]]]) -> None:
    """The classifier alone and added to framing's flags, on held-out folds."""
    order = sorted(articles, key=lambda a: a.name)
    random.Random(0).shuffle(order)
    folds = [order[k::FOLDS] for k in range(FOLDS)]
    alone: dict[float, Score] = defaultdict(lambda: Score(0, 0, 0, 0))
    added: dict[float, Score] = defaultdict(lambda: Score(0, 0, 0, 0))
    lexicons = Score(0, 0, 0, 0)
    for k, held_out in enumerate(folds):
        rows = [
            (features(words, i), words[i].marked)
            for fold in folds[:k] + folds[k + 1 :]
            for article in fold
            for words in corpus[article.name]
            for i in range(len(words))
        ]
        weights = train(rows)
        for article in held_out:
            sentences = corpus[article.name]
            chances = [
                [probability(weights, features(words, i)) for i in range(len(words))] for words in sentences
            ]
            lexicons += score(article)
            for threshold in THRESHOLDS:
                spans = runs(sentences, chances, threshold)
                alone[threshold] += score(_with_flags(article, spans, keep_framing=False))
                added[threshold] += score(_with_flags(article, spans, keep_framing=True))
    print(score_line("framing", lexicons))
    for threshold in THRESHOLDS:
        print(score_line(f"alone {threshold}", alone[threshold]))
    for threshold in THRESHOLDS:
        print(score_line(f"added {threshold}", added[threshold]))


def _with_flags(article: Article, spans: list[tuple[int, int]], keep_framing: bool) -> Article:
    """The article scored with the classifier's spans as flags (alone, or added where framing has none)."""
    from framing.lexicon.match import Flag

    base = list(article.flags) if keep_framing else []
    new = [
        Flag(start, end, article.text[start:end], None)  # type: ignore[arg-type]
        for start, end in spans
        if not any(overlaps(start, end, f.start, f.end) for f in base)
    ]
    return Article(article.name, article.split, article.text, article.phrases, tuple(base + new))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "data", type=Path, help="the directory the hand-marked JSON files' paths are relative to"
    )
    args = parser.parse_args()
    analyzer = Analyzer.load()
    paths = [
        path for path in sorted(MARKED.glob("*.json")) if read_phrases(path, args.data)[0]["split"] == "dev"
    ]
    articles = [load_article(path, args.data, analyzer) for path in paths]
    corpus = {a.name: words_of(a) for a in articles}
    consistency(corpus)
    cross_validate(articles, corpus)


if __name__ == "__main__":
    main()
