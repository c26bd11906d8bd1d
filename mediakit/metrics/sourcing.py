"""Sourcing family: who is cited, how, and how vaguely (rule-based, no model).

An *attribution* is source + cue + content (PARC 3.0, Pareti 2016; PolNeAR,
Newell, Margolin & Ruths 2018). This family finds the **cues** with a few
compiled regular expressions over the body, then reads the **source** around
each cue and classifies it; quotation marks come from
:attr:`mediakit.text.parse.Doc.quotes` (:mod:`mediakit.text.quotes`).

Cues (each is one attribution, ``label`` in evidence):

* ``speech``: a speech verb in any inflection ("said", "says", "told",
  "tweeted", "argued", ...), whatever the word order ("X said", "said X",
  "X told Y", "X, who ..., said").
* ``belief``: belief, intention and evidence verbs ("believes", "wants",
  "plans", "a report shows", "found"): PolNeAR annotates beliefs and
  intentions as attributions too.
* ``according_to``: "according to X".
* ``colon``: a colon introducing a quotation (``X: "..."``) with no other cue
  before it in the clause, and transcript turns (``WALLACE: ...``).
* ``nominal``: a communication or stance noun with its complement ("his
  proposal for", "attacks on", "criticism of", "support for"), as PolNeAR
  annotates them.
* ``medium``: "in a statement / an interview / a poll" in a sentence with no
  other cue.
* ``hedge``: a vague attribution with no source: "it is believed",
  "reportedly", "allegedly", "alleged", "it's known", "some estimates",
  "sources say", "critics say", a bare plural role noun ("Lawyers have
  reported"), ...

Filters against the classic false alarms: a cue inside a direct quotation
(nested speech) is skipped; a cue word preceded by a determiner or possessive
("the report", "his statement", "a call") is a noun and skipped; the
noun-ambiguous forms in :data:`NOUNISH` ("support", "plans", "calls",
"report", "comments", ...) count only after a subject-like word (pronoun,
name, modal, "to", an adverb); "did not respond to requests for comment" and
"could not be reached for comment" are not attributions.

The lexicon (:data:`SPEECH_LEMMAS`, :data:`BELIEF_LEMMAS`) started from PARC /
Krestel et al. (2008) reporting verbs and was filtered on PolNeAR **train**
only: a lemma stays when the sentences its forms flag are mostly (>= 65%)
gold-attributed there. Every inflection of a kept lemma is matched.

Sources: the noun phrase that is the cue's subject (left of the cue, skipping
an appositive or relative clause between commas), the one after an inverted
cue (``"...," said Smith``), or the object of "according to". Pronouns are
resolved to the last named person. Classes: ``named`` (a person's name),
``organisation``, ``role`` (a title only: "a spokesman", "officials"),
``unnamed`` ("a person familiar with", "sources close to", "a senior
official"), ``vague`` (hedges, "some say", bare plural role nouns),
``document`` ("a report", "a poll", "the data"), ``other`` (a head that is
neither a person nor a document: "The latest case"). A clause-initial
adverbial ("Since X", "During X") is not part of the subject. Kinds: ``official``,
``legal``, ``expert``, ``citizen``, ``organisation``, ``media``,
``unknown``, from role words in the source or around a named person. Named
people are merged by surname (a full name, then the surname alone).

Two notions, kept apart. **Attribution density** follows PolNeAR's definition,
which counts beliefs and intentions: every cue above is one attribution in
``attributions``, ``attributions_per_100_words`` and
``attributed_sentence_share``. **Cited sources** are what a journalism
analyst calls a source: each attribution gets a ``cue_type`` (speech,
according_to, evidence, colon, medium, hedge, belief, intention, stance,
nominal; a speech verb in an infinitive, "went to court to demand", is an
intention) and ``cited`` is True for speech, according_to, evidence, colon,
medium and hedge cues unless the source's head is neither a person nor a
document ("The latest case highlights"), and for any cue whose source is a
document. Beliefs, intentions and stances of the article's own subjects
("guards demand", "the court will consider", "Russia believed") are not
cited. The distinct-source columns (``named_sources``, ``unnamed_sources``,
``document_sources``, ``*_sources`` kinds) count cited rows only. Source
class ``role`` needs a person, role or group head noun ("a spokesman",
"lawyers", "hundreds of guards"); other heads are ``other``.

Density (the ``attributions_per_100_words`` column) is::

    attributions_per_100_words = 100 * attributions / words

and ``attributed_sentence_share`` = (sentences with a cue + floating quote
sentences) / sentences, where a *floating quote* is a sentence that is mostly
a direct quotation, has no cue, and follows an attributed sentence (it
inherits that sentence's source; GenderGapTracker's rule, Asr et al. 2021).
On PolNeAR the sentence share is biased low (rule-based recall), so use it to
rank and compare articles, not as an absolute rate; see ``docs/sourcing.md``.

References: Pareti (2016), PARC 3.0, LREC; Newell, Margolin & Ruths (2018),
An attribution relations corpus for political news (PolNeAR), LREC; Krestel,
Bergler & Witte (2008), Minding the source, LREC; Asr et al. (2021), The
Gender Gap Tracker, PLOS ONE; Pew Research Center / PEJ, State of the News
Media 2005 (sourcing transparency).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from mediakit.memo import Memo, memo
from mediakit.metrics.registry import Column, Evidence, Family, FamilyResult, register
from mediakit.text.parse import Doc
from mediakit.text.quotes import Quote

if TYPE_CHECKING:
    import pandas as pd

VERSION = "1.1.0"
NAN = float("nan")
FAMILY_NAME = "sourcing"

# ---------------------------------------------------------------------------
# Lexicon
# ---------------------------------------------------------------------------

#: Speech (communication) verbs, matched in every inflection.
SPEECH_LEMMAS = tuple(
    """say tell ask add write report announce note suggest describe argue tweet accuse
    criticize criticise decline explain declare acknowledge conclude urge warn state reveal
    claim post express issue vow recall insist confirm mention cite indicate question praise
    deny promise blast predict reject dismiss blame complain discuss allege joke thank slam
    mock remark assert highlight emphasize emphasise applaud assail concede plead lament
    boast remind stress reiterate respond reply comment testify threaten counter retort quip
    condemn denounce decry echo tout disclose answer demand request recommend call
    continue speak talk point order admit pledge wonder contend retweet bemoan shout yell
    scream whisper exclaim assure reassure caution inform chant muse grumble identify
    remember repeat""".split()
)
#: Belief, intention, evidence and stance verbs (PolNeAR counts them as attributions).
BELIEF_LEMMAS = tuple(
    """believe think know find show expect hope want plan seem appear fear worry consider
    regard view see decide intend aim prefer estimate learn seek support oppose endorse back
    favor favour agree attack challenge defend offer propose refuse advocate recognize
    recognise welcome embrace accept list portray deem signal push read project release
    expose charge convince persuade""".split()
)
#: Cue type of each lemma (the ``cue_type`` column): ``speech`` unless listed here.
#: Beliefs, intentions and stances are attributions in PolNeAR's sense (they count in
#: ``attributions``) but not *cited sources*; evidence verbs cite a document or data.
CUE_TYPES_BY_LEMMA: dict[str, str] = {
    **dict.fromkeys(
        "believe think know seem appear fear worry consider regard view see expect deem learn recognize "
        "recognise convince persuade estimate wonder remember".split(),
        "belief",
    ),
    **dict.fromkeys("hope want plan intend aim seek prefer decide".split(), "intention"),
    **dict.fromkeys(
        "support oppose endorse back favor favour agree attack challenge defend offer propose refuse "
        "advocate welcome embrace accept reject portray push charge".split(),
        "stance",
    ),
    **dict.fromkeys(
        "find show indicate reveal highlight list project release expose read".split(), "evidence"
    ),
}
#: Cue types an analyst calls a citation (``cited`` is True; see :func:`_cited`).
CITED_CUE_TYPES = frozenset({"speech", "according_to", "evidence", "colon", "medium", "hedge"})
CUE_TYPES = (
    "speech",
    "according_to",
    "evidence",
    "colon",
    "medium",
    "hedge",
    "belief",
    "intention",
    "stance",
    "nominal",
)
#: Forms never matched: too ambiguous in news text even with the noun filter.
EXCLUDED_FORMS = frozenset(
    """states stating state orders order reading backs identifying remembering repeating
    repeat
    posting projects project projected lists listing issues issuing charges releases
    releasing request requests answers seeing seen find finding showing thinking knowing
    speak speaks speaking thanks thank tweet tweets decline declines
    issue stress stresses decide ask plan back attacks
    attack embraced embrace offering continuing push written challenge charged charge
    defend add welcome estimated estimate question aims aim note""".split()
)
#: Noun-ambiguous forms: a cue only after a subject-like word (see module docstring).
NOUNISH = frozenset(
    """support supports comment comments report reports attack attacks plan plans call calls
    question questions view views claim claims offer offers promise promises demand demands
    fear fears hope hopes estimate estimates release issue list push challenge challenges
    counter echo echoes signal signals post posts tweet tweets defend answer back favor
    favour order praise blame warning charge charged release released word words remarks
    remark""".split()
)

_IRREGULAR = {
    "say": "says said saying",
    "tell": "tells told telling",
    "write": "writes wrote written writing",
    "think": "thinks thought thinking",
    "see": "sees saw seen seeing",
    "know": "knows knew known knowing",
    "find": "finds found finding",
    "seek": "seeks sought seeking",
    "speak": "speaks spoke spoken speaking",
    "read": "reads read reading",
    "show": "shows showed shown showing",
    "admit": "admits admitted admitting",
    "plan": "plans planned planning",
    "slam": "slams slammed slamming",
    "deny": "denies denied denying",
    "reply": "replies replied replying",
    "worry": "worries worried worrying",
    "decry": "decries decried decrying",
    "prefer": "prefers preferred preferring",
    "signal": "signals signaled signalled signaling signalling",
    "quip": "quips quipped quipping",
    "vow": "vows vowed vowing",
    "testify": "testifies testified testifying",
    "echo": "echoes echoed echoing",
    "commit": "commits committed committing",
}


def inflections(lemma: str) -> list[str]:
    """Return ``lemma`` and its regular (or listed irregular) inflections."""
    if lemma in _IRREGULAR:
        return [lemma, *_IRREGULAR[lemma].split()]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


def _forms(lemmas: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for lemma in lemmas:
        for f in inflections(lemma):
            if f not in EXCLUDED_FORMS:
                out.setdefault(f, lemma)
    return out


SPEECH_FORMS: dict[str, str] = _forms(SPEECH_LEMMAS)
BELIEF_FORMS: dict[str, str] = {f: lem for f, lem in _forms(BELIEF_LEMMAS).items() if f not in SPEECH_FORMS}

#: Words after which a cue form is a noun ("the report", "his call").
DETERMINERS = frozenset(
    """a an the his her its their this that these those our my your of no any every each
    another whose such new latest recent joint written formal""".split()
)
#: Past forms of speech verbs that are never nouns: no determiner filter ("Yet another said").
UNAMBIGUOUS_FORMS = frozenset(
    """said says told tells wrote writes added asked argued noted explained insisted declared
    warned tweeted replied recalled acknowledged""".split()
)
#: Belief verbs that count only right after a subject ("I think", "voters want", "they see").
SUBJECT_ONLY = frozenset("think want see know hope feel believe seem appear mean guess".split())
SUBJECT_WORDS = frozenset(
    """i we you they he she who people voters many some most others americans democrats
    republicans also still really truly genuinely don't didn't doesn't not n't do does did
    strongly firmly clearly""".split()
)
#: Words after which a noun-ambiguous form is a verb ("he plans", "will call").
VERB_CONTEXT = frozenset(
    """he she they i we you it who which that also will would can could may might should must
    shall to not n't never often still now then later repeatedly publicly privately already
    just only reportedly allegedly""".split()
)

#: Role nouns that make a bare plural subject a vague source ("Lawyers have reported").
ROLE_WORDS: dict[str, str] = {}
for _kind, _words in {
    "official": """official officials spokesman spokeswoman spokesperson spokespeople minister
        ministers president presidents governor governors senator senators mayor mayors police
        officer officers government administration ministry department agency kremlin
        commander commanders general generals military army authorities authority lawmaker
        lawmakers legislator legislators congressman congresswoman secretary ambassador
        diplomat diplomats aide aides adviser advisers advisor advisors staffer staffers
        diplomats prime chancellor premier cabinet guards guard troops soldiers servicemen
        candidate candidates campaign democrats republicans politicians politician""",
    "legal": """lawyer lawyers attorney attorneys prosecutor prosecutors judge judges court
        courts counsel barrister barristers solicitor solicitors prosecution defence defense
        lawsuit filing indictment""",
    "expert": """expert experts professor professors analyst analysts economist economists
        researcher researchers scientist scientists academic academics doctor doctors
        historian historians strategist strategists pollster pollsters scholar scholars
        university institute specialist specialists consultant consultants observers""",
    "citizen": """resident residents witness witnesses voter voters neighbour neighbours
        neighbor neighbors mother father parent parents student students worker workers
        customer customers fan fans locals passerby victim victims survivor survivors
        protester protesters protestors supporter supporters citizen citizens villager
        villagers people man woman families family shopper shoppers""",
    "media": """newspaper newspapers reporter reporters journalist journalists editor editors
        correspondent correspondents magazine outlet outlets broadcaster network channel
        paper times post journal tribune telegraph guardian cnn bbc reuters ap afp bloomberg
        msnbc nbc abc cbs fox politico breitbart""",
    "organisation": """company companies firm firms group groups organization organisation
        organizations organisations charity charities union unions party parties
        association council committee commission foundation corporation bank banks""",
}.items():
    for _w in _words.split():
        ROLE_WORDS.setdefault(_w, _kind)
KIND_PRIORITY = ("legal", "official", "expert", "media", "organisation", "citizen")
SOURCE_KINDS = (*KIND_PRIORITY, "unknown")
SOURCE_CLASSES = ("named", "organisation", "role", "unnamed", "vague", "document", "other")

DOCUMENT_WORDS = frozenset(
    """report reports study studies poll polls survey surveys statement statements filing
    filings document documents memo memos letter letters data figures analysis research
    records record email emails paper papers estimates numbers review audit complaint
    lawsuit indictment transcript transcripts footage video post tweet tweets article""".split()
)
ORG_SUFFIXES = frozenset(
    """Inc Corp Ltd LLC Co Party Ministry Department Agency Police Court Committee Commission
    Council University Institute Foundation Association Union Group Bank Service Office
    Administration Bureau Campaign Network News Times Post Journal Agency Board Senate House
    Congress Parliament Kremlin Pentagon Army Navy Government Center Centre District Region
    Province County City State Troops Guard Guards Forces Republic Kingdom Federation Street
    Square Church School College Club Hospital Airport Station North South East West
    Northern Southern Eastern Western Central""".split()
)
#: Capitalised words of news outlets' names ("The Daily Mail", "Fox News"): organisations of kind media.
MEDIA_NAMES = frozenset(
    """Mail Times Post Star Sun Guardian Telegraph Journal Tribune Herald Express Mirror Independent
    News Daily Weekly Gazette Chronicle Observer Standard Reuters Bloomberg Associated Press CNN BBC
    NBC ABC CBS MSNBC Fox Politico Breitbart AP AFP Axios Vox Newsweek Economist Atlantic""".split()
)
_PRONOUNS = frozenset("he she they i we it you him her them".split())
_NAME_STOP = frozenset(
    """The A An This That These Those It He She They We I You His Her Their Our In On At For
    But And Or So If When While After Before As Since Although Though Yet Then Now Still
    Also However Meanwhile Mr Mrs Ms Dr Sen Rep Gov Gen President""".split()
)
_TITLES = frozenset("Mr Mrs Ms Mx Dr Prof Sen Rep Gov Gen Lt-Gen Maj-Gen Col Capt Sgt Rev".split())

# ---------------------------------------------------------------------------
# Regular expressions
# ---------------------------------------------------------------------------


def _trie(words: list[str]) -> str:
    """A regex alternation of ``words`` factored as a trie (fast to match, same language)."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


