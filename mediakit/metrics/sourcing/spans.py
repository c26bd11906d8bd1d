"""Noun-phrase and source extraction: the source span of each cue.

A small rule-based chunker over the tokens of the cue's sentence (no parser,
no model). The source of a cue is, in order of precedence:

* ``colon`` labels, hedges and "according to" / "in a statement" phrases:
  fixed rules (:func:`find_source`);
* an **inverted** cue (``"...," said Jane Roe``, ``..., said the minister``):
  the noun phrase after the cue;
* a **passive** cue with an agent (``was echoed by the governor``): the agent;
* the noun phrase **right before** the cue, after auxiliaries, adverbs and
  time words ("Jane Roe has also said", "Trump on Monday said"), read
  leftwards by :func:`np_left`: names with their titles ("Mr. Smith",
  "Sen. Ann Marlow (R-Texas)"), role nouns before a name ("council leader John
  Doe", "lawyer and human rights campaigner Pavel Chikov"), determiners,
  modifiers, "of / for / at / from" phrases ("the chairman of the committee",
  "a spokesman for the council"), "familiar with" / "close to" phrases,
  coordination of names ("Donald Trump and Paul Ryan");
* an **appositive or relative clause** between commas before the cue ("Jane
  Roe, a lawyer, said", "Jane Roe, who led the inquiry, said"): the name with
  the clause, which is part of the speaker's noun phrase; an adverbial between
  commas ("Jane Roe, on Monday, said") is left out;
* a **relative pronoun** right before the cue ("a man who told police"): its
  antecedent ("a man"), never the pronoun;
* a prepositional phrase between subject and cue is skipped ("Trump in his
  speech said" -> "Trump");
* otherwise (an infinitive, "by saying", a participle after a comma) the
  subject of the clause, read rightwards from the clause start by
  :func:`np_right` after a clause-initial adverbial.

The span returned is the whole phrase (``start``/``end``); its *core* is the
noun phrase without the appositive or relative clause, which classification
reads together with the clause as context.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import NamedTuple

from mediakit.metrics.sourcing.lexicon import (
    ADVERBIAL_WORDS,
    AGENT_PARTICIPLES,
    ATTACH_PREPOSITIONS,
    BELIEF_FORMS,
    BODY_BEFORE_NAME,
    CHAMPION_NOUNS,
    CUE_ADVERBS,
    DESCRIBING_PARTICIPLES,
    DOCUMENT_PARTICIPLES,
    DOCUMENT_WORDS,
    FIRST_NAMES,
    INSTITUTIONAL_MODIFIERS,
    INSTITUTIONS,
    MONTHS,
    NAME_STOP,
    NOUNISH,
    NP_DETERMINERS,
    NP_STOP_WORDS,
    ORG_SUFFIXES,
    PARTICIPLE_ADJECTIVES,
    PERSON_NOUNS,
    PLACE_PARTICIPLES,
    PLANNING_HEADS,
    POSTMODIFIERS,
    QUANTIFIER_PRONOUNS,
    RAISING_WORDS,
    RELATIVES,
    ROLE_WORDS,
    SPEECH_FORMS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    TITLES,
    verb_forms,
)
from mediakit.text.tokens import TOKEN, Tokens, tokenize

#: The tokenizer lives in :mod:`mediakit.text.tokens` (the only place text is segmented).
tokens = tokenize


class Phrase(NamedTuple):
    """A source phrase: token range ``[i, j)`` and its core noun phrase ``[ci, cj)``.

    ``how`` says which rule found it (left, appositive, relative, inverted,
    agent, clause, according_to, medium, possessor).
    """

    i: int
    j: int
    ci: int
    cj: int
    how: str


#: Words that may end a noun phrase but are verbs ("said", "believes").
_VERB_FORMS = frozenset(SPEECH_FORMS) | frozenset(BELIEF_FORMS)
_LY_NOUNS = frozenset(
    """family ally rally assembly supply bully anomaly monopoly italy july reply holly kelly emily lily
    billy molly sally polly belly jelly fly daily weekly monthly quarterly elderly tally folly gully
    homily doily early friendly lonely lovely costly deadly curly holy ugly silly jolly""".split()
)
#: Modifiers of a role noun that may precede a name with it ("former", "chief", "state").
_TITLE_MODIFIERS = frozenset(
    """former chief senior deputy acting assistant associate vice lead top fellow then late junior
    interim executive principal general state federal county city district national regional local
    presidential parliamentary""".split()
)
#: Short role nouns the suffix rule misses ("host", "chair"), and the epithets of a public figure before
#: a name ("presidential hopeful", "media titan", "tennis great").
_TITLE_NOUNS = frozenset(
    """host anchor pundit star coach chair head chief boss aide envoy mp mep hopeful hopefuls titan mogul
    tycoon magnate legend icon great veteran surgeon neurosurgeon favourite favorite""".split()
) | CHAMPION_NOUNS
#: Nouns that a verb form can be after a determiner ("the congressional report", "his call"; "the
#: accused": a participle after a determiner names the person charged, never a finite verb).
_NOUN_FORMS = NOUNISH | DOCUMENT_WORDS | frozenset(("accused",))
_REFLEXIVES = frozenset("himself herself themselves itself".split())
_PERSON_SUFFIXES = ("ist", "ists", "ian", "ians", "man", "men", "woman", "women", "er", "ers", "or", "ors")
_NOT_PERSON_WORDS = frozenset(
    """paper papers order orders letter letters number numbers matter matters border borders power powers
    weather thunder shower showers water waters floodwater floodwaters stormwater rainwater wastewater groundwater meltwater
    center centers centre centres corner corners chamber chambers quarter quarters computer computers
    register registers filter filters cover covers layer
    layers other others together either neither rather however further whether never ever after over
    under river rivers winter summer october november december september error errors manner character
    minor major factor factors sector sectors motor motors door doors floor floors mirror terror horror
    honor honour labor labour color colour favor favour vendor vendors monitor interior exterior anchor
    chapter chapters meter meters liter letter murder murders number offer offers answer answers
    member-state headquarters lawsuit human humans woman's german germans roman romans event events
    percent extent content contents accident accidents incident incidents talent talents moment
    moments element elements component components plant plants restaurant restaurants grant grants
    want wants chant chants giant giants elephant amount amounts account accounts intent current
    event recent silent frequent consistent important significant different present absent urgent
    violent patent latent evident decent innocent independent prominent permanent relevant
    vibrant distant constant instant brilliant elegant arrogant ignorant reluctant pregnant
    abundant dominant expectant terrier terriers retriever retrievers setter setters pointer pointers
    spaniel spaniels beaver beavers otter otters panther panthers tiger tigers lobster lobsters hamster
    hamsters rooster roosters heifer heifers""".split()
)
#: Organisation-kind role words that are bodies, not people ("company", "union").
_ORG_NOUNS = frozenset(
    w
    for w, k in ROLE_WORDS.items()
    if k == "organisation"
    and w
    not in ("executive", "executives", "ceo", "chairman", "boss", "bosses", "founder", "manager", "managers")
    and w not in ("director", "directors", "owner", "owners", "landlord", "landlords")
)
_OPEN_MARKS = frozenset("\"“”‘'«»„()[];:—–")
#: Prefixes of a second or lower office of a listed role ("undersecretary", "vice-chancellor", "deputy-governor").
_OFFICE_PREFIXES = ("under", "vice", "co-", "deputy-")


def person_word(low: str) -> bool:
    """True for a person, role or group noun ("spokeswoman", "lawyers", "forecaster", "residents")."""
    if low in ROLE_WORDS:
        return low not in INSTITUTIONS and low not in _ORG_NOUNS
    if low in PERSON_NOUNS:
        return True
    if low.endswith(("-year-old", "-year-olds")):
        return True  # "the 52-year-old": a person by age
    if "-of-" in low:
        return person_word(low.split("-of-", 1)[0])  # "the mum-of-three", "a father-of-two"
    plural = low + "s"
    if plural in ROLE_WORDS and ROLE_WORDS[plural] not in ("organisation", "media") and plural not in _GROUP_NAMES:
        return plural not in INSTITUTIONS  # the singular of a listed plural ("paramedic", "onlooker")
    if low in _NOT_PERSON_WORDS or len(low) < 5:
        return False
    if low.startswith(_OFFICE_PREFIXES):
        rest = low[low.index("-") + 1 :] if "-" in low[:7] else low[5:] if low.startswith("under") else low[4:]
        if rest in ROLE_WORDS:
            return person_word(rest)  # "undersecretary", "vice-chancellor", "deputy-governor": a listed role's office
    if low.endswith(_PERSON_SUFFIXES):
        return True
    return (
        low.endswith(("ant", "ants", "ent", "ents"))
        and not low.endswith(("ment", "ments"))
        and low not in _NOT_PERSON_WORDS
    )


def _title_word(low: str) -> bool:
    """A word that may precede a name inside its noun phrase ("lawyer", "leader", "chief")."""
    return low in _TITLE_MODIFIERS or low in _TITLE_NOUNS or person_word(low) or low in ROLE_WORDS


def _name_follower(low: str) -> bool:
    """A lower-case noun that may follow a name in one phrase ("Trump campaign", "Clinton aides")."""
    return low in ROLE_WORDS or low in PERSON_NOUNS or low in INSTITUTIONS or person_word(low)


def _noun_like(low: str) -> bool:
    """A lower-case word that can continue "the/a <Name> ..." ("a CBS poll", "the RealClearPolitics polling average")."""
    if low in DOCUMENT_WORDS or low in INSTITUTIONS or low in _NOUN_EXTRAS:
        return True
    if low in _VERB_FORMS or _verbish(low):
        return low.endswith("ing") and low not in _VERB_FORMS  # "polling"
    return low.endswith(("ion", "ment", "ship", "ist", "ists", "er", "ers"))


_NOUN_EXTRAS = frozenset("average campaign team staff office site page account show programme".split())


def _adverb(low: str) -> bool:
    return low.endswith("ly") and len(low) > 4 and low not in _LY_NOUNS


def _verbish(low: str) -> bool:
    """A word that reads as a verb, not a modifier ("picked", "running"), outside a determiner's phrase."""
    if low in PARTICIPLE_ADJECTIVES:
        return False
    return low in _VERB_FORMS or (len(low) > 4 and low.endswith(("ed", "ing")))


def _np_word(text: str, low: str) -> bool:
    """A token that can end a noun phrase (a name or a noun), not a function word or a verb."""
    if not text[0].isalnum():
        return False
    if text[0].isupper():
        return low not in NP_STOP_WORDS and low not in RELATIVES and low not in SUBJECT_PRONOUNS
    return (
        low not in NP_STOP_WORDS
        and low not in RELATIVES
        and low not in NP_DETERMINERS
        and low not in _VERB_FORMS
        and low not in SUBJECT_PRONOUNS
        and not _adverb(low)
    )


def _conjunct(text: str, low: str) -> bool:
    """A word that can end the left conjunct of "X and Y" inside a source phrase."""
    if text[0].isupper():
        return low not in NP_STOP_WORDS and low not in RELATIVES and low not in SUBJECT_PRONOUNS
    return _title_word(low)


#: Subject pronouns that may open a coordinated source ("She and her aides", "he and Mr. Allen").
_CONJOINED_PRONOUNS = frozenset("he she they".split())
#: Modifiers coordinated before one head ("current and former officials", "past and present staff").
_PAIRED_MODIFIERS = frozenset(
    """current former past present retired serving active future longtime senior junior progressive
    conservative liberal democratic republican independent foreign domestic public private local
    national federal state""".split()
)


def _lower_conjunct(low: str) -> bool:
    """A lower-case head that may end the left conjunct of "and <determiner>" ("many experts and some")."""
    return person_word(low) or low in DOCUMENT_WORDS or (low in ROLE_WORDS and low not in _VERB_FORMS)


def _and_even(t: Tokens, i: int, lo: int) -> bool:
    """Whether token ``i - 1`` is the "even" of "X and even Y" ("Farmers and even some bankers").

    The left conjunct is a name or a person or document noun ("other mayors and even a judge").
    """
    return (
        i - 3 >= lo
        and t.lows[i - 1] == "even"
        and t.lows[i - 2] == "and"
        and t.texts[i - 3][0].isalnum()
        and (_conjunct(t.texts[i - 3], t.lows[i - 3]) or _lower_conjunct(t.lows[i - 3]))
    )


def _neither_before(t: Tokens, k: int, lo: int) -> int:
    """Index of the "neither" that opens the coordination whose "nor" is token ``k`` (-1 when none)."""
    return next((x for x in range(k - 1, max(lo, k - 8) - 1, -1) if t.lows[x] == "neither"), -1)


#: Words that may open a phrase before a quoted title ('the "Night Desk" host').
_TITLE_QUOTE_OPENERS = frozenset("the a an his her their its this that".split())


def _quoted_title(t: Tokens, i: int, lo: int) -> int:
    """Start of a quoted title (with its determiner) right before the role noun at ``i``, else -1.

    'the "Night Desk" host Ann Lee', '"Harbour Lights" star Mia Cole', 'her "fair share" plan': a
    work's or a plan's name in quotation marks modifies the lower-case role or document noun after it.
    The quotation is short (up to eight tokens, words only) and the noun is a person's role or a
    document; '... ," the host said' (a closing quotation after a comma) is no title.
    """
    texts, lows = t.texts, t.lows
    low = lows[i]
    if not (person_word(low) or _title_word(low) or low in DOCUMENT_WORDS):
        return -1
    q = i - 1
    x = q - 1
    while x > lo and x > q - 9 and texts[x] not in ("“", '"'):
        if not (texts[x][0].isalnum() or texts[x] in ("-", "'", "’", "&", ":", "!", "?")):
            return -1
        x -= 1
    if x < lo or x >= q - 1 or texts[x] not in ("“", '"') or not texts[x + 1][0].isupper():
        return -1
    if texts[q - 1] in (",", ".", "!", "?"):
        return -1
    if x - 1 >= lo and lows[x - 1] in _TITLE_QUOTE_OPENERS:
        return x - 1
    return x


#: Predeterminers before a definite determiner ("all the councillors", "both his aides").
_PREDETERMINERS = frozenset(("all", "both"))
#: Determiners that do not open a phrase before "other" ("each other", "one other" is kept).
_NOT_BEFORE_OTHER = frozenset(("other", "another", "each", "no"))
#: Definite determiners a predeterminer may precede.
_DEFINITE_DETERMINERS = frozenset("the these those his her their its our my".split())


def np_left(t: Tokens, j: int, lo: int) -> int:
    """Start index of the noun phrase that ends just before token ``j`` (``j`` when there is none).

    Reads leftwards, never before ``lo``. Names take their titles and role
    nouns ("council leader John Doe"); a name is not preceded by any other
    lower-case noun ("his speech Trump" -> "Trump").
    """
    texts, lows, starts, ends = t.texts, t.lows, t.starts, t.ends
    i = j
    mode = 0  # 0 nothing yet, 1 a name (capitalised run), 2 a noun / role / title
    conj_at = -1  # index of an accepted "and" (cut there if the left conjunct follows a verb)
    if i > lo and lows[i - 1] in _REFLEXIVES and i - 1 > lo and texts[i - 2][0].isalnum():
        i -= 1  # "Mr. Rubio himself"
    while i > lo:
        w = texts[i - 1]
        low = lows[i - 1]
        c = w[0]
        if not c.isalnum():
            if (
                w == "."
                and i < j
                and i - 1 > lo
                and starts[i - 1] == ends[i - 2]
                and texts[i - 2][0].isupper()
            ):
                i -= 1  # an abbreviation: "Mr. Smith", "Dennis B. Ross"
                continue
            if (w == "”" or w == '"') and i < j and texts[i][0].islower():
                x = _quoted_title(t, i, lo)
                if x >= 0:
                    i = x  # 'the "Night Desk" host Ann Lee': a work's quoted title modifies the role noun
                break
            if w == ")" and mode != 2:
                k = i - 2
                while k > lo and k > i - 9 and texts[k] != "(":
                    k -= 1
                if k > lo and texts[k] == "(" and texts[k - 1][0].isupper():
                    i = k  # "Sen. Ann Marlow (R-Ga.)"
                    mode = 1
                    continue
                break
            if w == "%" and i - 1 > lo and texts[i - 2][0].isdigit():
                i -= 2  # "20-40% people"
                mode = 2
                continue
            if (
                w in "’'"
                and i < j
                and i - 1 > lo
                and starts[i - 1] == ends[i - 2]
                and lows[i - 2].endswith("s")
            ):
                i -= 1  # plural possessive: "the candidates’ positions"
                continue
            if w in "/&" and i < j and i - 1 > lo and texts[i - 2][0].isupper() and texts[i][0].isupper():
                i -= 1  # "CNN/ORC", "AT&T"
                continue
            if w == "," and conj_at >= 0 and i < j and texts[i][0].isupper():
                x = _name_list(t, i - 1, lo)
                if x >= 0:
                    i = x  # "Clinton, Sanders and Kasich said": the names before the coordinated pair
            elif w == "," and conj_at >= 0 and i < j and texts[i][0].islower():
                x = _group_list(t, i - 1, lo)
                if x >= 0:
                    i = x  # "Farmers, unions and some councillors said": the groups before the coordinated pair
            break
        if (
            (w == "A" or w == "I")
            and i < j
            and texts[i] == "."
            and i - 1 > lo
            and lows[i - 2] in FIRST_NAMES
        ):
            i -= 1  # "James A. Baker", "Nicole I. Navas": a middle initial after a first name, no determiner
            mode = 1
            continue
        if low in SUBJECT_PRONOUNS:
            if i == j:
                i -= 1  # "he said"
                if i - 1 > lo and lows[i - 1] == "of" and lows[i - 2] in QUANTIFIER_PRONOUNS:
                    i -= 2  # "many of you", "each of them"
            break
        if (
            c.isupper()
            and low in _NUMBER_WORDS
            and i - 1 > lo
            and texts[i - 2][0].isupper()
            and lows[i - 2] not in NP_STOP_WORDS
        ):
            i -= 1  # "Network Six", "Channel Four": a capitalised number word ending a name
            mode = 1
            continue
        if low in NP_DETERMINERS:
            if i == j and low not in QUANTIFIER_PRONOUNS and not c.isdigit():
                break  # "this said", "that shows": no phrase
            i -= 1
            if (
                low == "other"
                and i > lo
                and (lows[i - 1] in NP_DETERMINERS or texts[i - 1].isdigit())
                and lows[i - 1] not in _NOT_BEFORE_OTHER
            ):
                i -= 1  # "Two other letters", "many other polls", "the other unions": the determiner before "other"
                break
            if i > lo and lows[i - 1] == "by":
                k = _document_agent(t, i - 1, lo)
                if k >= 0:
                    i = k  # "a review by the Care Quality Commission"
                    mode = 2
                    continue
            if i - 1 > lo and _attaches(t, i - 1):
                i -= 1  # "one of the aides", "a spokesman for the council", "analysts at Citi"
                if lows[i - 1] in POSTMODIFIERS:
                    i -= 1  # "a source close to the organisers"
                mode = 2
                continue
            if (
                i - 2 > lo
                and lows[i - 1] in _PLACED_PREPOSITIONS
                and lows[i - 2] in PLACE_PARTICIPLES
                and (_placed_person(t, i - 3, lo) or _opening_plural_person(t, i - 3, lo))
            ):
                i -= 2  # "archaeologists working on the site", "engineers working for the council", "a man living in the flat"
                mode = 2
                continue
            if i - 1 > lo and lows[i - 1] == "nor":
                x = _neither_before(t, i - 1, lo)
                if x >= lo:
                    i = x  # "Neither Ms. Varga nor other managers"
                    break
            if i - 1 > lo and lows[i - 1] == "and" and lows[i - 2] in _CONJOINED_PRONOUNS:
                i -= 2  # "She and her aides": a pronoun opens the coordinated phrase
                break
            if _and_even(t, i, lo):
                conj_at = i - 2
                i -= 2  # "Farmers and even some bankers": "even" inside the coordination
                continue
            if i - 2 > lo and lows[i - 1] == "and" and texts[i - 2] == ",":
                x = _name_list(t, i - 2, lo)
                if x < 0 and i + 1 < j and texts[i - 3].islower():
                    x = _group_list(t, i - 2, lo)
                if x >= 0:
                    conj_at = i - 1
                    i = x  # "President Obama, Ann Lee, and other Democrats": a list with a serial comma
                    break
            if (
                i - 1 > lo
                and lows[i - 1] == "and"
                and _conjunct(texts[i - 2], lows[i - 2])
                and (texts[i - 2][0].isupper() or (i + 1 < j and _lower_conjunct(lows[i - 2])))
            ):
                conj_at = i - 1
                i -= 1  # "Ms. Lund and her colleagues", "many economists and some regulators"
                continue
            if (c.isdigit() or low in QUANTIFIER_PRONOUNS or low in _NUMBER_WORDS) and i > lo:
                if lows[i - 1] in ("next", "first", "last", "other", "past", "top") and i - 1 > lo:
                    i -= 1  # "the next two states", "the last three presidents"
                prev = lows[i - 1]
                if prev in (
                    "the",
                    "his",
                    "her",
                    "their",
                    "its",
                    "our",
                    "my",
                    "these",
                    "those",
                    "all",
                    "about",
                    "only",
                    "nearly",
                    "almost",
                    "roughly",
                ):
                    i -= 1  # "the two voters", "about four in 10", "Only three senators"
                    break
                if c.isdigit() or low in ("hundreds", "thousands", "dozens", "millions"):
                    mode = 2
                    continue  # a number inside a title ("the 7th district") or a quantity
            if (
                i > lo
                and lows[i - 1] in _PREDETERMINERS
                and low in _DEFINITE_DETERMINERS
                and i + 1 < j
                and not (i - 1 > lo and lows[i - 2] in ("above", "after", "for"))
            ):
                i -= 1  # "All the councillors insisted", "Both the unions said" (not "above all, ...")
            break
        if i == j and _plural_noun_subject(low):
            i -= 1  # "Consumer advocates have warned", "Advocates said", "Reports say": a plural noun before the cue
            mode = 2
            continue
        if low == "defending" and i < j and lows[i] in CHAMPION_NOUNS:
            i -= 1  # "Defending champion Ana Ruiz": a sports epithet, no stance verb
            continue
        if low == "planning" and i < j and lows[i] in PLANNING_HEADS:
            i -= 1  # "Planning officers said", "Council planning officers": the noun "planning" before its compound head
            mode = 2
            continue
        if low == "think" and i < j and lows[i] == "tank":
            i -= 1  # "Think tank Bright Blue": one body noun of two words
            continue
        if c.isdigit() and i < j and _year_after_month(t, i - 1, lo):
            break  # "In May 2019 Ann Vale said": the time before the phrase, no part of it
        if (
            w == "That"
            and mode == 2
            and (i - 1 == lo or not texts[i - 2][0].isalnum())
            and texts[i][0].islower()
            and not lows[j - 1].endswith("s")
        ):
            i -= 1  # "That person said", "That forecast proved": a demonstrative before a singular noun (not
            break  # the "That" of a clause subject, "That officials said so is clear")
        if w == "US" and i < j and texts[i][0].isupper() and not texts[i].isupper():
            i -= 1  # "US Senator Ann Lee", "US Army officers": the country, not the pronoun (not in capitals: "GIVE US")
            continue
        if c.isupper() or c.isdigit():
            if (
                (low in NP_STOP_WORDS and not _surname_after_first_name(t, i - 1, lo))
                or low in RELATIVES
                or (
                    low in _VERB_FORMS
                    and i - 1 == 0
                    and not _plural_noun_subject(low)
                    and not (
                        mode == 2
                        and i < j
                        and texts[i][0].islower()
                        and (lows[i] in INSTITUTIONS or person_word(lows[i]))
                    )
                )
            ) and not (
                i < j and (_first_name_will(t, i - 1, j) if i - 1 > lo else _opening_will_name(t, i - 1, j))
            ) and not (i == j and _name_will_before_verb(t, i - 1)) and not (
                low == "today"
                and i - 1 > lo
                and texts[i - 2][0].isupper()
                and lows[i - 2] not in NP_STOP_WORDS
                and lows[i - 2] not in TIME_WORDS
            ) and not (
                len(w) > 1
                and w.isupper()
                and i - 1 > lo
                and len(texts[i - 2]) > 1
                and texts[i - 2].isupper()
                and (i >= j or not texts[i].isupper())
            ):
                break  # a function word or a capitalised verb opening the sentence; not a plural noun
                # ("Advocates of the plan said"), not inside a capitals name after another capitals word ("METRO TODAY")
            i -= 1
            if mode == 0:
                # a number, a group's name, or a title abbreviation ("the town's MP", "its CEO"): a noun
                mode = 2 if c.isdigit() or low in _GROUP_NAMES or (w.isupper() and person_word(low)) else 1
            if c.isdigit() and i - 1 > lo and lows[i - 1] in ("over", "under", "aged") and i < j:
                i -= 1  # "people over 65"
            continue
        if low in ATTACH_PREPOSITIONS:
            if i < j and i - 1 > lo and low == "of" and lows[i - 2] in _COUNT_WORDS:
                i -= 2  # "hundreds of guards", "one of the aides": the count opens the phrase
                if (
                    lows[i] in _SHARE_COUNTS
                    and i - 2 > lo
                    and lows[i - 1] in ("%", "percent")
                    and texts[i - 2][0].isdigit()
                    and lows[i - 3] in _ARTICLES
                ):
                    i -= 3  # "A 54% majority of tenants", "a 60 percent majority of them": the share's size
                    break
                if i > lo and lows[i - 1] in (
                    "the",
                    "his",
                    "her",
                    "their",
                    "its",
                    "our",
                    "about",
                    "some",
                    "nearly",
                ):
                    i -= 1
                break
            share = low == "of" and texts[i - 2] == "%"
            if i < j and i - 1 > lo and (_np_word(texts[i - 2], lows[i - 2]) or share):
                i -= 1  # "Lawyers for the family", "a professor at Yale", "85% of Democrats"
                mode = 2
                continue
            break
        if (
            low in ("with", "to", "on", "about", "in")
            and i < j
            and i - 1 > lo
            and lows[i - 2] in POSTMODIFIERS
        ):
            i -= 2  # "a person familiar with", "sources close to"
            mode = 2
            continue
        if low == "with" and i < j and i - 1 > lo and _with_knowledge(t, i) and person_word(lows[i - 2]):
            i -= 1  # "People with knowledge of the talks", "officials with direct knowledge of": as "familiar with"
            mode = 2
            continue
        if low == "to" and i < j and i - 1 > lo and lows[i - 2] in _TO_ROLES:
            i -= 1  # "Aides to Clinton", "the ambassador to France": a role held toward someone
            mode = 2
            continue
        if low in ("on", "into", "about") and mode == 1 and i < j and i - 1 > lo and lows[i - 2] in DOCUMENT_WORDS:
            i -= 1  # "The report on Marlow School found": a document about a named subject, the subject no source
            mode = 2
            continue
        if low in ("in", "on") and mode == 1 and i < j and i - 1 > lo and _placed_person(t, i - 2, lo):
            i -= 1  # "a paramedic in Leeds", "Residents in Kent", "traders on Elm Street": a person placed by a name
            mode = 2
            continue
        if (
            low in _PLACE_PREPOSITIONS
            and mode
            and i < j
            and i - 2 > lo
            and lows[i - 2] in PLACE_PARTICIPLES
            and _placed_person(t, i - 3, lo)
        ):
            i -= 2  # "a woman living on Elm Road", "a man based in Leeds": a person placed by a participle
            mode = 2
            continue
        if low == "by" and i < j:
            k = _document_agent(t, i - 1, lo)
            if k >= 0:
                i = k  # "A report by the National Audit Office", "figures released by NHS England"
                mode = 2
                continue
        if low in _MEANS_PREPOSITIONS and i < j:
            b = i - 2
            while b > lo and b > i - 8 and lows[b] != "by" and texts[b][0].isalnum():
                b -= 1
            k = _document_agent(t, b, lo) if b > lo and lows[b] == "by" else -1
            if k >= 0:
                i = k  # "Figures obtained by the Gazette under freedom of information laws": the means, inside
                mode = 2
                continue
        if low == "nor" and i < j:
            x = _neither_before(t, i - 1, lo)
            if x >= lo:
                i = x  # "Neither Patel nor Moreau", "Neither Ms. Varga nor other managers"
                break
        if low in _NAME_PARTICLES and mode == 1 and i < j and i - 1 > lo:
            i -= 1  # "Mayor Luc de Vries", "Banco de Tarrow": a particle inside a name
            continue
        if (
            low == "like"
            and i < j
            and i - 1 > lo
            and texts[i - 2][0].islower()
            and lows[i - 2].endswith("s")
            and person_word(lows[i - 2])
        ):
            i -= 1  # "analysts like Brennan", "ministers like Ana Patel": the group is the head
            mode = 2
            continue
        if low == "even" and i < j and _and_even(t, i, lo):
            conj_at = i - 2
            i -= 2  # "Politicians and even technologists say"
            continue
        if low in ("and", "&"):
            if i < j and i - 1 > lo and _conjunct(texts[i - 2], lows[i - 2]):
                conj_at = i - 1
                i -= 1
                continue
            if low == "and" and i < j and i - 2 > lo and texts[i - 2] == "," and texts[i][0].isupper():
                x = _name_list(t, i - 2, lo)
                if x >= 0:
                    conj_at = i - 1
                    i = x  # "Ann Lee, Tom Bell, and Jo Hale": a list of names with a serial comma
                    break
            if low == "and" and i < j and i - 1 > lo and lows[i - 2] in _CONJOINED_PRONOUNS:
                i -= 2  # "he and Mr. Allen", "she and European leaders"
                break
            if low == "and" and i < j and i - 1 > lo and texts[i - 2] == ")":
                k = _tag_bracket(t, i - 2, lo)
                if k >= 0:
                    conj_at = i - 1
                    i = k  # "Ann Lee (D) and Tom Vale (R)": a left conjunct ending in a party tag
                    mode = 1
                    continue
            if (
                i + 1 < j
                and i - 1 > lo
                and lows[i - 2] in _PAIRED_MODIFIERS
                and (lows[i] in _PAIRED_MODIFIERS or texts[i][0].isupper())
            ):
                i -= 1  # "current and former officials": two modifiers of one head
                mode = 2
                continue
            break
        if (
            low in _VERB_FORMS
            and low in _NOUN_FORMS
            and (
                (i - 1 > lo and lows[i - 2] in NP_DETERMINERS)
                or (i < j and lows[i] in ATTACH_PREPOSITIONS)
                or (i == j and _det_within(t, i - 1, lo))
                or (i < j and mode == 2 and low in DOCUMENT_WORDS and (lows[i] == "by" or lows[i] in _AGENT_PARTICIPLES))
            )
        ):
            # "the report said", "his statement", "the latest report from the UN found", "A fiscal note
            # (prepared) by the Budget Office": a document noun before its agent
            i -= 1
            mode = 2
            continue
        if (
            low in _VERB_FORMS
            and i == j
            and i - 3 > lo
            and lows[i - 2] in _NOUN_DETERMINERS
            and lows[i - 3] in ("with", "to", "on", "about")
            and lows[i - 4] in POSTMODIFIERS
        ):
            i -= 1  # "A person familiar with the talks said": a determiner makes the cue form a noun
            mode = 2
            continue
        if (
            mode == 2
            and low.endswith("ing")
            and i < j
            and i - 1 > lo
            and (lows[i - 2] in NP_DETERMINERS or lows[i - 2].endswith(("'s", "\u2019s")))
        ):
            i -= 1  # "the council's planning committee": an -ing word between a determiner and a noun
            continue
        if (
            mode == 2
            and low in _VERB_FORMS
            and i < j
            and i - 1 > lo
            and lows[i - 2] in _NOUN_DETERMINERS
            and texts[i][0].islower()
            and texts[i - 1][0].islower()
        ):
            i -= 1  # "The appeal court ruled", "the claims office": a cue's form as a noun between a determiner and its head
            continue
        if (
            low == "planning"
            and i < j
            and texts[i][0].islower()
            and i - 1 > lo
            and (lows[i - 2] in ATTACH_PREPOSITIONS or lows[i - 2] in ("by", "with"))
        ):
            i -= 1  # "A report by planning officers", "staff from planning services": the noun "planning", a modifier
            mode = 2
            continue
        if low == "states" and i - 1 > lo and (lows[i - 2] in _NUMBER_WORDS or texts[i - 2].isdigit()):
            i -= 1  # "in all five states", "all 50 states": a noun after a number, not the verb
            mode = 2
            continue
        if (
            mode == 2
            and i < j
            and i - 1 > lo
            and lows[i - 2] in _ARTICLES
            and texts[i][0].islower()
            and texts[i].replace("-", "").isalpha()
            and _adverb(low)
            and low not in NP_STOP_WORDS
        ):
            i -= 2  # "The widely respected economist", "the publicly available figures": an article and an
            break  # adverb of degree before the adjective of a lower-case phrase
        if low in NP_STOP_WORDS or low in RELATIVES or low in _VERB_FORMS or _adverb(low):
            break
        if i - 2 > lo and lows[i - 3] == "it" and lows[i - 2] in _IT_IS:
            break  # "It is understood bosses on the show agreed": the participle after "It is" is no subject's
        if (
            mode == 1
            and low[-2:] in ("'s", "’s")
            and i < j
            and (low[:-2] in ROLE_WORDS or low[:-2] in INSTITUTIONS)
            and (texts[i].rstrip(".") in TITLES or _title_word(lows[i]))
        ):
            i -= 1  # "sheriff's Sgt. Mike Reyes", "the council's Cllr Ann Lee": a body's possessive before a title
            mode = 2
            continue
        if mode == 1 and i - 1 > lo:
            a = i - 2
            if a > lo and lows[a] not in _ARTICLES and _adverb(lows[a]) and texts[a][0].islower():
                a -= 1  # "a newly elected Vale", "the fiscally cautious Harbour Fund": an adverb before the adjective
            if lows[a] in ("a", "an") and _adjective_before_name(w, low):
                i = a  # "A defiant Lee said", "a teary-eyed Bush": an indefinite article and an adjective before a name
                break
            if (
                lows[a] in _ARTICLES
                and (texts[j - 1] in ORG_SUFFIXES or lows[j - 1] in DOCUMENT_WORDS)
                and _modifier_before_body(w, low)
            ):
                i = a  # "the independent Harbour Review Office", "a new Harwell University Poll": a determiner
                mode = 2  # and an adjective before a body's or a document's name
                continue
        if mode == 1 and not _title_word(low) and low not in BODY_BEFORE_NAME:
            break  # "speech Trump": only a title, a role noun or a body noun ("chain Loafley") precedes a name
        if mode == 1 and low in _MODIFIED_BODY_NOUNS and not (i - 1 > lo and lows[i - 2] in INSTITUTIONAL_MODIFIERS):
            break  # "the body Detective Ruth Bale": "body" is a body's noun only as "the industry body Clean Seas"
        i -= 1
        mode = 2
    if conj_at >= 0 and i > lo and i <= conj_at:
        prev = lows[i - 1]
        if texts[i - 1][0].isalnum() and (
            (prev not in NP_STOP_WORDS and prev not in RELATIVES) or prev in _BE_FORMS or prev in _FINITE
        ):
            i = conj_at + 1  # "won Iowa and Clinton said", "was a boy and his father saw": an object
    while (
        i < j
        and lows[i] not in NP_DETERMINERS
        and _verbish(lows[i])
        and texts[i][0].islower()
        and not (i == j - 1 and _plural_noun_subject(lows[i]))
    ):
        i += 1  # a verb read as a modifier ("picked")
    while i < j and lows[i] in ("and", "&", "of", "for", "at", "from"):
        i += 1
    if lo < i < j and (texts[i][0].isdigit() or lows[i] in _COUNT_WORDS or lows[i] in _COUNT_OPENERS):
        i = _count_modifier(t, i, lo)
        if i - 2 > lo and lows[i - 1] == "of" and lows[i - 2] in DOCUMENT_WORDS:
            # "a study of more than 1,100 adults", "a survey of about 900 firms": the document opens the phrase
            i = np_left(t, i - 1, lo)
    if lo < i - 1 < j and lows[i - 1] == "on" and _on_web_place(t, i - 1, j):
        # "A post on a local community page claimed": a lower-case document placed on a page or a website
        # opens the phrase, as it does read rightwards
        i = np_left(t, i - 1, lo)
    if lo < i < j:
        x = i - 1
        while x > lo and x > i - 6 and texts[x][0].isalnum() and lows[x] != "about" and lows[x] not in _VERB_FORMS:
            x -= 1
        if x - 1 > lo and lows[x] == "about" and texts[x - 1][0].islower() and lows[x - 1] in DOCUMENT_WORDS:
            # "An article about flooding at Mill Lane said": the document's topic is inside its phrase,
            # the topic no source; a document after a preposition opening the sentence is an adverbial of
            # its own ("In a post about the closure owner Tim Reeve said": Tim Reeve)
            d = np_left(t, x, lo)
            if not (d - 1 >= lo and lows[d - 1] in _OPENING_PREPOSITIONS and (d - 1 == lo or not texts[d - 2][0].isalnum())):
                i = d
    return i


