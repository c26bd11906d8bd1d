"""The sourcing family glue: analysis, columns, evidence, the source table, registration."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from mediakit.metrics.registry import Column, Evidence, Family, FamilyResult, register
from mediakit.metrics.sourcing.classify import (
    NUMBER_WORDS,
    Classified,
    _cited,
    _surname,
    body_called,
    classify,
)
from mediakit.metrics.sourcing.cues import (
    _BARE_PLURAL,
    _NO_SOURCE,
    _NO_SOURCE_OTHER,
    Attribution,
    Source,
    _cue_type,
    _prev_word,
    _sentence_of,
    cue_spans,
    scheduled,
)
from mediakit.metrics.sourcing.lexicon import (
    DOCUMENT_WORDS,
    FIRST_NAMES,
    GENERIC_SUBJECTS,
    KIND_PRIORITY,
    NOUNISH,
    OPENING_QUOTES,
    ROLE_WORDS,
    SUBJECT_PRONOUNS,
    TITLES,
)
from mediakit.metrics.sourcing.resolve import (
    Entity,
    Resolver,
    descriptor_cut,
    link_organisations,
    may_hold,
    named_org,
)
from mediakit.metrics.sourcing.spans import (
    _RELATIVE_WORDS,
    INHERIT,
    INVERTING_FORMS,
    NEED_RIGHT,
    OF_ACTIVE_BEFORE,
    OF_PASSIVES,
    Phrase,
    Tokens,
    clause_subject,
    find_source,
    fragment_words,
    person_word,
    simple_subject,
)
from mediakit.text.parse import Doc
from mediakit.text.quotes import Quote
from mediakit.text.tokens import extend, tokenize

if TYPE_CHECKING:
    import pandas as pd

VERSION = "2.12.0"
NAN = float("nan")
FAMILY_NAME = "sourcing"


@dataclass
class SourcingAnalysis:
    """Everything the family reports for one article."""

    attributions: list[Attribution] = field(default_factory=list)
    floating: list[Attribution] = field(default_factory=list)
    direct_quotes: list[Quote] = field(default_factory=list)


#: Sentences longer than this (characters) are read in pieces of at most this length (cut at a
#: blank). Every source rule looks within one sentence, so a sentence of unbounded length made
#: the family quadratic ("he said he said ..." with no full stop); news sentences are far shorter.
MAX_SENTENCE_CHARS = 1500


def _bounded_sentences(doc: Doc) -> tuple[Doc, list[int] | None]:
    """``doc`` itself, or a view of it whose over-long sentences are cut into pieces.

    Returns:
        The document to read and, when it was cut, the original sentence of each piece.
    """
    if len(doc.body) <= MAX_SENTENCE_CHARS or all(e - s <= MAX_SENTENCE_CHARS for s, e in doc.sentences):
        return doc, None
    body = doc.body
    pieces: list[tuple[int, int]] = []
    owner: list[int] = []
    for i, (s, e) in enumerate(doc.sentences):
        while e - s > MAX_SENTENCE_CHARS:
            cut = body.rfind(" ", s + MAX_SENTENCE_CHARS // 2, s + MAX_SENTENCE_CHARS)
            if cut <= s:
                cut = s + MAX_SENTENCE_CHARS
            pieces.append((s, cut))
            owner.append(i)
            s = cut
        pieces.append((s, e))
        owner.append(i)
    return replace(doc, sentences=pieces), owner


def analyse(doc: Doc) -> SourcingAnalysis:
    """Detect attributions with their sources, resolve them, and classify quotations.

    A sentence longer than :data:`MAX_SENTENCE_CHARS` is read in pieces (see
    :func:`_bounded_sentences`); the attributions still name the sentence of ``doc``.

    Args:
        doc: A parsed article.

    Returns:
        The attributions (cue, source, class, kind, direct or indirect),
        floating quotes, and direct quotations.
    """
    view, owner = _bounded_sentences(doc)
    result = _analyse(view)
    if owner is not None:
        for att in {id(a): a for a in (*result.attributions, *result.floating)}.values():
            att.sentence = owner[att.sentence]
    return result


#: Finding verbs that stand after their content with their source ("..., the study found, ...").
_FINDING_FORMS = frozenset("found finds showed shows suggested suggests concluded concludes".split())
#: Right after a post-posed finding cue: a comma, a full stop, a line end (a headline) or the end of the text.
_POSTPOSED_END = re.compile(r"[ \t]*(?:[,.;\n]|$)")


def _postposed_finding(body: str, att: Attribution) -> bool:
    """Whether ``att`` is a finding stated after its content ("Birds scolded the mask, the study found.").

    A finding verb whose source follows a comma right before it and which a comma, a full stop or the end
    of the text follows: what precedes in the sentence is its content, so an earlier cue there is nested
    in it, not it in the earlier cue's ("Crows remember faces, study finds"). "The study found that ..."
    and "X said the study found ..." (no comma before the source) are as before.
    """
    src = att.source
    return (
        att.cue.lower() in _FINDING_FORMS
        and 0 < src.start < src.end <= att.start
        and att.start - src.end <= 2
        and body[max(0, src.start - 3) : src.start].rstrip().endswith(",")
        and _POSTPOSED_END.match(body, att.end) is not None
    )


#: "show" forms: a finding when a document or a body shows it ("Figures show", "The study showed"), a trait
#: or an act when people show it ("Pupils show slower growth", "Fans showed their support").
_SHOW_FORMS = frozenset("show shows showed".split())
_PERSON_CLASSES = frozenset("role vague named unnamed".split())
#: "show no sign(s) of", "showed little sign of": a state going on, never a finding ("The storm shows no
#: sign of easing"; "The study shows signs of bias" stays).
_NO_SIGN_AFTER = re.compile(r"\s+(?:no|little|few|any)\s+(?:real\s+)?signs?\s+of(?![\w'’-])", re.IGNORECASE)
#: A content clause or a quotation after the verb ("showed that", "show how", "showed: '...'").
_CONTENT_AFTER = re.compile(r"\s*(?:that|how|whether|why|what)(?![\w'’-])|\s*[:\"“]")


#: A bare content clause after the verb: up to four words, then a finite auxiliary ("showed those
#: lichens can survive", "show the rules were broken").
_CLAUSE_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){1,4}?\s+(?:can|could|will|would|may|might|must|should|is|are|was|were|has|have|had)(?![\w'’-])"
)


#: A document, a name and a contact verb ("The letters Ostley wrote", "the logbooks Ann Tulloch kept").
_CONTACT_DOCUMENT = re.compile(
    r"(?:[Tt]he|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+)?([a-z]+)\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:wrote|writes|quotes|quoted|cites|cited|kept|keeps|sent|sends|signed"
    r"|compiled)"
    # a time after the contact verb is the clause's ("The letter Ann Lee wrote last year said")
    r"(?:\s+(?:(?:[Ll]ast|[Tt]his)\s+(?:year|week|month|spring|summer|autumn|winter|[A-Z][a-z]+)|yesterday|earlier"
    r"|recently|in\s+(?:19|20)\d\d|on\s+[A-Z][a-z]+day))?"
    r"(?=\s+$)"
)


def _contact_document(body: str, src: Source, cue_start: int) -> Source:
    """The document of a contact clause read whole ("The letters Ostley wrote show": the letters, a document).

    The reader stops at the name or takes the name for the person; a document noun, a name and a contact
    verb right before the cue are one document phrase. Any other source is returned as it is.
    """
    m = _CONTACT_DOCUMENT.match(body[:cue_start], src.start)
    if m is None or m.group(1) not in DOCUMENT_WORDS:
        return src
    end = m.end()
    text = body[src.start : end]
    return Source(text, src.start, end, "document", "unknown", text.lower())


#: Perception forms with no perceiver read ("The town saw record rainfall"): no attribution.
_SEEING_FORMS = frozenset("saw see sees".split())
#: "sees X as Y" (a stance, kept) within the clause after the cue.
_SEE_AS = re.compile(r"[^.;:!?]{0,80}?\bas\b")
#: A view after "saw": a pronoun object ("saw it differently") or a judged reason, need or merit ("saw no
#: reason to", "saw little need for", "saw nothing wrong"), no event.
_SAW_VIEW = re.compile(
    r"\s+(?:it|this|that|them|things|nothing|(?:no|little|every|some|a|the)\s+(?:[a-z]+\s+)?(?:reason|need|point|"
    r"case|evidence|merit|justification|alternative|problem|threat|benefit|value|harm|risk|chance|hope))(?![\w'’-])"
)
#: The lower-case word right before a perception cue, after a determiner or at the clause's start ("The town
#: saw", "the museum saw"), with no comma before it.
_THING_BEFORE = re.compile(r"(?:^|(?<=[.!?\n])|(?<![\w,'’-])(?:the|this|that|a|an|its|their|our|my|his|her)\s+)"
                           r"\s*([a-z][a-z-]+)\s+$", re.IGNORECASE)


def _event_saw(body: str, att: Attribution) -> bool:
    """Whether a "saw" / "see(s)" cue reports an event, no perception: its subject is a place, a time or a thing.

    No source read and a lower-case non-person noun right before the cue ("The town saw record rainfall", "The
    museum saw attendance reach 9,000"), or a "saw" whose subject is a body or a place read as an organisation
    ("Ostley saw its busiest summer", "The firm saw profits fall"). "sees X as Y" (a stance), a person noun
    ("tenants see"), a pronoun ("I saw", "they saw") and a clause before the cue ("the neighbours, who ...,
    saw") stay.
    """
    if _SEE_AS.match(body, att.end) is not None or _SAW_VIEW.match(body, att.end) is not None:
        return False  # "sees X as Y", "The board saw no reason to act", "The court saw it differently": a view
    src = att.source
    if src.start >= 0:
        return (
            att.cue.lower() == "saw"
            and src.source_class == "organisation"
            and src.text.lower() not in _PRONOUN_SOURCES
            and src.end <= att.start
        )
    m = _THING_BEFORE.search(body, max(0, att.start - 40), att.start)
    if m is None:
        return False
    w = m.group(1)
    return w.islower() and w not in SUBJECT_PRONOUNS and w not in _NOT_THING and not w.endswith("ly") and not person_word(w)


_PRONOUN_SOURCES = frozenset("they it who which that we he she i you".split())
_NOT_THING = frozenset(
    """just also still never even only already now then first once don't didn't doesn't do did does will would
    can could may might must should has have had not never often""".split()
)
#: Perception forms coordinated inside a speaker's content (:func:`_analyse`).
_PERCEIVING_FORMS = frozenset("saw heard noticed spotted smelled smelt felt watched".split())
#: A speech cue's content opening with its own subject ("said she heard", "said that the crew saw").
_CONTENT_SUBJECT = re.compile(r"\s+(?:that\s+)?(?:he|she|they|we|i|it)\s+[a-z]", re.IGNORECASE)


def _analyse(doc: Doc) -> SourcingAnalysis:
    body = doc.body
    result = SourcingAnalysis(
        direct_quotes=[q for q in doc.quotes if q.kind == "direct"],
    )
    cues = cue_spans(doc)
    if not cues:
        return result
    resolver = Resolver(body)
    quote_sents: dict[int, list[Quote]] = {}
    s_starts = [s for s, _ in doc.sentences]
    for q in result.direct_quotes:
        quote_sents.setdefault(_sentence_of(s_starts, q.start), []).append(q)
    prev: Attribution | None = None
    sourced: Attribution | None = None  # the last attribution with a source
    toks: dict[int, tuple[Tokens, int]] = {}
    orgs: list[tuple[int, Entity]] = []
    last_ends = {a.sentence: a.end for a in cues}  # cues are in text order: the last one wins
    for n, att in enumerate(cues):
        cue_low = att.cue.lower()
        if (
            n + 1 < len(cues)
            and cue_low in DOCUMENT_WORDS
            and cues[n + 1].start - att.end == 1
            and body[att.end] == " "
        ):
            continue  # "A National Audit Office report found": a document noun before the cue, no cue
        if (
            cue_low in _AGREE_FORMS
            and body[att.end : att.end + 1] in (".", "!")
            and _NOT_EVERYONE_BEFORE.search(body, max(0, att.start - 20), att.start) is not None
        ):
            continue  # "Not everyone agrees.": the writer's transition, no one's attribution
        if (
            cue_low in _CONTENTLESS
            and body[att.end : att.end + 1] in (".", "!")
            and not body[max(0, att.start - 6) : att.start].lower().endswith("to be ")
        ):
            # "Not everyone is convinced.": a state with no content, no attribution ("a new reason to be
            # worried." gives a reason to someone: it stays)
            continue
        if cue_low in _RELEASE_FORMS and _RELEASED_WORK.match(body, att.end):
            continue  # "The band will release a new single": a work or a product put out, no attribution
        att.cue_type = _cue_type(body, att)
        if att.cue_type in _NESTABLE and _failed_or_hedged(body, att.start):
            continue  # "leaders failed to agree", "The government reportedly plans to": no stance of a source
        if (
            att.cue_type != "hedge"
            and body[att.start - 4 : att.start] == "and "
            and may_hold(body[max(0, att.start - 120) : att.start], *_HEDGED_STEMS)
            and _HEDGED_CONJUNCT.search(body, max(0, att.start - 120), att.start)
        ):
            continue  # "has reportedly bought a yacht and asked for ...": the second verb shares the hedge
        if (
            prev is not None
            and prev.sentence == att.sentence
            and cue_low.endswith("ing")
            and prev.label != "nominal"
            and prev.cue.lower() not in NOUNISH
            and body[prev.end : att.start].rstrip().endswith(",")
        ):
            att.source = prev.source  # "X said ..., adding that ..."
            att.members = prev.members
        else:
            floor = prev.end if prev is not None and prev.sentence == att.sentence else -1
            # a coordinated cue takes the source of the last cue with one ("They said a deal could be
            # announced but cautioned ...": not the agentless passive in between)
            att.source = _source(doc, att, resolver, floor, toks, sourced, orgs, last_ends)
            if att.source.start >= 0 and att.source.text[:1] in "TtHh":
                att.source = _contact_document(body, att.source, att.start)
            if att.source.source_class == "named" and " and " in att.source.text:
                att.members = _coordinated_people(att.source, att.cue_type, resolver)
        if cue_low in _SEEING_FORMS and _event_saw(body, att):
            continue  # "The town saw record rainfall", "Ostley saw its busiest summer": an event, no perception
        if (
            prev is not None
            and prev.sentence == att.sentence
            and cue_low in _PERCEIVING_FORMS
            and prev.cue_type == "speech"
            and att.source is prev.source
            and prev.source.start >= 0
            and body[att.start - 4 : att.start] == "and "
            and _CONTENT_SUBJECT.match(body, prev.end) is not None
        ):
            continue  # "said she heard a bang and saw a van": the speaker's content, whose own subject perceives
        if (
            cue_low in _SHOW_FORMS
            and att.source.source_class in _PERSON_CLASSES
            and not _CONTENT_AFTER.match(body, att.end)
            and not _CLAUSE_AFTER.match(body, att.end)
            # "The latest Hale Institute poll shows Lind ahead": a document named after its maker, a finding
            and att.source.text.rsplit(None, 1)[-1].lower() not in DOCUMENT_WORDS
        ):
            continue  # "Pupils near main roads show slower growth": people showing a trait, no finding reported
        if cue_low in _SHOW_FORMS and _NO_SIGN_AFTER.match(body, att.end) is not None:
            continue  # "Interest in the Tarn Wars shows no sign of fading": a state, whoever shows it
        att.cited = _cited(att)
        earlier = result.attributions
        if (
            earlier  # _nested needs an earlier attribution of the sentence: test that before the regex
            and earlier[-1].sentence == att.sentence
            and (
                att.cue_type in _NESTABLE
                or (cue_low.endswith("ing") and att.source.start >= 0)
                # "The manager criticised what he called a soft penalty": a "what X called" naming
                # inside the earlier cue's content
                or _what_naming(body, att, cue_low)
                or (
                    # "The curator argues that the letters tell ...": a document heading the earlier cue's
                    # "that" clause speaks inside that content
                    att.cue_type == "speech"
                    and att.source.source_class == "document"
                    and att.source.start > earlier[-1].end
                    and body[earlier[-1].end : att.source.start].strip().lower() == "that"
                )
                or body[max(0, att.start - 8) : att.start].rstrip().lower().endswith(_MODALS)
                or _negated_modal(body, att.start)
                or _subordinate_before(body, att)
                # "The researchers found that nurses who napped reported less fatigue": a study's subjects
                # reporting a measure inside the finding's content are the finding, no source of their own
                or (
                    cue_low in _REPORT_FORMS
                    and earlier[-1].cue.lower() in _FINDING_FORMS
                    and _MEASURE_AFTER.match(body, att.end) is not None
                )
            )
            and not _postposed_finding(body, att)
            # "..., a spokesman said, adding that ...": a participle right after the cue, its speaker going on
            and not (cue_low.endswith("ing") and body[earlier[-1].end : att.start] == ", ")
            and _nested(body, att, earlier)
        ):
            continue  # a belief, stance, finding or participle inside another attribution's content
        prev = att
        if att.source.start >= 0:
            sourced = att
        if att.sentence in quote_sents or att.label == "colon":
            att.quote = "direct"
        result.attributions.append(att)
    if orgs:
        _merge_organisations(result.attributions, orgs)
    _merge_anonymous(result.attributions)
    result.attributions = _drop_inner(body, result.attributions)
    # floating quotes: a mostly-quoted sentence with no cue right after an attributed one
    by_sent: dict[int, Attribution] = {}
    own: dict[int, list[Attribution]] = {}
    for att in result.attributions:
        by_sent[att.sentence] = att
        own.setdefault(att.sentence, []).append(att)
    for k in sorted(quote_sents):
        if k in by_sent or k - 1 not in by_sent:
            continue
        s, e = doc.sentences[k]
        quoted = sum(min(q.end, e) - max(q.start, s) for q in quote_sents[k])
        if quoted < 0.6 * len(body[s:e].strip()):
            continue
        q0 = quote_sents[k][0]
        last = k
        while q0.end > doc.sentences[last][1] and last + 1 < len(doc.sentences):
            last += 1
        prev = by_sent[k - 1]
        if last > k and last in by_sent:
            # the quotation runs on to a sentence with its own cue ('"... . ...," Roe said'): Roe's words,
            # whoever the sentence before cited; a pronoun there ('," he said') is read as the speaker
            # before, whom the sentence before names
            closer = next((a for a in own.get(last, ()) if a.start >= q0.end), by_sent[last])
            if closer.source.start >= 0 and (
                prev.source.start < 0 or closer.source.text.lower() not in SUBJECT_PRONOUNS
            ):
                prev = closer
        fl = Attribution(
            q0.start,
            q0.end,
            prev.cue,
            prev.label,
            k,
            prev.source,
            "direct",
            True,
            prev.cue_type,
            prev.cited,
            prev.members,
        )
        result.floating.append(fl)
        by_sent[k] = fl
    return result


#: Between the conjuncts of a coordinated subject ("Jane Roe and Tom Hale", "Ann Lee, Raj Patel and Tom Hale").
_CONJUNCTION = re.compile(r",?\s+and\s+|,\s+")
#: After the last conjunct: a relative clause or a lower-case apposition that describes every member
#: ("..., who live nearby", "..., both of Leeds University", "..., neighbours of the couple").
_SHARED_TAIL = re.compile(r",\s+[a-z0-9].*$", re.DOTALL)


def _coordinated_people(src: Source, cue_type: str, resolver: Resolver) -> tuple[Source, ...]:
    """One source per person when a named source is a coordination of named people, else ``()``.

    "Jane Roe and Tom Hale said" cites two people: every conjunct must itself read as a named person (two
    capitalised tokens or more, a title and a name, or a surname named in the article), so a body's name
    ("Marks and Spencer", "Fire and Emergency New Zealand", "the Department of Health and Social Care") or a
    conjunct that is a pronoun or a description ("she and Ms. Okafor", "Jane Roe and her husband") stays one
    source. The whole phrase stays the attribution's source span (PolNeAR annotates it so).
    """
    text = src.text
    tail = _SHARED_TAIL.search(text, max(0, text.rfind(" and ")))
    context = ""
    if tail is not None:  # "Jane Roe and Tom Hale, who live nearby": the tail describes every member
        text, context = text[: tail.start()], text[tail.start() :]
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _CONJUNCTION.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    if len(spans) < 2 or not all(e > b and text[b].isupper() for b, e in spans):
        return ()  # a conjunct that opens with no capital is no name ("Jane Roe, a lawyer, and ...", "her husband")
    out: list[Source] = []
    for b, e in spans:
        part = text[b:e]
        c = classify(part, context, cue_type, resolver.persons)
        if c is None or c.source_class != "named" or c.pronoun:
            return ()
        start = src.start + b
        out.append(_entity_source(part, start, start + len(part), _entity(c, start, resolver, part)))
    return tuple(out)


def _merge_organisations(atts: list[Attribution], orgs: list[tuple[int, Entity]]) -> None:
    """Give descriptions the key of the named organisation the text links them to."""
    merged = link_organisations(orgs)
    if not merged:
        return
    for a in atts:
        src = a.source
        ent = merged.get(src.key) if src.source_class == "organisation" else None
        if ent is not None and ent.display != src.text:
            # a lower-case "the" before the name is the sentence's article, not the name's ("... the Coastal
            # Parks Authority said": "Coastal Parks Authority"); a capital "The" opening a sentence stays
            cut = 4 if ent.display.startswith("the ") else 0
            a.source = src._replace(
                source_kind=ent.source_kind
                if src.source_kind in ("organisation", "unknown")
                else src.source_kind,
                key=ent.key,
                resolved_to=ent.display[cut:],
                resolved_start=ent.start + cut if ent.start >= 0 else ent.start,
                resolved_end=ent.end,
            )


_DEFINITE = frozenset("the this that".split())
#: A definite anonymous source ("the insider", "the source"): the earlier anonymous source again.
_DEFINITE_ANONYMOUS = frozenset(("the insider", "the source", "the same source", "the same insider"))


def _merge_anonymous(atts: list[Attribution]) -> None:
    """Give "the insider" / "the source" the key of the nearest earlier unnamed source, the same speaker.

    "A source close to the singer said ... 'Yes,' the insider told us": one anonymous source, counted once;
    with no earlier unnamed source the description stays a source of its own.
    """
    last: Source | None = None
    for a in atts:
        src = a.source
        if src.source_class != "unnamed":
            continue
        if last is not None and src.text.lower() in _DEFINITE_ANONYMOUS and last.key != src.key:
            a.source = src._replace(key=last.key)
            continue
        last = src


def _read_whole(
    read: Callable[[Tokens, bool], Phrase | None],
    t: Tokens,
    upto: int,
    full: int,
    body: str,
    toks: dict[int, tuple[Tokens, int]],
    k: int,
) -> tuple[Phrase | None, Tokens, int]:
    """Run a phrase reader on the sentence's tokens read so far, and once more on all of them if it asks.

    ``read(t, complete)`` returns :data:`NEED_RIGHT` when the phrase may run past ``upto`` (the tokens
    end before the sentence's right edge ``full``); the tokens are then extended to ``full``, kept in
    ``toks[k]`` for the sentence's later cues, and read again. Returns the phrase and the tokens.
    """
    ph = read(t, upto >= full)
    if ph is NEED_RIGHT:
        t = extend(t, body, upto, full)
        upto = full
        toks[k] = (t, upto)
        ph = read(t, True)
    return ph, t, upto


#: A relative "which" / "whom" and a named or determined subject right before "accused of" ("the council,
#: which Tom Vale accused of lying", "the firm whom the regulator accused of"): the relative is the fronted
#: object, the participle active, its subject the source.
_OF_OBJECT_FRONTED = re.compile(
    r"\b(?:which|whom)\s+(?:(?:[A-Z][\w'’.-]*\s+){1,3}|(?:the|a|an|his|her|its|their)\s+[a-z][\w'’-]*\s+)$"
)


#: Intensifying pronouns after a subject ("the city itself", "the farmers themselves").
_REFLEXIVE_ENDINGS = (" itself", " themselves", " himself", " herself")


def _source(
    doc: Doc,
    att: Attribution,
    resolver: Resolver,
    floor: int,
    toks: dict[int, tuple[Tokens, int]],
    prev: Attribution | None,
    orgs: list[tuple[int, Entity]],
    last_ends: dict[int, int],
) -> Source:
    """The resolved source of one attribution (see :mod:`mediakit.metrics.sourcing`).

    ``prev`` is the last earlier attribution with a source: a coordinated cue of its sentence
    ("... and defended Cruz") takes its source.
    """
    body = doc.body
    k = att.sentence
    s0, e0 = doc.sentences[k] if doc.sentences else (0, len(body))
    persons = resolver.persons
    if att.label.startswith("hedge:"):
        kind_label = att.label[6:]
        if kind_label == "bare_plural":
            m = _BARE_PLURAL.search(body, max(0, att.start - 40), att.start)
            if m:
                w = m.group(1)
                return Source(
                    w, m.start(1), m.end(1), "vague", ROLE_WORDS.get(w.lower(), "unknown"), w.lower()
                )
        if kind_label == "some_say":
            m = _SOME_SAY_SUBJECT.search(body, max(0, att.start - 40), att.start)
            if m is None:  # pragma: no cover - the cue regex put the group there
                return _NO_SOURCE
            w = m.group(1)
            start = end = m.start(1)
            end += len(w)
            q = _QUANTIFIER_BEFORE.search(body, max(0, start - 12), start)
            if q is not None:
                start = q.start()  # "Some experts say"
            text = body[start:end]
            return Source(text, start, end, "vague", ROLE_WORDS.get(w.lower(), "unknown"), text.lower())
        return _NO_SOURCE
    if att.cue == "expected" and scheduled(body, att):
        return _NO_SOURCE_OTHER  # "A final report is expected in May": the thing expected is the content
    if att.cue == "expected" and body[att.end : att.end + 4] == " to " and _prev_word(body, att.start) in _BE_PASSIVE:
        return _NO_SOURCE_OTHER  # "Other classes are expected to learn from home": a passive, nobody expecting named
    if att.label == "colon" and att.cue != ":":
        label = att.cue.rstrip(":").strip()
        c = classify(label, "", "speech", persons)
        if c is None or (c.source_class == "organisation" and label.isupper()):
            return Source(label, att.start, att.start + len(label), "named", "unknown", _surname(label))
        return _entity_source(
            label, att.start, att.start + len(label), _entity(c, att.start, resolver, label)
        )
    if (
        att.cue in OF_PASSIVES
        and body[att.end : att.end + 4] == " of "
        and " by " not in body[att.end : min(e0, att.end + 80)]
        and _prev_word(body, att.start) not in OF_ACTIVE_BEFORE
        and _OF_OBJECT_FRONTED.search(body, max(0, att.start - 60), att.start) is None
    ):
        return _NO_SOURCE_OTHER  # "a man accused of theft": a passive (its be-form left out or not), no agent
    if att.cue in _TOLD_TO_FORMS and _TOLD_TO_VERB.match(body, att.end) is not None:
        return _NO_SOURCE_OTHER  # "Staff told to 'tidy' list": a headline's passive, the subject is the hearer
    if (
        (att.label == "speech" or att.label == "belief")
        and body[att.end : att.end + 4] != " by "
        and not (att.cue in OF_PASSIVES and body[att.end : att.end + 4] == " of ")
    ):
        simple = simple_subject(body, s0, att.start, att.cue)
        if simple is not None and fragment_words(body[simple[0] : simple[1]].lower().split()):
            return _NO_SOURCE_OTHER  # "2018 saw 11,000 accidents", "The most known": no noun phrase
        if simple is not None:  # "he said", "Jane Roe said", "The company said": no tokens needed
            return _phrase_source(doc, att, simple[0], simple[1], resolver, orgs)
    # The sentence's tokens, read lazily: first up to the word after the cue (most sources precede
    # their cue), then, when the reader asks for it, up to a little after the sentence's last cue
    # (the right side holds at most an inverted subject or the object of "according to").
    full = min(e0, _right_edge(body, last_ends.get(k, att.end)))
    cached = toks.get(k)
    t, upto = cached if cached is not None else (None, s0)
    if t is None or upto < full:
        cut = _after_next_word(body, att.end, full)
        if t is None:
            # the local ``toks`` is the cache within one analysis: token lists kept on the Doc
            # would stay alive with the article and make the cyclic collector run twice as often
            t = tokenize(body, s0, cut)
            upto = cut
        elif upto < cut:
            t = extend(t, body, upto, cut)
            upto = cut
        toks[k] = (t, upto)
    lo = bisect.bisect_left(t.starts, floor) if floor >= 0 else 0
    ph, t, upto = _read_whole(
        lambda tt, done: find_source(tt, att.start, att.end, att.label, att.cue, lo, done), t, upto, full, body, toks, k
    )
    if (
        prev is not None
        and prev.sentence == k
        and prev.source.start >= 0
        and (ph is None or ph is INHERIT or t.starts[ph.i] < prev.start)
        and _quoted_then_participle(body, s0, att)
    ):
        return prev.source  # '"...," Roe said, referring to ...': the speaker of the quotation, not its words
    if ph is INHERIT:
        if prev is not None and prev.sentence == att.sentence and prev.source.start >= 0:
            return prev.source
        # no earlier source to share: the coordinated verb's subject is its clause's, read from the
        # sentence start even past an earlier cue ("Lee shrugged, asked about it, and said")
        ph, t, upto = _read_whole(
            lambda tt, done: clause_subject(tt, bisect.bisect_left(tt.starts, att.start), 0, False, done),
            t,
            upto,
            full,
            body,
            toks,
            k,
        )
        kc = bisect.bisect_left(t.starts, att.start)
        relative = ph is not None and _relative_between(t, ph.cj, kc)
        if relative:
            ph = None  # "She beats Moss, who has a poor record and has told lies": the cue is the relative's
        if not relative and (
            ph is None or classify(body[t.starts[ph.ci] : t.ends[ph.cj - 1]], "", att.cue_type, persons) is None
        ):
            # the clause read back stopped at a quotation or an "as" inside the verb phrase ('He waved
            # "no" and declared', "cast the mayor as careless and accused him"): the sentence's subject
            whole, t, upto = _read_whole(
                lambda tt, done: clause_subject(tt, bisect.bisect_left(tt.starts, att.start), 0, True, done),
                t,
                upto,
                full,
                body,
                toks,
                k,
            )
            if (
                whole is not None
                and (whole.cj - whole.ci > 1 or t.lows[whole.ci] not in _EXPLETIVES)
                and not _relative_between(t, whole.cj, kc)
            ):
                ph = whole  # (not an expletive: "It was cold and said to be worse")
    if ph is None:
        return _NO_SOURCE_OTHER
    if ph.j - ph.i == 1 and t.texts[ph.i] == "Will" and _question(body, att.end, e0):
        return _NO_SOURCE_OTHER  # "Will reported cases keep rising?": the modal of a question, no name
    start, end = t.starts[ph.i], t.ends[ph.j - 1]
    cs, ce = t.starts[ph.ci], t.ends[ph.cj - 1]
    if body[end : end + 1] == "." and t.texts[ph.j - 1] in _NAME_ABBREVIATIONS and body[end + 1 : end + 3].islower():
        if ce == end:
            ce += 1
        end += 1  # "Brightforge Home Inc. today announced": the abbreviation keeps its full stop
    close = _CLOSING_TITLE.match(body, end)
    if close is not None and _open_quote(body[start:end]):
        end = close.end()  # "Ann Lee, author of ''Slow Rivers,'' said": the title's closing quotation mark
    if body.find("\n", start, ce) >= 0 and cs == start:
        start = cs = _after_heading(body, start, ce)
    lead = _after_time(body, start, end)
    if lead > start:
        if ce <= lead:
            # "Friday, the duchess, 71, announced": the time was read as the head, the apposition is the subject
            comma = body.find(",", lead, end)
            ce = comma if comma > lead else end
        start, cs = lead, max(cs, lead)
    core = body[cs:ce]
    if _statistic_before(body, cs, core) or core.isdigit():
        return _NO_SOURCE_OTHER
    relative = ph.how == "relative"
    context = body[ce:end] if not relative and end > ce else ""
    c = classify(core, context, att.cue_type, persons)
    if c is None and core.endswith(_REFLEXIVE_ENDINGS):
        # "Dunmore itself said", "Farmers themselves understand": the intensifying pronoun stays in the
        # phrase; the noun before it is what is classified
        c = classify(core[: core.rfind(" ")], context, att.cue_type, persons)
    if c is None and relative and " of " in core:
        cs += core.rfind(" of ") + 4  # "the endorsement of Sen. Gordon Humphrey, who told"
        core = body[cs:ce]
        c = classify(core, "", att.cue_type, persons)
    if c is None and relative and _person_antecedent(body[start:end], core):
        # "the political novice who wants", "Republican partisans who prefer": "who" says the antecedent is
        # a person (a thing takes "which"), whatever the lexicon knows of its noun
        c = Classified("role", "unknown", core.lower(), "", core, "", core.endswith("s"))
    if c is None and att.label == "according_to" and core[:1].isalnum():
        # the object of "according to" is its source by construction ("according to early returns",
        # "according to the F.A.A."): a document (an organisation when capitalised) the lexicon lacks
        head = _BEFORE_PREPOSITION.split(core, 1)[0]  # "early returns from Ohio": "returns", the head's case
        cls = "organisation" if head.split(" ")[-1][:1].isupper() else "document"
        c = Classified(cls, "organisation" if cls == "organisation" else "unknown", core.lower(), display=core)
    if c is None:
        return _NO_SOURCE_OTHER
    if c.source_class == "named" and cs == start and body_called(body, cs):
        c = Classified("organisation", "organisation", core.lower(), "", core)  # "A shop called Sweet Dreams"
    if att.label == "medium" and start >= att.end and c.source_class not in ("named", "organisation"):
        c = Classified("document", c.source_kind, c.key)
    mention = body[start:end]
    if c.pronoun:
        return _pronoun_source(doc, att, c.pronoun, mention, start, end, resolver)
    if c.source_kind == "unknown" and orgs and core[:4] in ("Its ", "its ") and c.source_class in ("named", "role"):
        body_kind = _its_body_kind(orgs, cs)
        if body_kind:
            # "The Ilesan State Fire Service said ... Its Controller, Mr Ade Bello, told": the officer of a
            # public body named just before takes its kind (official, legal)
            c = Classified(c.source_class, body_kind, c.key, c.gender, c.display, c.pronoun, c.plural)
            if c.source_class == "named":
                persons[c.key] = body_kind
    c = _with_acronym_kind(c, body, core, cs, persons)
    if c.source_class == "document" and core.lower() == "the paper" and _newspaper_before(body, cs, orgs):
        c = Classified("organisation", "media", c.key, c.gender, c.display, c.pronoun, c.plural)
    ent = _entity(c, cs, resolver, core)
    resolved = relative
    if (
        c.source_class in ("role", "organisation")
        and core.split(" ", 1)[0].lower() in _DEFINITE
        and not (c.source_class == "organisation" and (named_org(core) or named_org(c.display)))
    ):
        described = resolver.resolve_description(_description_head(core), c.source_class, c.source_kind, cs, core)
        if described is not None:
            ent = described  # "the spokeswoman" -> Jane Roe, "the company" -> Acme
            resolved = True
    elif c.source_class == "unnamed" and core.split(" ", 1)[0].lower() in _DEFINITE:
        earlier = resolver.earlier_unnamed(_head(core), cs)
        if earlier is not None:
            ent = earlier  # "A senior official said ... The official, who asked not to be named, said": one source
            resolved = True
    resolver.add(start, ent)
    if ent.source_class == "organisation":
        orgs.append((start, ent))
    return _entity_source(mention, start, end, ent, resolved)


#: A paper that is a piece of writing, not a newspaper ("a paper", "the research paper", "the paper,
#: published in ...", "a paper in the journal").
_DOCUMENT_PAPER = re.compile(
    r"\b(?:an?|research|scientific|academic|white|discussion|working|conference|journal|green)\s+paper\b"
    r"|\bpaper,?\s+(?:published|in\s+the\s+journal|in\s+Nature|by\s+researchers)",
    re.IGNORECASE,
)


def _newspaper_before(body: str, pos: int, orgs: list[tuple[int, Any]]) -> bool:
    """Whether a bare "the paper" at ``pos`` stands for a newspaper the text cited before it.

    "The Daily Courier leads on ..., reporting that ... The paper says": a newspaper (a media
    organisation source) came before, and no paper that is a piece of writing ("a paper in the journal
    ...", "the research paper") did: the newspaper, not a document.
    """
    if not any(e.source_kind == "media" for at, e in orgs if at < pos):
        return False
    return _DOCUMENT_PAPER.search(body, 0, pos) is None


#: A capitalised name right before a bracket ("The Water Standards Authority (WSA)"), with "of", "for",
#: "and" inside it.
_NAME_BEFORE_BRACKET = re.compile(r"((?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|for|and|on)[ \t]+)?)*[A-Z][\w'’&-]*)[ \t]*$")


def _with_acronym_kind(c: Classified, body: str, core: str, pos: int, persons: dict[str, str]) -> Classified:
    """``c`` with the public kind of the body whose bracketed initials ``core`` is (:func:`_acronym_kind`).

    "The Water Standards Authority (WSA) said ... according to the WSA": the initials the text gave a
    public body take its kind (official, legal); any other source is ``c`` unchanged.
    """
    if c.source_class != "organisation" or c.source_kind != "organisation" or not core[-2:].isupper():
        return c
    kind = _acronym_kind(body, core, pos, persons)
    if not kind:
        return c
    return Classified(c.source_class, kind, c.key, c.gender, c.display, c.pronoun, c.plural)


def _acronym_kind(body: str, core: str, pos: int, persons: dict[str, str]) -> str:
    """The public kind (official, legal) of the body whose initials ``core`` are ("the WSA"), else "".

    The initials must have been given in brackets right after the body's name earlier in the text
    ("The Water Standards Authority (WSA)").
    """
    acronym = core[4:] if core[:4] in ("the ", "The ") else core
    if not (1 < len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
        return ""
    p = body.rfind(f"({acronym})", 0, pos)
    if p < 0:
        return ""
    m = _NAME_BEFORE_BRACKET.search(body, max(0, p - 80), p)
    if m is None:
        return ""
    named = classify(m.group(1), "", "speech", persons)
    if named is None or named.source_class != "organisation" or named.source_kind not in ("official", "legal"):
        return ""
    return named.source_kind


def _its_body_kind(orgs: list[tuple[int, Entity]], pos: int) -> str:
    """The public kind (official, legal) of the organisation source right before ``pos`` (300 characters), else ""."""
    at, ent = orgs[-1]
    return ent.source_kind if pos - at <= 300 and ent.source_kind in ("official", "legal") else ""


#: A statistic's opening before its base number ("six in ", "Six out of ", "one in every ").
#: A preposition opening a post-modifier ("early returns from Ohio", "data of the census"): the head
#: word of an "according to" object the lexicon lacks is the last word before it.
#: A comma or full stop and a closing quotation mark right after a source phrase ("author of “Slow Rivers,”").
_CLOSING_TITLE = re.compile(r"[,.]?(?:''|”|\")")


def _open_quote(span: str) -> bool:
    """Whether ``span`` opens a quotation it does not close (a work's title cut at its inner comma)."""
    if span.count("“") > span.count("”"):
        return True
    return span.count("''") % 2 == 1 or span.replace("''", "").count('"') % 2 == 1


_BEFORE_PREPOSITION = re.compile(r" (?:of|from|in|at|by|for|on|with|to|about|over|under) ")
#: "by" and blanks right before a phrase (a passive's agent: "requested by  the committee", "By\nCongress").
_AGENT_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
_STATISTIC_BEFORE = re.compile(r"(?i)\b(?:\d[\d,.]*|[a-z]+)\s+(?:in|out\s+of)(?:\s+every)?\s+$")


def _statistic_before(body: str, start: int, core: str) -> bool:
    """True when ``core`` is the base of a statistic ("Six out of [ten parents]"): no source.

    Checked only when the phrase opens with a number (a set look-up), then one anchored regex.
    """
    first = core.split(" ", 1)[0].lower()
    if first not in NUMBER_WORDS and not first[:1].isdigit():
        return False
    m = _STATISTIC_BEFORE.search(body, max(0, start - 24), start)
    if m is None:
        return False
    lead = m.group().split()[0].lower()
    return lead in NUMBER_WORDS or lead == "one" or lead[:1].isdigit()


def _after_next_word(body: str, pos: int, limit: int) -> int:
    r"""The first blank after the word that follows ``pos`` (``limit`` when none comes before it).

    Tokens never span a blank, so the tokens of ``body[s:cut]`` for a blank ``cut`` are those the
    whole sentence has there. One match of :data:`_NEXT_CHUNK` (``\s`` is ``str.isspace``).
    """
    if pos >= limit:
        return pos
    return _NEXT_CHUNK.match(body, pos, limit).end()  # type: ignore[union-attr]  # it matches ""


#: The rest of the cue's own chunk ("said," "said:"), the blanks after it, and the next chunk.
_NEXT_CHUNK = re.compile(r"\S*+\s*+\S*+")


def _right_edge(body: str, end: int) -> int:
    """A point far enough after a cue for an inverted subject with its appositive (about 25 words)."""
    stop = body.find(".", end + 150)
    return len(body) if stop < 0 else stop + 1


def _person_antecedent(mention: str, core: str) -> bool:
    """Whether the antecedent ``core`` of the relative pronoun ``mention`` is a person by the pronoun alone.

    "who" / "whom" (and "who's", "who'd"), after a lower-case noun phrase that is no generic subject
    ("anyone", "whoever", "those") and no number ("300 who").
    """
    if not mention.lower().startswith("who") or mention.lower().startswith("whose"):
        return False
    words = core.lower().split()
    if not words or not words[-1].isalpha() or not core.split()[-1][0].islower():
        return False
    return words[0] not in GENERIC_SUBJECTS and words[0] != "those" and not words[0][:1].isdigit()


def _quoted_then_participle(body: str, s0: int, att: Attribution) -> bool:
    """Whether ``att`` is an -ing participle after a comma in a sentence that opens with a quotation.

    A word such as "before" or "while" may stand between the comma and the participle.

    '"...," Jane Roe said, referring to the vote': the participle's subject is the earlier cue's
    speaker; read from the sentence start it would be the quotation's own words.
    """
    head = att.cue.split(" ", 1)[0]
    if not head.endswith("ing") or not head[:1].islower():
        return False
    if body[s0 : s0 + 2].lstrip()[:1] not in OPENING_QUOTES:
        return False
    before = body[max(s0, att.start - 12) : att.start].rstrip()
    if before[-1:] == ",":
        return True
    word = before.rsplit(None, 1)[-1] if before else ""
    return word in _PARTICIPLE_OPENERS and before[: -len(word)].rstrip()[-1:] == ","  # ", before taking aim"


#: Words between the comma and the participle (", before taking aim at", ", while insisting").
_PARTICIPLE_OPENERS = frozenset("before after while without by when".split())



def _after_heading(body: str, start: int, end: int) -> int:
    r"""Start of a source phrase ``body[start:end]`` holding a line break, without a heading line before it.

    A phrase that runs over a line break keeps only what follows the break when the whole line
    before it is a heading: a number ("3") or capitalised words ("Christie On The Zika Virus", "A Sign
    Of Leadership") with no sentence punctuation ("3\nZoe Saldana said" gives "Zoe Saldana"). Anything
    else (a wrapped line of prose: "the hate\ncrime", "chief economist\nJane Roe") is kept whole.
    """
    nl = body.rfind("\n", start, end)
    words = body[body.rfind("\n", 0, nl) + 1 : nl].split()
    if not words or words[-1][-1] in ".,;:" or any(not w[0].isupper() and not w[0].isdigit() for w in words):
        return start
    rest = nl + 1
    while rest < end and body[rest].isspace():
        rest += 1
    return rest


#: A time opening a source phrase before the subject itself: a weekday ("Friday Acme Motors announced",
#: "This Wednesday Foreign Minister Ana Ruiz said", "Friday, the princess, said") or a month and its day
#: ("March 3 Tarn Water acknowledged"), after which the subject starts (a capital, or any word after a comma).
_TIME_LEAD = re.compile(
    r"(?:(?:This|Last|Next|Early|Late)[ \t]+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)[ \t]+\d{1,2}(?:st|nd|rd|th)?)(?:,[ \t]*(?=[A-Za-z])|[ \t]+(?=[A-Z]))"
)


#: A bare weekday that starts a name rather than a time: before a capitalised time of day ("Monday Night
#: Football", "Saturday Night Live") or before one capitalised word that no other capitalised word follows
#: ("Sunday Times editor Ann Lee", "Friday Hale, the mayor"); "Friday Acme Motors" still loses its weekday.
_WEEKDAY_NAME = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ \t]+(?:(?:Night|Morning|Evening|Afternoon)"
    r"(?![\w'’-])|[A-Z][\w'’-]*(?![\w'’-])(?![ \t]+[A-Z]))"
)


def _after_time(body: str, start: int, end: int) -> int:
    """Start of the source phrase ``body[start:end]`` after a time opening it (:data:`_TIME_LEAD`), if any."""
    if not body[start : start + 1].isupper():
        return start
    m = _TIME_LEAD.match(body, start, end)
    if m is None or m.end() >= end or _WEEKDAY_NAME.match(body, start, end) is not None:
        return start
    return m.end()


def _phrase_source(
    doc: Doc, att: Attribution, start: int, end: int, resolver: Resolver, orgs: list[tuple[int, Entity]]
) -> Source:
    """The resolved source of a simple subject ``body[start:end]`` (no appositive, no relative clause)."""
    body = doc.body
    if body.find("\n", start, end) >= 0:
        start = _after_heading(body, start, end)
    start = _after_time(body, start, end)
    core = body[start:end]
    if _statistic_before(body, start, core) or core.isdigit():
        return _NO_SOURCE_OTHER
    c = classify(core, "", att.cue_type, resolver.persons)
    if c is None:
        return _NO_SOURCE_OTHER
    if c.pronoun:
        return _pronoun_source(doc, att, c.pronoun, core, start, end, resolver)
    if c.source_class == "named" and body_called(body, start):
        c = Classified("organisation", "organisation", core.lower(), "", core)  # "A shop called Sweet Dreams"
    c = _with_acronym_kind(c, body, core, start, resolver.persons)
    if c.source_class == "document" and core.lower() == "the paper" and _newspaper_before(body, start, orgs):
        c = Classified("organisation", "media", c.key, c.gender, c.display, c.pronoun, c.plural)
    ent = _entity(c, start, resolver, core)
    resolved = False
    if (
        c.source_class in ("role", "organisation")
        and core.split(" ", 1)[0].lower() in _DEFINITE
        and not (c.source_class == "organisation" and named_org(core))
    ):
        described = resolver.resolve_description(_description_head(core), c.source_class, c.source_kind, start, core)
        if described is not None:
            ent = described
            resolved = True
    resolver.add(start, ent)
    if ent.source_class == "organisation":
        orgs.append((start, ent))
    return _entity_source(core, start, end, ent, resolved)


def _pronoun_source(
    doc: Doc, att: Attribution, pronoun: str, mention: str, start: int, end: int, resolver: Resolver
) -> Source:
    """The source of a pronoun subject ``body[start:end]``: its antecedent, or none for the writer.

    "I" / "we" outside direct quotes are the writer, no cited source; "it seems" is no one; an
    unresolved "he" is a role, an unresolved "it" (of a speech cue) an organisation. A contracted
    auxiliary is no part of the mention ("they're saying", "we've argued": "they", "we").
    """
    if len(mention) > len(pronoun) and mention[len(pronoun)] in "'’":
        end = start + len(pronoun)
        mention = mention[: len(pronoun)]
    if pronoun in ("i", "we") and not any(q.start < start < q.end for q in doc.quotes):
        return _NO_SOURCE_OTHER  # the writer, not a cited source
    if pronoun == "it" and _expletive_it(doc.body[end : att.start]):
        return _NO_SOURCE_OTHER  # "It is not known how many", "it was not yet clear": no one
    ent = resolver.resolve_pronoun(pronoun, start, att.cue_type)
    if ent is None:
        if pronoun == "it" and att.cue_type != "speech":
            return _NO_SOURCE_OTHER  # "it seems", "it appears": no one
        return Source(mention, start, end, "organisation" if pronoun == "it" else "role", "unknown", "")
    return _entity_source(mention, start, end, ent, resolved=True)


#: Words between an expletive "it" and a passive or copular cue ("It is not yet known", "it has never been shown").
_EXPLETIVE_GAP = frozenset("is was 's has had have been be will would may might not never yet still now n't".split())
_BE_FORMS = frozenset("is was 's been be".split())


def _expletive_it(gap: str) -> bool:
    """Whether the words ``gap`` between "it" and its cue make the "it" an expletive (a form of "be", then the cue).

    "It is not known how many", "it was not yet clear": the cue is passive or a predicate adjective and
    "it" stands for no one; "it has warned" (an active verb after "it") keeps the pronoun.
    """
    words = gap.lower().replace("n't", " n't").split()
    return bool(words) and all(w in _EXPLETIVE_GAP for w in words) and any(w in _BE_FORMS for w in words)


#: A person noun and its children's count ending a description ("the 45-year-old mother of four").
_OF_COUNT = re.compile(
    r"([\w'’-]+) of (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)$", re.IGNORECASE
)


def _description_head(core: str) -> str:
    """The head noun of a description: the last word, or the noun before "of <count>" ("mother of four")."""
    m = _OF_COUNT.search(core) if " of " in core else None
    return m.group(1).lower() if m is not None else _head(core)


def _head(core: str) -> str:
    words = core.split()
    return words[-1].lower().strip(".,") if words else ""


#: First names that are also a place's, a state's or a bill's name ("Virginia said", "Bill says"): alone,
#: no person.
_PLACE_FIRST_NAMES = frozenset("jordan victoria virginia austin madison christian mason bill amber".split())


def _entity(c: Classified, pos: int, resolver: Resolver, text: str) -> Entity:
    """The entity of a classified (non-pronoun) phrase starting at ``pos``."""
    if resolver.body_names and c.source_class in ("named", "organisation") and c.display in (text, ""):
        body = resolver.body_names.get(text)
        if body is not None:  # "Memory Matters said" after "The charity Memory Matters said": the body
            return body
    if c.source_class == "named":
        if c.display == text and resolver.brand_name(text):
            # "Skyline Connect said" after "the Skyline Connect flight": a body's name, no person's
            return Entity("organisation", "organisation", text.lower(), text, pos, pos + len(text))
        return resolver.person_entity(c.key, c.source_kind, pos, c.display)
    if c.source_class in ("organisation", "named") and " " not in text and text[:1].isupper():
        short = resolver.short_names.get(text) if resolver.short_names else None
        if (
            short is not None
            and short.start < pos
            and c.display in (text, "")
            and (c.source_class == "organisation" or text.lower() not in resolver.persons)
        ):
            return short  # "Kestrel said" after "Kestrel Homeware, the retailer, said": the body by its short name
    if c.source_class == "organisation" and " " not in text and text[:1].isupper():
        key = resolver.given_name(text, pos)
        if key:  # "Hannah said" after "Hannah Briggs": the first name of a person named before
            return resolver.person_entity(key, resolver.persons.get(key, "unknown"), pos)
        low = text.lower()
        if low in FIRST_NAMES and low not in _PLACE_FIRST_NAMES and text[1:].islower():
            # "Tom said", "Colin says": a lone first name no full name opened is a person, named by it
            return resolver.person_entity(low, "unknown", pos, text)
    if c.display and c.display != text:  # "The company, PayLink": the name in apposition
        start = resolver.body.find(c.display, pos)
        return Entity(
            c.source_class, c.source_kind, c.key, c.display, start, start + len(c.display), c.gender, c.plural
        )
    if c.source_class == "organisation" and text.endswith(")"):
        m = _ACRONYM_AFTER.search(text)
        if m is not None and m.start() > 0:
            # "The Energy Standards Authority (ESA)": the initials in brackets are an alias, not the name
            text = text[: m.start()]
    return Entity(c.source_class, c.source_kind, c.key, text, pos, pos + len(text), c.gender, c.plural)


#: A body's initials in brackets after its name ("... Authority (ESA)", "... Corporation (KMRC)").
_ACRONYM_AFTER = re.compile(r" \([A-Z][A-Za-z&]{1,7}\)$")


def _entity_source(mention: str, start: int, end: int, ent: Entity, resolved: bool = False) -> Source:
    """A :class:`Source` for ``mention`` standing for ``ent``.

    ``resolved_to`` is the entity's name when the mention is a pronoun, a
    relative pronoun or a description resolved to another mention
    (``resolved``), or when a person or organisation is shown by a name that
    differs from the mention ("Jane Roe" for "Council leader Jane Roe" or
    "Ms Roe"); it is empty when the mention is the entity itself.
    """
    shown = ent.display
    ent_start, ent_end = ent.start, ent.end
    cut = 0
    if ent.source_class == "organisation" and " " in shown:
        cut = descriptor_cut(shown)
        if cut:  # "Ferry operator Islandlink": the body is "Islandlink", as in "Islandlink, the ferry operator"
            shown = shown[cut:]
            if ent_start >= 0:
                ent_start += cut
    named = ent.source_class == "named" or (ent.source_class == "organisation" and (cut or named_org(shown)))
    if not shown or shown == mention or not (resolved or named):
        return Source(mention, start, end, ent.source_class, ent.source_kind, ent.key)
    inside = ent_start >= 0 and start <= ent_start and ent_end <= end
    rs, re_ = (ent_start, ent_end) if ent_start >= 0 and not inside else (-1, -1)
    return Source(mention, start, end, ent.source_class, ent.source_kind, ent.key, shown, rs, re_)


_SUBORDINATE_START = re.compile(
    r"\s*[\"“]?(?:when|while|after|before|as|if|although|though|because|since|once|until)\b", re.IGNORECASE
)


def _clause_start(body: str, pos: int) -> int:
    """Start of the sentence-level clause holding ``pos`` (after the last . ; : or line break).

    The last such character is looked for in windows growing backwards from ``pos`` (the nearest one
    is usually close), not by four searches back to the start of the body.
    """
    hi = pos
    size = 256
    while hi > 0:
        lo = max(0, hi - size)
        found = max(
            body.rfind(".", lo, hi),
            body.rfind(";", lo, hi),
            body.rfind(":", lo, hi),
            body.rfind("\n", lo, hi),
        )
        if found >= 0:
            return found + 1
        hi = lo
        size *= 4
    return 0


def _drop_inner(body: str, atts: list[Attribution]) -> list[Attribution]:
    """Drop attributions inside the content before an inverted cue, or inside another source's phrase.

    ``"Hungary rejected the proposal, a spokesman said"``: everything before an
    inverted cue of its sentence is that attribution's content; ``"Sarah
    Hughes, who opposed the plans, said"``: a belief or stance cue inside a
    speaker's phrase (its relative clause) is part of that phrase.

    The test is a union over the other attributions ``p`` of the sentence, so it is
    answered per attribution from three small indexes built once per sentence (the two
    latest inverted cues, the two latest fronting sources, the source spans sorted by
    start with the two longest reaches): O(n log n) in the attributions of one sentence,
    where asking every pair was quadratic ("he said he said ..." without a full stop).
    """
    drop: set[int] = set()
    by_sentence: dict[int, list[Attribution]] = {}
    for a in atts:
        by_sentence.setdefault(a.sentence, []).append(a)
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        # inverted "..., said X": per source object, the latest such cue
        inverted_at: dict[int, int] = {}
        # fronted "X, ..., said": the distinct starts of fronting sources
        fronting: set[int] = set()
        # the fronting sources of post-posed findings ("..., the study found"): an inverted cue before one
        # keeps its own content ('"...," said Piet Mulder, a teacher, the tally showed')
        findings: set[int] = set()
        spans: dict[int, tuple[int, int]] = {}
        for p in group:
            src = p.source
            if src.start < 0:
                continue
            sid = id(src)
            spans[sid] = (src.start, src.end)
            if src.start > p.start and p.label != "according_to":
                if _AGENT_BY.search(body, max(0, src.start - 8), src.start):
                    continue  # a passive's agent ("requested by Congress"), no inversion
                if p.start > inverted_at.get(sid, -1):
                    inverted_at[sid] = p.start
            elif (
                p.cue.lower() in INVERTING_FORMS
                and body[max(0, src.start - 3) : src.start].rstrip().endswith((",", "”", '"'))
                and src.text.lower() not in ("who", "which", "that")
            ):
                fronting.add(src.start)
            elif _postposed_finding(body, p):
                fronting.add(src.start)
                findings.add(src.start)
        latest_inverted = sorted(((s, sid) for sid, s in inverted_at.items()), reverse=True)[:2]
        latest_fronting = sorted(fronting, reverse=True)[:2]
        ordered = sorted((s, e, sid) for sid, (s, e) in spans.items())
        starts = [s for s, _, _ in ordered]
        # reach[i]: the two (end, source) pairs reaching furthest among ordered[: i + 1]
        reach: list[list[tuple[int, int]]] = []
        best: list[tuple[int, int]] = []
        for _, e, sid in ordered:
            best = sorted([*best, (e, sid)], reverse=True)[:2]
            reach.append(best)
        cue_ends = {p.end for p in group}
        for a in group:
            if a.label.startswith("hedge:"):
                continue
            own = id(a.source)
            if a.source.text in _NESTED_PRONOUNS and a.source.start > 0:
                m = _OUTER_REPORT.search(body, max(0, a.source.start - 24), a.source.start)
                if m is not None and m.end(1) in cue_ends:
                    drop.add(id(a))  # "Neighbours say they warned the city": the outer speaker's content
                    continue
            if any(sid != own and s >= a.end for s, sid in latest_inverted):
                drop.add(id(a))  # content of "..., said X"
                continue
            if (
                any(
                    s >= a.end and s != a.source.start and not (s in findings and a.source.start > a.start)
                    for s in latest_fronting
                )
                and not a.cue[:1].isupper()
                and not a.cue.lower().endswith("ing")
                and not _SUBORDINATE_START.match(body, _clause_start(body, a.start))
            ):
                drop.add(id(a))  # content of "X, ..., said" fronted before the speaker
                continue
            if a.cue_type in _NESTABLE:
                i = bisect.bisect_right(starts, a.start) - 1
                if i >= 0 and any(sid != own and e > a.start for e, sid in reach[i]):
                    drop.add(id(a))  # a relative clause of the speaker's phrase
    return [a for a in atts if id(a) not in drop] if drop else atts


#: The group before a "critics say" hedge cue (the verb).
_SOME_SAY_SUBJECT = re.compile(r"([\w'’-]+)\s+(?:have\s+)?$", re.IGNORECASE)
_QUANTIFIER_BEFORE = re.compile(r"\b(?:some|many|most|several|other|few)\s+$", re.IGNORECASE)
#: A hedge adverb right before a belief, intention or stance cue (one adverb may come between).
_HEDGED = re.compile(
    r"\b(?:reportedly|allegedly|supposedly|purportedly)\s+(?:[a-z]+ly\s+|still\s+|also\s+|now\s+)?$",
    re.IGNORECASE,
)
#: A hedge adverb, then a verb phrase with no punctuation, then "and" right before a cue: the cue is the
#: second verb of the hedged subject ("She has reportedly bought a yacht and asked for ..."), the hedge's
#: content too.
_HEDGED_CONJUNCT = re.compile(
    r"\b(?:reportedly|allegedly|supposedly|purportedly)\s+[a-z][^,;:.!?\"“”()\n]{0,100}?\s+and\s+$", re.IGNORECASE
)
#: What every :data:`_HEDGED_CONJUNCT` match holds, case aside ("reportedly", "allegedly", ... all end so).
_HEDGED_STEMS = ("edly",)


#: A hedge's infinitive right before a belief, intention or stance cue ("The player is believed to have
#: agreed terms", "She is said to want a transfer"): the cue is the hedge's content, as after "reportedly".
_HEDGE_INFINITIVE = re.compile(
    r"\b(?:is|are|was|were|being)\s+(?:said|believed|thought|understood|reported|rumou?red|alleged)\s+to\s+"
    r"(?:have\s+)?$",
    re.IGNORECASE,
)
_FAILED_TO = re.compile(r"\b(?:fail(?:s|ed|ing)?|tried|trying|tries|unable)\s+to\s+$", re.IGNORECASE)
#: "Lawmakers voted 312 to 290 on Monday to reject": a vote is an act, its infinitive no stance of a source.
_VOTED_TO = re.compile(
    r"\bvot(?:e|es|ed|ing)\b(?:(?!\b(?:and|but|that|who|which)\b)[^.;:!?\"“”]){0,40}?\bto\s+$", re.IGNORECASE
)


def _failed_or_hedged(body: str, pos: int) -> bool:
    r"""Whether :data:`_FAILED_TO`, :data:`_VOTED_TO` or :data:`_HEDGED` ends at the cue starting at ``pos``.

    Both end in ``\s+$``: they are searched only when the text before the cue ends in a blank
    after "to" (:data:`_FAILED_TO`) or after an adverb, "still", "also" or "now"
    (:data:`_HEDGED`); same ``\s`` as ``str.isspace`` / ``str.rstrip``, and a non-ASCII tail is
    always searched.
    """
    before = body[max(0, pos - 40) : pos]
    if not before[-1:].isspace():
        return False
    tail = before.rstrip()[-5:].lower()
    if tail[-2:] == "to" and (
        _FAILED_TO.search(body, max(0, pos - 24), pos) or _VOTED_TO.search(body, max(0, pos - 60), pos)
    ):
        return True
    if (tail[-2:] == "to" or tail[-4:] == "have") and _HEDGE_INFINITIVE.search(body, max(0, pos - 40), pos):
        return True  # "is believed to have agreed": the hedge's content, no stance of the subject
    return (not tail.isascii() or tail.endswith(("ly", "still", "also", "now"))) and _HEDGED.search(
        body, max(0, pos - 40), pos
    ) is not None


#: A subordinate clause opening just before a source ("... because participants reported ...", "... because
#: the family had not asked ...": an auxiliary or "not" may stand between the subject and the cue).
_SUBORDINATE = re.compile(
    r"\b(?:because|since|although|though|unless|if|whereas)\s+(?:\w+\s+){0,2}"
    r"(?:(?:had|has|have|did|does|do|was|were|is|are|not|never|already|(?:had|has|have|did|does|do|was|were)n[’']t)\s+){0,2}$",
    re.IGNORECASE,
)
#: What every :data:`_SUBORDINATE` match holds, case aside (its conjunctions; "although" holds "though").
_SUBORDINATE_STEMS = ("if", "since", "though", "because", "unless", "whereas")


def _subordinate_before(body: str, att: Attribution) -> bool:
    """``_SUBORDINATE.search`` before the cue (from 16 characters before its source), after a quick literal test."""
    lo = max(0, (att.source.start if att.source.start >= 0 else att.start) - 16)
    return may_hold(body[lo : att.start], *_SUBORDINATE_STEMS) and (
        _SUBORDINATE.search(body, lo, att.start) is not None
    )


#: Abbreviations that end a body's or a person's name with a full stop ("Acme Corp.", "Tom Hale Jr.").
_NAME_ABBREVIATIONS = frozenset("Inc Corp Ltd Co Bros Plc LLC Jr Sr".split())
#: Forms of "be" before a passive "expected to" (its subject is what is expected, not who expects).
_BE_PASSIVE = frozenset("is are was were been being be".split())
#: Speech verbs whose active form needs a hearer: "told to" and a verb is a passive with "were" left out
#: (a headline's "Residents told to boil water"), never the subject's words; "told the court", "urged
#: residents to", "told to the panel" keep their subject.
_TOLD_TO_FORMS = frozenset("told urged ordered instructed".split())
_TOLD_TO_VERB = re.compile(
    r" to ['‘\"“]?(?!(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those|him|them|me|us|police)\b)[a-z]+\b"
)
#: Modals before a cue inside reported content ("X said the findings should reassure ..."): nested; and
#: the pluperfect "had", an earlier speech act told inside the content ("X said he had told his players").
#: "reported" and its forms before a comparative measure ("reported less pain", "report fewer symptoms").
_REPORT_FORMS = frozenset("reported report reports reporting".split())
#: A study's finding verbs, whose content may hold its subjects' reported measures.
_FINDING_FORMS = frozenset("found find finds show shows showed shown suggest suggests suggested revealed reveals".split())
_MEASURE_AFTER = re.compile(
    r"\s+(?:(?:also|significantly|far|much|slightly)\s+)?(?:less|more|fewer|lower|higher|better|worse|greater|smaller)\b"
)
_MODALS = (" should", " would", " could", " might", " may", " must", " will", " had")
#: A modal and a negation before a cue ("could not explain", "would never say", "couldn't confirm").
_NEGATED_MODALS = tuple(m + n for m in _MODALS[:-1] for n in (" not", " never")) + tuple(
    f" {m}n{a}t" for m in ("could", "would", "should", "must", "might") for a in "'’"
) + (" won't", " won’t", " cannot", " can't", " can’t", " can not")


def _negated_modal(body: str, start: int) -> bool:
    """Whether a modal with a negation ends right before ``start`` (a cue inside reported content, nested).

    "She warned that long naps were linked to worse scores, a result the team could not explain": the
    modal rule ("should", "would", ...) read through "not" / "never" / "n't", and "cannot".
    """
    return body[max(0, start - 16) : start].rstrip().lower().endswith(_NEGATED_MODALS)


#: Belief adjectives that are no attribution when the sentence ends right after them.
_CONTENTLESS = frozenset(("convinced", "unconvinced", "persuaded", "unpersuaded", "worried"))
#: Agreement verbs: with no content after "Not everyone", the writer's transition ("Not everyone agrees."),
#: no attribution; "and members agree." agrees with the content before it and stays.
_AGREE_FORMS = frozenset(("agrees", "agree", "disagrees", "disagree"))
_NOT_EVERYONE_BEFORE = re.compile(r"(?:^|[.!?\n]\s*)not\s+(?:everyone|everybody)\s+$", re.IGNORECASE)
#: Forms of "release" (an evidence cue: "the council will release figures").
_RELEASE_FORMS = frozenset(("release", "releases", "releasing"))
#: A work or a product as the object of "release" (up to four words before its noun): no attribution
#: ("is about to release her first solo album", "will release a new single", "releases its new phone").
_RELEASED_WORK = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:albums?|singles?|EPs?|songs?|tracks?|films?|movies?|books?|novels?"
    r"|games?|trailers?|episodes?|series|shows?|collections?|phones?|models?|cars?|products?|prisoners?"
    r"|hostages?|detainees?|tickets?|funds?|money)(?![\w'’-])"
)
#: Cue types that are not attributions of their own inside another attribution's content.
_NESTABLE = frozenset({"belief", "intention", "stance", "nominal", "evidence"})
#: A subject pronoun right after a reporting verb (and "that"): the cue it is the subject of is the
#: content of that report ("Neighbours say they warned the city", "She said she told police"): one row,
#: the outer one.
_NESTED_PRONOUNS = frozenset("he she they He She They".split())
_OUTER_REPORT = re.compile(r"(?<![\w'’-])(say|says|said|claim|claims|claimed|insist|insists|insisted)\s+(?:that\s+)?$")
#: Words that start a new clause after an attribution's content ("..., but officials believe").
_COORDINATION = re.compile(
    r"(?:^|\W)(?:but|and|while|whereas|although|though|yet|however|so)\W*$|;\W*$", re.IGNORECASE
)


def _question(body: str, a: int, e: int) -> bool:
    """Whether the sentence holding offset ``a`` (ending at ``e``) ends in a question mark."""
    q = body.find("?", a, e)
    return q >= 0 and not any(ch in ".!" for ch in body[a:q])




def _relative_between(t: Tokens, a: int, b: int) -> bool:
    """Whether an open relative clause holds the cue ``b`` (the subject's core ending at ``a``).

    A relative pronoun after the core, with no comma closing its clause before the cue.

    "Moss, who has a poor record and has told lies": the relative's cue; not "Ann Pike, who runs the
    ferry, waved and declared" (the comma closes the relative clause).
    """
    lows = t.lows
    for x in range(b - 1, a - 1, -1):
        low = lows[x]
        if low == ",":
            return False
        if low in _RELATIVE_WORDS:
            return True
    return False


#: Subjects a coordinated cue never takes from the sentence start ("It was cold and said to be worse").
_EXPLETIVES = frozenset("it there this that".split())
#: A modal or an auxiliary between an earlier cue and an infinitive: a finite clause of the content.
_FINITE_BETWEEN = re.compile(r"\b(?:would|will|could|should|might|may|must|can|is|are|was|were|has|have|had)\s")


#: A semicolon or a comma and a contrasting conjunction: a new clause (:func:`_nested`, no source read).
_NEW_CLAUSE = re.compile(r";|,\s+(?:but|while|whereas|although|though|yet)\s")
#: A quotation's end right before a source ('"...," Jane Roe said'): that attribution's content precedes it.
_QUOTE_BEFORE = re.compile(r"[,?!][\"”’']\s*$")
#: A coordinating word or a semicolon: a new clause of the earlier cue's speaker ("said ..., and vowed to").
_CLAUSE_JOIN = re.compile(r"\b(?:and|but|while|yet)\b|;")


#: Verbs of naming: "what X called / described as / termed / dubbed" names a thing inside the content.
_NAMING_FORMS = frozenset(
    "call calls called calling describe describes described term terms termed dub dubs dubbed".split()
)


#: Personal pronouns that, right after "what", name the earlier cue's speaker ("what he called").
_WHAT_PRONOUNS = frozenset("he she they it we i".split())


def _what_naming(body: str, att: Attribution, cue_low: str) -> bool:
    """A free relative "what X called" (a naming verb, its source right after "what"): part of a content.

    Only when X is a personal pronoun, which refers back to the earlier cue's speaker: "The manager
    criticised what he called a soft penalty"; another speaker keeps its row ("The union rejected what the
    company called a fair offer"), and so does "what X claims is false" (a claim of its own, no naming).
    """
    s = att.source.start
    return (
        cue_low in _NAMING_FORMS
        and s >= 5
        and body[s - 5 : s].lower() == "what "
        and att.source.end - s <= 4
        and body[s : att.source.end].lower() in _WHAT_PRONOUNS
    )


def _parenthetical_around(body: str, p: Attribution, att: Attribution) -> bool:
    """Whether the speech cue ``p`` with its source stands between commas right after ``att``'s source.

    "The town council, she added, would consider naming the centre after her": a parenthetical "she
    added" reports the whole clause around it, so the council's "consider" is its content (no row); so
    is a phrase read across the parenthetical ("The union, its leader said, opposes the plan").
    """
    if p.cue_type != "speech" or p.source.start < 0 or p.end > att.start:
        return False
    if 0 <= att.source.end <= p.source.start:
        inside = att.source.end  # "The town council, she added, would ..."
    elif 0 <= att.source.start < p.source.start and p.end == att.source.end:
        inside = -1  # "The union, its leader said, opposes the plan": a phrase read across the parenthetical
    else:
        return False
    if body[p.end : min(att.start, p.end + 8)].lstrip()[:1] != ",":
        return False
    if inside >= 0:
        return p.source.start - inside <= 4 and body[inside : p.source.start].strip() == ","
    return body[max(att.source.start, p.source.start - 8) : p.source.start].rstrip().endswith(",")


def _nested(body: str, att: Attribution, earlier: list[Attribution]) -> bool:
    """True when ``att`` lies inside the content of an earlier attribution of its sentence.

    The content of an attribution whose source precedes its cue ("X said ...")
    runs from the cue to the end of the sentence; ``att`` is inside it when its
    own source (or, without one, its cue) starts after that cue and no
    coordinating word ("but", "and", "while", ";") opens a new clause in between.
    PolNeAR annotates one role per token, so such nested attributions are not
    separate attributions (Newell et al. 2018).
    """
    pos = att.source.start if att.source.start >= 0 else att.start
    # "X rejected what she called a smear": a free relative naming inside a stance's object too
    what = _what_naming(body, att, att.cue.lower())
    infinitive = att.cue_type == "intention" and body[max(0, att.start - 4) : att.start].lower() == " to "
    for p in reversed(earlier):
        if (
            infinitive
            and p.source.start == pos >= 0
            and p.end <= att.start
            and _FINITE_BETWEEN.search(body, p.end, att.start) is not None
            and _CLAUSE_JOIN.search(body, p.end, att.start) is None
        ):
            # "X said the leadership would meet on Tuesday to discuss ...": the infinitive's subject,
            # read back past a finite verb of the content, is the earlier cue's speaker; the infinitive
            # lies in that content
            return True
        if p.sentence != att.sentence:
            break
        if _parenthetical_around(body, p, att):
            return True  # "The town council, she added, would consider ...": inside the parenthetical cue's content
        if p.source is att.source or pos < p.end:
            continue
        if p.source.start > p.start and not (
            # "According to a survey by X, most retailers expect ...": a fronted "According to" and its
            # source, then a comma: what follows is its content
            p.cue_type == "according_to"
            and p.cue[:1] == "A"
            and pos > p.source.end
            and body[p.source.end : p.source.end + 1] == ","
        ):
            continue
        if p.cue_type not in ("speech", "according_to", "evidence", "belief", "hedge") and not (
            what and p.cue_type == "stance"
        ):
            continue
        if (
            p.source.start > 0
            and _QUOTE_BEFORE.search(body, max(0, p.source.start - 4), p.source.start)
            and body[max(0, att.start - 8) : att.start].rstrip().lower().endswith(" had")
        ):
            # '"The plan is dead," Jane Roe said, as critics had predicted': the earlier cue's content is
            # the quotation before it; what follows is the reporter's (the pluperfect only: a belief or a
            # participle after it stays the speaker's, as PolNeAR reads it)
            continue
        if _COORDINATION.search(body[p.end : pos].rstrip()):
            continue
        if att.source.start < 0 and _NEW_CLAUSE.search(body, p.end, att.start):
            # "X said she would resign; her deputy had announced ...": with no source read, a semicolon or
            # ", but" before the cue still opens a clause of the reporter's
            continue
        return True
    return False


# ---------------------------------------------------------------------------
# Family
# ---------------------------------------------------------------------------

_REF = "Newell, Margolin & Ruths (2018), PolNeAR, LREC; Pareti (2016), PARC 3.0, LREC"
_PEW = "Pew Research Center / PEJ, State of the News Media 2005 (sourcing transparency)"
_KIND_LABELS = {
    "legal": ("Legal sources", "lawyers, judges, courts"),
    "official": ("Official sources", "officials, politicians, police, public bodies"),
    "expert": ("Expert sources", "academics, analysts, scientists, forecasters"),
    "media": ("Media sources", "outlets, reporters, pundits"),
    "organisation": ("Organisation sources", "companies, charities, unions, their executives"),
    "citizen": ("Citizen sources", "residents, witnesses, parents, voters"),
}
_COLUMNS = (
    Column(
        "attributions",
        "Attribution cues (speech, belief, 'according to', colon, hedge)",
        "higher_more",
        "count",
        _REF,
        label="Attributions",
        decimals=0,
        higher="attribution cues",
    ),
    Column(
        "attributions_per_100_words",
        "Sourcing density: attribution cues per 100 words",
        "higher_more",
        "per 100 words",
        _REF,
        label="Sourcing density",
        decimals=2,
        higher="attribution cues per word",
    ),
    Column(
        "attributed_sentence_share",
        "Sentences with a cue or a floating quote, over all sentences (detected; biased low)",
        "higher_more",
        "share (0-1)",
        "Asr et al. (2021), Gender Gap Tracker, PLOS ONE (floating quotes)",
        label="Attributed sentence share",
        decimals=2,
        higher="sentences attributed",
    ),
    Column(
        "named_sources",
        "Distinct named people cited (entities: surnames, pronouns and descriptions resolved)",
        "higher_more",
        "count",
        _PEW,
        label="Named sources",
        decimals=0,
        higher="named people cited",
    ),
    Column(
        "unnamed_sources",
        "Distinct explicitly anonymous sources ('a source close to', 'who asked not to be named')",
        "higher_more",
        "count",
        _PEW,
        label="Anonymous sources",
        decimals=0,
        higher="anonymous sources",
    ),
    Column(
        "vague_attributions",
        "Vague attributions: hedges and vague groups ('it is believed', 'reportedly', 'some experts')",
        "higher_more",
        "count",
        "Hyland (1998), Hedging in Scientific Research Articles",
        label="Vague attributions",
        decimals=0,
        higher="vague attributions",
    ),
    Column(
        "document_sources",
        "Distinct documents or data cited ('a report', 'a poll', 'footage')",
        "higher_more",
        "count",
        _REF,
        label="Document sources",
        decimals=0,
        higher="documents cited",
    ),
    Column(
        "direct_quotes",
        "Direct quotations (speech in quotation marks)",
        "higher_more",
        "count",
        _REF,
        label="Direct quotes",
        decimals=0,
        higher="direct quotation",
    ),
    Column(
        "direct_quote_word_share",
        "Words inside direct quotations over body words",
        "higher_more",
        "share (0-1)",
        "Newell et al. (2018), Citron, DSJM",
        label="Direct-quote word share",
        decimals=2,
        higher="quoted words",
    ),
    *(
        Column(
            f"{kind}_sources",
            f"Distinct cited sources of kind '{kind}' ({_KIND_LABELS[kind][1]})",
            "higher_more",
            "count",
            _PEW,
            label=_KIND_LABELS[kind][0],
            decimals=0,
            higher=f"{kind} sources",
        )
        for kind in KIND_PRIORITY
    ),
)


def _distinct(atts: list[Attribution], cls: str | None = None, kind: str | None = None) -> int:
    keys = set()
    for a in atts:
        if not a.cited:
            continue
        for src in a.sources:
            if src.source_class == "vague" or (not src.key and src.source_class != "named"):
                continue
            if cls is not None and src.source_class != cls:
                continue
            if kind is not None and src.source_kind != kind:
                continue
            keys.add(_entity_key(src))
    return len(_without_bare_surnames(keys))


def _entity_key(src: Source) -> tuple[str, str]:
    """The ``(class, key)`` a source counts as; a named person's key also holds the first name.

    Named people are keyed by surname (the resolver's chain: "Ms Tate" is the Tate named before);
    two full names with one surname and different first names ("Maureen Tate", her granddaughter
    "Chloe Tate") are two people.
    """
    if src.source_class != "named":
        return (src.source_class, src.key)
    parts = (src.resolved_to or src.text).split()
    if len(parts) < 2 or not parts[0][:1].isupper() or parts[0].rstrip(".") in TITLES:
        return ("named", src.key)
    return ("named", f"{src.key} {parts[0].lower()}")


def _without_bare_surnames(keys: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """``keys`` without a bare named surname that a key with a first name of that surname covers."""
    full = {k[1].split(" ", 1)[0] for k in keys if k[0] == "named" and " " in k[1]}
    if not full:
        return keys
    return {k for k in keys if not (k[0] == "named" and " " not in k[1] and k[1] in full)}


def _distinct_sources(
    atts: list[Attribution],
) -> tuple[dict[str, set[tuple[str, str]]], dict[str, set[tuple[str, str]]]]:
    """Distinct cited ``(class, key)`` sources by class and by kind: :func:`_distinct` in one pass."""
    by_class: dict[str, set[tuple[str, str]]] = {}
    by_kind: dict[str, set[tuple[str, str]]] = {}
    for a in atts:
        if not a.cited:
            continue
        for src in a.sources:
            if src.source_class == "vague" or (not src.key and src.source_class != "named"):
                continue
            k = _entity_key(src)
            by_class.setdefault(src.source_class, set()).add(k)
            by_kind.setdefault(src.source_kind, set()).add(k)
    if "named" in by_class:
        by_class = {c: _without_bare_surnames(v) for c, v in by_class.items()}
        by_kind = {c: _without_bare_surnames(v) for c, v in by_kind.items()}
    return by_class, by_kind


def compute(doc: Doc, *, evidence: bool = False) -> FamilyResult:
    """Compute the sourcing family for one parsed article (see module docstring)."""
    a = analyse(doc)
    n_words = doc.n_words
    atts = a.attributions
    n_att = len(atts)
    by_class, by_kind = _distinct_sources(atts)
    sentences = {x.sentence for x in atts} | {x.sentence for x in a.floating}
    quote_words = sum(q.n_words for q in a.direct_quotes)
    values = {
        "attributions": float(n_att),
        "attributions_per_100_words": 100.0 * n_att / n_words if n_words else NAN,
        "attributed_sentence_share": len(sentences) / doc.n_sentences if doc.n_sentences else NAN,
        "named_sources": float(len(by_class.get("named", ()))),
        "unnamed_sources": float(len(by_class.get("unnamed", ()))),
        "vague_attributions": float(sum(1 for x in atts if x.source.source_class == "vague")),
        "document_sources": float(len(by_class.get("document", ()))),
        "direct_quotes": float(len(a.direct_quotes)),
        "direct_quote_word_share": min(1.0, quote_words / n_words) if n_words else NAN,
    }
    for kind in KIND_PRIORITY:
        values[f"{kind}_sources"] = float(len(by_kind.get(kind, ())))
    return FamilyResult(values, _evidence(doc, a) if evidence else [])


def _source_metric(src: Source, cited: bool = True) -> str:
    if not cited:
        return "attributions"
    if src.source_class in ("named", "unnamed", "document"):
        return f"{src.source_class}_sources"
    if src.source_class == "vague":
        return "vague_attributions"
    return f"{src.source_kind}_sources" if src.source_kind in KIND_PRIORITY else ""


def _evidence(doc: Doc, a: SourcingAnalysis) -> list[Evidence]:
    body = doc.body
    ev: list[Evidence] = []
    for x in a.attributions:
        ev.append(
            Evidence(
                FAMILY_NAME, "cue", x.start, x.end, body[x.start : x.end], "body", x.label, "attributions"
            )
        )
        if x.label.startswith("hedge:"):
            ev.append(
                Evidence(
                    FAMILY_NAME,
                    "hedge",
                    x.start,
                    x.end,
                    body[x.start : x.end],
                    "body",
                    x.label[6:],
                    "vague_attributions",
                )
            )
        for src in x.sources:
            if src.start < 0 or src.end <= src.start:
                continue
            ev.append(
                Evidence(
                    FAMILY_NAME,
                    "source",
                    src.start,
                    src.end,
                    body[src.start : src.end],
                    "body",
                    f"{src.source_class}/{src.source_kind}",
                    _source_metric(src, x.cited),
                )
            )
            if src.resolved_to and src.resolved_start >= 0:
                ev.append(
                    Evidence(
                        FAMILY_NAME,
                        "resolved_to",
                        src.resolved_start,
                        src.resolved_end,
                        body[src.resolved_start : src.resolved_end],
                        "body",
                        f"{src.text} -> {src.resolved_to}",
                        _source_metric(src, x.cited),
                    )
                )
    floating = {(f.start, f.end) for f in a.floating}
    attributed = {x.sentence for x in a.attributions}
    starts = [s for s, _ in doc.sentences]
    for q in a.direct_quotes:
        if (q.start, q.end) in floating:
            label = "floating"
        elif _sentence_of(starts, q.start) in attributed:
            label = "attributed"
        else:
            label = "unattributed"
        ev.append(
            Evidence(
                FAMILY_NAME,
                "direct_quote",
                q.start,
                q.end,
                body[q.start : q.end],
                "body",
                label,
                "direct_quotes",
            )
        )
    ev.sort(key=lambda e: (e.start, e.end))
    return ev


SOURCE_TABLE_COLUMNS = (
    "source",
    "resolved_to",
    "source_class",
    "source_kind",
    "cue",
    "quote",
    "sentence",
    "start",
    "end",
    "cue_start",
    "cue_end",
    "label",
    "cue_type",
    "cited",
    "key",
    "sentence_text",
)


def source_table(doc: Doc) -> pd.DataFrame:
    """Per-article source table: one row per attribution (floating quotes included).

    Columns: ``source`` (the source's text as written, "" when there is
    none), ``resolved_to`` (the entity a pronoun, relative pronoun, surname
    or description stands for: "Jane Roe" for "she"; "" when the mention is
    the entity itself or nothing was found), ``source_class`` (named, organisation, role, unnamed, vague, document,
    other), ``source_kind`` (official, legal, expert, citizen, organisation,
    media, unknown), ``cue`` (cue text), ``quote`` (direct or indirect),
    ``sentence`` (0-based sentence index), ``start`` / ``end`` (offsets of the
    source in the body, or of the cue when there is no source span), plus
    ``cue_start``, ``cue_end``, ``label`` (detector label; "floating" for
    floating quotes), ``cue_type`` (speech, according_to, evidence, colon,
    medium, hedge, belief, intention, stance, nominal), ``cited`` (True when
    the row is a cited source: see the module docstring), ``key`` (merge
    key: surname for named people) and ``sentence_text``.

    Args:
        doc: A parsed article.

    Returns:
        The table, in text order (empty, with these columns, when no attribution is found).
    """
    import pandas as pd

    a = analyse(doc)
    rows: list[dict[str, Any]] = []
    # a floating quotation that resumes the direct quotation of the sentence before, in its paragraph
    # ('"We are sorry," he said. "Customers should stop."') is that quotation, no row of its own
    direct = {x.sentence for x in a.attributions if x.quote == "direct"} if a.floating else set()
    for x in sorted([*a.attributions, *a.floating], key=lambda x: x.start):
        if (
            x.floating
            and x.sentence - 1 in direct
            and "\n" not in doc.body[doc.sentences[x.sentence - 1][1] : x.start]
        ):
            direct.add(x.sentence)
            continue
        for src in x.sources:  # one row per person of a coordinated named source ("Jane Roe and Tom Hale said")
            has_span = src.start >= 0 and src.end > src.start
            rows.append(
                {
                    "source": src.text,
                    "resolved_to": src.resolved_to,
                    "source_class": src.source_class,
                    "source_kind": src.source_kind,
                    "cue": x.cue,
                    "quote": x.quote,
                    "sentence": x.sentence,
                    "start": src.start if has_span else x.start,
                    "end": src.end if has_span else x.end,
                    "cue_start": x.start,
                    "cue_end": x.end,
                    "label": "floating" if x.floating else x.label,
                    "cue_type": x.cue_type,
                    "cited": x.cited,
                    "key": src.key,
                    "sentence_text": doc.sentence_text(x.sentence) if doc.sentences else "",
                }
            )
    return pd.DataFrame(rows, columns=list(SOURCE_TABLE_COLUMNS))


FAMILY = register(
    Family(
        name=FAMILY_NAME,
        version=VERSION,
        description="Attributions (who is cited, how, how vaguely), sources by class and kind resolved to entities, direct quotes.",
        columns=_COLUMNS,
        compute=compute,
        reference=_REF,
        summary=(
            "attributions_per_100_words",
            "named_sources",
            "vague_attributions",
            "direct_quotes",
            "unnamed_sources",
        ),
    )
)

__all__ = [
    "FAMILY",
    "SOURCE_TABLE_COLUMNS",
    "VERSION",
    "SourcingAnalysis",
    "analyse",
    "compute",
    "source_table",
]