_HEDGE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("reportedly", r"reportedly"),
    ("allegedly", r"allegedly|purportedly|supposedly|alleged"),
    (
        "it_is_believed",
        r"it(?:\s+is|\s+was|\s+has\s+been|\s+had\s+been|['’]s)\s+(?:widely\s+|generally\s+|now\s+|also\s+|well\s+)?"
        r"(?:believed|understood|thought|reported|said|known|hoped|expected|feared|claimed|alleged"
        r"|estimated|rumou?red|suggested|assumed)",
    ),
    (
        "said_to",
        r"(?:is|are|was|were)\s+(?:widely\s+)?(?:said|believed|thought|reported|alleged|understood|rumou?red)\s+to",
    ),
    (
        "some_estimates",
        r"(?:some|other|many|most|several)\s+(?:estimates|reports|accounts|observers|analysts)",
    ),
    (
        "some_say",
        r"(?:some|many|others|critics|experts|observers|analysts|rumou?rs)"
        r"\s+(?:have\s+)?(?:say|said|believe|believed|claim|claimed|suggest|suggested|argue|argued|think|fear)",
    ),
)
#: A bare plural role noun as the subject of a cue: "Lawyers have reported".
_BARE_PLURAL = re.compile(r"(?:^|[.;:!?]\s+|\n)\s*([A-Z][a-z]+s)\s+(?:have\s+|had\s+|also\s+)?$")
_NON_ATTRIBUTION = re.compile(
    r"(?:respond|responded|responding|reply|replied|answer|answered|returned)\s+(?:immediately\s+)?to\s+"
    r"(?:\w+\s+){0,3}?(?:requests?|messages?|calls?|e-?mails?|inquir(?:y|ies))\s+(?:\w+\s+){0,3}?"
    r"(?:comment|for\s+comment)",
    re.IGNORECASE,
)
#: Forms that are cues only when the next word is one of these ("points out", "continued:").
NEXT_REQUIRED: dict[str, frozenset[str]] = {
    "point": frozenset({"out"}),
    "points": frozenset({"out"}),
    "pointing": frozenset({"out", "to"}),
    "adding": frozenset({"that", ",", ":", '"', "“"}),
    "pointed": frozenset({"out", "to"}),
    "talk": frozenset({"about"}),
    "talks": frozenset({"about"}),
    "talked": frozenset({"about", "to", "with"}),
    "talking": frozenset({"about"}),
    "read": frozenset({":", '"', "“", ",", "in"}),
    "reads": frozenset({":", '"', "“", ",", "in"}),
}
#: Forms that are cues only after one of these words ("is known", "well known"), not as adjectives.
#: Forms that are nouns after one of these words ("talk show", "reality show").
PREV_BLOCKED: dict[str, frozenset[str]] = {
    "show": frozenset(
        "talk tv reality award awards game radio morning television comedy road trade cooking variety news".split()
    ),
    "shows": frozenset(
        "talk tv reality award game radio morning television comedy road trade cooking news".split()
    ),
}
PREV_REQUIRED: dict[str, frozenset[str]] = {
    "known": frozenset("is was are were been be being well widely also not never long".split()),
}
#: Forms that are not cues when the next word is one of these ("continue to invest").
NEXT_BLOCKED: dict[str, frozenset[str]] = {
    "continue": frozenset({"to", "up", "on", "in"}),
    "continues": frozenset({"to", "up", "on", "in"}),
    "continued": frozenset({"to", "up", "on", "in"}),
    "added": frozenset({"to", "up"}),
    "posted": frozenset({"up", "to", "at", "outside", "near", "in", "bail"}),
    "called": frozenset({"off", "up"}),
    "pledged": frozenset({"delegates", "delegate", "superdelegates"}),
    "found": frozenset(
        {
            "itself",
            "himself",
            "herself",
            "themselves",
            "myself",
            "ourselves",
            "a",
            "an",
            "slain",
            "dead",
            "guilty",
        }
    ),
    "know": frozenset({",", "?"}),
    "say": frozenset({","}),
    "show": frozenset({"host", "hosts", ",", "."}),
}
#: Multi-word cues (stance and intention phrases PolNeAR annotates), checked like verb cues.
_PHRASE_RE = re.compile(
    r"(?<![\w'’-])(?:support\s+(?:for|of)|criticism\s+of|made\s+(?:it\s+)?clear|puts?\s+it"
    r"|questions?\s+(?:about|whether|over)|(?:plans?|planned|planning)\s+to|(?:hopes?|hoped)\s+(?:that|to)"
    r"|criticism|opposition\s+to|call(?:s|ed|ing)?\s+for|endorsement\s+of|accusations?\s+(?:of|that)"
    r"|argument\s+that|warning\s+that|(?:took|take|takes|taking)\s+aim\s+at|made\s+(?:the|a|his|her|their)\s+case"
    r"|(?:attacks|proposals?|call|claim|remarks|suggestion|doubts|rhetoric|complaints?|assertion|refusal|praise"
    r"|assessment|desire|rejection|warnings?|belief|insistence|pledge|prediction)\s+(?:of|for|on|about|to|that|against|over))"
    r"(?![\w'’-])"
)  # on the lower-cased body
#: One pass over the lower-cased body (same offsets): hedges first, then phrases, then
#: single-word cues as a trie alternation (fast), not 400 alternatives.
_SCAN_RE = re.compile(
    r"(?<![\w'’-])(?:"
    + "|".join(f"(?P<{k}>{p})" for k, p in _HEDGE_PATTERNS)
    + r"|(?P<phrase>"
    + _PHRASE_RE.pattern[len(r"(?<![\w'’-])(?:") : -len(r")(?![\w'’-])")]
    + r")|(?P<cue>according\s+to|"
    + _trie(sorted({*SPEECH_FORMS, *BELIEF_FORMS}))
    + r"))(?![\w'’-])"
)
#: Every word a :data:`_SCAN_RE` match can start with (hedges, phrases, cue forms).
_SCAN_FIRST_WORDS = sorted(
    {
        *SPEECH_FORMS,
        *BELIEF_FORMS,
        *"""according reportedly allegedly purportedly supposedly alleged it is are was were some other
        many most several others critics experts observers analysts rumors rumours support criticism
        made put puts question questions plans plan planned planning hopes hope hoped opposition call
        calls called calling endorsement accusation accusations argument warning took take takes taking
        attacks proposal proposals claim remarks suggestion doubts rhetoric complaint complaints
        assertion refusal praise assessment desire rejection warnings belief insistence pledge
        prediction""".split(),
    }
)
#: Candidate starts for :data:`_SCAN_RE` (a superset: word starts with a possible first word).
_SCAN_CANDIDATE = re.compile(r"\b(?:" + _trie(_SCAN_FIRST_WORDS) + ")")