_ARTICLES = frozenset(("the", "a", "an"))
#: Count nouns a percentage may size ("a 54% majority").
_SHARE_COUNTS = frozenset(("majority", "minority", "plurality"))


def _modifier_before_body(text: str, low: str) -> bool:
    """A lower-case word that can modify a body's or a document's name ("new", "independent", "nonpartisan").

    Not a noun of person, document or time, a verb form or a function word ("his report Harbour Office").
    """
    return (
        text[0].islower()
        and text.replace("-", "").isalpha()
        and not person_word(low)
        and low not in DOCUMENT_WORDS
        and low not in TIME_WORDS
        and low not in _TIME_NOUNS
        and low not in _VERB_FORMS
        and low not in NP_STOP_WORDS
        and low not in NP_DETERMINERS
        and low not in RELATIVES
        and low not in ("one", "ones")
    )


def _plural_noun_subject(low: str) -> bool:
    """A cue form that, right before another cue, is a plural noun: its subject ("advocates", "reports").

    A plural person noun ("Advocates said", "Tenant advocates have warned") or a plural document noun
    ("Reports say", "reports suggest"); set look-ups only.
    """
    return (
        low in _VERB_FORMS
        and low[-1] == "s"
        and (low in PERSON_NOUNS or low in ROLE_WORDS or low in DOCUMENT_WORDS)
    )


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
#: Object pronouns that may be all of an "according to" object ("according to him").
_OBJECT_PRONOUNS = frozenset("him her them".split())


#: Document nouns that follow a name as their modifier ("Election Board filings", "Gallup polling"), none of them a
#: verb after a subject (not "records", "posts", "notes").
_NAME_DOCUMENTS = frozenset(
    "filings polling data figures documents statistics poll polls survey surveys report study analysis".split()
)


def _adjective_before_name(text: str, low: str) -> bool:
    """A lower-case word that reads as an adjective of mood or state ("defiant", "teary-eyed", "furious").

    By its form: a hyphenated word or an adjective ending; never a noun of time, document or person
    ("a week Lee said", "a report Lee wrote").
    """
    if not text[0].islower() or not text.replace("-", "").isalpha():
        return False
    if low in TIME_WORDS or low in DOCUMENT_WORDS or low in _TIME_NOUNS or person_word(low):
        return False
    return "-" in low or low.endswith(_ADJECTIVE_ENDINGS)


#: Endings of adjectives of mood or state before a name ("a defiant", "a furious", "a flabbergasted").
_ADJECTIVE_ENDINGS = ("ed", "ive", "ous", "ful", "ant", "ate", "ic", "less")


def _with_knowledge(t: Tokens, x: int) -> bool:
    """Whether the tokens from ``x`` read "knowledge of", with at most one modifier ("direct knowledge of")."""
    lows = t.lows
    n = len(lows)
    if x < n and lows[x] != "knowledge" and lows[x] in _KNOWLEDGE_MODIFIERS:
        x += 1
    return x + 1 < n and lows[x] == "knowledge" and lows[x + 1] == "of"


#: Modifiers of "knowledge" in "with direct knowledge of".
_KNOWLEDGE_MODIFIERS = frozenset("direct detailed intimate first-hand firsthand no some close personal inside".split())


def _first_name_will(t: Tokens, x: int, hi: int) -> bool:
    """Whether token ``x`` is the first name "Will" ("Chairman Will Rogers", "said Will Dole"), not the modal.

    "Will" with a capital inside a sentence (a token before it) and a capitalised word after it that
    is no function word.
    """
    texts = t.texts
    return (
        texts[x] == "Will"
        and x > 0
        and texts[x - 1][0].isalnum()
        and x + 1 < hi
        and texts[x + 1][0].isupper()
        and t.lows[x + 1] not in NP_STOP_WORDS
    )


def _surname_after_first_name(t: Tokens, x: int, lo: int) -> bool:
    """Whether the capitalised token ``x`` follows a capitalised first name: a surname.

    "Colin Later", "Anna Soon": a surname, though it is an adverb or a function word in lower case.
    """
    texts = t.texts
    return x - 1 >= lo and texts[x][0].isupper() and texts[x - 1][0].isupper() and t.lows[x - 1] in FIRST_NAMES


def _opening_will_name(t: Tokens, x: int, j: int) -> bool:
    """Whether "Will" opening the phrase at ``x`` is a first name before a surname and a finite cue at ``j``.

    "Will Hale reported the fault", "Will Dunne says": the modal takes a bare verb, so a capitalised word and
    then a cue in "-s" / "-ed" or a past form make "Will" a first name ("Will Labour win" stays the modal).
    """
    texts, lows = t.texts, t.lows
    if texts[x] != "Will" or x + 2 != j or j >= len(texts) or not texts[x + 1][0].isupper():
        return False
    low = lows[j]
    return lows[x + 1] not in NP_STOP_WORDS and low in _VERB_FORMS and (
        low in _IRREGULAR_PAST or low.endswith("ed") or (low.endswith("s") and not low.endswith("ss"))
    )


#: Past forms of cue verbs without a regular ending ("Will wrote"; see :func:`_name_will_before_verb`).
_IRREGULAR_PAST = frozenset("said told wrote thought knew felt spoke saw found sought heard meant".split())


def _name_will_before_verb(t: Tokens, x: int) -> bool:
    """Whether token ``x`` is the name "Will" right before a finite cue verb ("Will wrote", "Will believes").

    The modal takes a bare verb ("Will say", "will argue"), never one in "-s" / "-ed" or a past form; so
    a capitalised "Will" right before such a cue form is a name, also opening a sentence.
    """
    texts, lows = t.texts, t.lows
    n = len(texts)
    if texts[x] != "Will" or x + 1 >= n:
        return False
    low = lows[x + 1]
    if x + 2 < n and (
        lows[x + 2] == "of"  # "Will Claims of Fraud Delay ...?": a noun after the modal
        or (texts[x + 1][0].isupper() and texts[x + 2][0].isupper() and lows[x + 2] not in NP_STOP_WORDS)
        or texts[x + 2] == "?"
    ):
        return False  # "Will Promises Made in May Survive": a headline's capitalised words
    return low in _VERB_FORMS and (
        low in _IRREGULAR_PAST or low.endswith("ed") or (low.endswith("s") and not low.endswith("ss"))
    )


#: Determiners that may open an item of a list of groups ("the families", "many unions").
_GROUP_ITEM_DETERMINERS = frozenset("the his her their its our many some most other several".split())
#: Prepositions that end an item of a list of groups read leftwards ("including voters, ..." is no subject).
_ITEM_STOPS = frozenset("among including like with without about from for of at in on by to as than".split())
#: Words that may stand before the first item of a list of groups read from a clause start ("But unions, ...").
_LIST_OPENERS = frozenset("but and yet so".split())


def _list_start(
    t: Tokens, c: int, lo: int, item: Callable[[Tokens, int, int], int], opener: Callable[[Tokens, int, int], bool] | None
) -> int:
    """Start of a list of items ending at the comma ``c`` before a coordinated item, or -1.

    Reads leftwards item by item: ``item(t, c, lo)`` gives the start of the item ending before the comma
    ``c``, or -1 when there is none there (the list then opens after that comma). The list opens where an
    item is preceded by the start of the reading window or by punctuation other than a comma (a comma
    there: the next item to the left); before another word, ``opener(t, x, lo)`` (when given) says
    whether the word before the item at ``x`` opens the list, else no list is read.
    """
    texts = t.texts
    start = -1
    while c > lo and texts[c] == ",":
        x = item(t, c, lo)
        if x < 0:
            return start
        if x == lo or not texts[x - 1][0].isalnum():
            start = x
            if x > lo and texts[x - 1] == ",":
                c = x - 1
                continue
            return start
        return x if opener is not None and opener(t, x, lo) else -1
    return start


def _group_item(t: Tokens, c: int, lo: int) -> int:
    """Start of a list item of lower-case groups ending before the comma ``c`` (:func:`_group_list`), or -1."""
    texts, lows = t.texts, t.lows
    h = c - 1
    if h < lo or not texts[h].isalpha() or not texts[h].islower() or not _lower_conjunct(lows[h]):
        return -1
    x = h
    while x > lo and h - x < 2 and texts[x - 1].isalpha():
        low = lows[x - 1]
        if low in _GROUP_ITEM_DETERMINERS:
            x -= 1
            break
        if not texts[x - 1].islower():
            break
        if (
            low in NP_STOP_WORDS
            or low in _VERB_FORMS
            or low in RELATIVES
            or low in _ITEM_STOPS
            or low.endswith("ing")
            or _adverb(low)
        ):
            break
        x -= 1
    return x


def _list_opener(t: Tokens, x: int, lo: int) -> bool:
    """Whether the word before the item at ``x`` is a clause-opening conjunction opening a list ("But unions, ...")."""
    return t.lows[x - 1] in _LIST_OPENERS and (x - 1 == lo or not t.texts[x - 2][0].isalnum())


def _group_list(t: Tokens, c: int, lo: int) -> int:
    """Start of a list of lower-case groups ending at the comma ``c`` before a coordinated pair, or -1.

    "Farmers, unions and some councillors said", "his family, friends and aides said": each item is
    one to three lower-case words whose last is a person or group noun, a determiner may open it;
    items are separated by commas. The list opens at the reading window's start, after punctuation
    or after a clause-opening conjunction ("But unions, ..."); a comma before an item that is no
    group ("In the morning, aides and ...") ends the list after it. Any other word before an item
    ("met unions, aides and ...") makes it an object: no list (:func:`_list_start`).
    """
    return _list_start(t, c, lo, _group_item, _list_opener)


def _tag_bracket(t: Tokens, k: int, lo: int) -> int:
    """Index of the "(" of a short tag ending at the ")" ``k`` after a capitalised word ("Lee (D)", "Vale (R-Ohio)"), or -1."""
    texts = t.texts
    x = k - 1
    while x > lo and x > k - 6 and texts[x] != "(":
        x -= 1
    if x > lo and texts[x] == "(" and x < k - 1 and texts[x + 1][0].isupper() and texts[x - 1][0].isupper():
        return x
    return -1


def _name_item(t: Tokens, c: int, lo: int) -> int:
    """Start of a list item of one to five capitalised tokens ending before the comma ``c`` (:func:`_name_list`), or -1."""
    texts, lows = t.texts, t.lows
    x = c
    while x > lo and c - x < 5:
        w = texts[x - 1]
        if w == "." and x - 1 > lo and texts[x - 2][0].isupper():
            x -= 1
            continue
        low = lows[x - 1]
        if (
            not w[0].isupper()
            or low in NP_STOP_WORDS
            or low in ADVERBIAL_WORDS
            or low in TIME_WORDS
            or low in CUE_ADVERBS
            or low in RELATIVES
            or _adverb(low)
        ):
            break
        x -= 1
    return -1 if x == c else x  # a comma after no name ("Instead, Lee, Bell and ..."): the list opens after it


def _name_list(t: Tokens, c: int, lo: int) -> int:
    """Start of a list of names ending at the comma ``c`` before a coordinated name ("Ann Lee, Tom Bell and"), or -1.

    Reads leftwards item by item: each item is a run of one to five capitalised tokens (abbreviation
    stops and possessives inside: "Mrs. Rao", "MSNBC's Alex Wald"), none a function word, adverb or
    time ("Instead", "Monday"); items are separated by commas. The list opens where an item is
    preceded by the start of the reading window or by punctuation other than a comma; it also ends
    (after the last good item) at a comma before a word that is no name. A name preceded by a word
    ("In Ohio, Lee and Bell said") is a place or an object, so no list is read (:func:`_list_start`).
    """
    return _list_start(t, c, lo, _name_item, None)


def _count_modifier(t: Tokens, i: int, lo: int) -> int:
    """Start of a count's phrase with the approximation before it ("About 9 percent", "more than half").

    A phrase opening with a number or a count word (token ``i``) takes a single modifier of
    degree ("about", "nearly", "only": :data:`_APPROXIMATORS`) or a two-word one ("more than",
    "at least": :data:`_APPROXIMATOR_PAIRS`, not before a quantifier pronoun but "half": "more than most
    voters" compares) or "as many as" / "as few as" right before it, and "not" before "all" / "everyone" ("Not everyone"); set
    look-ups on the tokens before the phrase, nothing else.
    """
    lows = t.lows
    first = lows[i]
    if first in ("a", "an") and (i + 1 >= len(lows) or lows[i + 1] not in _A_COUNTS):
        return i  # "a report": only "a third", "a dozen", "a majority" are counts
    if first in _A_COUNTS and i - 1 >= lo:
        a = i - 2 if lows[i - 1] in _SIZE_ADJECTIVES and first in ("majority", "minority") else i - 1
        if a >= lo and lows[a] in ("a", "an", "the"):
            i, first = a, lows[a]  # "A quarter of voters", "a strong majority of them", "the vast majority"
            if i == lo:
                return i
    prev = lows[i - 1]
    if (
        i - 3 >= lo
        and prev == "as"
        and lows[i - 2] in ("many", "much", "few", "little")
        and lows[i - 3] == "as"
        and first not in QUANTIFIER_PRONOUNS
    ):
        return i - 3  # "as many as 40 percent", "as few as 12 voters"
    if i - 2 >= lo and (lows[i - 2], prev) in _APPROXIMATOR_PAIRS and (first not in QUANTIFIER_PRONOUNS or first == "half"):
        return i - 2
    if prev in _APPROXIMATORS or (prev == "not" and first in _NOT_COUNTS):
        return i - 1
    return i


#: Modifiers of degree before a count ("About 9 percent said", "Only a quarter of voters").
_APPROXIMATORS = frozenset("about nearly almost roughly around approximately only barely".split())
#: Two-word modifiers of degree before a count ("more than half", "at least a dozen").
_APPROXIMATOR_PAIRS = frozenset(
    (("more", "than"), ("less", "than"), ("fewer", "than"), ("at", "least"), ("at", "most"), ("upwards", "of"))
)
#: Adjectives of size between "a" / "the" and "majority" / "minority" ("a strong majority", "the vast majority").
_SIZE_ADJECTIVES = frozenset("strong vast large huge slim narrow overwhelming clear bare small tiny sizable sizeable".split())
#: Count nouns after "a" ("a third", "a dozen", "a majority").
_A_COUNTS = frozenset("third quarter fifth half dozen handful majority minority".split())
#: Counts that "not" modifies ("Not everyone", "not all delegates").
_NOT_COUNTS = frozenset("all everyone everybody every many most".split())
#: Words that open a count besides the numbers and count nouns ("a third", "everyone", "two-thirds").
_COUNT_OPENERS = frozenset("a an every everyone everybody two-thirds three-quarters one-third one-quarter dozen".split())


#: Role nouns held toward someone, which take a "to" phrase ("aides to the mayor", "ambassador to France").
_TO_ROLES = frozenset(
    """aide aides adviser advisers advisor advisors ambassador ambassadors envoy envoys spokesman
    spokeswoman spokesperson spokespeople counsel counselor consultant consultants assistant assistants
    successor heir minister ministers secretary secretaries""".split()
)
#: Lower-case particles inside a name ("Luc de Vries", "Anna van der Berg").
_NAME_PARTICLES = frozenset("de van von da del della di du der den bin ibn dos das na la le las los des".split())
#: Words after a count that continue its phrase ("most of them", "all five states").
_AFTER_COUNT = frozenset(("of", "states"))


