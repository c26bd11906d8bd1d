"""Attribution cue detection: one regex pass over the body plus word-specific filters.

See :mod:`mediakit.metrics.sourcing` for the cue labels and the false alarms avoided.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Any, NamedTuple

from mediakit.metrics.sourcing.learned import CueModel, active_model, learned_cues
from mediakit.metrics.sourcing.lexicon import (
    BELIEF_FORMS,
    CLOSING_QUOTES,
    CUE_TYPES_BY_LEMMA,
    DESCRIBING_PARTICIPLES,
    DETERMINERS,
    DOCUMENT_WORDS,
    FEELING_WORDS,
    FIRST_NAMES,
    GENERIC_SUBJECTS,
    INSTITUTIONS,
    ISSUED_INSTRUMENTS,
    MEDIA_NAMES,
    NOT_PERSON_ER,
    NOUNISH,
    NP_STOP_WORDS,
    OPENING_QUOTES,
    ORG_SUFFIXES,
    PERSON_NOUNS,
    PLANNING_HEADS,
    ROLE_WORDS,
    SPEECH_FORMS,
    SUBJECT_ONLY,
    SUBJECT_WORDS,
    UNAMBIGUOUS_FORMS,
    VAGUE_GROUPS,
    VAGUE_QUANTIFIERS,
    VERB_CONTEXT,
    verb_forms,
)
from mediakit.metrics.sourcing.spans import QUOTING_FORMS, person_word
from mediakit.text.parse import Doc

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
    ("allegedly", r"allegedly|purportedly|supposedly|alleged(?!\s+that\b)"),
    (
        "it_is_believed",
        r"it(?:\s+is|\s+was|\s+ha[sd]\s+(?:(?:long|often|always|[a-z]+ly)\s+)?been|['’]s)\s+(?:(?:now|also|well|often|long|sometimes|still"
        r"|already|[a-z]+ly)\s+)?"
        r"(?:believed|understood|thought|reported|said|known|hoped|expected|feared|claimed|alleged"
        r"|estimated|rumou?red|suggested|assumed|accepted|agreed|acknowledged|recogni[sz]ed"
        r"|argued|contended|speculated|predicted|posited|asserted)",
    ),
    (
        "said_to",
        r"(?:is|are|was|were)\s+(?:widely\s+)?(?:said|believed|thought|reported|alleged|understood|rumou?red)\s+to",
    ),
    (
        "some_estimates",
        r"(?:some|other|many|most|several)\s+(?:estimates|reports|accounts)",
    ),
    (
        "some_say",
        r"(?:some|many|others|critics|experts|observers|analysts|rumou?rs)"
        r"\s+(?:have\s+)?(?:say|said|believe|believed|claim|claimed|suggest|suggested|argue|argued|think|fear)",
    ),
)
#: A bare plural role noun as the subject of a cue: "Lawyers have reported".
_BARE_PLURAL = re.compile(r"(?:^|[.;:!?]\s+|\n)\s*([A-Z][a-z]+s)\s+(?:have\s+|had\s+|also\s+)?$")
#: A refusal to answer a request for comment (the verbs factored: one try where a word starts with "r").
_NON_ATTRIBUTION = re.compile(
    r"(?:re(?:spond(?:ed|ing)?|pl(?:y|ied)|turned)|answer(?:ed)?)\s+(?:immediately\s+)?to\s+"
    r"(?:\w+\s+){0,3}?(?:requests?|messages?|calls?|e-?mails?|inquir(?:y|ies))\s+(?:\w+\s+){0,3}?"
    r"(?:comment|for\s+comment)",
    re.IGNORECASE,
)
#: Forms that are cues only when the next word is one of these ("points out", "continued:").
NEXT_REQUIRED: dict[str, frozenset[str]] = {
    # "felt that", "feels it is time": a belief (with a clause, :data:`_FELT_CLAUSE`); "felt the cold",
    # "feels tired", "felt like a win" is a sensation
    **dict.fromkeys(verb_forms("feel"), frozenset({"that"})),
    "point": frozenset({"out", "to"}),
    "points": frozenset({"out", "to"}),
    "pointing": frozenset({"out", "to"}),
    "adding": frozenset({"that", ",", ":", '"', "“"}),
    "pointed": frozenset({"out", "to"}),
    # "talked up his plans": promoting something in words, speech ("the talks up to now" is the noun)
    "talk": frozenset({"about"}),
    "talks": frozenset({"about"}),
    "talked": frozenset({"about", "to", "with", "up"}),
    "talking": frozenset({"about", "up"}),
    "read": frozenset({":", '"', "“", ",", "in", "."}),
    "reads": frozenset({":", '"', "“", ",", "in", "."}),
    "states": frozenset({"that", ",", '"', "“", ":"}),
    "stating": frozenset({"that"}),
    "note": frozenset({"that"}),
    # "to learn that", "learn of the cuts", "learn whether": news learnt; "learn from home", "learn to swim",
    # "learn English" is study
    "learn": frozenset("that of about whether how what why when who if ,".split()),
    "estimated": frozenset({"that"}),
    # "calculates that", "has calculated that": a figure worked out, evidence; "a calculated risk", "calculating
    # the cost" is no finding reported
    **dict.fromkeys(verb_forms("calculate"), frozenset({"that"})),
    "charged": frozenset({"that"}),
    # "venting about the fees", "venting their anger": the verb with its object; "the private venting of
    # the staff", "venting, and it ..." is the noun (round twenty-six, the review)
    "venting": frozenset("about over at against on to that frustration anger fury their his her its".split()),
    "alleged": frozenset({"that"}),
    "appeal": frozenset({"for", "to"}),
    "appeals": frozenset({"for", "to"}),
    "appealed": frozenset({"for", "to"}),
    "appealing": frozenset({"for", "to"}),
    # "threatened to resign", "threatened that ...": a speech act; "threatened the clerk with a
    # knife", "threatened legal action" is an act with no content
    **dict.fromkeys(
        "threaten threatens threatened threatening".split(), frozenset({"to", "that", ",", ":", '"', "“"})
    ),
}
#: Forms that are cues only after one of these words ("is known", "well known"), not as adjectives.
#: Forms that are nouns after one of these words ("talk show", "reality show").
PREV_BLOCKED: dict[str, frozenset[str]] = {
    # "faster than expected": a comparison, nobody's belief
    **dict.fromkeys(
        "expected anticipated predicted thought feared hoped planned forecast believed imagined".split(),
        frozenset(("than",)),
    ),
    "show": frozenset(
        """talk tv reality award awards game radio morning television comedy road trade cooking variety news
        last first final next own farewell cookery chat quiz breakfast fashion""".split()
    ),
    "shows": frozenset(
        """talk tv reality award game radio morning television comedy road trade cooking news last first final
        cookery chat quiz breakfast fashion""".split()
    ),
}
PREV_REQUIRED: dict[str, frozenset[str]] = {
    "known": frozenset("is was are were been be being well widely also not never long".split()),
    "showing": frozenset(
        """poll polls survey surveys data study studies figures results numbers records documents report
        reports video footage research analysis chart graph map""".split()
    ),
}
#: A content clause after "showing" ("emails showing that the plan failed", "figures showing how much"): a
#: finding whatever noun stands before it (:data:`PREV_REQUIRED` asks for a document noun otherwise).
_SHOWING_CONTENT = re.compile(r"\s+(?:that|whether|how)(?![\w'’-])")
_RECALL_FORMS = ("recall", "recalls", "recalled", "recalling")
#: Determiners after "recall" that may open a product or an envoy recalled ("recalled its ambassador",
#: "recalls all its chargers") or a memory ("recalled their first meeting"): :data:`_RECALLED_THINGS` decides.
_RECALL_DETERMINERS = frozenset("its their some all".split())
#: Things a company or a state recalls: within three words after :data:`_RECALL_DETERMINERS`, no memory.
_RECALLED_THINGS = frozenset(
    """ambassador ambassadors envoy envoys diplomat diplomats consul product products car cars vehicle
    vehicles truck trucks model models unit units device devices item items battery batteries charger
    chargers phone phones laptop laptops toy toys food foods drug drugs medicine medicines batch batches
    stock shipment shipments bottle bottles pack packs can cans jar jars""".split()
)
#: A plea's or a verdict's word ("guilty"): the rules read "pleaded guilty" and "found guilty" as legal acts,
#: so a learned cue on the word alone is dropped too.
_VERDICT_WORDS = frozenset(("guilty", "innocent"))
#: After a cue form ending in "s": an auxiliary or a plural speech verb makes the form a plural noun, the
#: subject of that verb ("Consumer advocates have long warned", "Tenant advocates said", "reports say").
_PLURAL_SUBJECT_NEXT = re.compile(
    r"\s+(?:(?:also|have\s+long|long|have|had|are|were|say|said|warn|warned|argue|argued|claim|claimed|"
    r"insist|insisted|contend|contended|fear|feared|believe|believed)\s)"
)
#: A perception verb with a noun-phrase object and no clause after it ("Walkers first noticed the smoke
#: on Sunday", "observed the birds"): seeing, no speech or belief; "noticed that", "noticed the door was
#: open", "observed:" stay cues.
_PERCEPTION_FORMS = frozenset(("noticed", "observed"))
_PERCEIVED_THING = re.compile(
    r"\s+(?:the|a|an|some|several|dozens|hundreds|thousands|his|her|their|its|\d[\d,]*)\s+"
    r"(?:(?!(?:is|are|was|were|had|has|have|would|could|will|might|may)\b)[\w'’-]+\s*){1,6}(?:[,.;:!?)]|\n|$)"
)
#: "plead" forms: before "guilty", "not guilty", "no contest" a legal act, not speech.
_PLEA_FORMS = verb_forms("plead")
#: Forms that are not cues when the next word is one of these ("continue to invest").
NEXT_BLOCKED: dict[str, frozenset[str]] = {
    # "a review, released on Monday, found": a document's participle, no cue of its own
    **dict.fromkeys(
        ("released", "issued"),
        frozenset("on in by last this earlier yesterday today at late early".split()),
    ),
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
    # "pleaded guilty", "pleads not guilty", "pleaded no contest": a legal act (an answer to a charge),
    # no words reported; "pleaded with the court", "pleaded for help" stay
    **dict.fromkeys(_PLEA_FORMS, frozenset("guilty innocent not no".split())),
    "know": frozenset({",", "?"}),
    "say": frozenset({","}),
    "show": frozenset({"host", "hosts", ","}),
    # "is recalling about 200,000 chargers": a product recalled, no memory told (a number after the
    # verb and "its / their / some / all" before a product or envoy are checked in :func:`cue_spans`)
    **dict.fromkeys(_RECALL_FORMS, frozenset("about around nearly almost more over up".split())),
    # "a Treasury estimate suggests": the noun before a verb or "of", no cue
    "estimate": frozenset("of is was suggests shows puts for from by has had will would".split()),
}
#: Forms of "speak" and "talk", and "since" or a span of time right after them: whether people are on
#: speaking terms ("the pair have not spoken since March", "have not talked in years"), no words reported.
_SPEAKING_FORMS = frozenset("speak speaks spoke spoken talk talks talked".split())
_TALK_SINCE = re.compile(
    r"\s+(?:since(?!\s+(?:about|of|to|on|with)(?![\w'’-]))|in\s+(?:years|months|weeks|decades)|for\s+(?:years|months|weeks|decades))(?![\w'’-])"
    # "has spoken for years about the dangers", "talked in years past of": a topic follows, words reported
    r"(?!,?\s+(?:about|of|on|out|against|publicly|openly|to|with)(?![\w'’-]))"
)
#: "found" with a determiner and a noun phrase of one to three words (no "of", no verb, no "that")
#: followed by a place or time preposition: a thing found somewhere ("found the first coins in April",
#: "found a wallet on the bus"), no finding; "found the number of people in work rose", "found the
#: building unsafe", "found the drug reduced deaths" stay cues.
_FOUND_THING = re.compile(
    r"\s+(?:the|a|an|some|his|her|their|its|several|\d[\d,]*)\s+"
    r"(?:(?!(?:is|are|was|were|had|has|have|would|could|will|might|may|that|to|be|of|and|or)(?![\w'’-]))"
    r"(?![\w'’-]*ed(?![\w'’-]))[\w'’-]+\s+){1,3}"
    r"(?:in|on|at|near|under|beneath|inside|behind|while|during|buried|lying|hidden)(?![\w'’-])"
    # "found the council at fault", "found the firm in breach of", "found the kitchen in a filthy state": a
    # state judged, a finding, no place
    r"(?!\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:state|condition|mess|shambles)|fault|breach|contempt|violation|"
    r"default|error|danger|need|risk|poor|good|bad|serious|dire|urgent|excellent|decent|reasonable|working|"
    r"order|favour|favor|charge|possession|denial|shock)(?![\w'’-]))"
)
#: "has / have learned" right after a news outlet's name: the newsroom writing the story reports its own
#: finding (as a tabloid's "we can reveal"), no cited source. The outlet: a call sign or acronym the text
#: gives in brackets ("DORRANCE, Ore. (KVXT) —"), or a name ending in a newspaper's word ("The Courier").
_LEARNED_FORMS = frozenset(("learned", "learnt"))
_OUTLET_HAS = re.compile(r"([A-Z][\w&'’-]*)\s+ha(?:s|ve)\s+$")


def _newsroom_learned(body: str, s: int) -> bool:
    """Whether the "learned" at ``s`` follows "<outlet> has": the writing newsroom (see :data:`_LEARNED_FORMS`)."""
    m = _OUTLET_HAS.search(body, max(0, s - 40), s)
    if m is None:
        return False
    name = m.group(1)
    return name in MEDIA_NAMES or (name.isupper() and len(name) > 1 and f"({name})" in body)


#: A side taken, the learned stance form, with only a capitalised name after it to the sentence's end
#: ("Some fans have sided with Lena."): who backs whom in a quarrel, no view or words reported;
#: "sided with the mayor on the levy" (a topic) stays.
_SIDE_FORMS = frozenset(("sided with", "sided", "sides with", "siding with"))
_SIDE_ONLY = re.compile(r"(?:\s+with)?(?:\s+[A-Z][\w'’-]*)+\s*(?:[.!]|$)")
#: After "found a / an": a percentage is a finding ("found a 12% lower risk", "found a 30 per cent
#: rise"), not a thing found ("found a body"), so the "found" block does not apply.
_FOUND_SHARE = re.compile(r"\s+\d+(?:[.,]\d+)?\s*(?:%|per\s*cent\b|percent\b)")
#: Multi-word cues (stance and intention phrases PolNeAR annotates), checked like verb cues.
_PHRASE_RE = re.compile(
    r"(?<![\w'’-])(?:support\s+(?:for|of)|criticism\s+of|made\s+(?:it\s+)?clear|puts?\s+it"
    r"|questions?\s+(?:about|whether|over)|(?:plans?|planned|planning)\s+to|(?:hopes?|hoped)\s+(?:that|to)"
    r"|criticism|opposition\s+to|call(?:s|ed|ing)?\s+for|shot\s+back|took\s+issue\s+with|referr(?:ing|ed)\s+to|refers\s+to|endorsement\s+of|accusations?\s+(?:of|that)"
    r"|argument\s+that|warning\s+that|(?:took|take|takes|taking|taken)\s+(?:aim\s+at|credit\s+for|issue\s+with)"
    r"|(?:came|come|comes|coming)\s+out\s+(?:(?:strongly|firmly|publicly|forcefully)\s+)?"
    r"(?:against(?!\s+(?:all|the)\s+(?:odds|expectations))|in\s+(?:favou?r|support)\s+of|in\s+opposition\s+to)"
    r"|(?:made|make|makes|making)\s+(?:(?:the|a|an|his|her|their|its|our)\s+(?:[a-z-]+,?\s+){0,3}?case"
    r"(?!\s+(?:a|an|the|his|her|their|its|our|my|your|these|those)\s)"
    r"|(?:the|a|an|his|her|their|its|our|that|this)\s+(?:[a-z-]+\s+){0,2}?(?:point\s+that|arguments?)"
    r"|no\s+(?:secret|apologies|apology)\s+(?:of|about|for))"
    # round twenty-six: verbal jabs ("took a swipe at", "taking shots at"; not "a shot at goal", "at the
    # title", an attempt), mockery ("poked fun at"), a likening ("compared the mayor to"; not "compared with",
    # "compared to last year"), a portrayal ("painted her as") and a critique delivered ("delivered a
    # blistering rebuke of")
    r"|(?:took|take|takes|taking|taken)\s+(?:(?:a|an|some|several|multiple|repeated|more|another|his|her|their|its|a\s+few)\s+)?"
    r"(?:[a-z-]+\s+)?(?:shots?|swipes?|swings?|jabs?|digs?|potshots?|pot-shots?|whacks?)\s+at"
    r"(?!\s+(?:(?:the\s+|an?\s+)?(?:goal|title|record|target|basket|rim|net|lead|crown|championship|nomination|presidency|job)"
    r"|winning|making|getting|becoming)(?![\w'’-]))"
    r"|(?:poke|pokes|poked|poking)\s+fun\s+at"
    r"|(?:compare|compares|compared|comparing)\s+(?!(?:with|to|favou?rably|unfavou?rably|well|poorly)(?![\w'’-]))"
    r"(?:[a-z'’-]+\s+){1,4}?to(?!\s+(?:the\s+)?(?:previous|last|prior|same|earlier|a\s+year|other)(?![\w'’-]))"
    r"|(?:paint|paints|painted|painting|cast|casts|casting)\s+"
    r"(?!(?:a|an|his|her|their|its|the|my|our)\s+(?:ballots?|votes?|shadow|spell|net|nets|line|lines|doubt)(?![\w'’-]))"
    r"(?:[a-z'’-]+\s+){1,4}?as"
    r"|(?:deliver|delivers|delivered|delivering)\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z-]+,?\s+){0,3}?"
    r"(?:critique|defen[cs]e|rebuke|retort|tribute|indictment|broadside|rebuttal|denunciation|takedown|scolding|attack)"
    # remarks made about something, with a word between ("made similar comments about", "has made false claims
    # about"; bare "made comments about" keeps the noun as its cue, round twenty-one) and a stance held harder
    # ("doubled down on")
    r"|(?:made|make|makes|making)\s+(?:[a-z-]+,?\s+){1,3}?(?:comments?|remarks?|statements?|allegations?|accusations?|claims?)"
    r"\s+(?:about|on|against|regarding)"
    r"|(?:double|doubles|doubled|doubling)\s+down\s+on"
    # railing against something, a stance ("rails against the fees", "railing against"; not "the rail", "the
    # railings"); "railed against" is the learned model's form (its tests pin it), left to it
    r"|(?:rail|rails|railing)\s+against"
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
    + r")|(?P<feeling>"
    + _trie(sorted(FEELING_WORDS))
    + r")(?=\s+(?:about|that|to\s+(?:see|hear|learn|find|discover|read)(?!\s+to(?![\w'’-])))(?![\w'’-])))"
    + r"(?![\w'’-])"
)
#: Every word a :data:`_SCAN_RE` match can start with (hedges, phrases, cue forms).
_SCAN_FIRST_WORDS = sorted(
    {
        *SPEECH_FORMS,
        *BELIEF_FORMS,
        *FEELING_WORDS,
        *"""according reportedly allegedly purportedly supposedly alleged it is are was were some other
        many most several others critics experts observers analysts rumors rumours support criticism
        made make makes making put puts question questions plans plan planned planning hopes hope hoped opposition call
        calls called calling endorsement accusation accusations argument warning took take takes taking taken
        came come comes coming
        attacks proposal proposals claim remarks suggestion doubts rhetoric complaint complaints
        assertion refusal praise assessment desire rejection warnings belief insistence pledge
        prediction shot referring referred refers
        poke pokes poked poking compare compares compared comparing paint paints painted painting
        deliver delivers delivered delivering double doubles doubled doubling cast casts casting
        rail rails railing""".split(),
    }
)


def _candidate_patterns(words: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    r"""Two expressions that find where a word of ``words`` may start a match: after a mark, and at 0.

    The first matches one character that is no ASCII letter or digit, "_", apostrophe or hyphen,
    with a word of ``words`` right after it (in a look-ahead, group 1; the match ends where the
    word starts); the second matches that word at the start of the text. A match of an expression
    that opens with the look-behind ``(?<![word chars ' ’ -])`` and a word of ``words`` starts at
    0 or after such a character, so these starts are a superset of its starts; the text is
    lower-cased, so the character class leaves out nearly all characters, and the regular
    expression engine skips to the next candidate in a tight loop instead of trying a word boundary
    at every position (the candidate pass about 30% cheaper than ``\b(?:words)``). The word
    is the one the trie matches at that start, as with the word boundary.
    """
    trie = _trie(words)
    return re.compile(r"[^a-z0-9_'’-](?=(" + trie + "))"), re.compile("(?=(" + trie + "))")


#: Candidate starts for :data:`_SCAN_RE` (a superset: see :func:`_candidate_patterns`).
_SCAN_CANDIDATE, _SCAN_CANDIDATE_AT_0 = _candidate_patterns(_SCAN_FIRST_WORDS)


def _candidates(low: str, cand: re.Pattern[str], at_0: re.Pattern[str]) -> Iterable[re.Match[str]]:
    """The matches of :func:`_candidate_patterns` in ``low``, in order: each ``end()`` a start, ``group(1)`` its word."""
    found = cand.finditer(low)
    first = at_0.match(low)
    return found if first is None else (first, *found)


def _scan(low: str) -> list[re.Match[str]]:
    """``list(_SCAN_RE.finditer(low))``, faster: :data:`_SCAN_RE` is tried only at candidate starts.

    Every match of :data:`_SCAN_RE` starts at a word start with one of
    :data:`_SCAN_FIRST_WORDS` (:func:`_candidate_patterns` finds a superset of those), so trying
    it at those positions, left to right and skipping positions inside the previous match, gives
    the same matches as ``finditer``.
    """
    out: list[re.Match[str]] = []
    last = 0
    match = _SCAN_RE.match
    for c in _candidates(low, _SCAN_CANDIDATE, _SCAN_CANDIDATE_AT_0):
        p = c.end()
        if p < last:
            continue
        m = match(low, p)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


#: A first word of a learned form the merged candidate pass can take (see :func:`_scan_both`).
_MERGEABLE = re.compile(r"[^\W_][\w'’-]*")


@lru_cache(maxsize=8)
def _merged_candidate(
    forms: frozenset[str],
) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[bool, bool]]] | None:
    """Candidate starts for :data:`_SCAN_RE` and the learned forms together, or None (not mergeable).

    The expressions are :func:`_candidate_patterns` over :data:`_SCAN_FIRST_WORDS` and the first words of
    ``forms``; each word they can match maps to (may start a :data:`_SCAN_RE` match, may start a
    learned form): a word of either list that matches where the matched word ``w`` matches is a
    prefix of ``w``. None when a first word does not start with a letter or digit or holds
    anything but word characters, apostrophes and hyphens (the equivalence needs both).
    """
    firsts = {f.split(" ", 1)[0] for f in forms}
    if not all(_MERGEABLE.fullmatch(w) for w in firsts):
        return None
    words = sorted({*_SCAN_FIRST_WORDS, *firsts})
    kinds = {
        w: (any(w.startswith(r) for r in _SCAN_FIRST_WORDS), any(w.startswith(f) for f in firsts)) for w in words
    }
    return (*_candidate_patterns(words), kinds)


def _scan_both(low: str, model: CueModel) -> tuple[list[re.Match[str]], list[tuple[int, int, str]] | None]:
    """``(_scan(low), learned.scan(low, model))`` in one candidate pass over ``low`` (same results).

    Both expressions start with the look-behind ``(?<![word chars ' ’ -])`` and a word of their first-word
    list, so each match starts at a position the merged candidate expressions
    (:func:`_merged_candidate`, :func:`_candidate_patterns`) reach. At each candidate each expression
    is tried when the matched word can start it and the position is past its previous match, as
    :func:`_scan` does: the matches of ``finditer``, for both. Saves the second pass over the
    article (about 0.14 ms per article in timing runs against the two passes). The learned list
    is None when the model's forms cannot be merged (the caller scans them alone).
    """
    merged = _merged_candidate(model.forms)
    if merged is None:
        return _scan(low), None
    cand, at_0, kinds = merged
    rules: list[re.Match[str]] = []
    forms: list[tuple[int, int, str]] = []
    last_rule = last_form = 0
    match = _SCAN_RE.match
    form_match = model.pattern.match
    for c in _candidates(low, cand, at_0):
        p = c.end()
        rule, form = kinds[c.group(1)]
        if rule and p >= last_rule:
            m = match(low, p)
            if m is not None:
                rules.append(m)
                last_rule = m.end()
        if form and p >= last_form:
            f = form_match(low, p)
            if f is not None:
                forms.append((p, f.end(), f.group()))
                last_form = f.end()
    return rules, forms


#: Bare plurals that make a vague attribution as a sentence's subject ("Lawyers have reported",
#: "Experts say"); other bare plurals ("Witnesses said", "Forecasters warned") are roles.
_VAGUE_BARE = VAGUE_GROUPS | frozenset("lawyers critics commentators observers insiders".split())
#: Determiners before "critics say" that make the group a definite one ("the experts say", "these critics
#: argue"): the verb is an ordinary cue and the determiner part of its source.
_DEFINITE_GROUP = frozenset("the these those".split())
#: Words before "critics say" that keep the group vague (function words, quantifiers, conjunctions).
_HEDGE_OPENERS = (
    NP_STOP_WORDS
    | DETERMINERS
    | VAGUE_QUANTIFIERS
    | frozenset(
        "but and or so yet while though although because as if when where now also still even".split()
    )
)
_ANONYMITY_HEADS = frozenset(
    """asked requested declined declines declining refused refuses refusing wished want wanted spoke authorized
    authorised comment identified discuss speak talk""".split()
)
_NOMINAL_CUES = frozenset(
    """attacks proposal proposals call claim remarks suggestion doubts rhetoric complaint complaints
    assertion refusal praise assessment desire rejection warning warnings belief insistence pledge
    prediction criticism opposition endorsement accusation accusations argument support""".split()
)
_NEXT_TOKEN = re.compile(r"\s*([\w'’-]+|[^\w\s])")
#: After "according to": a bare noun of manner or order ending the phrase (a punctuation mark, the end,
#: or "and" / "or" follows), or "how / whether", makes no attribution ("went according to plan",
#: "seasoned according to taste", "grouped according to how ill they are"; a custom: "according to
#: tradition", "according to custom"); "according to age data from ..." and "according to plans filed
#: with ..." keep their document.
_MANNER = re.compile(
    r"\s+(?:(?:plan|schedule|taste|script|size|need|age|merit|type|rank|seniority|priority|preference"
    r"|tradition|custom|convention|protocol)"
    r"(?=\s*(?:[.,;:!?)]|$|(?:and|or)\s))|(?:how|whether)(?![\w'’-]))"
)
#: "according to" right before a word: the word is the object's noun, no verb ("according to claims by").
_AFTER_ACCORDING = re.compile(r"according\s+to\s+$")
#: :data:`_NON_ATTRIBUTION` for the lower-cased body (same offsets, no IGNORECASE: a fast literal prefix).
_NON_ATTRIBUTION_LOW = re.compile(_NON_ATTRIBUTION.pattern)
_NOT_REACHED = re.compile(r"reached\s+for\s+comment|request(?:s|ed)?\s+for\s+comment", re.IGNORECASE)
#: A non-response is no attribution, like a refusal to comment ("did not respond to questions by
#: deadline", "The company did not respond.", "did not return calls seeking comment", "has not replied
#: to emails"): a response verb after a negation, with the request it leaves unanswered (a handful of
#: words ending in a request noun) and a trailing "seeking / for comment"; "return" needs the request.
_RESPONSE_VERB = re.compile(
    r"\b(?:(respond(?:ed)?|repl(?:y|ied)|answer(?:ed)?)|return(?:ed)?(?=\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:calls?|messages?|e-?mails?|texts?)\b))"
    r"(?:(?:\s+to)?\s+(?:[\w'’-]+\s+){0,3}?(?:questions?|requests?|calls?|messages?|e-?mails?|texts?|"
    r"inquir(?:y|ies)|quer(?:y|ies))\b)?(?:\s+(?:seeking|requesting|asking\s+for|for)\s+(?:\w+\s+)?comment\b)?"
)
_NEGATION_BEFORE = re.compile(r"(?:\bnot|n['’]t|\bnever|\bfailed\s+to)\s+(?:(?:immediately|yet|already)\s+)?$")


#: The literal stems every :data:`_RESPONSE_VERB` match opens with (after its ``\b``).
_RESPONSE_STEMS = ("respond", "repl", "return", "answer")


def _non_responses(low: str) -> list[tuple[int, int]]:
    r"""Spans of the negated response verbs of ``low`` (:data:`_RESPONSE_VERB` after :data:`_NEGATION_BEFORE`).

    The matches of ``_RESPONSE_VERB.finditer(low)``, tried only where ``str.find`` finds one of
    :data:`_RESPONSE_STEMS`: every match opens with ``\b`` and a stem, so it starts at such a
    position, and trying the expression at each of them in order, past the previous match, gives the
    matches of ``finditer`` (which tries ``\b`` at every position: about 0.07 ms per article).
    """
    hints = []
    for stem in _RESPONSE_STEMS:
        p = low.find(stem)
        while p >= 0:
            hints.append(p)
            p = low.find(stem, p + 1)
    hints.sort()
    out = []
    last = 0
    match = _RESPONSE_VERB.match
    for p in hints:
        if p < last:
            continue
        m = match(low, p)
        if m is not None:
            last = m.end()
            if _NEGATION_BEFORE.search(low, max(0, p - 24), p):
                out.append(m.span())
    return out
#: Anonymity formulas and refusals to comment are not attributions of their own ("who asked not to be
#: named", "declined to comment"; a refusal to discuss something stays one row, the refusal).
_ANONYMITY_CUE = re.compile(
    r"(?:asked|requested|declined|wished|want(?:ed)?)\s+(?:not\s+)?(?:to\s+be\s+(?:named|identified)|anonymity)"
    r"|spoke\s+(?:on|under)\s+(?:the\s+)?condition|not\s+(?:authori[sz]ed|permitted|allowed|cleared)\s+to\s+(?:speak|comment|discuss|talk)"
    r"|(?:\bnot|\bnor\s+[\w'’]+(?:\s+[\w'’]+)?)\s+be\s+(?:named|identified)\b"  # "... nor her team be identified"
    r"|spoke\s+anonymously|(?:declin|refus)(?:e|es|ed|ing)\s+to\s+comment\b|(?:not|no|to)\s+comment\b"
    r"|asked\s+(?:me|us)\s+not\s+to\s+(?:(?:name|identify)\s+(?:him|her|them|his|their)\b|use\s+(?:his|her|their)\s+(?:full\s+|real\s+)?names?\b)"
    r"|identified\s+(?:(?:himself|herself|themselves)\s+)?only\s+(?:as|by)\b|asked\s+(?:that|for)\s+(?:his|her|their)\s+names?\s+(?:not\s+be|(?:to\s+)?be\s+withheld)\b"
)
#: A refusal to speak is one attribution, the refusal ("declined", "refused"); the speech verb in its
#: infinitive ("refused to discuss the deal", "declined to elaborate") is none, as "comment" is not.
_REFUSAL = re.compile(
    r"(?<=\bto\s)(?:comment|discuss|speak|talk|elaborate)\b"
    r"(?!\s+(?:whether|how|why|what|who|when|if|on\s+whether|about\s+whether))"
)
_REFUSED = re.compile(r"(?:refus|declin)(?:e|es|ed|ing)\s+(?:again\s+|once\s+more\s+)?to\s$")
#: :data:`_REFUSED` without the end anchor, to find refusals left to right.
_REFUSED_FORWARD = re.compile(_REFUSED.pattern[:-1])


#: A wish not to be named ("did not want to give her name", "doesn't wish to be identified"): the
#: anonymity phrase of a source, no attitude of its own (no cue inside it).
_ANONYMITY_WISH = re.compile(
    r"(?<![\w'’-])(?:want|wanted|wants|wish|wished|wishes)\s+to\s+(?:be\s+(?:named|identified)"
    r"|give\s+(?:his|her|their|a|any)\s+(?:full\s+|real\s+|last\s+|sur)?names?)(?![\w'’-])"
)


#: Where an :data:`_ANONYMITY_WISH` match can start: "want" or "wish" (a literal first character the
#: regular expression engine finds fast; see :func:`_anonymity_wishes`).
_WISH_HINT = re.compile(r"w(?:ant|ish)")


def _anonymity_wishes(low: str) -> list[tuple[int, int]]:
    """``[m.span() for m in _ANONYMITY_WISH.finditer(low)]``, tried only where "want" or "wish" starts.

    Every match opens with "want" or "wish" (after its look-behind, which :meth:`re.Pattern.match`
    still checks against the text before the position), and two such words never overlap, so
    trying the expression at each :data:`_WISH_HINT` match past the previous match, left to right,
    gives the matches of ``finditer`` (which tries the look-behind at every position: about 0.1 ms
    per article).
    """
    out = []
    last = 0
    match = _ANONYMITY_WISH.match
    for h in _WISH_HINT.finditer(low):
        p = h.start()
        if p < last:
            continue
        m = match(low, p)
        if m is not None:
            out.append(m.span())
            last = m.end()
    return out


def _refused_speech(low: str) -> list[tuple[int, int]]:
    """Spans of the :data:`_REFUSAL` matches of ``low`` right after a :data:`_REFUSED` (within 24 characters).

    The same spans as ``[m.span() for m in _REFUSAL.finditer(low) if _REFUSED.search(low, max(0,
    m.start() - 24), m.start())]``, found from the refusals forward instead of trying
    :data:`_REFUSAL`'s look-behind at every position.
    """
    out = []
    for r in _REFUSED_FORWARD.finditer(low):
        p = r.end()
        if r.start() >= p - 24:
            m = _REFUSAL.match(low, p)
            if m is not None:
                out.append(m.span())
    return out
_COLON_QUOTE = re.compile(r":\s*(?=[\"“«„])")
#: A name right before a quoting colon, after a dash or "More from" ("Turnout up - Jane Roe: “...”",
#: "More from Roe: “...”"): the speaker's label, as a transcript turn's (group 1; searched up to the colon).
_DASH_LABEL = re.compile(
    r"(?:\s[-—–]\s*|[—–]|\bMore\s+from\s+)((?:[A-Z][\w.'’-]*\s+(?:(?:and|of|de|van|von)\s+)?){0,5}[A-Z][\w.'’-]*)$"
)
#: Words of a :data:`_DASH_LABEL` label that join names ("Jane Roe and Tom Hale", "Ana de Souza").
_LABEL_JOINERS = frozenset("and of de van von".split())


def _dash_speaker(dash: re.Match[str]) -> bool:
    """Whether a :data:`_DASH_LABEL` match names a speaker: after "More from", any name ("More from Hale:").

    After a dash, two or more name-shaped words (capitalised, not all in capitals, no heading word of
    :data:`_NOT_SPEAKERS`): "Turnout up - Jane Roe:" is the speaker; "Prices up - Update:", "- Guilty:",
    "- Breaking News:" and a one-word "- Smith-Jones:" are no speaker (the colon keeps its own reading).
    """
    if dash.group().startswith("More"):
        return True
    words = [w for w in dash.group(1).split() if w not in _LABEL_JOINERS]
    return len(words) > 1 and all(not w.isupper() and w.upper() not in _NOT_SPEAKERS for w in words)


_TRANSCRIPT = re.compile(
    r"(?m)^[ \t]*([A-Z](?:[A-Z.'’ -]{0,30}[A-Z.])?|(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)[ \t]*:(?=[ \t]+\S)"
)
#: :data:`_TRANSCRIPT` after a line break (the break is part of the match, group 1 the same): a
#: literal first character the regular expression engine finds fast, instead of trying "^" at
#: every position (see :func:`_transcript_labels`).
_TRANSCRIPT_AFTER_BREAK = re.compile("\n" + _TRANSCRIPT.pattern[len("(?m)^") :])


def _transcript_labels(body: str) -> Iterator[re.Match[str]]:
    """``_TRANSCRIPT.finditer(body)`` (the same spans of group 1), from the line starts only.

    A match starts at 0 or right after a line break; the first is tried at 0, the rest are the
    matches of :data:`_TRANSCRIPT_AFTER_BREAK` from the end of the previous one (a match never
    ends at a line start: it ends with ":").
    """
    first = _TRANSCRIPT.match(body)
    if first is not None:
        yield first
    yield from _TRANSCRIPT_AFTER_BREAK.finditer(body, first.end() if first is not None else 0)


def _turn_label(label: str) -> bool:
    """Whether a label in capitals after the first sentence is a transcript turn ("ROE: I think ...").

    "JANE ROE: ..." too: its speaker's words, whatever cue they hold ("I think" is nested in them); words
    of two letters or more, none a heading of :data:`_NOT_SPEAKERS` (checked before).
    """
    return label.isupper() and all(len(w) > 1 for w in label.split())


def _headline_kicker(body: str, label: str, s: int, e: int) -> bool:
    """Whether ``label`` (at ``[s, e)``, before a colon) is a headline's kicker ("TOWN HALL SHOCK: Mayor quits").

    An all-capitals label of two words or more on the text's first line, where the rest of the line is
    a headline (no closing full stop, question or exclamation mark, or quotation mark): no speaker's
    turn. A transcript's first turn ("JANE ROE: Thank you for having me.") ends as a sentence does.
    """
    if not label.isupper() or " " not in label.strip() or "\n" in body[:s]:
        return False
    line_end = body.find("\n", e)
    rest = body[e + 1 : line_end if line_end >= 0 else len(body)].rstrip()
    return bool(rest) and rest[-1] not in ".?!\"”’'"


def _named_label(label: str, body: str, end: int) -> bool:
    """Whether a headline's ``Name:`` label names a speaker even with a cue after it ("Jane Roe: Minister knows").

    Two or more words, each capitalised and none all in capitals ("Jane Roe", "Former Mayor Jane Roe"),
    shaped like a person's name: a known first name (:data:`FIRST_NAMES`) before the
    last word, or the last word (the surname) again in ``body`` after ``end`` ("Marta Quill: ..." then "Quill
    said"). A one-word topic label ("Brexit: Minister says deal is close"), a capitalised topic ("Climate
    Change: Scientists warn", "Live Updates: Police said") or an all-caps one (a dateline, "LONDON:
    Police said") stays no speaker when the headline has a cue of its own.
    """
    words = label.split()
    if len(words) == 1 and words[0][:1].isupper() and not words[0].isupper():
        return _surname_later(words[0], body, end)
    if not (len(words) > 1 and all(w[:1].isupper() and not w.isupper() for w in words)):
        return False
    if any(w.lower() in FIRST_NAMES for w in words[:-1]):
        return True
    surname = re.compile(rf"(?<![\w'’-]){re.escape(words[-1])}(?![\w-])")
    return surname.search(body, end) is not None


#: A one-word label used as a surname after the headline: a known first name or a title right before it
#: ("Cruz: ..." then "Sen. Ted Cruz said"); group 1 the word before it.
_TITLE_WORDS = frozenset("mr mrs ms dr sen rep gov senator governor president minister mayor judge".split())


def _surname_later(word: str, body: str, end: int) -> bool:
    """Whether a one-word headline label is a person's surname ("Lind: ..." then "Mayor Lind said").

    After ``end`` (within 3,000 characters), ``word`` follows a known first name or a title; a topic
    ("Brexit: ...", "Report: ...") never does.
    """
    for m in re.finditer(rf"([A-Z][\w.'’-]*)\s+{re.escape(word)}(?![\w-])", body[end : end + 3000]):
        w = m.group(1).rstrip(".").lower()
        if w in FIRST_NAMES or w in _TITLE_WORDS:
            return True
    return False


#: A poll "has" / "puts" / "gives" a candidate somewhere: its finding ("The Hale poll has Lind leading", "a
#: Dunmore survey taken in May had her at 9 points", "The average of polls puts Roe ahead"); group 1 the
#: verb. Not "the survey has twelve questions" (no candidate and standing after the verb).
_POLL_HAS = re.compile(
    r"\b(?:[Pp]oll|[Pp]olls|[Ss]urvey|[Ss]urveys|[Aa]verage)\b[^.;:!?\"“”\n]{0,60}?\s(has|had|have|puts|put|gives|gave)\s+"
    r"(?:him|her|them|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:leading|trailing|ahead|behind|at|up|down|tied|"
    r"pulling|winning|losing|edging|beating|topping|in\s+(?:the\s+lead|first|second|third|front))(?![\w'’-])"
)
#: Sentence openings :data:`_TO_VIEWER` is tried at (a cheap prefix test first).
_TO_OPENERS = ("To ", "But to ", "And to ", "Yet to ")
#: "To <person>," opening a sentence: the person whose view the sentence gives ("To Ana Lind, ...", "To
#: Mr. Roe, ...", "But to many, ...", "To them, ..."); group 1 the cue ("To"). Not "To date,", "To be
#: sure,", "To the north," (lower-case words that are no person), nor "To Lind's credit," (no comma).
_TO_VIEWER = re.compile(
    r"(?:(?:But|And|Yet)\s+)?([Tt]o)\s+(him|her|them|many|some|others|most|"
    r"(?:(?:Mr|Ms|Mrs|Dr|Sen|Gov|Rep)\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),"
)


#: First and last words of a place's name of two or three words ("New Harwick", "Harwick Green").
_PLACE_FIRST = frozenset("new north south east west upper lower great little port fort st san santa los las el".split())
_PLACE_LAST = frozenset(
    """city town county village green park street road lane avenue square bridge bay island islands valley
    hill hills heath cross end beach airport station harbour harbor river lake""".split()
)


def _viewer_person(name: str, body: str) -> bool:
    """Whether the words after a sentence-opening "To" name a person whose view follows.

    A pronoun or a quantifier ("To them,", "But to many,"), a title ("To Mr. Roe,"), a known first name
    ("To Ana Lind,"), or one word the article gives elsewhere after a first name or a title ("To Lind,"
    with "Ana Lind" or "Mayor Lind" in the text). Not a place ("To Harwick, the road runs ten miles", "To
    London, the train takes two hours"), nor the writer ("To me," in an opinion piece).
    """
    words = name.split()
    if words[0][:1].islower() or words[0].endswith("."):
        return True
    if len(words) > 1:
        # "To Ana Lind,": a name of two or three words; not a body's or a place's ("To Dunmore Council,",
        # "To New Harwick,", "To Harwick Green,")
        return not (
            words[-1] in ORG_SUFFIXES
            or words[-1].lower() in INSTITUTIONS
            or words[-1].lower() in _PLACE_LAST
            or words[0].lower() in _PLACE_FIRST
        )
    for m in re.finditer(rf"([A-Z][\w.'’-]*)\s+{re.escape(words[0])}(?![\w-])", body):
        w = m.group(1).rstrip(".").lower()
        if w in FIRST_NAMES or w in _TITLE_WORDS:
            return True
    return False


#: A heading label, no speaker: a first word compounded with a lower-case word after a hyphen, then at
#: most two lower-case words ("Full-time:", "Half-time:", "Pre-match:", "Post-match reaction:"); a
#: hyphenated name has capitals on both sides ("Smith-Jones:", "Jean-Paul Roe:").
_HYPHEN_HEADING = re.compile(r"[A-Z][a-z]*-[a-z][\w-]*(?:\s+[a-z]+){0,2}\s*")
#: First words of press-release headings that are not speakers ("About Acme Ltd:", "Notes to editors:").
_HEADING_OPENERS = frozenset("ABOUT NOTES CONTACT CONTACTS BACKGROUND FOR MEDIA PRESS".split())
#: Labels of a picture's caption or credit ("Image: Ann Lee.", "Picture: Tarn Press"): whoever follows took
#: or supplied the picture and said nothing.
_PICTURE_CREDITS = frozenset(
    """IMAGE IMAGES PICTURE PICTURES PHOTOGRAPH PHOTOGRAPHS PHOTOGRAPHY CREDIT CREDITS CAPTION ILLUSTRATION
    ILLUSTRATIONS GRAPHIC GRAPHICS""".split()
)
#: Paragraph-initial labels that are not speakers ("Q:", "UPDATE:", "Related:"), section headings
#: included ("Letters:", "Opinion:", "Analysis:").
_NOT_SPEAKERS = frozenset(
    {
        *"""Q A EMAIL E-MAIL BYLINE CORRECTION CORRECTIONS UPDATE UPDATED PREVIOUSLY RELATED READ
        WATCH SOURCE SOURCES PHOTO PHOTOS VIDEO CLICK NOTE WARNING SPOILER SPOILERS DATE TIME
        WHERE WHEN WHAT WHO WHY HOW TAGS PS P.S. LETTERS LETTER OPINION COMMENT ANALYSIS EDITORIAL
        REVIEW REVIEWS OBITUARY EXCLUSIVE BREAKING LIVE FACTBOX EXPLAINER FEATURE COLUMN INTERVIEW
        UPDATES SKETCH DIARY PROFILE PREVIEW VERDICT FACT-CHECK CATEGORIES CATEGORY KEYWORDS TOPICS FILED""".split(),
        *_PICTURE_CREDITS,
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
    r"(?<![\w'’-])(?:in|In)\s+(?:a|an|his|her|its|their|[A-Z][\w.’'-]*)\s+(?:[\w’'./-]+\s+){0,5}?"
    r"(?:poll|survey|interview|statement|op-ed|press\s+release|news\s+conference|conference\s+call)(?![\w'’-])"
)
#: The same without the leading look-behind, matched at the candidate starts of
#: :func:`_medium_phrases`, which checks the word boundary (same matches).
_IN_MEDIUM_BODY = re.compile(_IN_MEDIUM.pattern[len(r"(?<![\w'’-])") :])
_BOUNDARY_CHAR = re.compile(r"[\w'’-]")


#: Where a medium phrase can start in the lower-cased body: "in" before a blank (a literal the
#: regular expression engine finds fast; see :func:`_medium_phrases`).
_IN_BEFORE_BLANK = re.compile(r"in(?=\s)")


def _medium_phrases(body: str, low: str) -> Iterator[re.Match[str]]:
    """``_IN_MEDIUM.finditer(body)`` (the same matches), tried only where "in" starts a word.

    A match opens with "in" or "In" and a blank, so it starts where ``low`` (``body`` lower-cased,
    same offsets, a character lower-cased only when it stays one character) has "in" before a
    blank: each such position past the previous match and after no word character (the
    look-behind of :data:`_IN_MEDIUM`, checked here) is tried with :data:`_IN_MEDIUM_BODY`, left
    to right, as ``finditer`` tries them.
    """
    last = 0
    match = _IN_MEDIUM_BODY.match
    for c in _IN_BEFORE_BLANK.finditer(low):
        p = c.start()
        if p < last or (p and _BOUNDARY_CHAR.match(body, p - 1)):
            continue
        m = match(body, p)
        if m is not None:
            yield m
            last = m.end()


_PREV_WORD = re.compile(r"([\w'’-]+)[\s,]*$")

_WORD = re.compile(r"[\w'’-]+")

# ---------------------------------------------------------------------------
# Analysis
# ---------------------------------------------------------------------------


class Source(NamedTuple):
    """A source span with its class and kind (``start == end == -1`` when absent).

    ``resolved_to`` is the entity the mention stands for when it is not the
    mention itself ("Jane Roe" for "she", "Ms. Roe", "the spokeswoman" or
    "who"), with its span in the body (``resolved_start``, ``resolved_end``;
    -1 when the entity is named only in the mention's own phrase).
    """

    text: str
    start: int
    end: int
    source_class: str
    source_kind: str
    key: str
    resolved_to: str = ""
    resolved_start: int = -1
    resolved_end: int = -1


@dataclass
class Attribution:
    """One detected attribution (a cue, its sentence, its source, how it quotes).

    ``members`` holds one source per person when the source is a coordination of named people
    ("Jane Roe and Tom Hale said": Jane Roe, Tom Hale); ``source`` keeps the whole phrase, the span
    PolNeAR annotates. The source table and the distinct-source counts use the members.
    """

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
    members: tuple[Source, ...] = ()

    @property
    def sources(self) -> tuple[Source, ...]:
        """The sources a reader lists for this attribution: the members, else the source."""
        return self.members or (self.source,)


_NO_SOURCE = Source("", -1, -1, "vague", "unknown", "")
_NO_SOURCE_OTHER = _NO_SOURCE._replace(source_class="other")


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] < pos < spans[k][1]


#: Marks that end a sentence of running text (a headline has none).
_SENTENCE_END_MARKS = frozenset(".!?\"”’'")


_SHOW_NOUN_FORMS = frozenset(("show", "shows"))
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: Words before a weekday that make it a time of the finding ("released Monday show", "on Monday show").
_WEEKDAY_TIME_LEADS = frozenset("on last this by since until".split())


def _weekday_show(body: str, s: int) -> bool:
    """Whether "show" at ``s`` follows a weekday that names a programme ("his Saturday show"), not a time.

    A weekday after a participle or a time preposition ("figures released Monday show", "Data on Monday
    show") dates the finding, and the cue stays.
    """
    b = body.rfind(" ", 0, s - 1)  # the weekday's start - 1
    before = _prev_word(body, b + 1) if b >= 0 else ""
    if before[-1:] == "s" and before[-2:-1] not in ("'", "’") and before not in _POSSESSIVES_IN_S:
        return False  # "Figures Monday show", "Polls Sunday show": the plural subject, then the finding's day
    return not (before.endswith("ed") or before in _WEEKDAY_TIME_LEADS)


#: Possessive determiners ending in "s" ("his Saturday show" is a programme).
_POSSESSIVES_IN_S = frozenset(("his", "its", "hers", "ours", "yours", "theirs", "this"))


#: A comma apposition or relative clause closing right before a cue ("X, a think tank that ..., estimates").
_APPOSITION_BEFORE = re.compile(r",\s+(?:a|an|the|who|which|whose|its|his|her|their)\s[^,;:.!?\"“”]*,\s*$")


def _after_apposition_that(word: str, before: str, body: str, low: str, s: int, e: int) -> bool:
    """Whether an "-s" form follows a subject's comma apposition and opens a "that" clause: a verb.

    "The Centre for Fair Transport, a think tank, estimates that each pound ...": the apposition's
    closing comma stands where the subject would; "In March, estimates that were ..." (no apposition, a
    relative "that were") stays a noun.
    """
    return (
        word[-1] == "s"
        and before[-1:] == ","
        and _CONTENT_THAT.match(low, e) is not None
        and _APPOSITION_BEFORE.search(body, max(0, s - 160), s) is not None
    )


def _surname_in(body: str, word: str) -> bool:
    """Whether ``body`` writes ``word`` as the last word of a two-word capitalised name ("Ada Ormsby").

    A body's noun is never a surname ("the Vale Council"). Called only for a one-word headline before a
    document noun and a colon.
    """
    if word.lower() in INSTITUTIONS:
        return False
    return re.search(r"\b[A-Z][a-z]+\s" + re.escape(word) + r"\b", body) is not None


def _heading_compound(body: str, s: int) -> bool:
    """Whether one capitalised word alone opens a headline line before offset ``s`` ("Board notes: ...").

    A document noun after it and a colon, on a line with no full stop at its end, is a heading ("Board
    notes: council approves budget", "Police reports: ..."), no speaker's cue; "The board notes:",
    "Minister warns:" (no document noun) and a sentence ending in a full stop ("Hale notes: costs rose.")
    are not headings.
    """
    ls = body.rfind("\n", 0, s) + 1
    head = body[ls:s]
    if not (2 <= len(head) <= 24 and head[-1] == " " and head[0].isupper() and head[:-1].isalpha()):
        return False
    if person_word(head[:-1].lower()) or _surname_in(body, head[:-1]):
        return False  # "Analyst notes: ...", "Ormsby notes: ..." (after "Ada Ormsby"): a speaker's headline
    le = body.find("\n", s)
    line = body[s : le if le >= 0 else len(body)].rstrip()
    return line[-1:] not in _SENTENCE_END_MARKS


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


#: Words before "planning" that make it the noun when a bare noun follows ("by planning officers", "the
#: planning committee", "Planning officers said"); after a subject or a "be" form it is the verb ("is
#: planning cuts").
_PLANNING_NOUN_BEFORE = DETERMINERS | frozenset(("", "by", "of", "for", "from", "with", "to", "at", "in", "on", "about"))
#: Verbs that put an instrument in place or change it ("extended the amber warning", "lifted the flood
#: warnings"): a warning as their object is the instrument, not a warning's words.
_INSTRUMENT_VERBS = verb_forms("issue", "extend", "lift", "upgrade", "downgrade", "renew", "reissue", "cancel") | frozenset(
    "cancelled cancelling withdrew withdrawn".split()
)

#: Forms of the verbs that repeat a warning ("renewed its warning", "reissued warnings"), and a topic or
#: an addressee right after the warning ("about", "over", "against", "of", "to"): the warning said again,
#: with what it says, is reported speech ("Doctors renewed their warnings over measles").
_REPEAT_VERBS = verb_forms("renew", "reissue")
_WARNING_TOPIC = re.compile(r"warnings?\s+(?:about|over|against|of|to)\s")


def _instrument_warning(low: str, s: int, end: int) -> bool:
    """Whether "warning(s)" at ``s`` is an instrument a verb among its four words before acts on, with no content.

    "Forecasters have extended the amber wind warning to cover the coast", "lifted all flood warnings":
    the object of :data:`_INSTRUMENT_VERBS`, no attribution unless the sentence gives what it says (a
    "that" clause, a quotation, a colon or "saying" after it: "extended its warning that roads would
    flood" stays a cue).
    """
    verbs = [w for w in low[max(0, s - 48) : s].split()[-4:] if w in _INSTRUMENT_VERBS]
    if not verbs:
        return False
    if verbs[-1] in _REPEAT_VERBS and _WARNING_TOPIC.match(low, s) is not None:
        return False  # "The union renewed its warnings about staff shortages": the warning said again, a cue
    rest = low[s : min(end, s + 300)]  # a bounded window: linear on long unpunctuated text
    return not (" that " in rest or "saying" in rest or ":" in rest or any(q in rest for q in '"“”'))


#: Base forms that, with a company's results as their object, announce an event to come ("will report
#: full-year results in September", "is due to publish its earnings on Tuesday"): nothing is reported yet.
_SCHEDULED_FORMS = frozenset("report announce publish".split())
_RESULTS_NOUNS = frozenset("results results. results, earnings earnings. earnings,".split())


def _scheduled_results(low: str, e: int) -> bool:
    """Whether the base form ending at ``e`` has "results" or "earnings" among its next four words (no "that")."""
    words = low[e : e + 60].split()[:4]
    return "that" not in words and any(w in _RESULTS_NOUNS for w in words)


def _issued_instrument(low: str, e: int, end: int) -> int:
    """The end of the instrument "issued" (ending at ``e``) takes when it has no content, else -1.

    An official instrument (a warning, permit, subpoena) is no attribution unless the sentence gives
    what it says: a "that" clause, a quotation, a colon or "saying" after it ("issued a warning that
    roads would be icy" stays a cue).
    """
    for n, m in enumerate(_WORD.finditer(low, e, min(end, e + 40))):
        if n == 4:
            return -1
        if m.group() in ISSUED_INSTRUMENTS:
            rest = low[e : min(end, e + 300)]  # a bounded window: linear on long unpunctuated text
            if " that " in rest or "saying" in rest or ":" in rest or any(q in rest for q in '"“”'):
                return -1
            return m.end() + 5  # and the preposition after it ("warning for")
    return -1


#: Speech forms that report nothing without content: answering questions (a "that" clause, a
#: quotation, a colon or a question word gives the content), and "asked" ending a sentence with no
#: quotation or question mark before it ("did as he was asked", "the one asked": a participle).
_ANSWER_FORMS = verb_forms("answer")
_ASK_FORMS = verb_forms("ask")
#: "continue" forms: sentence-final with no quotation before ("while the investigation continues.") they
#: report nothing, as a bare "asked." does.
_CONTINUE_FORMS = frozenset("continue continues continued".split())
_CONTENT_NEEDED = _ANSWER_FORMS | _ASK_FORMS | _CONTINUE_FORMS
_QUESTION_WORDS = frozenset("question questions queries".split())
_CONTENT_MARKS = re.compile(r"\b(?:that|saying|whether|why|how|what|when|if)\b|[:\"“”?]")


#: Conversation verbs: with a reciprocal object ("talked to each other") they report no words.
_CONVERSE_FORMS = frozenset("talk talks talked talking speak speaks spoke speaking chat chats chatted chatting".split())
_RECIPROCAL = re.compile(r"\s+(?:to|with)\s+(?:each\s+other|one\s+another)(?![\w'’-])")
#: "view" is a belief only as "view X as Y" ("is viewed as", "views the plan as a risk") or with "that".
_VIEW_FORMS = verb_forms("view")
_VIEW_AS = re.compile(
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:as|that|favou?rably|unfavou?rably|positively|negatively"
    r"|with\s+(?:suspicion|skepticism|scepticism|contempt|disdain|distrust|alarm))(?![\w'’-])"
)
# "claims that the vote was rigged", "fears that prices will rise", "comments about the judge": a content
# noun with its content clause or topic, a report even without a subject before it ("that" followed by
# a modal or auxiliary opens a relative clause: "claims that could sink the bill")
_CONTENT_THAT_NOUNS = frozenset(("claims", "fears", "reports", "hopes"))
_CONTENT_ABOUT_NOUNS = frozenset(("comment", "comments", "remark", "remarks", "claims", "fears"))
_CONTENT_THAT = re.compile(
    r"\s+that\s+(?!(?:could|would|will|may|might|can|should|must|is|was|are|were|has|have|had)(?![\w'’-]))[\w\"“]"
)
_CONTENT_ABOUT = re.compile(r"\s+about\s")
#: "hopes" / "fears" after a subject with a bare content clause: one to four words, then a modal or a finite
#: auxiliary ("the board hopes the vote will settle it", "Lind fears her rivals could"); not "hopes of a
#: deal were", "in hopes turnout would" (checked by the caller: "in" before).
_CLAUSE_NOUNS = frozenset(("hopes", "fears"))
_BARE_CLAUSE = re.compile(
    r"(?!\s+(?:of|for|in|on|to|about|and|or|that|are|were|was|is|had|have|has)(?![\w'’-]))(?:\s+[\w'’-]+){1,4}?\s+"
    r"(?:can|could|will|would|may|might|must|should|is|are|was|were|has|have|had)(?![\w'’-])"
)
# "Men under 35 support Sanders", "About three-quarters support a ban", "voters fear the candidate", "media
# outlets estimate Trump needs": a base-form stance or belief verb with its object (a determiner, a
# possessive or object pronoun, a capitalised name; not a weekday or a month) is the verb, whatever the
# subject; "voted in favor Tuesday", "48% support in the state", "strong support from" stay nouns
_STANCE_BASE_FORMS = frozenset(("support", "favor", "favour", "fear", "blame", "estimate", "hope"))
_STANCE_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|this|these|those|him|them|us|our|my|your)\s"
    r"|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)(?![\w'’-]))[A-Z][a-z])"
)
# "talked openly about her illness", "talks freely of the war", "talked of reforms": a manner adverb
# (or none, with "talked of") and then the topic; "talked directly to them", "the talks of the two
# sides" stay out
# "in my view", "in the mayor's view": an opinion's holder, a belief cue ("a view of the bay", "came
# into view", "in full view of the crowd" stay out)
_IN_VIEW = re.compile(r"\bin\s+(?:my|his|her|their|our|your|(?:[\w.-]+\s+){0,3}[\w.-]+['’]s?)\s+$")
_TALK_FORMS = verb_forms("talk")
_TALK_TOPIC = re.compile(r"\s+(?!only\s)[a-z]+ly(?:\s+[\w'’-]+){0,4}?\s+(?:about|of)\s")
#: "talks to / with X about Y": a conversation with its topic is a report of what was said ("was talking
#: to parents about the bus cuts"); "talking to them" (no topic) and "about" before a number ("in talks
#: to buy a rival for about $2bn") are no cue.
_TALK_TO_ABOUT = re.compile(r"\s+(?:to|with)\s+(?:[^\s.;:!?\"“”]+\s+){1,6}?about\s+(?![\d$£€])")
#: "felt his side deserved a penalty", "feels the club is": a clause after a belief "feel" (a subject of one
#: to four words opening with a pronoun, a possessive or "the", then a finite verb, a modal or a past tense in -ed).
_FEEL_FORMS = verb_forms("feel")
_FELT_CLAUSE = re.compile(
    r"\s+(?:he|she|they|we|i|you|it|his|her|their|our|its|my|your|the)\s+(?:[a-z'-]+\s+){0,3}?"
    r"(?:is|was|were|are|had|has|have|would|could|should|will|might|must|did|does|[a-z]{3,}ed)\b"
)
#: "threatened not to", "threaten also to": a threat's infinitive after a negation or an adverb.
_THREATEN_FORMS = verb_forms("threaten")
_THREAT_ADVERB_TO = re.compile(r"\s+(?:not|also|again|repeatedly|even|once\s+again)\s+to\s")


def _talked_of(nxt: str, prev: str, body: str, low: str, s: int, e: int) -> bool:
    """Keep "talked of a plan": what was said, named."""
    return nxt == "of"


def _talk_topic(nxt: str, prev: str, body: str, low: str, s: int, e: int) -> bool:
    """Keep "talked openly about" (:data:`_TALK_TOPIC`), "talks to parents about" (:data:`_TALK_TO_ABOUT`)."""
    if nxt[-2:] == "ly" and _TALK_TOPIC.match(low, e) is not None:
        return True
    return nxt in ("to", "with") and prev not in DETERMINERS and prev != "in" and _TALK_TO_ABOUT.match(low, e) is not None


def _threat_adverb_to(nxt: str, prev: str, body: str, low: str, s: int, e: int) -> bool:
    """Keep "threatened not to", "threatened again to" (:data:`_THREAT_ADVERB_TO`)."""
    return _THREAT_ADVERB_TO.match(low, e) is not None


def _felt_clause(nxt: str, prev: str, body: str, low: str, s: int, e: int) -> bool:
    """Keep "felt his side deserved" (:data:`_FELT_CLAUSE`)."""
    return _FELT_CLAUSE.match(low, e) is not None


#: Phrase cues that liken or portray their object ("compared the mayor to", "painted her as", "cast him as").
_LIKENING_VERBS = ("compar", "paint", "cast")
#: Object pronouns a portrayal or a likening may take ("painted it as a victory").
_LIKENED_PRONOUNS = frozenset("him her them himself herself themselves me us it itself you".split())
_BE_BEFORE = frozenset("was were is are be been being".split())


def _likening(body: str, s: int, e: int, word: str, prev: str) -> bool:
    """Whether a likening or portrayal phrase is someone's words about a person or a body.

    A portrayal's object is a pronoun, a name (a capitalised word) or a person's or a body's noun
    ("painted the council as"): not a thing ("painted the fence as the sun set"); a likening may liken
    anything ("compared the levy to a tax"). Not a passive ("was compared in the review
    to"; "were painting him as" stays), an imperative opening a sentence ("Compare that to ..."), nor a theatre's casting ("cast her as
    Juliet": a capitalised part after "as").
    """
    words = body[s:e].split()
    if (prev in _BE_BEFORE and words[0].lower().endswith(("ed", "cast"))) or words[0] == "Compare":
        return False
    if words[0].lower().startswith("cast") and re.match(r"\s+(?:the\s+)?[A-Z]", body[e:]):
        return False
    obj = words[1:-1]
    if not obj or words[0].lower().startswith("compar"):
        return True  # "compared the levy to a tax": a likening of a policy is someone's words too
    last = obj[-1].lower()
    return (
        any(w[:1].isupper() for w in obj)
        or last in _LIKENED_PRONOUNS
        or person_word(last)
        or last in ROLE_WORDS
        or last in INSTITUTIONS
    )


def _stating_after_comma(nxt: str, prev: str, body: str, low: str, s: int, e: int) -> bool:
    """Keep ", stating ...": a participle after a comma that reports its subject's words.

    "She hit back, stating on radio that ...", "..., stating the rules were clear": with or without "that".
    """
    return low[e - 9 : e - 7] == ", "


#: "promise(s) to" and a verb: a pledge, a nominal cue like "pledge to" ("her promise to reopen the
#: lido"); "the promise to the victims" (a determiner or a pronoun after "to") is no infinitive.
_PROMISE_FORMS = frozenset(("promise", "promises"))
_PROMISE_TO = re.compile(
    r"\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me|it|be)\b)"
    r"[a-z]{2,}\b"
)


def _recalled_thing(low: str, e: int) -> bool:
    """Whether one of the three words from ``e`` is a product or an envoy (:data:`_RECALLED_THINGS`) or a number."""
    for n, m in enumerate(_WORD.finditer(low, e, min(len(low), e + 60))):
        if n == 3:
            break
        w = m.group()
        if w in _RECALLED_THINGS or w[:1].isdigit():
            return True
    return False


#: A question opening the sentence before "..., she asked." (no question mark): the question is the content.
_QUESTION_OPENER = re.compile(
    r"[\s\"“‘']*(?:where|what|why|how|who|whom|whose|when|which|whether|will|would|can|could|should|shall"
    r"|is|are|was|were|do|does|did|has|have|had)\s"
)
#: The clause after the question's comma: a subject of up to three words, then the ask form.
_ASKER = re.compile(r",\s*(?:[\w.'’-]+\s+){1,3}$")
#: A passive before the ask form ("as he was asked"): a participle, not the asker's report.
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|be|being|is|are|am)\s+$")


#: A noun-like cue form before a copula after a capitalised name ("The Green Left list was third"): the
#: subject's head ("who he claims is unfair" keeps its verb: a pronoun, no name, before it).
_COPULA_AFTER = re.compile(r"\s+(was|is|are|were)\s")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’&.-]*\s+[A-Z][\w'’&.-]*\s+$")
#: A singular determiner and a capitalised name before a base form ("A Leeds City Council report"): no verb
#: agrees with "a" + name, so the form is the noun the name modifies.
_SINGULAR_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Ee]ach|[Ee]very)\s+(?:[A-Z][\w'’&.-]*\s+){1,5}$")


#: "a / an" and one lower-case word right before a cue form (the word checked against :data:`INSTITUTIONS`).
_A_WORD_BEFORE = re.compile(r"(?<![\w'’-])an?\s+[a-z]+\s+$")


def _body_noun_compound(word: str, low: str, s: int) -> bool:
    """Whether the cue form ``word`` at ``s`` is a base form after "a / an" and a body's noun ("a police caution").

    No verb's base form agrees with a singular "a police" or "a council", so the form is the noun the
    body's noun modifies; "a court ruled", "a council warns" (past and "-s" forms) and "police caution
    that" (no article) keep their verbs.
    """
    return (SPEECH_FORMS.get(word) or BELIEF_FORMS.get(word)) == word and _A_WORD_BEFORE.search(
        low, max(0, s - 30), s
    ) is not None


def _nominal_form(word: str, body: str, low: str, s: int, e: int) -> bool:
    """Whether the noun-like cue form ``word`` at ``s``-``e`` is a noun by its neighbours, not a verb.

    Before a copula after a name of two capitalised words ("The Green Left list was third"), the copula
    agreeing with a noun: an "-s" form only before "are / were" (a plural noun: "The Green Left claims
    were dropped"), never before "is / was" (a verb whose clause is the subject: "What Jane Roe claims is
    false"); a base form after "a / an / each / every" and a capitalised name ("A Leeds City Council
    report found"). "Officials report that", "who he claims is unfair", "One view is that" stay.
    """
    cop = _COPULA_AFTER.match(low, e)
    if (
        cop is not None
        and (word[-1] != "s" or cop.group(1) in ("are", "were"))
        and _NAME_BEFORE.search(body, max(0, s - 60), s) is not None
    ):
        return True
    return word[-1] != "s" and _SINGULAR_NAME_BEFORE.search(body, max(0, s - 80), s) is not None


#: "expected" of a planned event after "is / are / was / were" and a time ("is expected in 12 months").
_SCHEDULE_AUX = frozenset("is are was were".split())


def scheduled(body: str, att: Attribution) -> bool:
    """Whether the cue is "expected" of a scheduled event ("A final report is expected in 12 months").

    The cue stays (PolNeAR annotates it, with no stated source); its subject is the thing expected, the
    content, no source. "Officials expected the report in May" and "is expected to resign" keep theirs.
    """
    low = body[att.end : att.end + 12].lower()
    return (
        att.cue.lower() == "expected"
        and _prev_word(body, att.start) in _SCHEDULE_AUX
        and _SCHEDULED.match(low) is not None
    )
_SCHEDULED = re.compile(
    r"\s+(?:in|on|within|later|soon|shortly|next|early|before|after|at|around|this|tomorrow|today|tonight)(?![\w'’-])"
)


#: Forms that "than" and a subject may precede in a comparison ("than forecasters had predicted").
_COMPARED_FORMS = frozenset(
    "expected anticipated predicted thought feared hoped planned forecast believed imagined suggested estimated".split()
)
#: "than", a subject of one to three words and an auxiliary, right before the form.
_THAN_SUBJECT = re.compile(
    r"(?<![\w'’-])than\s+(?:(?!that\s|who\s|what\s)[\w'’-]+\s+){1,3}(?:(?:had|have|has|was|were|would|had\s+been)\s+)?$"
)


def _compared(low: str, s: int, e: int) -> bool:
    """Whether the form at ``s``-``e`` closes a comparison with a document's figure ("than models had suggested.").

    A "than", a short subject headed by a document noun (models, forecasts, polls) and no content after
    the form: punctuation or the text's end. A person's expectation stays a belief ("than her advisers
    expected", as PolNeAR annotates it); "than the models suggested that ..." stays a cue.
    """
    after = low[e : e + 1]
    if after and after not in ".,;:!?)\n":
        return False
    m = _THAN_SUBJECT.search(low, max(0, s - 50), s)
    if m is None:
        return False
    words = m.group().split()[1:]
    head = next((w for w in reversed(words) if w not in _COMPARISON_AUX), "")
    return head in DOCUMENT_WORDS


_COMPARISON_AUX = frozenset("had have has was were would been".split())
def _no_content(word: str, body: str, low: str, e: int, sentence: tuple[int, int], prev_start: int = -1) -> bool:
    """Whether the answer or ask form ending at ``e`` has no content in its sentence (then no cue).

    "answered every question" (a question noun within four words, no content marker after the verb)
    and a sentence-final "asked" with no quotation or question mark in the 150 characters before it
    ("the one asked", "did as he was asked") report no words. "answered that", "asked whether",
    '"Why?" she asked.' and an unquoted question before the comma ("Where will the money come from,
    she asked.") stay cues. The 150 characters stay in the sentence, or reach into the one before
    (starting at ``prev_start``) only when that one is a whole quotation ('"Is it safe?" Ms. Varga
    asked.'), so a quotation ending another speaker's sentence is no content ('"We will rebuild," she
    said. The work will continue.').
    """
    end = min(sentence[1], e + 300)  # bounded: linear on long unpunctuated text
    if word in _ANSWER_FORMS:
        for n, m in enumerate(_WORD.finditer(low, e, min(end, e + 40))):
            if n == 4:
                break
            if m.group() in _QUESTION_WORDS:
                return _CONTENT_MARKS.search(low, e, end) is None
        return False
    if not low[e:end].split("\n", 1)[0].strip(" .!\t"):  # a line end ends a headline
        # a quotation may end the sentence before ('"Is the bridge safe?" Ms. Varga asked.')
        lo = sentence[0]
        if 0 <= prev_start < lo:
            prev = body[prev_start:lo].strip()
            if prev[:1] in OPENING_QUOTES and prev[-1:] in CLOSING_QUOTES:
                lo = prev_start  # the sentence before is a whole quotation: its speaker may be this one's subject
        before = body[max(lo, e - 150) : e]
        if any(c in before for c in '"“”‘?') or "''" in before:
            return False
        s = sentence[0]
        head = low[max(s, e - 300) : e - len(word)]  # bounded, as above
        return not (_QUESTION_OPENER.match(low, s, e) and _ASKER.search(head) and not _PASSIVE_AUX.search(head))
    return False


#: Words that make a clause of the words before "say," no parenthetical subject ("as the saying goes",
#: "what critics say, ..." is a free relative; "needless to say,").
_NOT_PARENTHETICAL = frozenset("as what whatever if whether when how than to let's lets".split())
#: A comma, the subject of an inserted "say," (up to six words, the last a plural noun), then "say".
_PARENTHETICAL_SUBJECT = re.compile(r",\s+((?:[\w.'’-]+\s+){0,5}[A-Za-z]+[^s\W]s)\s+$")


#: A comma, then an opening quotation mark: "went on to say, “...”" introduces the words said.
_QUOTE_AFTER_COMMA = re.compile(r",\s*(?:[\"“‘]|'')")


def _parenthetical_say(body: str, s: int, prev: str) -> bool:
    """Whether "say," at ``s`` is an inserted report with a plural subject ("The effect, many economists say, is small").

    The subject is a plural noun (``prev``, a word ending in "s" but not "ss") of people, bodies or
    documents (:func:`_speaking_plural`: "advisers", "the unions", "the polls"; not "the hills say,"),
    opening after a comma at most six words (and 60 characters) before; a clause word among them
    ("what critics say, ...", "as the kids say,") makes it no insertion. "Let's say," and "needless to
    say," have no plural subject.
    """
    if not (prev.isalpha() and len(prev) > 3 and prev[-1] == "s" and prev[-2] != "s"):
        return False
    m = _PARENTHETICAL_SUBJECT.search(body, max(0, s - 60), s)
    return (
        m is not None
        and _speaking_plural(m.group(1).rsplit(None, 1)[-1])
        and not any(w.lower() in _NOT_PARENTHETICAL for w in m.group(1).split())
    )


#: What closes an inserted noun-ambiguous cue set off after its content: a comma, a full stop, "!" / "?",
#: a semicolon, a closing bracket or the line's end ("The bridge is unsafe, locals claim, and ...").
_SET_OFF_END = re.compile(r"[ \t]*(?:[,.;!?)]|\n|$)")


def _set_off_plural_cue(word: str, body: str, s: int, e: int, prev: str) -> bool:
    """Whether a noun-ambiguous cue (``word``: "claim", "fear", "warn") is inserted after its content by a plural subject.

    "The bridge is unsafe, locals claim, and the council must act", "The plan is dead, officials claim.":
    a comma, a plural subject of people, bodies or documents (as an inserted "say,",
    :func:`_parenthetical_say`), the cue in its base form, then a comma, a full stop or the line's end
    (:data:`_SET_OFF_END`): the cue closes its insertion. A plural noun after the cue ("..., locals claim
    rights") or an "-s" form ("..., tenants claims") is no insertion.
    """
    return word[-1:] != "s" and _parenthetical_say(body, s, prev) and _SET_OFF_END.match(body, e) is not None


#: Endings of plural nouns of people ("drivers", "economists", "historians", "residents").
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents")


def _speaking_plural(word: str) -> bool:
    """Whether the plural ``word`` can say something ("advisers", "the unions", "the polls"; not "the hills").

    A name ("the Greens"), or a noun of people, bodies or documents (:data:`ROLE_WORDS`,
    :data:`PERSON_NOUNS`, :data:`VAGUE_GROUPS`, :data:`DOCUMENT_WORDS`, :data:`_GROUP_HEADS`, or an
    ending of :data:`_PEOPLE_ENDINGS` that is no :data:`NOT_PERSON_ER` word).
    """
    low = word.lower()
    return (
        word[:1].isupper()
        or low in ROLE_WORDS
        or low in PERSON_NOUNS
        or low in VAGUE_GROUPS
        or low in DOCUMENT_WORDS
        or low in _GROUP_HEADS
        or (low.endswith(_PEOPLE_ENDINGS) and low not in NOT_PERSON_ER)
    )


#: Objects after "calls" that make it naming ("calls it a disgrace", "calls them heroes"), not the noun.
_NAMED_OBJECTS = frozenset("it this them him himself herself themselves itself".split())
#: Words after the object that make "calls" a telephone call ("calls them back", "calls him every week").
_CALLING_BACK = frozenset("back up in out on off over to every each daily twice again at from when after before".split())


def _naming_calls(word: str, body: str, e: int, prev: str) -> bool:
    """Whether "calls" ending at ``e`` names or describes its object ("The campaign calls this a false claim").

    An object pronoun of :data:`_NAMED_OBJECTS` follows, no determiner or possessive precedes ("his
    calls it ignored", "the council's calls this winter" stay a noun), and a complement follows the
    object: a determiner ("calls this a smear"), a quotation mark, a capitalised word ("calls it Project
    Fear"), an adverb in -ly, or one word that ends the clause ("calls it madness."); "the calls it
    handled rose" is a noun with a relative clause. "calls her" stays ambiguous ("calls her mother") and
    is left out.
    """
    if word != "calls" or prev in DETERMINERS or prev.endswith(("'s", "s'")):
        return False
    nm = _NEXT_TOKEN.match(body, e)
    if nm is None or nm.group(1) not in _NAMED_OBJECTS:
        return False
    after = _NEXT_TOKEN.match(body, nm.end())
    if after is None:
        return True
    w = after.group(1)
    if w.lower() in _CALLING_BACK:
        return False
    if w.lower() in DETERMINERS or w in "\"“‘'" or w[:1].isupper() or w.endswith("ly"):
        return True
    end = _NEXT_TOKEN.match(body, after.end())
    return end is None or end.group(1) in ".,;:!?)"


#: What may follow a singular person noun's "-s" verb with its content ("a nurse claims that", "...,
#: whistleblower claims" ending a headline): "that", a comma, a full stop or the line's end.
_SAYS_CONTENT_OR_END = re.compile(r"\s+that\b|[ \t]*(?:[,.:;]|\n|$)")


def _person_noun_claims(word: str, prev: str, toks: list[str], body: str, e: int) -> bool:
    """Whether a noun-like "-s" cue (``word``, "claims", "warns") is the verb of a singular person noun before it.

    The noun (``prev``, one of :data:`ROLE_WORDS` or :data:`PERSON_NOUNS`, no plural) opens its phrase
    (after "a", "an", "the", "one", a comma or nothing) and "that", a comma, a full stop or the line's
    end follows the cue: "a whistleblower claims that ...", "Staff cut, whistleblower claims". "The
    employee claims were rejected" (a verb follows) is a noun.
    """
    if not word.endswith("s") or prev.endswith("s") or not (prev in ROLE_WORDS or prev in PERSON_NOUNS):
        return False
    before = toks[-2].lower() if len(toks) > 1 else ""
    if before not in ("a", "an", "the", "one", "") and not before.endswith(","):
        return False
    return _SAYS_CONTENT_OR_END.match(body, e) is not None


#: The "-s" forms of :func:`_singular_subject_claims`: speech acts and stances that take an object
#: ("claims his rival misled voters", "calls the audit a whitewash", "demands the drivers' return").
_OBJECT_CLAIMS = frozenset("claims calls demands promises blames counters hopes fears".split())
#: What opens the object of such a verb: a determiner or a pronoun, "to" and a verb, a capitalised
#: word (a name), an opening quotation mark.
_CLAIM_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|our|this|that|these|those|he|she|they|it|we|him|them|on)\s"
    r"|to\s+[a-z]{2,}\b(?<!\bthe)|[A-Z][a-z]|[\"“])"
)
_OBJECT_SUBJECT_OPENERS = frozenset("a an the one his her its their this that".split())


_POSSESSIVES = frozenset("his her their its our my your".split())


#: "they note, ...", "Legal observers note the plan ...": "note" after a subject pronoun or a plural person
#: noun is the verb, with or without "that" ("the Treasury note fell", "a note to readers" stay out).
_NOTE_SUBJECTS = frozenset(("they", "we", "i", "you"))


def _note_subject(nxt: str, prev: str, body: str, low: str, s: int, e: int) -> bool:
    """Whether "note" follows a subject pronoun or a plural person noun (:data:`_NOTE_SUBJECTS`): the verb."""
    return prev in _NOTE_SUBJECTS or _plural_person(prev)


#: A quotation closed by its own comma, "!" or "?" and at most three capitalised words (a name) right
#: before a cue: '"...," read the statement', '"...," Kelly charged.', '"...," Lee added to reporters'.
_QUOTE_CLOSED_BEFORE = re.compile(r"[,!?][\"”]\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")


def _after_quotation(body: str, s: int) -> bool:
    """Whether the cue at ``s`` follows a quotation it reports (:data:`_QUOTE_CLOSED_BEFORE`), so is the verb."""
    return _QUOTE_CLOSED_BEFORE.search(body, max(0, s - 60), s) is not None


def _quoted(nxt: str, prev: str, body: str, low: str, s: int, e: int) -> bool:
    """Keep any :data:`NEXT_REQUIRED` form right after a quotation it reports (:func:`_after_quotation`)."""
    return _after_quotation(body, s)


#: A test of :data:`_NEXT_REQUIRED_UNLESS`: (the next word, the word before, the body, the lower-cased body,
#: the cue's start, its end) -> True to keep the cue.
_UnlessTest = Callable[[str, str, str, str, int, int], bool]
#: The readings that keep a :data:`NEXT_REQUIRED` form a cue though the word after it is none of its
#: required words, by form; the last test of every form is the quotation's (:func:`_quoted`). One look-up
#: per cue instead of a chain of tests.
_NEXT_REQUIRED_UNLESS: dict[str, tuple[_UnlessTest, ...]] = {}
for _forms, _test in (
    (("talked",), _talked_of),
    (_TALK_FORMS, _talk_topic),
    (_THREATEN_FORMS, _threat_adverb_to),
    (_FEEL_FORMS, _felt_clause),
    (("stating",), _stating_after_comma),
    (("note",), _note_subject),
    (NEXT_REQUIRED, _quoted),
):
    for _form in _forms:
        _NEXT_REQUIRED_UNLESS[_form] = (*_NEXT_REQUIRED_UNLESS.get(_form, ()), _test)
del _forms, _test, _form
#: The tests of a form missing from the table (none is: the quotation's alone).
_QUOTED_ONLY: tuple[_UnlessTest, ...] = (_quoted,)


def _possessive_before(body: str, s: int) -> bool:
    """Whether one of the two words before ``s`` is a possessive ("his promise", "her own promise")."""
    for w in body[max(0, s - 40) : s].split()[-2:]:
        low = w.lower()
        if low in _POSSESSIVES or low.endswith(("'s", "’s")):
            return True
    return False


def _singular_subject_claims(word: str, prev: str, toks: list[str], body: str, e: int) -> bool:
    """Whether a noun-like "-s" cue is the verb of a singular person, body or document noun with an object.

    "The candidate claims his rival misled voters", "The union's lawsuit demands the reinstatement of
    ...", "The new leaflet claims “...”": the noun (one of
    :data:`ROLE_WORDS`, :data:`PERSON_NOUNS` or :data:`DOCUMENT_WORDS`, no plural) after a
    determiner or a possessive and at most one lower-case modifier, then the object
    (:data:`_CLAIM_OBJECT`). "The employee claims were rejected", "phone calls to voters" and "user
    reports" (no determiner, or no object) are nouns.
    """
    if word not in _OBJECT_CLAIMS or prev.endswith("s"):
        return False
    if not (prev in ROLE_WORDS or prev in PERSON_NOUNS or prev in DOCUMENT_WORDS):
        return False
    n = len(toks)
    for j in (n - 2, n - 3):
        if j < 0:
            return False
        w = toks[j]
        low = w.lower()
        if low in _OBJECT_SUBJECT_OPENERS or low.endswith(("'s", "’s")):
            break
        if j == n - 3 or not (w.isalpha() and (w.islower() or w.istitle())) or low in NP_STOP_WORDS:
            return False
    return _CLAIM_OBJECT.match(body, e) is not None


#: "add" before a number is a sum ("added 150,000 jobs", "adds about $2bn"), not a speaker adding words.
_ADD_FORMS = verb_forms("add")
_ADDED_NUMBER = re.compile(
    r"\s+(?:(?:nearly|almost|roughly|around|about|some|over|more\s+than|another)\s+)?"
    r"(?:[$£€]?\d|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|dozens|hundreds|thousands|millions"
    r"|billions)\b)"
)
#: A counted noun for words and a colon after "added": what the speaker adds follows ("She added two
#: conditions: ..."); a counted thing ("added three new loaves: ...") stays a sum.
_ADDED_LIST = re.compile(
    r"\s+(?:two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:[a-z-]+\s+)?(?:conditions|demands|points"
    r"|reasons|caveats|warnings|questions|requests|proposals|suggestions|details|thoughts|concerns"
    r"|qualifications|criticisms|objections|recommendations)\s*:"
)
#: "pushed" with a date after it moves a schedule ("opening pushed to March", "was pushed back to next
#: year", "pushed back by two weeks"); "pushed for", "pushed back against", "pushed to include" stay cues.
_PUSH_FORMS = frozenset("pushed pushes pushing".split())
_PUSHED_TO_DATE = re.compile(
    r"\s+(?:(?:back|forward)\s+)?(?:to|until|till|into)\s+(?:next|later|early|late|mid|the\s+(?:end|start|spring"
    r"|summer|autumn|fall|winter|new\s+year|following|weekend)|january|february|march|april|may|june|july"
    r"|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|spring|summer|autumn|winter|\d)"
    r"|\s+back\s+(?:by\s+)?(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:day|week|month|year)s?\b"
)
#: A concessive "whatever X say(s)" / "no matter what X say" closing its clause (a comma, a full stop or the
#: line's end after the cue): nothing is reported ("The lane works, whatever its critics say"), no
#: attribution (searched in the 40 characters before the cue); "Whatever X claims was checked" (a free
#: relative as a subject) keeps its cue.
_CONCESSIVE_END = frozenset((",", ".", ";", "\n", "", ")", "!", "?"))
_CONCESSIVE_BEFORE = re.compile(r"(?<![\w'’-])(?:whatever|no\s+matter\s+what)\s+(?:[\w'’-]+\s+){1,4}$")
#: A court report's "Defending," / "Defending him," opening a sentence before counsel's name: no stance.
_COUNSEL_OPENER = re.compile(r"(?:^|(?<=[.!?\n])\s*|(?<=[.!?]\s))Defending(?=(?:\s+(?:him|her|them))?,)")
#: "defending" before a sports title ("Defending champion X", "the defending titleholder"): an epithet.
_DEFENDING_TITLE = re.compile(
    r"(?<![\w'’-])(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbe )(?<!\bbeen )"
    r"defending(?=\s+(?:champions?|title-?holders?)\b)"
)
#: Voice verbs whose object is a name ("Fans chanted the striker's name", "She screamed her son's name",
#: "The crowd chanted the name of the club"): a name called out, no words reported.
_VOICE_FORMS = verb_forms("chant", "shout", "scream", "yell", "cry", "whisper")
_NAME_OBJECT = re.compile(
    r"\s+(?:(?:his|her|their|its|my|your|our|the)\s+)?(?:[\w.-]+(?:'s|’s|'|’)\s+)?(?:own\s+|first\s+|full\s+)?names?\b"
    r"(?!\s+(?:was|were|is|are|had|have|has)\b)"
)
#: Before a naming "called": a comma or a bracket opening an apposition (", called Noor 1", "(also called
#: the Sea Org"), or a form of "be" (a passive name: "the new region, to be called Rivermark").
_NAMING_EDGE = re.compile(
    r"(?:(?P<edge>[,(])\s*|(?<![\w'’-])(?:is|was|are|were|be|been|being)\s+)"
    r"(?:(?:also|often|sometimes|commonly|popularly|locally|formerly|simply|now|once|still|usually)\s+)?$"
)
#: An indefinite noun phrase ending right before "called" ("a little shop called", "a song called"): its
#: head is read by :func:`_naming_called`; no preposition or verb may sit inside it.
_NAMING_INDEFINITE = re.compile(r"(?<![\w'’-])[Aa]n?\s+(?:[\w'’-]+\s+){0,3}([a-z][\w'’-]*)\s+$")
#: A capitalised name after "called" that is the subject of the next verb or ends in a comma ("A man called
#: Tom Reed said", "a woman called Ann Vale, 42,"): the name is given, the person named; "A spokeswoman called
#: Tom Reed a liar" stays speech.
_NAMED_THEN_VERB = re.compile(
    r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:,\s*(?:\d|who\b|aged\b)|\s+(?:said|says|told|tells|who|was|is|has|had|added|"
    r"explained|claimed|admitted|insisted|recalled|described|wrote|posted)(?![\w'’-]))"
)
#: A capitalised name of one to three words right after "called" that ends its sentence or opens a bracket
#: (a full stop and a blank, a semicolon, a bracket): speech's "called" needs a complement after its object
#: ("called Tom Reed a liar"), so this is a name given ("a group called Tarnwatch (Tarn Watch Trust)",
#: "an engineer called Piet Avender."). Group 1 holds the name; :func:`_name_ends_clause` checks its words.
_NAME_ENDS_CLAUSE = re.compile(r"\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?:\.(?=\s|$)|\s*[;(])")
#: After a bracket that follows "called" and a name: a judgement's complement, an article, a quotation mark
#: or an adjective's "so"/"too" ("called Tom Reed (the council leader) a coward", "... (Labour) \"a fraud\"").
_JUDGED_AFTER_BRACKET = re.compile(
    r"\s*[\"“‘']|\s+(?:a|an|the|so|too|very|utterly|completely)(?![\w'’-])", re.IGNORECASE
)
#: Abbreviated titles, which end in a full stop inside a name ("called Mr. Hale a liar").
_TITLE_ABBREVIATIONS = frozenset("Mr Mrs Ms Dr Sen Rep Gov Gen Prof St Lt Col Capt Sgt Rev Jr Sr Mt Ft".split())


def _name_ends_clause(body: str, e: int) -> bool:
    """Whether a name ending its sentence (or before a bracket) follows "called" at ``e`` (:data:`_NAME_ENDS_CLAUSE`).

    No initial and no abbreviated title may be the name's last word ("called Donald J. Hale's remarks",
    "called Mrs. Hale an ...": the full stop is the abbreviation's, the sentence goes on).
    """
    m = _NAME_ENDS_CLAUSE.match(body, e)
    if m is None:
        return False
    last = m.group(1).rsplit(None, 1)[-1]
    if body[m.end() - 1] == "(":
        close = body.find(")", m.end(), m.end() + 80)
        if close > 0 and _JUDGED_AFTER_BRACKET.match(body, close + 1) is not None:
            return False  # "called Tom Reed (the council leader) a coward": the judgement follows the bracket
    return len(last) > 1 and last not in _TITLE_ABBREVIATIONS


_EDGE_QUOTES_CALLED = "\"“‘'"
#: An object pronoun or a possessive after "called": a thing is judged, never named ("called it unlawful").
_NAMING_SPEECH_OBJECT = re.compile(r"\s+(?:it|him|her|them|us|me|his|their|its|our|my|your)(?![\w'’-])")
#: A passive's agent after a summoning "called to" ("was called to account by the mayor": the mayor's words).
_NAMING_AGENT = re.compile(r"\bby\s+(?:the|a|an|[A-Z])", re.IGNORECASE)
_NAMING_NEXT = re.compile(r"\s+(?:on|upon|for|out|off)(?![\w'’-])")
#: Words that cannot sit inside an indefinite noun phrase before a naming "called": prepositions, verbs,
#: and a determiner or a pronoun, which opens a new subject after a fronted phrase ("In a speech yesterday
#: she called the plan a disaster", "In a letter the bishops called the law unjust": speech).
_NAMING_GAP_STOP = frozenset(
    """of for from at in on with within by to who which that and or but said says has have had is was
    the this these those his her its their our my your he she they we i it you him them us me""".split()
)


def _naming_called(body: str, low: str, s: int, e: int, s0: int) -> bool:
    """Whether "called" at ``s`` names a thing, a participle in a noun phrase, no speech.

    After a comma or a bracket, or after "be" with no "by" agent later in the clause ("a shrub, also called
    hogweed", "the plan is called Blue Harbour"), or after an indefinite noun phrase whose head is no person,
    body or document noun ("a little shop called Sweet Dreams", "a technique called tomography"). "The mayor
    called the plan a disgrace", "a spokeswoman called the claims false", "was called a liar by the mayor"
    stay cues.
    """
    if _NAMING_NEXT.match(low, e) is not None:
        return False  # ", called on drivers to slow down", "has, in a statement, called for calm": a demand
    if _name_ends_clause(body, e):
        return True  # "an engineer called Sam Eyde.", "a group called Tarnwatch (Tarn Watch)": a name, nothing judged
    lo = s - 60 if s - 60 > s0 else s0  # within the sentence (from ``s0``)
    edge = _NAMING_EDGE.search(low, lo, s)
    if edge is not None:
        if edge.group("edge") == "(":
            return True
        if edge.group("edge"):
            # one comma only: "The move, called prorogation"; "Mr Roe, in a statement, called it" is speech
            return "," not in low[s0 : edge.start()]
        if not edge.group("edge") and low.startswith(" to ", e) and not _NAMING_AGENT.search(low, e, e + 80):
            return True  # "She was called to give evidence", "Crews were called to the scene": a summons, no words
        nm = _NEXT_TOKEN.match(body, e)  # "is called Blue Harbour", 'to be called "the Vault"': a name
        return nm is not None and (nm.group(1)[:1].isupper() or nm.group(1)[:1] in _EDGE_QUOTES_CALLED)
    m = _NAMING_INDEFINITE.search(body, lo, s)
    if m is None or _NAMING_SPEECH_OBJECT.match(low, e) is not None:
        return False  # "a court called it unlawful", "a coalition called their plan reckless": speech
    gap = body[m.start() : s].lower().split()[1:]
    if any(w in _NAMING_GAP_STOP for w in gap):
        return False
    return not _speaking_plural(m.group(1)) or _NAMED_THEN_VERB.match(body, e) is not None


#: Forms of "call" that may be a telephone call ("called her from the car").
_PHONE_FORMS = verb_forms("call")
_PHONE_OBJECTS = frozenset("me him her us them".split())
#: Words after the object that make "call" a telephone call, not naming or a demand ("called him back",
#: "called her from a neighbour's phone", "calls them every night"); "called them out", "called him a
#: liar", "called on them to resign" stay cues.
_PHONE_AFTER = frozenset("back from at twice again every each daily nightly when after before".split())


def _phone_call(body: str, e: int) -> bool:
    """Whether "call" ending at ``e`` is a telephone call: an object pronoun, then a word of :data:`_PHONE_AFTER`."""
    nm = _NEXT_TOKEN.match(body, e)
    if nm is None or nm.group(1).lower() not in _PHONE_OBJECTS:
        return False
    after = _NEXT_TOKEN.match(body, nm.end())
    return after is not None and after.group(1).lower() in _PHONE_AFTER


#: Modals that make "report" / "call" an instruction or a possibility for the reader ("Residents can
#: report potholes online", "Anyone with information should call police"), no speech reported.
_INSTRUCTION_MODALS = frozenset("can should may must".split())
_INSTRUCTION_FORMS = frozenset("report call contact".split())
#: Words after the verb that keep a report ("can report that", "we can report he has quit").
_REPORT_CONTENT = frozenset("that he she they it we i".split())
_CONTACT_MEANS = frozenset("calling phoning ringing emailing texting".split())
_CONTACT_OBJECTS = frozenset("the a an our their its your us".split())


#: "express" forms and what after them is an interest, not content ("expressed an interest in buying the
#: site", "expressed strong interest in the post"); "expressed concern that" stays a cue.
_EXPRESS_FORMS = verb_forms("express")
_INTEREST_AFTER = re.compile(r"\s+(?:(?:an|some|no|little|keen|strong|real|great|their|its|his|her)\s+){0,2}interest\s+in\b")
#: "dismiss" forms and a case, an appeal or a legal challenge as their object, with no "as" or "that" after
#: it: a court's or a tribunal's decision ("the tribunal dismissed her appeal"); "dismissed the appeal as
#: hopeless" and a claim dismissed ("dismisses the claim", "dismissed claims that") stay (a stance).
_DISMISS_FORMS = verb_forms("dismiss")
_PROCEEDING_AFTER = re.compile(
    r"\s+(?:(?:the|a|an|his|her|its|their|this|that|both|all)\s+)?(?:case|cases"
    r"|appeal|appeals|challenge|challenges"
    r"|lawsuit|lawsuits|suit|suits|action|application|applications|petition|petitions|motion)(?![\w'’-])"
    r"(?!\s+(?:as|that)(?![\w'’-]))"
)
#: Capitalised words that open a yes-no question before its subject ("Will reported cases keep rising").
_QUESTION_OPENERS = frozenset(
    "Will Can Could Would Should Might Must Do Does Did Is Are Was Were Has Have Had".split()
)


def _participle_adjective(body: str, low: str, s: int, e: int, sentence: tuple[int, int]) -> bool:
    """Whether the "-ed" cue form at ``[s, e)`` is an adjective before a bare noun, no verb of a subject.

    Opening the sentence ("Reported cases rose by 10%") or right after an opening modal or auxiliary of a
    question, when the sentence ends with "?" or with no full stop (a headline: "Will reported cases keep
    rising"), and before a lower-case content word. "Will reported the fault." (a name, a full stop) and
    "Reported by a local paper, the claims ..." stay.
    """
    s0, e0 = sentence
    lead = body[s0:s].strip()
    if lead and not (lead in _QUESTION_OPENERS and body[s0:e0].rstrip()[-1:] not in ".!\"”'’"):
        return False
    return _noun_follows(body, e) and (not lead or low[e : e + 1] == " ")


#: Legal subjects whose dismissal of a case is a decision ("the tribunal dismissed her appeal", "the judge
#: dismissed the case against him"); anyone else dismissing a challenge, an appeal or a case takes a stance
#: ("Ms Fenn dismissed the challenge from her rival", "the minister dismissed the case for a runway").
_LEGAL_SUBJECTS = frozenset(
    """court courts judge judges tribunal tribunals magistrate magistrates bench justice justices jury
    panel arbitrator coroner registrar sheriff""".split()
)


def _legal_subject(low: str, s: int, lo: int) -> bool:
    """Whether one of the (up to five) words before ``s`` in its sentence is a legal subject (court, judge ...).

    Not one that modifies a role of another kind right after it ("the justice minister", "a court
    reporter": the minister or the reporter is the subject).
    """
    words = low[max(lo, s - 60) : s].split()[-5:]
    for x, w in enumerate(words):
        if w.rstrip(",'’s") in _LEGAL_SUBJECTS:
            nxt = words[x + 1] if x + 1 < len(words) and w[-1:].isalpha() else ""
            if ROLE_WORDS.get(nxt, "legal") != "legal" and nxt not in INSTITUTIONS:
                continue  # "The justice minister dismissed the case for reform": a minister's stance
            return True
    return False


#: A court's or a judge's finding, "rule" as a verb before "that": "ruled that" (not "ruled that out", not
#: after a determiner or a possessive), "ruling that" only as a participle clause after a comma ("...,
#: ruling that"; "an earlier ruling that", "the court's ruling that" are the noun), "rule(s) that" only
#: after a modal ("will rule that") or a singular legal subject ("the judge rules that"; "new rules that ban"
#: is the noun).
#: The literal core of :data:`_RULED_THAT` (every match of it holds one): a cheap gate, since the full
#: pattern's look-behinds and alternation are tried at every position of the text (0.16 ms an article).
_RUL_THAT = re.compile(r"rul(?:ed|ing|es?)\s+that\b")
_RULED_THAT = re.compile(
    r"(?<![\w'’-])(?<!the )(?<!its )(?<!his )(?<!her )(?<!their )(?<!a )(?<!an )(?<!'s )(?<!’s )(ruled)\s+that\b"
    r"(?!\s+(?:out|off|in|away)\b)"
    r"|,\s*(ruling)\s+that\b"
    r"|\b(?:will|would|could|can|cannot|may|might|must|should|shall)\s+(?:not\s+|also\s+|then\s+)?(rule)\s+that\b"
    r"|\b(?:court|judge|tribunal|magistrate|bench|panel|jury|coroner|arbitrator|justice|ombudsman|umpire|referee)"
    r"\s+(rules)\s+that\b"
)
#: A feeling with its content after a copula: "the mayor is shocked that", "the growers are furious
#: about", "was stunned to learn that": what the subject holds (PolNeAR counts it; a belief row, never
#: cited). The adjective (:data:`FEELING_WORDS`, the ``feeling`` group of :data:`_SCAN_RE`) needs "that",
#: "about" or "to" and a verb of learning after it and a copula before it; a feeling with only its cause
#: or target ("was furious with the referee", "were shocked by the news") is no attribution, nor "would
#: be happy to" (a hypothetical) or an infinitive with no subject ("much to be proud of").
#: The copula before a feeling adjective, with adverbs between ("is still", "have been deeply").
_FEELING_COPULA = re.compile(
    r"(?<![\w'’-])(?:is|was|are|were|am|be|been|being|[’']s|[’']re|[’']m|remains?|remained|"
    r"seems?|seemed|"
    r"grew|became|becomes?|feels?|felt)\s+(?:(?:[a-z]+ly|very|so|also|still|not|quite|more|less|too|now|"
    r"already|never|ever|even|as)\s+){0,3}$"
)
#: Before the copula: a hypothetical ("would be happy to", "I'd be pleased to") or an infinitive ("to be").
_FEELING_NOT_SUBJECT = re.compile(
    r"(?:\bwould|\bcould|\bmight|[’']d|\bto)\s+(?:[a-z]+ly\s+)?be\s+(?:[a-z]+\s+){0,3}$"
)


#: Modals of a future report, and a recipient after the object ("will report missed payments to the
#: bureau"): data passed on, no content.
_FUTURE_MODALS = frozenset("will would".split())
_TO_RECIPIENT = re.compile(r"(?:\s+[a-z][\w'’-]*){1,4}\s+to\s+(?:the|a|an|their|its|his|her|your|our)?\b")


def _reader_instruction(word: str, body: str, e: int, prev: str) -> bool:
    """Whether ``word`` ending at ``e`` asks or allows the reader to contact someone (no speech reported).

    "can report flood damage", "should call the helpline" (a modal of :data:`_INSTRUCTION_MODALS`,
    then no content clause) and "by calling the hotline", "by emailing 0800 ..." (a means of contact:
    "by" and a determiner or a number). "We can report that ...", "by calling for a vote", "by calling
    her a liar" stay cues.
    """
    nm = _NEXT_TOKEN.match(body, e)
    nxt = nm.group(1) if nm else ""
    if word in _INSTRUCTION_FORMS and prev in _INSTRUCTION_MODALS:
        return nxt[:1].islower() and nxt not in _REPORT_CONTENT
    if word == "report" and prev in _FUTURE_MODALS and nxt[:1].islower() and nxt not in _REPORT_CONTENT:
        # "lenders will report missed payments to the bureau": data passed to a recipient, no content
        return _TO_RECIPIENT.match(body, e) is not None
    if word in _CONTACT_MEANS and prev == "by":
        return nxt.lower() in _CONTACT_OBJECTS or nxt[:1].isdigit()
    return False


def _listed_noun(low: str, s: int, e: int) -> bool:
    """Whether the -ing word at ``[s, e)`` after ", " is a noun in a list ("rents, planning and her flat").

    The word before the comma is a lower-case word that is no adverb, and "and" follows with a word that is
    no cue word ("..., warning and urging" stays two cues).
    """
    prev = _prev_word(low, s)
    if not prev.isalpha() or prev.endswith("ly") or low[e : e + 5] != " and ":
        return False
    nm = _NEXT_TOKEN.match(low, e + 4)
    return nm is not None and nm.group(1) not in SPEECH_FORMS and nm.group(1) not in BELIEF_FORMS


def _capitalised_last(before: str) -> bool:
    """Whether the word that :data:`_BARE_PLURAL` would take in ``before`` starts with A-Z.

    That word is the last blank-separated word of ``before`` (its blanks stripped at the right),
    or the one before it when the last is "have", "had" or "also".
    """
    words = before.rsplit(None, 2)
    if len(words) > 1 and words[-1] in ("have", "had", "also"):
        return "A" <= words[-2][:1] <= "Z"
    return "A" <= words[-1][:1] <= "Z" if words else False


def _plural_noun(word: str) -> bool:
    """A cue form that is also a plural person or document noun ("advocates", "reports", "plans")."""
    return word[-1:] == "s" and (word in PERSON_NOUNS or word in DOCUMENT_WORDS)


def _sentence_initial(body: str, pos: int) -> bool:
    before = body[max(0, pos - 4) : pos].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:;\n"


def _title_case(body: str, span: tuple[int, int]) -> bool:
    words = _WORD.findall(body, span[0], span[1])
    caps = sum(1 for w in words if w[0].isupper())
    return len(words) >= 4 and caps >= 0.7 * len(words)


#: A share of people as the subject of a belief verb, as in poll reports ("only 50 percent believe",
#: "few think", "a majority want"); not before "seem", "appear", "mean" ("the figures for the quarter
#: mean").
_SHARE_SUBJECTS = frozenset(
    "few percent cent majority minority plurality half third thirds quarter quarters".split()
)
_SHARE_VERBS = frozenset("think want see know hope feel believe guess".split())


def _subject_before(body: str, pos: int, prev: str, word: str = "") -> bool:
    """True when the word before ``pos`` can be the subject of a belief verb (``word``, when given)."""
    if prev in SUBJECT_WORDS:
        return True
    if prev == "both" and body[pos - 5 : pos - 1].lower() == "both":
        # "Ann Lee and Tom Reed both think", "The unions both believe": a quantifier floated after the subject
        # (a name, a subject pronoun or a plural of people or bodies before it; not "wants both think tanks")
        # ("Both think", opening the sentence, is read below as before)
        b = pos - 5
        if body[b - 1 : b] == " ":
            prev2 = _prev_word(body, b)
            before = body[max(0, b - 40) : b].rstrip()
            if (
                prev2 in ("they", "we", "you")
                or _plural_person(prev2)
                or ROLE_WORDS.get(prev2) == "organisation"
                or (before[-1:].isalpha() and before.rsplit(None, 1)[-1][:1].isupper())
            ) and _subject_before(body, b, prev2, word):
                return True
    if word in _SHARE_VERBS and (prev in _SHARE_SUBJECTS or body[pos - 2 : pos] == "% "):
        return True
    m = _PREV_WORD.search(body, max(0, pos - 30), pos)
    if not m or body[m.end(1) : pos].strip():
        return False
    w = m.group(1)
    if w[0].isupper():
        return not _sentence_initial(body, m.start(1)) or w.lower() not in _FUNCTION_WORDS
    if w.endswith("s") and not w.endswith("ss") and w.lower() not in _FUNCTION_WORDS:
        return True
    return _plural_of_subject(body[max(0, pos - 40) : pos].split())  # "Fans of the band believe"


#: Words whose "'s" is "is" or "has" ("it's denouncing", "he's projecting"), not a possessive.
_CONTRACTED = frozenset("it he she that there who what here where everyone nobody somebody someone".split())


def _noun_follows(body: str, e: int) -> bool:
    """Whether a lower-case content word (no determiner, preposition or clause word) follows ``e``."""
    nm = _NEXT_TOKEN.match(body, e)
    nxt = nm.group(1) if nm else ""
    return (
        nxt.isalpha()
        and nxt.islower()
        and nxt not in DETERMINERS
        and nxt not in NP_STOP_WORDS
        and nxt not in ("to", "that", "about", "for", "on", "out", "up", "with", "at", "in", "of", "off", "back")
    )


#: Plural group nouns that head a subject ("Supporters' groups fear", "the unions claim").
_GROUP_HEADS = frozenset("groups unions campaigners families residents officials leaders members".split())


def _plural_person(word: str) -> bool:
    """A plural noun of people ("supporters", "fans", "regulars"; not an organisation's noun)."""
    low = word.lower()
    return low.endswith("s") and (
        ROLE_WORDS.get(low, "organisation") != "organisation"
        or low in PERSON_NOUNS
        or (low not in ROLE_WORDS and person_word(low))
    )


def _plural_of_subject(toks: list[str]) -> bool:
    """Whether the words before a cue end in a plural of people and its "of" phrase ("Supporters of the scheme").

    "Some supporters of the scheme fear", "Fans of the band believe", "Some farmers in the area believe": the
    plural is the subject, its "of" (or "in", "at", "from") phrase its modifier (a determiner and one or two lower-case words).
    """
    n = len(toks)
    for j in range(max(1, n - 4), n - 1):
        if toks[j] in _SUBJECT_PREPOSITIONS:
            tail = toks[j + 1 :]
            return (
                _plural_person(toks[j - 1])
                and toks[j - 1].lower() not in _COUNT_PLURALS
                and toks[j - 1].isalpha()
                and all(t.isalpha() and t.islower() for t in tail)
                and len(tail) <= 3
                and (
                    (tail[0] in _OF_DETERMINERS and len(tail) > 1)
                    or (len(tail) == 1 and tail[0] not in _OF_DETERMINERS and _one_word_noun(tail[0]))
                )
            )
    return False


#: A subject's relative clause closed by a comma just before a noun-ambiguous cue ("X, which represents
#: 600 growers, estimates that"): the clause opens with a comma and "which" / "who" within 90 characters.
_RELATIVE_OPENING = re.compile(r",\s+(?:which|who)\s")


def _after_relative_subject(body: str, low: str, s: int, e: int) -> bool:
    """Whether the noun-ambiguous cue at ``[s, e)`` is the verb after its subject's relative clause.

    "The Growers Association, which represents 600 farms, estimates that losses ...": the word
    before the cue is a comma closing a "which" / "who" clause of the same sentence, and "that"
    and a clause follow (the content). Not "The figures, which were revised, estimates of ..."
    (no "that"), nor a relative clause in an earlier sentence.
    """
    if not body[max(0, s - 3) : s].rstrip().endswith(",") or _CONTENT_THAT.match(low, e) is None:
        return False
    lo = max(0, s - 90)
    stop = max(body.rfind(". ", lo, s), body.rfind("\n", lo, s))
    return _RELATIVE_OPENING.search(body, max(lo, stop), s - 2) is not None


#: Prepositions of a plural subject's modifier: "Fans of the band", "Some farmers in the area", "Parents at
#: the school", "Traders from the market" believe.
_SUBJECT_PREPOSITIONS = frozenset("of in at from".split())
#: Determiners that open the "of" phrase after a plural subject ("Supporters of the scheme").
_OF_DETERMINERS = frozenset("the a an this that these those his her their its our".split())
#: Plural count nouns ("thousands of legal claims", "Dozens of fresh reports"): a number, not people.
_COUNT_PLURALS = frozenset("dozens hundreds thousands millions billions scores tens lots loads heaps dozen".split())
#: Adjectives often alone before a noun after "of" ("of fresh reports", "of new claims").
_OF_ADJECTIVES = frozenset(
    "fresh new old young local legal early late recent further other many more most such big small major minor".split()
)
_ADJECTIVE_SUFFIXES = ("al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ish", "ed", "ing", "ary")


def _one_word_noun(word: str) -> bool:
    """Whether a lone word after "of" reads as a noun ("Supporters of reform"), not an adjective ("of legal")."""
    return word not in _OF_ADJECTIVES and not word.endswith(_ADJECTIVE_SUFFIXES)


def _plural_group_subject(toks: list[str]) -> bool:
    """Whether the words before a noun-ambiguous cue end in a plural group subject with its modifier.

    "Supporters' groups fear", "the unions claim", "local residents fear": a plural of people (a
    :data:`_GROUP_HEADS` noun, a :data:`PERSON_NOUNS` one, a role noun of a kind other than
    organisation, or a person noun outside the lexicon, :func:`person_word`: "Some investors fear") after a determiner, a possessive or a modifier (a bare lower-case plural after a verb
    is no subject; "The banks report earnings", "Local firms claim tax relief" are no cue).
    """
    if len(toks) < 2:
        return False
    last = toks[-1].lower()
    if last not in _GROUP_HEADS and not (
        last.endswith("s")
        and (
            ROLE_WORDS.get(last, "organisation") != "organisation"
            or last in PERSON_NOUNS
            or (last not in ROLE_WORDS and person_word(last))
        )
    ):
        return False
    prev = toks[-2]
    low = prev.lower()
    if (
        len(toks) > 2
        and prev.isalpha()
        and prev.islower()
        and low not in NP_STOP_WORDS
        and toks[-3][:1].isupper()
        and toks[-3].isalpha()
        and toks[-3].lower() not in NP_STOP_WORDS
    ):
        return True  # "Local business owners fear": a capitalised modifier, a noun modifier, the plural
    return (
        low in ("the", "their", "its", "his", "her", "our", "many", "some", "most")
        or prev.endswith(("'", "’", "'s", "’s"))
        or (prev[:1].isupper() and low not in NP_STOP_WORDS and not prev.endswith((".", ",")))
    )


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


#: Plan and hope nouns: after a preposition the phrase names a plan or a hope, nobody's stance
#: ("objections to plans to build"); "questions about" after "to" stays (an answer to questions is reported).
_PLAN_NOUNS = frozenset("plan plans hope hopes".split())
#: Prepositions after which a noun-ambiguous phrase ("plans to", "hopes that") is the noun.
_NOUN_PREPOSITIONS = frozenset("on over against about for of with into under amid despite behind from to".split())
#: Manner adjectives before an infinitive ("quick to", "swift to"): an attribution only through the verb
#: after them ("quick to condemn"), not with an act ("quick to rally round").
_MANNER_TO = frozenset("quick to|swift to|slow to".split("|"))


def _speech_verb_after(low: str, e: int) -> bool:
    """Whether the word after ``e`` (an infinitive after "quick to") is a speech or belief form."""
    nm = _NEXT_TOKEN.match(low, e)
    return nm is not None and (nm.group(1) in SPEECH_FORMS or nm.group(1) in BELIEF_FORMS)


#: Words before "warning that" that make it the verb: "be" forms and subject pronouns.
_WARNING_VERB_BEFORE = frozenset("is are was were been be am they we he she who also still now repeatedly".split())


def _verb_warning(body: str, s: int, prev: str) -> bool:
    """Whether "warning" at ``s`` (before "that") is the verb, not the noun ("a warning that").

    The noun takes a determiner, a possessive or an adjective before it ("a warning that", "Ofsted's
    warning that", "a stark warning that"); after a "be" form, a subject pronoun, a comma-free plural
    noun ("inspectors warning that") or an adverb it is the verb.
    """
    if prev in _WARNING_VERB_BEFORE or (len(prev) > 4 and prev.endswith("ly")):
        return True
    return (
        len(prev) > 3
        and prev.endswith("s")
        and not prev.endswith(("'s", "’s", "ss"))
        and prev not in DETERMINERS
        and body[s - 2 : s - 1].isalpha()  # no comma or apostrophe right before
    )


#: Cue forms that also name an act with no content (survey of round twenty-four): a fall ("decline"), an
#: arrival at an emergency ("respond"), a score given away ("concede"), a physical release ("released").
_ACTION_FORMS = frozenset(
    """decline declines declined declining respond responds responded responding concede concedes
    conceded conceding released find finds found""".split()
) | frozenset(
    # round twenty-six's survey: a presence ("appeared in court", "on television") and a vote that
    # approves a person ("the Senate confirmed him", "to confirm a nominee")
    "appear appears appeared appearing confirm confirms confirmed confirming".split()
)
#: After "find": a state or a thing won, no finding ("found love", "found fame in Ostley", "found refuge."),
#: the object ending its clause (not "found love letters that show ...").
_FOUND_WON = re.compile(
    r"\s+(?:(?:a|new|true|lasting|her|his|their|fame|love|success|considerable|great|huge|enormous|commercial|"
    r"critical|international|instant|early|real|moderate)\s+(?:and\s+)?){0,2}(?:love|fame|success|happiness|"
    r"peace|shelter|refuge|comfort|solace|fortune|sanctuary|romance|stardom)"
    r"(?=\s*[.,;!?]|\s+(?:in|on|at|with|after|again|through|for|as|and|when|while|abroad|online|together)\b)"
)
#: After "respond": force met with force ("responded with tear gas", "responded disproportionately with
#: batons"), an act, no words.
_RESPOND_FORCE = re.compile(
    r"\s+(?:[a-z]+ly\s+)?with\s+(?:(?:excessive|heavy|lethal|brutal|overwhelming|live)\s+)?(?:force|tear\s+gas|"
    r"batons|water\s+cannons?|rubber\s+bullets|gunfire|fire|arrests|violence|pepper\s+spray)\b"
)
#: After "decline": a change of amount ("declined by 5 percent", "declining sharply", "declined to 40").
_DECLINE_CHANGE = re.compile(
    r"\s+(?:by|from|sharply|steadily|rapidly|slightly|significantly|dramatically|steeply|since|"
    r"over\s+(?:the|time)|in\s+(?:number|value|recent)|to\s+(?:\$|\d|about\s+\d|around\s+\d))\b"
    r"|\s*(?:[.;]|,\s+(?:but|and|while)\b)"
)
#: After "respond to": an incident met, not words answered ("responded to the fire", "to a call").
_RESPOND_INCIDENT = re.compile(
    r"\s+to\s+(?:the|a|an|this|that|reports?\s+of\s+an?)?\s*(?:[a-z-]+\s+)?(?:fire|fires|blaze|scene|call|"
    r"calls|emergency|incident|crash|accident|alarm|explosion|blast|shooting|disaster|outbreak|flood|"
    r"flooding|collapse|stabbing|wreck)\b"
)
#: Emergency services whose bare "responded" is their arrival ("Over 200 firefighters responded.").
_RESPONDERS = frozenset(
    """rescuers firefighters firemen police officers paramedics crews ambulances troops units teams
    deputies medics""".split()
)
#: After "concede": a score given away in a game ("conceded a penalty", "conceded two late goals").
_CONCEDE_SCORE = re.compile(
    r"\s+(?:(?:a|an|the|two|three|four|five|another|his|her|their|its|\d+)\s+)?(?:(?:late|early|soft|"
    r"first|second|third|last-minute|own)\s+)?(?:goal|goals|penalty|penalties|corner|corners|free[- ]kicks?|"
    r"try|tries|wickets?|runs|sets?|own\s+goal)\b"
)
#: After "appear": a presence somewhere, not a seeming ("appeared in Tarn District Court", "appearing on
#: television", "appeared at a rally", "appeared before the committee"); "appeared to", "appeared calm",
#: "appeared in good spirits" stay.
_APPEAR_PLACE = re.compile(
    r"\s+(?:in|at|on|before)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:court|courts|"
    r"tribunal|hearing|television|tv|radio|stage|screen|camera|film|films|movie|movies|show|shows|programmes?|"
    r"programs?|series|episodes?|broadcast|documentary|rally|concert|festival|convention|conference|"
    r"magistrates|judge|committee|panel|jury)\b"
)
#: What may follow a person approved by a vote: the clause's end, or a time, a place or a manner
#: ("confirmed him on Tuesday", "confirmed her by 52 votes to 48"), never a state or a clause of its own
#: ("confirmed him dead", "confirmed them to be the missing hikers", "confirmed the nominee had withdrawn")
#: nor a noun that the pronoun owns ("confirmed her arrest").
_CONFIRM_PERSON_END = (
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:on|in|at|by|for|to(?!\s+be\b)|after|before|last|this|next|yesterday|today|"
    r"with|and|but|unanimously|overwhelmingly|despite|without|over)\b)"
)
#: After "confirm": a person approved by a vote ("confirmed him", "to confirm a nominee", "confirmed Ann
#: Lee's nomination"); "confirmed him as the new coach", "confirmed that" and "confirmed the deaths" stay.
_CONFIRM_PERSON = re.compile(
    r"\s+(?:him|her|them)" + _CONFIRM_PERSON_END + r"|\s+(?:a|the|his|her|their|(?:[\w-]+\s+){0,2}[\w-]+['’]s)\s+"
    r"(?:nominee|candidate|appointee)" + _CONFIRM_PERSON_END + r"|\s+(?:(?:[\w-]+\s+){0,2}[\w-]+['’]s|his|her|their)"
    r"\s+nomination\b(?!\s+(?:as|for)\b)"
)
#: After "released": a physical release ("Calcium released from the pipes", "released into the river").
_RELEASED_FROM = re.compile(r"\s+(?:from|into)\b")


def _action_reading(word: str, low: str, s: int, e: int) -> bool:
    """True when the cue form ``low[s:e]`` names an act with no content (see :data:`_ACTION_FORMS`)."""
    c = word[:4]
    if c == "decl":
        m = _DECLINE_CHANGE.match(low, e)
        # a bare "declined." is the refusal of a question; a bare "is declining." is a fall
        return m is not None and (m.group().strip()[:1] not in ".;," or word == "declining")
    if c == "resp":
        if _RESPOND_INCIDENT.match(low, e) is not None or _RESPOND_FORCE.match(low, e) is not None:
            return True
        return low[e : e + 1] == "." and _prev_word(low, s) in _RESPONDERS
    if c == "conc":
        return _CONCEDE_SCORE.match(low, e) is not None
    if c == "appe":
        return _APPEAR_PLACE.match(low, e) is not None
    if c == "conf":
        return _CONFIRM_PERSON.match(low, e) is not None
    if c[0] == "f":
        return _FOUND_WON.match(low, e) is not None
    return _RELEASED_FROM.match(low, e) is not None


#: Verbs of a contact relative clause after a document ("The letters Ostley wrote show", "the notes Ann Lee
#: kept suggest"): the writer's act, inside the document's phrase.
_CONTACT_FORMS = frozenset("wrote writes quotes quoted cites cited kept sent signed compiled".split())
#: A document noun phrase, then a name, right before the contact verb.
_DOCUMENT_THEN_NAME = re.compile(
    r"(?<![\w'’-])(?:[Tt]he|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+)?([a-z]+)\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+$"
)
#: A finite cue verb right after the contact verb (the document's own verb), a time allowed between ("The
#: letter Ann Lee wrote last year said", "the notes she kept in 2019 show").
_DOCUMENT_VERB_AFTER = re.compile(
    r"(?i:\s+(?:(?:last|this)\s+(?:year|week|month|spring|summer|autumn|winter|january|february|march|april|may"
    r"|june|july|august|september|october|november|december)|yesterday|earlier|recently|in\s+(?:19|20)\d\d"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))?"
    r"\s+(?:show|shows|showed|reveal|reveals|revealed|suggest|suggests|suggested|say|says|said|confirm|"
    r"confirms|confirmed|describe|describes|described|indicate|indicates|indicated)\b"
)


def _contact_clause(body: str, s: int, e: int) -> bool:
    """Whether the verb at ``s:e`` is a contact clause of a document before the document's own cue verb."""
    if _DOCUMENT_VERB_AFTER.match(body, e) is None:
        return False
    m = _DOCUMENT_THEN_NAME.search(body, max(0, s - 80), s)
    return m is not None and m.group(1) in DOCUMENT_WORDS


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
    blocked = (
        [m.span() for m in _NON_ATTRIBUTION_LOW.finditer(low)]
        if "comment" in low and ("respond" in low or "repl" in low or "answer" in low or "returned" in low)
        else []
    )  # the pattern needs "comment" and one of its verbs
    if "refus" in low or "declin" in low:
        blocked += _refused_speech(low)
    if "respond" in low or "repl" in low or "return" in low or "answer" in low:
        blocked += _non_responses(low)  # "did not respond to questions by deadline"
    if " to give " in low or " to be " in low:
        blocked += _anonymity_wishes(low)  # "did not want to give her name"
    if "defending " in low:
        # "Defending champion Ana Ruiz said": a sports epithet before a name, no stance
        blocked += [m.span() for m in _DEFENDING_TITLE.finditer(low)]
    if "Defending" in body:
        # "Defending, Adam Kerr said", "Defending him, ...": counsel named by the side argued, no stance
        blocked += [m.span() for m in _COUNSEL_OPENER.finditer(body)]
    sentences = doc.sentences
    bisect_right = bisect.bisect_right
    # the learned cue model (learned.py, on by default) searches its forms in the rules' pass
    model = active_model()
    matches, hits = _scan_both(low, model) if model is not None and model.forms else (_scan(low), None)
    instrument_end = -1
    concessive = "whatever" in low or "no matter" in low
    for m in matches:
        s, e = m.span()
        group = m.lastgroup or ""
        if quotes and _inside(quotes, q_starts, s):
            continue
        k = bisect_right(s_starts, s) - 1  # the sentence holding the cue (:func:`_sentence_of`)
        if k < 0:
            k = 0
        if group == "feeling":
            copula = _FEELING_COPULA.search(low, max(0, s - 40), s)
            if copula is None or _FEELING_NOT_SUBJECT.search(low, max(0, copula.start() - 20), s) is not None:
                continue  # "the furious crowd", "would be happy to hear", "much to be proud of": no stance held
            out.append(Attribution(s, e, body[s:e], "belief", k, _NO_SOURCE))
            continue
        if (
            concessive
            and low[e : e + 1] in _CONCESSIVE_END
            and _CONCESSIVE_BEFORE.search(low, max(0, s - 40), s) is not None
        ):
            continue  # "whatever its critics say", "no matter what the mayor says": a concession, nothing reported
        if group not in ("phrase", "cue"):
            if group == "some_say":  # "critics say": the verb is the cue, the group its (vague) source
                while not body[e - 1].isspace():
                    e -= 1
                    if e <= s + 1:
                        break
                s, e = e, m.end()
                prev = _prev_word(body, m.start())
                if (
                    prev
                    and prev.isalpha()
                    and body[m.start() - 1 : m.start()] == " "
                    and (prev not in _HEDGE_OPENERS or prev in _DEFINITE_GROUP)
                    and not prev.endswith("ly")
                ):
                    # "International observers said", "independent experts warn": a described
                    # group, no hedge; the verb is an ordinary cue whose source the reader finds
                    verb = body[s:e].lower()
                    out.append(
                        Attribution(
                            s, e, body[s:e], "speech" if verb in SPEECH_FORMS else "belief", k, _NO_SOURCE
                        )
                    )
                    continue
            out.append(Attribution(s, e, body[s:e], "hedge:" + group, k, _NO_SOURCE))
            continue
        word = m.group()
        if blocked and any(a <= s < b for a, b in blocked):
            continue
        if word in _ANONYMITY_HEADS:
            am = _ANONYMITY_CUE.search(low, max(0, s - 30), e + 40)
            while am is not None and am.end() <= s:  # an earlier formula in the window
                am = _ANONYMITY_CUE.search(low, am.end(), e + 40)
            if am is not None and am.start() <= s < am.end():
                continue  # "who asked not to be named", "spoke on condition of anonymity", "would not comment"
        tok = body[s:e]
        if (
            tok[0].isupper()
            and ((tok.isupper() and len(tok) > 2) or not _sentence_initial(body, s))
            and not _title_case(body, sentences[k])
        ):
            continue  # "The Washington Post", an all-caps headline; Title Case headlines keep their cues
        if tok[0].isupper() and _plural_noun(word.split(" ", 1)[0]):
            continue  # "Advocates of the plan said", "Reports of looting", "Plans to": a plural noun opens the sentence
        if (
            word[-3:] == "ing"
            and s > 2
            and body[s - 3 : s - 1] in ("'s", "’s")
            and _prev_word(body, s - 3) not in _CONTRACTED
            and _noun_follows(body, e)
        ):
            continue  # "the council's planning committee": a modifier after a possessive (not "he's hoping to")
        if word == "planning" and (
            (_prev_word(body, s) in _PLANNING_NOUN_BEFORE and _noun_follows(body, e))
            or ((nm := _NEXT_TOKEN.match(low, e)) is not None and nm.group(1) in PLANNING_HEADS)
        ):
            continue  # "A report by planning officers", "Council planning officers": the noun "planning", a modifier
        if word[-3:] == "ing" and _prev_word(body, s) in GENERIC_SUBJECTS:
            continue  # "anyone aiming to be mayor", "anybody hoping to": a reduced relative of nobody in particular
        if word[-2:] == "ed" and _participle_adjective(body, low, s, e, sentences[k]):
            continue  # "Reported cases rose", "Will reported cases keep rising": an adjective before its noun
        if word in QUOTING_FORMS and _QUOTED_AS_SAYING.match(low, e) is not None:
            continue  # "The paper cited a minister as saying": the words are the minister's ("saying"), one row
        if word in DESCRIBING_PARTICIPLES and body[s - 2 : s] == ", " and _prev_word(body, s) in DOCUMENT_WORDS:
            continue  # "The results, described in a paper, suggest": the document's participle, no cue
        if word in _CONTACT_FORMS and _contact_clause(body, s, e):
            continue  # "The letters Ostley wrote show": a relative clause of the document, which speaks
        if word == "posted" and body[s - 1 : s] == " " and _prev_word(body, s) in DOCUMENT_WORDS:
            continue  # "a notice posted on the website", "a video posted online": the document's participle
        if word in _ACTION_FORMS and _action_reading(word, low, s, e):
            continue  # "is now declining", "responded to the fire", "conceded a penalty": an act, nothing said
        if s < instrument_end:
            continue  # "warning for" inside "issued an amber warning for" (below)
        if word[:7] == "warning" and _instrument_warning(low, s, sentences[k][1]):
            continue  # "Forecasters extended the amber warning to cover the coast": an instrument, no content
        if word == "issued":
            instrument_end = _issued_instrument(low, e, sentences[k][1])
            if instrument_end > 0:
                continue  # "The Met Office has issued an amber warning for wind": an instrument, no content
        if word in _CONTENT_NEEDED and _no_content(word, body, low, e, sentences[k], sentences[k - 1][0] if k else -1):
            continue  # "answered every question", "did as he was asked.": a speech act with no content
        if word in _SCHEDULED_FORMS and _scheduled_results(low, e):
            continue  # "Calder will report full-year results in September": an event to come, no content
        if word in _ADD_FORMS and _ADDED_NUMBER.match(low, e) is not None and _ADDED_LIST.match(low, e) is None:
            continue  # "employers added 150,000 jobs", "the index added 2%": a sum, no words added
        if word in _PUSH_FORMS and _PUSHED_TO_DATE.match(low, e) is not None:
            continue  # "opening pushed to March", "pushed back by two weeks": a date moved, no stance
        if word in _VOICE_FORMS and _NAME_OBJECT.match(low, e) is not None:
            continue  # "Fans chanted the striker's name": a name called out, no content
        if word == "called" and _naming_called(body, low, s, e, sentences[k][0]):
            continue  # "a little shop called Sweet Dreams", ", also called hogweed": a name given, no words reported
        if word in _PHONE_FORMS and _phone_call(body, e):
            continue  # "her son called her from a friend's phone", "rang them back": a telephone call, no words
        if word in _CONVERSE_FORMS and _RECIPROCAL.match(low, e):
            continue  # "pupils talked to each other": a conversation among the subjects, no report
        if word in _SPEAKING_FORMS and _TALK_SINCE.match(low, e) is not None:
            continue  # "the pair have not spoken since March": whether people talk, no words reported
        if word in _LEARNED_FORMS and _newsroom_learned(body, s):
            continue  # "..., KVXT has learned", "The Courier has learnt": the outlet writing the story, no source
        if word == "found" and _FOUND_THING.match(low, e) is not None:
            continue  # "Tom Hale found the first coins in April": a thing found, no finding reported
        in_view = word == "view" and _IN_VIEW.search(low, max(0, s - 40), s) is not None
        if word in _VIEW_FORMS and not in_view and _VIEW_AS.match(low, e, min(sentences[k][1], e + 80)) is None:
            continue  # "the video has been viewed 50,000 times": watching; "viewed the plan as" stays
        if word[-3:] == "ing" and body[s - 2 : s] == ", " and _listed_noun(low, s, e):
            continue  # "on rents, planning and her first flat": a noun in a list
        if word[-1] == "s" and word != "says" and _PLURAL_SUBJECT_NEXT.match(low, e) is not None:
            continue  # "Consumer advocates have long warned", "Tenant advocates said": a plural noun, the subject
        if (
            word in _DISMISS_FORMS
            and _PROCEEDING_AFTER.match(low, e) is not None
            and _legal_subject(low, s, sentences[k][0])
        ):
            continue  # "after the tribunal dismissed her appeal": a court's decision on a case, no words reported
        if word in _EXPRESS_FORMS and _INTEREST_AFTER.match(low, e) is not None:
            continue  # "two firms have expressed an interest in the lease": a wish to take part, no content
        if word in _PLAIN_FORMS or in_view:  # "said", "told", ...: none of the word-specific filters below applies
            label = "speech" if word in SPEECH_FORMS else "belief"
        else:
            prev = _prev_word(body, s)
            if (word in _INSTRUCTION_FORMS or word in _CONTACT_MEANS) and _reader_instruction(word, body, e, prev):
                continue  # "Residents can report damage by calling the hotline": an instruction, no report
            if word in NEXT_REQUIRED or word in NEXT_BLOCKED:
                nm = _NEXT_TOKEN.match(body, e)
                if nm is not None and "\n" in body[e : nm.start(1)]:
                    nm = None  # "What the study found" ending a headline: the next line is no object of the cue
                nxt = nm.group(1).lower() if nm else ""
                if (
                    word in NEXT_REQUIRED
                    and nxt not in NEXT_REQUIRED[word]
                    and not any(test(nxt, prev, body, low, s, e) for test in _NEXT_REQUIRED_UNLESS.get(word, _QUOTED_ONLY))
                ):
                    continue  # "points the way": the word after it makes no cue
                if word in _RECALL_FORMS and (
                    nxt[:1].isdigit() or (nxt in _RECALL_DETERMINERS and _recalled_thing(low, nm.end() if nm else e))
                ):
                    continue  # "recalls 200,000 power banks", "recalled its ambassador"
                if (
                    word in NEXT_BLOCKED
                    and nxt in NEXT_BLOCKED[word]
                    and not (
                        word == "say"
                        and (
                            prev in ("they", "we", "i", "you", "critics", "experts", "analysts", "officials")
                            or _parenthetical_say(body, s, prev)
                            or _QUOTE_AFTER_COMMA.match(body, e) is not None
                        )
                    )
                    and not (word == "found" and _FOUND_SHARE.match(body, nm.end() if nm else e))
                    and not _after_quotation(body, s)
                ):
                    continue
            if group == "phrase":
                if word.startswith(_LIKENING_VERBS) and not _likening(body, s, e, word, prev):
                    continue  # "painted the fence as the sun set", "cast her as Juliet", "Compare that to"
                if word.startswith("warning") and _verb_warning(body, s, prev):
                    e = s + 7  # "inspectors warning that", "are warning that": the verb, speech
                    tok = body[s:e]
                    label = "speech"
                elif word.split()[0] in _NOMINAL_CUES:
                    label = "nominal"  # "his proposal for", "attacks on": the noun is the cue, determiners allowed
                elif prev in DETERMINERS:
                    continue
                elif prev in _NOUN_PREPOSITIONS and word.split()[0] in _PLAN_NOUNS:
                    continue  # "a consultation on plans to build": the noun after a preposition, no cue
                else:
                    label = "belief"
            elif word.startswith("according"):
                if _MANNER.match(low, e):
                    continue  # "went according to plan", "sorted according to age": a manner, no source
                label = "according_to"
            else:
                # "her promise to reopen", "the mayor's promise to reopen": the pledge noun after a
                # possessive and its infinitive, a nominal cue of the possessor (as "pledge to")
                pledge = (
                    word in _PROMISE_FORMS
                    and _PROMISE_TO.match(low, e) is not None
                    and _possessive_before(body, s)
                )
                if prev in DETERMINERS and word not in UNAMBIGUOUS_FORMS and not pledge:
                    continue
                if (
                    word in NOUNISH
                    and not pledge
                    and prev.endswith("'s")
                    and prev[:1].isalpha()
                    and body[s - 1] == " "
                    and _CONTENT_THAT.match(low, e) is None
                ):
                    continue  # "under Mia's post", "Acme's claims": a noun after a possessive name, no verb
                    # ("Ann's demand that he resign" stays: the noun's content follows, a nominal cue)
                if prev == "to" and _AFTER_ACCORDING.search(low, max(0, s - 24), s):
                    continue  # "according to reports in", "according to plans filed with": the object, a noun
                if word in PREV_BLOCKED and prev in PREV_BLOCKED[word]:
                    continue
                if word in _SHOW_NOUN_FORMS and prev in _WEEKDAYS and _weekday_show(body, s):
                    continue  # "his Saturday show", "'set to quit' Sunday show": a programme, no finding
                if word in _COMPARED_FORMS and _compared(low, s, e):
                    continue  # "larger than models had suggested": a comparison's standard, nobody's words
                if (
                    word in PREV_REQUIRED
                    and prev not in PREV_REQUIRED[word]
                    and not (word == "showing" and _SHOWING_CONTENT.match(low, e) is not None)
                ):
                    continue  # "a strong showing in Iowa"; "emails showing that ..." stays (its content follows)
                if word in SUBJECT_ONLY and not _subject_before(body, s, prev, word):
                    continue
                if body[e : e + 1] == ":" and word in DOCUMENT_WORDS and _heading_compound(body, s):
                    continue  # "Board notes: ...": a heading, a document noun after a one-word modifier
                if word in NOUNISH and not pledge and _nominal_form(word, body, low, s, e):
                    continue  # "The Green Left list was third", "A Leeds City Council report published": a noun
                if prev in INSTITUTIONS and _body_noun_compound(word, low, s):
                    continue  # "given a police caution": "a" + a body's noun before a base form, a noun
                if (
                    word in NOUNISH
                    and prev not in VERB_CONTEXT
                    and not _naming_calls(word, body, e, prev)
                    and not (word in _CONTENT_THAT_NOUNS and _CONTENT_THAT.match(low, e) is not None)
                    and not (word in _CLAUSE_NOUNS and prev != "in" and _BARE_CLAUSE.match(low, e) is not None)
                    and not (word in _CONTENT_ABOUT_NOUNS and _CONTENT_ABOUT.match(low, e) is not None)
                    and not (
                        word in _STANCE_BASE_FORMS
                        and prev not in _NOUN_PREPOSITIONS
                        and prev != "in"
                        and prev[-2:] not in ("'s", "’s")
                        and _STANCE_OBJECT.match(body, e) is not None
                    )
                ):
                    before = body[max(0, s - 30) : s].rstrip()
                    toks = before.split()
                    last = toks[-1] if toks else ""
                    if (
                        not pledge
                        and not (
                            last[:1].isupper()
                            and (
                                len(toks) > 1
                                or (
                                    last.endswith("s")
                                    and (last.lower() in ROLE_WORDS or last.lower() in VAGUE_GROUPS)
                                )
                            )
                            and not before.endswith((".", '"', "”"))
                        )
                        and not prev.endswith("ly")
                        and not _plural_group_subject(toks)
                        and not _plural_of_subject(toks)
                        and not _after_relative_subject(body, low, s, e)
                        and not _person_noun_claims(word, prev, toks, body, e)
                        and not _singular_subject_claims(word, prev, toks, body, e)
                        and not _set_off_plural_cue(word, body, s, e, prev)
                        and not _after_apposition_that(word, before, body, low, s, e)
                    ):
                        continue
                if word in ("request", "requests", "comment", "comments") and _NOT_REACHED.search(
                    body, max(0, s - 20), e + 15
                ):
                    continue
                label = "nominal" if pledge else "speech" if word in SPEECH_FORMS else "belief"
        # _BARE_PLURAL ends "[A-Z][a-z]+s\s+(?:have\s+|had\s+|also\s+)?$": search only when the
        # text before the cue ends so (same \s as str.isspace / str.rstrip), and the plural is a
        # capitalised word: the last one, or the one before "have" / "had" / "also"
        if s and body[s - 1].isspace():
            before = body[max(0, s - 40) : s].rstrip()
            if before.endswith(("s", "have", "had", "also")) and _capitalised_last(before):
                bare = _BARE_PLURAL.search(body, max(0, s - 40), s)
                if bare and bare.group(1).lower() in _VAGUE_BARE:
                    label = "hedge:bare_plural"
        out.append(Attribution(s, e, tok, label, k, _NO_SOURCE))
    n_scanned = len(out)
    cued = {a.sentence for a in out}
    starts_in: dict[int, list[int]] = {}  # cue starts by sentence (for the colon test)
    for a in out:
        starts_in.setdefault(a.sentence, []).append(a.start)
    for m in _COLON_QUOTE.finditer(body):
        s = m.start()
        if not s or not (body[s - 1].isalnum() or body[s - 1] in ")’'_"):
            continue
        k = _sentence_of(s_starts, s)
        sentence_start = doc.sentences[k][0] if doc.sentences else 0
        clause_start = max(sentence_start, body.rfind(",", sentence_start, s) + 1)
        if any(clause_start <= x < s for x in starts_in.get(k, ())) or _inside(quotes, q_starts, s):
            continue
        line_start = body.rfind("\n", 0, s) + 1
        if _HYPHEN_HEADING.fullmatch(body, line_start, s):
            continue  # "Post-match reaction: '...'": a live blog's heading, no speaker
        dash = _DASH_LABEL.search(body, max(sentence_start, s - 80), s)
        if dash is not None and _dash_speaker(dash):  # "Poll lead narrows - Jane Roe: “...”": the name is the speaker
            at = dash.start(1)
            out.append(Attribution(at, s + 1, body[at : s + 1], "colon", k, _NO_SOURCE))
        else:
            out.append(Attribution(s, s + 1, ":", "colon", k, _NO_SOURCE))
        starts_in.setdefault(k, []).append(s)
        cued.add(k)
    has_medium = any(
        w in low for w in ("poll", "survey", "interview", "statement", "op-ed", "release", "conference")
    )
    for m in _medium_phrases(body, low) if has_medium else ():
        s = m.start()
        k = _sentence_of(s_starts, s)
        if k in cued or _inside(quotes, q_starts, s):
            continue
        out.append(Attribution(s, s + 2, body[s : s + 2], "medium", k, _NO_SOURCE))
        cued.add(k)
    # _TRANSCRIPT needs ":" then a blank or a tab
    for m in _transcript_labels(body) if ": " in body or ":\t" in body else ():
        s, e = m.span(1)
        if m.group(1).upper() in _NOT_SPEAKERS or m.group(1).split(None, 1)[0].upper() in _HEADING_OPENERS:
            continue  # "About Acme Ltd:", "Notes to editors:": boiler-plate headings, no speaker
        if ". " in m.group(1) and m.group(1).rsplit(". ", 1)[1].upper() in _PICTURE_CREDITS:
            continue  # "Market Square. Image: Ann Lee.": a caption, then the picture's credit, no speaker
        if _HYPHEN_HEADING.fullmatch(m.group(1)):
            continue  # "Full-time:", "Half-time:": a live blog's section label, no speaker
        if _headline_kicker(body, m.group(1), s, e):
            continue  # "TOWN HALL SHOCK: Mayor quits": a kicker on the headline line, no speaker
        k = _sentence_of(s_starts, s)
        if k in cued and (k != 0 or not _named_label(m.group(1), body, e)) and not (k and _turn_label(m.group(1))):
            continue
        out.append(Attribution(s, e + 1, body[s : e + 1], "colon", k, _NO_SOURCE))
    for m in _RULED_THAT.finditer(low) if "rul" in low and _RUL_THAT.search(low) else ():
        s, e = m.span(m.lastindex or 1)
        if _inside(quotes, q_starts, s) or (blocked and any(a <= s < b for a, b in blocked)):
            continue
        out.append(Attribution(s, e, body[s:e], "speech", _sentence_of(s_starts, s), _NO_SOURCE))
    for m in _POLL_HAS.finditer(body) if "poll" in low or "survey" in low or "average" in low else ():
        # "The latest Hale poll has Lind leading", "a survey had her at 9 points": a poll's finding, as "shows"
        s, e = m.span(1)
        if not _inside(quotes, q_starts, s):
            out.append(Attribution(s, e, body[s:e], "belief", _sentence_of(s_starts, s), _NO_SOURCE))
    for k, (s, _) in enumerate(sentences):
        # "To Ana Lind, the vote was a warning.", "But to many, ...": a view held by the person after "To",
        # read as "according to" (the person after it is the source); tested only where a sentence opens so
        if body.startswith(_TO_OPENERS, s) and (vm := _TO_VIEWER.match(body, s)) is not None:
            at, end = vm.span(1)
            if not _inside(quotes, q_starts, at) and _viewer_person(vm.group(2), body):
                out.append(Attribution(at, end, body[at:end], "according_to", k, _NO_SOURCE))
    # the learned cue model (learned.py, on by default): frequent PolNeAR cue forms the rules leave
    # alone, read as beliefs; off (use_model(None)), no rule-span list is built for it
    if model is not None:
        for s, e, k in learned_cues(doc, low, quotes, [(a.start, a.end) for a in out], model, hits):
            if low[s:e] in _MANNER_TO and not _speech_verb_after(low, e):
                continue  # "Fans were quick to rally round": the manner of an act, no speech
            if low[s:e] in _PERCEPTION_FORMS and _PERCEIVED_THING.match(low, e) is not None:
                continue  # "Walkers noticed the smoke on Sunday": perception of a thing, no speech
            if low[s:e] in _SIDE_FORMS and _SIDE_ONLY.match(body, e) is not None:
                continue  # "Some fans have sided with Lena.": a side taken in a quarrel, no view or words reported
            if low[s:e] == "called" and _naming_called(body, low, s, e, sentences[k][0]):
                continue  # "a little shop called Sweet Dreams": a name given, as in the rules, no words reported
            if low[s:e] in _VERDICT_WORDS:
                continue  # "pleaded (not) guilty", "were found guilty": a plea or a verdict, a legal act, no speech
            if low[s:e] in QUOTING_FORMS and _QUOTED_AS_SAYING.match(low, e) is not None:
                continue  # "The paper quoted a senior official as saying": the words are the official's ("saying")
            out.append(Attribution(s, e, body[s:e], "belief", k, _NO_SOURCE))
    if len(out) > n_scanned:  # the scan's cues are in text order; the later passes add out of order
        out.sort(key=_START)
    if out:
        out = _without_writer(low, out, sentences, quotes, q_starts)
    return out


#: "quoted / cited X as saying" (:data:`~mediakit.metrics.sourcing.spans.QUOTING_FORMS`): the quoting
#: reports X's words, and "saying" is their row (its source the object, X), so the learned cue "quoted"
#: is no row of its own.
_QUOTED_AS_SAYING = re.compile(r"(?:\s+[^\s.;:\"“”]+){1,12}?\s+as\s+(?:saying|telling|writing)(?![\w'’-])")
#: The writer's own first person outside quotations: "I suspect", "we believe", "I'd ask", "I would
#: argue" (an auxiliary and an adverb may stand between). Not a source: the writer's opinion is no
#: attribution, nor what it holds ("I suspect the Chancellor knows it": "knows" is nested in it).
_WRITER = re.compile(
    r"(?<![\w'’-])(?:i|we)(?:['’]d|\s+would|\s+do|\s+also|\s+still|\s+really|\s+can\s+only|\s+can)?"
    r"\s+(?:[a-z]+ly\s+)?(?:suspect|think|believe|reckon|guess|bet|doubt|fear|imagine|suppose|expect|hope"
    r"|feel|know|wonder|say|ask|urge|argue|contend|submit|predict|warn)(?![\w'’-])"
)
#: The writer's conditional speech act right before a cue ("I'd ask councillors", "we would urge"): a
#: hypothetical, nothing said, so no row.
_WRITER_MODAL = re.compile(r"(?<![\w'’-])(?:i|we)(?:['’]d|\s+would)\s+(?:[a-z]+ly\s+)?$")
#: Where :data:`_WRITER` can start: "i" or "we", then an apostrophe or any space (also a no-break space).
#: The look-behind follows the word, so the expression opens with "i" or "w" and the engine skips
#: to those letters (the same matches as ``(?<![\w'’-])(?:i|we)[\s'’]``, about half the time).
_WRITER_HINT = re.compile(r"(?:i(?<![\w'’-]i)|we(?<![\w'’-]we))[\s'’]")
#: The end of the writer's clause: a semicolon or a coordinating conjunction after a comma ("I think
#: the plan will fail, but the report shows ..."); a cue after it is another clause's.
_CLAUSE_BREAK = re.compile(r";|,\s*(?:but|yet|and|while|whereas|although|though)(?![\w'’-])")


def _without_writer(
    low: str,
    out: list[Attribution],
    sentences: list[tuple[int, int]],
    quotes: list[tuple[int, int]],
    q_starts: list[int],
) -> list[Attribution]:
    """``out`` without the writer's conditional speech acts and the non-speech cues nested in the writer's belief.

    The writer's own first-person cue stays as it was (a row with no source); a match inside a direct
    quotation is a quoted speaker's ("I think," she said) and is kept; so is a cue in a later clause
    than the writer's (after a semicolon or ", but"). Per cue, at most 200 characters of its sentence
    before it are searched.
    """
    keep = []
    for a in out:
        start = a.start
        near = low[start - 30 if start > 30 else 0 : start]
        if "'d " in near or "’d " in near or "would " in near:  # what :data:`_WRITER_MODAL` needs before a cue
            m = _WRITER_MODAL.search(low, max(0, start - 30), start)
            if m is not None and not (quotes and _inside(quotes, q_starts, m.start())):
                continue  # "I'd ask councillors"
        # a belief, stance or finding in the writer's own belief is the writer's claim; a speech cue
        # after it is another clause's ("I suppose that ends the matter, said ...")
        if a.label != "speech":
            lo = max(sentences[a.sentence][0] if sentences else 0, start - 200)
            if _WRITER_HINT.search(low, lo, start) and any(
                not (quotes and _inside(quotes, q_starts, m.start())) and not _CLAUSE_BREAK.search(low, m.end(), start)
                for m in _WRITER.finditer(low, lo, start)
            ):
                continue
        keep.append(a)
    return keep


_START = attrgetter("start")

_TO_INFINITIVE = re.compile(r"(?<![\w'’-])(\w+)\s+to\s+$", re.IGNORECASE)
#: Verbs before "to VERB" that keep a speech verb reported speech ("went on to say"); a means of contact
#: before "to say" delivers the message ("emailed to say", "rang to tell us", "got in touch to say"):
#: speech, not an intention.
_SPEECH_RAISERS = frozenset("on went go goes going used touch rang".split()) | verb_forms(
    "email", "phone", "text", "message", "ring"
)


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
        if first.startswith(("made", "mak", "put", "shot", "refer", "pok", "compar", "paint", "deliver", "cast")):
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
