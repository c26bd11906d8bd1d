"""The coding-task registry: what coders are asked, which codes they may use, which units exist.

Each :class:`Task` declares its unit, its question, the allowed codes, the coding
instructions shown to coders, and a function listing every unit of one parsed
article with the kit's own code for it (the *kit code*, never shown to coders).
:func:`mediakit.coding.sample` draws from these units; the sheets, the CLI
(``mediakit code tasks``) and the docs read this registry, and no list of tasks or
codes is kept anywhere else.

Tasks:

* ``attribution`` (unit: sentence): does it attribute information or a view to a
  source? The kit says yes when the sourcing family finds an attribution cue in
  it (evidence kind ``cue``; the sentence rule of the PolNeAR evaluation).
* ``source`` (unit: a row of :func:`mediakit.sources` with a source phrase): is the
  highlighted phrase the source, and of which class? The kit code is the row's
  ``source_class``; coders may answer ``not_source``.
* ``loaded_language`` (unit: a sensational evidence span of the kinds in
  :data:`LOADED_LANGUAGE_KINDS`, overlapping spans merged, or one content word the
  kit did not flag): is it loaded, exaggerating or fear-appealing?
* ``article_sensational`` (unit: article): sensational style on a 1-5 scale. The kit
  code is the quintile of ``sensational.index_percentile`` (percentile among the
  Wikinews reference articles): 1 below 20, ..., 5 at 80 or above.
* ``restated_paragraph`` (unit: paragraph pair): does the second paragraph restate
  the first? The kit says yes for the pairs the structure family reports
  (:func:`mediakit.metrics.structure.paragraph_table`, ``restates``); every other
  paragraph is paired with the earlier paragraph sharing most of its concepts
  (overlap coefficient), the pair the kit came closest to calling a restatement.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

from mediakit.errors import MediakitError
from mediakit.text.parse import Doc

Code = str | int
Scale = Literal["binary", "nominal", "rating"]

#: Sensational evidence kinds that stand in for loaded language until the sensational family emits
#: its own ``loaded_language`` kind (issue 12): emotive words, intensifiers, superlatives, dramatic framing.
LOADED_LANGUAGE_FALLBACK = ("emotive_word", "intensifiers", "superlatives", "dramatic_framing")
#: Sensational evidence kinds whose spans are the ``loaded_language`` task's "yes" units, the family's
#: loaded-language kind first. Once the family emits ``loaded_language``, this line becomes
#: ``LOADED_LANGUAGE_KINDS: tuple[str, ...] = ("loaded_language",)``.
LOADED_LANGUAGE_KINDS: tuple[str, ...] = ("loaded_language",)

#: The columns of :func:`mediakit.sources` the ``source`` task reads (the only place it names them).
SOURCE_COLUMNS = ("source", "source_class", "start", "end", "sentence")

#: Marks around the unit inside its context in a sheet's ``text`` column.
MARK_OPEN, MARK_CLOSE = "[[", "]]"
#: Longest ``text`` cell (Excel holds at most 32,767 characters in a cell); longer contexts are cut.
MAX_TEXT_CHARS = 32_000
#: Percentile edges of the ``article_sensational`` kit rating (rating = 1 + bins passed).
RATING_EDGES = (20.0, 40.0, 60.0, 80.0)


class UnknownTaskError(MediakitError, KeyError):
    """A coding-task name the registry does not know."""

    def __init__(self, name: str, valid: Sequence[str]) -> None:
        self.name = name
        super().__init__(f"unknown coding task {name!r}; valid tasks: {', '.join(valid)}")

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0])


class Unit(NamedTuple):
    """One codable unit of an article, with the kit's code.

    Attributes:
        start: Start offset of the unit in the body.
        end: End offset (exclusive).
        kit_code: The kit's code for it ("yes"/"no", a class, or a 1-5 rating).
        context: Body slices shown to coders, in order; the unit lies in the last one.
        title: Show the headline before the context (article-level units).
    """

    start: int
    end: int
    kit_code: Code
    context: tuple[tuple[int, int], ...]
    title: bool = False


UnitsFn = Callable[[Doc], list[Unit]]


@dataclass(frozen=True)
class Task:
    """A registered coding task.

    Attributes:
        name: Task name (``--task`` on the command line).
        family: The metric family whose output it validates.
        unit: What one row of the sheet is.
        question: The question coders answer for each unit.
        codes: Allowed codes, in order (ratings ascending).
        scale: "binary" (yes/no), "nominal" (classes) or "rating" (ordered integers).
        instructions: Coding instructions shown on the sheet.
        units: ``units(doc) -> [Unit]``: every unit of one article with its kit code.
        reject: For nominal tasks, the code meaning "the kit's unit is wrong" (precision).
        version: Bumped when the units, kit codes or instructions change.
    """

    name: str
    family: str
    unit: str
    question: str
    codes: tuple[Code, ...]
    scale: Scale
    instructions: str
    units: UnitsFn
    reject: str = ""
    version: str = "1"

    @property
    def level(self) -> Literal["nominal", "ordinal"]:
        """Krippendorff level of measurement: ordinal for ratings, else nominal."""
        return "ordinal" if self.scale == "rating" else "nominal"

    @property
    def positive(self) -> str:
        """The positive code of a binary task ("yes"), "" otherwise."""
        return "yes" if self.scale == "binary" else ""

    def codes_text(self) -> str:
        """The allowed codes as shown to coders ("yes, no")."""
        return ", ".join(str(c) for c in self.codes)


_TASKS: dict[str, Task] = {}


def register_task(task: Task) -> Task:
    """Add a task to the registry (a name may be registered once)."""
    if task.name in _TASKS:
        raise ValueError(f"coding task {task.name!r} registered twice")
    _TASKS[task.name] = task
    return task


def tasks() -> list[Task]:
    """Every registered task, in registration order."""
    return list(_TASKS.values())


def get_task(name: str | Task) -> Task:
    """One task by name (a :class:`Task` is returned as is)."""
    if isinstance(name, Task):
        return name
    try:
        return _TASKS[name]
    except KeyError:
        raise UnknownTaskError(name, list(_TASKS)) from None


def tasks_table() -> list[dict[str, str]]:
    """Rows describing every task (the source of ``mediakit code tasks``)."""
    return [
        {
            "task": t.name,
            "family": t.family,
            "unit": t.unit,
            "question": t.question,
            "codes": t.codes_text(),
            "scale": t.scale,
            "version": t.version,
        }
        for t in tasks()
    ]


# --------------------------------------------------------------------------- unit helpers


def _sentence_index(doc: Doc, pos: int) -> int:
    """Index of the sentence holding offset ``pos`` (the last one starting at or before it)."""
    starts = [s for s, _ in doc.sentences]
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _sentence_context(doc: Doc, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The sentence(s) around ``[start, end)``, widened to cover it."""
    if not doc.sentences:
        return ((start, end),)
    first = doc.sentences[_sentence_index(doc, start)]
    last = doc.sentences[_sentence_index(doc, max(start, end - 1))]
    return ((min(first[0], start), max(last[1], end)),)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or nested spans merged into their unions, in order."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _evidence(doc: Doc, family: str) -> list[tuple[str, int, int]]:
    """``(kind, start, end)`` of a family's body evidence."""
    from mediakit.metrics.registry import get_family

    return [
        (e.kind, e.start, e.end)
        for e in get_family(family).run(doc, evidence=True).evidence
        if e.field == "body"
    ]


