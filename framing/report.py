"""The report: one data model, with character offsets everywhere, that every renderer reads.

Built once from a document, a sentiment model and a lexicon; nothing downstream re-segments or re-scores.

A note on records, made once for all of them (here, ``Flag``, ``Span``, ``Paragraph``): they are slotted
dataclasses, and those made thousands of times per article are not frozen, because a frozen ``__init__`` sets
each field through ``object.__setattr__`` (measured: 1.5 µs against 0.2–0.45 µs for 8 fields). They are never
mutated after construction all the same; changed copies come from ``dataclasses.replace``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from framing.forms import OffsetMap, analysis_form
from framing.lexicon import Flag, Lexicon
from framing.markup import masked
from framing.quotes import quotation_spans
from framing.read import Document
from framing.repetition import Repetition, repetitions
from framing.segment import Kind, Paragraph, Span, segment, source_name
from framing.sentiment import Scores, SentimentModel, dominant, tone
from framing.tokens import word_count
from framing.tone import combine, polar_weights

UNATTRIBUTED = "attribution"
REPETITION = "Repetition"


def mean(values: Iterable[float]) -> float:
    """Arithmetic mean (statistics.mean is exact but slow, and exactness buys nothing here)."""
    items = list(values)
    return sum(items) / len(items)


@dataclass(slots=True)
class SentenceReport:
    """A sentence, its calibrated label probabilities, and what they add up to."""

    span: Span
    scores: Scores  # what label and tone come from: the model's, or nudged by the lexicon (see tone.py)
    model_scores: Scores  # the model's own calibrated probabilities
    label: str
    tone: float


@dataclass(slots=True)
class ParagraphReport:
    """A paragraph: its place in the text, its sentences and their scores, and its flags."""

    index: int | None  # number among body paragraphs (1-based); None for headings and the source line
    position: int  # 1-based place among all paragraphs
    line: int  # 1-based line of the document where it starts
    kind: Kind
    span: Span
    sentences: tuple[SentenceReport, ...]
    flags: tuple[Flag, ...]
    words: int
    repeated: int = 0  # places of the report's repeated lemmas (Report.repetitions) inside this paragraph

    @property
    def tone(self) -> float | None:
        """Mean sentence tone, or None when nothing was scored (the source line)."""
        return mean(s.tone for s in self.sentences) if self.sentences else None

    @property
    def label(self) -> str | None:
        """The label with the highest mean probability over the paragraph's sentences."""
        if not self.sentences:
            return None
        labels = self.sentences[0].scores
        return dominant({label: mean(s.scores[label] for s in self.sentences) for label in labels})

    @property
    def flags_per_100_words(self) -> float:
        return 100 * len(self.flags) / self.words if self.words else 0.0

    @property
    def techniques(self) -> Counter[str]:
        """Persuasion techniques of the paragraph's flags, and Repetition for each repeated lemma in it."""
        counts = Counter(t for f in self.flags for t in f.techniques)
        if self.repeated:
            counts[REPETITION] += self.repeated
        return counts


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """Which sentiment model scored the sentences."""

    name: str
    path: str
    sha256: str
    labels: tuple[str, ...]
    lexicon_alpha: float | None  # None: tone from the model alone


@dataclass(frozen=True, slots=True)
class Report:
    """Everything known about one document."""

    document: Document
    model: ModelInfo
    paragraphs: tuple[ParagraphReport, ...]
    repetitions: tuple[Repetition, ...] = ()
    summary: Summary = field(init=False, repr=False, compare=False)  # what the document adds up to

    def __post_init__(self) -> None:  # summed once: every view, the gate and the verdict read it
        object.__setattr__(self, "summary", self._summed())

    def to_dict(self) -> dict:
        """The report as JSON-ready data: what ``--format json`` prints (see framing/schema.py)."""
        from framing.schema import report_data

        return report_data(self)

    @property
    def analysed(self) -> list[ParagraphReport]:
        """Headings and body paragraphs: everything but the source line."""
        return [p for p in self.paragraphs if p.kind != "source"]

    @property
    def sentences(self) -> list[SentenceReport]:
        return [s for p in self.paragraphs for s in p.sentences]

    @property
    def flags(self) -> list[Flag]:
        return [f for p in self.paragraphs for f in p.flags]

    @property
    def words(self) -> int:
        return self.summary.words

    @property
    def tone(self) -> float:
        """Mean tone over every scored sentence."""
        return self.summary.tone

    @property
    def label_counts(self) -> Counter[str]:
        return self.summary.label_counts

    @property
    def source(self) -> str | None:
        """What the trailing «Источник: …» line names, if there is one."""
        return self.summary.source

    def _summed(self) -> Summary:
        totals = Totals()
        for paragraph in self.paragraphs:
            totals.add(paragraph)
        return totals.summary(self.document, self.model, self.repetitions)