def _document_agent(t: Tokens, k: int, lo: int) -> int:
    """The index to continue reading leftwards from when "by" at ``k`` introduces a document's agent, else -1.

    "a report by X" (a document noun right before "by") and "figures released by X", "a study led by X"
    (a participle between them); the agent must start with a word ("by 0.1 points" is no agent).
    """
    lows = t.lows
    if k - 1 <= lo or k + 1 >= len(lows) or not t.texts[k + 1][0].isalpha() or t.texts[k] != "by":
        return -1
    if lows[k - 1] in DOCUMENT_WORDS:
        return k
    if lows[k - 1] in _AGENT_PARTICIPLES and k - 2 >= lo and lows[k - 2] in DOCUMENT_WORDS:
        return k - 1
    return -1


_PLACE_PREPOSITIONS = frozenset("on in at near from outside off".split())
#: Prepositions that place a person noun right before them ("Protesters outside the court", "Residents
#: near the plant"): with the limits of "in" (:func:`_in_modifier`: no time, no speech event).
_BESIDE_PREPOSITIONS = frozenset(("outside", "near", "across"))
#: Prepositions after a placing participle before a determiner's phrase ("working on the site", "working
#: for the council").
_PLACED_PREPOSITIONS = _PLACE_PREPOSITIONS | frozenset(("for",))
#: Prepositions of the means after a document's agent ("obtained by the Gazette under freedom of information
#: laws", "data gathered by the council through a survey"): the phrase stays the document's.
_MEANS_PREPOSITIONS = frozenset("under through via using".split())


def _opening_plural_person(t: Tokens, k: int, lo: int) -> bool:
    """Whether token ``k`` is a capitalised plural person noun opening its sentence ("Archaeologists working on")."""
    low = t.lows[k]
    return (
        t.texts[k][0].isupper()
        and (k == lo or not t.texts[k - 1][0].isalnum())
        and low.endswith("s")
        and low not in _VERB_FORMS
        and person_word(low)
    )


def _placed_person(t: Tokens, k: int, lo: int) -> bool:
    """Whether token ``k`` ends a person noun phrase that "in <Place>" can follow.

    "a paramedic", "Residents" (a listed role noun when capitalised: "Parker in Ohio" is a name), "a
    mother of three" (a count after "of").
    """
    low = t.lows[k]
    if (low in _NUMBER_WORDS or low.isdigit()) and k - 1 > lo and t.lows[k - 1] == "of":
        k -= 2
        low = t.lows[k]
    if low in _VERB_FORMS or not person_word(low):
        return False
    if t.texts[k][0].islower():
        return True
    return (low in ROLE_WORDS or low in PERSON_NOUNS) and (k == lo or not t.texts[k - 1][0].isalnum())
#: Counts that open a phrase before "of" ("hundreds of guards", "one of the aides", "most of them").
_COUNT_WORDS = (
    QUANTIFIER_PRONOUNS
    | _NUMBER_WORDS
    | frozenset(
        "hundreds thousands dozens millions scores tens majority minority half third quarter rest none".split()
    )
)
#: Capitalised group nouns that take lower-case modifiers ("the vulnerable Senate Republicans").
_GROUP_NAMES = frozenset(
    """republicans democrats conservatives liberals tories americans britons europeans muslims christians
    jews catholics evangelicals latinos progressives independents labour""".split()
)


def _attaches(t: Tokens, k: int) -> bool:
    """Whether the preposition at ``k`` keeps the phrase after it inside the noun phrase before it."""
    low = t.lows[k]
    prev = t.lows[k - 1]
    if low in ATTACH_PREPOSITIONS:
        return (
            _np_word(t.texts[k - 1], prev)
            or prev in _COUNT_WORDS
            or prev in DOCUMENT_WORDS
            or person_word(prev)
        )
    if low in ("with", "to", "on", "about", "in") and prev in POSTMODIFIERS:
        return True
    return low == "to" and (prev in DOCUMENT_WORDS or (person_word(prev) and prev not in _VERB_FORMS))


def _det_within(t: Tokens, k: int, lo: int) -> bool:
    """A determiner within three lower-case modifiers before token ``k`` ("a new report", "the latest poll")."""
    lows, texts = t.lows, t.texts
    for x in range(k - 1, max(lo, k - 4) - 1, -1):
        if lows[x] in NP_DETERMINERS:
            return True
        if not texts[x][0].isalnum() or lows[x] in NP_STOP_WORDS or lows[x] in _VERB_FORMS:
            return False
    return False


def _np_start(t: Tokens, k: int) -> bool:
    """Whether token ``k`` can open a noun phrase (after "of", "and")."""
    w = t.texts[k]
    low = t.lows[k]
    if not w[0].isalnum():
        return False
    if low in NP_DETERMINERS or w[0].isupper() or w[0].isdigit():
        return low not in NP_STOP_WORDS and low not in RELATIVES
    return _np_word(w, low) and not _verbish(low)


#: Past forms without "-ed" that take an object ("left the room", "threw its weight").
_IRREGULAR_PAST_VERBS = frozenset(
    "left threw sent gave took made held won lost met put ran began brought cut set hit paid led got kept spent struck".split()
)
#: Determiners that open a verb's object right after a noun phrase ("released a statement", "left the room").
_OBJECT_DETERMINERS = frozenset("a an the his her its their".split())


def np_right(t: Tokens, i: int, hi: int) -> int:
    """End index (exclusive) of the noun phrase that starts at token ``i`` (``i`` when there is none)."""
    return _np_right(t, i, hi, {})


def _np_right(t: Tokens, i: int, hi: int, memo: dict[int, int]) -> int:
    """:func:`np_right`; ``memo`` holds the ends of the conjuncts read so far (start -> end, same ``hi``).

    Each "and" reads the phrase after it (:func:`_right_conjunct`), which reads on through the next
    "and": without the memo a chain of n conjuncts ("the report and the report and ...") takes 2^n reads.
    """
    texts, lows, starts, ends = t.texts, t.lows, t.starts, t.ends
    j = i
    mode = 0
    attach = 0
    det_start = False
    agent = False  # a document's "by" agent was read ("a report by the Centre for X")
    while j < hi:
        w = texts[j]
        low = lows[j]
        c = w[0]
        if not c.isalnum():
            if w == "." and j > i and starts[j] == ends[j - 1] and j + 1 < hi and texts[j + 1][0].isupper():
                j += 1  # "Mr. Smith", "Dennis B. Ross"
                continue
            if (
                w == "."
                and j > i
                and starts[j] == ends[j - 1]
                and "." in texts[j - 1]
                and texts[j - 1][0].isupper()
                and j + 1 < hi
                and texts[j + 1][0].islower()
            ):
                j += 1  # "H.R.A. records", "the U.N. envoy": the last dot of a dotted abbreviation before a noun
                continue
            if w == "(" and mode == 1:
                k = j + 1
                while k < hi and k < j + 8 and texts[k] != ")":
                    k += 1
                if k < hi and texts[k] == ")":
                    j = k + 1
                    continue
                break
            if w == "%" and j > i and texts[j - 1][0].isdigit():
                j += 1
                continue
            if w in "’'" and j > i and starts[j] == ends[j - 1] and lows[j - 1].endswith("s"):
                j += 1
                det_start = True
                continue
            if w in "/&" and j > i and j + 1 < hi and texts[j - 1][0].isupper() and texts[j + 1][0].isupper():
                j += 1
                continue
            break
        if low in SUBJECT_PRONOUNS:
            return j + 1 if j == i else j
        if low in NP_DETERMINERS and (c.islower() or j == i):
            if (
                mode == 2
                and low == "the"
                and j - 1 > i
                and (lows[j - 1] in INSTITUTIONS or lows[j - 1] == "body")
                and texts[j - 2][0].islower()
                and lows[i] not in NP_DETERMINERS
                and j + 1 < hi
                and texts[j + 1][0].isupper()
            ):
                j += 1  # "industry body the Food and Drink Federation": a role noun before the body's name
                mode = 0
                continue
            if mode and lows[j - 1] not in ("of", "and", "&"):
                break
            j += 1
            det_start = True
            if low in QUANTIFIER_PRONOUNS and (j >= hi or (not _np_start(t, j) and lows[j] not in _AFTER_COUNT)):
                return j  # "Several said", "the two did not"
            continue
        if w == "US" and j + 1 < hi and texts[j + 1][0].isupper() and not texts[j + 1].isupper():
            j += 1  # "said US Senator Ann Lee": the country, not the pronoun
            if mode == 0:
                mode = 1
            continue
        if c.isupper() or c.isdigit():
            if (
                (low in NP_STOP_WORDS or low in RELATIVES or (low in _VERB_FORMS and j == 0))
                and not _first_name_will(t, j, hi)
                and not _name_will_before_verb(t, j)
                and not (
                    low == "today"
                    and j > i
                    and texts[j - 1][0].isupper()
                    and lows[j - 1] not in TIME_WORDS
                    and (w.isupper() or _np_start(t, j + 1) if j + 1 < hi else w.isupper())
                )
            ):
                break  # (not "METRO TODAY", "Tarrow Today": "Today" after a capitalised word, inside a name)
            j += 1
            if low.endswith(("'s", "s'")):
                det_start = True  # "Tarrow Gazette's polling average"
            if mode == 0:
                mode = 1 if c.isupper() else 2
            continue
        if mode == 1 and low in _NAME_PARTICLES and j + 1 < hi:
            if texts[j + 1][0].isupper():
                j += 1  # "said Pierre de Vos": a particle inside a name
                continue
            if j + 2 < hi and lows[j + 1] in _NAME_PARTICLES and texts[j + 2][0].isupper():
                j += 2  # "said Amigos de la Tierra": two particles inside a name
                continue
        if low in ATTACH_PREPOSITIONS:
            if j > i and attach < 2 and j + 1 < hi and _np_start(t, j + 1):
                j += 1
                attach += 1
                mode = 0
                continue
            break
        if (
            low == "by"
            and j > i
            and (
                lows[j - 1] in DOCUMENT_WORDS
                or lows[j - 1] in _SINGULAR_ESTIMATES
                or (attach == 1 and _document_of(t, j, i))
                or (j - 1 > i and lows[j - 1] in _AGENT_PARTICIPLES and lows[j - 2] in DOCUMENT_WORDS)
            )
            and attach < 2
            and j + 1 < hi
            and texts[j + 1][0].isalpha()
            and lows[j + 1] not in TIME_WORDS
            and _np_start(t, j + 1)
        ):
            j += 1  # "a survey by the consumer group X": the document's agent is part of its phrase
            agent = True
            attach += 1
            mode = 0
            continue
        if low == "with" and j > i and attach < 2 and _with_knowledge(t, j + 1) and person_word(lows[j - 1]):
            j += 1  # "according to staff with knowledge of the plan"
            attach += 1
            mode = 0
            continue
        if (
            low == "to"
            and j > i
            and lows[j - 1] in _TO_ROLES
            and attach < 2
            and j + 1 < hi
            and (_np_start(t, j + 1) or texts[j + 1][0].isupper())
        ):
            j += 1  # "said a longtime adviser to Bill Clinton": a role held toward someone
            attach += 1
            mode = 0
            continue
        if low == "to" and j > i and lows[j - 1] in DOCUMENT_WORDS and attach < 2 and j + 1 < hi and _np_start(t, j + 1):
            j += 1  # "a report to the council's cabinet": the document's addressee is part of its phrase
            attach += 1
            mode = 0
            continue
        if (
            low in POSTMODIFIERS
            and j > i
            and j + 1 < hi
            and lows[j + 1] in ("with", "to", "on", "about", "in")
        ):
            j += 2  # "a person familiar with the matter"
            mode = 0
            continue
        if low in ("and", "&"):
            if (
                j > i
                and j + 1 < hi
                and ((mode == 1 and texts[j + 1][0].isupper()) or (mode == 2 and _title_word(lows[j - 1])))
            ):
                j += 1  # "Radio Tarrow and Channel Nine", "writer and economic historian Lena Fiske"
                mode = 0
                continue
            if low == "and" and j > i and j + 1 < hi and _right_conjunct(t, j, hi, memo):
                j += 1  # "Okafor and her allies", "Hana Voss and Pedro Alcantara"
                mode = 0
                continue
            if low == "and" and attach == 1 and j + 1 < hi and texts[j + 1][0].islower():
                m = _document_of_conjunct(t, j, i, hi)
                if m > 0:
                    j = m  # "a review of radar and radio data": bare nouns joined inside a document's "of"
                    continue
            break
        if (
            c.islower()
            and j > i
            and j + 1 < hi
            and lows[j + 1] in _OBJECT_DETERMINERS
            and texts[j - 1][0].isalnum()
            and lows[j - 1] not in NP_DETERMINERS
            and (low.endswith("ed") or low in _IRREGULAR_PAST_VERBS or (low in _VERB_FORMS and low in _NOUN_FORMS))
            and low not in PARTICIPLE_ADJECTIVES
            and not _name_follower(low)
        ):
            break  # "Tom Vale released a statement", "The mayor left the room": a verb and its object, no noun
        if (
            low in _VERB_FORMS
            and low in _NOUN_FORMS
            and (
                (j > i and lows[j - 1] not in NP_STOP_WORDS)
                or (j == i and j > 1 and lows[j - 1] == "to" and lows[j - 2] == "according")
            )
        ):
            j += 1  # "the congressional report", "a tally by", "according to plans": a noun
            mode = 2
            continue
        if low == "states" and j > i and (lows[j - 1] in _NUMBER_WORDS or texts[j - 1].isdigit()):
            j += 1  # "in all five states", "all 50 states": a noun after a number, not the verb
            mode = 2
            continue
        if (
            _adverb(low)
            and j > i
            and lows[j - 1] in NP_DETERMINERS
            and j + 1 < hi
            and texts[j + 1][0].islower()
        ):
            j += 1  # "a newly uncovered email", "a widely read column"
            continue
        if (
            low in _TIME_LEADS
            and j > i
            and lows[j - 1] in DOCUMENT_WORDS
            and j + 1 < hi
            and lows[j + 1] in TIME_WORDS
            and texts[j + 1][0].isalpha()
        ):
            j += 2  # "according to a Herald poll in May", "a radio poll last week": the document's time
            continue
        if (
            low == "with"
            and j + 2 < hi
            and texts[j + 2][0].isupper()
            and j > i
            and attach < 2
            and j + 1 < hi
            and lows[j + 1] == "the"
            and _placed_person(t, j - 1, i)
        ):
            j += 1  # "said lawyers with the Tenant Aid Project": a person's body
            attach += 1
            mode = 0
            continue
        if low == "on" and j > i and attach < 2 and j + 1 < hi and _on_web_place(t, j, hi):
            j += 1  # "according to a notice on the council's website": a document placed where it was posted
            attach += 1
            mode = 0
            continue
        if low == "in" and j > i and attach < 2 and j + 1 < hi and _in_after(t, j, hi, attach > 0):
            j += 1  # "witnesses in attendance", "a story in the Tarrow Gazette": part of the phrase
            attach += 1
            mode = 0
            continue
        if low in _VERB_FORMS and j > i and j + 1 < hi and lows[j - 1] in _NOUN_DETERMINERS and c.islower():
            j += 1  # "familiar with the talks", "his remarks": a determiner makes the cue form a noun
            mode = 2
            continue
        if low in NP_STOP_WORDS or low in RELATIVES or low in _VERB_FORMS or _adverb(low):
            break
        if mode == 1 and low in _NAME_DOCUMENTS:
            j += 1  # "according to Election Board filings", "Gallup polling": a name's documents, the name a modifier
            mode = 2
            continue
        if mode == 1 and (det_start or (i > 1 and lows[i - 1] == "to" and lows[i - 2] == "according")):
            m = _document_run(t, j, hi)
            if m > j:
                j = m  # "a Metro TV national poll", "according to DMV records": the name modifies the document
                mode = 2
                continue
        if (
            mode == 1
            and not (det_start and (_noun_like(low) or (attach and not _verbish(low))))
            and not _name_follower(low)
        ):
            # inside an attached "of" phrase, "the <Name> <noun>" keeps its lower-case head ("organisers
            # of the Tidelines festival"): no verb may follow there
            m = j
            while m < hi and m < j + 3 and texts[m][0].islower() and _np_word(texts[m], lows[m]):
                if _title_word(lows[m]) and lows[m] not in _TITLE_MODIFIERS:
                    break
                m += 1
            if not (m < hi and m < j + 3 and texts[m][0].islower() and _title_word(lows[m])):
                break  # "Trump picked": the name ends here
            j = m + 1  # "Republican presidential nominee Donald Trump"
            mode = 2
            continue
        if _verbish(low) and j > i and lows[j - 1] not in NP_DETERMINERS and not _document_gerund(t, j, hi):
            break
        j += 1
        mode = 2
    if j < hi and j - 1 > i and lows[j] in _OBJECT_PRONOUNS and lows[j - 1] in _PRONOUN_PREPOSITIONS:
        j += 1  # "people close to him": the pronoun is the preposition's object
    while (j > i and lows[j - 1] in ("and", "&", "of", "for", "at", "from", "by")) or (
        j > i and lows[j - 1] in NP_DETERMINERS and not texts[j - 1][0].isdigit()
    ):
        if lows[j - 1] == "her" and j - 1 > i and lows[j - 2] in _PRONOUN_PREPOSITIONS:
            break  # "people close to her", "an aide to her": the pronoun is the object, no determiner
        j -= 1
    if j == i and i < hi and lows[i] in _OBJECT_PRONOUNS and i > 1 and lows[i - 1] == "to" and lows[i - 2] == "according":
        return i + 1  # "according to him", "according to her": the pronoun is the object
    # the document's participle right after the phrase, or already inside it ("data released Friday", a
    # name; "a poll released", a participle adjective) with the rest of its clause after the phrase
    p = next(
        (
            x
            for x in (j, j - 1, j - 2)
            if i < x < hi and lows[x] in _DOC_PARTICIPLES and (lows[x - 1] in DOCUMENT_WORDS or _document_of(t, x, i))
        ),
        -1,
    )  # "a poll released", "a survey of 300 tenants released": the document, or the document's "of" phrase
    if p < 0 and agent and i < j < hi:
        # "a report by the Centre for Transit Studies released in October": the document's participle
        # after its agent's name, with a time or a place
        if lows[j] in _DOC_PARTICIPLES and j + 1 < hi and lows[j + 1] in _AGENT_THEN_PARTICIPLE:
            p = j
        elif j > i + 1 and lows[j - 1] in _DOC_PARTICIPLES and lows[j] in _AGENT_THEN_PARTICIPLE:
            p = j - 1
    if p >= 0:
        m = p + 1 if p == j else j
        while m < hi and m < p + 9 and texts[m][0].isalnum() and lows[m] not in ("that", "which", "who"):
            if (lows[m] in _VERB_FORMS or lows[m] in _FINITE) and not (texts[m] == "May" and lows[m - 1] in ("in", "last")):
                break  # not the month: "published in May"
            m += 1
        if m == p + 9 and m < hi and (lows[m - 1] in _CLAUSE_LINKS or lows[m - 1] in NP_DETERMINERS):
            # the word limit fell on a preposition, a conjunction or a determiner: the clause goes on to the
            # phrase after it ("a poll conducted for the Herald and local radio stations by Harwell Research")
            s = m - 1 if lows[m - 1] in NP_DETERMINERS else m
            e = _np_right(t, s, hi, memo)
            m = e if e > s else s
        j = m  # "a study published on Monday", "a poll conducted by Gallup", "data released Friday by the board"
    return j


#: Prepositions and conjunctions a document's participle clause cannot end on ("conducted for X and").
_CLAUSE_LINKS = frozenset("and by for of to from at in on with".split())
#: Words after a document's participle that follows its agent ("released in October", "published on
#: Monday", "issued last week", "posted online").
_AGENT_THEN_PARTICIPLE = frozenset("in on at last this earlier online yesterday today".split())


#: Document nouns in "-ing" ("a court filing", "exit polling data"): a noun after a modifier, no verb.
_DOCUMENT_GERUNDS = frozenset("filing filings polling ruling rulings recording recordings briefing".split())


def _document_gerund(t: Tokens, j: int, hi: int) -> bool:
    """Whether the "-ing" word at ``j`` is a document noun ending the phrase or a document's modifier.

    "a court filing", "exit polling data", "media buying sources": the word is a noun of
    :data:`_DOCUMENT_GERUNDS` (or a modifier right before a document noun), followed by the phrase's
    end (punctuation, a preposition, "by") or by that document noun; "the court ruling against him" stays one
    phrase, "Lee filing a claim" does not (a determiner-less noun before the verb).
    """
    lows, texts = t.lows, t.texts
    if j + 1 < hi and texts[j + 1][0].islower() and lows[j + 1] in DOCUMENT_WORDS and lows[j + 1] not in _VERB_FORMS:
        return lows[j].endswith("ing") and (
            j + 2 >= hi or not texts[j + 2][0].isalnum() or lows[j + 2] in ATTACH_PREPOSITIONS or lows[j + 2] == "by"
        )
    return lows[j] in _DOCUMENT_GERUNDS and (
        j + 1 >= hi or not texts[j + 1][0].isalnum() or lows[j + 1] in ATTACH_PREPOSITIONS or lows[j + 1] == "by"
    )


def _document_run(t: Tokens, j: int, hi: int) -> int:
    """End of a run of one to three lower-case words from ``j`` ending in a document noun, else ``j``.

    After a name inside a determiner's phrase or an "according to" object ("a Metro TV national
    poll", "his Facebook profile", "according to DMV records"): the name modifies the document, which
    heads the phrase. The run ends the phrase (punctuation, a preposition, "by", the end follows) and
    holds no verb; "the Harbour Bank said" and "according to Acme, prices rose" are left as they are.
    """
    lows, texts = t.lows, t.texts
    m = j
    while m < hi and m < j + 3 and texts[m][0].islower() and _np_word(texts[m], lows[m]):
        low = lows[m]
        if low in _VERB_FORMS or low in _FINITE:
            return j
        if _verbish(low) and low not in DOCUMENT_WORDS and not (
            low.endswith("ing") and m + 1 < hi and lows[m + 1] in DOCUMENT_WORDS
        ):
            return j  # "lobbying records": an "-ing" modifier of the document is no verb
        m += 1
        if (low in DOCUMENT_WORDS or low in _RUN_HEADS) and (
            m >= hi or not texts[m][0].isalnum() or lows[m] in ATTACH_PREPOSITIONS or lows[m] == "by"
        ):
            return m
    return j


#: Prepositions whose object "her" ends a phrase ("close to her", "a friend of her family" keeps "family").
_PRONOUN_PREPOSITIONS = frozenset("to with of for about near from".split())
#: Determiners after which a cue form is a noun ("the talks", "a call"; not "her": "those who know her say").
_NOUN_DETERMINERS = frozenset("the a an his their its our my your".split())
#: Heads a name may modify besides the document nouns ("his Facebook profile").
_RUN_HEADS = frozenset("profile feed page account website agreement".split())


def _document_of_conjunct(t: Tokens, k: int, i: int, hi: int) -> int:
    """End of a bare conjunct after "and" at ``k`` inside a document's "of" phrase that ends the phrase, else -1.

    "a review of radar and radio data", "an analysis of census and tax records": one to three lower-case
    nouns with no determiner, then punctuation or the clause's end. A determined conjunct ("a review of
    sales and a survey") is a second phrase; a verb after the conjunct makes it a clause's subject.
    """
    texts, lows = t.texts, t.lows
    m = k + 1
    while m < hi and m < k + 4 and texts[m][0].islower() and _np_word(texts[m], lows[m]) and not _verbish(lows[m]):
        m += 1
    if m == k + 1 or (m < hi and texts[m][0].isalnum()) or not _document_of(t, k, i):
        return -1
    return m


#: Participles that post-modify a document ("a study published on Monday").
_DOC_PARTICIPLES = DOCUMENT_PARTICIPLES
#: Participles before the agent of a document ("a study led by", "a survey run by", "data gathered by").
_AGENT_PARTICIPLES = AGENT_PARTICIPLES
#: Singular nouns of a reckoning that take a "by" agent like a document ("an estimate by the Budget Office").
_SINGULAR_ESTIMATES = frozenset("estimate projection calculation assessment".split())


_SEGMENT_STOPS = frozenset(",;:—–")


def _segment_start(t: Tokens, p: int, lo: int) -> int:
    """Start of the comma-delimited segment ending before token ``p`` (quotes and brackets inside)."""
    q = p
    texts = t.texts
    while q > lo and texts[q - 1] not in _SEGMENT_STOPS:
        q -= 1
    while q < p and texts[q] in _QUOTE_MARKS:
        q += 1  # '..., "' before a name: the quote closes the previous clause
    if q == lo and q + 1 < p and t.lows[q] in _OPENING_CONJUNCTIONS and texts[q + 1][0].isalnum():
        q += 1  # "But neighbour Jo Bloggs, 38, said": the conjunction is no part of the phrase
    return q


#: Prepositions (besides :data:`NP_STOP_WORDS`) that open a fronted adverbial between commas ("Outside
#: court,", "Following the hearing,", "Inside the hall,"): no part of the speaker's phrase.
#: Prepositions that open a sentence with an adverbial phrase ("In a post about ...", "After a report about ...").
_OPENING_PREPOSITIONS = frozenset("in after following during from with at under since despite".split())
_FRONTED_PREPOSITIONS = frozenset("outside inside following throughout alongside beside besides".split())
#: Conjunctions that may open a sentence before its subject ("But", "And", "Yet").
_OPENING_CONJUNCTIONS = frozenset("but and yet or so nor".split())


_APPOSITIVE_OPENERS = frozenset(
    "a an the his her their its one another now then himself herself themselves also formerly both".split()
)