# --------------------------------------------------------------------------- unit builders


def attribution_units(doc: Doc) -> list[Unit]:
    """Every sentence; "yes" when the sourcing family finds an attribution cue in it."""
    starts = [s for s, _ in doc.sentences]
    cued = {bisect.bisect_right(starts, s) - 1 for kind, s, _e in _evidence(doc, "sourcing") if kind == "cue"}
    out = []
    n = len(doc.sentences)
    for k, (s, e) in enumerate(doc.sentences):
        ctx = (doc.sentences[max(0, k - 1)][0], doc.sentences[min(n - 1, k + 1)][1])
        out.append(Unit(s, e, "yes" if k in cued else "no", (ctx,)))
    return out


def source_units(doc: Doc) -> list[Unit]:
    """Each distinct source phrase of :func:`mediakit.sources`, coded with its ``source_class``.

    Rows without a source phrase (a hedge with no source) have nothing to judge and
    are left out; a phrase shared by several rows (a floating quote, "adding that")
    is one unit. Reads only the columns in :data:`SOURCE_COLUMNS`.
    """
    from mediakit.compute import sources

    source, cls, start, end, _sentence = SOURCE_COLUMNS
    table = sources(doc)
    out: list[Unit] = []
    seen: set[tuple[int, int]] = set()
    for text, klass, s, e in zip(table[source], table[cls], table[start], table[end], strict=True):
        span = (int(s), int(e))
        if not str(text).strip() or span in seen or span[1] <= span[0]:
            continue
        seen.add(span)
        out.append(Unit(span[0], span[1], str(klass), _sentence_context(doc, *span)))
    return out