@dataclass(slots=True)
class Totals:
    """What the summary of a document needs, added up paragraph by paragraph: by a whole report, and by a
    stream as the paragraphs are made (framing/stream.py), so that the two cannot differ."""

    paragraphs: int = 0
    headings: int = 0
    tones: list[float] = field(default_factory=list)
    labels: Counter[str] = field(default_factory=Counter)
    words: int = 0
    flags: list[Flag] = field(default_factory=list)
    source: str | None = None

    def add(self, paragraph: ParagraphReport) -> None:
        self.paragraphs += paragraph.kind == "body"
        self.headings += paragraph.kind == "heading"
        if paragraph.kind == "source":
            self.source = self.source or source_name(paragraph.span)
        else:
            self.words += paragraph.words
        self.tones += [s.tone for s in paragraph.sentences]
        self.labels.update(s.label for s in paragraph.sentences)
        self.flags += paragraph.flags

    def summary(self, document: Document, model: ModelInfo, repeated: Iterable[Repetition]) -> Summary:
        """The document's summary, with the lemmas it repeats (counted over its flags: repetition.py)."""
        return Summary(
            document=document,
            model=model,
            paragraphs=self.paragraphs,
            headings=self.headings,
            sentences=len(self.tones),
            words=self.words,
            tone=mean(self.tones) if self.tones else 0.0,
            label_counts=self.labels,
            flags=tuple(self.flags),
            repetitions=tuple(repeated),
            source=self.source,
        )


@dataclass(frozen=True, slots=True)
class Summary:
    """What a document adds up to, whether from a whole report (``Report.summary``) or paragraph by paragraph
    (framing/stream.py): every view's summary, the JSON ``summary``, the gate's document rules and the
    verdict read this."""

    document: Document
    model: ModelInfo
    paragraphs: int  # body paragraphs
    headings: int
    sentences: int
    words: int  # of headings and body paragraphs
    tone: float  # mean tone over every scored sentence
    label_counts: Counter[str]
    flags: tuple[Flag, ...]
    repetitions: tuple[Repetition, ...]
    source: str | None  # what the trailing «Источник: …» line names

    @property
    def flags_per_100_words(self) -> float:
        return 100 * len(self.flags) / self.words if self.words else 0.0

    @property
    def categories(self) -> Counter[str]:
        return Counter(f.category for f in self.flags)

    @property
    def techniques(self) -> Counter[str]:
        """Persuasion techniques over all flags, plus one Repetition per place of a repeated lemma."""
        return technique_counts(self.flags, self.repetitions)

    @property
    def quoted(self) -> list[Flag]:
        """Flags inside direct quotations: the quoted speaker's words."""
        return [f for f in self.flags if f.quoted]

    @property
    def unattributed(self) -> list[Flag]:
        return [f for f in self.flags if f.category == UNATTRIBUTED]


def model_info(model: SentimentModel, lexicon_tone: bool = True) -> ModelInfo:
    """What a report says of the model that scored it."""
    alpha = model.lexicon_alpha if lexicon_tone else None
    return ModelInfo(model.name, str(model.path), model.sha256, model.labels, alpha)


def paragraph_reports(
    document: Document, model: SentimentModel, lexicon: Lexicon, *, lexicon_tone: bool = True
) -> Iterator[ParagraphReport]:
    """Each paragraph's report as soon as it is made, in text order, with offsets into ``document.text``.

    Their ``repeated`` is 0: which lemmas an article repeats is known only at its end (build_report counts
    them; a stream reports them in its summary)."""
    text, offsets = analysis_form(masked(document))  # markup masked, NFC, \n line breaks (forms.py)
    assemble = _Assembler(text, model, lexicon, lexicon_tone)
    for paragraph in segment(text):
        (report,) = assemble([paragraph])
        yield report if text is document.text else _in_original(report, document.text, offsets)


def build_report(
    document: Document, model: SentimentModel, lexicon: Lexicon, *, lexicon_tone: bool = True
) -> Report:
    """Segment, flag and score ``document``; with ``lexicon_tone`` and a model card that calibrated it,
    sentence labels and tone also weigh the polarity of the sentence's flags."""
    prose = masked(document)
    text, offsets = analysis_form(prose)
    paragraphs = _Assembler(text, model, lexicon, lexicon_tone)(segment(text))
    if text is not document.text:
        paragraphs = [_in_original(p, document.text, offsets) for p in paragraphs]
    repeated = tuple(repetitions([f for p in paragraphs for f in p.flags], lexicon, prose))
    counts = repeated_in([p.span for p in paragraphs], repeated)
    paragraphs = [replace(p, repeated=n) if n else p for p, n in zip(paragraphs, counts, strict=True)]
    return Report(document, model_info(model, lexicon_tone), tuple(paragraphs), repeated)