def _scan(low: str) -> list[re.Match[str]]:
    """``list(_SCAN_RE.finditer(low))``, faster: :data:`_SCAN_RE` is tried only at candidate starts.

    Every match of :data:`_SCAN_RE` starts at a word start with one of
    :data:`_SCAN_FIRST_WORDS`, so trying it at those positions, left to right
    and skipping positions inside the previous match, gives the same matches
    as ``finditer``.
    """
    out: list[re.Match[str]] = []
    last = 0
    match = _SCAN_RE.match
    for c in _SCAN_CANDIDATE.finditer(low):
        p = c.start()
        if p < last:
            continue
        m = match(low, p)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


_NOMINAL_CUES = frozenset(
    """attacks proposal proposals call claim remarks suggestion doubts rhetoric complaint complaints
    assertion refusal praise assessment desire rejection warning warnings belief insistence pledge
    prediction criticism opposition endorsement accusation accusations argument support""".split()
)
_NEXT_TOKEN = re.compile(r"\s*([\w'’-]+|[^\w\s])")
#: :data:`_NON_ATTRIBUTION` for the lower-cased body (same offsets, no IGNORECASE: a fast literal prefix).
_NON_ATTRIBUTION_LOW = re.compile(_NON_ATTRIBUTION.pattern)
_NOT_REACHED = re.compile(r"reached\s+for\s+comment|request(?:s|ed)?\s+for\s+comment", re.IGNORECASE)
_COLON_QUOTE = re.compile(r":\s*(?=[\"“«„])")
_TRANSCRIPT = re.compile(
    r"(?m)^[ \t]*([A-Z](?:[A-Z.'’ -]{0,30}[A-Z.])?|(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)[ \t]*:(?=[ \t]+\S)"
)
#: Paragraph-initial labels that are not speakers ("Q:", "UPDATE:", "Related:").
_NOT_SPEAKERS = frozenset(
    {
        *"""Q A EMAIL E-MAIL BYLINE CORRECTION CORRECTIONS UPDATE UPDATED PREVIOUSLY RELATED READ
        WATCH SOURCE SOURCES PHOTO PHOTOS VIDEO CLICK NOTE WARNING SPOILER SPOILERS DATE TIME
        WHERE WHEN WHAT WHO WHY HOW TAGS PS P.S.""".split(),
        "EDITOR'S NOTE",
        "EDITOR’S NOTE",
        "SEE ALSO",
        "LIKE THE PAGE",
        "FILED UNDER",
        "READ MORE",
    }
)
#: "in a poll / an interview / a statement": the medium as the cue when the sentence has no verb cue.
_IN_MEDIUM = re.compile(
    r"(?<![\w'’-])(?:in|In)\s+(?:a|an|his|her|its|their|[A-Z][\w.’'-]*)\s+(?:[\w’'.-]+\s+){0,5}?"
    r"(?:poll|survey|interview|statement|op-ed|press\s+release|news\s+conference|conference\s+call)(?![\w'’-])"
)
#: The same without the leading look-behind: a literal prefix the regex engine searches fast;
#: the word boundary is checked in :func:`_finditer_after_boundary` (same matches).
_IN_MEDIUM_BODY = re.compile(_IN_MEDIUM.pattern[len(r"(?<![\w'’-])") :])
_BOUNDARY_CHAR = re.compile(r"[\w'’-]")