#: A party and state tag after a politician's name ("R-Wis.", "D-N.Y.").
_PARTY_TAG = re.compile(r"[RDI]-[A-Z]")
#: A party apposition after a politician's name ("Senator Jane Roe, Democrat of Ohio, said").
_PARTY_NOUNS = frozenset("democrat republican independent".split())


def _party_of(t: Tokens, q: int, hi: int) -> bool:
    """Whether token ``q`` opens a party apposition: "Democrat of Ohio", "Republican of South Carolina"."""
    return q + 2 < hi and t.lows[q] in _PARTY_NOUNS and t.lows[q + 1] == "of" and t.texts[q + 2][0].isupper()


#: Past and present speech verbs that close a comma segment made of a subject and the verb alone (", the
#: report said,", ", she added,"): an inserted attribution, never a noun of an appositive.
_PARENTHETICAL_VERBS = frozenset(
    """said says told added adds insisted insists stressed stresses noted argued argues explained explains
    recalled recalls warned warns claimed believed believes thinks thought suggested wrote writes concluded""".split()
)


def _segment_kind(t: Tokens, q: int, p: int) -> str:
    """What the comma segment ``[q, p)`` is: appositive, relative, adverbial, name or clause."""
    if q >= p:
        return "clause"
    w = t.texts[q]
    low = t.lows[q]
    if low == "for" and (
        (p - q == 2 and t.lows[q + 1] in ("example", "instance", "one"))
        or (p - q == 3 and t.lows[q + 1] in ("his", "her", "its", "their", "our", "my") and t.lows[q + 2] == "part")
    ):
        return "adverbial"  # "Jane Roe, for her part, said", "Analysts, for example, say": not part of the phrase
    if (p - q <= 4 and _PARTY_TAG.match(w)) or _party_of(t, q, p):
        return "appositive"  # "Jane Roe (R-Ohio), said", "Jane Roe, Republican of Ohio, said"
    if low in ("who", "which") and _reporting_relative(t, q, p):
        return "adverbial"  # "Lee, who said last week that ..., told": an attribution of its own, left out
    if low in ("who", "whose", "whom", "which") or (low == "where" and q >= 1 and t.texts[q - 1] == ","):
        return "relative"  # "Staff at the care home, where she lived, said": a relative clause of the phrase
    if (
        low == "and"
        and p - q > 2
        and t.lows[q + 1] in ("who", "whose", "whom")
        and q >= 1
        and t.texts[q - 1] == ","
        and any(t.lows[x] in ("who", "whom", "whose") for x in range(max(0, q - 16), q - 1))
    ):
        return "relative"  # "A woman who lives nearby, and who asked not to be named, said": a second relative
    if p - q >= 2 and t.lows[p - 1] in _PARENTHETICAL_VERBS and np_left(t, p - 1, q) == q:
        return "adverbial"  # "Mr Hale, the report said, warned": an attribution of its own between commas, left out
    if low == "identified" and q + 1 < p and t.lows[q + 1] == "only":
        return "relative"  # "A shopkeeper, identified only as Mr K, said": part of the phrase
    if low == "speaking" and p - q >= 2 and any(
        t.lows[x] in ("anonymity", "anonymously") for x in range(q + 1, min(p, q + 6))
    ):
        # "A government source, speaking on condition of anonymity, said", also with its reason ("...
        # anonymity because the official was not authorized to discuss the case"): part of the phrase
        return "relative"
    if low == "including" and p - q > 1 and t.texts[q + 1][0].isalnum():
        return "appositive"  # "Several candidates, including Trump, said": the members are part of the phrase
    if w[0].isdigit():
        return "appositive" if p - q <= 3 or "year-old" in low else "clause"  # an age: "Suu Kyi, 70,"
    if low == "of" and p - q >= 2 and t.texts[q + 1][0].isupper() and q >= 2 and t.texts[q - 1] == ",":
        return "appositive"  # "Tom Beck, 34, of Willow Lane, Marford, admitted": an address or affiliation
    if (
        low.endswith("ing")
        and p - q >= 3
        and t.lows[q + 1] == "for"
        and (t.texts[q + 2][0].isupper() or (t.lows[q + 2] == "the" and q + 3 < p and t.texts[q + 3][0].isupper()))
        and low not in SPEECH_FORMS
    ):
        return "appositive"  # "Lee Dane, commentating for Radio Bell, says": who the person works for
    if low in _APPOSITIVE_OPENERS:
        return "appositive"
    if not w[0].isalnum():
        return "clause"
    if (
        w[0].isupper()
        and (q == 0 or (not t.texts[q - 1][0].isalnum() and t.texts[q - 1] != ","))
        and q + 1 < p
        and t.lows[q + 1] == "in"
        and low.endswith("s")
        and person_word(low)
    ):
        return "appositive"  # "Officials in the regional capital, Kessany,": a capitalised plural opening the sentence
    if w[0].isupper():
        if low in NP_STOP_WORDS or low in SUBJECT_PRONOUNS or low in RELATIVES or low in _FRONTED_PREPOSITIONS:
            return "adverbial"  # "Outside court, his daughter, Emma Doyle, said": the place of the speech
        if _possessive_role(t, q, p):
            return "appositive"  # "Jane Roe, Acme's chief executive, said"
        if q + 2 < p and t.lows[q + 1] in ("of", "for", "at") and (low in _TITLE_NOUNS or person_word(low)):
            return "appositive"  # "Chair of the bench, Margaret Doyle, said": a capitalised title and its body
        if _body_role(t, q, p):
            return "appositive"  # "Bo Hale, Tarrow Bank chief economist, said": a body's name and a role
        return "name"
    if low in NP_STOP_WORDS or _adverb(low) or (low.endswith("ing") and low not in PARTICIPLE_ADJECTIVES):
        return "adverbial"
    if (
        (low in _DOC_PARTICIPLES or low in DESCRIBING_PARTICIPLES)
        and q >= 2
        and t.texts[q - 1] == ","
        and p - q > 1
        and _document_segment(t, q - 2)
    ):
        return "relative"  # "The findings, published in the journal X, show": part of the phrase
    if (low.endswith("ed") or low in _VERB_FORMS) and low not in PARTICIPLE_ADJECTIVES and p - q > 1:
        return "adverbial"  # "Mr. Trump, asked about it, said"
    if _verbish(low) or low in SUBJECT_PRONOUNS or low == "that":
        return "clause"
    return "appositive"  # "chairman of the House Intelligence Committee", "managing director at X"


def _content_run_end(t: Tokens, x: int, p: int, most: int) -> int:
    """End of the run of at most ``most`` words from token ``x`` before ``p``: no function word, preposition or possessive.

    The run of a role's modifiers and nouns (:func:`_body_role`, :func:`_possessive_role`): each token opens
    with a letter or a digit and is none of :data:`NP_STOP_WORDS`, :data:`ATTACH_PREPOSITIONS` or a
    possessive ("Tarrow Bank chief economist" before "of"; "chief executive" after "Acme's").
    """
    lows, texts = t.lows, t.texts
    stop = min(p, x + most)
    while (
        x < stop
        and texts[x][0].isalnum()
        and lows[x] not in NP_STOP_WORDS
        and lows[x] not in ATTACH_PREPOSITIONS
        and not lows[x].endswith(("'s", "’s"))
    ):
        x += 1
    return x


def _body_role(t: Tokens, q: int, p: int) -> bool:
    """Whether ``[q, p)`` opens with a body's capitalised name and ends its first run in a role.

    "Tarrow Bank chief economist", "State Department regional security director", "Ohio Secretary of
    State": up to six words before a preposition or the segment's end, the last a singular role
    noun (lower-case and a title word, or a capitalised word the lexicon lists as a role, never a
    surname read by its suffix: "Tom Baker" is a name; a plural is a group, no apposition).
    """
    lows, texts = t.lows, t.texts
    if q >= p or not texts[q][0].isupper() or lows[q] in SUBJECT_PRONOUNS:
        return False
    x = _content_run_end(t, q, p, 6)
    if x < q + 2 or (x < p and texts[x][0].isalnum() and lows[x] not in ATTACH_PREPOSITIONS):
        return False  # "Jane Roe, Tarrow Bank and ...": the run goes on past a function word
    last, low = texts[x - 1], lows[x - 1]
    if low.endswith("s") and not low.endswith("ss"):
        return False  # "Jane Roe, Republican leaders of the state agreeing": a group, no one person's role
    if last[0].islower():
        return _title_word(low)
    return low in ROLE_WORDS and low not in INSTITUTIONS and low not in _ORG_NOUNS


def _possessive_role(t: Tokens, q: int, p: int) -> bool:
    """Whether ``[q, p)`` is a possessive name before a role ("Acme's chief executive", "Labour's candidate").

    The name may have up to three capitalised words and a title's stop ("Harbor Bank's", "Mrs.
    Clinton's"); the role is the last word of the run of up to four modifiers and nouns after it
    (lower-case, capitalised or a year: "head of research", "2008 campaign manager", "Colorado state
    director", "Assistant Managing Editor"), up to a preposition or the segment's end.
    """
    lows, texts = t.lows, t.texts
    e = q
    while (
        e < p
        and e < q + 4
        and (texts[e][0].isupper() or (texts[e] == "." and e > q))
        and not lows[e].endswith(("'s", "’s"))
    ):
        if e + 1 < p and texts[e + 1] in ("'", "’"):
            break
        e += 1
    if e >= p or not texts[e][0].isupper():
        return False
    if e + 2 < p and texts[e + 1] in ("'", "’") and lows[e].endswith("s"):
        e += 1  # "Barclays' chief economist"
    elif not lows[e].endswith(("'s", "’s")):
        return False
    x = _content_run_end(t, e + 1, p, 4)
    return x > e + 1 and _title_word(lows[x - 1])


def _document_segment(t: Tokens, k: int) -> bool:
    """Whether the segment ending at token ``k`` is a document's phrase ("The findings", "A report by X")."""
    lows, texts = t.lows, t.texts
    if lows[k] in DOCUMENT_WORDS:
        return True
    for x in range(k - 1, max(-1, k - 10), -1):
        if texts[x] in _SEGMENT_STOPS:
            return False
        if lows[x] in DOCUMENT_WORDS and lows[x + 1] in ("by", "from", "on", "into", "about", "of", "for"):
            # "A report by the National Audit Office, published on Thursday, found"; what the document
            # lists or is for ("A catalogue of her work, published last year, suggests")
            return True
    return False


def _left_appositive(t: Tokens, j: int, lo: int) -> Phrase | None:
    """The speaker before comma-delimited appositives or relative clauses ending at ``j - 1`` (a comma).

    Segments are read leftwards from the cue; the first one after at least one
    appositive, relative or adverbial segment whose noun phrase is a name (not
    after "a/an") is the speaker; failing that, the leftmost noun phrase of the
    chain ("The spokesman, who declined to be named, said"). Adverbial
    segments next to the cue are left out of the span.
    """
    c, x = _state_comma(t, j - 1, lo)
    if c >= 0:  # "Ann Cole of Yuma, Ariz., said": the state ends the phrase before the cue
        ph = _left_appositive(t, c + 1, lo)
        if ph is None:
            i = np_left(t, c, lo)
            ph = Phrase(i, c, i, c, "left") if i < x else None  # not "Prices rose in Yuma, Ariz., said X"
        if ph is None or ph.j != c:
            return ph  # "Okafor, speaking at a meeting in Asheville, N.C., said": an adverbial left out
        return Phrase(ph.i, j - 1, ph.ci, ph.cj, ph.how)
    p = j - 1
    end = p
    texts, lows = t.texts, t.lows
    best: Phrase | None = None
    first = True
    prev_name = False
    kin_q = -1
    for _ in range(5):
        q = _segment_start(t, p, lo)
        kind = _segment_kind(t, q, p)
        if kind == "clause":
            break
        if not first and best is None and _conjunction_subject(t, q, p, lo):
            # "The toast was cold, and my companion, who lives here, said": a conjunction after a clause's
            # comma opens a new clause; the phrase after it is the subject of the cue
            return Phrase(q + 1, end, q + 1, p, "appositive")
        w = -1 if first else _contact_clause(t, q, p)
        if w > q:
            # "A nurse I spoke to, who asked me not to name her, told me": the person the writer met, read
            # with the contact clause (the core is the noun phrase before it)
            best = Phrase(q, end, q, w, "appositive")
        elif not first:
            i = np_left(t, p, q)
            if q < i - 1 and lows[i - 1] == "in" and _in_modifier(t, i, p, q) == q:
                i = q  # "Officials in the regional capital, Kessany, say": a group placed by "in", then the place's name
            if i < p:
                named = (
                    texts[i][0].isupper()
                    and (texts[p - 1][0].isupper() or texts[p - 1] == ")")
                    and lows[i] not in ("a", "an")
                    and lows[q] != "of"  # "of Willow Lane": the person's address, not the person
                    and not (p - q <= 4 and _PARTY_TAG.match(texts[q]))  # "R-Glasgow": the party and home town
                    # "Ann Lee, facing a challenge in Dunmore, a port, said": a name after a preposition
                    # inside a longer segment is an object of that segment's clause, not the speaker
                    and not (i > q and lows[i - 1] in _INNER_PREPOSITIONS)
                ) or (i == p - 1 and lows[i] in SUBJECT_PRONOUNS)
                if kind != "adverbial" and i > q and _described_person_segment(t, q, p):
                    # "The owner of a guesthouse on the West Cliff, who ..., said": a determiner and a
                    # person noun open the segment; its place phrase (a name too) belongs to the person
                    best = Phrase(q, end, q, p, "appositive")
                elif named:
                    k2 = _kin_before(t, q, lo)
                    if k2 < 0:
                        k2 = _counted_one_before(t, q, lo)
                    if k2 >= 0:
                        return Phrase(k2, end, k2, q - 1, "appositive")  # "Her daughter, June Parker, 81, said"
                    return Phrase(i, end, i, p, "appositive")
                elif kind != "adverbial" and i == q:
                    best = Phrase(i, end, i, p, "appositive")
                elif (
                    prev_name
                    and i - 1 > q
                    and lows[i - 1] in _INNER_PREPOSITIONS
                    and texts[i][0].isupper()
                    and texts[p - 1][0].isupper()
                    and lows[q] in NP_DETERMINERS
                    and (q == lo or (texts[q - 1] != "," and not texts[q - 1][0].isalnum()))
                    and "and" not in lows[p + 1 : end]
                ):
                    # "The one rival to Vale, Mayor Tom Reed, said": a described person opening the sentence,
                    # the name after its preposition an object; the one name set off after it is the speaker
                    return Phrase(p + 1, end, p + 1, end, "appositive")
                elif prev_name and _titled_role_segment(t, q, p):
                    # "The Police Public Relations Officer in the state, SP Kemi Ogun, said": the office
                    # before the name is read with it
                    return Phrase(q, end, q, p, "appositive")
                elif kind == "appositive" and lows[q] in NP_DETERMINERS:
                    r = next((x for x in range(q + 1, p) if lows[x] in ("who", "whom")), -1)
                    if r > q and np_right(t, q, r) == r and person_word(lows[r - 1]):
                        # "A protester who gave only his first name, Karim, said"
                        best = Phrase(q, end, q, r, "appositive")
        elif kind == "name" and not (
            q - 2 >= lo and texts[q - 1] == "," and (_role_before(t, q - 2) or _owned_body_before(t, q - 2, lo))
        ):
            q2 = _segment_start(t, q - 1, lo) if q > lo and texts[q - 1] == "," else q
            if q2 == q or _segment_kind(t, q2, q - 1) not in ("appositive", "relative"):
                return None  # "Prices rose, said Jane Roe": a clause, not an appositive chain
            # "a baker from Utica, New York, said": a place ends the appositive
        elif kind == "name" and first:
            kin_q = q  # a name right before the cue, a described person before its comma
        prev_name = kind == "name"
        if q <= lo or texts[q - 1] != ",":
            break
        if kind == "adverbial" and end == p:
            end = q - 1  # "Jane Roe, on Monday, said": the adverbial is not part of the phrase
        first = False
        p = q - 1
    if best is None and kin_q >= 0:
        k2 = _kin_before(t, kin_q, lo)
        if k2 >= 0:
            # "Neighbours say his sister, Ada Fenn, has asked": the described person after an earlier
            # clause's verb is read with the name, as it is when an age follows the name
            return Phrase(k2, end, k2, kin_q - 1, "appositive")
    return best


def _contact_clause(t: Tokens, q: int, p: int) -> int:
    """Start of the writer's contact clause closing the comma segment ``[q, p)``, else -1.

    "A nurse I spoke to", "the parents we have met", "Two porters I've talked with": a person noun phrase
    opening the segment, then "I" / "we", an auxiliary at most, a lower-case verb and a stranded preposition
    at most (:data:`_CONTACT_WRITERS`, :data:`_CONTACT_AUXILIARIES`, :data:`_STRANDED`). The token
    test is a few look-ups; the noun phrase is read only when they hold.
    """
    lows, texts = t.lows, t.texts
    e = p - 1 if p - 1 > q and lows[p - 1] in _STRANDED else p
    v = e - 1
    if v <= q + 1 or not texts[v].isalpha() or not texts[v][0].islower() or lows[v] in NP_STOP_WORDS:
        return -1
    w = v - 1 if lows[v - 1] in _CONTACT_AUXILIARIES else v
    w -= 1
    if w <= q or lows[w] not in _CONTACT_WRITERS or not person_word(lows[w - 1]):
        return -1
    return w if np_left(t, w, q) == q else -1


#: Prepositions before a name ending a comma segment: the name is the object inside the segment.
_INNER_PREPOSITIONS = frozenset("in into at from to with for by like including during near".split())


def _described_person_segment(t: Tokens, q: int, p: int) -> bool:
    """Whether the segment ``[q, p)`` is one described person with prepositional modifiers.

    It opens with a determiner and, within three words, a lower-case person noun ("The owner of a
    guesthouse on the West Cliff", "A woman at the bus stop"), and holds no verb and no clause word.
    """
    lows, texts = t.lows, t.texts
    if p - q < 4 or lows[q] not in NP_DETERMINERS:
        return False
    if not any(texts[x][0].islower() and person_word(lows[x]) for x in range(q + 1, min(p, q + 4))):
        return False
    return not any(
        _verbish(lows[x]) or lows[x] in RELATIVES or lows[x] in SUBJECT_PRONOUNS for x in range(q + 1, p)
    )


def _role_before(t: Tokens, x: int) -> bool:
    """Whether token ``x`` is a person noun ending a described person before a name's comma.

    Lower-case ("Her daughter, June Parker") or an upper-case title abbreviation ("Kettering's MP, Laura
    Benning", "Acme's CEO, Jane Roe"); a capitalised word there is a name's. Any lower-case noun after a
    capitalised possessive opening the clause ("Hesketh's reeve, Owen Tallis").
    """
    w = t.texts[x]
    if (w[0].islower() or (len(w) > 1 and w.isupper())) and person_word(t.lows[x]):
        return True
    # "Hesketh's reeve, Owen Tallis": a place's or a body's one noun after its possessive name opening the
    # clause is the office of the name that follows, whatever the noun
    return (
        x >= 1
        and w.isalpha()
        and w.islower()
        and t.lows[x - 1].endswith(("'s", "’s"))
        and t.texts[x - 1][0].isupper()
        and (x == 1 or not t.texts[x - 2][0].isalnum())
    )


#: Bodies that act for a person or a firm, named in apposition after their owner ("Mia Dorne's management,
#: Lark Talent", "the singer's label, Northway Records", "its parent company, Bolt Holdings").
_OWNED_BODIES = frozenset("management label agency publisher studio company firm team club".split())


def _owned_body_before(t: Tokens, x: int, lo: int) -> bool:
    """Whether token ``x`` is a lower-case body noun right after a possessive, before a name's comma.

    "Mia's management, Lark Talent, said", "Its parent company, Bolt Holdings, said": the body is
    named in apposition, and the phrase is read whole (a possessive name or "its"/"his"/"her"/"their"
    right before the noun, or one modifier between).
    """
    if t.lows[x] not in _OWNED_BODIES or not t.texts[x][0].islower():
        return False
    for y in (x - 1, x - 2):
        if y < lo:
            return False
        low = t.lows[y]
        if low.endswith(("'s", "’s")) or low in ("its", "his", "her", "their"):
            return True
    return False


def _conjunction_subject(t: Tokens, q: int, p: int, lo: int) -> bool:
    """Whether the comma segment ``[q, p)`` is "and" / "but" and a person's or a body's noun phrase.

    "..., and my companion, who ..., said", "..., but Tom Hale, who ..., said": the conjunction after a
    comma joins a new clause whose subject runs to the segment's end. Not a noun phrase with no person or
    body in it ("..., and the rest, which ..., said" is left to the other readings).
    """
    lows, texts = t.lows, t.texts
    if not (lo < q and q + 1 < p and lows[q] in ("and", "but") and texts[q - 1] == ","):
        return False
    if np_left(t, p, q + 1) != q + 1:
        return False
    head = lows[p - 1]
    return person_word(head) or head in INSTITUTIONS or (texts[p - 1][0].isupper() and texts[q + 1][0].isupper())


def _counted_one_before(t: Tokens, q: int, lo: int) -> int:
    """Start of a lone "One" / "Another" opening the clause before the name segment at ``q``, else -1.

    "Another, Sally Brook, who runs the stall, said": the pronoun picks one of a group the text met
    before, and the name in apposition says who; read with the name, as without the relative clause
    ("Another, Sally Brook, said"). Not after other words ("She met another, Sally Brook, who said").
    """
    x = q - 2
    if x < lo or t.texts[q - 1] != "," or t.lows[x] not in ("one", "another"):
        return -1
    if x > lo and (t.texts[x - 1][0].isalnum() or t.texts[x - 1] == ","):
        return -1
    return x


def _kin_before(t: Tokens, q: int, lo: int) -> int:
    """Start of a described person in apposition before the name segment starting at ``q``, else -1.

    "Her daughter, June Parker, 81, said": the segment before the name's comma is a determiner or
    possessive and a lower-case person noun, and is read with the name (as without the age).
    """
    if q - 2 < lo or t.texts[q - 1] != ",":
        return -1
    if not _role_before(t, q - 2):
        q2 = _segment_start(t, q - 1, lo)
        return q2 if _titled_role_segment(t, q2, q - 1) else -1
    q2 = _segment_start(t, q - 1, lo)
    if q2 < q - 1 and t.lows[q2] in NP_DETERMINERS and np_left(t, q - 1, q2) == q2:
        return q2
    if q2 < q - 2 and t.lows[q2] not in NP_DETERMINERS:
        # "Pals say his wife, Tia Brooks, 39, has urged": the segment opens with an earlier clause; the
        # described person is the determiner's phrase ending it, after a verb
        x = np_left(t, q - 1, q2)
        if q2 < x < q - 1 and t.lows[x] in NP_DETERMINERS and _verbish(t.lows[x - 1]):
            return x
    if (
        q - 4 <= q2 <= q - 3
        and t.lows[q - 3].endswith(("'s", "\u2019s"))
        and all(t.texts[x][0].isupper() for x in range(q2, q - 2))
    ):
        # "Bert's daughter, Karen Lowe, 51, said", "Mrs Dunlop's son, Ian, said": a possessive name (a title
        # allowed) before the person noun
        return q2
    return -1


#: Prepositions after a capitalised title that name its office's field or place ("The Commissioner for
#: Commerce", "The Police Public Relations Officer in the state").
_TITLE_OF = frozenset("of for in at".split())


def _titled_role_segment(t: Tokens, q: int, e: int) -> bool:
    """Whether ``[q, e)`` is a determiner, a title ending in a person noun and its office's phrase.

    "The Commissioner for Commerce, Mrs Funke Ajayi, who ..., said", "The Police Public Relations Officer
    in the state, SP Kemi Ogun, said": before a name's comma, a described office read with the name (at
    most ten words, no verb, no clause word). Not "The council, Jane Roe" (no person noun before the
    preposition or the end) nor "In the state, Jane Roe" (no determiner first).
    """
    lows, texts = t.lows, t.texts
    if e - q < 2 or e - q > 10 or lows[q] not in NP_DETERMINERS:
        return False
    h = next((x for x in range(q + 1, e) if lows[x] in _TITLE_OF), e) - 1
    if h <= q or not person_word(lows[h]):
        return False
    return all(
        texts[x][0].isalnum() and not _verbish(lows[x]) and lows[x] not in RELATIVES and lows[x] not in SUBJECT_PRONOUNS
        for x in range(q + 1, e)
    )


def _day_number(text: str) -> bool:
    """Whether ``text`` is a day of the month written as a number ("30", "1st")."""
    d = text[:-2] if text[-2:] in ("st", "nd", "rd", "th") else text
    return 0 < len(d) <= 2 and d.isdigit()


def _day_after_month(t: Tokens, x: int, lo: int) -> bool:
    """Whether token ``x`` is a day number after a capitalised month ("April 30"): part of a time."""
    return x - 1 >= lo and _day_number(t.texts[x]) and t.lows[x - 1] in MONTHS and t.texts[x - 1][0].isupper()


def _year_after_month(t: Tokens, x: int, lo: int) -> bool:
    """Whether token ``x`` is a year after a capitalised month or a month's day ("May 2019", "April 30 2019").

    The year is part of a time, as the month is ("The report published in May 2019 said").
    """
    y = t.texts[x]
    if len(y) != 4 or not y.isdigit() or y[:2] not in ("18", "19", "20") or x - 1 < lo:
        return False
    return (t.lows[x - 1] in MONTHS and t.texts[x - 1][0].isupper()) or _day_after_month(t, x - 1, lo)