def loaded_language_units(doc: Doc) -> list[Unit]:
    """Kit spans of :data:`LOADED_LANGUAGE_KINDS` ("yes", overlaps merged) and every other content word ("no").

    A content word is a word of three or more letters that is not a stop word
    (:data:`mediakit.metrics.structure.STOP_WORDS`) and overlaps no kit span.
    """
    from mediakit.metrics.structure import STOP_WORDS

    wanted = set(LOADED_LANGUAGE_KINDS)
    spans = _merge([(s, e) for kind, s, e in _evidence(doc, "sensational") if kind in wanted and e > s])
    out = [Unit(s, e, "yes", _sentence_context(doc, s, e)) for s, e in spans]
    span_starts = [s for s, _ in spans]
    for word, (s, e) in zip(doc.lower_words, doc.word_spans, strict=True):
        letters = word.replace("-", "").replace("'", "").replace("\u2019", "")
        if len(letters) < 3 or not letters.isalpha() or word in STOP_WORDS:
            continue
        k = bisect.bisect_right(span_starts, e - 1) - 1
        if k >= 0 and spans[k][1] > s:
            continue  # inside (or overlapping) a kit span
        out.append(Unit(s, e, "no", _sentence_context(doc, s, e)))
    out.sort(key=lambda u: (u.start, u.end))
    return out


def rating_of(percentile: float) -> int:
    """Kit rating 1-5 of a ``sensational.index_percentile``: ``1 + #{edges <= percentile}``."""
    return 1 + bisect.bisect_right(RATING_EDGES, percentile)


def article_units(doc: Doc) -> list[Unit]:
    """The article itself, rated 1-5 from the quintile of its sensational index percentile."""
    import math

    from mediakit.metrics.registry import get_family

    if not doc.body.strip():
        return []
    pct = get_family("sensational").run(doc).values["index_percentile"]
    if math.isnan(pct):
        return []
    return [Unit(0, len(doc.body), rating_of(pct), ((0, len(doc.body)),), title=True)]


def restated_units(doc: Doc) -> list[Unit]:
    """One pair per paragraph after the first: "yes" for the kit's restatements, else the closest earlier paragraph.

    The closest earlier paragraph maximises the overlap coefficient
    ``|A ∩ B| / min(|A|, |B|)`` of the concept sets
    (:func:`mediakit.metrics.structure.concepts`); ties go to the nearer one, and a
    paragraph without concepts is paired with the one before it.
    """
    from mediakit.metrics.structure import concepts, paragraph_table

    table = paragraph_table(doc)
    paras = list(doc.paragraphs)
    sets = [concepts(doc.body[s:e]) for s, e in paras]
    out = []
    for j in range(1, len(paras)):
        restates = int(table["restates"].iloc[j])
        if restates > 0:
            i, code = restates - 1, "yes"
        else:
            best, i = -1.0, j - 1
            for cand in range(j - 1, -1, -1):
                if sets[j] and sets[cand]:
                    score = len(sets[j] & sets[cand]) / min(len(sets[j]), len(sets[cand]))
                    if score > best:
                        best, i = score, cand
            code = "no"
        s, e = paras[j]
        out.append(Unit(s, e, code, (paras[i], (s, e))))
    return out


# --------------------------------------------------------------------------- the registry