def _finditer_after_boundary(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` restricted to matches not preceded by a word character.

    Equivalent to prefixing the pattern with the look-behind ``(?<![word chars ' ’ -])``: a match at a
    rejected position resumes the search one character later, as the
    look-behind would.
    """
    pos = 0
    n = len(text)
    while pos <= n:
        m = pattern.search(text, pos)
        if m is None:
            return
        s = m.start()
        if s and _BOUNDARY_CHAR.match(text, s - 1):
            pos = s + 1
            continue
        yield m
        pos = m.end() if m.end() > s else s + 1


_PREV_WORD = re.compile(r"([\w'’-]+)[\s,]*$")
_NAME = re.compile(
    r"(?<![\w'’.-])(?:(?:[A-Z][\w'’-]*\.?|de|van|von|al|bin|la|le|del|da)[ \t]+)*[A-Z][\w'’-]*\w"
)
#: :data:`_NAME` with possessive quantifiers where backtracking cannot succeed (same matches; see
#: :data:`_FULL_NAME_FAST`).
_NAME_FAST = re.compile(
    r"(?<![\w'’.-])(?:(?:[A-Z][\w'’-]*+\.?+|de|van|von|al|bin|la|le|del|da)[ \t]++)*[A-Z][\w'’-]*\w"
)
_FULL_NAME = re.compile(r"[A-Z](?<![\w'’.-][A-Z])[\w'’-]*\.?(?:[ \t]+[A-Z][\w'’-]*\.?)*[ \t]+[A-Z][\w'’-]*\w")
#: :data:`_FULL_NAME` with possessive quantifiers where backtracking can never succeed (same
#: matches, less backtracking): inside a name token ``[\w'’-]*`` is only ever followed by ``.``,
#: a blank or ``[A-Z]`` after a blank, none of which it can give back; the last token keeps its
#: backtracking (it must end on ``\w``), and so does the repetition of tokens.
_FULL_NAME_FAST = re.compile(
    r"[A-Z](?<![\w'’.-][A-Z])[\w'’-]*+\.?+(?:[ \t]++[A-Z][\w'’-]*+\.?+)*[ \t]++[A-Z][\w'’-]*\w"
)
_CAP_TOKEN = re.compile(r"[A-Z][\w'’.-]*")
_WORD = re.compile(r"[\w'’-]+")
_AUX = frozenset(
    """has have had is was were are be been also will would could can may might should must
    did does do not n't never later then previously repeatedly publicly privately recently
    earlier once again even only just first had already reportedly allegedly""".split()
)


# ---------------------------------------------------------------------------
# Analysis
# ---------------------------------------------------------------------------


class Source(NamedTuple):
    """A source span with its class and kind (``start == end == -1`` when absent)."""

    text: str
    start: int
    end: int
    source_class: str
    source_kind: str
    key: str


@dataclass
class Attribution:
    """One detected attribution (a cue, its sentence, its source, how it quotes)."""

    start: int
    end: int
    cue: str
    label: str
    sentence: int
    source: Source
    quote: str = "indirect"
    floating: bool = False
    cue_type: str = ""
    cited: bool = False


@dataclass
class SourcingAnalysis:
    """Everything the family reports for one article."""

    attributions: list[Attribution] = field(default_factory=list)
    floating: list[Attribution] = field(default_factory=list)
    direct_quotes: list[Quote] = field(default_factory=list)
    scare_quotes: list[Quote] = field(default_factory=list)


_NO_SOURCE = Source("", -1, -1, "vague", "unknown", "")
_NO_SOURCE_OTHER = _NO_SOURCE._replace(source_class="other")


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] < pos < spans[k][1]


def _prev_word(body: str, pos: int) -> str:
    """The word before ``pos`` (lower-cased), as ``_PREV_WORD.search(body, pos - 30, pos)`` finds it.

    A backward character scan instead of a regex search (a word character is ``isalnum()`` or "_").
    """
    lo = max(0, pos - 30)
    j = pos
    while j > lo and (body[j - 1].isspace() or body[j - 1] == ","):
        j -= 1
    i = j
    while i > lo and (body[i - 1].isalnum() or body[i - 1] in "_'’-"):
        i -= 1
    return body[i:j].lower().replace("’", "'") if i < j else ""


def _sentence_initial(body: str, pos: int) -> bool:
    before = body[max(0, pos - 4) : pos].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:;\n"


def _title_case(body: str, span: tuple[int, int]) -> bool:
    words = _WORD.findall(body, span[0], span[1])
    caps = sum(1 for w in words if w[0].isupper())
    return len(words) >= 4 and caps >= 0.7 * len(words)


def _subject_before(body: str, pos: int, prev: str) -> bool:
    """True when the word before ``pos`` can be the subject of a belief verb."""
    if prev in SUBJECT_WORDS:
        return True
    m = _PREV_WORD.search(body, max(0, pos - 30), pos)
    if not m or body[m.end(1) : pos].strip():
        return False
    w = m.group(1)
    if w[0].isupper():
        return not _sentence_initial(body, m.start(1)) or w.lower() not in _FUNCTION_WORDS
    return w.endswith("s") and not w.endswith("ss") and w.lower() not in _FUNCTION_WORDS


_FUNCTION_WORDS = frozenset(
    """this these those its his hers ours yours theirs is was has does as us always perhaps
    thus less unless across various this whereas""".split()
)


def _sentence_of(starts: list[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


#: Cue forms no word-specific filter of :func:`cue_spans` applies to (no next/previous-word rule,
#: never a noun after a determiner): their label follows from the form alone.
_PLAIN_FORMS = frozenset(
    f
    for f in {*SPEECH_FORMS, *BELIEF_FORMS}
    if f in UNAMBIGUOUS_FORMS
    and f not in NEXT_REQUIRED
    and f not in NEXT_BLOCKED
    and f not in PREV_BLOCKED
    and f not in PREV_REQUIRED
    and f not in SUBJECT_ONLY
    and f not in NOUNISH
    and f not in ("request", "requests", "comment", "comments")
)


def cue_spans(doc: Doc) -> list[Attribution]:
    """Detect attribution cues (no sources): the detector the evaluation scores.

    Args:
        doc: A parsed article.

    Returns:
        One :class:`Attribution` per cue, in text order, with the
        ``source`` left empty.
    """
    body = doc.body
    if not body:
        return []
    quotes = [(q.start, q.end) for q in doc.quotes if q.kind == "direct"]
    q_starts = [s for s, _ in quotes]
    s_starts = [s for s, _ in doc.sentences]
    out: list[Attribution] = []
    low = body.lower()
    if len(low) != len(body):  # a few Unicode capitals change length when lowered
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in body)
    blocked = [m.span() for m in _NON_ATTRIBUTION_LOW.finditer(low)] if "comment" in low else []
    sentences = doc.sentences
    bisect_right = bisect.bisect_right
    for m in _scan(low):
        s, e = m.span()
        group = m.lastgroup or ""
        if quotes and _inside(quotes, q_starts, s):
            continue
        k = bisect_right(s_starts, s) - 1  # the sentence holding the cue (:func:`_sentence_of`)
        if k < 0:
            k = 0
        if group not in ("phrase", "cue"):
            out.append(Attribution(s, e, body[s:e], "hedge:" + group, k, _NO_SOURCE))
            continue
        word = m.group()
        if blocked and any(a <= s < b for a, b in blocked):
            continue
        tok = body[s:e]
        if (
            tok[0].isupper()
            and ((tok.isupper() and len(tok) > 2) or not _sentence_initial(body, s))
            and not _title_case(body, sentences[k])
        ):
            continue  # "The Washington Post", an all-caps headline; Title Case headlines keep their cues
        if word in _PLAIN_FORMS:  # "said", "told", ...: none of the word-specific filters below applies
            label = "speech" if word in SPEECH_FORMS else "belief"
        else:
            prev = _prev_word(body, s)
            if word in NEXT_REQUIRED or word in NEXT_BLOCKED:
                nm = _NEXT_TOKEN.match(body, e)
                nxt = nm.group(1).lower() if nm else ""
                if word in NEXT_REQUIRED and nxt not in NEXT_REQUIRED[word]:
                    continue
                if word in NEXT_BLOCKED and nxt in NEXT_BLOCKED[word]:
                    continue
            if group == "phrase":
                if word.split()[0] in _NOMINAL_CUES:
                    label = "nominal"  # "his proposal for", "attacks on": the noun is the cue, determiners allowed
                elif prev in DETERMINERS:
                    continue
                else:
                    label = "belief"
            elif word.startswith("according"):
                label = "according_to"
            else:
                if prev in DETERMINERS and word not in UNAMBIGUOUS_FORMS:
                    continue
                if word in PREV_BLOCKED and prev in PREV_BLOCKED[word]:
                    continue
                if word in PREV_REQUIRED and prev not in PREV_REQUIRED[word]:
                    continue
                if word in SUBJECT_ONLY and not _subject_before(body, s, prev):
                    continue
                if word in NOUNISH and prev not in VERB_CONTEXT:
                    before = body[max(0, s - 30) : s].rstrip()
                    toks = before.split()
                    last = toks[-1] if toks else ""
                    if not (
                        last[:1].isupper() and len(toks) > 1 and not before.endswith((".", '"', "”"))
                    ) and not prev.endswith("ly"):
                        continue
                if word in ("request", "requests", "comment", "comments") and _NOT_REACHED.search(
                    body, max(0, s - 20), e + 15
                ):
                    continue
                label = "speech" if word in SPEECH_FORMS else "belief"
        # _BARE_PLURAL ends "[A-Z][a-z]+s\s+(?:have\s+|had\s+|also\s+)?$": search only when the
        # text before the cue ends so (same \s as str.isspace / str.rstrip)
        if s and body[s - 1].isspace():
            before = body[max(0, s - 40) : s].rstrip()
            if before.endswith(("s", "have", "had", "also")):
                bare = _BARE_PLURAL.search(body, max(0, s - 40), s)
                if bare and bare.group(1).lower() in ROLE_WORDS:
                    label = "hedge:bare_plural"
        out.append(Attribution(s, e, tok, label, k, _NO_SOURCE))
    cued = {a.sentence for a in out}
    for m in _COLON_QUOTE.finditer(body):
        s = m.start()
        if not s or not (body[s - 1].isalnum() or body[s - 1] in ")’'_"):
            continue
        k = _sentence_of(s_starts, s)
        clause_start = max(doc.sentences[k][0] if doc.sentences else 0, body.rfind(",", 0, s) + 1)
        if any(a.sentence == k and clause_start <= a.start < s for a in out) or _inside(quotes, q_starts, s):
            continue
        out.append(Attribution(s, s + 1, ":", "colon", k, _NO_SOURCE))
        cued.add(k)
    has_medium = any(
        w in low for w in ("poll", "survey", "interview", "statement", "op-ed", "release", "conference")
    )
    for m in _finditer_after_boundary(_IN_MEDIUM_BODY, body) if has_medium else ():
        s = m.start()
        k = _sentence_of(s_starts, s)
        if k in cued or _inside(quotes, q_starts, s):
            continue
        out.append(Attribution(s, s + 2, body[s : s + 2], "medium", k, _NO_SOURCE))
        cued.add(k)
    # _TRANSCRIPT needs ":" then a blank or a tab
    for m in _TRANSCRIPT.finditer(body) if ": " in body or ":\t" in body else ():
        s, e = m.span(1)
        if m.group(1).upper() in _NOT_SPEAKERS:
            continue
        k = _sentence_of(s_starts, s)
        if k in cued:
            continue
        out.append(Attribution(s, e + 1, body[s : e + 1], "colon", k, _NO_SOURCE))
    out.sort(key=lambda a: a.start)
    return out


# ---------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------

_UNNAMED_RE = re.compile(
    r"\b(?:sources?\s+(?:close\s+to|familiar\s+with|with\s+knowledge)|(?:person|people|someone|one)\s+"
    r"(?:familiar\s+with|briefed\s+on|close\s+to|with\s+knowledge)|insiders?|sources?$|(?:a|an|one|two|three|four|several|"
    r"some|senior|top|other|another|many|unnamed|anonymous)\s+(?:[\w-]+\s+){0,3}?(?:officials?|aides?|advis[eo]rs?|"
    r"staffers?|sources?|diplomats?|executives?|insiders?|members?|strategists?|operatives?|donors?|people))\b",
    re.IGNORECASE,
)
#: Every :data:`_UNNAMED_RE` match contains one of these (lower-cased): a cheap pre-filter.
_UNNAMED_HINT = re.compile(
    "source|official|people|aide|advis|insider|member|familiar|briefed|close|knowledge|staffer|diplomat"
    "|executive|strategist|operative|donor"
)


def _unnamed(np: str) -> bool:
    """True when ``np`` reads as an anonymous source (:data:`_UNNAMED_RE`)."""
    return _UNNAMED_HINT.search(np.lower()) is not None and _UNNAMED_RE.search(np) is not None


_COUNTRIES = frozenset(
    """Russia Ukraine China America Britain England France Germany India Israel Iran Japan Canada
    Australia Europe Mexico Spain Italy Syria Iraq Afghanistan Pakistan Korea Turkey Poland Brazil
    Moscow Kyiv Kiev Beijing Washington London Paris Berlin Kremlin Pentagon Congress Parliament
    Downing Whitehall Tehran Ankara Brussels NATO EU UN Nato Russian Ukrainian American British
    English Chinese French German Indian Israeli Iranian Japanese Canadian Australian European
    Mexican Spanish Italian Syrian Iraqi Afghan Pakistani Korean Turkish Polish Brazilian
    Democratic Republican Democrat Republicans Democrats GOP""".split()
)
_RIGHT_STOP = re.compile(
    r"[,;:!?()\"“”]|\.(?:\s|$)|\s(?:who|which|that|as|and\s+(?:said|added))\s", re.IGNORECASE
)
_POSSESSIVE = re.compile(r"['’]s$")


_SUBJECT_END = frozenset(
    """are is was were has have had will would can could may might should must shall to did does
    do who which that am 's ’s""".split()
)


def _subject_prefix(np: str) -> str:
    """Words before the first auxiliary ("guards are heading to court to demand" -> "guards")."""
    words = np.split()
    for i, w in enumerate(words):
        if i and w.lower() in _SUBJECT_END:
            return " ".join(words[:i])
    return np


def _strip_aux(text: str) -> str:
    words = text.split()
    while words and (
        words[-1].lower() in _AUX
        or (words[-1].lower().endswith("ly") and not (len(words) > 1 and words[-2].lower() in DETERMINERS))
    ):  # an adverb ("later", "publicly"), not a noun after a determiner ("the family")
        words.pop()
    return " ".join(words)


_APPOSITIVE_OPENERS = frozenset(
    "who which whose a an the now then also speaking in at on for when after like as his her their its".split()
)
#: Everything up to the last clause boundary before a cue (one match instead of a scan).
_LAST_STOP = re.compile(
    r"(?s:.*)(?:[,.;:!?\"“”—]|\s-\s|\b(?:that|because|while|when|after|before|if|and|but|as|so|or|since"
    r"|although|though|where|whom)\b)",
    re.IGNORECASE,
)


#: Clause-initial prepositions whose object is an adverbial, not the subject ("Since the war ...").
_ADVERBIAL_WORDS = frozenset("since after before during amid despite following throughout until".split())
_NP_STARTERS = frozenset(
    """the a an this these those hundreds thousands dozens millions many some most several few both
    all two three four five six seven eight nine ten his her their its our my officials he she they
    we i""".split()
)
_ADVERBIAL_MAXLEN = max(map(len, _ADVERBIAL_WORDS))
_NP_LINKS = frozenset("of to in on at for from by with and or as than".split())
_TOKEN = re.compile(r"\S+")


def _after_adverbial(region: str, cut_at_preposition: bool) -> int:
    """Offset in ``region`` of the subject after a clause-initial adverbial, or 0.

    ``cut_at_preposition``: the preposition ("Since") was already cut off;
    otherwise the region must start with one ("During the war officials ...").
    """
    toks = list(_TOKEN.finditer(region))
    first = 1
    if not cut_at_preposition:
        if not toks or toks[0].group().lower() not in _ADVERBIAL_WORDS:
            return 0
        first = 2
    for i in range(first, len(toks)):
        w = toks[i].group()
        prev = toks[i - 1].group()
        low_prev = prev.lower()
        if low_prev in _NP_LINKS or low_prev in DETERMINERS or low_prev in _ADVERBIAL_WORDS:
            continue
        if w.lower() in _NP_STARTERS or (w[:1].isupper() and (prev[:1].isdigit() or not prev[:1].isupper())):
            return toks[i].start()
    return 0


def _left_subject(left: str) -> tuple[str, int, str]:
    """Return ``(np, offset_in_left, appositive)`` for the subject ending ``left``."""
    core = left.rstrip()
    appositive = ""
    if core.endswith(","):
        segs = core[:-1].split(",")
        if len(segs) > 1:
            last = segs[-1].strip()
            first = last.split(" ", 1)[0].lower() if last else ""
            if first in _APPOSITIVE_OPENERS or last[:1].islower():
                appositive = last
                core = ",".join(segs[:-1])
            else:
                core = ",".join(segs)
        else:
            core = core[:-1]
    # the clause holding the cue: after the last comma, clause word or quote
    last_stop = _LAST_STOP.match(core)
    cut = last_stop.end() - 1 if last_stop else -1
    region = core[cut + 1 :]
    lead = core[: cut + 1].strip()
    # lower() never shortens a string: a longer lead cannot be an adverbial word
    lead_adverbial = len(lead) <= _ADVERBIAL_MAXLEN and lead.lower() in _ADVERBIAL_WORDS
    if lead_adverbial or region.lstrip().split(" ", 1)[0].lower() in _ADVERBIAL_WORDS:
        cut += _after_adverbial(region, lead_adverbial)  # "Since X, hundreds of guards ..."
        region = core[cut + 1 :]
    # _strip_aux, then _subject_prefix unless anonymous, then the last 8 words, on one word list
    words = region.split()
    while words:
        w = words[-1].lower()
        if w in _AUX or (w.endswith("ly") and not (len(words) > 1 and words[-2].lower() in DETERMINERS)):
            words.pop()
        else:
            break
    if not _unnamed(" ".join(words)):
        for i in range(1, len(words)):
            if words[i].lower() in _SUBJECT_END:
                words = words[:i]
                break
    if not words:
        return "", -1, appositive
    np = " ".join(words[-8:])
    return np, core.find(np, cut + 1), appositive


def _right_np(right: str) -> tuple[str, int]:
    """Noun phrase at the start of ``right`` (after "according to" or an inverted cue)."""
    lead = len(right) - len(right.lstrip())
    text = right.lstrip()
    m = _RIGHT_STOP.search(text)
    np = text[: m.start()] if m else text
    words = np.split()
    if len(words) > 10:
        np = " ".join(words[:10])
    np = np.rstrip()
    return np, lead if np else -1


def _names(np: str) -> tuple[str, ...]:
    """Person-like capitalised sequences (two tokens or more, or a title plus a name; memoised)."""
    return _NAMES.get(np, _find_names)


def _find_names(np: str) -> tuple[str, ...]:
    """:func:`_names` without the memo."""
    if np.islower():  # no capital letter: no :data:`_NAME` match
        return ()
    out: list[str] = []
    for m in _NAME_FAST.finditer(np):
        raw = m.group().split()
        for i in range(len(raw) - 1):
            t = raw[i]
            if t.endswith(".") and len(t) > 2 and t.rstrip(".") not in _TITLES:
                raw = raw[: i + 1]
                break
        toks = [t.rstrip(".") for t in raw]
        while toks and toks[-1] in _NAME_STOP:
            toks.pop()
        titled = bool(toks) and (toks[0] in _TITLES or toks[0].lower() in ROLE_WORDS)
        i = 0
        while i < len(toks) and (toks[i] in _NAME_STOP or toks[i] in _TITLES or toks[i].lower() in ROLE_WORDS):
            i += 1
        if i == len(toks):
            continue
        if i:
            toks = toks[i:]
        for t in toks:  # an organisation, place or outlet word, a role word or an acronym: not a person
            if t in _NOT_NAME_TOKENS or t.lower() in ROLE_WORDS or (t.isupper() and len(t) > 1):
                break
        else:
            if len(toks) >= 2 or titled:
                out.append(" ".join(toks))
    return tuple(out)


#: :func:`_find_names` by phrase (memoised).
_NAMES: Memo[str, tuple[str, ...]] = memo("person names in a phrase")


_NOT_NAME_TOKENS = ORG_SUFFIXES | _COUNTRIES | MEDIA_NAMES


def _surname(name: str) -> str:
    return _POSSESSIVE.sub("", name.split()[-1]).lower()


def _kind_of(words: list[str]) -> str:
    found = {ROLE_WORDS[w] for w in words if w in ROLE_WORDS}
    for kind in KIND_PRIORITY:
        if kind in found:
            return kind
    return "unknown"


_INSTITUTIONS = frozenset(
    """court courts government ministry department agency administration police kremlin military
    army campaign party committee commission council university institute company firm group
    organization organisation union association foundation network newspaper magazine
    broadcaster channel outlet bank""".split()
)
_MEDIA_PEOPLE = frozenset(
    "reporter reporters journalist journalists editor editors correspondent correspondents anchor host".split()
)
_AFTER_CUE = re.compile(r"\s*(?:[\w'’-]+ing\s+)?(?:(?:between|of|with|from|by|that|and|to)\s+)?")
_PREP_SPLIT = re.compile(r"\s(?:of|in|at|from|on|for|with|about|over|under|by)\s")


#: :func:`_classify_static` by ``(np, context)`` (memoised).
_CLASSIFY_MEMO: Memo[tuple[str, str], tuple[Any, ...]] = memo("source noun phrase plan")


def _classify(np: str, context: str, persons: dict[str, str]) -> tuple[str, str, str]:
    """Return ``(source_class, source_kind, key)`` for a source noun phrase.

    Everything that does not depend on ``persons`` (the article's named people)
    is computed once per distinct ``(np, context)`` by :func:`_classify_static`
    and memoised; only the look-ups in ``persons`` run per call.
    """
    plan = _CLASSIFY_MEMO.get((np, context), _classify_static_pair)
    tag = plan[0]
    if tag == "named":  # a person's name: merge its kind with the article's record of that surname
        key, kind = plan[1], plan[2]
        if persons.get(key, "unknown") == "unknown":
            persons[key] = kind
        elif kind == "unknown":
            kind = persons[key]
        return "named", kind, key
    if tag == "caps":  # a capitalised token that is a known surname of the article
        for key in plan[1]:
            if key in persons:
                return "named", persons[key], key
        return plan[2]  # type: ignore[no-any-return]
    return plan[1]  # type: ignore[no-any-return]


def _classify_static_pair(key: tuple[str, str]) -> tuple[Any, ...]:
    return _classify_static(*key)


def _classify_static(np: str, context: str) -> tuple[Any, ...]:
    """The ``persons``-independent part of :func:`_classify`, as a plan.

    ``("fixed", result)``; ``("named", key, kind)`` for a name; or
    ``("caps", keys, result)``: ``result`` unless one of ``keys`` (the
    surname keys of the capitalised tokens, in order, countries left out) is a
    person of the article.
    """
    pos = _POSSESSIVE_IN.search(np)
    if pos:  # "Putin's invasion ..." is about the invasion, not Putin
        np = np[pos.end() :]
    head = (
        _PREP_SPLIT.split(np, maxsplit=1)[0] if np[:1].islower() or np.split(" ", 1)[0] in _NAME_STOP else np
    )
    low_words = [w.lower().strip("’'") for w in _WORD.findall(head)]
    ctx_words = [w.lower() for w in _WORD.findall(context)]
    kind = _kind_of(low_words + ctx_words)
    if len(low_words) == 1 and low_words[0] in _PRONOUNS:
        return ("fixed", ("role", "unknown", ""))
    names = _names(head)
    if not names and _unnamed(np):
        return ("fixed", ("unnamed", kind, np.lower()))
    if names:
        return ("named", _surname(names[-1]), kind)
    caps = [t for t in _CAP_TOKEN.findall(head) if t not in _NAME_STOP and not t[0].isdigit()]
    keys = tuple(_POSSESSIVE.sub("", t.rstrip(".")).lower() for t in caps if t not in _COUNTRIES)
    return ("caps", keys, _classify_rest(np, caps, low_words, kind))


def _classify_rest(np: str, caps: list[str], low_words: list[str], kind: str) -> tuple[str, str, str]:
    """:func:`_classify` for a phrase with no name and no capitalised token that is a known person."""
    last = low_words[-1] if low_words else ""
    if last in DOCUMENT_WORDS or any(w in DOCUMENT_WORDS for w in low_words[-2:]):
        return "document", kind if kind != "unknown" else ("media" if caps else "unknown"), np.lower()
    if any(t in MEDIA_NAMES for t in caps) and not any(w in _MEDIA_PEOPLE for w in low_words):
        return "organisation", "media", " ".join(caps).lower()
    if low_words and low_words[-1] not in _INSTITUTIONS and _person_noun(low_words[-1]):
        return "role", kind, np.lower()  # "the campaign manager": the head is a person
    if any(w in _INSTITUTIONS for w in low_words):
        return "organisation", kind, np.lower()
    if low_words and (
        _person_noun(low_words[-1])
        or any((w in _PERSON_NOUNS or w in ROLE_WORDS) and _person_noun(w) for w in low_words[:-1])
    ):  # a person, role or group head ("a spokesman", "officials", "hundreds of guards")
        return "role", kind, np.lower()
    if caps:
        org_kind = _kind_of([t.lower() for t in caps])
        if any(t in MEDIA_NAMES for t in caps):
            org_kind = "media"
        elif any(t in _COUNTRIES for t in caps):
            org_kind = "official"
        return "organisation", org_kind if org_kind != "unknown" else "organisation", " ".join(caps).lower()
    return "other", kind, np.lower()


#: Person, role and group nouns beyond :data:`ROLE_WORDS` (a ``role`` source's head).
_PERSON_NOUNS = frozenset(
    """chief chiefs head heads leader leaders member members manager managers director directors
    chairman chairwoman chair boss bosses executive executives founder owner owners employee
    employees staff team crew activist activists campaigner campaigners organizer organizers
    official insider insiders source sources person persons someone everyone anyone nobody
    colleague colleagues friend friends relative relatives son daughter wife husband brother
    sister child children kids men women boy girl boys girls individuals commentator commentators
    critic critics opponent opponents ally allies rival rivals candidate nominee delegates
    representative representatives envoy envoys negotiator negotiators investigators inspector
    inspectors detectives guard guards servicemen soldiers troops personnel veterans agents
    hundreds thousands dozens millions majority""".split()
)
_NOT_PERSON_ER = frozenset(
    """paper papers order orders letter letters number numbers matter matters border borders power
    powers water center centre corner chamber member-state quarter quarters computer computers
    register filter cover layer layers other others together either neither rather however
    further whether never ever after over under river rivers winter summer october november
    december september error errors manner character matter""".split()
)


def _person_noun(word: str) -> bool:
    """True for a person, role or group noun ("spokesman", "lawyers", "guards", "voters")."""
    if word in ROLE_WORDS:
        return ROLE_WORDS[word] != "organisation" and word not in _INSTITUTIONS and word not in DOCUMENT_WORDS
    if word in _PERSON_NOUNS:
        return True
    if word in _NOT_PERSON_ER or len(word) < 5:
        return False
    return word.endswith(
        ("ist", "ists", "ian", "ians", "man", "men", "woman", "women", "er", "ers", "or", "ors")
    )


def _name_keys(text: str) -> tuple[str, ...]:
    """Surname keys of the names in one :data:`_FULL_NAME` match."""
    return tuple(_surname(name) for name in _names(text))


#: :func:`_name_keys` by matched text (memoised).
_NAME_KEYS: Memo[str, tuple[str, ...]] = memo("surnames of a capitalised sequence")


def _name_index(body: str) -> tuple[list[int], list[str]]:
    """End offsets and surname keys of every person-like name in ``body``, in order."""
    ends: list[int] = []
    keys: list[str] = []
    table = _NAME_KEYS.table
    for m in _FULL_NAME_FAST.finditer(body):
        text = m.group()
        found = table.get(text)
        if found is None:
            found = _NAME_KEYS.get(text, _name_keys)
        if found:
            end = m.end()
            for key in found:
                ends.append(end)
                keys.append(key)
    return ends, keys


def _last_person(index: tuple[list[int], list[str]], pos: int) -> str:
    """Surname key of the last name ending within 600 characters before ``pos``, or ""."""
    ends, keys = index
    i = bisect.bisect_right(ends, pos) - 1
    return keys[i] if i >= 0 and ends[i] >= pos - 600 else ""


def analyse(doc: Doc) -> SourcingAnalysis:
    """Detect attributions with their sources, and classify quotations.

    Args:
        doc: A parsed article.

    Returns:
        The attributions (cue, source, class, kind, direct or indirect),
        floating quotes, and direct / scare quotations.
    """
    body = doc.body
    result = SourcingAnalysis(
        direct_quotes=[q for q in doc.quotes if q.kind == "direct"],
        scare_quotes=[q for q in doc.quotes if q.kind == "scare"],
    )
    cues = cue_spans(doc)
    if not cues:
        return result
    index = _name_index(body)
    persons: dict[str, str] = dict.fromkeys(index[1], "unknown")
    quote_sents: dict[int, list[Quote]] = {}
    s_starts = [s for s, _ in doc.sentences]
    for q in result.direct_quotes:
        quote_sents.setdefault(_sentence_of(s_starts, q.start), []).append(q)
    prev: Attribution | None = None
    for att in cues:
        if (
            prev is not None
            and prev.sentence == att.sentence
            and att.cue.lower().endswith("ing")
            and body[prev.end : att.start].rstrip().endswith(",")
        ):
            att.source = prev.source  # "X said ..., adding that ..."
        else:
            floor = prev.end if prev is not None and prev.sentence == att.sentence else -1
            att.source = _source(doc, att, persons, index, floor)
            if (
                floor >= 0
                and prev is not None
                and att.source.start < 0
                and not att.label.startswith("hedge:")
                and prev.source.start >= 0
            ):
                att.source = prev.source  # "guards have sought advice and will be hoping"
        att.cue_type = _cue_type(body, att)
        att.cited = _cited(att)
        prev = att
        if att.sentence in quote_sents or att.label == "colon":
            att.quote = "direct"
        result.attributions.append(att)
    # floating quotes: a mostly-quoted sentence with no cue right after an attributed one
    by_sent: dict[int, Attribution] = {}
    for att in result.attributions:
        by_sent[att.sentence] = att
    for k in sorted(quote_sents):
        if k in by_sent or k - 1 not in by_sent:
            continue
        s, e = doc.sentences[k]
        quoted = sum(min(q.end, e) - max(q.start, s) for q in quote_sents[k])
        if quoted < 0.6 * len(body[s:e].strip()):
            continue
        prev = by_sent[k - 1]
        q0 = quote_sents[k][0]
        fl = Attribution(
            q0.start, q0.end, prev.cue, prev.label, k, prev.source, "direct", True, prev.cue_type, prev.cited
        )
        result.floating.append(fl)
        by_sent[k] = fl
    return result


_TO_INFINITIVE = re.compile(r"(?<![\w'’-])(\w+)\s+to\s+$", re.IGNORECASE)
#: Verbs before "to VERB" that keep a speech verb reported speech ("went on to say").
_SPEECH_RAISERS = frozenset("on went go goes going used".split())


def _cue_type(body: str, att: Attribution) -> str:
    """The cue's type: speech, according_to, evidence, belief, intention, stance, nominal, colon, medium, hedge."""
    label = att.label
    if label.startswith("hedge:"):
        return "hedge"
    if label in ("according_to", "colon", "medium", "nominal"):
        return label
    word = att.cue.lower()
    lemma = SPEECH_FORMS.get(word) or BELIEF_FORMS.get(word) or word.split()[0]
    if label == "belief" and " " in word:  # phrases: "plans to", "hopes that", "support for", "call for"
        first = word.split()[0]
        if first.startswith(("plan", "hope")):
            return "intention"
        if first.startswith(("made", "put")):
            return "speech"
        return "stance"
    kind = CUE_TYPES_BY_LEMMA.get(lemma, "speech" if label == "speech" else "belief")
    if kind == "speech":
        # _TO_INFINITIVE ends with "to\s+$": skip the search unless the text before the cue does
        # (same \s as str.isspace / str.rstrip; "t" and "o" have no other case-insensitive match)
        before = body[max(0, att.start - 30) : att.start]
        if not before[-1:].isspace() or before.rstrip()[-2:].lower() != "to":
            return kind
        m = _TO_INFINITIVE.search(body, max(0, att.start - 30), att.start)
        if m and m.group(1).lower() not in _SPEECH_RAISERS:
            return "intention"  # "heading to court to demand", "declined to comment"
    return kind


def _cited(att: Attribution) -> bool:
    """True when an analyst would call the row a cited source (see module docstring)."""
    cls = att.source.source_class
    if att.cue_type == "hedge" or cls == "document":
        return True
    if att.cue_type not in CITED_CUE_TYPES:
        return False
    return not (cls == "other" and att.source.start >= 0)  # "The latest case highlights"


_POSSESSIVE_IN = re.compile(r"['’]s\s+(?=\S)")
_MEDIUM_TAIL = re.compile(r"\s(?:with|on|to|that)\s")
_APPOSITIVE_TAIL = re.compile(r"\s*,\s*((?:a|an|the)\s[^,.;]*)")
_INVERTED_START = re.compile(r"\s*(?:[A-Z]|the\s|a\s|an\s|one\s|another\s)")


def _source(
    doc: Doc, att: Attribution, persons: dict[str, str], index: tuple[list[int], list[str]], floor: int = -1
) -> Source:
    body = doc.body
    k = att.sentence
    s0, e0 = doc.sentences[k] if doc.sentences else (0, len(body))
    if att.label.startswith("hedge:"):
        kind_label = att.label[6:]
        if kind_label == "bare_plural":
            m = _BARE_PLURAL.search(body, max(0, att.start - 40), att.start)
            if m:
                w = m.group(1)
                return Source(w, m.start(1), m.end(1), "vague", ROLE_WORDS.get(w.lower(), "unknown"), "")
        if kind_label == "some_say":
            w = att.cue.split()[0]
            return Source(w, att.start, att.start + len(w), "vague", ROLE_WORDS.get(w.lower(), "unknown"), "")
        return _NO_SOURCE
    if att.label == "according_to" or att.label == "medium":
        if att.label == "medium":
            np, off = _right_np(body[att.end : e0])
            np = _MEDIUM_TAIL.split(np, maxsplit=1)[0]
        else:
            np, off = _right_np(body[att.end : e0])
        if not np:
            return _NO_SOURCE
        start = att.end + off
        tail = body[start + len(np) : e0]
        m = _APPOSITIVE_TAIL.match(tail)
        cls, kind, key = _classify(np, m.group(1) if m else "", persons)
        if att.label == "medium" and cls not in ("named", "organisation"):
            cls = "document"
        return Source(np, start, start + len(np), cls, kind, key)
    if s0 < floor <= att.start:  # a subject never starts before an earlier cue of the sentence
        lead = _AFTER_CUE.match(body, floor, att.start)
        s0 = lead.end() if lead else floor
    if att.label == "colon" and att.cue != ":":
        label = att.cue.rstrip(":").strip()
        cls, kind, key = _classify(label, "", persons)
        if cls == "organisation" and kind == "organisation" and label.isupper():
            cls, kind, key = "named", "unknown", _surname(label)  # a transcript speaker ("WALLACE:")
        return Source(label, att.start, att.start + len(label), cls, kind, key)
    left = body[s0 : att.start]
    inverted = False
    appositive = ""
    np, off = "", -1
    if _INVERTED_START.match(body, att.end, e0):  # same as on body[att.end:e0] (no anchor)
        right = body[att.end : e0]
        stripped = left.rstrip()
        rnp, roff = _right_np(right)
        ok = bool(rnp) and len(rnp.split()) <= 8 and not any(w.lower() in _SUBJECT_END for w in rnp.split())
        if ok and (not stripped or stripped.endswith(("”", '"', "’", "”,", '",', "’,"))):
            inverted = True
        elif ok and stripped.endswith(","):
            lnp, _, _ = _left_subject(left)
            inverted = not lnp or not (_names(lnp) or any(w.lower() in ROLE_WORDS for w in lnp.split()))
        if inverted:
            np, off = rnp, roff
            start = att.end + off
            tail = right[off + len(rnp) :]
            m = _APPOSITIVE_TAIL.match(tail)
            appositive = m.group(1) if m else ""
    if not inverted:
        np, off, appositive = _left_subject(left)
        start = s0 + off
    if not np or off < 0:
        return _NO_SOURCE_OTHER
    words = np.split()
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        low = words[0].lower()
        if low in ("he", "she"):
            key = _last_person(index, start)
            if key:
                kind = persons.get(key, "unknown")
                return Source(np, start, start + len(np), "named", kind, key)
        return Source(np, start, start + len(np), "role", "unknown", "")
    cls, kind, key = _classify(np, appositive, persons)
    return Source(np, start, start + len(np), cls, kind, key)


# ---------------------------------------------------------------------------
# Family
# ---------------------------------------------------------------------------

_REF = "Newell, Margolin & Ruths (2018), PolNeAR, LREC; Pareti (2016), PARC 3.0, LREC"
_PEW = "Pew Research Center / PEJ, State of the News Media 2005 (sourcing transparency)"
_COLUMNS = (
    Column(
        "attributions",
        "Attribution cues (speech, belief, 'according to', colon, hedge)",
        "higher_more",
        "count",
        _REF,
    ),
    Column(
        "attributions_per_100_words",
        "Sourcing density: attribution cues per 100 words",
        "higher_more",
        "per 100 words",
        _REF,
    ),
    Column(
        "attributed_sentence_share",
        "Sentences with a cue or a floating quote, over all sentences (detected; biased low)",
        "higher_more",
        "share (0-1)",
        "Asr et al. (2021), Gender Gap Tracker, PLOS ONE (floating quotes)",
    ),
    Column("named_sources", "Distinct named people cited (merged by surname)", "higher_more", "count", _PEW),
    Column(
        "unnamed_sources",
        "Distinct anonymous sources ('a person familiar with', 'a senior official')",
        "higher_more",
        "count",
        _PEW,
    ),
    Column(
        "vague_attributions",
        "Hedged attributions with no source ('it is believed', 'reportedly', 'Lawyers have reported')",
        "higher_more",
        "count",
        "Hyland (1998), Hedging in Scientific Research Articles",
    ),
    Column(
        "document_sources",
        "Distinct documents or data cited ('a report', 'a poll')",
        "higher_more",
        "count",
        _REF,
    ),
    Column("direct_quotes", "Direct quotations (speech in quotation marks)", "higher_more", "count", _REF),
    Column(
        "direct_quote_word_share",
        "Words inside direct quotations over body words",
        "higher_more",
        "share (0-1)",
        "Newell et al. (2018), Citron, DSJM",
    ),
    Column("scare_quotes", "Quoted words or short phrases that are not speech", "higher_more", "count", _REF),
    *(
        Column(f"{kind}_sources", f"Distinct sources of kind '{kind}'", "higher_more", "count", _PEW)
        for kind in KIND_PRIORITY
    ),
)


def _distinct(atts: list[Attribution], cls: str | None = None, kind: str | None = None) -> int:
    keys = set()
    for a in atts:
        src = a.source
        if not a.cited or src.source_class == "vague" or (not src.key and src.source_class != "named"):
            continue
        if cls is not None and src.source_class != cls:
            continue
        if kind is not None and src.source_kind != kind:
            continue
        keys.add((src.source_class, src.key))
    return len(keys)


def _distinct_sources(
    atts: list[Attribution],
) -> tuple[dict[str, set[tuple[str, str]]], dict[str, set[tuple[str, str]]]]:
    """Distinct cited ``(class, key)`` sources by class and by kind: :func:`_distinct` in one pass."""
    by_class: dict[str, set[tuple[str, str]]] = {}
    by_kind: dict[str, set[tuple[str, str]]] = {}
    for a in atts:
        src = a.source
        if not a.cited or src.source_class == "vague" or (not src.key and src.source_class != "named"):
            continue
        k = (src.source_class, src.key)
        by_class.setdefault(src.source_class, set()).add(k)
        by_kind.setdefault(src.source_kind, set()).add(k)
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
        "scare_quotes": float(len(a.scare_quotes)),
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
        src = x.source
        if src.start >= 0 and src.end > src.start:
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
    for q in a.scare_quotes:
        ev.append(
            Evidence(
                FAMILY_NAME,
                "scare_quote",
                q.start,
                q.end,
                body[q.start : q.end],
                "body",
                "scare",
                "scare_quotes",
            )
        )
    ev.sort(key=lambda e: (e.start, e.end))
    return ev


SOURCE_TABLE_COLUMNS = (
    "source",
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

    Columns: ``source`` (the source's text, "" when there is none),
    ``source_class`` (named, organisation, role, unnamed, vague, document,
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
    for x in sorted([*a.attributions, *a.floating], key=lambda x: x.start):
        src = x.source
        has_span = src.start >= 0 and src.end > src.start
        rows.append(
            {
                "source": src.text,
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
        description="Attributions (who is cited, how, how vaguely), sources by class and kind, direct and scare quotes.",
        columns=_COLUMNS,
        compute=compute,
        reference=_REF,
        summary=(
            "attributions_per_100_words",
            "named_sources",
            "vague_attributions",
            "direct_quotes",
            "scare_quotes",
        ),
    )
)

__all__ = [
    "FAMILY",
    "Attribution",
    "Source",
    "SourcingAnalysis",
    "analyse",
    "compute",
    "cue_spans",
    "inflections",
    "source_table",
]