def _skip_adverbs(t: Tokens, k: int, lo: int) -> int:
    """Index before which the subject of the cue at ``k`` ends: auxiliaries, adverbs and times skipped."""
    lows, texts = t.lows, t.texts
    j = k
    while j > lo:
        low = lows[j - 1]
        if j == k and low == "will" and _name_will_before_verb(t, j - 1):
            break  # "Will wrote": the name, no auxiliary
        if low[:1].isdigit() and _year_after_month(t, j - 1, lo):
            j -= 1  # "in May 2019": the year after its month, then the month as a time
            continue
        if (
            low == "today"
            and j - 1 > lo
            and texts[j - 1][0].isupper()
            and texts[j - 2][:1].isupper()
            and lows[j - 2] not in TIME_WORDS
        ):
            break  # "Tarrow Today reported", "METRO TODAY said": "Today" ending a name
        if low in TIME_WORDS or (low[:1].isdigit() and _day_after_month(t, j - 1, lo)):  # a day opens with a digit
            j -= 1
            if j - 1 > lo and lows[j - 1] in MONTHS and texts[j - 1][0].isupper():
                j -= 1  # "on April 30": the month before its day
            elif j - 1 > lo and low in MONTHS and _day_number(texts[j - 1]):
                j -= 1  # "on 30 April": the day before its month
            while j > lo and lows[j - 1] in (
                "on",
                "in",
                "at",
                "last",
                "this",
                "next",
                "early",
                "late",
                "earlier",
                "past",
            ):
                j -= 1
            continue
        if (
            low == "time"
            and j - 3 > lo
            and lows[j - 2] in ("the", "that")
            and lows[j - 3] == "at"
            and (texts[j - 4][0].isupper() or texts[j - 4] == ")")
        ):
            j -= 3  # "Tom Vale at the time said": an adverbial of time after a name (not "the mayor at the time", a role)
            continue
        if low in _ADVERBIAL_PP_NOUNS and j - 1 > lo and lows[j - 2] == "on":
            j -= 2  # "Analysts on average had expected": an adverbial phrase, no subject
            continue
        if low in _FLOATING_QUANTIFIERS and j - 1 > lo:
            b = j - 3 if lows[j - 2] in _QUANTIFIER_AUXILIARIES and j - 2 > lo else j - 2
            if _plural_before_quantifier(texts[b], lows[b], lows[max(lo, b - 3) : b]) or (
                b > lo and _names_before_quantifier(texts[b], lows[max(lo, b - 10) : b])
            ):
                j = b + 1  # "The unions all said", "They have both said": a quantifier floated after its plural subject
                continue
            if low == "both" and j == k and _correlative_both(lows[j - 2]):
                j -= 1  # "who has both praised ... and criticized", "he both defended and": "both ... and" joins verbs
                continue
        if low in CUE_ADVERBS or (texts[j - 1][0].islower() and _adverb(low)):
            if _surname_after_first_name(t, j - 1, lo):
                break  # "Colin Later said": a surname after a first name, no adverb
            if low.endswith("ly") and j - 1 > lo and lows[j - 2] in NP_DETERMINERS:
                break  # "the family", "the elderly"
            if j - 2 > lo and lows[j - 2] in _ANONYMITY_INFINITIVES and lows[j - 3] == "to":
                break  # "An aide who was not authorized to speak publicly said": the adverb ends the formula
            j -= 1
            continue
        if j == k and j - 1 > lo and _catenative_before(lows[k], low, lows[j - 2]) and lows[j - 2] not in NP_DETERMINERS:
            j -= 1  # "began talking", "kept saying", "helped convince": the verb before the cue's own form
            continue
        if low == "to" and j - 1 > lo and (lows[j - 2] in RAISING_WORDS or lows[j - 2] in _RAISING_EXTRA):
            j -= 2  # "is expected to say", "went on to say", "declined to", "were quick to point out"
            while j > lo and (
                lows[j - 1] in RAISING_WORDS
                or lows[j - 1] in CUE_ADVERBS
                or lows[j - 1] in _DEGREE_WORDS
                or (texts[j - 1][0].islower() and _adverb(lows[j - 1]))
                or (lows[j - 1] in _FLOATING_QUANTIFIERS and j - 1 > lo and lows[j - 2] in _BE_FORMS)
            ):
                j -= 1  # "were slightly more likely to say", "are all quick to"
            continue
        break
    return j


#: Verbs that take an "-ing" cue as their complement with no "to" ("began talking", "kept saying",
#: "avoids discussing", "risks dismissing"): the subject before them is the cue's.
_ING_CATENATIVES = frozenset(
    """began begins begun started starts continued continues kept keeps avoided avoids stopped stops resumed
    resumes risked risks""".split()
)
#: Their base forms, also nouns ("the bus stop", "a fresh start"): a verb only after a subject pronoun, an
#: auxiliary or "to" ("they keep saying", "will continue arguing", "did not stop claiming").
_ING_CATENATIVE_BASES = frozenset("begin start continue keep avoid stop resume risk quit".split())
#: Verbs that take a bare cue as their complement ("helped convince", "helps shape").
_BARE_CATENATIVES = frozenset("helps helped".split())
#: Words after which a base form is a verb.
_BASE_VERB_BEFORE = frozenset(
    "i we you they he she it to not will would can could should may might must do does did 'll ’ll".split()
)


def _catenative_before(cue_low: str, low: str, before: str) -> bool:
    """Whether ``low``, right before the cue's first word ``cue_low``, is a verb taking the cue as complement.

    "began talking", "helped convince", "they keep saying" (``before``: the word before ``low``).
    """
    if cue_low.endswith("ing"):
        return low in _ING_CATENATIVES or (low in _ING_CATENATIVE_BASES and before in _BASE_VERB_BEFORE)
    if cue_low.endswith(("ed", "s")):
        return False
    return low in _BARE_CATENATIVES or (low == "help" and before in _BASE_VERB_BEFORE)


#: Adjectives and verbs that lend their subject to an infinitive cue besides :data:`RAISING_WORDS`
#: ("were quick to point out", "is unlikely to say", "tend to support", "did not hesitate to say").
_RAISING_EXTRA = frozenset(
    "unlikely quick eager keen reluctant poised tend tends tended hesitate hesitated prepared".split()
)
#: Body nouns that join a name only after an institutional modifier ("the industry body Clean Seas";
#: "identifying the body Detective Ruth Bale" is a corpse, then a person).
_MODIFIED_BODY_NOUNS = frozenset(("body",))
#: Quantifiers floated after a copula ("The actors are all quick to point out") or after a plural subject
#: ("The unions all said"): no subject.
_FLOATING_QUANTIFIERS = frozenset("all both each".split())
#: Plural pronouns a quantifier may float after ("They all said", "we both agree").
_PLURAL_SUBJECT_PRONOUNS = frozenset("they we you".split())


def _plural_before_quantifier(text: str, low: str, before: list[str]) -> bool:
    """Whether the word before a floated "all / both / each" is a plural subject ("unions", "they").

    A lower-case plural noun (letters only, ending in "s", no "ss"), a capitalised one ("The Greens all
    said"), or a plural pronoun; not a comma or a preposition ("Of the members, all said"), not a time
    plural ("In recent years all agreed"), and not a plural inside a prepositional phrase (``before``, the
    up to three words before it: "Among the residents all said").
    """
    if low in _PLURAL_SUBJECT_PRONOUNS or (low in _IRREGULAR_PLURALS and text.islower()):
        return True
    if text[:1].isupper() and text.isalpha() and "and" in before[-2:]:
        return True  # "Ann Lee and Tom Bell both said": two joined names are the plural subject
    if not (text.isalpha() and low.endswith("s") and not low.endswith("ss") and low not in NP_STOP_WORDS):
        return False
    if low in _TIME_PLURALS:
        return False
    for w in reversed(before):
        if w in _PHRASE_PREPOSITIONS:
            return False  # "Among the (local) residents all said": the plural is the preposition's object
        if not w.isalpha() or w[:1].isupper():
            break
    return True


def _names_before_quantifier(text: str, before: list[str]) -> bool:
    """Whether a floated "all / both" follows coordinated names ("Lee and Vale both said").

    A capitalised word or a closing bracket, with an "and" among the up to ten words before it
    (``before``, lower-cased) and no clause edge or verb between.
    """
    if not (text[:1].isupper() or text == ")") or text.lower() in NP_STOP_WORDS:
        return False
    for w in reversed(before):
        if w == "and":
            return True
        if w in _CLAUSE_EDGE_WORDS or w in _VERB_FORMS or w in _BE_FORMS or w in _FINITE:
            return False
    return False


def _correlative_both(before: str) -> bool:
    """Whether "both" right before a cue opens "both ... and" between verbs ("he both defended and ...").

    After an auxiliary, a subject pronoun or a relative pronoun ("has both praised", "who both"), not
    after a plural.
    """
    return before in _QUANTIFIER_AUXILIARIES or before in _SINGULAR_BEFORE_BOTH or before in _BE_FORMS


#: Singular subjects and relatives before the "both" of "both ... and" between verbs.
_SINGULAR_BEFORE_BOTH = frozenset("has he she it who which".split())
#: Words that end a coordinated subject read leftwards from a floated quantifier.
_CLAUSE_EDGE_WORDS = frozenset(";:—–\"“”") | frozenset(("that", "when", "while", "as", "if", "because"))
#: Auxiliaries between a plural subject and its floated quantifier ("The unions have all said").
_QUANTIFIER_AUXILIARIES = frozenset("have had 've will would could can may might must should did do".split())
#: Plural nouns of people without "-s" ("The two men each said").
_IRREGULAR_PLURALS = frozenset("people men women children".split())
#: Plurals of time ("In recent years all agreed"): never a floated quantifier's subject.
_TIME_PLURALS = frozenset("years months weeks days decades hours minutes centuries nights weekends seasons".split())
#: Prepositions that make a following plural their object ("among the residents"); "of" is left out
#: ("Members of the unions all said": the plural's phrase is the subject).
_PHRASE_PREPOSITIONS = frozenset(
    """in among amongst for from with at on over after before during since by between across under within
    without about like into through throughout to towards toward""".split()
)
#: Degree words before a raising adjective ("more likely to say", "less willing to").
_DEGREE_WORDS = frozenset("more less most least".split())
#: Verbs after "It" before a hedge's participle ("It is understood", "It was agreed", "It has been reported").
_IT_IS = frozenset("is was been 's ’s".split())
#: Infinitives of the anonymity formulas ("not authorized to speak publicly", "not allowed to comment
#: openly"): an adverb after them belongs to the formula, not to the cue.
_ANONYMITY_INFINITIVES = frozenset("speak comment talk discuss".split())
#: Nouns of an adverbial phrase after "on" between a subject and its cue ("on average", "on balance").
_ADVERBIAL_PP_NOUNS = frozenset("average balance reflection".split())
#: Words that lead a time phrase ("in January", "last week", "earlier this year").
_TIME_LEADS = frozenset("on in at last this next early late earlier past".split())
#: Prepositions whose phrase between a subject and its cue is skipped ("Trump in his speech said").
_PP_PREPOSITIONS = frozenset("in on at during with by through under over across near".split())


def _after_adverbial(t: Tokens, i: int, j: int) -> int:
    """In ``[i, j)`` (a phrase after "Since/During ..."), the index where the subject starts."""
    lows, texts = t.lows, t.texts
    for k in range(i + 1, j):
        prev = lows[k - 1]
        if prev in NP_DETERMINERS or prev in ("of", "to", "in", "on", "at", "for", "from", "by", "with"):
            continue
        w = texts[k]
        if lows[k] in NP_DETERMINERS or lows[k] in SUBJECT_PRONOUNS or lows[k] in ("officials", "police"):
            return k
        if w[0].isupper() and (texts[k - 1][0].isdigit() or not texts[k - 1][0].isupper()):
            return k
    return i


_RELATIVE_WORDS = frozenset(("who", "whom", "that", "which"))


def _has_relative(t: Tokens) -> bool:
    """Whether the sentence has a relative pronoun at all (skips the relative-clause scan)."""
    return not _RELATIVE_WORDS.isdisjoint(t.lows)


#: Plural counts before "in" ("majorities in all five states").
_IN_COUNTS = frozenset("majorities minorities".split())
#: Objects of "in" that make the phrase an adverbial of the cue, not part of the source ("Trump in his
#: speech said", "officials in a statement said", "progressives in particular wish").
_IN_ADVERBIAL_NOUNS = frozenset(
    """statement statements interview interviews speech speeches remarks tweet tweets post posts letter
    letters filing filings testimony op-ed essay column address appearance debate conversation call
    briefing hearing email emails message video ad book memo memoir response particular general fact
    turn addition favor favour part short sum contrast return private public person recent past future
    meantime total""".split()
)


def _in_modifier(t: Tokens, i: int, j: int, lo: int) -> int:
    """Start of the phrase when "in <the phrase [i, j)>" modifies the noun before "in", else -1.

    "Many in the audience", "engineers in both towns", "Liberals in parliament", "a poll in the Tarrow
    Gazette", "the government in Beijing": a count, person, group, document or body (or a noun after
    a determiner before a place name: "the congress in Glasgow") with a place or group after
    "in". Not a name ("Trump in Iowa"), a time ("a judge in October", "in 2009", "in recent weeks"), a
    speech event ("in a statement") or an object ("won a majority in the House and X claimed").
    """
    lows, texts = t.lows, t.texts
    h = i - 2
    head = lows[h]
    if not texts[h][0].isalnum() or (head in _VERB_FORMS and head not in _NOUN_FORMS):
        return -1
    for x in range(i, j):
        low = lows[x]
        if (
            low in TIME_WORDS
            or low in _TIME_NOUNS
            or low in MONTHS
            or low in _IN_ADVERBIAL_NOUNS
            or (texts[x].isdigit() and len(texts[x]) == 4)
        ):
            return -1
    known = (
        head in _COUNT_WORDS
        or head in _IN_COUNTS
        or head in _GROUP_NAMES
        or head in DOCUMENT_WORDS
        or head in INSTITUTIONS
        or head in ROLE_WORDS
        or head in PERSON_NOUNS
    )
    if texts[h][0].isupper():
        if not known:
            return -1  # "Trump in Iowa said", "the College of Wooster in Ohio": a name, then an adverbial
    elif not known:
        known = person_word(head)
    if not known and not (texts[i][0].isupper() and _np_word(texts[h], head) and not _verbish(head)):
        return -1
    k = np_left(t, h + 1, lo)
    d = k
    if not known and k < h and lows[k] not in NP_DETERMINERS:
        # "organisers of the festival in Whitby": the noun before "in" opens with a determiner after "of"
        d = next((x + 1 for x in range(h - 1, k, -1) if lows[x] == "of"), k)
    if k > h or (
        not known and (lows[d] not in NP_DETERMINERS or any(_verbish(lows[x]) for x in range(d + 1, h)))
    ):
        return -1  # "polls taken in South Carolina", "a study documenting status in X": no simple noun phrase
    prev = lows[k - 1] if k > lo else ""
    if (
        prev == "in"
        and not known
        and k - 2 >= lo
        and lows[k] in NP_DETERMINERS
        and texts[k - 2][0].isalpha()
        and (person_word(lows[k - 2]) or lows[k - 2] in _GROUP_NAMES)
    ):
        # "Tenants in a block of flats in Saltmarsh say": the place before "in" is itself placed after a
        # person or group noun by an earlier "in"; the whole chain is the phrase (or nothing)
        return _in_modifier(t, k, j, lo)
    if k > lo and texts[k - 1][0].isalnum() and prev not in NP_STOP_WORDS and prev not in RELATIVES:
        return -1  # "the party won a majority in the House and X claimed": an object, not the subject
    return k


#: Places a document is posted on ("a notice on the council's website", "a post on its Facebook page").
_WEB_PLACES = frozenset("website websites site webpage page blog feed account channel noticeboard portal app".split())


def _on_web_place(t: Tokens, k: int, hi: int) -> bool:
    """Whether "on" at token ``k`` places the lower-case document noun before it on a website or a page.

    The words after "on" (a determiner or a possessive first, at most four words) end in a
    :data:`_WEB_PLACES` noun: "a safety notice on the company's website", "a statement on its Facebook
    page"; "a report on the crash" (a subject) and "figures on Monday" stay out.
    """
    lows, texts = t.lows, t.texts
    if not (texts[k - 1][0].islower() and lows[k - 1] in DOCUMENT_WORDS):
        return False
    if not (lows[k + 1] in NP_DETERMINERS or lows[k + 1].endswith(("'s", "’s")) or texts[k + 1][0].isupper()):
        return False
    for x in range(k + 1, min(hi, k + 6)):
        if lows[x] in _WEB_PLACES:
            return True
        if not (texts[x][0].isalnum() or texts[x] in ("'s", "’s", "'", "’")):
            return False
    return False


#: Nouns after "in" that make one phrase with a person before it ("people in attendance", "the officer in
#: charge").
_IN_IDIOMS = frozenset("attendance charge command office power custody".split())


def _in_after(t: Tokens, k: int, hi: int, of_phrase: bool = False) -> bool:
    """Whether "in" at token ``k`` continues the noun phrase read rightwards (see :func:`_in_modifier`).

    The word before "in" is a lower-case person, group, count, document or body noun ("witnesses in
    attendance", "a story in the Tarrow Gazette", "the early counts in New Hampshire"), or, inside
    an attached "of" phrase (``of_phrase``), any lower-case noun ("organisers of the festival in
    Whitby"); the phrase
    after it, up to its first function word, holds no time and no speech event ("a spokesman in a
    statement", "officials in October").
    """
    lows, texts = t.lows, t.texts
    head = lows[k - 1]
    if not texts[k - 1][0].islower() or not (
        (of_phrase and not _verbish(head))
        or head in _COUNT_WORDS
        or head in _IN_COUNTS
        or head in DOCUMENT_WORDS
        or head in INSTITUTIONS
        or person_word(head)
    ):
        return False
    if lows[k + 1] in _IN_IDIOMS:
        return True
    if not (lows[k + 1] in NP_DETERMINERS or texts[k + 1][0].isupper()):
        return False
    for x in range(k + 1, min(hi, k + 7)):
        low = lows[x]
        if not texts[x][0].isalnum() or (x > k + 1 and (low in NP_STOP_WORDS or low in ATTACH_PREPOSITIONS)):
            break
        if low in TIME_WORDS or low in _TIME_NOUNS or low in MONTHS or low in _IN_ADVERBIAL_NOUNS:
            return False
        if texts[x].isdigit() and len(texts[x]) == 4:
            return False
    return True


#: A relative pronoun with its auxiliary, one token ("who's argued", "who'd endorsed", "who've said").
_WHO_CONTRACTIONS = frozenset("who's who'd who've who'll who’s who’d who’ve who’ll".split())


def _antecedent_start(t: Tokens, i: int, p: int) -> int:
    """Start of a relative pronoun's antecedent in the phrase ``[i, p)`` read before it.

    The antecedent is the noun phrase the pronoun refers to: after a preposition whose left word is no
    person, group, count, document or body noun, it is the phrase after the preposition ("harsh for
    Ms. Okonjo, who said" -> "Ms. Okonjo"; "advice from Transport Secretary Miriam Hale, who said"; "a
    rebuke from the Danish minister, who said"); "a spokesman for the council, who said" stays whole.
    """
    lows = t.lows
    for x in range(p - 2, i, -1):
        if lows[x] in ATTACH_PREPOSITIONS:
            prev = lows[x - 1]
            if not (
                prev in _COUNT_WORDS
                or prev in DOCUMENT_WORDS
                or prev in INSTITUTIONS
                or prev in ROLE_WORDS
                or prev in PERSON_NOUNS
                or person_word(prev)
                or t.texts[x - 1][0].isupper()
            ):
                return x + 1
    return i


def _clause_after_report(t: Tokens, r: int, j: int) -> int:
    """The first token after an "and" / "but" that follows a reporting verb inside ``(r, j)``, else -1.

    A relative pronoun at ``r`` read back from a cue at ``j``: when "said" / "told" / "says" and then
    "and" or "but" stand between them, the relative clause ended before the reporting verb and the cue's
    subject is the new clause after the conjunction ("A friend who was there said the group split up
    and Liam had said ..."). "Officials who spoke on condition of anonymity said" has none.
    """
    lows = t.lows
    seen = False
    for x in range(r + 1, j - 1):
        low = lows[x]
        if low in _REPORTING_FINITE:
            seen = True
        elif seen and (low == "and" or low == "but"):
            return x + 1
    return -1


#: Adverbs of place or time right after a document's participle, in its phrase ("a video posted online").
_POSTING_ADVERBS = frozenset("online overnight earlier recently here there abroad".split())
#: Finite reporting verbs that end a relative clause's subject reading (:func:`_clause_after_report`).
_REPORTING_FINITE = frozenset("said says told".split())


def left_subject(t: Tokens, k: int, lo: int) -> Phrase | None:
    """The source phrase before the cue starting at token ``k`` (see the module docstring)."""
    j = _skip_adverbs(t, k, lo)
    if j <= lo:
        return None
    lows, texts = t.lows, t.texts
    if j < k and lows[j - 1] in DOCUMENT_WORDS and (lows[j] in TIME_WORDS or lows[j] in _TIME_LEADS):
        e = j
        while e < k and (lows[e] in TIME_WORDS or lows[e] in _TIME_LEADS):
            e += 1
        i = np_left(t, j, lo)
        if i < j and lows[e - 1] in TIME_WORDS:
            return Phrase(i, e, i, j, "left")  # "A Herald poll in May found": the time is the document's
    q = j - 1  # the participle: right before the time or the cue, or before an adverb there ("posted online")
    if q - 1 > lo and lows[q] in _POSTING_ADVERBS and lows[q - 1] in _DOC_PARTICIPLES:
        q -= 1
    if (j < k or q < j - 1) and q > lo and lows[q] in _DOC_PARTICIPLES:
        i = np_left(t, q, lo)
        if i < q and (
            lows[q - 1] in DOCUMENT_WORDS
            # "A report by the Dale Trust released on Monday found": the document's agent, then its participle
            or any(lows[x] == "by" and lows[x - 1] in DOCUMENT_WORDS for x in range(i + 1, q - 1))
            # "A Harwell poll of 300 tenants released last week showed": the document's "of" phrase
            or _document_of(t, q, i)
        ):
            e = k
            while (
                e > j
                and lows[e - 1] not in TIME_WORDS
                and lows[e - 1] not in _POSTING_ADVERBS
                and not _day_after_month(t, e - 1, j)
                and not _year_after_month(t, e - 1, j)
            ):
                e -= 1
            # "figures published on Thursday show", "A video posted online (on Monday) shows": the time and
            # the adverb are the document's
            return Phrase(i, e, i, q, "left")
    if texts[j - 1] in _QUOTE_MARKS:
        m = j - 1
        while m > lo and texts[m - 1] in _QUOTE_MARKS:
            m -= 1
        if m > lo and texts[m - 1] == ",":
            j = m  # 'Mr. Scott, who called it ''toxic,'' said'
    low = lows[j - 1]
    if low in _WHO_CONTRACTIONS:
        low = "who"  # "Marsh, who'd once endorsed": the mention is "who'd"
    if texts[j - 1] == ",":
        return _left_appositive(t, j, lo)
    if low in SUBJECT_PRONOUNS:
        i = np_left(t, j, lo)
        return Phrase(i, j, i, j, "left")  # "he said", "many of you think"
    r = j - 2 if _has_relative(t) else lo
    while low not in ("who", "which", "that") and r > lo and r > j - 30 and texts[r] not in _SEGMENT_STOPS:
        if (
            lows[r] in ("who", "whom")
            or (
                lows[r] in ("that", "which")
                and texts[r - 1][0].isalnum()
                and r + 1 < j
                and texts[r + 1][0].islower()
                and lows[r + 1] not in NP_DETERMINERS
                and lows[r + 1] not in TIME_WORDS
                and not person_word(lows[r + 1])
            )
        ) and not (
            r + 1 < j
            and (
                texts[r + 1][0].isupper() or lows[r + 1] in NP_DETERMINERS or lows[r + 1] in SUBJECT_PRONOUNS
            )
        ):
            i = np_left(t, r, lo)
            core = r
            x = _clause_after_report(t, r, j)
            if x > 0:
                i = np_left(t, j, x)  # "A friend who ... said the group had split up and Liam had said": "Liam"
                return Phrase(i, j, i, j, "left") if i < j else None
            if lo < i - 1 < r and texts[i - 1] == "in":
                k_in = _in_modifier(t, i, r, lo)
                if k_in >= 0:
                    i, core = k_in, i - 1  # "Residents in the village who spoke to us said": the core before "in"
            if i < r and (
                lows[r] in ("who", "whom")
                or any(person_word(lows[x]) or lows[x] in DOCUMENT_WORDS for x in range(i, core))
            ):
                return Phrase(i, j, i, core, "left")  # "Officials who spoke on condition of anonymity said"
        r -= 1
    if low in ("who", "which", "that"):
        p = j - 1
        r = p
        if p > lo and (texts[p - 1] == "," or (low != "that" and texts[p - 1] in _RELATIVE_ASIDE_MARKS)):
            p -= 1  # "Tom Vale, who said", "Tom Vale — who said", "Tom Vale (who said": the antecedent before the mark
        i = np_left(t, p, lo)
        if lo < i - 1 and texts[i - 1] == "in":
            k_in = _in_modifier(t, i, p, lo)
            if k_in >= 0:
                i = k_in  # "Residents in the village, who": the antecedent is the person placed by "in"
        i = _antecedent_start(t, i, p)
        # the span is the pronoun (the mention, as for "he"); the core is its antecedent
        return Phrase(r, r + 1, i, p, "relative") if i < p else None
    i = np_left(t, j, lo)
    if i >= j:
        return None
    core = j
    if i - 1 > lo and (
        texts[i - 1] == "in"
        or (texts[i - 1] == "on" and lows[i - 2][-1:] == "s" and person_word(lows[i - 2]))
        or (texts[i - 1] in _BESIDE_PREPOSITIONS and person_word(lows[i - 2]))
        or (
            texts[i - 1] == "with"
            and lows[i] == "the"
            and i + 1 < j
            and texts[i + 1][0].isupper()
            and person_word(lows[i - 2])
            and lows[i - 2] not in _VERB_FORMS
        )
    ):
        k = _in_modifier(t, i, j, lo)
        if k >= 0:
            # "Many in the audience said", "engineers in both towns", "commuters on the crowded Line 1",
            # "Protesters outside the court", "Residents near the plant": the core before the preposition
            i, core = k, i - 1
    b = i - 1
    while (
        b > lo
        and b > i - 4
        and lows[b] != "by"
        and texts[b][0].islower()
        and (lows[b] in NP_DETERMINERS or _np_word(texts[b], lows[b]))
    ):
        b -= 1  # "analysis by the consultancy GridWise": a lower-case noun before the agent's name
    if lows[b] != "by":
        b = i - 1
    if b > lo and lows[b] == "by" and texts[b] == "by":
        doc = _document_before_by(t, b, lo)
        if doc is not None:
            return Phrase(doc[0], j, doc[0], doc[1], "left")  # "a study by researchers at X found"
    if i - 1 > lo and (texts[i - 1] == "by" or texts[i - 1] in _PARTICIPLE_COMPLEMENT):
        x = _participle_before_agent(t, i - 1, lo)
        if x > lo and _source_head(t, x - 1):
            i3 = np_left(t, x, lo)
            if i3 < x and all(lows[y] not in _PARTICIPLE_COMPLEMENT for y in range(i3, x)):
                # "A firm accused of fraud by regulators said", "A firm owned by Tom Reed said", "A man
                # jailed for fraud said": the participle clause (its agent too) is the subject's modifier
                return Phrase(i3, j, i3, x, "left")
    if i - 1 > lo and lows[i - 1] in _MEANS_PREPOSITIONS and lows[i] in NP_DETERMINERS:
        i2 = np_left(t, i - 1, lo)
        if any(lows[b] == "by" and _document_agent(t, b, lo) >= 0 for b in range(i2 + 1, i - 1)):
            return Phrase(i2, j, i2, j, "left")  # "Data gathered by the council through a survey shows": the means, inside
    if (
        i > lo
        and lows[i - 1] in _PP_PREPOSITIONS
        and texts[i - 1][0].islower()
        and (
            lows[i] in NP_DETERMINERS
            or lows[j - 1] in TIME_WORDS
            or lows[i].endswith(("'s", "s'"))
            or (j == i + 1 and texts[i].isdigit() and len(texts[i]) == 4)  # "officials in 2019 said"
        )
    ):
        p = _skip_adverbs(t, i - 1, lo)
        if p > lo and lows[p - 1].endswith("ed") and texts[p - 1][0].islower():
            i3 = np_left(t, p - 1, lo)
            if i3 < p - 1:
                return Phrase(i3, j, i3, p - 1, "left")  # "the figures published by her department tell"
        i2 = np_left(t, p, lo) if p > lo else p
        if i2 < p and lows[p - 1] in DOCUMENT_WORDS and lows[p] in ("on", "in"):
            return Phrase(i2, j, i2, p, "left")  # "A statement on the company's website says": the document's place
        if i2 < p:
            return Phrase(i2, p, i2, p, "left")  # "Trump in his speech said"
    if i > lo and lows[i - 1] in ADVERBIAL_WORDS and (i - 1 == lo or not texts[i - 2][0].isalnum()):
        i = _after_adverbial(t, i, j)  # "During the war officials said"
    elif lows[i] in ADVERBIAL_WORDS:
        i = _after_adverbial(t, i + 1, j) if i + 1 < j else j
        if i >= j:
            return None
    if core == j and j - i > 3:
        # "A man jailed for fraud said": the phrase read whole holds a participle clause after its head
        # noun; the head is the core
        for x in range(i + 1, j - 1):
            if lows[x] in _PARTICIPLE_COMPLEMENT:
                break  # "few of the 6,000 people packed in front of the stage": the head is inside a phrase
            if (
                (lows[x + 1] == "by" or lows[x + 1] in _PARTICIPLE_COMPLEMENT)
                and texts[x].islower()
                and (lows[x].endswith(_PARTICIPLE_ENDINGS) or lows[x] in _IRREGULAR_PARTICIPLES)
                and _source_head(t, x - 1)
            ):
                core = x
                break
    return Phrase(i, j, i, core if i < core else j, "left")


