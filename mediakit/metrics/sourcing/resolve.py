"""Resolution: which entity each source mention stands for.

* **Pronouns** ("he", "she", "they", "it", a possessive "his" of a nominal
  cue) and **relative pronouns** ("a man who told police"): the nearest
  compatible earlier mention. "he" / "she": the nearest earlier person (a
  name anywhere in the text, or a described person that was a source) whose
  gender is not known to differ (titles, gendered nouns, common first names);
  "they": the nearest earlier group or organisation source; "it": the nearest
  earlier organisation or document source; a relative pronoun: its antecedent.
* **Role nouns with a definite article** ("the spokeswoman", "the lawyer",
  "the company", "the newspaper"): the nearest earlier named person described
  by the same noun ("Jane Roe, a spokeswoman for ..." or "spokeswoman Jane
  Roe"), or the nearest earlier organisation source of the same kind.
* **Organisations**: a description ("the city's water utility") and a name
  ("Thames Water") merge when the text links them: apposition ("Thames
  Water, the utility"), the same head noun ("the council" / "Camden
  Council"), or a named organisation source sharing a content word with the
  description ("water utility" / "Thames Water").
* **People**: named people merge by surname (a full name, then the surname
  alone).

Distinct-source counts then count entities (merge keys), not mentions.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from mediakit.memo import Memo, memo
from mediakit.metrics.sourcing.classify import (
    _FULL_NAME_FAST,
    _find_names,
    _name_gender,
    _surname,
    ascii_capitals,
    body_called,
    kind_of,
)
from mediakit.metrics.sourcing.lexicon import (
    BODY_BEFORE_NAME,
    COMPANY_HEADS,
    COMPANY_NAME_ENDINGS,
    DEMONYM_NOUNS,
    FEMALE_WORDS,
    FIRST_NAMES,
    INSTITUTIONS,
    MALE_WORDS,
    OFFICIAL_ACRONYMS,
    ORG_SUFFIXES,
    PLACE_PARTICIPLES,
    ROLE_WORDS,
    TITLES,
    TRADE_PLURALS,
)
from mediakit.metrics.sourcing.spans import person_word

#: Person nouns that, with "the", usually stand for the person just named ("the actress").
_GENERIC_PERSON_NOUNS = frozenset(
    """actress actor star singer player footballer man woman boy girl teenager pensioner father mother
    mum dad grandmother grandfather widow veteran billionaire businessman businesswoman tycoon
    entrepreneur author writer comedian presenter celebrity couple victim driver""".split()
) | frozenset(("worker", "nurse", "teacher", "student", "builder", "mechanic", "cleaner", "carer", "hairdresser", "farmer"))
#: Occupations among the generic descriptions: "the nurse" names a person by a job, so it stands for the
#: nearest named person only when no other person is named in the window and that person holds no title
#: or office of another kind ("Councillor Ann Bell ... the nurse said" is someone else).
_OCCUPATION_NOUNS = frozenset(
    ("worker", "nurse", "teacher", "student", "builder", "mechanic", "cleaner", "carer", "hairdresser", "farmer")
)
#: Kinds of a named person that an occupation description does not take over (a title or an office).
_OFFICE_KINDS = frozenset(("official", "expert", "legal", "media"))

#: How far back (characters) a pronoun looks for its antecedent.
PRONOUN_WINDOW = 1000


def _name_keys(text: str) -> tuple[tuple[str, str, int], ...]:
    """``(surname key, name, offset)`` of the names in one :data:`_FULL_NAME` match."""
    out = []
    for name in _find_names(text):  # memoised by :data:`_NAME_KEYS` (no second memo of the same text)
        if name.endswith(("'s", "’s")):
            name = name[:-2]  # "Ines Calloway's new show": the owner's name, shown without its ending
        out.append((_surname(name), name, text.rfind(name)))
    return tuple(out)


#: :func:`_name_keys` by matched text (memoised).
_NAME_KEYS: Memo[str, tuple[tuple[str, str, int], ...]] = memo("surnames of a capitalised sequence")


def _name_index(body: str) -> tuple[list[int], list[str], dict[str, list[tuple[int, str, int]]]]:
    """End offsets and surname keys of every person-like name in ``body``, in order.

    Also, by surname key, the ``(end, name, start)`` of each occurrence.
    """
    ends: list[int] = []
    keys: list[str] = []
    by_key: dict[str, list[tuple[int, str, int]]] = {}
    titles: set[str] = set()
    table = _NAME_KEYS.table
    for m in _FULL_NAME_FAST.finditer(ascii_capitals(body)):
        start, end = m.span()
        text = body[start:end]
        found = table.get(text)
        if found is None:
            found = _NAME_KEYS.get(text, _name_keys)
        if found:
            if start and body[start - 1] == "(" and ends and not body[ends[-1] : start - 1].strip():
                continue  # "Ann Marsh (Lib Dem)": a bracket right after a name holds a party, no person
            if text in titles:
                continue  # the title met again ("called Salt Roads ...")
            if _work_or_body_before(body, start) or body_called(body, start):
                titles.add(text)
                continue  # "her new album, Salt Roads", "the campaign group Fair Meters Now", "a shop called Sweet
                # Dreams": a title, a body
            if len(text.split(None, 2)) == 2:
                if _in_org_name(body, start, text):
                    continue
            elif len(found) == 1 and found[0][2] == 0 and _one_pair_at_end(body, start, found[0][1]):
                continue  # "in Hebden Bridge. She": the pair ends a sentence and the match runs on
            for key, name, off in found:
                ends.append(end)
                keys.append(key)
                by_key.setdefault(key, []).append((end, name, start + off if off >= 0 else start))
    extra = _surname_subjects(body, by_key)
    if extra:
        pairs = sorted([*zip(ends, keys, strict=True), *extra])
        ends = [e for e, _ in pairs]
        keys = [k for _, k in pairs]
    return ends, keys, by_key


def _surname_subjects(body: str, by_key: dict[str, list[tuple[int, str, int]]]) -> list[tuple[int, str]]:
    """``(end, key)`` of a bare surname opening a sentence after its full name ("Marchetti was spotted").

    The surname of a person named in full earlier, alone at a sentence's start before a lower-case word,
    is a mention of that person: the nearest person for a later "he" / "she" ("Marchetti was spotted
    leaving ... He told"), as the full name is. A few ``str.find`` per surname.
    """
    out: list[tuple[int, str]] = []
    for key, occ in by_key.items():
        for first, name, _start in occ:
            # the first mention that opens with no question's auxiliary (the set look-up before the search)
            if name.split(" ", 1)[0].lower() not in _QUESTION_AUXILIARIES or not _question_opening(body, name, first):
                break
        else:
            continue  # "Will Harbour remain open?": an auxiliary opening a question, no first name
        sur = name.rsplit(" ", 1)[-1]
        if " " not in name or sur.lower() != key or not sur[:1].isupper():
            continue
        needle = sur + " "
        i = body.find(needle, first)
        while i >= 0:
            j = i + len(sur)
            if (
                body[j + 1 : j + 2].islower()
                and (i == 0 or body[i - 1] == "\n" or body[max(0, i - 2) : i] in (". ", '" ', "” "))
            ):
                out.append((j, key))
            i = body.find(needle, j)
    return out


#: Auxiliaries that open a yes/no question ("Will Harbour remain open?", "Can Ada Kemp win?").
_QUESTION_AUXILIARIES = frozenset("will can could should would may might must shall did does do".split())
#: The end of a sentence: a full stop, a question mark, an exclamation mark or a line break.
_SENTENCE_END_MARK = re.compile(r"[.!?\n]")


def _question_opening(body: str, name: str, end: int) -> bool:
    """Whether ``name`` (ending at ``end``) opens with an auxiliary and its sentence is a question.

    "Will Harbour remain open?": "Will" is the question's auxiliary, not a first name, and "Harbour" alone
    later is no surname of a person ("Will Hale said ..." ends in a full stop and stays a name).
    """
    if name.split(" ", 1)[0].lower() not in _QUESTION_AUXILIARIES:
        return False
    m = _SENTENCE_END_MARK.search(body, end)
    return m is not None and m.group() == "?"


#: A work's noun (with or without its comma) or a body's noun right before a capitalised sequence: the
#: sequence is the work's title or the body's name, no person ("her first solo album, Salt Roads", "the
#: novel Winter Harbour", "the campaign group Fair Meters Now", "the charity Hope Street"); a sports club
#: named after its noun ("Portuguese side Vila Branca", "the club Harbour Rovers") is a body too.
_WORK_OR_BODY_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:album|single|EP|song|track|book|novel|memoir|film|movie|documentary|play|musical|podcast"
    r"|painting|exhibition|poem|opera|sculpture|record)s?,?|(?:group|charity|campaign|organisation|organization"
    r"|association|society|coalition|alliance|network|label|publisher|band|studio|firm|company|club|side|outfit|team))[ \t]+$"
)
#: The work nouns of :data:`_WORK_OR_BODY_BEFORE` (each may take "s" and a comma) and its body nouns (bare).
_WORK_NOUNS = frozenset(
    """album single EP song track book novel memoir film movie documentary play musical podcast painting
    exhibition poem opera sculpture record""".split()
)
_BODY_NOUNS = frozenset(
    """group charity campaign organisation organization association society coalition alliance network label
    publisher band studio firm company club side outfit team""".split()
)
_WORK_FORMS = _WORK_NOUNS | {w + "s" for w in _WORK_NOUNS}
_WORK_OR_BODY_FORMS = _WORK_FORMS | _BODY_NOUNS


def _work_or_body_before(body: str, start: int) -> bool:
    r"""``_WORK_OR_BODY_BEFORE.search(body, max(0, start - 24), start) is not None``, without the regex.

    The expression ends with ``[ \t]+$``, and ``$`` matches at ``start`` or before a "\n" right before
    it; before the blanks, a noun (a work's, with "s" and "," optional, or a body's) that is a whole run
    of word characters and hyphens (the look-behind) inside the window. So: strip the blanks, take the
    run before them and look it up (the search tried every position of the window: about 6 µs a name).
    """
    lo = start - 24 if start > 24 else 0
    ends = (start, start - 1) if start > lo and body[start - 1] == "\n" else (start,)
    for e in ends:
        j = e
        while j > lo and body[j - 1] in " \t":
            j -= 1
        if j in (e, lo):
            continue  # no blank, or nothing but blanks
        comma = body[j - 1] == ","
        c = j - 1 if comma else j
        i = c
        while i > lo and (body[i - 1].isalnum() or body[i - 1] in "_-"):
            i -= 1
        if i == lo and lo and (body[lo - 1].isalnum() or body[lo - 1] in "_-"):
            continue  # the run starts before the window: no match starts inside it
        if body[i:c] in (_WORK_FORMS if comma else _WORK_OR_BODY_FORMS):
            return True
    return False


def _one_pair_at_end(body: str, start: int, name: str) -> bool:
    """Whether ``name`` (a pair at ``start``, the only name of a longer match) is no person (:func:`_in_org_name`).

    Only when the pair is followed by sentence punctuation, so a possessive ("Donald Trump's") stays a person.
    """
    end = start + len(name)
    return name.count(" ") == 1 and body[end : end + 1] in (".", ",", ";", ":") and _in_org_name(body, start, name)


#: What comes right before a capitalised pair that is no person: the rest of an organisation's name
#: ("Centre for Local Economies", "Bank of New England") or "at" ("an analyst at Beacon Securities").
_ORG_NAME_BEFORE = re.compile(r"(?:[A-Z][\w&'’-]*[ \t]+(?:of|for)|\bat)[ \t]+(?:the[ \t]+)?$")


def _in_org_name(body: str, start: int, text: str) -> bool:
    """Whether the capitalised pair at ``start`` is no person: an organisation's name's end, after "at", a place.

    A place: after "in" following a word, or after a placing participle and "on", "near" or "from".

    A possessive ("at Donald Trump's rally") stays a person; so does a longer sequence ("Secretary of
    State John Kerry").
    """
    if text.endswith(("'s", "’s")):
        return False
    words = text.split()
    if words[-1] in _STREET_WORDS or words[0] in _PLACE_FIRST_WORDS:
        return True  # "Elm Road", "Mill Lane", "Fort Augustus", "Mount Pleasant": a place
    if words[0].lower() in BODY_BEFORE_NAME:
        return True  # "Charity Homewarden said", "Airline Skyvane": a body noun capitalised, then the name
    before = body[max(0, start - 30) : start]
    if before.endswith(" in ") and before[-5:-4].isalpha():
        return True  # "a bookshop in Hebden Bridge": a place after "in" (not "in Jane Roe's view")
    if before.endswith(("from ", "to ")) and _TRAVEL_BEFORE.search(before) is not None:
        return True  # "commutes from Hale End", "drove to Port Ellis": a journey's end is a place
    if before.endswith(_PLACE_BEFORE):
        if not before.endswith(("on ", "in ", "near ", "from ")):
            return True  # "somewhere around Urquhart Castle", "rowed past Fort William": a place on a route
        if before.endswith((", from ", ",from ")):
            return True  # "Jane Roe, 71, from Heaton Moor": where a described person is from
        if before.endswith("from "):
            p = _PERSON_FROM.search(before)
            if p is not None and (p.group(1).lower() in _FROM_PERSONS or p.group(1).lower() in ROLE_WORDS):
                return True  # "a Republican from Eau Claire", "a farmer from Green Bay": where the person is from
        return _PLACED_BEFORE.search(before) is not None  # "living on Birch Lane", "based in Port Ellis"
    if not before.endswith(("of ", "for ", "at ", "the ")):
        return False
    if before.endswith(" the ") and before[-6:-5].isalpha():
        return True  # "told the Tarrow Courier", "crossed the Green River": a person's name takes no "the"
    if before.endswith(" of ") and _PLACE_OF_BEFORE.search(before) is not None:
        return True  # "in the border town of Villa Nueva", "the island of Port Ewan": a place's name
    if before.endswith(" of ") and _RESIDENT_OF_BEFORE.search(before) is not None:
        return True  # "A resident of Elm Flats", "the mayor of Ash Vale": where the person lives or holds office
    return _ORG_NAME_BEFORE.search(before) is not None


#: A lower-case place noun and "of" right before a capitalised pair: the pair is the place's name ("the
#: market town of Ash Vale", "the province of Nueva Esperanza"); "the son of Jane Roe" stays a person.
_PLACE_OF_BEFORE = re.compile(
    r"\b(?:town|village|city|hamlet|suburb|district|region|province|county|borough|island|state|port|parish)"
    r"[ \t]+of[ \t]+$"
)


#: A person noun of a place and "of" right before a capitalised pair: the pair is the place ("A resident of
#: Elm Flats", "villagers of Low Dell", "the mayor of Ash Vale"); "a friend of Jane Roe", "the son of Jane
#: Roe" stay people.
_RESIDENT_OF_BEFORE = re.compile(
    r"\b(?:[Rr]esidents?|[Nn]atives?|[Vv]illagers?|[Ii]nhabitants?|[Cc]itizens?|[Pp]eople|[Ll]ocals|[Tt]enants?"
    r"|[Hh]ouseholders?|[Hh]omeowners?|[Mm]ayor|[Gg]overnor|[Ss]heriff|[Pp]rovost)[ \t]+of[ \t]+$"
)


#: First words of a place's name, never of a person's ("Fort Augustus", "Port Talbot", "Loch Lomond").
_PLACE_FIRST_WORDS = frozenset("Fort Mount Loch Cape Port Lake".split())
#: Route prepositions after a word, right before a capitalised pair: the pair is a place ("past Fort William").
_ROUTE_PREPOSITIONS = (" around ", " past ", " towards ", " toward ", " across ", " through ", " along ", " beyond ")
#: What may come right before a place's capitalised pair: a route preposition, "on", "in", "near", "from".
_PLACE_BEFORE = (*_ROUTE_PREPOSITIONS, "on ", "in ", "near ", "from ")
#: "a/an/the <noun> from" right before a capitalised pair: the noun's group 1, a person if listed.
_PERSON_FROM = re.compile(r"\b(?:an?|the)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?([A-Za-z]+)[ \t]+from[ \t]+$")
#: Person nouns before "from <Place>" beyond :data:`ROLE_WORDS` (party members, people of a place).
_FROM_PERSONS = frozenset(
    "republican democrat independent conservative liberal resident native man woman lawmaker legislator".split()
)
#: A verb of travel and "from" or "to" right before a capitalised pair: the pair is a place ("commutes from
#: Hale End"; "a letter from Jane Roe", "spoke to Jane Roe" stay people).
_TRAVEL_BEFORE = re.compile(
    r"\b(?:travel|travels|travelled|traveled|travelling|traveling|commute|commutes|commuted|commuting"
    r"|drive|drives|drove|driving|driven|walk|walks|walked|walking|cycle|cycles|cycled|cycling|fly|flies"
    r"|flew|flying|flown|sail|sails|sailed|sailing|moved|moves|relocated|emigrated|journeyed|trekked)"
    r"[ \t]+(?:from|to)[ \t]+$"
)
#: A participle and a place preposition right before a capitalised pair: the pair is a place.
_PLACED_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(PLACE_PARTICIPLES)) + r")[ \t]+(?:on|in|near|from)[ \t]+$"
)
#: Last words of a street's or a place's name, never of a person's.
_STREET_WORDS = frozenset(
    "Road Lane Street Avenue Drive Crescent Terrace Gardens Square Close Way Place Grove".split()
)


#: Up to three words right before a name, in its clause ("Housing minister [Rachel Greene]"), or before
#: the comma of a role in apposition ("the country's trade minister, [Ana Ruiz]").
_TITLE_RUN = re.compile(r"(?:[A-Za-z][\w-]*[ \t]+){0,2}[A-Za-z][\w-]*,?[ \t]+$")


def _title_run(body: str, start: int) -> re.Match[str] | None:
    r"""``_TITLE_RUN.search(body, max(0, start - 40), start)``, the search begun at the third word from the end.

    A match is one to three words, each with the blanks after it, up to ``start`` (or a "\n" right
    before it): it holds at most three blank-separated tokens of the window, so it cannot start
    before the third token from the end (``str.rsplit`` splits at every blank, and the words of a
    match hold none). Searching from there finds the same match without trying every earlier
    position (the expression has no look-behind).
    """
    lo = max(0, start - 40)
    parts = body[lo:start].rsplit(None, 3)
    if len(parts) == 4:
        lo += len(parts[0])
    return _TITLE_RUN.search(body, lo, start)


#: A British court report's counsel before a name: "Prosecuting, Jane Roe said", "Defending him, Tom
#: Hale told the court", "Mitigating, ..." (a legal source).
_COUNSEL_BEFORE = re.compile(r"(?<![\w-])(?:Prosecuting|Defending|Mitigating)(?:[ \t]+(?:him|her|them))?,[ \t]*$")


#: The first preposition or clause after an anonymous source's head ("a senior official| of the port").
_AFFILIATION_SPLIT = re.compile(r" (?:of|at|from|in|for|with|close|familiar|who|whose)\b|,")


def _other_first_name(display: str, name: str) -> bool:
    """Whether the full name ``display`` has a first name that the fuller ``name`` of its surname lacks.

    "Denise Hart" against "Chloe Hart" (two people of one family); not "Mr Reece" or "J. Roe" (a title or an
    initial) against "Simon Reece".
    """
    d = display.split()
    if len(d) < 2 or " " not in name:
        return False
    first = d[-2]
    return (
        len(first) > 1
        and first[0].isupper()
        and first[1:].isalpha()
        and first[1:].islower()
        and first not in TITLES
        and first.lower() not in _NOT_FIRST_NAMES
        and first not in name.split()
    )


#: Capitalised words before a surname that are no first name: a sentence's opening word or an honorific
#: ("What Huffington has done", "Like Mourinho, she ...", "Lady Carnarvon"): the same person, no relative.
_NOT_FIRST_NAMES = frozenset(
    """what which who whom whose why how when where while whilst like unlike as but and or so if then than
    though although because since after before until for from to at in on by with without about into over
    under also even only just yet still both all every each this that these those the a an his her its
    their our my your former late young old new says said""".split()
)
#: Honorifics of one gender, before a surname shown as a relative's own name ("Lady Carnarvon").
_HONORIFIC_GENDER = {
    **dict.fromkeys(("Lady", "Dame", "Mrs", "Ms", "Miss", "Madam"), "f"),
    **dict.fromkeys(("Lord", "Sir", "Mr"), "m"),
}


#: Last words of a capitalised sequence that make it a body's name, never a person's ("Harvest Table Inc").
_ORG_LAST_WORDS = ORG_SUFFIXES | COMPANY_NAME_ENDINGS | TRADE_PLURALS


#: "the <Pair> <noun>": a capitalised pair used as a modifier after "the" ("the Skyline Connect flight").
_THE_PAIR_NOUN = re.compile(r"\b[Tt]he[ \t]+([A-Z][\w'’-]*[ \t][A-Z][\w'’-]*)[ \t]([a-z]+)\b")
#: :data:`_THE_PAIR_NOUN` led by the literal "he" (the same groups at the same places; a match starts one
#: character later, after the "T" or "t"): the regular-expression engine skips ahead to each "he" instead of
#: trying the leading word boundary at every position (about 0.1 ms per article; the equivalence is checked
#: by a property test, tests/metrics/test_sourcing_speed17.py).
_THE_PAIR_NOUN_FAST = re.compile(
    r"he(?<=[Tt]he)(?<!\w[Tt]he)[ \t]+([A-Z][\w'’-]*[ \t][A-Z][\w'’-]*)[ \t]([a-z]+)\b"
)
#: Product, service and vehicle nouns a brand's name modifies ("the Skyline Connect flight", "the Harbour
#: Lights ferry", "the Kestrel Pay app"); a person's name modifies other nouns ("the Kwame Nkrumah memorial",
#: "the Jane Roe case"), so only these make the pair a brand's.
_BRAND_NOUNS = frozenset(
    """flight flights service services app apps store stores shop shops restaurant restaurants cafe bar
    hotel hotels brand brands ferry ferries route routes airline chain network platform website product
    products range label bus buses train trains coach coaches tram trams plane planes jet jets aircraft
    vehicle vehicles car cars van vans truck trucks lorry lorries phone phones device devices card cards
    outlet outlets supermarket supermarkets franchise subscription subscriptions""".split()
)
#: A title right before a name ("Ms Okafor", "Dr Ngozi Okafor"): the name is a person's.
_ANY_TITLE_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted(TITLES | {"Miss", "Sir", "Lady", "Dame", "Lord", "Professor"}, key=len, reverse=True))
    + r")\.?[ \t]+$"
)
#: Person nouns that, in an apposition, make a name a person's ("Ngozi Okafor, the head teacher,").
_PERSON_APPOSITION_WORDS = (
    frozenset(w for w, k in ROLE_WORDS.items() if k in ("official", "legal", "expert", "citizen"))
    | MALE_WORDS
    | FEMALE_WORDS
    | frozenset("founder owner chief chef executive director manager chairman chairwoman boss ceo".split())
) - INSTITUTIONS - frozenset("he him his she her campaign candidates".split())
#: Right after a name: an age, a relative "who" or an apposition with a person noun in its first words.
_PERSON_AFTER = re.compile(
    r",[ \t]+(?:\d{1,3}[ \t]*,|who\b|(?:a|an|the|his|her)[ \t]+((?:[\w'’-]+[ \t]+){0,3}[\w'’-]+))"
)
#: A person pronoun opening the next sentence ("... the menu. She said"): the name before is a person's.
_PERSON_PRONOUN_NEXT = re.compile(r"(?:He|She|His|Her)\b")


class Entity(NamedTuple):
    """What a source mention stands for: class, kind, merge key, display text and its span."""

    source_class: str
    source_kind: str
    key: str
    display: str
    start: int
    end: int
    gender: str = ""
    plural: bool = False


#: Between a name and a role noun in apposition: ", a", ", the city's", ", its chief" (no clause).
_APPOSITION_BEFORE = re.compile(
    r",\s+(?:(?:a|an|the|his|her|its|their|[A-Z][\w'’.-]*['’]s?)\s+)?(?:[\w'’-]+\s+){0,4}"
)
#: A name right after a role noun: "spokeswoman Jane Roe", "the spokeswoman, Jane Roe".
_NAME_AFTER = re.compile(r",?\s+((?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*\w)")
#: A name in apposition after a role noun's post-modifier that ends with a capitalised name: "a spokesman
#: for the operator Delta Quay, Juan Perez," (the name closed by a comma: the apposition is the noun's).
_NAME_AFTER_MODIFIER = re.compile(
    r"\s+(?:for|at|of|with)\s+(?:[\w'’&.-]+\s+){0,6}?[A-Z][\w'’&.-]*,\s+((?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*\w),"
)
#: The same after a lower-case body noun ("A spokeswoman for the operator, Priya Lal,"): taken only when that
#: noun (group 2) is no person's ("a spokeswoman for the mayor, Ana Ruiz," may name the mayor) and the name
#: is a person's in the index ("a spokesman for the firm, Acme Rail," is none).
_NAME_AFTER_BODY_NOUN = re.compile(
    r"\s+(?:for|at|of|with)\s+(?:[\w'’&.-]+\s+){0,6}?([a-z][\w'’&-]*),\s+((?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*\w),"
)
_TITLE_BEFORE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Sir|Lady|Dame|Lord)\.?\s+$")
#: A person noun in apposition right before a name, with up to three lower-case words of title between
#: ("his wife, former model Tia Brooks", "Her son, Tom"): its gender is the name's.
_KIN_BEFORE = re.compile(r"\b([a-z]+),\s+(?:[a-z][\w-]*\s+){0,3}$")
_KIN_GENDERED = (MALE_WORDS | FEMALE_WORDS) - frozenset("he him his she her".split())
_WORD_RE = re.compile(r"[\w'’-]+")
_CAP_WORD = re.compile(r"\b[A-Z][\w'’-]*\w")
#: A sentence's end inside a stretch of text (a full stop, "?" or "!" before a space, or a line break).
_SENTENCE_END = re.compile(r"[.!?][\"”]?\s|\n")
#: A fronted time or place phrase opening a sentence, up to its comma ("At the hearing on Monday, ", "Later, "):
#: the subject after it still opens the sentence's main clause.
_FRONTED_OPENING = re.compile(
    r"(?:At|In|On|After|During|Before|Following|Outside|Inside|Later|Earlier|Afterwards|Speaking)\b"
    r"[^,.;:!?\"“”\n]{0,80},[ \t]*$"
)


def _after_fronted_opening(body: str, pos: int) -> int:
    """The start of the sentence whose fronted time or place phrase ends right before ``pos``, else -1.

    "... Joe Mallin will miss a month. At his press conference on Thursday, the Dutchman said": the
    description after "At ... Thursday," is the subject of its sentence as much as one opening it. One
    bounded look back (120 characters) and one anchored match.
    """
    lo = max(0, pos - 120)
    start = -1 if lo > 0 else 0
    for m in _SENTENCE_END.finditer(body, lo, pos):
        start = m.end()
    if start < 0:
        return -1  # no sentence start within reach
    while start < pos and body[start] in " \t":
        start += 1
    return start if _FRONTED_OPENING.match(body, start, pos) is not None else -1
#: The lower-case word before a capitalised name (the name's own capitalised words skipped).
_OBJECT_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)\s+(?:[A-Z][\w'’.-]*\s+)*$")
#: Words that make the name after them an object, no one an occupation noun stands for: prepositions and
#: verbs of meeting, judging or acting on a person ("met Tom Reed", "with Tom Reed", "praised Tom Reed").
#: The comma before an age given after a name ("Mark Lowe, 31,").
_AGE_AFTER = re.compile(r",\s*(\d{1,3})(?!\d)")
#: "according to" before a name: the person is the speaker cited, no object ("According to Ann Vale, ...").
_ACCORDING_BEFORE = re.compile(r"according\s+$", re.IGNORECASE)
#: ("by" is no marker: "a farm run by Greta Fell", a passive's agent, is the person acting.)
_OBJECT_MARKERS = frozenset(
    """with to for against about of from at into on than like met meets meeting visited visits beat
    defeated thanked praised blamed interviewed phoned called named appointed hired sacked fired replaced
    married arrested charged sued accused greeted welcomed introduced saw""".split()
)


def may_hold(text: str, *words: str) -> bool:
    """False only when no word of ``words`` (ASCII) has a case-insensitive match in ``text``.

    A quick, necessary test before a case-insensitive search. Case-insensitive matching pairs an ASCII letter with its other case and the Kelvin sign (all
    lower-cased to it), and also with "İ" (whose lower case is two characters), "ı" and "ſ" (which
    stay as they are): with those, always True.
    """
    low = text.lower()
    return len(low) != len(text) or "ı" in text or "ſ" in text or any(w.lower() in low for w in words)


class Resolver:
    """Entities of one article, in text order, for pronoun, description and organisation resolution."""

    def __init__(self, body: str) -> None:
        """Index the person names of ``body`` (surname keys; display names and genders on demand)."""
        self.body = body
        self.name_ends, self.name_keys, self._occurrences = _name_index(body)
        #: Surname -> kind (the classifier fills kinds in).
        self.persons: dict[str, str] = dict.fromkeys(self.name_keys, "unknown")
        self._display: dict[str, str] = {}
        self._gender: dict[str, str] = {}
        #: Person key -> the gender of a "he" / "she" already resolved to the person (a name whose first
        #: name tells nothing: "Kit Alder ... he said ... she says" is not Kit Alder).
        self._learned: dict[str, str] = {}
        #: (position, person) of each "he" / "she" resolved to a named person, in order.
        self._chain: list[tuple[int, Entity]] = []
        self._title_kinds: dict[str, str] = {}
        #: First name -> (start, surname key) of the full names that open with it (:meth:`given_name`).
        self._given: dict[str, list[tuple[int, str]]] | None = None
        #: The pairs the text uses as a brand's name (:meth:`brand_name`, built on first use).
        self._brand_pairs: frozenset[str] | None = None
        #: Sources classified so far (positions in order): the antecedents of later mentions.
        self.sources: list[Entity] = []
        self._source_starts: list[int] = []
        self._fullest: dict[str, list[tuple[str, int]]] = {}
        self._occ_ends: dict[str, list[int]] = {}
        # organisation sources by what a description is matched on, each a list of
        # (position, order added, entity) sorted as :attr:`sources` is
        self._added = 0
        self._named_by_last: dict[str, list[tuple[int, int, Entity]]] = {}
        self._named_by_kind: dict[str, list[tuple[int, int, Entity]]] = {}
        self._org_by_head: dict[str, list[tuple[int, int, Entity]]] = {}
        #: A body's name -> the organisation source that named it after a description ("Ferry operator
        #: Islandlink"): a later bare "Islandlink" is that body, no person.
        self.body_names: dict[str, Entity] = {}
        #: Key -> the explicitly anonymous source with that description ("A nurse, who asked not to be named").
        self._unnamed_by_key: dict[str, Entity] = {}
        #: The first word of a named organisation source's name of several words -> that body ("Kestrel
        #: Homeware said ... Kestrel said": the short name is the body's, no person's first name).
        self.short_names: dict[str, Entity] = {}

    # -- people -------------------------------------------------------------------------------

    def _person_display(self, key: str, pos: int) -> tuple[str, str, int, int]:
        """The fullest name of ``key`` seen before ``pos`` (or its first one), its gender and span."""
        occ = self._occurrences.get(key)
        if not occ:
            return "", "", -1, -1
        fullest = self._fullest.get(key)
        if fullest is None:
            # fullest[i]: the longest name among occ[: i + 1] (the first of equal length)
            fullest = []
            name, start = occ[0][1], occ[0][2]
            for _end, n, st in occ:
                if len(n) > len(name):
                    name, start = n, st
                fullest.append((name, start))
            self._fullest[key] = fullest
            self._occ_ends[key] = [e for e, _, _ in occ]
        # the names ending at or before pos (at least the first one)
        m = bisect.bisect_right(self._occ_ends[key], pos)
        name, start = fullest[max(m, 1) - 1]
        end = start + len(name)
        gender = self._gender.get(key)
        if gender is None:
            before = self.body[max(0, start - 8) : start]
            title = _TITLE_BEFORE.search(before)
            marks = [title.group().strip(" .").lower()] if title else []
            if not title:
                kin = _KIN_BEFORE.search(self.body, max(0, start - 40), start)
                if kin is not None and kin.group(1) in _KIN_GENDERED:
                    marks = [kin.group(1)]  # "his wife, former model Tia Brooks": the gendered noun in apposition
            # the words around the name are read only when the title and the first name tell nothing
            gender = _name_gender(name, marks) or _name_gender(
                name,
                [
                    w
                    for w in map(str.lower, _WORD_RE.findall(*self._sentence_window(start, end)))
                    if w in ("spokeswoman", "spokesman", "chairman", "chairwoman")
                ],
            )
            self._gender[key] = gender
        return name, gender, start, end

    def _sentence_window(self, start: int, end: int) -> tuple[str, int, int]:
        """The body and the window around a name (40 characters before, 60 after) cut to the name's sentence.

        "A spokesman said. Dr Ann Tait, a geologist, said": the earlier sentence's "spokesman" is not hers.
        """
        body = self.body
        lo = max(0, start - 40)
        stop = max(body.rfind(". ", lo, start), body.rfind("\n", lo, start))
        hi = body.find(". ", end, end + 60)
        return body, stop + 1 if stop >= 0 else lo, hi if hi >= 0 else end + 60

    def person_entity(self, key: str, kind: str, pos: int, display: str = "") -> Entity:
        """The entity of a named person (surname ``key``), shown by its fullest earlier name."""
        name, gender, start, end = self._person_display(key, pos)
        if not name:
            name = display
        elif _other_first_name(display, name):
            # "Chloe's mum, Denise Hart" after "Chloe Hart": a relative of the same surname, shown by her own name
            start = self.body.find(display, pos)
            name, gender, end = display, "", start + len(display) if start >= 0 else -1
            if start > 0:
                # her own gender: the kin noun right before her name, else her first name ("Mr Hart's
                # mother, Denise Hart": "mother", female; a "he" resolved to the son is not hers)
                noun = _WORD_RE.findall(self.body, max(0, start - 16), start)
                gender = _name_gender(display, [noun[-1].lower()] if noun else [])
                # "Lady Carnarvon" after "Lord Carnarvon": the honorific gives her gender
                gender = gender or _HONORIFIC_GENDER.get(display.split(" ", 1)[0], "")
        if kind == "unknown" and start > 0:
            kind = self._title_kind(key, start)  # "Housing minister Rachel Greene" ... "GREENE:", "She"
        return Entity("named", kind, key, name or key, start, end, gender)

    def brand_name(self, name: str) -> bool:
        """Whether the capitalised pair ``name`` is a brand's or a body's (:meth:`_brands`: one index per article)."""
        brands = self._brand_pairs
        if brands is None:
            brands = self._brand_pairs = self._brands()
        return name in brands

    def _brands(self) -> frozenset[str]:
        """The capitalised pairs the text uses as a brand's name: "the <Pair> <product or service noun>".

        "The Skyline Connect flight", "the Harbour Lights ferry": a person's name takes no "the" before
        it, and a brand's name modifies a product, service or vehicle noun (:data:`_BRAND_NOUNS`; "the
        Kwame Nkrumah memorial" stays a person's). Never a pair opening with a known first name ("the Joe
        Biden plane"), nor a pair the text also gives a person's marks at another mention: a title
        ("Ms Serwaa"), an age, "who" or a person noun in apposition ("Ama Serwaa, the head teacher,"),
        or a person pronoun opening the next sentence ("Ama Serwaa said ... She"). One pass over the
        body for the candidates, then only the candidates' own name occurrences (linear).
        """
        body = self.body
        found = {
            m.group(1)
            for m in _THE_PAIR_NOUN_FAST.finditer(body)
            if m.group(2) in _BRAND_NOUNS and m.group(1).split()[0].lower() not in FIRST_NAMES
        }
        marked: dict[str, bool] = {}  # by surname key: each key's mentions are read once (linear)
        for name in found:
            key = _surname(name)
            if key not in marked:
                marked[key] = self._person_marked(key)
        return frozenset(name for name in found if not marked[_surname(name)])

    def _person_marked(self, key: str) -> bool:
        """Whether a mention of the surname ``key`` (full name or not) not after "the" carries a person's mark."""
        body = self.body
        for end, _n, start in self._occurrences.get(key, ()):
            if body[max(0, start - 4) : start].lower() == "the " and not body[max(0, start - 5) : start - 4].isalnum():
                continue  # the modifier itself
            if _ANY_TITLE_BEFORE.search(body, max(0, start - 12), start):
                return True
            after = _PERSON_AFTER.match(body, end)
            if after is not None and (
                after.group(1) is None
                or any(w.lower() in _PERSON_APPOSITION_WORDS for w in after.group(1).split())
            ):
                return True
            stop = body.find(". ", end, end + 300)
            if stop >= 0 and _PERSON_PRONOUN_NEXT.match(body, stop + 2):
                k = bisect.bisect_right(self.name_ends, end)
                if k >= len(self.name_ends) or self.name_ends[k] > stop:
                    return True  # no other name between: the pronoun is this name's
        return False

    def given_name(self, word: str, pos: int) -> str:
        """The surname key of the nearest full name before ``pos`` whose first name is ``word``, else "".

        "Hannah said" after "owner Hannah Briggs": a lone first name after the full name is that person.
        A title ("Mr", "Dr") is no first name; a word that is itself a surname of the text is left alone.
        """
        if word.lower() in self._occurrences:
            return ""  # a surname of the text (the index below is built only when it may be asked)
        given = self._given
        if given is None:
            given = {}
            # "Harrow Outdoor Inc" anywhere: "Harrow Outdoor" is that company's name at every mention (the
            # headline's "Harrow Outdoor shares"), so "Harrow" alone is no first name of it (one search a
            # name, after the cheap tests)
            company: dict[str, bool] = {}
            for key, occ in self._occurrences.items():
                for _end, name, start in occ:
                    first, _, rest = name.partition(" ")
                    if (
                        rest
                        and first.isalpha()
                        and first[1:].islower()  # a first name's shape: not "FreshWay Markets"
                        and first.lower() != key
                        and first not in TITLES
                        and rest.rsplit(" ", 1)[-1] not in _ORG_LAST_WORDS
                        and not _in_org_name(self.body, start, name)  # not "Centre for Control of Iodine ..."
                    ):
                        is_company = company.get(name)
                        if is_company is None:
                            is_company = company[name] = self._company_name(name)
                        if not is_company:
                            given.setdefault(first, []).append((start, key))
            for starts in given.values():
                starts.sort()
            self._given = given
        found = given.get(word)
        if not found:
            return ""
        k = bisect.bisect_left(found, (pos, ""))
        return found[k - 1][1] if k else ""

    def _company_name(self, name: str) -> bool:
        """Whether the text writes ``name`` somewhere before a body's ending ("Harrow Outdoor Inc", "... Ltd")."""
        body = self.body
        i = body.find(name + " ")
        while i >= 0:
            j = i + len(name) + 1
            nxt = body[j : j + 16].split(" ", 1)[0].rstrip(".,;:")
            if nxt in _ORG_LAST_WORDS:
                return True
            i = body.find(name + " ", j)
        return False

    def _title_kind(self, key: str, start: int) -> str:
        """The kind the title words right before a name's mention give it ("Housing minister" -> official)."""
        found = self._title_kinds.get(key)
        if found is None:
            m = _title_run(self.body, start)
            words = [w.lower().rstrip(",") for w in m.group().split()] if m else []
            if m is not None and "," in m.group() and words and not person_word(words[-1]):
                # a title before a comma is the name's only when it names a person ("the trade minister,
                # Ana Ruiz, said"); "Their company, Tom Reed said, had" is a body, then a parenthetical speaker
                words = []
            # a title ends right before the name ("Housing minister Rachel Greene"); "Police found Jane
            # Roe's car" has a verb there, and the subject of that verb gives the name no kind
            if words and "-" in words[-1]:
                # "Secretary-General", "Lieutenant-Colonel", "Mayor-elect": the title's parts, "elect" and
                # "designate" left out
                parts = [p for p in words[-1].split("-") if p and p not in _TITLE_SUFFIXES]
                words[-1:] = parts
            found = kind_of(words) if words and (words[-1] in ROLE_WORDS or person_word(words[-1])) else "unknown"
            if found == "unknown" and _COUNSEL_BEFORE.search(self.body, max(0, start - 40), start) is not None:
                found = "legal"  # "Prosecuting, Sarah Whitcombe said": a barrister named by the side she argues
            self._title_kinds[key] = found
        return found

    # -- sources so far -----------------------------------------------------------------------

    def add(self, pos: int, entity: Entity) -> None:
        """Record a classified source at ``pos`` (an antecedent for later mentions)."""
        k = bisect.bisect_right(self._source_starts, pos)
        self._source_starts.insert(k, pos)
        self.sources.insert(k, entity)
        if entity.source_class == "unnamed" and entity.key:
            self._unnamed_by_key[entity.key] = entity
        if entity.source_class != "organisation":
            return
        if " " in entity.display:
            cut = descriptor_cut(entity.display)
            if cut:  # "Ferry operator Islandlink": a later "Islandlink" is this body
                self.body_names.setdefault(entity.display[cut:], entity)
        self._added += 1
        item = (pos, self._added, entity)
        if named_org(entity.display):
            first, _, rest = entity.display.partition(" ")
            if rest and first[1:].islower() and first.isalpha() and first not in _NO_SHORT_NAMES:
                self.short_names[first] = entity
            last = entity.display.split()[-1].lower().strip(".") if entity.display else ""
            bisect.insort(self._named_by_last.setdefault(last, []), item)
            bisect.insort(self._named_by_kind.setdefault(entity.source_kind, []), item)
        if entity.display:
            bisect.insort(self._org_by_head.setdefault(entity.display.split()[-1].lower(), []), item)

    def earlier_unnamed(self, head: str, pos: int) -> Entity | None:
        """The nearest earlier anonymous source with the head noun ``head``, within :data:`PRONOUN_WINDOW`.

        "a senior official of the port" for "The official, who asked not to be named"; None when there is
        none. A definite description takes up an anonymous source introduced before it; a few look-ups back
        over the sources so far, nothing else.
        """
        j = bisect.bisect_left(self._source_starts, pos) - 1
        lo = pos - PRONOUN_WINDOW
        while j >= 0 and self._source_starts[j] >= lo:
            src = self.sources[j]
            j -= 1
            if src.source_class == "unnamed" and not src.plural:
                words = _AFFILIATION_SPLIT.split(src.key, 1)[0].split()
                if words and words[-1] == head:
                    return src
        return None

    def resolve_pronoun(self, pronoun: str, pos: int, cue_type: str) -> Entity | None:
        """The antecedent of ``pronoun`` at ``pos`` (see the module docstring), or None."""
        lo = pos - PRONOUN_WINDOW
        if pronoun in ("he", "she"):
            want = "m" if pronoun == "he" else "f"
            found = self._person_pronoun(want, pos, lo)
            if found is not None and found.source_class == "role" and found.key in self._unnamed_by_key:
                # "A resident, who did not want her name used, said ... she said": the description read
                # again without its anonymity clause (a cue inside the clause) is the same anonymous source
                found = self._unnamed_by_key[found.key]
            if found is not None and found.source_class == "named":
                self._chain.append((pos, found))
            elif found is None:
                # a chain of pronouns carries the person beyond the window of the name ("Mara Quill ...
                # she tells me ... she admits ... she says"): the latest pronoun resolved to one
                found = next(
                    (e for p, e in reversed(self._chain) if p >= lo and self._learned.get(e.key, want) == want), None
                )
            return found
        if pronoun == "they":
            for n, j in enumerate(range(bisect.bisect_left(self._source_starts, pos) - 1, -1, -1)):
                if self._source_starts[j] < lo:
                    break
                src = self.sources[j]
                if src.plural or src.source_class == "organisation":
                    return src
                if n == 0 and _singular_they(src, pos - self._source_starts[j]):
                    return src  # "A spokesperson for the trust said ... They added": singular "they"
            return None
        if pronoun == "it":
            for j in range(bisect.bisect_left(self._source_starts, pos) - 1, -1, -1):
                if self._source_starts[j] < pos - 600:
                    break
                src = self.sources[j]
                if src.source_class in ("organisation", "document"):
                    return src
            return None
        return None

    def _person_pronoun(self, want: str, pos: int, lo: int) -> Entity | None:
        """The nearest earlier person of gender ``want`` (or unknown) in ``[lo, pos)`` for "he" / "she"."""
        # the nearest earlier person: a name of the text or a described person that was a source
        i = bisect.bisect_right(self.name_ends, pos) - 1
        j = bisect.bisect_left(self._source_starts, pos) - 1
        while i >= 0 or j >= 0:
            name_end = self.name_ends[i] if i >= 0 else -1
            src = self.sources[j] if j >= 0 else None
            src_pos = self._source_starts[j] if j >= 0 else -1
            if max(name_end, src_pos) < lo:
                return None
            if src is not None and src_pos >= name_end:
                j -= 1
                if src.source_class == "role" and src.display[:4].lower() == ("his " if want == "m" else "her "):
                    continue  # "Reyes said his client ... He said": "his" names another "he", the possessor
                if src.source_class in ("named", "role", "unnamed") and not src.plural:
                    if src.gender in ("", want) and src.source_class != "named":
                        return src
                    if src.source_class == "named" and (src.gender or self._learned.get(src.key, "")) in (
                        "",
                        want,
                    ):
                        self._learned.setdefault(src.key, want)
                        return src
                continue
            key = self.name_keys[i]
            i -= 1
            kind = self.persons.get(key, "unknown")
            ent = self.person_entity(key, kind, pos)
            own = self._own_name(key, name_end, ent.display)
            if own is not None:
                ent = own  # "Gethin Hart ... his mother, Denise Hart, said ... she said": the relative herself
            if (ent.gender or self._learned.get(ent.key, "")) in ("", want):
                speaker = self._continuing_speaker(key, name_end, pos, want)
                if speaker is not None:
                    return speaker
                self._learned.setdefault(ent.key, want)
                return ent
        return None

    def _own_name(self, key: str, mention_end: int, display: str) -> Entity | None:
        """The entity of the mention of ``key`` ending at ``mention_end`` when its first name is not ``display``'s.

        A relative sharing a surname ("Denise Hart" after "Chloe Hart") is shown by her own name, with her
        own gender (:meth:`person_entity`); None for the same person (or when the mention is not found).
        """
        ends = self._occ_ends.get(key)
        occ = self._occurrences.get(key)
        if not ends or not occ:
            return None
        k = bisect.bisect_left(ends, mention_end)
        if k >= len(ends) or ends[k] != mention_end:
            return None
        _end, name, start = occ[k]
        if not _other_first_name(name, display):
            return None
        return self.person_entity(key, self.persons.get(key, "unknown"), start, name)

    def _continuing_speaker(self, key: str, mention_end: int, pos: int, want: str) -> Entity | None:
        """The named speaker of the previous sentence, when a sentence opens at ``pos`` after it, else None.

        "The owner, Ann Dale, said that Mr Rees was careful. He said ...", "TV star Mia Dorne accused
        her co-star Lena Holt of copying. The 31-year-old told ...": a subject opening a sentence (a
        "he" / "she", an age or generic description) continues the named source that opened the
        previous sentence, not a person named after that source in its content or as its object
        (``key``, the mention ending at ``mention_end``), when the source's gender allows. A source in
        the same sentence, or an earlier one, leaves the nearest name.
        """
        body = self.body
        before = body[max(0, pos - 3) : pos].rstrip(" \t")
        if pos and before and before[-1] not in ".!?\"”\n":
            if before[-1] != ",":
                return None
            pos = _after_fronted_opening(body, pos)
            if pos < 0:
                return None  # the subject opens no sentence, not even after a fronted time or place phrase
        j = bisect.bisect_left(self._source_starts, pos) - 1
        if j < 0:
            return None
        src_pos = self._source_starts[j]
        src = self.sources[j]
        if src.source_class != "named" or src.plural or src.key == key or src_pos >= mention_end:
            return None
        if want and (src.gender or self._learned.get(src.key, "")) not in ("", want):
            return None
        p2 = pos
        while p2 > src_pos and body[p2 - 1].isspace():
            p2 -= 1
        p2 -= 1  # the previous sentence's closing mark
        if p2 <= src_pos or _SENTENCE_END.search(body, src_pos, p2) is not None:
            return None  # the source is in an earlier sentence
        opening = body[max(0, src_pos - 3) : src_pos].rstrip(" \t")
        if opening and opening[-1] not in ".!?\"”\n":
            return None  # the source does not open the previous sentence
        return src

    def _generic_description(self, head: str, pos: int) -> Entity | None:
        """A generic person description ("the actress", "the 42-year-old") as the nearest earlier named person."""
        if "-of-" in head:
            head = head.split("-of-", 1)[0]  # "the mum-of-three", "the father-of-two"
        if head not in _GENERIC_PERSON_NOUNS and head not in DEMONYM_NOUNS and not head.endswith("-old"):
            return None
        want = "f" if head in FEMALE_WORDS else ("m" if head in MALE_WORDS else "")
        # the nearest earlier mention of a named person, full name or bare surname (the surname
        # chain links "Monroe" to "Jade Monroe" further back), within 400 characters; a possessor
        # ("Cole's agent") only when no other mention fits (it names the person as an owner, not a topic)
        lo = max(0, pos - 400)
        possessor: Entity | None = None
        if head in _OCCUPATION_NOUNS:
            return self._occupation_person(lo, pos)
        for m in reversed(list(_CAP_WORD.finditer(self.body, lo, pos))):
            key = m.group().lower()
            owner = key.endswith(("'s", "’s"))
            if owner:
                key = key[:-2]
            if key not in self._occurrences or (owner and possessor is not None):
                continue
            ent = self.person_entity(key, self.persons.get(key, "unknown"), pos)
            if not want or ent.gender in ("", want):
                if not owner:
                    am = _AGE_AFTER.match(self.body, m.end()) if head.endswith("-old") else None
                    if am is not None and head.startswith(am.group(1) + "-"):
                        return ent  # "Mark Lowe, 31, ... The 31-year-old said": the person of that age, named last
                    return self._continuing_speaker(key, m.end(), pos, want) or ent
                possessor = ent
        return possessor

    def _occupation_person(self, lo: int, pos: int) -> Entity | None:
        """The one named person in ``[lo, pos)`` an occupation ("the nurse") stands for, or None.

        None when two people are named there ("Maria Tull and Owen Brack ... The nurse said") or when the
        person holds a title or an office of another kind ("Councillor Ann Bell ... The nurse said").
        """
        found: Entity | None = None
        body = self.body
        for mm in _CAP_WORD.finditer(body, lo, pos):
            key = mm.group().lower()
            if key.endswith(("'s", "’s")):
                key = key[:-2]
            if key not in self._occurrences:
                continue
            before = _OBJECT_BEFORE.search(body, max(lo, mm.start() - 60), mm.start())
            if (
                before is not None
                and before.group(1) in _OBJECT_MARKERS
                and not (before.group(1) == "to" and _ACCORDING_BEFORE.search(body, max(lo, before.start() - 12), before.start()))
            ):
                continue  # "The mayor met Tom Reed. The teacher said": a person met or spoken of, no teacher
            ent = self.person_entity(key, self.persons.get(key, "unknown"), pos)
            if found is not None and ent.key != found.key:
                return None
            found = ent
        if found is None or found.source_kind in _OFFICE_KINDS:
            return None
        return found

    def resolve_description(self, head: str, cls: str, kind: str, pos: int, display: str = "") -> Entity | None:
        """The named antecedent of a definite description ("the spokeswoman", "the company").

        A person noun: the nearest earlier name next to the same noun ("Jane Roe,
        a spokeswoman", "spokeswoman Jane Roe"). An institution noun: the nearest
        earlier named organisation source whose name ends with the noun ("Camden
        Council" for "the council") or whose kind matches ("the newspaper" and
        "The Daily Mail"); the kind alone links only a description with no modifier of its
        own (``display``: "the island's community council" is no "Department of Rural Affairs").
        """
        body = self.body
        if cls == "role":
            if head.endswith("s") and not head.endswith(("ss", "man", "woman")) and head not in ("boss",):
                return None  # a group is not one named person
            lo, hi = max(0, pos - 3000), max(0, pos - 1)
            if head.isascii() and not may_hold(body[lo:hi], head):
                return self._generic_description(head, pos)  # the noun is not in the window
            pattern = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
            for m in reversed(list(pattern.finditer(body, lo, hi))):
                s, e = m.span()
                # "Jane Roe, a spokeswoman for ..." (the name right before, an article between)
                i = bisect.bisect_right(self.name_ends, s) - 1
                if i >= 0 and _APPOSITION_BEFORE.fullmatch(body, self.name_ends[i], s):
                    key = self.name_keys[i]
                    return self.person_entity(key, self.persons.get(key, kind), pos)
                # "spokeswoman Jane Roe", "the spokeswoman, Jane Roe,"
                # "a spokesman for the operator Delta Quay, Juan Perez,"
                b = _NAME_AFTER_BODY_NOUN.match(body, e)
                for n, g in (
                    (_NAME_AFTER.match(body, e), 1),
                    (_NAME_AFTER_MODIFIER.match(body, e), 1),
                    (None if b is None or person_word(b.group(1).lower()) else b, 2),
                ):
                    if n is not None:
                        i = bisect.bisect_left(self.name_ends, n.end(g))
                        if i < len(self.name_ends) and self.name_ends[i] == n.end(g):
                            key = self.name_keys[i]
                            return self.person_entity(key, self.persons.get(key, kind), pos)
            return self._generic_description(head, pos)
        # the latest earlier named organisation whose name ends with the noun, or of the same
        # kind for a generic noun; else the latest earlier description with the same head
        found = _latest_before(self._named_by_last.get(head), pos)
        if found is not None and _own_modifiers(display, found[2].display, head):
            found = None  # "the provincial disaster agency" is not the "National Volcano Monitoring Agency"
        if head in _GENERIC_ORG_NOUNS and not (
            display and {w.lower() for w in _WORD_RE.findall(display)} - _GENERIC_WORDS - {head}
        ):
            by_kind = _latest_before(self._named_by_kind.get(kind), pos) if found is None else None
            if by_kind is not None:
                # a name ending in the noun outranks a later body of the same kind ("Glyncoed County Council
                # ... Tarren Rivers Agency said ... The council said": the council)
                found = by_kind
        if found is None:
            found = _latest_before(self._org_by_head.get(head), pos)
        if found is not None and not (
            found[2].display.lower().endswith(head) and _own_modifiers(display, found[2].display, head)
        ):
            return found[2]
        named = self._named_in_text(head, pos)
        if named is not None:
            if named.display.lower().endswith(head):
                if _own_modifiers(display, named.display, head):
                    return None
            elif _own_group_words(_PLACED.sub("", display), _introduction(body, named.start, named.end), head):
                # "The opposition Liberal Democrat group" after "Bus operator Marches Link": a description
                # with words of its own that neither the name nor the phrase introducing it has is
                # another body ("the electronics company" after "electronics maker Voltra" is Voltra; a
                # place in a hyphenated modifier, "the Leeds-based company", only places it)
                return None
        return named

    def _named_in_text(self, head: str, pos: int) -> Entity | None:
        """The nearest earlier organisation name the description fits, cited or not.

        "A NASA probe has sent back images, the agency said": NASA is never a source
        itself, but the text names it just before. A name ending in the head noun
        ("the Environment Agency" for "the agency") or an agency known by its
        initials described by that noun (:data:`OFFICIAL_ACRONYMS`), or for "the company" / "the firm"
        a name ending like a company's ("Brightwell Foods", :data:`COMPANY_NAME_ENDINGS`), within
        :data:`PRONOUN_WINDOW` characters back.
        """
        if not head.isalpha():
            return None
        body = self.body
        lo = max(0, pos - PRONOUN_WINDOW)
        window = body[lo:pos]
        company = head in COMPANY_HEADS and any(e in window for e in COMPANY_NAME_ENDINGS)
        # the last company named behind a describing noun ("electronics maker Voltra"): only the last can win
        found = list(_DESCRIBED_COMPANY.finditer(window)) if head in COMPANY_HEADS else []
        if not found and head in _DESCRIBING_BODY_NOUNS and head in window:
            # "the debt charity Fairway Money Trust ... According to the charity": the body named after its noun
            found = list(_described_body(head).finditer(window))
        described = found[-1] if found else None
        if (
            not company
            and described is None
            and head.capitalize() not in window
            and not any(a in window for a in _ACRONYMS_BY_HEAD.get(head, ()))
        ):
            return None  # no name that could fit (a cheap test before the scan)
        best: tuple[int, str] | None = None
        for m in _ORG_NAME.finditer(body, lo, pos):
            name = m.group()
            words = name.split()
            if words[0] in ("The", "A", "An"):
                del words[0]
            for w in words:
                if head in OFFICIAL_ACRONYMS.get(w, ()):
                    best = (body.find(w, m.start()), w)  # "A NASA probe"
            if len(words) > 1 and (words[-1].lower() == head or (company and words[-1] in COMPANY_NAME_ENDINGS)):
                if "of" in words[1:-2] and words[0].lower() not in INSTITUTIONS and words[0] not in ORG_SUFFIXES:
                    del words[: words.index("of") + 1]  # "Shares of Pentacle Foods": the company after "of"
                name = " ".join(words)
                best = (body.find(words[0], m.start()), name)  # "the Environment Agency", "Brightwell Foods"
        if described is not None and (best is None or lo + described.start(1) > best[0]):
            best = (lo + described.start(1), described.group(1))  # "Consumer electronics maker Voltra"
        if best is None:
            return None
        start, name = best
        official = head in _OFFICIAL_ORG_HEADS or any(w in OFFICIAL_ACRONYMS for w in name.split())
        kind = "official" if official else "organisation"  # "Northgate NHS Trust": the name's public body
        return Entity("organisation", kind, name.lower(), name, start, start + len(name))


#: Parts of a hyphenated title that add no kind ("Mayor-elect", "Governor-designate").
_TITLE_SUFFIXES = frozenset(("elect", "designate"))
#: A capitalised hyphenated modifier that places a body ("Leeds-based", "New York-listed"): no word of its own.
_PLACED = re.compile(r"(?:[A-Z][\w'’]*\s)*[A-Z][\w'’]*-[a-z]+")


def _introduction(body: str, start: int, end: int) -> str:
    """A name's mention with the words before it in its sentence, up to 60 characters ("Bus operator Marches Link")."""
    lo = max(0, start - 60)
    cut = max(body.rfind(". ", lo, start), body.rfind("\n", lo, start))
    return body[(cut + 1 if cut >= 0 else lo) : end]


#: A company named after a lower-case noun that describes it ("electronics maker Voltra", "supermarket
#: chain Aldi", "the retailer Next"): "the company" / "the firm" after it is that company, shown by its name.
_DESCRIBED_COMPANY = re.compile(
    r"\b(?:maker|makers|company|firm|retailer|manufacturer|chain|giant|carmaker|supplier|brand|start-up|startup"
    r"|insurer|lender|developer|operator|group)\s+([A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,3})"
)


#: Nouns of a body (beyond :data:`_DESCRIBED_COMPANY`'s) that may describe a name right after them ("the debt
#: charity Fairway Money Trust", "the campaign group Fair Meters Now"): "the charity" after it is that body.
_DESCRIBING_BODY_NOUNS = frozenset("charity union association trust watchdog regulator label publisher".split())


@functools.lru_cache(maxsize=16)
def _described_body(head: str) -> re.Pattern[str]:
    """A name of up to four capitalised words right after the lower-case noun ``head``."""
    return re.compile(rf"\b{head}\s+([A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){{0,3}})")


#: Gender-neutral singular person nouns that a singular "they" may stand for ("A spokesperson ... They added").
_NEUTRAL_PERSON_NOUNS = frozenset("spokesperson representative official source person staffer aide".split())


def _singular_they(src: Entity, distance: int) -> bool:
    """Whether "they" ``distance`` characters after the source ``src`` (the nearest) is a singular "they".

    The nearest earlier source is one described person of no known gender named by a gender-neutral
    noun (:data:`_NEUTRAL_PERSON_NOUNS`), within 300 characters (the sentence before).
    """
    return (
        distance <= 300
        and src.source_class in ("role", "unnamed")
        and not src.plural
        and not src.gender
        and not _NEUTRAL_PERSON_NOUNS.isdisjoint(src.key.split())
    )


def _latest_before(items: list[tuple[int, int, Entity]] | None, pos: int) -> tuple[int, int, Entity] | None:
    """The last of the sorted ``(position, order, entity)`` items placed before ``pos``."""
    if not items:
        return None
    i = bisect.bisect_left(items, (pos, -1)) - 1
    return items[i] if i >= 0 else None


_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
#: A capitalised name (one word or more) or a word in capitals, for :meth:`Resolver._named_in_text`.
_ORG_NAME = re.compile(r"\b[A-Z][\w&'’-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|the[ \t]+|and[ \t]+)?[A-Z][\w&'’-]*)*")
#: Agencies known by their initials, by the head nouns that describe them.
_ACRONYMS_BY_HEAD: dict[str, tuple[str, ...]] = {}
for _acronym, _heads in OFFICIAL_ACRONYMS.items():
    for _head in _heads:
        _ACRONYMS_BY_HEAD[_head] = (*_ACRONYMS_BY_HEAD.get(_head, ()), _acronym)
#: Heads that make a named body official ("the Environment Agency", "the borough council").
_OFFICIAL_ORG_HEADS = frozenset(
    "agency council ministry department office authority commission bureau police service regulator".split()
)


#: Lower-case words that may not end a description before a body's name ("a lender in Ohio").
_NOT_DESCRIPTOR_HEAD = frozenset(
    """in on at of for from by with to into near about and or but a an as than its their his her our
    which who that this these those said says the new old former same other main public private
    nor neither either both between versus vs""".split()
)
#: Nouns ending in "-al" (other "-al" words before a name are adjectives: "The national Department of Water").
_AL_NOUNS = frozenset("hospital tribunal journal portal rival festival arsenal terminal capital signal".split())
#: Lower-case words a body's name may hold between its capitalised words ("Food and Drink Federation").
_NAME_PARTICLES = frozenset("of and for the on in & de du des da di na nan van von der den la le y".split())


def descriptor_cut(display: str) -> int:
    """Where a body's name starts after a lower-case description of it, else 0.

    "Ferry operator Islandlink", "The charity Memory Matters", "industry body the Food and Drink
    Federation", "Rail firm Union Pacific": the mention stands for the body its name names, as the
    comma apposition "Islandlink, the ferry operator" does. The name is the run of capitalised words
    (with particles between them) after the last lower-case word that is no function word. No cut for
    a whole name ("The Department of Health", "The RMT union"), a place after a preposition ("a lender
    in Ohio") or a comma.
    """
    if "," in display:
        return 0
    words = display.split(" ")
    if not words[-1][:1].isupper():
        return 0
    i = len(words) - 1
    while i > 0:
        if words[i][:1].isupper():
            i -= 1
            continue
        k = i
        while k > 0 and words[k] in _NAME_PARTICLES:
            k -= 1
        if k == i or not words[k][:1].isupper():
            break
        i = k  # particles only between two capitalised words ("Sons of the Valley", not "lender in Ohio")
    if i == 0:
        # all capitalised: a body noun opening the sentence before the name ("Charity Homewarden said")
        first = words[0].lower()
        last = words[-1].lower()
        if len(words) > 1 and first in BODY_BEFORE_NAME and last not in INSTITUTIONS and last not in BODY_BEFORE_NAME:
            return len(words[0]) + 1
        return 0
    j = i + 1  # the name's first word
    if i > 0 and words[i] == "the":
        i -= 1  # "industry body the Food and Drink Federation"
    head = words[i]
    if j >= len(words) or not head[:1].islower() or head in _NOT_DESCRIPTOR_HEAD or head.endswith("ly"):
        return 0
    if head.endswith("al") and head not in _AL_NOUNS:
        return 0  # an adjective: "The national Department of Water and Sanitation" is the name
    return sum(len(w) + 1 for w in words[:j])


def named_org(display: str) -> bool:
    """Whether an organisation is shown by its name ("Thames Water", "The RMT union"), not a description."""
    rest = _DETERMINER.sub("", display)
    first = rest.split(" ", 1)[0] if rest else ""
    if not first or not first[:1].isupper() or first.endswith(("'s", "’s")):
        return False
    words = rest.split(" ")
    if (
        len(words) > 1
        and first.lower() in BODY_BEFORE_NAME
        and words[1][:1].isupper()
        and words[-1].lower() not in INSTITUTIONS
        and words[-1].lower() not in BODY_BEFORE_NAME
    ):
        # "Charity Homewarden said" as "charity Homewarden said": a description, the body noun and then the
        # name, merged with the name's later mention ("Homewarden said"); "Charity Commission" is a name
        return False
    if "-" not in rest:
        return True
    # "the Columbus-based lender", "the New York-listed firm": a place in a hyphenated modifier, no name
    last_cap = [w for w in rest.split(" ") if w[:1].isupper()][-1]
    return "-" not in last_cap or not last_cap.rsplit("-", 1)[1][:1].islower()


#: Capitalised first words of a body's name that are no short name of it ("The", "National", "Royal").
_NO_SHORT_NAMES = frozenset(
    """The A An National Royal British English Scottish Welsh Irish American European International
    United Federal State City County General Central Great New North South East West Northern Southern
    Eastern Western Greater Local Public Independent Ministry Department""".split()
)


#: Institution nouns a named organisation of the same kind can be described by ("the company").
_GENERIC_ORG_NOUNS = frozenset(
    """company firm group newspaper paper broadcaster network outlet magazine council ministry
    department agency utility retailer airline operator charity union party bank club
    organisation organization website watchdog regulator""".split()
)


def _own_modifiers(display: str, name: str, head: str) -> bool:
    """Whether the description ``display`` has a content word the name ending in its ``head`` noun lacks.

    Words of :data:`_GENERIC_WORDS` do not count: "the provincial disaster agency" and the "National
    Volcano Monitoring Agency" are two bodies; "the environment agency" and the "Environment Agency" one.
    """
    if not display:
        return False
    words = {w.lower() for w in _WORD_RE.findall(display)} - _GENERIC_WORDS - {head}
    return bool(words - {w.lower() for w in _WORD_RE.findall(name)})


def _own_group_words(display: str, intro: str, head: str) -> bool:
    """Whether ``display`` describes another body than the one ``intro`` introduces (:func:`_own_modifiers`).

    Only words that name a side count: a capitalised word of the description's own ("The opposition
    Liberal Democrat group") or any own word before a group's head ("the ruling group", "the opposition
    bloc"); plain adjectives ("the struggling company", "the family-owned firm") describe the body named.
    """
    if not display or not _own_modifiers(display, intro, head):
        return False
    if head in _SIDE_HEADS:
        return True
    own = {w.lower() for w in _WORD_RE.findall(intro)}
    return any(
        w[:1].isupper() and w.lower() not in own and w.lower() not in _GENERIC_WORDS
        for w in _WORD_RE.findall(display)[1:]
    )


#: Heads of a described political side: its own words make it another body.
_SIDE_HEADS = frozenset("group party bloc coalition caucus faction alliance".split())


#: Content words too general to link a description to a name.
_GENERIC_WORDS = (
    frozenset(
        """the a an of and for in on at city town local national regional state county district
    group company firm authority board organisation organization service services council
    its their his her city's town's country's""".split()
    )
    | INSTITUTIONS
)


#: Description heads that stand for a named body with another last word ("the force" for "Wiltshire Police").
_NAME_WORDS_OF_HEAD: dict[str, frozenset[str]] = {"force": frozenset(("police", "constabulary"))}


#: Mass nouns of a body's people that, bare, name the institution at large ("police said"), as a plural does.
_MASS_BODY_NOUNS = frozenset("police staff personnel military clergy".split())


def _at_large(low: str) -> bool:
    """Whether the bare lower-cased noun ``low`` is a plural or a mass noun ("police", "regulators"), no singular."""
    return low in _MASS_BODY_NOUNS or (low.endswith("s") and not low.endswith("ss"))


def link_organisations(entities: list[tuple[int, Entity]]) -> dict[str, Entity]:
    """Merge organisation descriptions with names the text links (see the module docstring).

    Args:
        entities: ``(position, entity)`` of every organisation source of the article.

    Returns:
        The named entity each description key merges into.
    """
    named = [
        (p, e)
        for p, e in entities
        if named_org(e.display)
        and e.source_class == "organisation"
        # not a bare institution noun capitalised by its place ("Police are appealing")
        and not {w.lower() for w in _WORD_RE.findall(e.display)} <= _GENERIC_WORDS
    ]
    out: dict[str, Entity] = {}
    if not named:
        return out
    for _p, e in entities:
        if named_org(e.display) or e.key in out:
            continue
        if e.display and " " not in e.display and _at_large(e.display.lower()):
            # a bare plural or mass noun, no determiner ("police said", "regulators say"): the institution at
            # large, no one body the text names ("Westmoor Police"); a bare singular is a headline's "the
            # council" ("..., council admits") and merges as that description does
            continue
        # a body noun before the name is no modifier of the description's own ("consultancy Marlwick"); a
        # possessive places the body, it does not tell two bodies apart ("The county's rivers agency")
        words = (
            {w.lower() for w in _WORD_RE.findall(e.display) if not w.endswith(("'s", "’s"))}
            - _GENERIC_WORDS
            - BODY_BEFORE_NAME
        )
        head = e.display.split()[-1].lower() if e.display else ""
        for _q, n in named:
            name_words = {w.lower() for w in _WORD_RE.findall(n.display)}
            if head in name_words and not words - name_words <= {head}:
                # "the provincial disaster agency" and the "National Volcano Monitoring Agency": the same head
                # noun with modifiers of the description's own that the name lacks, two bodies
                continue
            if (
                (words & name_words)
                or (head in name_words and head in ROLE_WORDS)
                or not name_words.isdisjoint(_NAME_WORDS_OF_HEAD.get(head, ()))
            ):
                out[e.key] = n
                break
    return out


__all__ = ["PRONOUN_WINDOW", "Entity", "Resolver", "link_organisations"]
