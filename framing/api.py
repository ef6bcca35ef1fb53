"""The front door: load the model and the lexicons once, then analyse and check as many texts as you like.

    analyzer = Analyzer.load()
    report = analyzer.analyze(Path("article.txt"))
    verdict = analyzer.check(report, Limits(max_density=8))

The CLI, the benchmarks, the training scripts and the tests all stand on this.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from framing.collector import settle_after_loading
from framing.errors import FramingError
from framing.lexicon import Lexicon, load_lexicon
from framing.read import Document, document_from_text, read_document
from framing.report import ParagraphReport, Report, Summary, build_report
from framing.sentiment import SentimentModel, load_model
from framing.verdict import Limits, Verdict, judge


@dataclass(frozen=True, slots=True)
class Recipe:
    """What an Analyzer was loaded from: enough for another process to load the same one."""

    model: str | None
    lexicons: tuple[str, ...]
    disable: tuple[str, ...]
    lexicon_tone: bool
    #: id() of the model and lexicon loaded by it, in this process: an analyzer whose model or lexicon was
    #: replaced since (dataclasses.replace) no longer matches its recipe, and refuses to travel.
    made: tuple[int, int] = field(default=(0, 0), compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Analyzer:
    """A loaded sentiment model and lexicon, and how sentence tone is made from them.

    An analyzer made by ``load`` or ``with_lexicons`` pickles as its Recipe, not as the loaded model and
    lexicon (a memory-mapped pack and a fastText model do not travel): a worker process (multiprocessing, a
    Dask worker on a machine that sees the same files) that receives it loads its own once and reuses it for
    every later task (``loaded``).
    """

    model: SentimentModel
    lexicon: Lexicon
    lexicon_tone: bool = True  # tone from the model nudged by the flags' polarity (if the card calibrated it)
    recipe: Recipe | None = field(default=None, compare=False, repr=False)

    @classmethod
    def load(
        cls,
        model: str | os.PathLike[str] | None = None,
        lexicons: Iterable[str | os.PathLike[str]] = (),
        disable: Iterable[str] = (),
        lexicon_tone: bool = True,
    ) -> Analyzer:
        """The bundled model (or the fastText model file ``model``) and the bundled lexicons with ``lexicons``
        (files or directories) over them, less the ``disable``\\d categories. Raises FramingError when any of
        them is missing or broken.

        What is loaded lives as long as the process, and the garbage collector is told so
        (framing/collector.py): load once, analyse many times."""
        if isinstance(lexicons, str | os.PathLike):  # one file or folder, not a string of one-letter paths
            lexicons = [lexicons]
        lexicons, disable = [Path(p) for p in lexicons], list(disable)
        model_path = Path(model) if model is not None else None
        recipe = Recipe(
            str(model_path.resolve()) if model_path else None,
            _absolute(lexicons),
            tuple(disable),
            lexicon_tone,
        )
        analyzer = _made(recipe, load_model(model_path), load_lexicon(lexicons, disable))
        settle_after_loading()
        return analyzer

    def with_lexicons(
        self, lexicons: Iterable[str | os.PathLike[str]] = (), disable: Iterable[str] = ()
    ) -> Analyzer:
        """This analyzer's model with other lexicons over the bundled ones (the model is not loaded again)."""
        lexicons, disable = [Path(p) for p in lexicons], list(disable)
        lexicon = load_lexicon(lexicons, disable)
        if self.recipe is None:
            return Analyzer(self.model, lexicon, self.lexicon_tone)
        recipe = replace(self.recipe, lexicons=_absolute(lexicons), disable=tuple(disable))
        return _made(replace(recipe, lexicon_tone=self.lexicon_tone), self.model, lexicon)

    def __reduce__(self) -> tuple[object, tuple[Recipe]]:
        recipe = self.recipe
        if recipe is None or recipe.made != (id(self.model), id(self.lexicon)):
            raise TypeError(
                "an Analyzer not made by Analyzer.load or with_lexicons (or whose model or lexicon was "
                "replaced since) cannot be sent to another process"
            )
        return loaded, (replace(recipe, lexicon_tone=self.lexicon_tone),)

    def analyze(self, source: str | os.PathLike[str] | Document) -> Report:
        """The report of an article: ``source`` is its text (a ``str``), a path to a file (a ``Path``; ``-``
        as ``Path('-')`` reads stdin), or a Document already read. A ``.md`` file is analysed without its
        Markdown syntax, and ``framing: off``-style directive lines are skipped (offsets stay the file's).
        Raises FramingError on unusable input."""
        return build_report(self._document(source), self.model, self.lexicon, lexicon_tone=self.lexicon_tone)

    def stream(self, source: str | os.PathLike[str] | Document) -> Iterator[ParagraphReport | Summary]:
        """The report paragraph by paragraph, then the document's Summary: for output written as it is made
        (``-f jsonl``, ``-f text``), holding only the document totals. A streamed paragraph's ``repeated`` is
        0: repeated lemmas are counted over the whole article, in the summary."""
        from framing.stream import stream

        return stream(self._document(source), self.model, self.lexicon, lexicon_tone=self.lexicon_tone)

    def summarise(self, source: str | os.PathLike[str] | Document) -> Summary:
        """The document's Summary alone (what ``check`` judges), analysed paragraph by paragraph: no
        paragraph is kept."""
        return deque(self.stream(source), maxlen=1).pop()

    def _document(self, source: str | os.PathLike[str] | Document) -> Document:
        if isinstance(source, Document):
            return source
        if isinstance(source, str):
            try:
                return document_from_text(source)
            except FramingError as error:
                if _names_a_file(source):  # a file name passed as the text
                    raise FramingError(
                        f"{error} (a str is the article's text: to read the file, pass Path)"
                    ) from None
                raise
        return read_document(os.fspath(source))

    def check(self, report: Report | Summary, limits: Limits | None = None) -> Verdict:
        """Whether a document (its report or summary) stays within ``limits`` (default: at most 10 flags per
        100 words)."""
        return judge(report.summary if isinstance(report, Report) else report, limits or Limits())


