"""Sourcing round twenty: the classes of error of the round-twenty articles (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import assert_row_with_source, table
from tests.metrics.sourcing_rows import class_kind_resolved as _row
from tests.metrics.sourcing_rows import pairs as _rows


# --- cues: a worry with no content, a work released, the generic "you" -------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Parents at Cobb Lane school are worried.", [], id="worried-full-stop"),
        # negatives: with a content clause the belief stays
        pytest.param(
            "Parents were concerned that the crossing would close.",
            [("concerned", "Parents")],
            id="negative-concerned-that",
        ),
        pytest.param(
            "The audit gave Ivo Brant a new reason to be worried.",
            [("worried", "")],
            id="negative-reason-to-be-worried",
        ),
        pytest.param(
            "Ivo Brant is worried the pier will fall.",
            [("worried", "Ivo Brant")],
            id="negative-worried-clause",
        ),
    ],
)
def test_sourcing_round20_contentless_worry(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The fiddler is about to release her third album.", [], id="release-album"),
        pytest.param("Quarry Lane Pictures will release the film in May.", [], id="release-film"),
        pytest.param("The rebels will release two hostages on Friday.", [], id="release-hostages"),
        # negatives: figures, data and a report released are the body's evidence
        pytest.param(
            "The county council will release figures on Friday.",
            [("release", "The county council")],
            id="negative-release-figures",
        ),
    ],
)
def test_sourcing_round20_release_of_a_work(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


# --- sources: a titled office before a name, an anonymity formula's adverb ----------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The Minister for Harbours, Mrs Ada Okon, who toured the quay on Monday, said repairs would start.",
            "said",
            "The Minister for Harbours, Mrs Ada Okon, who toured the quay on Monday",
            id="titled-office-name-relative",
        ),
        pytest.param(
            "The Fire Safety Officer in the district, Insp Bola Amadi, said the blaze was out.",
            "said",
            "The Fire Safety Officer in the district, Insp Bola Amadi",
            id="titled-office-in-place-name",
        ),
        pytest.param(
            "A port official who was not authorised to comment publicly said the ship was held.",
            "said",
            "A port official who was not authorised to comment publicly",
            id="anonymity-formula-adverb",
        ),
        # negatives: a fronted adverbial is no office; an adverb before the cue with no formula stays out
        pytest.param(
            "In the district, Bola Amadi said the blaze was out.",
            "said",
            "Bola Amadi",
            id="negative-fronted-adverbial",
        ),
        pytest.param(
            "The harbour master, who had spoken earlier, publicly said the ship was held.",
            "said",
            "The harbour master, who had spoken earlier",
            id="negative-adverb-before-cue",
        ),
    ],
)
def test_sourcing_round20_spans(text: str, cue: str, source: str) -> None:
    assert (cue, source) in _rows(text)


# --- classes: hearsay placed by a country, a record label, titles and bodies that are no people --------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "cls"),
    [
        pytest.param(
            "The winger will join Calder Town, according to reports in Spain.",
            "according to",
            "reports in Spain",
            "vague",
            id="reports-in-country",
        ),
        pytest.param(
            "His label, Brackwater Records, said the tour was off.",
            "said",
            "His label, Brackwater Records",
            "organisation",
            id="label-records",
        ),
        pytest.param(
            '"It was a hard year," the 38-year-old father of three said.',
            "said",
            "the 38-year-old father of three",
            "role",
            id="father-of-count-alone",
        ),
        # negative: hearsay in a named outlet is a document
        pytest.param(
            "The winger will join Calder Town, according to reports in the Tarrow Gazette.",
            "according to",
            "reports in the Tarrow Gazette",
            "document",
            id="negative-reports-in-outlet",
        ),
    ],
)
def test_sourcing_round20_classes(text: str, cue: str, source: str, cls: str) -> None:
    assert _row(text, cue, source)[0] == cls


# --- kinds: a union's officer, "Its" officer of a public body, honorifics ---------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to", "kind"),
    [
        pytest.param(
            "The Dock Workers Union said talks had failed. The union's general secretary, Ruth Calloway, "
            "said members would strike.",
            "said",
            "The union's general secretary, Ruth Calloway",
            "Ruth Calloway",
            "organisation",
            id="union-possessive-officer",
        ),
        pytest.param(
            "The Orlu State Ambulance Service said crews were delayed. Its Commandant, Mr Emeka Obi, said "
            "roads were blocked.",
            "said",
            "Its Commandant, Mr Emeka Obi",
            "Emeka Obi",
            "official",
            id="its-officer-public-body",
        ),
        pytest.param(
            "The chairman of the cattle traders' union, Alhaji Sani Garba, said prices had doubled.",
            "said",
            "The chairman of the cattle traders' union, Alhaji Sani Garba",
            "Sani Garba",
            None,
            id="alhaji-honorific",
        ),
        # negatives: a council's officer stays official; "Its" after a company gives no public kind
        pytest.param(
            "The council's president, Ruth Calloway, said the budget was set.",
            "said",
            "The council's president, Ruth Calloway",
            "Ruth Calloway",
            "official",
            id="negative-council-possessive",
        ),
        pytest.param(
            "Brightmoor Foods said sales fell. Its Commandant, Mr Emeka Obi, said costs rose.",
            "said",
            "Its Commandant, Mr Emeka Obi",
            "Emeka Obi",
            "unknown",
            id="negative-its-company",
        ),
    ],
)
def test_sourcing_round20_kinds(text: str, cue: str, source: str, resolved_to: str, kind: str | None) -> None:
    cls, got_kind, got_resolved = _row(text, cue, source)
    assert (cls, got_resolved) == ("named", resolved_to)
    if kind is not None:
        assert got_kind == kind


# --- resolution: pronoun chains, titles of works, described bodies, initials -------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to", "cls"),
    [
        pytest.param(
            "Nell Varga wrote the play with Robin Okoye. In an interview he said it took a year. "
            "\"Okoye is wrong,\" she says.",
            "says",
            "she",
            "Nell Varga",
            "named",
            id="he-resolved-name-is-male",
        ),
        pytest.param(
            "Nell Varga is back with her second novel, Winter Harbour. \"It was slow,\" she says.",
            "says",
            "she",
            "Nell Varga",
            "named",
            id="novel-title-no-person",
        ),
        pytest.param(
            "Ida Brook, director of the campaign group Clean Rivers Now, said the fines were low. "
            "She said the agency was slow.",
            "said",
            "She",
            "Ida Brook",
            "named",
            id="group-name-no-person",
        ),
        pytest.param(
            '"We lost everything," the 52-year-old mother of two said. Mrs Rose Adu had run the stall for years.',
            "said",
            "the 52-year-old mother of two",
            "",
            "role",
            id="mother-of-count-no-earlier-name",
        ),
        pytest.param(
            "A stallholder, Mrs Rose Adu, said the roof fell in. \"We lost everything,\" the 52-year-old "
            "mother of two said.",
            "said",
            "the 52-year-old mother of two",
            "Rose Adu",
            "named",
            id="mother-of-count",
        ),
        pytest.param(
            "Help is available, says Tom Reyes, head of advice at the debt charity Open Door Trust. "
            "According to the charity, calls doubled.",
            "According to",
            "the charity",
            "Open Door Trust",
            "organisation",
            id="charity-named-after-noun",
        ),
        pytest.param(
            "The Water Services Commission (WSC) said bills would rise. The watchdog said firms must warn "
            "customers.",
            "said",
            "The watchdog",
            "The Water Services Commission",
            "organisation",
            id="watchdog-initials",
        ),
        pytest.param(
            "Dunmere Borough Council has admitted the delay. The valley waterways agency said it had not been "
            "told. Dunmere Waterways Agency said it would help. The council said the work would start in May.",
            "said",
            "The council",
            "Dunmere Borough Council",
            "organisation",
            id="council-name-outranks-later-body",
        ),
        pytest.param(
            "Dunmere Borough Council has admitted the delay. The valley's canal trust said it had not been "
            "told. Dunmere Canal Trust said it would help.",
            "said",
            "The valley's canal trust",
            "Dunmere Canal Trust",
            "organisation",
            id="possessive-description-merges",
        ),
        # negative: a description with a modifier of its own stays another body, a possessive or not
        pytest.param(
            "The county's waterways trust said it had not been told. Dunmere Canal Trust said it would help.",
            "said",
            "The county's waterways trust",
            "",
            "organisation",
            id="negative-own-modifier",
        ),
    ],
)
def test_sourcing_round20_resolution(text: str, cue: str, source: str, resolved_to: str, cls: str) -> None:
    assert_row_with_source(text, cue, source, resolved_to, cls, None)


def test_sourcing_round20_pronoun_chain_beyond_window() -> None:
    filler = " The hall was cold and the crowd was small, but the band played on regardless." * 9
    text = (
        "Nell Varga is touring again." + filler + ' "It was hard," she says.' + filler + ' "Not now," she says.'
    )
    t = table(text)
    shes = t[t["source"] == "she"]
    assert list(shes["resolved_to"]) == ["Nell Varga", "Nell Varga"]