def repeated_in(spans: list[Span], repeated: Iterable[Repetition]) -> list[int]:
    """How many places of the repeated lemmas lie in each span (a paragraph's ``repeated``)."""
    starts = sorted(start for r in repeated for start, _, _ in r.places)
    return [bisect_left(starts, span.end) - bisect_left(starts, span.start) for span in spans]


class _Assembler:
    """Paragraph reports of one analysed text, made a batch of paragraphs at a time, in text order.

    A whole report is one batch (every sentence flagged, then all scored in one call to the model); a stream
    makes each paragraph a batch. The numbering and line counting run on from batch to batch."""

    def __init__(self, text: str, model: SentimentModel, lexicon: Lexicon, lexicon_tone: bool) -> None:
        self.text, self.model, self.lexicon = text, model, lexicon
        self.alpha = model.lexicon_alpha if lexicon_tone else None
        self.in_quotation = _quotation_test(quotation_spans(text))
        self.body_number, self.line, self.counted_to = 0, 1, 0

    def __call__(self, paragraphs: list[Paragraph]) -> list[ParagraphReport]:
        in_quotation, flags_of = self.in_quotation, self.lexicon.flags
        # Flags first: matching tokenizes each sentence; the model then reads the same tokens from the cache.
        paragraph_flags = [
            [
                [f.in_quotation() if in_quotation(f.start) else f for f in flags_of(s.text, s.start)]
                for s in p.sentences
            ]
            for p in paragraphs
        ]
        scores = iter(self.model.score([s.text for p in paragraphs for s in p.sentences]))
        reports = []
        for paragraph, sentence_flags in zip(paragraphs, paragraph_flags, strict=True):
            if paragraph.kind == "body":
                self.body_number += 1
            span = paragraph.span
            self.line += self.text.count("\n", self.counted_to, span.start)
            self.counted_to = span.start
            reports.append(
                ParagraphReport(
                    index=self.body_number if paragraph.kind == "body" else None,
                    position=paragraph.position,
                    line=self.line,
                    kind=paragraph.kind,
                    span=span,
                    sentences=tuple(
                        _sentence(sentence, next(scores), flags, self.alpha)
                        for sentence, flags in zip(paragraph.sentences, sentence_flags, strict=True)
                    ),
                    flags=tuple(f for flags in sentence_flags for f in flags),
                    words=sum(word_count(s.text) for s in paragraph.sentences),
                )
            )
        return reports


def _moved(original: str, offsets: OffsetMap | None, start: int, end: int) -> Span:
    """An analysed span's place in the original text."""
    if offsets is not None:
        start, end = offsets.start(start), offsets.end(end)
    return Span(start, end, original[start:end])


def _in_original(paragraph: ParagraphReport, original: str, offsets: OffsetMap | None) -> ParagraphReport:
    """The paragraph with every offset and text mapped back from the analysed form to the document's text."""

    def flag(f: Flag) -> Flag:
        moved = _moved(original, offsets, f.start, f.end)
        alternatives = tuple(map(flag, f.alternatives))
        return replace(f, start=moved.start, end=moved.end, text=moved.text, alternatives=alternatives)

    return replace(
        paragraph,
        span=_moved(original, offsets, paragraph.span.start, paragraph.span.end),
        sentences=tuple(
            replace(s, span=_moved(original, offsets, s.span.start, s.span.end)) for s in paragraph.sentences
        ),
        flags=tuple(map(flag, paragraph.flags)),
    )


def technique_counts(flags: Iterable[Flag], repetitions: Iterable[Repetition]) -> Counter[str]:
    """Persuasion techniques over flags, plus one Repetition per place of a repeated lemma."""
    counts = Counter(t for f in flags for t in f.techniques)
    places = sum(len(r.places) for r in repetitions)
    if places:
        counts[REPETITION] += places
    return counts


def _quotation_test(quotations: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether an offset lies inside one of the (sorted, disjoint) quotation spans."""
    starts = [start for start, _ in quotations]

    def inside(offset: int) -> bool:
        index = bisect_right(starts, offset) - 1
        return index >= 0 and offset < quotations[index][1]

    return inside


def _sentence(span: Span, model_scores: Scores, flags: list[Flag], alpha: float | None) -> SentenceReport:
    scores = model_scores
    if alpha is not None and flags:  # most sentences have no flag, and nothing to nudge
        scores = combine(model_scores, polar_weights(flags), alpha)
    return SentenceReport(span, scores, model_scores, dominant(scores), tone(scores))