#: Prepositions that may open the complement between a participle and its agent ("accused of fraud by",
#: "criticised for delays by", "sued over the deal by").
_PARTICIPLE_COMPLEMENT = frozenset("of for over in with about on to from at into".split())
#: Words that end the search for that participle: a finite verb or a conjunction opens another clause.
_AGENT_GAP_STOPS = frozenset(
    "is are was were am be been has have had will would can could may might must shall should do does did and or but nor".split()
)


def _source_head(t: Tokens, x: int) -> bool:
    """Whether token ``x`` is a lower-case noun that can head a source: a person, a body or a document."""
    w = t.texts[x]
    low = t.lows[x]
    if not w.isalpha() or not (w.islower() or (w[1:].islower() and (x == 0 or not t.texts[x - 1][0].isalnum()))):
        return False  # lower case, or capitalised opening the sentence ("Firefighters called to the blaze")
    return low in ROLE_WORDS or person_word(low) or low in DOCUMENT_WORDS


def _agent_after_complement(t: Tokens, c: int, hi: int) -> int:
    """The "by" of an agent after a participle's complement opening at token ``c`` ("of fraud by"), or -1.

    Up to twelve words, no punctuation, clause word or finite verb between (as
    :func:`_participle_before_agent` reads them leftwards); a "by" before a gerund ("by lying") is a
    means, and one before a deadline ("by May") a time, no agent.
    """
    lows, texts = t.lows, t.texts
    for x in range(c + 1, min(hi - 1, c + 13)):
        w = lows[x]
        if w == "by":
            nxt = lows[x + 1]
            if nxt.endswith("ing") or not texts[x + 1][0].isalnum() or _deadline_after_by(t, x + 1, hi):
                return -1
            return x
        if not texts[x][0].isalnum() or w in RELATIVES or w in SUBJECT_PRONOUNS or w in _AGENT_GAP_STOPS:
            return -1
    return -1


def _participle_before_agent(t: Tokens, b: int, lo: int) -> int:
    """The participle whose agent follows the "by" at token ``b``, or -1.

    A lower-case "-ed" / "-en" participle (or an irregular one) right before "by" ("owned by") or up to
    twelve words before it, its complement opening with a preposition (:data:`_PARTICIPLE_COMPLEMENT`:
    "accused of breaking safety rules at three plants by"), no punctuation, clause word or cue between;
    no "be" or "have" form before it ("was accused of fraud by" is the clause's own passive). At a
    preposition other than "by" the participle must stand right before it ("A man jailed for fraud"): a
    longer phrase may be an active verb's ("the inquiry started on some date after Ford disclosed").
    """
    lows, texts = t.lows, t.texts
    x = b - 1
    reach = b - 12 if lows[b] == "by" else b - 1
    while x > lo and x >= reach:
        w = lows[x]
        if not texts[x][0].isalnum() or w in RELATIVES or w in SUBJECT_PRONOUNS or w in _AGENT_GAP_STOPS:
            return -1
        if (
            texts[x].islower()
            and (w.endswith(_PARTICIPLE_ENDINGS) or w in _IRREGULAR_PARTICIPLES)
            and (x == b - 1 or lows[x + 1] in _PARTICIPLE_COMPLEMENT)
        ):
            before = lows[x - 1]
            if before in _BE_FORMS or before in ("has", "have", "had", "having") or not texts[x - 1][0].isalnum():
                return -1
            return x
        x -= 1
    return -1


#: Dashes standing as tokens of their own (a spaced hyphen, "--" as two, an en or em dash).
_DASHES = frozenset("-–—")
#: Words after which a subject may open a clause ("and Ann Lee — ... — said").
_SUBJECT_OPENERS = frozenset("and but or so yet then still that because although though if when while whether where as".split())


#: A modal or a finite verb: a phrase holding one is a clause, no subject ("Rates Will Rise — Soon — Says Bank").
_FINITE_WORDS = frozenset("will would can could may might must shall should is are was were has have had does did".split())
#: One-word asides that are adverbs, not appositions ("— Soon —", "— again —").
_ASIDE_ADVERBS = frozenset("soon now again finally too also though instead once still then yet already later".split())


def _dash_aside_subject(t: Tokens, j: int, lo: int, ke: int = -1, complete: bool = True) -> Phrase | None:
    """The subject before a paired-dash aside that ends right before the cue (``j``: after the closing dash).

    "Tom Vale — a baker from Dunmore — says", "The inspectors - and some clerks - said": the phrase before
    the opening dash is the subject, the aside is part of the span (as an apposition between commas is), and
    the core is the phrase. The subject opens its clause (the sentence start, a punctuation mark or a
    conjunction before it); a dash with no partner, a sentence mark or a quotation inside the aside, or
    an empty aside gives none ("The vote was close — said the mayor" stays as it was).
    """
    texts, lows = t.texts, t.lows
    e = j - 1
    while e > lo and texts[e - 1] in _DASHES:
        e -= 1  # "--" is two tokens
    d = e - 1
    while d > lo and d > e - 40 and texts[d] not in _DASHES:
        if texts[d] in (";", ":", '"', "“", "”", "(", ")"):
            return None
        d -= 1
    if d <= lo or texts[d] not in _DASHES:
        return None
    aside = [x for x in range(d + 1, e) if texts[x][0].isalnum()]
    if not aside or (len(aside) == 1 and (lows[aside[0]] in _ASIDE_ADVERBS or _adverb(lows[aside[0]]))):
        return None  # "Budget Deal — Finally — Says Mayor": an adverb between dashes, no apposition
    while d > lo and texts[d - 1] in _DASHES:
        d -= 1
    if d <= lo or not texts[d - 1][0].isalnum():
        return None
    r = left_subject(t, d, lo)
    if r is None or r.j != d:
        return None
    if any(lows[x] in _FINITE_WORDS and (x > r.i or texts[x] != "Will") for x in range(r.i, d)):
        return None  # "Rates Will Rise — Soon — Says Bank": a clause before the dashes, not a subject
    if ke >= 0 and lows[ke - 1] in INVERTING_FORMS:
        if not complete:
            return NEED_RIGHT  # (the phrase after the cue is read from the whole sentence)
        q = right_phrase(t, ke, len(texts), "inverted")
        if q is not None and (q.j >= len(texts) or (texts[q.j] in _CLAUSE_ENDS and not _opens_quote(t, q.j))):
            return None  # "... — Says Bank", "... — said the mayor.": the source follows its cue
    i, ci, cj = r.i, r.ci, r.cj
    if i > lo + 1 and texts[i - 1] == ",":
        s = np_left(t, i - 1, lo)  # "Lee, the mayor — and the city's first woman in the job — said"
        last = lows[i - 2]
        if (
            lo <= s < i - 1
            and (s == lo or not texts[s - 1][0].isalnum() or lows[s - 1] in _SUBJECT_OPENERS)
            and texts[s][0].isalnum()
            and last not in TIME_WORDS
            and last not in _TIME_NOUNS
            and last not in NP_STOP_WORDS
            and not _adverb(last)
            # a name or a person's noun before the comma ("Lee, the mayor"); not a thing's noun or a time
            # ("The club's handbook, the Greenbook —", "Last spring, tenant advocates –")
            and (texts[i - 2][0].isupper() or person_word(last))
        ):
            return Phrase(s, e, s, i - 1, r.how)
    if i > lo and texts[i - 1][0].isalnum() and lows[i - 1] not in _SUBJECT_OPENERS:
        return None  # "Lee thanked the staff — some forty people — ...": an object, no subject
    return Phrase(i, e, ci, cj, r.how)


def _opens_quote(t: Tokens, x: int) -> bool:
    """Whether token ``x`` is a quotation mark that opens words after it ('says the club "shall ...'), no clause end."""
    texts = t.texts
    return texts[x] in ('"', "“") and x + 1 < len(texts) and texts[x + 1][0].isalnum()


#: Tokens that close the clause of an inverted source ("— said the mayor.").
_CLAUSE_ENDS = frozenset('. , ; : ! ? " ” ) — – -'.split())


def _document_before_by(t: Tokens, k: int, lo: int) -> tuple[int, int] | None:
    """The document whose agent phrase starts with "by" at token ``k``: ``(start, end)`` of its noun phrase.

    "a study by researchers at X" (the document noun right before "by") and "figures released by NHS
    England" (a document participle between them) make the agent part of the document's phrase;
    anything else (a person or an event before "by") is None.
    """
    lows = t.lows
    e = k
    if e - 1 > lo and lows[e - 1] in _AGENT_PARTICIPLES:
        e -= 1
    if (
        e - 1 < lo
        or not (lows[e - 1] in DOCUMENT_WORDS or _document_of(t, e, lo))
        or not t.texts[e - 1][0].isalpha()
        or k + 1 >= len(t.texts)
        or not t.texts[k + 1][0].isalpha()
    ):
        return None  # not "its growth forecast by 0.1 points"
    i = np_left(t, e, lo)
    return (i, e) if i < e else None


def _document_of(t: Tokens, e: int, lo: int) -> bool:
    """Whether the words before token ``e`` end a document's "of" phrase ("a survey of 1,200 food bank users").

    A document noun, "of", then up to six words of a noun phrase (no comma, verb or clause word): a "by"
    at ``e`` then introduces the document's agent ("a survey of 1,200 users by the charity X"), not the
    agent of the phrase inside "of".
    """
    lows, texts = t.lows, t.texts
    for x in range(e - 1, max(lo, e - 8), -1):
        if lows[x] == "of":
            return x - 1 >= lo and x < e - 1 and lows[x - 1] in DOCUMENT_WORDS and texts[x - 1][0].islower()
        w = texts[x]
        if not (w[0].isalnum() or w in ("%", "'", "’")) or lows[x] in NP_STOP_WORDS or lows[x] in RELATIVES:
            return False
        if lows[x] in _VERB_FORMS and lows[x] not in _NOUN_FORMS:
            return False
    return False


def right_phrase(t: Tokens, i: int, hi: int, how: str, fronted: bool = False) -> Phrase | None:
    """The noun phrase starting at token ``i`` with a following appositive ("Jane Roe, a lawyer").

    ``fronted``: the phrase is the agent of a participle clause opening the sentence ("As reported by
    the Gazette, the council voted") or set off in the sentence ("The rule, deemed fair by the judges,
    stays"): the comma after it opens the main clause or closes the aside, no appositive.
    """
    j = np_right(t, i, hi)
    if j <= i:
        return None
    end = j
    texts, lows = t.texts, t.lows
    if (
        j + 1 < hi
        and texts[j] == ","
        and not fronted
        and (
            lows[j + 1] in _APPOSITIVE_OPENERS
            or (lows[j + 1] in ("who", "whose") and not _reporting_relative(t, j + 1, hi))
            or lows[j + 1] == "including"
            or texts[j + 1][0].isdigit()
            or _PARTY_TAG.match(texts[j + 1]) is not None
            or (texts[j - 1][0].isupper() and _party_of(t, j + 1, hi))
            or (
                texts[j + 1][0].islower()
                and _np_word(texts[j + 1], lows[j + 1])
                and not _verbish(lows[j + 1])
            )
            or (texts[j + 1][0].isupper() and texts[j - 1][0].islower() and person_word(lows[j - 1]))
            or (texts[j + 1][0].isupper() and _body_then_name(t, i, j, hi))
            or (texts[j + 1][0].isupper() and _role_then_name(t, i, j, hi))
            or (
                texts[j - 1][0].isupper()
                and (
                    _possessive_role(t, j + 1, _segment_end(t, j + 1, hi))
                    or _body_role(t, j + 1, _segment_end(t, j + 1, hi))
                )
            )
        )
    ):
        m = j + 1
        while m < hi and texts[m] not in _SEGMENT_STOPS and texts[m] != "(":
            m += 1
        relative = lows[j + 1] in ("who", "whose")
        rel_at = next((x for x in range(j + 1, m) if lows[x] in ("who", "whose", "that", "which")), m)
        if not relative and any(lows[x] in _FINITE for x in range(j + 1, rel_at)):
            m = j + 1  # "According to the company, the investment is ...": a clause, not an appositive
        elif how == "according_to" and not relative and not _noun_segment(t, j + 1, rel_at):
            m = j + 1  # "According to a poll of Ohio voters, Smith won 30%": the main clause, no appositive
        elif (
            how == "according_to"
            and lows[j + 1] in _APPOSITIVE_OPENERS
            and texts[j - 1][0].islower()
            and _document_head(t, i, j)
        ):
            # "According to a memo prepared by the finance office, the fund holds": a document takes no
            # appositive (not "a post by Jane Roe, director of ...": the agent's name takes one)
            m = j + 1
        elif m == j + 2 and texts[j + 1][0].isdigit() and m + 1 < hi and texts[m] == "," and lows[m + 1] in ("a", "an"):
            m2 = _segment_end(t, m + 1, hi)  # "said Jenny Marsh, 34, a nurse": the age, then an appositive
            rel2 = next((x for x in range(m + 1, m2) if lows[x] in ("who", "whose", "that", "which")), m2)
            if not any(lows[x] in _FINITE for x in range(m + 1, rel2)) and any(
                person_word(lows[x]) for x in range(m + 2, rel2)
            ):
                m = m2
        elif (
            m == j + 2
            and texts[j + 1][0].isdigit()
            and texts[j - 1][0].isupper()
            and m + 1 < hi
            and texts[m] == ","
            and lows[m + 1] in ("who", "whose")
        ):
            rel = _segment_end(t, m + 1, hi)
            if not any(lows[x] in _VERB_FORMS for x in range(m + 2, rel)):
                # "said Tom Rix, 58, who has lived nearby": the age, then a relative clause (one that reports
                # words or a belief of its own, "who told police he saw the fire", is no part of the phrase)
                m = rel
        elif (
            m == j + 2
            and texts[j + 1][0].isdigit()
            and texts[j - 1][0].isupper()
            and m + 2 < hi
            and texts[m] == ","
            and lows[m + 1] in ("of", "from")
            and texts[m + 2][0].isupper()
        ):
            m = _segment_end(t, m + 1, hi)  # "said Ann Roe, 30, of Dunmore": the age, then the home town
        m = _second_appositive(t, j, m, hi)
        if m > j + 1 and how != "agent" and texts[i][0].isupper():
            m = _relative_after_appositive(t, m, hi)  # not after a role then a name: "his friend, Bo Li,"
        if (
            how == "according_to"
            and (m >= hi or texts[m] != ",")
            and (i < 3 or (not texts[i - 3][0].isalnum() and texts[i - 3] not in ",;—–"))
        ):
            m = j + 1  # "According to police, the man fled.": a fronted cue's comma opens the main clause
        if m == hi and texts[m - 1] in ".!?":
            m -= 1
        if m > j + 1:
            end = m
    if how == "according_to" and end == j:
        end = _document_participle_clause(t, i, j, hi)
        if end == j and j + 2 < hi and lows[j] in ("who", "whom"):
            end = _anonymity_relative(t, j, hi)
    end = _state_end(t, end, hi)  # "said Ann Roe, a nurse from Fresno, Calif.": the state is part of the place
    core = next((x for x in range(i + 1, j) if texts[x] == "in"), j)  # "police in Baytown": core "police"
    if core < j and end > j + 1 and texts[j + 1][0].isupper() and _role_then_name(t, i, j, hi):
        core = j  # "A reader in Saltby, Joan Fairley": the placed role with the name in apposition
    return Phrase(i, end, i, core, how)


#: Words of an anonymity formula in a relative clause ("who were not authorized to discuss the talks",
#: "who spoke on condition of anonymity", "who asked not to be named").
_ANONYMITY_PERMITS = frozenset("authorized authorised allowed permitted cleared".split())
_ANONYMITY_NAMED = frozenset("named identified".split())


def _anonymity_relative(t: Tokens, j: int, hi: int) -> int:
    """End of an "according to" person's restrictive relative clause at ``j`` when it is an anonymity formula.

    "according to two aides who were not authorized to discuss the talks": the formula describes the
    speakers, as it does before a cue ("An aide who was not authorized to speak said") and after a comma, so
    it is part of the phrase, to the clause's end; any other relative clause (no comma) is left out, and
    ``j`` is returned.
    """
    m = _segment_end(t, j + 1, hi)
    if m - j > 9:
        m = j + 1
        while m < hi and t.texts[m] not in _SEGMENT_STOPS:
            m += 1
    words = set(t.lows[j + 1 : m])
    if not (
        "anonymity" in words
        or "anonymously" in words
        or ("not" in words and not words.isdisjoint(_ANONYMITY_PERMITS) and not words.isdisjoint(_ANONYMITY_INFINITIVES))
        or ("not" in words and "be" in words and not words.isdisjoint(_ANONYMITY_NAMED))
    ):
        return j
    if m == hi and t.texts[m - 1] in ".!?":
        m -= 1
    return m


#: Past participles that describe how a document reached the writer ("records reviewed by the Gazette",
#: "a memo provided to the council", "emails unearthed in the inquiry"), besides :data:`DOCUMENT_PARTICIPLES`.
_ACCORDING_PARTICIPLES = DOCUMENT_PARTICIPLES | frozenset(
    "reviewed provided reported unearthed tallied shared sent shown given received circulated distributed "
    "quoted cited kept made seen".split()
)


def _document_participle_clause(t: Tokens, i: int, j: int, hi: int) -> int:
    """End of an "according to" document ``[i, j)`` with the participle clause after it, when one follows.

    "according to court records reviewed by the Gazette", "according to a letter from the mayor
    obtained by the Herald", "according to figures tallied through Friday": the participle (after an
    optional adverb, "reported previously by") and its clause, up to the next comma or the sentence
    end, are part of the document's phrase; a finite verb or a relative word ends it. Not after a
    person or a body ("according to the mayor, reported ..."), whose head is no document noun.
    """
    texts, lows = t.texts, t.lows
    x = j + 1 if j + 1 < hi and _adverb(lows[j]) else j
    if not (x + 1 < hi and lows[x] in _ACCORDING_PARTICIPLES and texts[x][0].islower()):
        return j
    h = i
    while h < j and lows[h] not in ATTACH_PREPOSITIONS and lows[h] != "by":
        h += 1
    if not (h > i and lows[h - 1] in DOCUMENT_WORDS and texts[h - 1][0].islower()):
        return j
    e = x + 1
    while e < hi and e < x + 16 and texts[e] not in _SEGMENT_STOPS and texts[e][0] not in "(\"“”":
        if lows[e] in _RELATIVE_WORDS or lows[e] in _FINITE:
            return j
        e += 1
    if e == x + 16:
        return j  # no comma or sentence end near: not read as one clause
    if e == hi and texts[e - 1] in ".!?":
        e -= 1
    return e if e > x + 1 else j


def _relative_after_appositive(t: Tokens, m: int, hi: int) -> int:
    """End of a phrase whose appositive ends at ``m``, with a relative clause after it when one follows.

    '"...," said Jane Roe, a broker in Yuma, who sells farms': the relative clause after the
    appositive is part of the phrase, as it is after a bare name ("said Roe, who sells farms"),
    up to the next comma, semicolon or dash or the sentence end; a clause that reports speech or
    belief is an attribution of its own ("..., who added that ...") and is left out.
    """
    texts, lows = t.texts, t.lows
    if not (m + 2 < hi and texts[m] == "," and lows[m + 1] in ("who", "whose", "which")):
        return m
    if _reporting_relative(t, m + 1, hi):
        return m
    e = m + 2
    while e < hi and texts[e] not in _SEGMENT_STOPS and texts[e] != "(":
        e += 1
    if e == hi and texts[e - 1] in ".!?":
        e -= 1
    return e if e > m + 3 else m  # not "..., who, like ...": an interrupted clause


#: Trades before "house" that make it a business (the classifier's list: "the auction house").
_HOUSE_TRADES = frozenset("auction auctioneering publishing fashion design trading clearing brokerage".split())
#: Words that may join the capitalised words of a body's name ("Greaves & Fordham", "Bank of the North").
_NAME_JOINERS = frozenset("& and of the for de".split())


def _body_then_name(t: Tokens, i: int, j: int, hi: int) -> bool:
    """Whether a lower-case body noun heads the phrase ``[i, j)`` and a body's name follows its comma.

    "according to the auction house, Greaves & Fordham.", "said the operator, Brackwell Ferries,": the
    name is the body's apposition when it is capitalised words (joined by "&", "and", "of" ...) that run
    to the sentence's end or to a comma. Not when the body noun ends a post-modifier ("the head of the
    bank", "the report of the council": the head is the person or the document), nor before a capitalised
    function word ("In Tarrow").
    """
    lows, texts = t.lows, t.texts
    head = lows[j - 1]
    if not texts[j - 1][0].islower() or texts[j + 1] in NAME_STOP:
        return False
    if not (head in INSTITUTIONS or head in BODY_BEFORE_NAME or (head == "house" and j - 2 >= i and lows[j - 2] in _HOUSE_TRADES)):
        return False
    if any(lows[x] in _PP_PREPOSITIONS or lows[x] in ATTACH_PREPOSITIONS for x in range(i, j - 1)):
        return False
    m = j + 1
    while m < hi and (texts[m][0].isupper() or (lows[m] in _NAME_JOINERS and m > j + 1)):
        m += 1
    return m > j + 1 and texts[m - 1][0].isupper() and (m >= hi or texts[m] in (",", ".", ";", "!", "?"))


def _role_then_name(t: Tokens, i: int, j: int, hi: int) -> bool:
    """Whether ``[i, j)`` is a person's role with a post-modifier and a name follows it after a comma.

    '"...," said his best friend at college, Bruce Tate', "wrote the ambassador at the time, John
    E. Hale", "A reader in Saltby, Joan Fairley, emailed to say": the head (the last word before the first preposition) is a lower-case person noun, and
    the next comma segment is a name of two to five capitalised tokens and initials, nothing else.
    """
    lows, texts = t.lows, t.texts
    h = i
    while h < j and lows[h] not in ATTACH_PREPOSITIONS and lows[h] not in ("in", "on"):
        h += 1  # "a reader in Saltby, Joan Fairley": a person placed by "in" is a role with a post-modifier too
    if h in (i, j) or not texts[h - 1][0].islower() or not person_word(lows[h - 1]):
        return False
    e = _segment_end(t, j + 1, hi)
    if e < hi and texts[e] not in ",.":
        return False
    words = [x for x in range(j + 1, e) if texts[x] != "."]
    return 2 <= len(words) <= 5 and all(
        texts[x][0].isupper() and lows[x] not in NP_STOP_WORDS and lows[x] not in TIME_WORDS for x in words
    )