def _made(recipe: Recipe, model: SentimentModel, lexicon: Lexicon) -> Analyzer:
    """An analyzer of ``model`` and ``lexicon``, loaded as ``recipe`` says."""
    return Analyzer(model, lexicon, recipe.lexicon_tone, replace(recipe, made=(id(model), id(lexicon))))


@cache
def loaded(recipe: Recipe) -> Analyzer:
    """The analyzer ``recipe`` describes, loaded once per process (what an unpickled Analyzer is); analyzers
    that differ only in their lexicons or tone setting share one model, as in the process they came from."""
    if recipe.lexicons or recipe.disable:
        return loaded(replace(recipe, lexicons=(), disable=())).with_lexicons(recipe.lexicons, recipe.disable)
    if not recipe.lexicon_tone:
        base = loaded(replace(recipe, lexicon_tone=True))
        return replace(base, lexicon_tone=False, recipe=replace(base.recipe, lexicon_tone=False))
    return Analyzer.load(recipe.model)


def _absolute(paths: list[Path]) -> tuple[str, ...]:
    """The paths as another process, in another working directory, can open them."""
    return tuple(str(p.resolve()) for p in paths)


def _names_a_file(text: str) -> bool:
    """Whether ``text`` is, rather than an article, the name of an existing file."""
    if "\n" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):  # too long for a file name, or a NUL in it: then it is no file name
        return False


def default_analyzer() -> Analyzer:
    """The analyzer of the bundled model and lexicons, loaded on first use and kept (the one a worker that
    receives it reuses too)."""
    return loaded(Recipe(None, (), (), True))


def analyze(text: str) -> Report:
    """The report of an article's text, by the bundled model and lexicons (loaded once per process)."""
    return default_analyzer().analyze(text)
