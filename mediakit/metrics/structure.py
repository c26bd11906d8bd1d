"""Structure family: how the article is built (paragraphing, restatement, relevance, padding).

Every measure works on *concepts*: the content words of a paragraph or sentence
(lower-cased, three letters or more, not a stop word), reduced by a light
suffix stripper (one of :data:`SUFFIXES`; final ``e`` dropped, ``y`` -> ``i``) to their
first six letters, then mapped through a small news equivalence table
(:data:`EQUIVALENCES`: "servicemen", "guards", "troops" -> ``soldier``;
"court", "lawsuit", "lawyers" -> ``legal``; ...). Sets of concepts make the
comparison robust to reordering, inflection and the synonyms tabloid copy uses
to restate a claim. No model, no download.

Restatement (Szymkiewicz-Simpson overlap coefficient, Szymkiewicz 1934)::

    overlap(A, B) = |A ∩ B| / min(|A|, |B|)

A paragraph after the lead *restates* an earlier paragraph when both concept
sets have at least :data:`RESTATE_MIN_CONCEPTS` concepts, they share at least
:data:`RESTATE_MIN_SHARED`, the shared concepts cover at least
:data:`RESTATE_MIN_COVER` of the larger set, and ``overlap >= RESTATE_THRESHOLD``.
Candidates are the lead block (the first :data:`LEAD_BLOCK` paragraphs, where
tabloid padding restates its story) and the :data:`WINDOW` paragraphs just
before; the best-scoring one is named in the evidence. The lead (the first
paragraph of at least :data:`LEAD_MIN_WORDS` words) is never counted:
restating the headline is its job. Sentences of multi-sentence paragraphs are
compared the same way with the sentences of the candidate paragraphs
(``restated_sentences``); a one-sentence paragraph's sentence restates when the
paragraph does.

Headline relevance (lexical cohesion, Halliday & Hasan 1976). The *topic* is
the concept set of the headline, the lead (and anything before it) and every
paragraph that restates a topic paragraph (propagated in order). For a
paragraph with concept set ``C``::

    shared    = Σ_{c ∈ C ∩ topic} w(c),   w = 1, or BACKGROUND_WEIGHT for a background concept
    relevance = min(1, shared / max(RELEVANCE_SHARED, |C| / RELEVANCE_DENSITY))

Background concepts (:data:`BACKGROUND`: countries, nationalities, "war",
"government", ``soldier``, ...) set the scene of many unrelated stories, so
sharing them counts a quarter. A paragraph opening with a pronoun that refers
back (:data:`ANAPHORA`, cohesion by reference) keeps the relevance of the
paragraph before it when that is higher.

Off-topic tail and topic shift (after Hearst 1997, TextTiling). The tail is the
final run of non-topic paragraphs with relevance below :data:`OFF_TOPIC_BELOW`
(paragraphs without content words continue the run); it is off topic when it
has at least :data:`OFF_TOPIC_RUN` such paragraphs, :data:`OFF_TOPIC_MIN_WORDS`
words and a word-weighted mean relevance below :data:`OFF_TOPIC_TAIL_MEAN`.
Thin paragraphs mid-article are details, not padding, and are never flagged.
``off_topic_share`` is the share of body words in the tail;
``topic_shift_paragraph`` the (1-based) number of its first paragraph, NaN
when there is none.

References: Szymkiewicz (1934) for the overlap coefficient; Halliday & Hasan
(1976), Cohesion in English; Hearst (1997), TextTiling, Computational
Linguistics 23(1); Bednarek & Caple (2017), The Discourse of News Values, for
restatement and padding as tabloid traits.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING, Any

from mediakit.memo import Memo, memo
from mediakit.metrics.registry import Column, Evidence, Family, FamilyResult, register
from mediakit.text.parse import Doc

if TYPE_CHECKING:
    import pandas as pd

VERSION = "2.0.1"
NAN = float("nan")

#: Overlap coefficient at or above which a paragraph (sentence) restates another.
RESTATE_THRESHOLD = 0.5
#: The smaller of the two concept sets must have at least this many concepts.
RESTATE_MIN_CONCEPTS = 5
#: ... and the two must share at least this many concepts ...
RESTATE_MIN_SHARED = 4
#: ... and at least this share of the larger set (a short line inside a long paragraph is no restatement).
RESTATE_MIN_COVER = 0.3
#: Paragraphs of the lead block, compared with every later paragraph.
LEAD_BLOCK = 5
#: Paragraphs just before a paragraph that it is also compared with.
WINDOW = 3
#: Weight of a shared background concept in the relevance sum.
BACKGROUND_WEIGHT = 0.25
#: Shared (weighted) topic concepts that make a short paragraph fully relevant.
RELEVANCE_SHARED = 2.0
#: A long paragraph needs one shared concept per this many of its concepts.
RELEVANCE_DENSITY = 8.0
#: Relevance below which a paragraph may be off topic.
OFF_TOPIC_BELOW = 0.5
#: Low-relevance paragraphs the final run needs to be an off-topic tail ...
OFF_TOPIC_RUN = 2
#: ... and words (captions and credit lines are no padding story).
OFF_TOPIC_MIN_WORDS = 30
#: ... and a word-weighted mean relevance below this.
OFF_TOPIC_TAIL_MEAN = 0.3
#: The lead is the first paragraph with at least this many words (datelines,
#: bylines and map legends before it join the lead block).
LEAD_MIN_WORDS = 10

STOP_WORDS = frozenset(
    """the a an and or but of in on at to for from by with as is are was were be been being it
    its this that these those he she they we you i his her their our your them him has have
    had will would can could should may might must not no than then there here what which
    who whom whose when where why how all any some more most other such only own same so too
    very just also into over after before about against between through during under again
    further once up down out off said says say one two new told tells according while because
    if do does did done get gets got make makes made like now still even already many much well
    way per cent percent mr mrs ms its it's there's that's want wants wanted going went come
    came take took know see seen saw put set yet though although however since until within
    without around among across near next last first second third latest another each every
    both either neither few less least lot lots thing things something anything nothing
    three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
    hundreds thousand thousands million millions billion dozen dozens half
    day days week weeks month months year years hour hours minute minutes time times today
    yesterday tomorrow tonight morning afternoon evening night monday tuesday wednesday thursday
    friday saturday sunday""".split()
)

#: Light suffix stripping, tried in order; the first that leaves four letters wins.
SUFFIXES = ("ations", "ation", "ings", "ing", "edly", "ies", "ied", "ed", "ers", "er", "es", "s", "ly")

#: News equivalence table: concept -> words that name it. Documented in docs/structure.md.
EQUIVALENCES: dict[str, str] = {
    "soldier": "soldier soldiers serviceman servicemen servicewoman servicewomen guard guards guardsman "
    "guardsmen troop troops trooper military army armies garrison conscript conscripts reservist "
    "reservists forces uniform",
    "legal": "court courts lawsuit lawsuits lawyer lawyers attorney attorneys judge judges tribunal "
    "sue sued suing legal litigation",
    "kill": "kill kills killed killing dead death deaths died die dies slain fatal fatalities",
    "dismiss": "fired sacked dismissed dismissal axed",
    "police": "police policeman policemen policewoman officer officers cop cops constable detectives",
    "refuse": "refuse refused refusing refusal refusenik refuseniks defy defied defying reject rejected",
    "child": "child children childhood kid kids youngster youngsters toddler",
    "pet": "pet pets dog dogs puppy puppies hound spaniel terrier cat cats kitten kittens animal animals",
    "fall": "fall falls fell fallen drop drops dropped decline declined declines plunge plunged slump low lowest",
    "rise": "rise rises rose risen increase increased increases climb climbed soar soared jump jumped",
    "invade": "invade invaded invading invasion",
    "protest": "protest protests protesting protesters protestors demonstration demonstrators rally rallies",
    "leader": "leader leaders president premier chancellor",
    "money": "money cash funds funding fund dollars pounds euros",
    "pay": "pay salary salaries wage wages earnings",
    "home": "home homes house houses household",
    "car": "car cars vehicle vehicles automobile",
    "doctor": "doctor doctors physician physicians medic medics",
    "hospital": "hospital hospitals clinic clinics",
    "fire": "fire fires blaze blazes flames wildfire wildfires",
    "storm": "storm storms hurricane hurricanes cyclone typhoon tempest",
    "study": "study studies research researchers scientists survey",
    "company": "company companies firm firms business businesses corporation",
    "job": "job jobs employment employed unemployed workforce",
    "school": "school schools pupils students classroom",
    "win": "win wins won winning victory victorious triumph",
    "arrest": "arrest arrested arrests detained detain custody",
    "flood": "flood floods flooding flooded deluge",
    "price": "price prices cost costs fare fares",
}

#: First words that refer back to the paragraph before (cohesion by reference).
ANAPHORA = frozenset("he she they it his her their its this these those him them".split())

#: Background concepts: they set the scene of many unrelated stories.
BACKGROUND = frozenset(
    """soldier war government people country countries nation national state states city cities
    world report reports news official officials minister police area region local public
    russia russian ukraine ukrainian america american britain british england english china
    chinese france french germany german india indian israel israeli iran iranian japan
    japanese canada canadian australia australian europe european africa african mexico
    mexican spain spanish italy italian syria syrian iraq iraqi afghanistan afghan pakistan
    korea korean turkey turkish poland polish brazil brazilian washington london moscow kyiv
    kiev beijing paris berlin""".split()
)


def _stem(word: str) -> str:
    """Light stem of one lower-cased word, "" for stop words, short words and non-words."""
    if len(word) < 3 or word in STOP_WORDS or not word.isalpha():
        return ""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)] + ("i" if suffix in ("ies", "ied") else "")
            break
    if len(word) > 4 and word[-1] == "e":
        word = word[:-1]
    elif word[-1] == "y":
        word = word[:-1] + "i"
    return word[:6]


def _build_concepts() -> dict[str, str]:
    table: dict[str, str] = {}
    for concept, words in EQUIVALENCES.items():
        for w in words.split():
            table[_stem(w)] = concept
    return table


_CONCEPT_OF_STEM = _build_concepts()
_BACKGROUND_CONCEPTS = frozenset(_CONCEPT_OF_STEM.get(_stem(w), _stem(w)) for w in BACKGROUND)


def _concept_of(low: str) -> str:
    s = _stem(low)
    return _CONCEPT_OF_STEM.get(s, s)


#: :func:`_concept_of` by lower-cased word (memoised).
_MEMO: Memo[str, str] = memo("structure concept of a word")


def concept(word: str) -> str:
    """Concept of one word (see module docstring), "" when it carries none."""
    return _MEMO.get(word.lower(), _concept_of)


def concepts(text: str) -> set[str]:
    """Concept set of free text (for notebooks and tests; metrics use the parsed words)."""
    from mediakit.text.segment import clean_words

    out = {concept(w) for w in clean_words(text)}
    out.discard("")
    return out


def _word_concepts(lower: list[str], vocab: frozenset[str] | None = None) -> list[str]:
    """Concept of each lower-cased word (memoised per distinct word, C-level list work).

    ``vocab`` (the distinct words of ``lower``, e.g. :attr:`Doc.lower_vocab`) saves building the set.
    """
    table = _MEMO.learn(set(lower) if vocab is None else vocab, _concept_of)
    return list(map(table.__getitem__, lower))


@dataclass(frozen=True)
class StructureAnalysis:
    """Per-paragraph structure of one article (0-based indices).

    Attributes:
        lead: Index of the lead: the first paragraph of at least :data:`LEAD_MIN_WORDS` words.
        words: Words per paragraph.
        sentences: Sentences per paragraph.
        restates: Index of the earlier paragraph each paragraph restates, -1 for none.
        restate_score: Overlap coefficient with that paragraph (0.0 for none).
        relevance: Headline relevance of each paragraph (0-1, NaN without concepts).
        topic: Whether the paragraph is part of the topic (lead or restating it).
        off_topic: Whether the paragraph is off topic.
        restated_sentences: ``(sentence, earlier sentence)`` index pairs.
    """

    lead: int
    words: list[int]
    sentences: list[int]
    restates: list[int]
    restate_score: list[float]
    relevance: list[float]
    topic: list[bool]
    off_topic: list[bool]
    restated_sentences: list[tuple[int, int]]


_POW2 = [1 << i for i in range(2048)]


def _bits(vocab: set[str]) -> dict[str, int]:
    """One bit per concept of the article (concept sets become ints: ``&`` and ``bit_count``)."""
    if len(vocab) > len(_POW2):
        _POW2.extend(1 << i for i in range(len(_POW2), len(vocab)))
    return dict(zip(vocab, _POW2, strict=False))


def _shared_at_least(masks: list[int], mask: int, idx: list[int]) -> list[int]:
    """The indices in ``idx`` whose mask shares at least :data:`RESTATE_MIN_SHARED` concepts with ``mask``."""
    shared = map(int.bit_count, map(mask.__and__, map(masks.__getitem__, idx)))
    return list(compress(idx, map(_ENOUGH_SHARED, shared)))


_ENOUGH_SHARED = RESTATE_MIN_SHARED.__le__


def _match(masks: list[int], sizes: list[int], j: int, candidates: list[int]) -> tuple[int, float]:
    """Best earlier unit among ``candidates`` that unit ``j`` restates: (index, score) or (-1, 0.0)."""
    nj = sizes[j]
    if nj < RESTATE_MIN_CONCEPTS:
        return -1, 0.0
    mj = masks[j]
    best, best_score = -1, 0.0
    for i in candidates:
        ni = sizes[i]
        if ni < RESTATE_MIN_CONCEPTS:
            continue
        shared = (masks[i] & mj).bit_count()
        if shared >= RESTATE_MIN_SHARED:
            small, large = (ni, nj) if ni < nj else (nj, ni)
            score = shared / small
            if score >= RESTATE_THRESHOLD and score > best_score and shared >= RESTATE_MIN_COVER * large:
                best, best_score = i, score
    return best, best_score


def _candidates(j: int) -> list[int]:
    """Earlier paragraphs paragraph ``j`` is compared with: the lead block and the window."""
    if j <= LEAD_BLOCK + WINDOW:
        return list(range(j))
    return [*range(LEAD_BLOCK), *range(j - WINDOW, j)]


def analyse(doc: Doc) -> StructureAnalysis:
    """Restatement, headline relevance and off-topic paragraphs of one parsed article.

    Args:
        doc: The parsed article.

    Returns:
        The per-paragraph analysis (see :class:`StructureAnalysis` and the module docstring).
    """
    n = len(doc.paragraphs)
    lower = doc.lower_words
    bounds = [*doc.sentence_word_offsets, doc.n_words]
    n_s = len(doc.sentences)
    try:  # every word already memoised: one C-level pass
        cons = list(map(_MEMO.table.__getitem__, lower))
    except KeyError:
        cons = _word_concepts(lower, doc.lower_vocab)
    title_set = set(_word_concepts(doc.lower_title_words))
    title_set.discard("")
    words = [0] * n
    n_sents = [0] * n
    first_sent = [n_s] * (n + 1)
    for k, p in enumerate(doc.sentence_paragraph):
        words[p] += bounds[k + 1] - bounds[k]
        n_sents[p] += 1
        if first_sent[p] == n_s:
            first_sent[p] = k
    for p in range(n - 1, -1, -1):  # paragraphs without sentences start where the next one does
        if first_sent[p] == n_s:
            first_sent[p] = first_sent[p + 1]
    # A paragraph's concept set is the union of its sentences' sets: the concepts of its
    # words (its sentences are consecutive, so its words are one slice).
    p_sets = [set(cons[bounds[first_sent[p]] : bounds[first_sent[p + 1]]]) for p in range(n)]
    for st in p_sets:
        st.discard("")
    bits = _bits(title_set.union(*p_sets))
    get = bits.__getitem__
    p_masks = [sum(map(get, st)) for st in p_sets]
    p_sizes = [len(st) for st in p_sets]
    # Sentence sets are only needed for sentences the restatement loop compares: built on
    # demand (size -1: not built yet; the mask only when the size lets _match read it).
    s_masks = [0] * n_s
    s_sizes = [-1] * n_s

    def need(ks: Iterable[int]) -> None:
        for k in ks:
            if s_sizes[k] < 0:
                st = set(cons[bounds[k] : bounds[k + 1]])
                st.discard("")
                s_sizes[k] = len(st)
                if len(st) >= RESTATE_MIN_CONCEPTS:
                    s_masks[k] = sum(map(get, st))

    lead = next((p for p in range(n) if words[p] >= LEAD_MIN_WORDS), 0)
    restates = [-1] * n
    scores = [0.0] * n
    restated_sents: list[tuple[int, int]] = []
    # A paragraph (and hence each of its sentences) with fewer than RESTATE_MIN_CONCEPTS
    # concepts restates nothing and is never restated (_match skips it): leave such
    # paragraphs out up front, as j and as candidates (same order, same results).
    full = [size >= RESTATE_MIN_CONCEPTS for size in p_sizes]
    for j in range(lead + 1, n):
        if not full[j]:
            continue
        mj = p_masks[j]
        # only earlier paragraphs sharing enough concepts can be restated (by it or its sentences)
        hot = [
            i
            for i in (range(j) if j <= LEAD_BLOCK + WINDOW else _candidates(j))
            if full[i] and (p_masks[i] & mj).bit_count() >= RESTATE_MIN_SHARED
        ]
        if not hot:
            continue
        restates[j], scores[j] = _match(p_masks, p_sizes, j, hot)
        if n_sents[j] > 1:
            own = range(first_sent[j], first_sent[j + 1])
            need(own)
            for k in own:
                if s_sizes[k] < RESTATE_MIN_CONCEPTS:
                    continue
                near = _shared_at_least(p_masks, s_masks[k], hot)
                if near:
                    s_cands = [t for i in near for t in range(first_sent[i], first_sent[i + 1])]
                    need(s_cands)
                    i, _ = _match(s_masks, s_sizes, k, s_cands)
                    if i >= 0:
                        restated_sents.append((k, i))
        elif restates[j] >= 0:  # a one-sentence paragraph: its sentence restates when it does
            i = restates[j]
            if n_sents[i] == 1:
                restated_sents.append((first_sent[j], first_sent[i]))
            else:
                s_cands = list(range(first_sent[i], first_sent[i + 1]))
                need((first_sent[j], *s_cands))
                i, _ = _match(s_masks, s_sizes, first_sent[j], s_cands)
                if i >= 0:
                    restated_sents.append((first_sent[j], i))

    topic_flags = [p <= lead for p in range(n)]
    topic = sum(map(get, title_set))
    for p in range(min(n, lead + 1)):
        topic |= p_masks[p]
    for j in range(lead + 1, n):
        if restates[j] >= 0 and topic_flags[restates[j]]:
            topic_flags[j] = True
            topic |= p_masks[j]

    background = sum(map(get, _BACKGROUND_CONCEPTS.intersection(bits)))

    relevance = [NAN] * n
    for p in range(n):
        size = p_sizes[p]
        if size:
            hits = p_masks[p] & topic
            n_bg = (hits & background).bit_count()
            shared = hits.bit_count() - n_bg + BACKGROUND_WEIGHT * n_bg
            relevance[p] = min(1.0, shared / max(RELEVANCE_SHARED, size / RELEVANCE_DENSITY))
        # reference: "He said ...", "Her owner ..." continue the paragraph before
        if p and n_sents[p] and lower[bounds[first_sent[p]]] in ANAPHORA and relevance[p - 1] > relevance[p]:
            relevance[p] = relevance[p - 1]
    off = _off_topic(relevance, topic_flags, words)
    return StructureAnalysis(
        lead, words, n_sents, restates, scores, relevance, topic_flags, off, restated_sents
    )


def _off_topic(relevance: list[float], topic: list[bool], words: list[int]) -> list[bool]:
    """Flag the off-topic tail: the final run of low-relevance paragraphs (see module docstring)."""
    n = len(relevance)
    off = [False] * n
    p = n
    while p > 1 and not topic[p - 1] and not relevance[p - 1] >= OFF_TOPIC_BELOW:
        p -= 1  # NaN (no content words) continues the run
    low = [q for q in range(p, n) if relevance[q] < OFF_TOPIC_BELOW]
    n_words = sum(words[q] for q in low)
    if (
        len(low) >= OFF_TOPIC_RUN
        and n_words >= OFF_TOPIC_MIN_WORDS
        and sum(relevance[q] * words[q] for q in low) / n_words < OFF_TOPIC_TAIL_MEAN
    ):
        for q in low:
            off[q] = True
    return off


_COLUMNS = (
    Column(
        "paragraphs", "Paragraphs in the body", "higher_more", "count",
        label="Paragraphs", decimals=0, higher="paragraphs",
    ),
    Column(
        "paragraph_words_mean", "Mean words per paragraph", "neutral", "words",
        label="Words per paragraph", decimals=1, higher="words per paragraph",
    ),
    Column(
        "lead_words", "Words in the lead (first paragraph of 10+ words)", "neutral", "words",
        label="Lead length", decimals=0, higher="words in the lead",
    ),
    Column(
        "one_sentence_paragraph_share",
        "Share of paragraphs that are a single sentence",
        "higher_more",
        "share (0-1)",
        "Tabloid paragraphing; Bednarek & Caple 2017",
        label="One-sentence paragraphs",
        decimals=2,
        higher="one-sentence paragraphs",
    ),
    Column(
        "restated_paragraphs",
        "Paragraphs that restate an earlier paragraph",
        "higher_more",
        "count",
        "Overlap coefficient of concept sets >= 0.5 (Szymkiewicz 1934)",
        label="Restated paragraphs",
        decimals=0,
        higher="repetition",
    ),
    Column(
        "restated_share", "Restated paragraphs over paragraphs", "higher_more", "share (0-1)",
        label="Restated share", decimals=2, higher="repetition",
    ),
    Column(
        "restated_sentences",
        "Sentences that restate a sentence of an earlier paragraph",
        "higher_more",
        "count",
        "Overlap coefficient of concept sets >= 0.5 (Szymkiewicz 1934)",
        label="Restated sentences",
        decimals=0,
        higher="repetition",
    ),
    Column(
        "headline_relevance_mean",
        "Word-weighted mean headline relevance of the paragraphs",
        "neutral",
        "score (0-1)",
        "Lexical cohesion with headline and lead; Halliday & Hasan 1976",
        label="Headline relevance",
        decimals=2,
        higher="paragraphs about the headline's topic",
    ),
    Column(
        "off_topic_paragraphs", "Paragraphs unrelated to the headline", "higher_more", "count",
        label="Off-topic paragraphs", decimals=0, higher="off-topic text",
    ),
    Column(
        "off_topic_share",
        "Share of body words in paragraphs unrelated to the headline",
        "higher_more",
        "share (0-1)",
        "Runs of low lexical cohesion with the headline topic; Hearst 1997",
        label="Off-topic share",
        decimals=2,
        higher="off-topic text",
    ),
    Column(
        "topic_shift_paragraph",
        "First off-topic paragraph (1-based), NaN when none",
        "neutral",
        "paragraph number",
        "Hearst 1997, TextTiling",
        label="Topic shift at paragraph",
        decimals=0,
        higher="on-topic paragraphs before the drift",
    ),
    Column(
        "boilerplate_paragraphs", "Boilerplate paragraphs removed by the loader", "higher_more", "count",
        label="Boilerplate removed", decimals=0, higher="publisher boilerplate",
    ),
    Column(
        "headline_words", "Words in the headline", "neutral", "count",
        label="Headline length", decimals=0, higher="words in the headline",
    ),
)


def compute(doc: Doc, *, evidence: bool = False) -> FamilyResult:
    """Compute the structure family for one parsed article (see module docstring)."""
    a = analyse(doc)
    n_par = len(doc.paragraphs)
    total = sum(a.words)
    restated = sum(1 for r in a.restates if r >= 0)
    off_words = sum(w for w, o in zip(a.words, a.off_topic, strict=True) if o)
    rel_w = [(r, w) for r, w in zip(a.relevance, a.words, strict=True) if not math.isnan(r)]
    rel_total = sum(w for _, w in rel_w)
    shift = next((p + 1 for p, o in enumerate(a.off_topic) if o), None)
    boiler: Any = doc.meta.get("boilerplate") or []
    values = {
        "paragraphs": float(n_par),
        "paragraph_words_mean": total / n_par if n_par else NAN,
        "lead_words": float(a.words[a.lead]) if n_par else NAN,
        "one_sentence_paragraph_share": sum(1 for s in a.sentences if s == 1) / n_par if n_par else NAN,
        "restated_paragraphs": float(restated),
        "restated_share": restated / n_par if n_par else NAN,
        "restated_sentences": float(len(a.restated_sentences)),
        "headline_relevance_mean": sum(r * w for r, w in rel_w) / rel_total if rel_total else NAN,
        "off_topic_paragraphs": float(sum(a.off_topic)),
        "off_topic_share": off_words / total if total else NAN,
        "topic_shift_paragraph": float(shift) if shift is not None else NAN,
        "boilerplate_paragraphs": float(len(boiler)),
        "headline_words": float(len(doc.title_words)),
    }
    return FamilyResult(values, _evidence(doc, a) if evidence else [])


def _evidence(doc: Doc, a: StructureAnalysis) -> list[Evidence]:
    """Restated paragraphs (and sentences inside other paragraphs) and off-topic paragraphs."""
    ev: list[Evidence] = []
    body = doc.body
    for j, ((s, e), i) in enumerate(zip(doc.paragraphs, a.restates, strict=True)):
        if i >= 0:
            ev.append(
                Evidence(
                    "structure",
                    "restated_paragraph",
                    s,
                    e,
                    body[s:e],
                    label=f"restates paragraph {i + 1} (overlap {a.restate_score[j]:.2f})",
                    metric="structure.restated_paragraphs",
                )
            )
        if a.off_topic[j]:
            ev.append(
                Evidence(
                    "structure",
                    "offtopic_paragraph",
                    s,
                    e,
                    body[s:e],
                    label=f"paragraph {j + 1}: headline relevance {a.relevance[j]:.2f}",
                    metric="structure.off_topic_share",
                )
            )
    para_of = doc.sentence_paragraph
    for k, i in a.restated_sentences:
        if a.restates[para_of[k]] >= 0 or a.sentences[para_of[k]] == 1:
            continue  # already shown as a restated paragraph
        s, e = doc.sentences[k]
        ev.append(
            Evidence(
                "structure",
                "restated_sentence",
                s,
                e,
                body[s:e],
                label=f"restates a sentence of paragraph {para_of[i] + 1}",
                metric="structure.restated_sentences",
            )
        )
    ev.sort(key=lambda x: (x.start, x.end, x.kind))
    return ev


def paragraph_table(article: Doc | Any) -> pd.DataFrame:
    """One row per paragraph: where it is, how long, how relevant, what it restates.

    Args:
        article: A parsed :class:`Doc`, or anything :func:`mediakit.to_doc`
            accepts (a schema row, a mapping with title/body, a body string).

    Returns:
        DataFrame with columns ``paragraph`` (1-based number), ``start``, ``end``
        (character offsets into the body), ``words``, ``relevance`` (headline
        relevance 0-1, NaN without content words), ``topic`` (headline/lead
        topic: lead or restating it), ``restates`` (1-based number of the
        earlier paragraph it restates, 0 for none), ``restate_score`` and
        ``off_topic``.
    """
    import pandas as pd

    if not isinstance(article, Doc):
        from mediakit.compute import to_doc

        article = to_doc(article)
    a = analyse(article)
    return pd.DataFrame(
        {
            "paragraph": range(1, len(article.paragraphs) + 1),
            "start": [s for s, _ in article.paragraphs],
            "end": [e for _, e in article.paragraphs],
            "words": a.words,
            "relevance": a.relevance,
            "topic": a.topic,
            "restates": [i + 1 for i in a.restates],
            "restate_score": a.restate_score,
            "off_topic": a.off_topic,
        }
    )


FAMILY = register(
    Family(
        name="structure",
        version=VERSION,
        description="Paragraphing, restated paragraphs, headline relevance, off-topic padding, boilerplate.",
        columns=_COLUMNS,
        compute=compute,
        reference="Bednarek & Caple (2017), The Discourse of News Values; Hearst (1997), TextTiling",
        summary=("restated_share", "off_topic_share", "paragraphs", "boilerplate_paragraphs"),
    )
)