def _document_head(t: Tokens, i: int, j: int) -> bool:
    """Whether the head of the phrase ``[i, j)`` is a document noun: its last word before a post-modifier.

    The post-modifier opens with a preposition, "by" or a document's participle ("a memo prepared by the
    finance office", "figures from the council", "court records"). A document takes no appositive
    after an "according to" (the comma opens the main clause); a person or a body does ("according to
    Jane Roe, a lawyer for the family, ...").
    """
    lows = t.lows
    h = i
    while h < j and lows[h] not in ATTACH_PREPOSITIONS and lows[h] != "by" and lows[h] not in _AGENT_PARTICIPLES:
        h += 1
    return h > i and lows[h - 1] in DOCUMENT_WORDS and t.texts[h - 1][0].islower()


def _second_appositive(t: Tokens, j: int, m: int, hi: int) -> int:
    """End of the phrase when an appositive ``[j + 1, m)`` ending in a body's name has its own after it.

    "said Lena Fiske, head of the Institute for Transit Studies, a centrist think
    tank": the second appositive describes the body inside the first, so it is part of the phrase
    (up to the next comma or relative word; a clause with a finite verb is not).
    """
    texts, lows = t.texts, t.lows
    if not (
        m > j + 2
        and m + 2 < hi
        and texts[m] == ","
        and lows[m + 1] in ("a", "an", "the")
        and texts[m - 1][0].isupper()
        and any(lows[x] in ATTACH_PREPOSITIONS or lows[x] == "who" for x in range(j + 1, m - 1))
    ):
        return m
    e = m + 2
    while e < hi and e < m + 30 and texts[e] not in _SEGMENT_STOPS and texts[e] != "(":
        e += 1
    rel = next((x for x in range(m + 2, e) if lows[x] in _RELATIVE_WORDS), e)
    if any(lows[x] in _FINITE for x in range(m + 2, rel)):
        return m  # "..., said Jane Roe of Acme, a deal was near": a clause
    if rel == hi and texts[rel - 1] in ".!?":
        rel -= 1
    return rel


#: Determiners that open the second conjunct of a coordinated source ("Okafor and her allies").
_CONJUNCT_OPENERS = frozenset("his her their its the other others some several many both".split())


def _right_conjunct(t: Tokens, k: int, hi: int, memo: dict[int, int]) -> bool:
    """Whether "and" at token ``k`` joins two parts of one source phrase read rightwards.

    A name or a person, group or document noun before it and a determined phrase after it ("Okafor
    and her allies", "farmers and some other rural groups", "the study and the audit", "Brennan
    and others"); two names ("Hana Voss and Pedro Alcantara"); a name and a role noun before a name
    ("Varga and husband Tom"); two paired modifiers ("Conservative and independent councillors").
    ``memo``: the conjunct ends already read in this phrase (see :func:`_np_right`).
    """
    texts, lows = t.texts, t.lows
    prev, nxt = lows[k - 1], lows[k + 1]
    name_before = texts[k - 1][0].isupper()
    if prev in _PAIRED_MODIFIERS and nxt in _PAIRED_MODIFIERS:
        return True
    if name_before and texts[k + 1][0].isupper() and nxt not in NP_STOP_WORDS and nxt not in SUBJECT_PRONOUNS:
        return True
    head = name_before or _lower_conjunct(prev)
    if head and nxt in _CONJUNCT_OPENERS:
        if nxt == "others":
            return True
        if k + 2 < hi and texts[k + 2][0].isalnum():
            e = memo.get(k + 1, -1)
            if e < 0:
                e = memo[k + 1] = _np_right(t, k + 1, hi, memo)
        else:
            e = k + 1
        # the conjunct must not be a clause's subject ("said Roe and the crowd cheered")
        return e > k + 2 and (e >= hi or not (texts[e][0].islower() and lows[e] not in NP_STOP_WORDS))
    return name_before and k + 2 < hi and person_word(nxt) and texts[k + 2][0].isupper()


def _noun_segment(t: Tokens, q: int, e: int) -> bool:
    """Whether the comma segment ``[q, e)`` after an "according to" source reads as a noun phrase.

    An appositive ("according to Jane Roe, a lawyer at the firm", "Jane Roe, 41,", "Jane Roe,
    spokeswoman for the council") is one noun phrase, up to a relative clause; the main clause after
    a fronted or parenthetical "according to X," is not: a number with more after it ("70% of adults
    need help", "58 percent of renters"); a phrase with a determiner holding a speech or belief verb
    ("one city sign read"); a name the reader leaves at a lower-case word, its verb ("Smith won");
    a phrase with no determiner whose head is no role noun ("young voters make up", "include age").
    """
    if q >= e:
        return False
    texts, lows = t.texts, t.lows
    if texts[q][0].isdigit():
        # an age ("Jane Roe, 41,"), or the year of a date ("a March 14, 2019 press release")
        date = q >= 3 and lows[q - 3] in MONTHS and texts[q - 2][0].isdigit()
        return e - q == 1 or "year-old" in lows[q] or date
    if lows[q] == "including":
        return e - q > 1  # "according to four surveys, including one from Tarrow College"
    if lows[q] in NP_DETERMINERS or lows[q] in _APPOSITIVE_OPENERS:
        return not any(lows[x] in _VERB_FORMS and lows[x] not in _NOUN_FORMS for x in range(q + 1, e))
    if texts[q][0].islower():
        h = q
        while h < e and lows[h] not in NP_STOP_WORDS and lows[h] not in ATTACH_PREPOSITIONS:
            h += 1
        return h > q and _title_word(lows[h - 1])
    if _possessive_role(t, q, e) or _party_of(t, q, e):
        return True
    k = np_right(t, q, e)
    w = texts[k] if k < e else ","
    return k > q and not (w[0].isalpha() and w[0].islower() and lows[k] not in NP_STOP_WORDS)


#: US states after a place ("in Yuma, Ariz.", "from Fresno, California"): abbreviations without their dot.
_US_STATES = frozenset(
    """ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev
    n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo d.c alabama alaska
    arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana
    iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
    montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia
    washington wisconsin wyoming""".split()
)
#: Full state names of five letters or fewer, which take no abbreviation dot ("in Austin, Texas.").
_STATE_NAMES = frozenset("texas idaho maine ohio iowa utah".split())
_TWO_WORD_STATES = frozenset(
    tuple(pair.split("-"))
    for pair in """new-jersey new-york new-hampshire new-mexico north-carolina north-dakota south-carolina
    south-dakota west-virginia rhode-island""".split()
)
_PLACE_PREPOSITIONS_BEFORE = frozenset("in from of near outside".split())


def _state_end(t: Tokens, k: int, hi: int) -> int:
    """End of the phrase after a US state that follows a place at the comma ``k``, else ``k``.

    "a council member in Yuma, Ariz., said", "a nurse from Fresno, California":
    the state is part of the place, so of the phrase (a capitalised run after "in /
    from / of / near / outside" before the comma; the abbreviation's dot is kept).
    """
    texts, lows = t.texts, t.lows
    if k + 1 >= hi or texts[k] != "," or k < 2 or not texts[k - 1][0].isupper():
        return k
    x = k - 1
    while x > max(0, k - 5) and texts[x][0].isupper():
        x -= 1  # a place of at most four words ("Fort Lauderdale"): the walk is bounded
    if lows[x] not in _PLACE_PREPOSITIONS_BEFORE or not texts[k + 1][0].isupper():
        return k
    n = k + 1
    if n + 1 < hi and (lows[n], lows[n + 1]) in _TWO_WORD_STATES:
        n += 2
    elif lows[n] in _US_STATES and (n + 1 >= hi or texts[n + 1] in (".", ",") or len(lows[n]) > 4):
        n += 1
    else:
        return k
    abbreviation = len(lows[k + 1]) <= 5 and lows[k + 1] not in _STATE_NAMES
    if n < hi and texts[n] == "." and lows[k + 1] in _US_STATES and abbreviation:
        n += 1  # "Ariz.", "N.J."
    return n


def _state_comma(t: Tokens, c: int, lo: int) -> tuple[int, int]:
    """The comma inside "Place, State" before the comma ``c``, and the place's preposition (else -1, -1).

    "of Baldwin, Miss.,", "from Trenton, New Jersey,": a US state after a capitalised place of at most
    four words after "in / from / of / near / outside", as :func:`_state_end` reads it rightwards.
    """
    texts, lows = t.texts, t.lows
    q = c
    while q > lo and q > c - 4 and texts[q - 1] != ",":
        q -= 1
    n = c - q
    if q - 2 < lo or texts[q - 1] != "," or not (
        (n == 1 and lows[q] in _US_STATES)
        or (n == 2 and texts[q + 1] == "." and lows[q] in _US_STATES and lows[q] not in _STATE_NAMES)
        or (n == 2 and (lows[q], lows[q + 1]) in _TWO_WORD_STATES)
    ):
        return -1, -1
    x = q - 2
    if not texts[x][0].isupper():
        return -1, -1
    while x > max(lo, q - 7) and texts[x][0].isupper():
        x -= 1
    return (q - 1, x) if lows[x] in _PLACE_PREPOSITIONS_BEFORE else (-1, -1)


def _segment_end(t: Tokens, q: int, hi: int) -> int:
    """End of the comma-delimited segment starting at token ``q`` (at most ten tokens on)."""
    m = q
    while m < hi and m < q + 10 and t.texts[m] not in _SEGMENT_STOPS:
        m += 1
    return m


#: Words between a relative pronoun and its verb that the reporting test skips ("who has also said").
_RELATIVE_SKIPS = frozenset(
    "has have had is was were are will would could can may might should must did does do also once later "
    "then previously repeatedly publicly privately recently earlier again already long often first just".split()
)
#: Verbs of a relative clause that report what someone said or thinks ("who said", "who noted that",
#: "who thinks"): the clause is an attribution of its own. Verbs of acts and stances ("who endorsed",
#: "who supports", "who spoke on condition of anonymity", "who asked not to be named") describe the
#: speaker and stay in the phrase.
_REPORTING_VERBS = verb_forms(
    "say", "tell", "add", "note", "acknowledge", "estimate", "predict", "think", "believe", "argue",
    "write", "recall", "cite", "insist", "warn", "claim", "stress", "explain", "suggest", "concede",
    "question", "express", "announce", "denounce", "describe", "contend", "complain", "echo",
) | frozenset(("said", "says", "told", "thought", "wrote", "written"))


def _reporting_relative(t: Tokens, r: int, hi: int) -> bool:
    """Whether the relative clause opening at token ``r`` ("who", "which") reports speech or belief.

    "Lee, who said last week that ..., told": the clause's verb, after auxiliaries and adverbs, is a
    speech or belief form, so the clause is an attribution of its own, not part of the speaker's
    phrase ("Lee, who lives in Yuma, said" and "Lee, who spoke on condition of anonymity, said" keep
    theirs; so do a negated one, "who did not say", and a description of oneself, "who described
    himself as a farmer").
    """
    lows = t.lows
    x = r + 1
    passive = False
    while x < hi and x < r + 5 and (lows[x] in _RELATIVE_SKIPS or _adverb(lows[x])):
        passive = passive or lows[x] in ("is", "was", "were", "are")
        x += 1
    if x + 1 < hi and lows[x + 1] in _REFLEXIVES:
        return False  # "who described himself as a farmer": the speaker's own description
    return x < hi and lows[x] in _REPORTING_VERBS and not passive and t.texts[x][0].islower()


_TIME_NOUNS = frozenset("minutes hours days weeks months years decades moment time times".split())
#: Finite verbs that show a comma segment is a clause, not an appositive.
_FINITE = frozenset(
    """is are was were has have had will would can could should may might must said says told does did
    do""".split()
)
#: Clause openers: a clause subject is read after the last one before the cue.
_CLAUSE_OPENERS = frozenset(
    "that because although though if when while whether unless where whereas as".split()
)


#: Words after a fronted past participle that open its phrase ("Asked about", "Reached by phone").
_FRONTED_PARTICIPLE_NEXT = frozenset("about by on whether if for in at to why how what with during after again".split())


def _fronted_participle(t: Tokens, b: int, k: int) -> bool:
    """Whether a capitalised past participle opens a clause at ``b`` with a comma before the cue at ``k``.

    "Asked about the delay, Ms. Lorne shrugged and said", "Reached by phone, the owner said": the
    participle phrase ends at the comma and the subject follows it. A name in "-ed" ("Ahmed said")
    is followed by no preposition or "whether".
    """
    lows = t.lows
    return (
        t.texts[b][0].isupper()
        and len(lows[b]) > 4
        and lows[b].endswith("ed")
        and b + 1 < k
        and lows[b + 1] in _FRONTED_PARTICIPLE_NEXT
        and "," in t.texts[b + 1 : k]
    )


def _opener_in_participle(t: Tokens, o: int, lo: int, k: int) -> bool:
    """Whether the clause opener at ``o`` belongs to a fronted participle phrase opening the sentence.

    "Asked on Monday whether Mr. Hale would stay, Mrs. Hale said": the participle (up to four tokens
    before the opener, at the sentence start) takes the clause, which ends at its comma.
    """
    x = o - 1
    while x >= lo and x >= o - 4:
        if x == lo and _fronted_participle(t, x, k):
            return "," in t.texts[o:k]
        x -= 1
    return False


#: Prepositions that open a fronted time phrase besides :data:`_PP_PREPOSITIONS` ("For months, ...").
_FRONTED_TIME_PREPOSITIONS = frozenset("for within".split())


def _time_start(low: str) -> bool:
    """Whether a word is a time word or a time noun ("Tuesday", "months", "weeks")."""
    return low in TIME_WORDS or low in _TIME_NOUNS


def _subject_at(t: Tokens, b: int, k: int) -> Phrase | None:
    """The subject noun phrase at the start of a clause beginning at ``b`` (before ``k``)."""
    texts, lows = t.texts, t.lows
    for _ in range(3):
        while b < k and not texts[b][0].isalnum():
            b += 1
        if b >= k:
            return None
        first = lows[b]
        if (first in _PP_PREPOSITIONS or first in _FRONTED_TIME_PREPOSITIONS) and b + 1 < k and _time_start(lows[b + 1]):
            x = b + 1  # "On Tuesday she doubled down, saying", "For months, the mayor has stayed out, arguing"
            while x < k and (_time_start(lows[x]) or lows[x] in _TIME_LEADS):
                x += 1
            if x < k and (
                texts[x] == ","
                or lows[x] in SUBJECT_PRONOUNS
                or lows[x] in NP_DETERMINERS
                or (texts[x][0].isupper() and lows[x] not in NP_STOP_WORDS)
            ):
                b = x  # (not "During Tuesday night's debate": the time modifies a noun)
                continue
        if (
            first in ADVERBIAL_WORDS
            or first in _PP_PREPOSITIONS
            or first in _CLAUSE_OPENERS
            or (texts[b][0].isupper() and first.endswith("ing") and first not in PARTICIPLE_ADJECTIVES)
            or _fronted_participle(t, b, k)
        ):
            comma = next((x for x in range(b, k) if texts[x] == ","), -1)
            if comma >= 0:
                b = comma + 1  # "In a statement, the company ...", "Despite X, Cruz ..."
                continue
            if first in ADVERBIAL_WORDS:
                b = np_right(t, b + 1, k)  # "Since the war hundreds of guards ..."
                continue
            return None
        if (first in NP_STOP_WORDS or _adverb(first)) and not _name_will_before_verb(t, b):
            comma = b + 1 if b + 1 < k and texts[b + 1] == "," else -1
            b = comma + 1 if comma >= 0 else b + 1  # "Then he ...", "Often, they ..."
            continue
        break
    else:
        return None
    j = np_right(t, b, k)
    if j <= b or (j >= k and not (j - 1 > b and lows[j - 1] in _OBJECT_PRONOUNS)):
        return None  # no phrase, or one running into the cue ("An amber weather warning"; not "close to him said")
    if lows[j - 1] in _TIME_NOUNS or lows[j - 1] in TIME_WORDS:
        comma = next((x for x in range(j, k) if texts[x] == ","), -1)
        if comma < 0:
            return None
        return _subject_at(t, comma + 1, k)  # "A few minutes later, Murphy ..."
    if j < k and texts[j] == ",":
        r = right_phrase(t, b, k, "clause")  # "Jane Roe, a lawyer, ..."
        if r is not None:
            return r
    return Phrase(b, j, b, j, "clause")


def clause_subject(t: Tokens, k: int, lo: int, whole_sentence: bool, complete: bool = True) -> Phrase | None:
    """Subject of the clause holding the cue at ``k``, read from the clause start.

    ``whole_sentence``: from the sentence start (a participle after a comma
    takes the main clause's subject: "Okafor welcomed the news that Moreau
    would resign, saying ..."). A cue inside a clause-initial adverbial ("Despite
    challenging X, Cruz said") takes the subject after the adverbial.
    """
    texts, lows = t.texts, t.lows
    b = k
    while b > lo:
        w = texts[b - 1]
        if (
            (w in (";", ":", "—", "–") or (w == "(" and not (b < k and _PARTY_TAG.match(texts[b]))))
            or (w == "-" and b - 1 < 12)
            or (
                not whole_sentence
                and (
                    w in ('"', "“", "”")
                    or (lows[b - 1] in _CLAUSE_OPENERS and not _opener_in_participle(t, b - 1, lo, k))
                )
            )
        ):
            break  # (not the "whether" of "Asked whether ..., Lee said": the participle's own clause)
        b -= 1
    if b + 1 < k and b == lo and lows[b] in _OPENING_CONJUNCTIONS and lows[b + 1] in _ING_PREPOSITIONS:
        b += 1  # "But in describing the plan, the writers ...": the conjunction opens the sentence, not the clause
    opener = lows[b] if b < k else ""
    initial_adverbial = (
        b < k
        and "," not in texts[b:k]
        and (
            opener in ADVERBIAL_WORDS
            or opener in _PP_PREPOSITIONS
            or opener in _CLAUSE_OPENERS
            or opener in _ING_PREPOSITIONS
        )
    )
    if initial_adverbial or (b == k and lows[k].endswith("ing")):
        if not complete:
            return NEED_RIGHT
        hi = len(texts)
        comma = next((x for x in range(k, hi) if texts[x] == ","), -1)
        if comma >= 0 and comma + 1 < hi and lows[comma + 1] in ("which", "who", "where"):
            # "In rejecting a challenge to the plan, which is set for May, the board ...": the relative
            # clause belongs to the adverbial; the subject follows its closing comma
            comma = next((x for x in range(comma + 2, hi) if texts[x] == ","), -1)
        if comma >= 0:
            return _subject_at(t, comma + 1, hi)  # "Despite challenging X, Cruz said"
    return _subject_at(t, b, k)


def possessor(t: Tokens, k: int, lo: int) -> Phrase | None:
    """The possessor of a nominal cue ("his proposal for" -> "his", "Clinton's call for" -> "Clinton's")."""
    texts, lows = t.texts, t.lows
    j = k
    n = 0
    while j > lo and n < 3 and texts[j - 1][0].islower() and _np_word(texts[j - 1], lows[j - 1]):
        j -= 1  # adjectives: "his earlier hostility to"
        n += 1
    if j <= lo:
        return None
    low = lows[j - 1]
    if low in ("his", "her", "their", "its", "our", "my"):
        return Phrase(j - 1, j, j - 1, j, "possessor")
    if low.endswith(("'s", "s'")) or texts[j - 1] in ("’", "'"):
        i = np_left(t, j, lo)
        if i < j:
            return Phrase(i, j, i, j, "possessor")
    return None


_QUOTE_MARKS = frozenset("\"“”'’‘«»")


def _with_subject(t: Tokens, k: int) -> Phrase | None:
    """The subject of an -ing cue in an absolute "with" clause ("..., with inspectors warning that").

    "with" + a noun phrase + the participle: the noun phrase is the participle's own subject, not the
    main clause's ("The school was closed, with inspectors warning that pupils were at risk").
    """
    lows = t.lows
    if not lows[k].endswith("ing"):
        return None
    j = _skip_adverbs(t, k, 0)
    if j < 2:
        return None
    i = np_left(t, j, 0)
    if 0 < i < j and lows[i - 1] == "with" and t.texts[i][0].isalnum():
        return Phrase(i, j, i, j, "left")
    return None


#: Words that never head a noun phrase: determiners, degree words and adverbs. A source phrase made of
#: them alone ("The most", "no longer") is a fragment of the clause, not a source (survey of round 24).
_FRAGMENT_WORDS = frozenset(
    """the a an no not longer most least more less very much too also still only just even ever never
    already often now then yet""".split()
)


#: Nouns of a spoken or signed medium after "in" ("in an interview", "in a statement"): the speaker is the
#: clause's subject.
_SPOKEN_MEDIA = frozenset("interview interviews statement op-ed conference speech remarks".split())


def _spoken_medium(t: Tokens, i: int, j: int) -> bool:
    """Whether the medium phrase ``[i, j)`` is a spoken or signed medium with no agent of its own.

    "an interview with the Herald", "a statement on Monday" (not "a statement from the board", whose
    agent is the source, nor "a poll").
    """
    lows = t.lows
    for x in range(i, j):
        if lows[x] in _MEDIUM_AGENT_WORDS:
            return False
        if lows[x] in _SPOKEN_MEDIA:
            return True
    return False


#: Prepositions that give a medium its own agent ("a statement from the board", "an op-ed by Lee").
_MEDIUM_AGENT_WORDS = frozenset(("from", "by"))


def find_source(
    t: Tokens, start: int, end: int, label: str, cue: str, lo: int, complete: bool = True
) -> Phrase | None:
    """The source phrase of the cue ``[start, end)``, fragments dropped (see :func:`_find_source`)."""
    ph = _find_source(t, start, end, label, cue, lo, complete)
    if ph is None or ph.i < 0 or ph.j <= ph.i:
        return ph
    return None if fragment_words(t.lows[ph.i : ph.j]) else ph


def fragment_words(words: list[str]) -> bool:
    """True when the lower-cased words of a source phrase are no noun phrase.

    Two or more determiners, degree words and adverbs alone ("The most well known effects", "Telcorp
    no longer wants"), or a lone year ("2018 saw 11,000 accidents": a time, never a source).
    """
    if len(words) == 1:
        return len(words[0]) == 4 and words[0].isdigit()  # a lone "Most" or "Both" stays: a vague source
    return all(w in _FRAGMENT_WORDS for w in words)


