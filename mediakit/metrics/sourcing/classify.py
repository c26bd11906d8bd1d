"""Source classification: a source noun phrase to its class, kind and merge key.

Classes (``source_class``):

* ``named``: a person's name ("Jane Roe", "Mr. Smith", "council leader John
  Doe"), or a surname already seen in the article with a first name;
* ``organisation``: a named body that is not a person ("Thames Water", "The
  Daily Mail", "Acme Corp"), or an institution noun ("the council", "the
  company", "police");
* ``document``: a report, statement, study, poll, footage, data, a letter ...;
* ``role``: a described person with no name ("a spokesman", "one local
  resident", "the grieving father", "officials");
* ``unnamed``: explicitly anonymous ("a source close to", "a person familiar
  with", "a senior official", "who asked not to be named", "spoke on
  condition of anonymity");
* ``vague``: a vague group or a hedge ("some experts", "many analysts",
  "critics", "insiders"; "it is believed", "reportedly").

A phrase whose head is none of these (an object, an event, a quantity of
things: "The latest case in Russia", "dozens of houses", "No arrests") is
**not a source**: :func:`classify` returns None and the row keeps no source.
A country or city is a source (an organisation of kind official, standing
for its government) only for a speech or "according to" cue ("Russia
denied"), never for a belief or an intention ("Russia believed").

Kinds (``source_kind``), from role words in the phrase, its appositive and
its title, priority legal > official > expert > media > organisation >
citizen: official (minister, councillor, council or party leader, police,
spokesman, mayor ...), legal (lawyer, judge, prosecutor ...), expert
(professor, analyst, economist, scientist, meteorologist, forecaster, -ologist
...), media (reporter, newspaper, broadcaster, outlet names ...), organisation
(company, charity, union, utility, chief executive ...), citizen (resident,
witness, parent, voter, shopper ...), else unknown.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from mediakit.memo import Memo, memo
from mediakit.metrics.sourcing.cues import _WORD, Attribution
from mediakit.metrics.sourcing.lexicon import (
    AGENT_PARTICIPLES,
    ANONYMITY,
    ANONYMOUS_OFFICIAL,
    BODY_BEFORE_NAME,
    CITED_CUE_TYPES,
    COUNTRIES,
    DEMONYM_NOUNS,
    DOCUMENT_WORDS,
    FEMALE_NAMES,
    FEMALE_WORDS,
    FIRST_NAMES,
    GENERIC_SUBJECTS,
    INSTITUTIONS,
    KIND_PRIORITY,
    MALE_NAMES,
    MALE_WORDS,
    MEDIA_NAMES,
    MEDIA_PEOPLE,
    MONTHS,
    NAME_STOP,
    NP_DETERMINERS,
    OFFICIAL_ACRONYMS,
    ORG_SUFFIXES,
    PERSON_NOUNS,
    PLACE_PARTICIPLES,
    POLL_PARTICIPLES,
    QUANTIFIER_PRONOUNS,
    ROLE_WORDS,
    STATE_NAME_WORDS,
    STATE_NAMES,
    SUBJECT_PRONOUNS,
    TITLES,
    TRADE_PLURALS,
    VAGUE_GROUPS,
    VAGUE_QUANTIFIERS,
)
from mediakit.metrics.sourcing.spans import person_word

_NAME = re.compile(
    r"(?<![\w'’.-])(?:(?:[A-Z][\w'’-]*\.?|de|van|von|al|bin|la|le|del|da|na|der|den|du|di|dos|das|ibn)[ \t]+)*[A-Z][\w'’-]*\w"
)
#: :data:`_NAME` with possessive quantifiers where backtracking cannot succeed (same matches; see
#: :data:`_FULL_NAME_FAST`).
_NAME_FAST = re.compile(
    r"(?<![\w'’.-])(?:(?:[A-Z][\w'’-]*+\.?+|de|van|von|al|bin|la|le|del|da|na|der|den|du|di|dos|das|ibn)[ \t]++)*[A-Z][\w'’-]*\w"
)


def _fold_table() -> dict[int, str]:
    """Upper-case Latin letters with a diacritic ("Ó", "É", "Ł", "Ø"), each to its base letter (one character)."""
    out = {}
    for code in range(0xC0, 0x250):
        ch = chr(code)
        if not ch.isupper():
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        base = {"Ø": "O", "Ł": "L", "Đ": "D", "Ħ": "H", "Ŧ": "T"}.get(ch, base)
        if base.isascii() and base.isalpha():
            out[code] = base
    return out


#: :func:`ascii_capitals`' table, and a pattern of its capitals (found fast; most texts have none).
_CAPITAL_FOLD = _fold_table()
_FOLDED_CAPITAL = re.compile("[" + "".join(sorted(chr(c) for c in _CAPITAL_FOLD)) + "]")


def _base_letter(m: re.Match[str]) -> str:
    return _CAPITAL_FOLD[ord(m.group())]


def ascii_capitals(text: str) -> str:
    """``text`` with each capital that carries a diacritic read as its base letter, the same length.

    The name patterns look for ``[A-Z]``; an Irish, Polish or Nordic name ("Bríd Ó Conaill", "Łucja
    Ślęzak") is then found as "Bríd O Conaill" would be, and the match is read back from ``text``. A
    text with no such capital (curly quotation marks alone) is returned as it is, after one search.
    """
    if text.isascii() or _FOLDED_CAPITAL.search(text) is None:
        return text
    return _FOLDED_CAPITAL.sub(_base_letter, text)


_FULL_NAME = re.compile(r"[A-Z](?<![\w'’.-][A-Z])[\w'’-]*\.?(?:[ \t]+[A-Z][\w'’-]*\.?)*[ \t]+[A-Z][\w'’-]*\w")
#: :data:`_FULL_NAME` with possessive quantifiers where backtracking can never succeed (same
#: matches, less backtracking): inside a name token ``[\w'’-]*`` is only ever followed by ``.``,
#: a blank or ``[A-Z]`` after a blank, none of which it can give back; the last token keeps its
#: backtracking (it must end on ``\w``), and so does the repetition of tokens.
_FULL_NAME_FAST = re.compile(
    r"[A-Z](?<![\w'’.-][A-Z])[\w'’-]*+\.?+(?:[ \t]++[A-Z][\w'’-]*+\.?+)*[ \t]++[A-Z][\w'’-]*\w"
)
_CAP_TOKEN = re.compile(r"[A-Z][\w'’.&-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
_PARTICIPLE_SPLIT = re.compile(
    r"\s(?:" + "|".join(map(re.escape, sorted(AGENT_PARTICIPLES, key=lambda w: (-len(w), w)))) + r")\b"
)
#: A placing participle after the head ("archaeologists working on the site", "a man living in the flat").
_PLACED_SPLIT = re.compile(r"\s(?:" + "|".join(sorted(PLACE_PARTICIPLES)) + r")$")
#: An apposition opening with a possessive name before a lower-case role ("Acme's chief executive").
_POSSESSIVE_ROLE = re.compile(r"[\s,]*(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*(?:['’]s|s['’])\s+[a-z]")
_POSSESSIVE_IN = re.compile(r"^.*?[\w.)]['’]s?\s+(?=\S)")
_PREP_SPLIT = re.compile(r"\s(?:of|in|at|from|on|for|with|about|over|under|by|to|close|familiar|who|which)\s")
_NOT_NAME_TOKENS = ORG_SUFFIXES | COUNTRIES | MEDIA_NAMES | STATE_NAME_WORDS
#: One-word states that may be a person's first name before a surname ("Kenya Moore").
_STATE_FIRST_NAMES = frozenset(n for n in STATE_NAMES if " " not in n) - COUNTRIES - ORG_SUFFIXES - MEDIA_NAMES
#: The first two words of the states of several words ("Papua New", "Costa Rica").
_STATE_NAME_PAIRS = frozenset(" ".join(n.split()[:2]) for n in STATE_NAMES if " " in n)
#: Sport and job titles written with a capital before a name ("Substitute Kieran Doyle", "Midfielder
#: Ana Cruz"): role words, no part of the name (words that are seldom surnames).
_CAPITALISED_TITLES = frozenset(
    """substitute midfielder defender goalkeeper striker winger skipper debutant referee umpire
    batsman batter bowler pitcher quarterback linebacker coach jockey trainer caretaker champion titleholder
    apprentice intern trainee""".split()
)
#: A study's authors and hyphenated titles written with a capital before a name ("Co-author Liam Shore",
#: "Vice-chair Ada Kemp"): titles, never the first word of a body's name.
_COMPOUND_TITLES = frozenset(
    """author co-author co-founder co-chair co-host co-owner co-director co-leader co-captain co-presenter
    co-ordinator vice-chair vice-chairman vice-chairwoman vice-president vice-captain vice-principal""".split()
)
_PARTICLES = frozenset("de van von al bin la le del da di du st".split())
#: Nationality nouns written before a name ("Dutchman Piet Kok", "Spaniard Ana Ruiz"): a description, no part
#: of the name; those that are also first names ("Finn", "Scot", "Dane") are left out.
_DEMONYM_TITLES = DEMONYM_NOUNS - frozenset("finn scot dane pole kiwi".split())
#: Capitalised words that are titles, not names, before a person's name ("Speaker", "Chief").
_TITLE_WORDS = (
    frozenset(ROLE_WORDS)
    | PERSON_NOUNS
    | frozenset("speaker advocate chief head whip".split())
    | _CAPITALISED_TITLES
    | _COMPOUND_TITLES
    | _DEMONYM_TITLES
)
#: Words that make an official of a person noun next to them ("council leader", "party chairman").
_GOVERNMENT_WORDS = frozenset(
    """council party government parliament opposition ministry cabinet senate
    congress assembly borough municipal labour labor conservative tory tories city's state's
    council's government's county's town's ministry's party's department's
    democratic republican liberal green gop dnc rnc snp ukip reform""".split()
)
_TITLE_KINDS = {
    "sen": "official",
    "rep": "official",
    "gov": "official",
    "cllr": "official",
    "coun": "official",
    "councillor": "official",
    "mayor": "official",
    "president": "official",
    "minister": "official",
    "secretary": "official",
    "gen": "official",
    "col": "official",
    "capt": "official",
    "sgt": "official",
    "det": "official",
    "insp": "official",
    "supt": "official",
    "lt": "official",
    "maj": "official",
    "cpl": "official",
    "cmdr": "official",
    "adm": "official",
    "brig": "official",
    "judge": "legal",
    "justice": "legal",
    "dr": "expert",
    "prof": "expert",
    "professor": "expert",
}
#: Public emergency services: a service word ("fire chief") and, capitalised, an official body's ("Cal Fire").
_EMERGENCY_SERVICES = ("fire", "ambulance", "coastguard", "rescue")
#: Capitalised words that make a named organisation official ("The Met Office", "NASA" excepted).
_OFFICIAL_ORG_WORDS = frozenset(
    """Police Council Ministry Department Government Office Agency Commission Authority Bureau
    Administration Parliament Senate Congress Assembly Cabinet Executive Directorate Inspectorate
    Reserve Treasury Kremlin Pentagon Commons Lords Service Force Forces Army Navy""".split()
    + [w.capitalize() for w in _EMERGENCY_SERVICES]
)
_FEMALE_TITLES = frozenset("mrs ms miss lady dame".split())
_MALE_TITLES = frozenset("mr sir lord".split())
_PLURAL_PRONOUNS = frozenset("they we".split())
#: A possessive ("his proposal for") or an object pronoun ("according to him"): the subject pronoun it stands for.
_POSSESSIVE_OR_OBJECT_PRONOUNS = {
    "his": "he",
    "her": "she",
    "their": "they",
    "its": "it",
    "our": "we",
    "my": "i",
    "him": "he",
    "them": "they",
}


#: Every :data:`ANONYMITY` or :data:`ANONYMOUS_OFFICIAL` match contains one of these: a cheap pre-filter.
_UNNAMED_HINT = re.compile(
    "anonym|unnamed|unidentified|name|identif|authori|source|familiar|briefed|knowledge|close|official"
    "|aide|advis|staffer|diplomat|insider|operative|strategist",
    re.IGNORECASE,
)

_UNNAMED_HINT_LOW = re.compile(_UNNAMED_HINT.pattern)


def _unnamed(np: str) -> bool:
    """True when ``np`` reads as an explicitly anonymous source (see the module docstring)."""
    # ASCII text: the case-sensitive hint on the lower-cased phrase (the same matches, faster)
    if (_UNNAMED_HINT_LOW.search(np.lower()) if np.isascii() else _UNNAMED_HINT.search(np)) is None:
        return False
    return ANONYMITY.search(np) is not None or ANONYMOUS_OFFICIAL.match(np.strip()) is not None


def _names(np: str) -> tuple[str, ...]:
    """Person-like capitalised sequences (two tokens or more, or a title plus a name; memoised)."""
    found = _NAMES.table.get(np)
    return found if found is not None else _NAMES.get(np, _find_names)


def _find_names(np: str) -> tuple[str, ...]:
    """:func:`_names` without the memo."""
    if np.islower():  # no capital letter: no :data:`_NAME` match
        return ()
    out: list[str] = []
    for m in _NAME_FAST.finditer(ascii_capitals(np)):
        whole = np[m.start() : m.end()].split()
        if len(whole) < 2:
            continue  # one token: neither two names nor a title and a name
        if out and np[: m.start()].rstrip().endswith("("):
            continue  # "Ann Marsh (Lib Dem)": a bracket after a name holds a party or a place, no name
        for raw in _possessive_parts(whole):
            _add_name(raw, out)
    return tuple(out)


#: Nouns of a body or a place named after a saint, a royal or a founder ("Queen Elizabeth's Hospital",
#: "St John's Ambulance", "St Mary's Primary School"): a possessive right before one (or before one of
#: :data:`_NAMED_AFTER_DESCRIPTORS` and one) is part of the body's name.
_NAMED_AFTER_NOUNS = frozenset(
    """Hospital Ambulance College School Academy Church Cathedral Chapel Abbey Priory Infirmary Hospice
    Park Gardens Hall Square Bridge Road Street Lane Wood Cross Gate Hill Inn Arms""".split()
)
_NAMED_AFTER_DESCRIPTORS = frozenset(
    "Primary Secondary Grammar High Catholic Parish Memorial General Community Infant Junior Royal".split()
)


def _named_after(raw: list[str], i: int) -> bool:
    """Whether the possessive ``raw[i]`` opens a body's or a place's name ("St Mary's Primary School")."""
    nxt = raw[i + 1]
    if nxt in _NAMED_AFTER_NOUNS:
        return True
    return nxt in _NAMED_AFTER_DESCRIPTORS and i + 2 < len(raw) and raw[i + 2] in _NAMED_AFTER_NOUNS


def _possessive_parts(raw: list[str]) -> list[list[str]]:
    """The tokens of a capitalised run split after an inner possessive, which loses its ending.

    "Prime Minister Tomaz Kranjc's Social Democratic Alliance": the owner's name ("Prime Minister
    Tomaz Kranjc") and what is owned are two runs; a run's last possessive stays as it was. A
    possessive right before a place's or an institution's noun (:func:`_named_after`: "Queen Elizabeth's
    Hospital", "St John's Ambulance", "St Mary's Primary School") is inside a body's name, never an
    owner's: no split there.
    """
    parts = []
    x = 0
    for i, tok in enumerate(raw[:-1]):
        if tok.endswith(("'s", "’s")) and i > x and not _named_after(raw, i):
            parts.append([*raw[x:i], tok[:-2]])
            x = i + 1
    if not x:
        return [raw]
    parts.append(raw[x:])
    return parts


#: Last words of a public body's or a firm's name that are never surnames: a possessive on one ("Easthope
#: Police's", "Marlow Council's") is the body's, no person's ("Michael Jordan's", "Ann Court's" stay people).
_BODY_POSSESSIVE_ENDS = frozenset(
    """Police Constabulary Council Ministry Department Agency Committee Commission Authority University
    Institute Foundation Association Federation Union Trust Hospital Services Bureau Inc Corp Ltd LLC""".split()
)


#: Words that open a sentence as a time or a linking adverb, never as a first name ("Yesterday Hale said").
_SENTENCE_OPENERS = frozenset(
    """Yesterday Today Tonight Tomorrow Earlier Later Last Next Recently Currently Previously Initially
    Eventually Finally Ultimately Instead Overall Elsewhere Separately Additionally Moreover Furthermore Indeed
    Nevertheless Nonetheless Otherwise Likewise Similarly Consequently Therefore Thus Hence Here There Despite
    During Under Over Until With Without Unlike Like Among Between Following According Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday""".split()
)


def _sentence_opener(tok: str) -> bool:
    """Whether ``tok``, opening a sentence, is a time, a linking adverb or a gerund, not a first name.

    "Yesterday", "Meanwhile", a month or a weekday, and a word in "-ing" ("Developing Tarnwood for oil
    ...") that is no known first name.
    """
    if tok in _SENTENCE_OPENERS or tok in NAME_STOP:
        return True
    low = tok.lower()
    return (low in MONTHS or (len(tok) > 5 and tok.endswith("ing"))) and low not in FIRST_NAMES


def _add_name(raw: list[str], out: list[str]) -> None:
    """Append to ``out`` the person name read from one capitalised run ``raw`` (:func:`_find_names`), if any."""
    if len(raw) < 2:
        return
    if raw[-1].endswith(("'s", "’s")) and raw[-1][:-2] in _BODY_POSSESSIVE_ENDS:
        # "Easthope Police's serious collisions unit", "Marlow Council's report": a body's possessive is
        # read as the body's name is (no person), so its last word is no surname for a later "Police"
        raw = [*raw[:-1], raw[-1][:-2]]
    for i in range(len(raw) - 1):
        t = raw[i]
        if t.endswith(".") and len(t) > 2 and t.rstrip(".") not in TITLES:
            if len(raw) - i > 2 and t[:-1].isalpha() and t[-2].islower():
                # "... in Velsk. Tatyana Bets was at work": a sentence ends; a name may open the next one
                _add_name(raw[: i + 1], out)
                rest = raw[i + 1 :]
                if _sentence_opener(rest[0]):
                    rest = rest[1:]  # "... in Velsk. Yesterday Hale said", "Developing Tarnwood for oil"
                _add_name(rest, out)
                return
            raw = raw[: i + 1]
            break
    toks = [t.rstrip(".") for t in raw]
    while toks and toks[-1] in NAME_STOP:
        toks.pop()
    if len(toks) < 2:
        return  # as a one-token match
    # the person name is the run of name-like tokens at the end ("GOP Chairman Chuck Williams")
    k = len(toks)
    while k > 0:
        t = toks[k - 1]
        if t in _NOT_NAME_TOKENS and k == len(toks) and _titled_pair(toks) and t in ORG_SUFFIXES:
            k -= 1  # "Councillor Dawn Holdings": a title and a first name make the ending a surname
            continue
        if k > 1 and k < len(toks) and raw[k - 1] in ("A.", "I.") and toks[k - 2].lower() in FIRST_NAMES:
            k -= 1  # "James A. Baker": a middle initial after a first name, not the article or the pronoun
            continue
        if (
            k == len(toks)
            and k >= 2
            and t.lower() in _TITLE_WORDS
            and t[1:].islower()
            and t not in NAME_STOP
            and t not in TITLES
            and t not in _NOT_NAME_TOKENS
            and toks[k - 2][1:].islower()
            and toks[k - 2].lower() in FIRST_NAMES
        ):
            k -= 1  # "Ann Banks", "Ian Judge", "Roy Farmer": a role word right after a first name is a surname
            continue
        if t in NAME_STOP or t in TITLES or t in _NOT_NAME_TOKENS or t.lower() in _TITLE_WORDS:
            if (
                t in _STATE_FIRST_NAMES
                and k < len(toks)
                and toks[k] not in _NOT_NAME_TOKENS
                and f"{t} {toks[k]}" not in _STATE_NAME_PAIRS
            ):
                k -= 1  # "Kenya Moore", "Cuba Gooding": a state's name before a surname is a first name
                continue
            break
        if ("'" in t or "’" in t) and t.replace("’", "'").split("'", 1)[0] in _CONTRACTED_STOPS:
            break  # "It's December", "That's Life": a word with a contraction opens a clause, no name
        if k < len(toks) and t.endswith(("'s", "’s")):
            break  # "Estonia’s Pala hills", "Tarnia’s Ana Belvoir": the owner ends before the name
        if t.isupper() and len(t) > 1:
            break  # an acronym
        k -= 1
    run = toks[k:]
    if " ".join(run[-3:]) in STATE_NAMES or " ".join(run[-2:]) in STATE_NAMES:
        return  # "Costa Rica", "Papua New Guinea": a state of several words
    if not run or run[-1].lower() in _NUMBER_NAME_ENDINGS:
        return  # "Channel Four", "Network Six": a body's name ends in a number word, a person's does not
    titled = k > 0 and (toks[k - 1] in TITLES or toks[k - 1].lower() in _TITLE_WORDS)
    for x, tok in enumerate(run[:-1]):
        if tok.lower() in FIRST_NAMES:
            if x:
                run = run[x:]  # "Mother-of-two Sarah Jenkins" -> "Sarah Jenkins"
                k += x
            break
    else:
        # a title keeps "Councillor Dawn Mills" a person; a person noun that is no title ("Child Safety
        # Trust", "Family Rescue Network") is the first word of a body's name
        titled = titled and (toks[k - 1] in TITLES or toks[k - 1].lower() not in _NO_TITLE_PERSON_NOUNS)
        if not (titled and len(run) == 2) and (
            _org_like(run[-1])
            or run[-1] in _THING_NAME_ENDINGS
            or any("-" in tok and tok[1:].islower() for tok in run[:-1])
        ):
            return  # "Acme Robotics", "Extinction Rebellion"; a title keeps "Councillor Dawn Mills"
    titled = k > 0 and (toks[k - 1] in TITLES or toks[k - 1].lower() in _TITLE_WORDS)
    if len(run) > 3:
        titled = True
        run = run[-3:] if len(run[-2]) == 1 or run[-2].lower() in _PARTICLES else run[-2:]
    if len(run) >= 2 or titled:
        if any(len(x) == 1 for x in run):
            # an initial keeps its full stop as written ("R. Venkatesh", "Dennis B. Ross")
            dotted = {x[0] for x in raw if len(x) == 2 and x[1] == "."}
            run = [x + "." if len(x) == 1 and x in dotted else x for x in run]
        out.append(" ".join(run))


#: Trades before "house" that make it a business ("auction house", "publishing house", "fashion house").
_TRADE_HOUSE_MODIFIERS = frozenset(
    """auction auctioneering publishing fashion design trading clearing brokerage investment finance
    banking accounting software record recording production couture""".split()
)


#: Person nouns that are no title before a name: before a capitalised pair ending like a body's name they
#: open the body's name ("Child Safety Trust", "Patients Association", "Family Rescue Network").
_NO_TITLE_PERSON_NOUNS = frozenset(
    """child children kids boy boys girl girls family families patient patients parent parents people youth
    women men veterans victims students pupils""".split()
)

#: "host" after a possessive pronoun: the host of a visit, not of a programme (no media kind).
_VISIT_HOSTS = frozenset("host hosts".split())
_HOST_POSSESSIVES = frozenset("our my their his her your".split())


#: Verbs of a document's contact clause ("the letters Hale wrote", "the logbooks Tulloch quotes").
_CONTACT_VERBS = frozenset("wrote writes quotes quoted cites cited kept keeps sent sends signed compiled".split())


#: Nouns of a business or a body given a name by "called" / "named" ("A shop called Sweet Dreams").
_NAMED_BODY_NOUNS = frozenset(
    """shop firm company business charity group band club cafe restaurant pub bakery store chain brand label
    team hotel bar agency organisation organization society trust startup outfit""".split()
)
#: A body noun and "called" / "named" right before a name (searched in the 30 characters before it).
_BODY_CALLED = re.compile(r"(?<![\w'’-])([a-z]+)[ \t]+(?:called|named)[ \t]+$")


def body_called(body: str, start: int) -> bool:
    """Whether the name at ``start`` is given to a body by "called" / "named" ("A shop called Sweet Dreams said").

    The name is the body's, no person's: an organisation ("A woman called Ann Vale" stays a person).
    """
    if not body[max(0, start - 8) : start].rstrip().endswith(("called", "named")):
        return False
    m = _BODY_CALLED.search(body, max(0, start - 30), start)
    return m is not None and m.group(1) in _NAMED_BODY_NOUNS


def _document_then_caps(core: str) -> bool:
    """Whether a lower-case document noun comes right before the first capitalised word after the first.

    "the logbooks Tulloch quotes", "the letters Hale wrote": a document with a contact clause.
    """
    words = core.split()
    for x in range(1, len(words)):
        if words[x][:1].isupper():
            return words[x - 1] in DOCUMENT_WORDS
    return False


#: An age between commas opening a name's context (", 64, a farmer").
_AGE_LEAD = re.compile(r"\d{1,3},\s+(?=[a-zA-Z])")

#: Capitalised words whose contraction ("It's", "There's") opens a clause; never the start of a name.
_CONTRACTED_STOPS = NAME_STOP | frozenset("There Here What Who Where That Let Don Can Didn Won Isn".split())

#: Number words that end a body's name, never a person's ("Channel Four", "Network Six").
_NUMBER_NAME_ENDINGS = frozenset("one two three four five six seven eight nine ten".split())


def _titled_pair(toks: list[str]) -> bool:
    """A person title, then exactly a first name and a surname ("Councillor Dawn Mills", "Dr Ann Works").

    A noun for a party that may be a body ("Developer Oakridge Homes", :data:`_BODY_OR_PERSON`) is no
    person title here, nor is a body's noun ("Government", "Council": "The Local Government Data Unit");
    and a document's or a body's noun is no first name ("Data", "Records": "The Local Data Unit").
    """
    return (
        len(toks) >= 3
        and (toks[-3] in TITLES or toks[-3].lower() in _TITLE_WORDS)
        and toks[-3].lower() not in _BODY_OR_PERSON
        and toks[-3].lower() not in INSTITUTIONS
        and toks[-2][:1].isupper()
        and toks[-2][1:].islower()
        and toks[-2] not in NAME_STOP
        and toks[-2].lower() not in DOCUMENT_WORDS
        and toks[-2].lower() not in INSTITUTIONS
    )


#: :func:`_find_names` by phrase (memoised).
_NAMES: Memo[str, tuple[str, ...]] = memo("person names in a phrase")


#: Last words of the name of a place, a building, an event, a prize, a law or a war, never of a person's
#: surname ("Tarnby Prison", "Kessel Island", "the Halvard Prize", "the Due Process Clause", "Korsa War").
_THING_NAME_ENDINGS = frozenset(
    """Prison Jail Island Islands Prize Prizes Award Awards Clause Amendment Treaty Accord Festival Airport
    Stadium Arena Cathedral Mountains Peninsula Strait Ocean Canal Desert Glacier Cup Championships
    Olympics Games Summit Act War Wars Orthodox Basin Reservoir Motorway Highway Expressway""".split()
)
#: Last words that make a capitalised pair an organisation, not a person ("Acme Robotics").
_ORG_ENDINGS = ("ics", "tion", "sion", "ity", "ism", "ness", "ment", "ship", "ings", "ware", "works", "wide")
_ORG_WORDS = frozenset(
    """Concern Action Relief Rebellion Appeal Together Rescue Aid Watch Link Pay Care Line Direct Energy
    Water Rail Mail Express Group Partners Capital Ventures Labs Digital Online Global International
    National Alliance Coalition Campaign Network Forum Trust Fund Project Initiative Centre Center
    Terminals Holdings Industries Services Systems Solutions Resources Technologies Airways Airlines
    Motors Foods Logistics Ports Homes Stores Brands Pharmaceuticals Telecom Insurance Bank Foundation
    Association Federation Union Council Club Chemicals Polymers Plastics Metals Materials Minerals
    Products Fuels Farms Builders Estates Properties Developments Engineering Construction Mining
    Electronics Devices Instruments Networks Communications Packaging Textiles Mills Hotels Resorts
    Leisure Studios Freight Haulage Shipping Aviation Pharma Biotech Therapeutics Consortium
    Confederation Schools Academies Colleges Hospitals Clinics Libraries Laboratories Records Recordings
    Pictures Films Publishing Infrastructure Utilities Transport Healthcare Recycling Observatory
    Observatories Laboratory Institute Museum Zoo Aquarium Sanctuary Unit Units Palace Police Constabulary
    Standards""".split()
)


def _org_like(token: str) -> bool:
    """A capitalised word that ends organisation names rather than surnames."""
    t = token.rstrip(".")
    return t in _ORG_WORDS or t in TRADE_PLURALS or (len(t) > 5 and t.lower().endswith(_ORG_ENDINGS))


def _surname(name: str) -> str:
    """The lower-cased last word of ``name`` without a possessive ending (``_POSSESSIVE``)."""
    last = name.split()[-1]
    if last.endswith(("'s", "’s")):
        last = last[:-2]
    elif last.endswith(("'", "’")):
        last = last[:-1]
    return last.lower()


#: Nouns after "radio" that make it a broadcaster's word ("a radio presenter", "the local radio station").
_RADIO_HEADS = frozenset(
    """host hosts presenter presenters station stations journalist journalists reporter reporters
    commentator commentators""".split()
)
#: Words before "radio" that put it inside a clause or a prepositional phrase of the source, not its head
#: ("Residents, who listened to the radio", "a farmer who heard the news on the radio").
_RADIO_NOT_HEAD = frozenset("who whom whose which that to on from of in with by for".split())


def _radio_media(words: list[str], i: int) -> bool:
    """Whether "radio" at ``words[i]`` makes the phrase media: before a media noun, or the phrase's own head.

    "a radio presenter", "the local radio station", "Radio Tamsworth said" are media; the radio a person
    listened to ("Residents, who listened to the radio all night") is not.
    """
    if i + 1 < len(words) and words[i + 1] in _RADIO_HEADS:
        return True
    return _RADIO_NOT_HEAD.isdisjoint(words[:i])


def kind_of(words: list[str], text: str = "") -> str:
    """The source kind of a phrase from its (lower-cased) words (see the module docstring).

    ``text``, the phrase as written, tells a body's proper name ("the European Union") from a body noun
    ("the union") for :func:`_of_body`; without it an officer "of" a body noun is an official.
    """
    if not _PLACE_PREPOSITIONS.isdisjoint(words):
        for i, w in enumerate(words[1:], 1):
            if w in _PLACE_PREPOSITIONS and words[i - 1] in _PLACED_CITIZENS:
                # "protesters outside the court": the place says where, not who (a role noun keeps its
                # employer's kind: "a spokesman at the court", "officials at the ministry")
                words = words[:i]
                break
    for w in words:
        if "-" in w:
            words = [p for w in words for p in w.split("-")]  # "mother-of-two"
            break
    if _FORMER_WORDS.isdisjoint(words):
        former: frozenset[str] | set[str] = frozenset()
    else:
        former = {words[i + 1] for i, w in enumerate(words[:-1]) if w in _FORMER_WORDS}
    roles = ROLE_WORDS
    found = {
        roles[w]
        for i, w in enumerate(words)
        if w in roles
        and w not in former
        and (w != "radio" or _radio_media(words, i))
        # "Our host, Ann Lee": the host of a visit after a possessive pronoun, no broadcaster
        and not (w in _VISIT_HOSTS and i > 0 and words[i - 1] in _HOST_POSSESSIVES)
        # a non-government modifier of a group noun takes no kind of its own ("campaign group")
        and not (i + 1 < len(words) and words[i + 1] in _GROUP_HEADS and w not in _GOVERNMENT_WORDS)
    }
    if not found and former:
        found = {roles[w] for w in former if w in roles}
    if "author" in words or "authors" in words:
        for i, w in enumerate(words[1:], 1):
            if w in ("author", "authors") and words[i - 1] in _STUDY_AUTHOR_MODIFIERS:
                found.add("expert")  # "the study's lead author", "a co-author": a researcher
                break
    if not found:
        # "the county prosecutor's office": a possessive role word names the body's kind
        found = {roles[w[:-2]] for w in words if w.endswith("'s") and w[:-2] in roles}
    if (
        "legal" not in found
        and "expert" not in found
        and not _GOVERNMENT_WORDS.isdisjoint(words)
        and any(person_word(w) or w in ("leader", "chair", "chief", "head", "member") for w in words)
    ):
        found.add("official")  # "council leader", "party chairman", "opposition spokesman"
    if "official" in found and _GOVERNMENT_WORDS.isdisjoint(words):
        body = its = False
        for i, w in enumerate(words):
            if (
                (body and roles.get(w) == "official")
                or (text and roles.get(w) == "official" and _of_body(words, i, text))
                or (its and w in _BODY_OFFICERS)
                or (w in ("officer", "officers") and i and words[i - 1] in _CORPORATE_FUNCTIONS)
            ):
                # "federation secretary", "union president", "the company's chief financial officer";
                # "Its national officer": "its" stands for a body, not a government
                found.discard("official")
                found.add("organisation")
                break
            body = body or w in _BODY_MODIFIERS or (w.endswith("'s") and w[:-2] in _BODY_MODIFIERS)
            its = its or w == "its"
    if not found and not _ORGANISERS.isdisjoint(words):
        for w in words:
            if w in _ORGANISERS:
                break
            if w == "its" or w.endswith(("'s", "\u2019s")):
                # "Aslef's regional organiser": a body's organiser ("the party's organiser" official)
                found.add("organisation" if _GOVERNMENT_WORDS.isdisjoint(words) else "official")
                break
    if "official" not in found and not _SERVICE_WORDS.isdisjoint(words):
        for i, w in enumerate(words[:-1]):
            if w in _SERVICE_WORDS and words[i + 1] in _SERVICE_TITLES:
                found.add("official")  # "Fire Chief Robert Allen", "an ambulance service manager"
                break
    if not found and not _INVESTIGATORS.isdisjoint(words):
        for i, w in enumerate(words):
            if w in _INVESTIGATORS:
                if not _PUBLIC_INVESTIGATION_WORDS.isdisjoint(words[max(0, i - 3) : i]):
                    found.add("official")  # "federal investigators", "an NTSB investigator" (not "a private one")
                break
    if not found and ("head" in words or "chief" in words):
        for i, w in enumerate(words):
            if w in ("head", "chief"):
                break
            if w.endswith("'s"):
                if _body_possessor(words, i):
                    found.add("organisation")  # "Voltra's head of quality": a body's head (government words above)
                break
    if "expert" not in found:
        for w in words:
            if len(w) > 6 and w.endswith(("ologist", "ologists")):
                found.add("expert")  # "seismologist", "epidemiologists"
                break
    if not found:
        return "unknown"
    for kind in KIND_PRIORITY:
        if kind in found:
            return kind
    return "unknown"


_FORMER_WORDS = frozenset(("former", "ex", "retired"))
#: Prepositions of place after a person noun ("residents near the station").
_PLACE_PREPOSITIONS = frozenset("in outside near at on inside around".split())
#: Plain citizens in groups (and one of them), whose kind comes from the noun, never from a place after it.
_PLACED_CITIZENS = frozenset(
    """protester protesters protestor protestors demonstrator demonstrators resident residents shopper
    shoppers neighbour neighbours neighbor neighbors commuter commuters onlooker onlookers bystander
    bystanders witness witnesses passer-by passers-by passerby fan fans parent parents locals
    villagers""".split()
)
_INVESTIGATORS = frozenset(("investigator", "investigators"))
#: Modifiers that make an investigator a public one, an official (singular and plural alike): a government
#: level, a public service, an accident body, a government agency's initials ("who" and "ice" are words).
_PUBLIC_INVESTIGATION_WORDS = frozenset(
    """federal state government police council county city military army navy fire accident crash safety
    air rail marine collision un""".split()
) | frozenset(a.lower() for a in OFFICIAL_ACRONYMS if a not in ("WHO", "ICE"))
#: Group nouns whose modifier only says what the group does ("campaign group", "consumer organisation").
_GROUP_HEADS = frozenset(
    "group groups organisation organisations organization organizations coalition alliance network movement".split()
)
#: Officers of a body named only by "its" ("Its national officer, Gareth Price"): organisation.
#: Words before "author(s)" that make the author a study's, a researcher ("lead author", "co-author").
_STUDY_AUTHOR_MODIFIERS = frozenset("lead senior principal co first corresponding study's report's".split())
_BODY_OFFICERS = frozenset("officer officers secretary organiser organizer".split())
#: A company's functions before "officer" ("chief executive officer", "chief financial officer"): a
#: company's officer, organisation, with no government word ("chief medical officer" stays official).
_CORPORATE_FUNCTIONS = frozenset(
    "executive operating financial technology marketing investment information commercial product revenue".split()
)
#: Organisers: of a body named by a possessive, organisation ("Aslef's regional organiser").
_ORGANISERS = frozenset("organiser organizer organisers organizers".split())
def _of_body(words: list[str], i: int, text: str) -> bool:
    """Whether the role word ``words[i]`` is followed by "of", "the" or a possessive, and a body noun.

    "president of the union's local", "secretary of the Rotary club": an officer of a non-government
    body (the caller has checked that no government word is in the phrase). The body noun is written in
    lower case in ``text``: "president of the European Union", "mayor of Union City" name public bodies
    and places, and a trust ("an official of the health trust") is mostly a public service's.
    """
    if i + 2 >= len(words) or words[i + 1] != "of":
        return False
    det = words[i + 2]
    if det != "the" and not det.endswith(("'s", "\u2019s")):
        return False
    for w in words[i + 2 : i + 5]:
        stem = w[:-2] if w.endswith(("'s", "\u2019s")) else w
        if stem in _BODY_MODIFIERS and stem != "trust":
            return _BODY_NAME_RES[stem].search(text) is None
    return False


def _body_word(stem: str) -> bool:
    """Whether the lower-cased word names a body: a body noun ("firm") or an organisation name's end ("bank")."""
    return stem in _BODY_MODIFIERS or stem in INSTITUTIONS or stem in _ORG_NOUN_HEADS or _org_like(stem.capitalize())


def _body_possessor(words: list[str], i: int) -> bool:
    """Whether the possessive ``words[i]`` ("acme's", "the company's") names a body, not a person.

    A body noun ("the firm's"), a word that ends organisation names ("Tarrow Bank's"), or a lone name
    after nothing or a determiner ("Acme's"); not a person noun ("the president's"), nor the last word
    of a longer name or a titled one ("Donald Roe's", "Mr. Okafor's": a person's chief of staff).
    """
    stem = words[i][:-2]
    if _body_word(stem):
        return True
    if person_word(stem) or stem in ROLE_WORDS:
        return False
    return i == 0 or words[i - 1] in NP_DETERMINERS


#: Public emergency services: a chief, officer or manager of one is an official ("fire chief").
_SERVICE_WORDS = frozenset((*_EMERGENCY_SERVICES, *"prison probation border battalion".split()))
_SERVICE_TITLES = frozenset(
    """chief chiefs officer officers commander commanders commissioner service services brigade
    manager managers head boss crew crews station spokesman spokeswoman spokesperson""".split()
)
#: Non-government bodies whose officers ("union president", "club secretary") are not officials.
_BODY_MODIFIERS = frozenset(
    "union unions federation association club company firm charity league society trust".split()
)
#: Each body noun written as a proper name's word ("the European Union"), precompiled for :func:`_of_body`.
_BODY_NAME_RES = {w: re.compile(r"\b" + w.capitalize() + r"\b") for w in _BODY_MODIFIERS}


def kind_of_kinds(kinds: list[str]) -> str:
    """The highest-priority kind of several."""
    for kind in KIND_PRIORITY:
        if kind in kinds:
            return kind
    return "unknown"


_POSSESSIVE_GENDERED = frozenset(("his", "her"))


def gender_of(words: list[str]) -> str:
    """Return "m", "f" or "" from titles, gendered nouns and common first names (lower-cased words).

    A possessive "his" / "her" before another word is the possessor's gender, not the person's ("his
    wife, Tia Brooks": a woman; "Her husband, Pete": a man).
    """
    male = female = False
    last = len(words) - 1
    for i, w in enumerate(words):
        if i < last and w in _POSSESSIVE_GENDERED:
            continue
        if w in MALE_WORDS or w in _MALE_TITLES:
            male = True
        elif w in FEMALE_WORDS or w in _FEMALE_TITLES:
            female = True
    if male != female:
        return "m" if male else "f"
    return ""


def _name_gender(name: str, words: list[str]) -> str:
    g = gender_of(words)
    if g:
        return g
    first = name.split()[0].lower() if name else ""
    if first in MALE_NAMES:
        return "m"
    if first in FEMALE_NAMES:
        return "f"
    return ""


#: :func:`_classify_static` by ``(core, context)`` (memoised).
_CLASSIFY_MEMO: Memo[tuple[str, str], tuple[Any, ...]] = memo("source noun phrase plan")


class Classified:
    """The classification of one source phrase (see :func:`classify`).

    Attributes:
        source_class: named, organisation, document, role, unnamed, vague.
        source_kind: official, legal, expert, media, organisation, citizen, unknown.
        key: Merge key (surname for people, the name or phrase otherwise).
        gender: "m", "f" or "" (for pronoun resolution).
        display: The name an entity is shown by ("Jane Roe" for "Ms. Roe").
        pronoun: The pronoun ("he", "she", "they", "it", "i", "we", "you") when the phrase is one.
        plural: True for groups ("officials", "residents", "they").
    """

    __slots__ = ("display", "gender", "key", "plural", "pronoun", "source_class", "source_kind")

    def __init__(
        self,
        source_class: str,
        source_kind: str,
        key: str,
        gender: str = "",
        display: str = "",
        pronoun: str = "",
        plural: bool = False,
    ) -> None:
        self.source_class = source_class
        self.source_kind = source_kind
        self.key = key
        self.gender = gender
        self.display = display
        self.pronoun = pronoun
        self.plural = plural


def classify(core: str, context: str, cue_type: str, persons: dict[str, str]) -> Classified | None:
    """Classify a source phrase, or None when it is not a source.

    Everything that does not depend on ``persons`` (the article's named people
    by surname, with their kinds) or on the cue type is computed once per
    distinct ``(core, context)`` by :func:`_classify_static` and memoised.

    Args:
        core: The noun phrase ("Jane Roe", "the spokeswoman", "he").
        context: Its appositive or the name in apposition (", a lawyer", ", David Kendall"), or "".
        cue_type: The cue's type (speech, belief, ...): countries are sources of speech only.
        persons: The article's person surnames and kinds, updated with named sources.

    Returns:
        The classification, or None.
    """
    key = (core, context)
    plan = _CLASSIFY_MEMO.table.get(key) or _CLASSIFY_MEMO.get(key, _classify_static_pair)
    tag = plan[0]
    if tag == "none":
        return None
    if tag == "named":
        _, key, kind, gender, display = plan
        if persons.get(key, "unknown") == "unknown":
            persons[key] = kind
        elif kind == "unknown":
            kind = persons[key]
        return Classified("named", kind, key, gender, display)
    if tag == "caps":  # capitalised tokens, one of which may be a known surname of the article
        for key in plan[1]:
            if key in persons and not (plan[4] and _the_plural_name(core)):
                if core.rstrip()[-1:].islower() and _document_then_caps(core):
                    # "the logbooks Tulloch quotes": a document with a contact clause; the surname inside it
                    # is the clause's subject, not the phrase's head
                    if plan[3] is None:
                        return Classified("document", "unknown", core.lower(), "", core)
                    break
                return Classified("named", persons[key], key, "", plan[2])
        result = plan[3]
        if result is None:
            return None
        if result[0] == "country" and cue_type not in ("speech", "according_to"):
            return None  # "Russia believed": a country holds no belief of its own in a source table
        if cue_type == "evidence" and core.lower() in _THING_QUANTIFIERS:
            return None  # "though none had shown any lead": the samples or the tests, no one's evidence
        cls = "organisation" if result[0] == "country" else result[0]
        kind = result[1]
        if kind == "organisation" and cls == "role" and "'s " in core:
            owner = core.split("'s ", 1)[0].rsplit(None, 1)[-1].lower()
            if owner in persons and not _body_word(owner):
                kind = "unknown"  # "Trump's chief of staff" after "Donald Trump said": a person's, no body's
        return Classified(cls, kind, result[2], "", result[3], "", cls != "organisation" and plan[4])
    return plan[1]  # type: ignore[no-any-return]


#: Bare quantifier pronouns that, before an evidence verb ("show", "reveal", "indicate"), stand for the
#: things examined ("none had shown any lead", "neither revealed a fault"), no source.
_THING_QUANTIFIERS = frozenset("none neither either each any".split())

#: Plural person nouns without "-s" and collective nouns for a group of people, which take "they"
#: ("three people ... They said", "the victim's family said ... They urged"); a body's people named as one
#: group ("staff had been told ... she said") are never a "he" or a "she" either.
_PLURAL_PEOPLE = frozenset(
    "people men women children folk family families couple crew household staff personnel workforce".split()
)


def _the_plural_name(core: str) -> bool:
    """Whether ``core`` is "the" and one capitalised plural ("the Kestrels"): a team or a group, no person.

    A person's surname takes no article, though an earlier "Kelso Kestrels" looked like a person's name.
    """
    parts = core.split()
    return len(parts) == 2 and parts[0] in ("the", "The") and parts[1][:1].isupper() and _plural(parts[1].lower())


def _plural(last: str) -> bool:
    """Whether a phrase ending in the (lower-case) word ``last`` stands for several people ("they").

    A share or a count of people ("71%", "About 40 percent", "300") is a group too: never a "he" or a "she".
    """
    return (
        (last.endswith("s") and not last.endswith(("ss", "'s")))
        or last in _PLURAL_PEOPLE
        or last.endswith("%")
        or last[:1].isdigit()
        or last in ("percent", "cent")
    )


def _classify_static_pair(key: tuple[str, str]) -> tuple[Any, ...]:
    return _classify_static(*key)


#: Group nouns of a vague source: :data:`VAGUE_GROUPS` and the commentators who stand for an opinion
#: rather than for anyone in particular ("Skeptics insist", "Opponents of the scheme argue").
_VAGUE_HEADS = VAGUE_GROUPS | frozenset(
    """skeptics sceptics opponents detractors doubters naysayers cynics supporters proponents backers
    advocates""".split()
)
#: Collective nouns for the people of a workplace, plural with no "-s" ("Some staff fear", "many personnel
#: say"): after a vague quantifier a vague group, as "some nurses" is.
_COLLECTIVE_PEOPLE = frozenset("staff personnel workforce crew crews".split())
#: Bare hearsay nouns with no one behind them ("Reports say", "according to rumours", "according to
#: legend"): vague, as "reportedly" and "some reports" are; with a modifier or a determiner ("Police
#: reports", "the reports") they stay documents.
_VAGUE_HEARSAY = frozenset("reports accounts rumours rumors legend legends folklore lore myth".split())
#: Bare friend nouns that stand for nobody in particular ("Pals say", "friends of the couple claim"):
#: vague only alone or before "of" (not "her friends", a described group).
_VAGUE_FRIENDS = frozenset("pals friends mates chums".split())
#: Nouns for a party that is a person or a body ("the owner", "the operator"): with a capitalised
#: apposition that is no person's name, the body ("The plant's owner, Delta Polymers").
#: The writer opening a contact clause after a noun ("A landlord I met", "the owners we spoke to"): no body's name.
_WRITER_OPENINGS = frozenset("I We I've We've I’ve We’ve I'd We'd I’d We’d".split())
_BODY_OR_PERSON = frozenset(
    """owner owners operator landlord developer buyer seller employer supplier contractor maker
    builder bidder partner sponsor organiser organizer promoter tenant""".split()
)
_ORG_NOUN_HEADS = frozenset(
    """company firm group board charity union utility regulator body operator federation
    association club retailer airline insurer provider manufacturer label publisher studio management""".split()
)
_PART_WORDS = (
    frozenset(
        """one hundreds dozens thousands millions quarter third half majority minority share fraction
    percent % number handful lot bunch plenty rest""".split()
    )
    | QUANTIFIER_PRONOUNS
)


#: A lower-case noun and a preposition: the start of a post-modifier ("report by", "spokesman for").
_COMMON_HEAD_PREP = re.compile(r"(?<![\w'’-])[a-z][\w-]*\s(?:of|in|at|from|on|for|with|about|over|under|by|to)\s")


def _body_noun_before(head: str, name: str) -> bool:
    """Whether the word right before ``name`` in ``head`` is a lower-case body noun (:data:`BODY_BEFORE_NAME`).

    A name shaped like a person's (a known first name of :data:`FIRST_NAMES`, then a
    capitalised surname: "Energy supplier Mark Dunn") is never the body's: the noun is the person's job.
    """
    at = head.rfind(name)
    if at < 0:
        return False
    parts = name.split()
    if len(parts) > 1 and parts[1][:1].isupper() and parts[0].lower() in FIRST_NAMES:
        return False
    if at == 0:
        # the phrase's first word, capitalised and read into the name, is a body noun ("Chain Loafley
        # said", "Brand Kestrel said": as "Charity Homewarden said")
        return len(parts) > 1 and parts[0].lower() in BODY_BEFORE_NAME
    before = head[:at].rstrip().split(" ")
    # "carrier Southern Cross Air": up to two capitalised words the name left out, no role or title
    # ("union President Ann Lee" keeps the person), are the body's name too
    # the phrase's first word counts in lower case: capitalised as the sentence's first word ("Charity
    # Shelterline said", "Consultancy Hale Brothers said")
    before[0] = before[0].lower()
    k = len(before) - 1
    while (
        k > 0
        and len(before) - k <= 2
        and before[k][:1].isupper()
        and (
            _plain_capitalised(before[k])
            or before[k].lower() in _ORG_NOUN_HEADS
            or _outlet_word(before[k])  # "the band Paper Lanterns", "the charity Post Haste": a name's word
        )
    ):
        # a capitalised body noun after the body noun is the name's ("Rail firm Union Pacific"), no title
        if before[k - 1] in BODY_BEFORE_NAME:
            return True
        k -= 1
    return before[-1] in BODY_BEFORE_NAME


def _before_body_name(head: str) -> list[str]:
    """The lower-cased words of ``head`` up to its last body noun before a capitalised word, else [].

    "The band Paper Lanterns": "the band", the description whose words give the body's kind.
    """
    toks = head.split()
    for i in range(len(toks) - 2, -1, -1):
        if toks[i].lower() in BODY_BEFORE_NAME and toks[i + 1][:1].isupper():
            return _lower_words(" ".join(toks[: i + 1]))
    return []


def _outlet_word(word: str) -> bool:
    """Whether a capitalised ``word`` is a news outlet's noun ("Paper", "Post", "Times"), no title or journalist.

    After a body noun it is the first word of the body's name ("the band Paper Lanterns"), no newspaper.
    """
    low = word.lower()
    return word not in TITLES and ROLE_WORDS.get(low) == "media" and low not in MEDIA_PEOPLE


def _plain_capitalised(word: str) -> bool:
    """Whether a capitalised ``word`` is no title, role or person noun ("Southern", not "President")."""
    low = word.lower()
    return word not in TITLES and low not in ROLE_WORDS and not person_word(low)


#: Nouns of a crowd that count its members after "a" ("a host of experts", "a slew of", "a chorus of"),
#: a person of their own after "the" ("the host of the show"). Not the nouns that count things as
#: well as people ("a series of tweets", "a string of", "a flurry of"): their object is no source.
_A_COUNT_NOUNS = frozenset("host slew chorus".split())


def _a_host(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a count noun after "a" / "an" ("a host of experts": the experts are the head)."""
    return i > 0 and words[i - 1].lower() in ("a", "an") and words[i].lower() in _A_COUNT_NOUNS


def _head_part(np: str) -> str:
    """The phrase without a possessor ("Clinton's top aide" -> "top aide") and its post-modifiers."""
    m = _POSSESSIVE_IN.match(np)
    if m and not _name_possessive_after_head(np, m.end()) and _COMMON_HEAD_PREP.search(np, 0, m.end()) is None:
        # a possessive after a common noun and a preposition is the post-modifier's ("a report by the
        # city's team"), not the phrase's possessor (a name's own "for" stays: "the Office for Budget
        # Responsibility's forecast")
        np = np[m.end() :]
    words = np.split(" ")
    for i in range(min(len(words) - 2, 4)):
        if (words[i].lower().strip("%") in _PART_WORDS or _a_host(words, i)) and words[i + 1] == "of":
            np = " ".join(words[i + 2 :])  # "one of the aides", "only a quarter of Americans", "a host of"
            break
    parts = _PREP_SPLIT.split(np, maxsplit=1)
    if (
        len(parts) == 2
        and parts[0][-1:].isalpha()
        and parts[0].rsplit(" ", 1)[-1][:1].isupper()
        and not (" " not in parts[0] and parts[0].lower() in DOCUMENT_WORDS)
    ):
        # not a document noun capitalised at the sentence's start ("Data from researcher Kantar": the
        # data is the head)
        titled = _TITLED_NAME_END.search(parts[1])
        if titled is not None and _title_word(titled.group(1).lower()):
            # "Ohio Department of Transportation director Karen Lutz": a body's name, a lower-case
            # title and a name: the person is the head
            return np[len(np) - len(parts[1]) + titled.start(1) :]
        modified = _NAME_MODIFIED_HEAD.match(parts[1])
        if modified is not None and (person_word(modified.group(1)) or modified.group(1) in DOCUMENT_WORDS):
            # "A Department of Homeland Security official", "Department of Transportation data": the
            # body's name modifies a person or document noun, the head
            return np
    head = _PARTICIPLE_SPLIT.split(parts[0], maxsplit=1)[0]
    head = _PLACED_SPLIT.split(head, maxsplit=1)[0]  # "archaeologists working (on the site)": the people
    if head and " " in head and head.rsplit(" ", 1)[1] in _POSTPOSED:
        # "Residents downstream", "families nearby", "the families involved": the people, then where or which
        head = head.rsplit(" ", 1)[0]
    return head or np


#: Adverbs of place that may follow a noun of people as its post-modifier ("Residents downstream said").
_PLACE_ADVERBS = frozenset("downstream upstream downriver upriver nearby downhill uphill inland offshore abroad".split())
#: :data:`_PLACE_ADVERBS` and participles that follow the people they pick out ("the families involved",
#: "the residents affected", "the parents concerned").
_POSTPOSED = _PLACE_ADVERBS | frozenset("involved affected concerned".split())


#: A capitalised name's end and a lower-case noun ending a phrase ("... of Homeland Security official").
_NAME_MODIFIED_HEAD = re.compile(r"(?:[A-Z][\w'’.&-]*\s+)+([a-z][\w-]*)$")
#: A lower-case title word and a capitalised name ending a phrase ("... director Karen Lutz").
_TITLED_NAME_END = re.compile(r"(?:^|\s)([a-z][\w-]*)\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*\w$")


def _title_word(low: str) -> bool:
    """A lower-case word that titles a person before a name ("director", "spokeswoman", "leader")."""
    return low in ROLE_WORDS or low in PERSON_NOUNS


def _name_possessive_after_head(np: str, end: int) -> bool:
    """A possessive inside a name that post-modifies a person ("A nurse at St Mary's Hospital").

    The possessor is then no possessor of the phrase's head: the head is the person noun before the
    preposition.
    """
    upper = np[end : end + 1].isupper()
    if not upper and " to " not in np and " of " not in np:
        return False
    prep = _PREP_SPLIT.search(np, 0, end)
    if prep is None:
        return False
    before = np[: prep.start()].split()
    if not before:
        return False
    low = before[-1].lower()
    if not upper:
        if np[prep.start() : prep.end()] == " of ":
            # "Sergeant Leanne Ford of Easthope Police's traffic unit": a person's name, then "of" and the
            # unit of a body named by its possessive; the person is the head, the body's unit her post
            return len(before) >= 2 and before[-1][:1].isupper() and before[-2][:1].isupper() and bool(
                _names(" ".join(before))
            )
        return low in DOCUMENT_WORDS  # "a report to the council's cabinet": the document is the head
    if len(before) >= 2 and before[-1][:1].isupper() and before[-2][:1].isupper() and _names(" ".join(before)):
        return True  # "Ann Hale of the Marford Traders' Association": a person's name, then the body's
    return person_word(low)


#: Head nouns of an apposition that make the phrase before it a body ("X, a campaign group, said").
_APPOSED_BODY_HEADS = frozenset(
    """company firm group board charity union utility regulator body operator federation association
    club retailer airline insurer provider manufacturer organisation organization coalition alliance
    network trust foundation society movement lobby consortium campaign think-tank tank nonprofit
    non-profit agency council authority""".split()
)
#: An apposition "a / an / the" + up to three modifiers + its head, ending or followed by a comma, a
#: preposition, a relative or a participle ("a campaign group set up by parents", "a charity for ...").
_APPOSED_BODY = re.compile(
    r"\s*,?\s*(?:a|an|the)\s+(?:[a-z][\w'’-]*\s+){0,3}?([a-z][\w-]*)(?=\s*$|\s*,|\s+(?:set|founded|formed"
    r"|based|that|which|who|of|for|in|at|from|with|by|representing|backed|run|led|created|launched"
    r"|campaigning|fighting|working)\b)"
)


#: A relative clause opening with "which" (a thing's, not a person's) after a comma.
_WHICH_CLAUSE = re.compile(r"\s*,\s*which\s+[a-z]")


def _the_and_capitalised(core: str) -> bool:
    """Whether ``core`` is "The" and capitalised words only ("The United Steelworkers": no person's name)."""
    parts = core.split()
    return len(parts) > 1 and parts[0] == "The" and all(p[:1].isupper() for p in parts[1:])


def _apposed_body(core: str, context: str) -> str | None:
    """The body noun heading the apposition ``context`` of a capitalised ``core``, or None."""
    if not core[:1].isupper():
        return None
    m = _APPOSED_BODY.match(context)
    return m.group(1) if m is not None and m.group(1) in _APPOSED_BODY_HEADS else None


#: A word, with an inner "&" kept ("PG&E", "AT&T": one name, as the tokeniser reads it).
_AMP_WORD = re.compile(r"[\w'’-]+(?:&[\w'’-]+)*")


#: An apposition that is a determiner, a body noun and the body's capitalised name, nothing after it (", the
#: band Tin Bells", ", the charity Green Hands"): group 1 the body noun, group 2 the name.
_APPOSED_NAMED_BODY = re.compile(
    r"\s*,?\s*(?:a|an|the)\s+(?:[a-z][\w'’-]*\s+)?([a-z][\w-]*)\s+"
    r"([A-Z][\w&'’.-]*(?:\s+(?:(?:of|and|&|the|for)\s+)*[A-Z][\w&'’.-]*)*)\s*,?\s*$"
)


def _apposed_named_body(context: str) -> str | None:
    """The body's name when the apposition ``context`` is "the <body noun> <Name>", else None.

    The body noun is one of :data:`BODY_BEFORE_NAME` right before the capitalised name, which is then the
    body's (as in "the charity Green Hands said"), never a person's: a name shaped like a person's (a known
    first name, then a surname: "the firm's founder, the chemist Ann Lee") is left to the person rules.
    """
    if "," not in context[:3] or not context.rstrip(" ,")[-1:].isalpha():
        return None
    m = _APPOSED_NAMED_BODY.match(context)
    if m is None or m.group(1) not in BODY_BEFORE_NAME:
        return None
    name = m.group(2)
    parts = name.split()
    if len(parts) > 1 and parts[0].lower() in FIRST_NAMES and parts[1][:1].isupper():
        return None
    return name


def _lower_words(text: str) -> list[str]:
    """The words of ``text`` (:data:`_AMP_WORD`), lower-cased, with "’" read as "'".

    ASCII text is lower-cased first, in one call (every word keeps its span and there is no "’").
    """
    if text.isascii():
        return _AMP_WORD.findall(text.lower())
    return [w.lower().replace("’", "'") for w in _AMP_WORD.findall(text)]


def _body_plan(core: str, kind_words: list[str]) -> tuple[str, Classified]:
    """The plan of a phrase known to be a body: an organisation shown as ``core``.

    Its kind comes from ``kind_words`` (:func:`kind_of`), "organisation" when they give none.
    """
    kind = kind_of(kind_words)
    return ("fixed", Classified("organisation", kind if kind != "unknown" else "organisation", core.lower(), "", core))


def _classify_static(core: str, context: str) -> tuple[Any, ...]:
    """The ``persons``-independent part of :func:`classify`, as a plan.

    ``("none",)``; ``("fixed", Classified)``; ``("named", key, kind, gender,
    display)``; or ``("caps", keys, display, result, plural)``: a person when one of
    ``keys`` (surnames of the capitalised tokens) is one of the article's
    people, else ``result`` = ``(class, kind, key, display)`` or None
    (``class`` "country" for a country or city).
    """
    core = core.strip()
    words = _lower_words(core)
    if not words:
        return ("none",)
    ctx_words: list[str]
    if not context:
        ctx_words = []
    else:
        ctx_words = (
            _WORD.findall(context.lower()) if context.isascii() else [w.lower() for w in _WORD.findall(context)]
        )
    first = words[0]
    if len(words) > 2 and words[-1] in _CONTACT_VERBS and core[-1:].islower() and _document_then_caps(core):
        # "The logbooks Tulloch quotes", "the notes Ann Lee keeps": a document with its contact clause (a
        # name as the clause's subject), the document's phrase read whole
        return ("fixed", Classified("document", "unknown", core.lower(), "", core))
    if len(words) == 1 and first in SUBJECT_PRONOUNS:
        pron = first.split("'", 1)[0]
        plural = pron in _PLURAL_PRONOUNS
        return ("fixed", Classified("role", "unknown", "", gender_of([pron]), "", pron, plural))
    if len(words) == 1 and first in _POSSESSIVE_OR_OBJECT_PRONOUNS:
        pron = _POSSESSIVE_OR_OBJECT_PRONOUNS[first]
        return ("fixed", Classified("role", "unknown", "", gender_of([pron]), "", pron, pron == "they"))
    if first in GENERIC_SUBJECTS or (first == "no" and words[1:2] == ["one"]):
        return ("none",)  # "Anyone who has looked at ... knows": nobody in particular
    if (first in _QUANTITY_LEADS or first[:1].isdigit()) and quantity(words) and not _BARE_SHARE.match(core):
        return ("none",)  # "300 planned operations", "six in ten users", "40% of shoppers"
    if len(words) == 2 and first == "the" and words[1] in DEMONYM_NOUNS:
        # "the Swede said": a person described by nationality, like "the veteran" (no body's name)
        return ("caps", (), core, ("role", "unknown", core.lower(), core), False)
    if len(words) == 2 and first == "the" and words[1] in _LOCAL_GOVERNMENTS:
        # "according to the city", "the county said": the place's government, as a country's name is
        return ("caps", (), core, ("country", "official", core.lower(), core), False)
    full = core if not context else f"{core} {context}"
    lead = context.lstrip(" ,")
    age = _AGE_LEAD.match(lead)
    if age is not None:
        lead = lead[age.end() :]  # "Amy Cole, 29, a teacher": the age, then the person's appositive
    appositive = (
        lead[:1].islower() or lead.startswith(("A ", "An ", "The ")) or _POSSESSIVE_ROLE.match(context) is not None
    )
    body_head = _apposed_body(core, context) if appositive else None
    named_body = _apposed_named_body(context) if appositive and body_head is None else None
    if named_body is not None:
        # "One of the headline acts, the band Tin Bells", "One of the bidders, the charity Green Hands": the
        # apposition is a body noun and the body's name, so the source is that body (whatever the core's noun)
        return _body_plan(named_body, _lower_words(context[: context.find(named_body)]))
    if body_head is not None:
        # "Friends of Ashby Green, a campaign group set up by parents": the apposition says it is a body
        return _body_plan(core, [body_head])
    if (
        appositive
        and core[:1].isupper()
        and _WHICH_CLAUSE.match(context)
        and (_names(core) == (core,) or (not _names(core) and _the_and_capitalised(core)))
        and first not in FIRST_NAMES
    ):
        # "Andes Cobre, which operates the mine": a relative "which" after a name is a thing's (a
        # person takes "who"), so the name is a body's, kept whole
        return _body_plan(core, words)
    given = _first_name_apposition(core, context, words, ctx_words, appositive)
    if given is not None:
        return given
    kind_words = words + (ctx_words if appositive else [])
    if appositive and "by" in ctx_words and person_word(words[-1]) and words[-1] not in DOCUMENT_WORDS:
        # "A man arrested by police", "A man who was arrested by police": the agent is another
        # party, so its words give the person no kind
        kind_words = words + ctx_words[: ctx_words.index("by")]
    head = _head_part(core)
    if head == core:  # no possessor or post-modifier cut (the common case): the words are the core's
        head_words = words
        names = _names(core)
    else:
        head_words = _lower_words(head) or words
        names = _names(head)
        if not names:
            names = _name_around_post_modifier(core, head_words[-1])
    last = head_words[-1]
    tail = head.rsplit(" ", 1)[-1]
    if (names and _body_noun_before(head, names[-1])) or (
        not names and tail[:1].isupper() and _body_noun_before(head, tail)
    ):
        # "Local charity Hope Kitchen", "campaign group Safer Streets", "data provider PitchLedger": a
        # body's noun, then its name; the kind is the description's, not the name's words ("the band Paper
        # Lanterns" is no newspaper)
        return _body_plan(core, _before_body_name(head) or words)
    if (
        not names
        and context
        and not appositive
        and last in INSTITUTIONS | _ORG_NOUN_HEADS
        and context.strip(" ,")[:1].isupper()
    ):
        org = context.strip(" ,")  # "The operator, Eastgate Terminals": the name is the body's
        kind = kind_of([last])
        return (
            "fixed",
            Classified("organisation", kind if kind != "unknown" else "organisation", org.lower(), "", org),
        )
    if not names and context and not appositive:
        names = _names(context)  # "Clinton's attorney, David Kendall"
        if names:
            kind_words = words + ctx_words
    elif not names and appositive and person_word(last) and _TITLED_NAME_APPOSITION.match(context) is not None:
        # "Its chairwoman, retired teacher Isobel Craig": a role noun, then a lower-case title and a name
        names = _names(context)
    if not names:
        kind = kind_of(kind_words, full)
    else:
        name = names[-1]
        name_words = {w.lower() for w in name.split()}
        kind = kind_of([w for w in kind_words if w not in name_words], full)
        titles = [_TITLE_KINDS[w] for w in words if w in _TITLE_KINDS and w not in name_words]
        if context and not appositive and kind_words is not words and context.find(name) > 0:
            # "The committee's chairman, Sen. Jo Vale of Tarn": the title the name carries in the apposition
            # is the person's office (as "Sen. Jo Vale" alone), outranking the role noun's body
            titles += [
                _TITLE_KINDS[w]
                for w in _lower_words(context[: context.find(name)])
                if _TITLE_KINDS.get(w) == "official"  # "Dr" there stays below a role ("chief executive")
            ]
        if (
            "dr" in words
            and "expert" in titles
            and kind != "unknown"
            and any(ROLE_WORDS.get(w) == kind and person_word(w) for w in kind_words)
        ):
            titles.remove("expert")  # "Dr Jane Roe, Acme's chief executive": a person's role outranks "Dr"
        if titles and not (
            kind == "organisation"
            and (
                not _BODY_MODIFIERS.isdisjoint(words)
                or "its" in words
                or any(w.endswith("'s") and w[:-2] in _BODY_MODIFIERS for w in words)
            )
        ):
            # not "federation secretary Li Wen", "Its district secretary, Li Wen", "The union's president,
            # Claire Dubois" (the body's officer)
            kind = kind_of_kinds([*titles, kind])
        return ("named", _surname(name), kind, _name_gender(name, words + ctx_words), name)
    if context and not appositive and last in _BODY_OR_PERSON:
        org = context.strip(" ,")
        if (
            org[:1].isupper()
            and (" " in org or org.isupper() or _org_like(org))
            and org.split(" ", 1)[0] not in _WRITER_OPENINGS  # "A shop owner I spoke to": the writer's contact clause
        ):
            # "The plant's owner, Delta Polymers": no person's name in apposition, so a body
            return ("fixed", Classified("organisation", "organisation", org.lower(), "", org))
    if context and not appositive and last in INSTITUTIONS | _ORG_NOUN_HEADS:
        org = context.strip(" ,")
        if org[:1].isupper():
            return (
                "fixed",
                Classified(
                    "organisation",
                    kind_of([last]) if kind_of([last]) != "unknown" else "organisation",
                    org.lower(),
                    "",
                    org,
                ),
            )
    if _unnamed(full):
        return (
            "fixed",
            Classified("unnamed", kind, core.lower(), gender_of(words), "", "", _plural(last)),
        )
    if ctx_words[:1] and ctx_words[0] in POLL_PARTICIPLES and first not in VAGUE_QUANTIFIERS and person_word(last):
        # "Economists polled by the agency expect": the poll's panel, a defined group (kind from the group)
        return ("fixed", Classified("role", kind_of(words), core.lower(), "", "", "", _plural(last)))
    topic_only = len(words) == 1 or (len(head_words) == 1 and words[1:2] == ["of"])
    if (
        first in VAGUE_QUANTIFIERS
        and (
            len(words) == 1
            or last in _VAGUE_HEADS
            or (last.endswith("s") and person_word(last) and first != "several")
            or (last.endswith("s") and first != "several" and (last in ROLE_WORDS or last in INSTITUTIONS))
            or (last in _COLLECTIVE_PEOPLE and first != "several")
        )
    ) or (topic_only and (last in _VAGUE_HEADS or head_words[0] in _VAGUE_FRIENDS)):
        return ("fixed", Classified("vague", kind, core.lower(), "", "", "", True))
    if len(words) == 1 and last in _VAGUE_HEARSAY and " " not in core.strip() and not ctx_words:
        return ("fixed", Classified("vague", "media" if last == "reports" else kind, core.lower(), "", "", "", True))
    if (
        len(words) == 1
        and last in _VAGUE_HEARSAY
        and len(ctx_words) == 2
        and ctx_words[0] == "in"
        and context.split()[-1][:1].isupper()
        and not _media(context.split(), context)
    ):
        # "according to reports in Portugal": hearsay placed by a country or a city, still no one behind it
        # ("reports in the Tarrow Gazette" name an outlet: a document)
        return ("fixed", Classified("vague", "media" if words[0] == "reports" else kind, core.lower(), "", "", "", True))
    if last in DOCUMENT_WORDS or (
        len(head_words) > 1 and head_words[-2] in DOCUMENT_WORDS and last in ("release", "average")
    ):
        caps = _CAP_TOKEN.findall(head)
        doc_kind = (
            kind if kind != "unknown" else ("media" if _media(caps, head) else "unknown")
        )
        return ("fixed", Classified("document", doc_kind, core.lower(), "", core))
    caps = [t for t in _CAP_TOKEN.findall(head) if t not in NAME_STOP and not t[0].isdigit()]
    keys = tuple(_POSSESSIVE.sub("", t.rstrip(".")).lower() for t in caps if t not in COUNTRIES)
    plural = _plural(head_words[-1])  # the head's number: "the family of the victim" is "they"
    return ("caps", keys, core, _classify_rest(core, caps, head_words, kind), plural)


#: Determiners that open a described person ("A spokesman for Gov. Ann Vale"), never a bare title.
_OPENING_DETERMINERS = frozenset("a an the this that its his her their our my your".split())
#: Titles whose "for" phrase is a portfolio ("Minister for Housing", "Commissioner for Water").
_PORTFOLIO_TITLES = frozenset("minister secretary commissioner".split())
#: Prepositions after a person's name that open where the person works ("Ann Vale of the mayor's office").
_NAME_POST_PREPOSITIONS = ("of ", "from ", "at ")


def _name_around_post_modifier(core: str, head: str) -> tuple[str, ...]:
    """A person's name that a post-modifier cut away from ``core``'s head (``head``, its last word), if any.

    A bare capitalised title (no determiner) with "of" or "to" whose post-modifier ends in a name
    ("Minister of Education Stefania Giannini", "Governor of Tarn Province Ann Vale"): the name is the person's
    ("A spokesman for Gov. Ann Vale", "A biologist at the University of Tarn" stay roles), as "Education Minister Stefania
    Giannini" is; and a name opening the phrase before "of", "from" or "at" ("Helena Vale of the
    president's office"): the person works there. "The head of the agency" or "a spokesman for Acme
    Holdings" hold no name and stay as they were; two capitalised words after a lower-case word ("Director
    at the Centre on Human Rights") are a body's name. The name after a title is taken when a capitalised
    word ends the office before it, when it has three words, or when it opens with a first name.
    """
    found = _names(core)
    if not found:
        return ()
    name = found[-1]
    lead = core.split(None, 1)[0]
    if (
        lead[:1].isupper()
        and lead.lower() not in _OPENING_DETERMINERS
        and head in _TITLE_WORDS
        and head not in INSTITUTIONS  # "University of South Carolina Beaufort": a body's name, no title
        and core.endswith(name)
        and (
            f" {head} of " in f" {core.lower()} "
            or f" {head} to " in f" {core.lower()} "
            # "Minister for Housing Ann Vale": a portfolio ("Spokesman for Ann Vale" works for her)
            or (head in _PORTFOLIO_TITLES and f" {head} for " in f" {core.lower()} ")
        )
    ):
        before = core[: len(core) - len(name)].rstrip().rsplit(None, 1)[-1:]
        if (before and before[0][:1].isupper()) or name.count(" ") >= 2 or name.split()[0].lower() in FIRST_NAMES:
            return (name,)  # "on Human Rights" after a lower-case word, two tokens: a body's name, no person
    first = found[0]
    if core.startswith(first) and core[len(first) :].lstrip().startswith(_NAME_POST_PREPOSITIONS):
        return (first,)
    return ()


#: An apposition of one to three lower-case title words, then a capitalised name (", retired teacher
#: Isobel Craig", ", former nurse Ann Lee, 60"); not a relative clause or an article's phrase.
_TITLED_NAME_APPOSITION = re.compile(
    r"[ ,]*(?!(?:who|whose|which|that|a|an|the|and|or|but)\b)(?:[a-z][\w'’-]*\s+){1,3}[A-Z][\w'’-]+\s+[A-Z][\w'’-]+"
)


def _coordinated_name(core: str, written: str) -> bool:
    """Whether ``core`` is a body's name of two capitalised conjuncts ("Marks and Spencer", "Barnes & Noble").

    Its last word ``written`` (lower-case) may end like a person noun ("spencer"), but a capitalised word after
    "and" / "&" and another capitalised word is a name's, unless it is a listed person or role noun
    ("Officials and Residents" in a title-case headline).
    """
    words = core.split()
    return (
        len(words) >= 3
        and words[-2] in ("and", "&")
        and words[-1][:1].isupper()
        and words[-3][:1].isupper()
        and written not in PERSON_NOUNS
        and written not in ROLE_WORDS
    )


#: A place that stands for its government after "the" ("according to the city"), as a country's name does.
_LOCAL_GOVERNMENTS = frozenset("city town county state borough district village province municipality".split())


#: Person nouns that introduce a relative or acquaintance by first name ("Her husband, Pete").
_KIN_NOUNS = frozenset(
    """husband wife partner son daughter brother sister father mother dad mum mom grandfather
    grandmother grandson granddaughter uncle aunt nephew niece cousin friend neighbour neighbor
    boyfriend girlfriend fiance fiancee fiancé fiancée widow widower stepfather stepmother""".split()
)


#: A relative clause after a name in apposition (", who rowed alongside her"): cut to read the name.
_RELATIVE_AFTER_NAME = re.compile(r",\s*(?:who|whom|whose)\s.*$", re.DOTALL)


def _first_name_apposition(
    core: str, context: str, words: list[str], ctx_words: list[str], appositive: bool
) -> tuple[Any, ...] | None:
    """A first name in apposition with a kin or acquaintance noun: a named person.

    "Her husband, Pete" and "Pete, her husband" name the speaker by the only name
    the text gives; the first name is the entity ("Pete"). Anything else: None.
    """
    if not context:
        return None
    if appositive:  # "Pete, her husband"
        name, noun_words = core.strip(), ctx_words
    else:  # "Her husband, Pete"; "Her husband, Pete, who ...": the name before a relative clause
        name, noun_words = _RELATIVE_AFTER_NAME.sub("", context).strip(" ,"), words
    if (
        " " in name
        or not name[:1].isupper()
        or not name[1:].isalpha()
        or not name[1:].islower()
        or name in NAME_STOP
        or name in COUNTRIES
        or name in MEDIA_NAMES
        or not noun_words
        or noun_words[-1] not in _KIN_NOUNS
        or len(noun_words) > 4
    ):
        return None
    gender = gender_of(noun_words) or _name_gender(name, [])
    return ("named", name.lower(), kind_of(noun_words), gender, name)


def _classify_rest(
    core: str, caps: list[str], words: list[str], kind: str
) -> tuple[str, str, str, str] | None:
    """:func:`_classify_static` for a phrase with no name: ``(class, kind, key, display)`` or None."""
    last = words[-1] if words else ""
    if len(words) == 2 and words[0] == "those" and last in POLL_PARTICIPLES:
        return "role", kind if kind != "unknown" else "citizen", core.lower(), core  # "those surveyed said"
    written = last
    if (
        last.endswith("s")
        and len(last) > 3
        and last not in ROLE_WORDS
        and last not in DOCUMENT_WORDS
        and not person_word(last)
    ):
        last = _singular(last)
        words = [*words[:-1], last]
    if (
        _media(caps, core)
        and not any(w in MEDIA_PEOPLE for w in words)
        and not (person_word(last) and last.endswith("s") and len(words) == 2 and len(caps) == 1)
    ):  # not "Independent monitors said": a capitalised adjective, not the newspaper
        return "organisation", "media", " ".join(caps).lower(), core
    if written.endswith("s") and written not in INSTITUTIONS and _singular(written) in INSTITUTIONS:
        return (
            "organisation",
            _org_kind(kind, caps, _singular(written), core),
            core.lower(),
            core,
        )  # "Councils"
    if len(caps) >= 2 and caps[-1] in TRADE_PLURALS and written == caps[-1].lower() and caps[0] not in FIRST_NAMES:
        # "Hollin Growers", "Arden Renewables": a capitalised name ending in a trade's plural is a body,
        # though "growers" is a person noun (no first name before it: not a person's name); its kind is the
        # body's ("Local Growers": not a citizen for "local")
        return "organisation", _org_kind("organisation", caps, last, core), core.lower(), core
    if (
        last
        and person_word(last)
        and last not in INSTITUTIONS
        and not _coordinated_name(core, written)
        and not (caps and " ".join(caps) in STATE_NAMES)  # "Ecuador", "Yemen": a state, no agent noun
    ):
        return "role", kind, core.lower(), core  # "a spokeswoman", "officials", "the grieving father"
    if last in INSTITUTIONS or (last in ROLE_WORDS and ROLE_WORDS[last] == "organisation"):
        return "organisation", _org_kind(kind, caps, last, core), core.lower(), core
    if last in ("house", "houses") and len(words) > 1 and words[-2] in _TRADE_HOUSE_MODIFIERS:
        # "the auction house", "a publishing house", "fashion houses": a business, not a building
        return "organisation", _org_kind(kind, caps, last, core), core.lower(), core
    if last in _PARTY_NOUNS and len(words) > 1 and " of " not in core:
        # "The two sides", "the Remain camp"; not a place's side ("the other side of the river")
        return "organisation", _org_kind(kind, caps, last, core), core.lower(), core
    if last in QUANTIFIER_PRONOUNS or last in _SHARES or last.split("-")[-1] in _SHARES or last.isdigit():
        return ("role", kind, core.lower(), core) if _people_count(words) else None
    if caps and written == _POSSESSIVE.sub("", caps[-1].lower().rstrip(".")):
        if len(caps) == 1 and caps[0].endswith("s") and (caps[0] in COUNTRIES or caps[0][:-1] in COUNTRIES):
            return (
                "role",
                ROLE_WORDS.get(caps[0].lower(), "citizen"),
                core.lower(),
                core,
            )  # "Americans", "Democrats"
        if all(t.rstrip(".") in COUNTRIES or t in ("The", "the") for t in caps) or (
            " ".join(t.rstrip(".") for t in caps if t not in ("The", "the")) in STATE_NAMES
        ):
            return "country", "official", " ".join(caps).lower(), core  # "Australia", "New Zealand"
        return "organisation", _org_kind(kind, caps, last, core), " ".join(caps).lower(), core
    return None



#: Nouns for a party to a dispute or a contest, a person or a body ("The two sides said", "the Remain camp
#: said"): a group with a word before it is an organisation, as "the two parties" is.
_PARTY_NOUNS = frozenset(("side", "camp"))

#: Outlet names that are also ordinary adjectives before a noun ("Independent analysis", "Daily figures").
_MEDIA_ADJECTIVES = frozenset("Independent Standard Daily Weekly Express Atlantic".split())
#: The outlet's name in context: after "the" ("The Independent"), before another capitalised word
#: ("Daily Mail", "Express Newspapers") or alone.
_OUTLET_CONTEXT: dict[str, re.Pattern[str]] = {
    w: re.compile(rf"(?:\b[Tt]he\s+{w}\b|\b{w}\s+[A-Z]|^\s*{w}\s*$)") for w in _MEDIA_ADJECTIVES
}


def _media(caps: list[str], text: str) -> bool:
    """Whether a capitalised word of ``text`` names a news outlet (:data:`MEDIA_NAMES`).

    An outlet name that is also an adjective (:data:`_MEDIA_ADJECTIVES`) counts only as the
    outlet's name in context: "The Independent reported", not "Independent analysis found".
    """
    for t in caps:
        if t in MEDIA_NAMES and (t not in _MEDIA_ADJECTIVES or _OUTLET_CONTEXT[t].search(text)):
            return True
    return False


def _org_kind(kind: str, caps: list[str], last: str, core: str) -> str:
    """The kind of an organisation: media outlets, public bodies (official), courts (legal), else the phrase's."""
    if _media(caps, core):
        return "media"
    if (
        any(t.rstrip(".") in _OFFICIAL_ORG_WORDS or t in OFFICIAL_ACRONYMS for t in caps)
        or last in _OFFICIAL_HEADS
        or ("Board" in caps and not _STATE_BOARD_WORDS.isdisjoint(caps))
    ):
        return "official"
    if any(t.rstrip(".") in ("Court", "Tribunal") for t in caps):
        return "legal"
    if kind == "unknown":
        kind = kind_of([t.lower() for t in caps])
    return kind if kind != "unknown" else "organisation"


#: Capitalised words that make a named "Board" a public one ("National Transportation Safety Board", "State
#: Board of Education", "Federal Reserve Board"); a company's or a school's board stays an organisation.
_STATE_BOARD_WORDS = frozenset("National Federal State Parole Electoral".split())

_OFFICIAL_HEADS = frozenset(
    """government ministry department council police administration agency authority regulator watchdog
    commission constabulary""".split()
)


def _singular(w: str) -> str:
    """A plural noun's singular, roughly ("departments" -> "department", "agencies" -> "agency")."""
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


#: A bare percentage ("62%", "About 40%"): the subject of a verb, a share of people, as "62 percent" is
#: ("62% want a new vote"; the cue rules take it only before a belief or speech verb).
_BARE_SHARE = re.compile(r"(?:[A-Za-z]+\s+)?\d+(?:[.,]\d+)?\s*%$")
_SHARES = frozenset("percent % third thirds quarter quarters half majority minority".split())


#: Number words (a count, not "one": "One told the paper" is a person).
NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
    sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion dozen
    dozens scores""".split()
)
#: Words that open a quantity: the number words and the approximators before a number ("some 300").
_APPROXIMATORS = frozenset(
    "some about nearly almost around roughly over under only just up to more than".split()
)
_QUANTITY_LEADS = NUMBER_WORDS | _APPROXIMATORS


def _number(w: str) -> bool:
    """A numeral ("300", "1,200", "40%") or a number word ("six", "dozens")."""
    return w in NUMBER_WORDS or (
        w[:1].isdigit() and w.rstrip("%").replace(",", "").replace(".", "").isdigit()
    )


def quantity(words: list[str]) -> bool:
    """A number or quantity phrase, never a source (lower-cased words of the phrase).

    A bare number ("300", "six"), a statistic ("six in ten users", "six out of ten"), a number of
    things ("dozens of houses", "300 of the operations"). A number of people stays a source ("Two
    officials", "Three residents": roles or unnamed; "The two": the determiner makes it a reference to
    people), and so does a share of people ("59 percent of voters": a poll's respondents, as PolNeAR's
    gold reads them).
    """
    i = 0
    while i < len(words) - 1 and words[i] in _APPROXIMATORS:
        i += 1
    if not _number(words[i]) or (len(words[i]) == 4 and words[i][:2] in ("19", "20")):
        return False  # not a number, or a year ("2016 Clinton")
    rest = words[i + 1 :]
    while rest and rest[0][:1].isdigit():
        rest = rest[1:]  # "1,200" is two words
    if not rest or rest[0] in ("in", "out"):
        return True  # "300", "six in ten users"
    if rest[0] == "of":  # "dozens of houses", not "dozens of residents"
        return len(rest) > 1 and not any(
            person_word(w) or w in ROLE_WORDS or w in INSTITUTIONS for w in rest[1:]
        )
    return False


def _people_count(words: list[str]) -> bool:
    """A count of people ("five", "59 percent of voters", "the two") rather than of things."""
    last = words[-1].split("-")[-1] if words else ""
    return bool(words) and (last in QUANTIFIER_PRONOUNS or last in _SHARES or last.isdigit())


def _cited(att: Attribution) -> bool:
    """True when an analyst would call the row a cited source.

    Hedges and documents always; speech, "according to", colon and medium
    cues, with or without a source found; an evidence cue only with a source
    ("The latest case highlights" is not a citation); beliefs, intentions,
    stances and nominal cues never (unless their source is a document).
    """
    cls = att.source.source_class
    if att.cue_type == "hedge" or cls == "document":
        return True
    if att.cue_type not in CITED_CUE_TYPES:
        return False
    return att.cue_type != "evidence" or att.source.start >= 0


__all__ = ["Classified", "classify", "gender_of", "kind_of"]