_GENERAL = (
    "Read the text: the unit is marked [[ like this ]] inside its context. Answer the question for "
    "the marked part only, using the context to understand it. Pick one code from the drop-down (or "
    "type it); leave the code empty when you cannot decide and say why in the comment column. Do not "
    "change unit_id, do not sort, add or delete rows, and do not look up what any software says about "
    "these texts before you have finished."
)

register_task(
    Task(
        name="attribution",
        family="sourcing",
        unit="sentence",
        question="Does the marked sentence attribute information or a view to a source?",
        codes=("yes", "no"),
        scale="binary",
        instructions=(
            "Code yes when the sentence says who said, wrote, showed, believes or wants something: a "
            "person, an organisation, a document, or a vague source ('critics say', 'it is believed', "
            "'reportedly'). Reported beliefs and intentions count ('the mayor wants', 'officials plan'). "
            "Code no for the writer's own statements, even when they quote a word or two. " + _GENERAL
        ),
        units=attribution_units,
    )
)

register_task(
    Task(
        name="source",
        family="sourcing",
        unit="source phrase (a row of mediakit.sources)",
        question="Is the marked phrase the source of an attribution in this sentence, and of which class?",
        codes=("named", "organisation", "role", "unnamed", "vague", "document", "other", "not_source"),
        scale="nominal",
        reject="not_source",
        instructions=(
            "If the marked phrase is not who (or what) is cited, code not_source. Otherwise pick its "
            "class: named (a person's name), organisation (a named body: ministry, company, court), "
            "role (a title or group without a name: 'a spokesman', 'officials', 'lawyers'), unnamed "
            "(deliberately anonymous: 'a person familiar with', 'a senior official'), vague ('some', "
            "'critics', 'it is believed'), document (a report, poll, study, statement, data), other (a "
            "source that fits none of these). " + _GENERAL
        ),
        units=source_units,
    )
)

register_task(
    Task(
        name="loaded_language",
        family="sensational",
        unit="word or phrase",
        question="Is the marked word or phrase loaded, exaggerating or fear-appealing?",
        codes=("yes", "no"),
        scale="binary",
        instructions=(
            "Code yes when the marked words carry emotion or judgement beyond what the facts need "
            "('slams', 'brutal', 'chilling'), exaggerate ('the worst ever', 'utterly', 'catastrophic' for "
            "a minor event) or play on fear ('terrifying', 'under siege'). Code no for neutral report "
            "words, even about grim events ('killed', 'attack', 'war'), and for words inside a quotation "
            "that the article only reports. " + _GENERAL
        ),
        units=loaded_language_units,
    )
)

register_task(
    Task(
        name="article_sensational",
        family="sensational",
        unit="article",
        question="How sensational is the article's style, from 1 (plain, sober) to 5 (highly sensational)?",
        codes=(1, 2, 3, 4, 5),
        scale="rating",
        instructions=(
            "Rate the style, not the topic: a sober report of a disaster is a 1 or 2, a gossip item "
            "told with exclamations, superlatives, emotive words, direct address and cliffhangers is a "
            "4 or 5. 1 = plain news-agency style; 3 = some colourful words or dramatic framing; 5 = "
            "sensational throughout. Use the whole scale. " + _GENERAL
        ),
        units=article_units,
    )
)

register_task(
    Task(
        name="restated_paragraph",
        family="structure",
        unit="paragraph pair",
        question="Does the marked (second) paragraph restate the first one?",
        codes=("yes", "no"),
        scale="binary",
        instructions=(
            "Code yes when the marked paragraph tells again what the first paragraph already said "
            "(the same claim or event, perhaps in other words or with a detail added), adding little "
            "that is new. Code no when it moves the story on: new facts, a new source, reactions, "
            "background. " + _GENERAL
        ),
        units=restated_units,
    )
)


__all__ = [
    "LOADED_LANGUAGE_FALLBACK",
    "LOADED_LANGUAGE_KINDS",
    "MARK_CLOSE",
    "MARK_OPEN",
    "MAX_TEXT_CHARS",
    "SOURCE_COLUMNS",
    "Code",
    "Task",
    "Unit",
    "UnknownTaskError",
    "get_task",
    "rating_of",
    "register_task",
    "tasks",
    "tasks_table",
]