def _find_source(
    t: Tokens, start: int, end: int, label: str, cue: str, lo: int, complete: bool = True
) -> Phrase | None:
    """The source phrase of the cue ``[start, end)`` (character offsets) in the sentence ``t``.

    Args:
        t: The sentence's tokens.
        start: Cue start offset.
        end: Cue end offset.
        label: Detector label (``according_to``, ``medium``, ``nominal``, ``speech``, ...).
        cue: The cue text.
        lo: First token the subject may use (after an earlier cue of the sentence).
        complete: False when ``t`` ends soon after the cue (at least one token after
            it when the sentence has one): the readings that need the rest of the
            sentence then return :data:`NEED_RIGHT`, and the caller tokenises the
            rest and asks again. Every other reading looks only at the cue and
            what precedes it, so both answers are the same.

    Returns:
        The phrase, or None when the cue has no source in the sentence.
    """
    starts = t.starts
    hi = len(starts)
    k = bisect.bisect_left(starts, start)
    ke = bisect.bisect_left(starts, end)
    if k >= hi:
        # the cue starts inside the sentence's last token ("Mr.said", "spoke.said": a full stop with no
        # blank joins two words into one token): no token of its own to read around
        return None if complete else NEED_RIGHT
    if not complete and (label == "according_to" or label == "medium"):
        return NEED_RIGHT
    if label == "according_to":
        return right_phrase(t, ke, hi, "according_to")
    if label == "medium":
        j = np_right(t, ke, hi)
        if j > ke and _spoken_medium(t, ke, j):
            # "In an interview with the Herald, Lee said nothing", "Lee spoke in an interview": the one
            # interviewed speaks, the interview is no source (a poll or a report in the same place is)
            sub: Phrase | None
            if k - 1 > lo and t.texts[k - 1] == "," and (b := np_left(t, k - 1, lo)) < k - 1 and (
                b == lo or not t.texts[b - 1][0].isalnum()
            ):
                sub = Phrase(b, k - 1, b, k - 1, "clause")  # "Ann Vale, in a statement, sounded hopeful": the
                # medium set off by commas after its subject (not the words after the second comma)
            elif k == lo or not t.texts[k - 1][0].isalnum():
                comma = next((x for x in range(j, hi) if t.texts[x] == ","), -1)
                sub = _subject_at(t, comma + 1, hi) if comma >= 0 else None  # the fronted medium's comma
            else:
                sub = clause_subject(t, k, lo, False, complete)
            if sub is not None and 0 <= sub.i < sub.j and not (ke <= sub.i < j) and t.lows[sub.i] not in RELATIVES:
                return sub
        return Phrase(ke, j, ke, j, "medium") if j > ke else None
    texts, lows = t.texts, t.lows
    if label == "nominal":
        return possessor(t, k, 0) or _with_subject(t, k) or clause_subject(t, k, lo, False, complete)
    if label == "colon":
        return clause_subject(t, k, lo, False, complete)  # 'The minister was blunt: "..."'
    if (lows[k] in INVERTING_FORMS or _after_quoted_words(t, k)) and (ke < hi or not complete):
        before = texts[k - 1] if k > 0 else ""
        if (
            not before
            or before in _QUOTE_MARKS
            or (before == "," and k > 1 and texts[k - 2] in _QUOTE_MARKS)
            or (before == "," and _left_appositive(t, k, 0) is None)
        ):
            if not complete:
                return NEED_RIGHT
            r = right_phrase(t, ke, hi, "inverted")
            nxt = r.cj if r else hi
            if (
                r is not None
                and sum(1 for x in range(r.ci, r.cj) if texts[x][0].isalnum()) <= 10
                and (
                    nxt >= hi
                    or not texts[nxt][0].isalnum()
                    or lows[nxt] in NP_STOP_WORDS
                    or lows[nxt] in ATTACH_PREPOSITIONS
                    or lows[nxt] in TIME_WORDS
                    or lows[nxt] in RELATIVES
                    or _participle_with_object(t, nxt, hi)
                )
            ):
                return r  # '"...," said Jane Roe', "Prices rose, said the minister", "wrote a man calling himself"
    if lows[k].endswith(_PARTICIPLE_ENDINGS) or lows[k] in _IRREGULAR_PARTICIPLES:
        j = _skip_adverbs(t, k, 0)
        passive = any(lows[x] in _BE_FORMS for x in range(j, k))
        # a participle clause set off by a comma, a dash or a bracket ("The plan, deemed unfair by the
        # mayor,", "some (favored strongly by farmers)") or opening the sentence ("As reported by the Gazette,")
        aside = not passive and j > 0 and texts[j - 1] in _ASIDE_MARKS
        fronted = not passive and (j == 0 or (j == 1 and lows[0] == "as"))
        of_passive = lows[k] in OF_PASSIVES and (ke >= hi or lows[ke] == "of")
        if not complete and (passive or aside or ke >= hi or lows[ke] == "by" or of_passive):
            return NEED_RIGHT
        m = ke
        if (
            not passive
            and ke < hi
            and lows[ke] == "of"
            and lows[k] in OF_PASSIVES
            and (j == 0 or lows[j - 1] not in OF_ACTIVE_BEFORE)
            and not _of_object_fronted(t, j)
        ):
            m = _agent_after_complement(t, ke, hi)
            if m < 0:
                return None  # "a man accused of fraud": a passive with its be-form left out, no agent, no source
            # "A firm accused of fraud by regulators": the agent after the complement is the source
            return right_phrase(t, m + 1, hi, "agent", fronted or aside)
        if passive:
            while m < hi and m < ke + 10 and texts[m][0].isalnum() and lows[m] != "by":
                m += 1
        elif aside:
            # an adverb or a verb's complement before the agent: "favored strongly by", "deemed unfair by"
            if m < hi and _adverb(lows[m]):
                m += 1
            if m + 1 < hi and lows[k] in _COMPLEMENT_PARTICIPLES and texts[m].isalpha() and texts[m].islower():
                m += 1
        if (
            m + 1 < hi
            and lows[m] == "by"
            and (passive or lows[k] not in ("said", "told", "wrote", "thought"))
            and not _deadline_after_by(t, m + 1, hi)
        ):
            r = right_phrase(t, m + 1, hi, "agent", fronted or aside)
            if r is not None:
                return r  # "was echoed by the governor", "a report released by the agency"
        if passive and ((lows[k] in SPEECH_FORMS and lows[k] not in _STATIVE) or lows[k] in _PASSIVE_EVIDENCE):
            # a passive with no agent: its subject is not the source ("He was told", "Pieces of glass
            # were found at the scene", "The claim was shown to be false")
            return None
    j = _skip_adverbs(t, k, 0)
    w = j - 3 if j > 3 and lows[j - 2] in _CONTACT_AUXILIARIES else j - 2  # "Councillors I have met"
    if (
        w > 0
        and lows[w] in _CONTACT_WRITERS
        and texts[j - 1][0].islower()
        and texts[j - 1].isalpha()
        and lows[j - 1] not in NP_STOP_WORDS
        and person_word(lows[w - 1])
    ):
        i = np_left(t, w, 0)
        if i < w:
            return Phrase(i, j, i, w, "left")  # "most families I meet say": the writer's contact clause
    if k > 2 and lows[k - 1] == "as" and lows[k - 2] in QUOTING_FORMS and lows[k].endswith("ing"):
        b = k - 2
        while b > 0 and (lows[b - 1] in _BE_FORMS or lows[b - 1] in _QUOTED_AUXILIARIES):
            b -= 1
        if b < k - 2:
            return left_subject(t, b, 0)  # "Jane Roe is quoted as saying": the one quoted is the source
    if k > 3 and lows[k - 1] == "as" and lows[k].endswith("ing"):
        quoted = _quoted_object(t, k - 1)
        if quoted is not None:
            return quoted  # "Your report quoted Councillor Brian Ostler as saying": the one quoted
    with_subject = _with_subject(t, k)
    if with_subject is not None:
        return with_subject
    left = left_subject(t, k, 0)
    if left is not None:
        return left
    if j > 0 and lows[j - 1] in ("and", "but", "or"):
        return INHERIT  # "faulted Patel and praised Moreau": the previous cue's source
    if (
        j > 1
        and lows[j - 1] == "to"
        and (
            lows[j - 2] in _NOT_CONTROLLERS
            or (j > 2 and lows[j - 3] in ("a", "an", "the", "no", "any", "every") and not _purpose_after_object(t, j - 3))
        )
    ):
        return None  # "impossible to answer", "a question to ask": nobody's cue
    if j > 2 and lows[j - 1] in _STRANDED and texts[j - 2][0].islower():
        q = j - 2
        while q > 0 and q > j - 7 and lows[q] not in SUBJECT_PRONOUNS:
            q -= 1
        if lows[q] in SUBJECT_PRONOUNS and q > 0:
            i = np_left(t, q, 0)
            if i < q:
                return Phrase(i, j, i, q, "left")  # "Teachers I have spoken to describe"
    b = k
    while b > 0 and texts[b - 1] in _QUOTE_MARKS:
        b -= 1
    whole = b > 0 and (texts[b - 1] == "," or (lows[k].endswith("ing") and lows[k - 1] in _ING_PREPOSITIONS))
    r = clause_subject(t, k, 0, whole, complete)
    if r is None and j > 1 and texts[j - 1] in _DASHES:
        return _dash_aside_subject(t, j, 0, ke, complete)  # "Tom Vale — a baker from Dunmore — says"
    return r


#: Participles whose active verb needs an object before "of" ("accused him of"): right before "of" they are
#: passives with the be-form left out ("a firm accused of fraud", "a man suspected of theft"), unless a
#: pronoun subject or a relative stands right before ("whom he accused of": its object fronted). Not
#: "assured": "The club is assured of promotion" is a state of its subject.
OF_PASSIVES = frozenset("accused suspected convicted acquitted informed reminded notified".split())
#: Words right before such a participle that make it active after all ("whom he accused of", "they suspected of").
OF_ACTIVE_BEFORE = frozenset("i you he she we they who whom which that it".split())
#: Determiners of a one-noun subject between a fronted relative and its verb ("which the regulator accused of").
_FRONTED_SUBJECT_DETERMINERS = frozenset("the a an his her its their".split())


def _of_object_fronted(t: Tokens, j: int) -> bool:
    """Whether a relative "which" / "whom" and a subject stand right before token ``j`` (an "accused of").

    "The council, which Tom Vale accused of lying", "the firm, which the regulator accused of fraud": the
    relative is the fronted object, the participle active, its subject the source (a name of up to three
    capitalised words, or a determiner and one noun).
    """
    x = j - 1
    n = 0
    while x >= 0 and n < 3 and t.texts[x][:1].isupper():
        x -= 1
        n += 1
    if n == 0:
        if x < 1 or t.lows[x - 1] not in _FRONTED_SUBJECT_DETERMINERS or not t.texts[x][:1].islower():
            return False
        x -= 2
    return x >= 0 and t.lows[x] in ("which", "whom")


#: Words after "by" that open a deadline, not an agent ("announced by April", "by the end of May").
_DEADLINE_STARTS = frozenset("then now noon midnight early late mid next".split())
#: Of those, the ones that only modify a time after them ("by early May", "by late 2026", "by next week"):
#: before another word they are no deadline ("by late mayor Tom Hale").
_DEADLINE_MODIFIERS = frozenset("early late mid next".split())
_DEADLINE_NOUNS = frozenset("end start middle beginning close time weekend".split())
#: Times after a deadline's modifier besides :data:`TIME_WORDS` and months ("by early spring", "by next season").
_DEADLINE_TIMES = frozenset("spring summer autumn fall winter season quarter decade century this next last".split())


def _deadline_after_by(t: Tokens, x: int, hi: int) -> bool:
    """Whether the words after "by" at token ``x`` are a time ("by April", "by 2030", "by the end of May").

    A time after "by" is a deadline, never a passive's agent ("a deal could be announced by April");
    "by the council" and "by Acme" stay agents, and so do a name that opens with a month or a time word
    ("by June Abbot", "by April Stone": a first name before a capitalised surname), a body whose name
    opens with one ("by Early Learning Trust", "by Next Steps": capitalised) and "late" or "early" before
    anything but a time ("by late mayor Tom Hale").
    """
    low = t.lows[x]
    if low in MONTHS:
        return not (x + 1 < hi and t.texts[x + 1][:1].isupper())  # "by June Abbot": a first name
    if low in TIME_WORDS or (low.isdigit() and len(low) == 4):
        return True
    if low in _DEADLINE_STARTS:
        if not t.texts[x][:1].islower():
            return False  # "by Early Learning Trust", "by Next Steps": a body's name
        if low not in _DEADLINE_MODIFIERS:
            return True
        if x + 1 >= hi:
            return False
        after = t.lows[x + 1]
        return after in TIME_WORDS or after in MONTHS or after in _DEADLINE_TIMES or after[:1].isdigit()
    return low in ("the", "this") and x + 1 < hi and (t.lows[x + 1] in _DEADLINE_NOUNS or t.lows[x + 1] in TIME_WORDS)


def _participle_with_object(t: Tokens, x: int, hi: int) -> bool:
    """Whether token ``x`` opens a participle clause after the speaker ("a man calling himself Tom").

    An "-ing" word, then a pronoun, a determiner or a preposition ("a voter living in Leeds", "the mayor
    holding a sign"); not an "-ing" modifier of a noun ("ranking member", "consulting firm").
    """
    low = t.lows[x]
    if not (low.endswith("ing") and len(low) > 4 and x + 1 < hi):
        return False
    nxt = t.lows[x + 1]
    return nxt in _REFLEXIVES or nxt in _OBJECT_PRONOUNS or nxt in NP_DETERMINERS or nxt in _PARTICIPLE_PREPOSITIONS


_PARTICIPLE_PREPOSITIONS = frozenset("in at on of for from to by with about as under near outside".split())
#: Participles of verbs that take an object and its complement ("deemed unfair by", "considered sacred by").
_COMPLEMENT_PARTICIPLES = frozenset(
    "deemed considered judged thought found called labeled labelled branded seen viewed regarded held".split()
)
#: Dashes and a bracket that open a relative clause set off like a comma's ("Tom Vale — who said").
_RELATIVE_ASIDE_MARKS = frozenset(("—", "–", "-", "--", "("))
#: Marks that set off a participle clause before its participle ("The plan, deemed unfair by").
_ASIDE_MARKS = frozenset(",(—–")


#: Closing quotation marks and the punctuation that ends quoted words before them ('"...,” mused').
_QUOTE_CLOSERS = frozenset("\"”'’»")
_QUOTE_END_PUNCTUATION = frozenset(",.!?")


def _after_quoted_words(t: Tokens, k: int) -> bool:
    """Whether the cue at token ``k`` is a finite verb right after a closed quotation ('"...," mused Lee').

    A quotation that ends with its own punctuation ('“It is late,”', '"No!"'), then a lower-case verb in
    "-s", "-ed" or an irregular past, is the inverted order of the quoting sentence: the speaker follows
    the verb, whatever the verb ("mused", "opined", "agrees", "remembered"), as after "said". Not a quoted
    word or title inside a clause ('The slogan “Build it” shows'): no punctuation closes it.
    """
    if k < 2:
        return False
    texts, low = t.texts, t.lows[k]
    if not texts[k][:1].islower() or not (
        low in _IRREGULAR_PAST or low.endswith("ed") or (low.endswith("s") and not low.endswith("ss"))
    ):
        return False
    b = k - 1
    if texts[b] == "," and b > 0:
        b -= 1  # '"...", agrees Lee'
    if not (texts[b] in _QUOTE_CLOSERS and b > 0 and texts[b - 1] in _QUOTE_END_PUNCTUATION):
        return False
    o = b - 2
    while o >= 0 and o > b - 80 and texts[o] not in _QUOTE_OPENERS:
        o -= 1
    # the quotation opens the sentence or follows punctuation: a quoted utterance, not a title or a
    # word quoted inside a clause ('star of “Night Desk,” thanked', 'summed her up as “weak,” denounced')
    return 0 <= o < b - 2 and (o == 0 or texts[o - 1] in _BEFORE_UTTERANCE)


_QUOTE_OPENERS = frozenset("\"“'‘«")
_BEFORE_UTTERANCE = frozenset(",:;—–-(")


#: Verbs of quoting before "X as saying" and the passive "is quoted as saying": the one quoted spoke (cues.py also reads it).
QUOTING_FORMS = frozenset("quoted cited".split())


def _quoted_object(t: Tokens, a: int) -> Phrase | None:
    """The object of an active "quoted / cited" before "as" at token ``a`` ("quoted X as saying"), else None.

    "The paper quoted the county's highways chief, Councillor Brian Ostler, as saying ...": the words
    are the object's, as in the passive "X is quoted as saying"; the object is read whole, its
    apposition included (at most twelve tokens, no full stop, quotation mark or colon between).
    """
    lows, texts = t.lows, t.texts
    q = a - 1
    while q > 0 and q > a - 14 and lows[q] not in QUOTING_FORMS:
        if texts[q] in (".", ":", ";", '"', "“", "”") or lows[q] in _BE_FORMS:
            return None
        q -= 1
    if q <= 0 or lows[q] not in QUOTING_FORMS or q + 1 >= a:
        return None
    e = a - 1 if texts[a - 1] == "," else a
    if e <= q + 1:
        return None
    return right_phrase(t, q + 1, e, "clause")
_QUOTED_AUXILIARIES = frozenset("has have had also widely later".split())


def _purpose_after_object(t: Tokens, d: int) -> bool:
    """Whether the determiner at ``d`` opens the object of a past-tense verb before a purpose infinitive.

    "The mayor visited the school to discuss the closures", "She took the stage to thank them": the
    verb (one of a closed list of past forms whose object is a place, an event or a means, no cue form)
    takes the object, and the infinitive after it is the subject's purpose; an object-control verb makes
    its object the infinitive's subject ("The council hired a lawyer to argue", "picked a veteran to
    announce": not the council's words), and "a question to ask", "is the time to say" stay nobody's cue.
    """
    if d < 1:
        return False
    low = t.lows[d - 1]
    return t.texts[d - 1][0].islower() and low in _PURPOSE_VERBS and low not in _VERB_FORMS


#: Past forms whose object (a place, an event, a means) leaves the subject as a purpose infinitive's
#: subject ("visited the school to", "took the stage to", "held a rally to", "convened a panel to"); no
#: object-control verb (hired, picked, appointed, urged, invited, asked, told, chose, named, sent, ...),
#: and no cue form ("called", "wrote" are speech forms, left out).
_PURPOSE_VERBS = frozenset(
    """visited attended held took convened met used gave made organised organized staged
    hosted toured entered opened launched joined interrupted posted published issued released""".split()
)


#: Regular participle endings ("reported", "given"), tested with ``str.endswith``.
_PARTICIPLE_ENDINGS = ("ed", "en")
#: Words before an infinitive cue that do not lend it a subject ("impossible to answer").
_NOT_CONTROLLERS = frozenset(
    """impossible possible difficult hard easy unable time chance opportunity right need question way
    reason enough too nothing something anything""".split()
)
#: Auxiliaries between the writer and the verb of a contact clause ("Councillors I have met admit").
_CONTACT_AUXILIARIES = frozenset("have had 've 'd".split())
#: The writer as the subject of a contact clause ("most families I meet", "the councillors I've met").
_CONTACT_WRITERS = frozenset("i we i've we've i’ve we’ve i'd we'd".split())
#: Prepositions left at the end of a contact clause ("Teachers I have spoken to describe").
_STRANDED = frozenset("to with about for at on of".split())
#: Prepositions before a participle cue whose subject is the main clause's ("after telling").
_ING_PREPOSITIONS = frozenset("after before by while without in for of on upon when since".split())
_IRREGULAR_PARTICIPLES = frozenset(
    "told said written known seen shown thought found sought heard spoken".split()
)
_BE_FORMS = frozenset("is are was were be been being get gets got getting".split())
_STATIVE = frozenset("worried concerned assured convinced determined committed pleased surprised".split())
#: Participles of finding and showing: in the passive their subject is the thing found or shown, never the
#: one who found it ("The boy was found under rubble", "The dam was found to be leaking", "Mr Roe was shown a
#: red card"); an agent after "by" is read as before.
_PASSIVE_EVIDENCE = frozenset("found shown seen revealed discovered uncovered spotted observed".split()) | frozenset(
    # judging, naming and proposing: the subject is what is judged, named or put forward ("They were
    # considered outsiders", "The bill was proposed in May", "The pass is often referred to as the Gate")
    "considered deemed regarded proposed referred termed dubbed labelled labeled branded".split()
)


_EDGE_QUOTES = "\"”’'“‘"
_SIMPLE_DETERMINERS = frozenset("the a an two three four five several some many most".split())
_TITLE_ABBREVIATIONS = frozenset("mr. mrs. ms. dr. sen. rep. gov. gen. prof. st.".split())


def simple_subject(body: str, s0: int, cue_start: int, cue: str = "") -> tuple[int, int] | None:
    """The subject of a cue in the common, simple cases, without tokenising the sentence.

    A subject pronoun right before the cue ("he said"), or a short noun phrase
    running from the start of the clause (the sentence start, a closing
    quotation mark, a comma, a dash or a clause opener such as "that") to the
    cue ("Jane Roe said", "The company said", "Mr. Smith told", '"...," the
    spokeswoman said'), auxiliaries, adverbs and times skipped as by
    :func:`_skip_adverbs` ("Corker also said", "The president late Thursday
    indicated"). Anything else (titles before a name, appositions,
    prepositions, coordination) returns None and is left to
    :func:`find_source`, which gives the same answer on these simple cases.
    """
    lo = cue_start - 80 if cue_start - 80 > s0 else s0
    left = body[lo:cue_start]
    if not left or not left[-1].isspace():
        return None
    text = left.rstrip()
    parts = text.rsplit(None, 10)
    trimmed = len(parts) == 11
    if trimmed:
        del parts[0]  # only the last ten words can hold a simple subject and its clause edge
    head = cue.split(" ", 1)[0].lower()
    participle = bool(head) and (head.endswith(_PARTICIPLE_ENDINGS) or head in _IRREGULAR_PARTICIPLES)
    pos = len(text)
    timed = False
    while parts:  # auxiliaries, adverbs and times between the subject and the cue
        w = parts[-1]
        lw = w.lower().replace("’", "'")
        if participle and lw in _BE_FORMS:
            return None  # a passive: the reader looks for the agent
        if (
            lw == "today"
            and w[0].isupper()
            and len(parts) > 1
            and parts[-2][:1].isupper()
            and parts[-2].lower() not in TIME_WORDS
        ):
            return None  # "Tarrow Today reported", "METRO TODAY said": maybe a name's end, the reader's job
        if lw in TIME_WORDS:
            timed = True
            pos = text.rfind(w, 0, pos)
            parts.pop()
            while parts and parts[-1].lower() in _TIME_PREPOSITIONS:
                pos = text.rfind(parts[-1], 0, pos)
                parts.pop()
            continue
        if lw in CUE_ADVERBS or (w[0].islower() and _adverb(lw)):
            if w[0].isupper() and len(parts) > 1 and parts[-2][0].isupper() and parts[-2].lower() in FIRST_NAMES:
                return None  # "Colin Later said": a surname after a first name, the reader's job
            if lw.endswith("ly") and len(parts) > 1 and parts[-2].lower() in NP_DETERMINERS:
                break
            pos = text.rfind(w, 0, pos)
            parts.pop()
            continue
        if lw in _FLOATING_QUANTIFIERS and len(parts) > 1:
            b = -3 if parts[-2].lower() in _QUANTIFIER_AUXILIARIES and len(parts) > 2 else -2
            if _plural_before_quantifier(parts[b], parts[b].lower(), [p.lower() for p in parts[b - 3 : b]]) or (
                len(parts) > -b
                and _names_before_quantifier(parts[b], [p.lower() for p in parts[max(0, len(parts) + b - 10) : b]])
            ):
                for _ in range(-b - 1):
                    pos = text.rfind(parts[-1], 0, pos)
                    parts.pop()  # "The unions all said", "The unions have all said": the quantifier floated
                continue
            if lw == "both" and pos == len(text) and _correlative_both(parts[-2].lower()):
                pos = text.rfind(w, 0, pos)
                parts.pop()  # "he both defended and minimized": "both ... and" joins the verbs
                continue
        if (
            pos == len(text)
            and head
            and len(parts) > 1
            and _catenative_before(head, lw, parts[-2].lower())
            and parts[-2].lower() not in NP_DETERMINERS
        ):
            pos = text.rfind(w, 0, pos)
            parts.pop()  # "The council began talking": the verb before the cue's own form
            continue
        if lw == "to":
            return None
        break
    if not parts:
        return None
    if timed and parts[-1].lower() in DOCUMENT_WORDS:
        return None  # "A Herald poll last week found": the time is the document's, the reader's job
    if pos < len(text) and parts[-1].lower() in _DOC_PARTICIPLES:
        return None  # "figures published on Thursday show": the time is the participle's, the reader's job
    sub = text[:pos].rstrip()
    end = lo + len(sub)
    last = parts[-1]
    low = last.lower().replace("’", "'")
    if low in SUBJECT_PRONOUNS:
        if len(parts) > 1 and parts[-2].lower() == "of":
            return None  # "many of you"
        return end - len(last), end
    edge = -1
    for x in range(len(parts) - 1, -1, -1):
        w = parts[x]
        if w.lower() in _EDGE_WORDS:
            if w == "That" and x == 0 and lo == s0 and not trimmed:
                return None  # "That person said": maybe a demonstrative, the reader's job
            edge = x + 1
            break
        if (
            w[-1] in "”\""
            and len(w) > 1
            and w[-2] not in ",.!?;:"
            and x + 1 < len(parts)
            and parts[x + 1][0].islower()
        ):
            return None  # 'the "Night Desk" host said': a quoted title before the noun, the reader's job
        if w[-1] in ",;:" or w[-1] in _CLOSING or (w[-1] in "’'" and len(w) > 1 and w[-2] in ",.!?"):
            edge = x + 1
            break
        if w[0] in _EDGE_QUOTES:
            return None  # an opening quotation mark inside the subject
    if edge < 0:
        if lo != s0 or trimmed:
            return None
        edge = 0
    words = parts[edge:]
    if not words or len(words) > 6 or words[-1].lower() in NP_DETERMINERS:
        return None
    joined = " ".join(words)
    if not sub.endswith(joined):
        return None  # irregular spacing: leave it to the reader
    start = end - len(joined)
    seen_cap = False
    lower_before = False
    for x, w in enumerate(words):
        lw = w.lower().replace("’", "'")
        if not w or not w[0].isalnum() or _WORD_CHARS.fullmatch(w) is None:
            return None
        if w[-1] == ".":
            if lw not in _TITLE_ABBREVIATIONS and not (len(w) == 2 and w[0].isupper()):
                return None
            lw = lw[:-1]
        elif not w[-1].isalnum():
            return None
        if (lw in _SIMPLE_STOPS and not (x == 0 and lw in _SIMPLE_DETERMINERS)) or lw in _WHO_CONTRACTIONS:
            return None
        if lw in _VERB_FORMS and lw in _NOUN_FORMS and x == len(words) - 1 and words[0].lower() in _SIMPLE_DETERMINERS:
            continue  # "A new report shows"
        if lw in ATTACH_PREPOSITIONS or lw in _VERB_FORMS or _adverb(lw) or lw in ("and", "&", "or"):
            return None
        if x == 0 and lw in _SIMPLE_DETERMINERS:
            continue
        if lw in NP_DETERMINERS or lw in ADVERBIAL_WORDS:
            return None
        if w[0].isupper():
            if lower_before:
                return None  # "former neurosurgeon Ben Carson": titles are the reader's job
            seen_cap = True
        elif seen_cap and not _name_follower(lw):
            return None  # "Trump picked": not a simple subject
        elif _verbish(lw):
            return None
        else:
            lower_before = True
    return start, end


_CLOSING = frozenset('"”')
_TIME_PREPOSITIONS = frozenset("on in at last this next early late earlier past".split())
_SIMPLE_STOPS = NP_STOP_WORDS | RELATIVES | SUBJECT_PRONOUNS | CUE_ADVERBS | TIME_WORDS


def _end_of_word(text: str, n: int) -> int:
    """Offset in ``text`` just after its ``n``-th whitespace-separated word."""
    pos = 0
    size = len(text)
    for _ in range(n):
        while pos < size and text[pos].isspace():
            pos += 1
        while pos < size and not text[pos].isspace():
            pos += 1
    return pos
#: Words after which a new clause (and its subject) starts.
_EDGE_WORDS = frozenset("that because when while although though if but whereas where — – -".split())
_WORD_CHARS = re.compile(r"[\w'’.&-]+")


#: :func:`find_source` result meaning "the source of the previous cue of the sentence".
INHERIT = Phrase(-1, -1, -1, -1, "inherit")
#: :func:`find_source` result meaning "ask again with the whole sentence" (``complete`` False only).
NEED_RIGHT = Phrase(-2, -2, -2, -2, "need_right")


#: Speech verbs that put their subject after them ('"...," said Jane Roe', "..., added the minister").
INVERTING_FORMS = frozenset(
    """said says say added adds asked asks wrote writes noted notes explained explains argued argues
    recalled recalls insisted insists declared declares warned warns replied replies continued
    continues observed observes concluded concludes admitted admits acknowledged acknowledges remarked
    remarks quipped quips announced announces conceded concedes countered counters responded responds
    cautioned cautions complained complains joked jokes recounted recounts suggested suggests
    predicted predicts claimed claims tweeted tweets posted posts reported reports stated states
    explained adding""".split()
)


__all__ = [
    "INHERIT",
    "NEED_RIGHT",
    "TOKEN",
    "Phrase",
    "Tokens",
    "clause_subject",
    "find_source",
    "left_subject",
    "np_left",
    "np_right",
    "person_word",
    "possessor",
    "right_phrase",
    "simple_subject",
    "tokens",
]
