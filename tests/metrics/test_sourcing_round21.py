"""Sourcing round twenty-one: the errors of the round-seventeen blind set, fixed by general rules (docs/sourcing.md).

Each rule has its own invented sentences (people, places and bodies made up; none taken from the fixtures) and
negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import class_kind_resolved as _row
from tests.metrics.sourcing_rows import pairs as _rows
from tests.metrics.sourcing_rows import table


# --- spans ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a sentence-opening "Afterwards" is no part of the speaker's phrase
        pytest.param(
            "Afterwards Nell Brody, the drummer, told me the gig was loud.",
            "told",
            "Nell Brody, the drummer",
            id="afterwards-opener",
        ),
        pytest.param("Afterwards the drummer told me the gig was loud.", "told", "the drummer", id="afterwards-role"),
        # a lower-case particle inside a body's name ("na", as "de", "van") keeps the name whole
        pytest.param(
            "A study published in May by the farm group Cairde na Feirme found that most mills had shut.",
            "found",
            "A study published in May by the farm group Cairde na Feirme",
            id="name-particle-na",
        ),
        pytest.param("Cairde na Feirme said the mills had shut.", "said", "Cairde na Feirme", id="name-particle-alone"),
        # a party-and-district tag between a name and a second apposition is the name's, not the speaker
        pytest.param(
            "Sen. Ada Brisk, D-Havre, the bill's author, said the levy was fair.",
            "said",
            "Sen. Ada Brisk, D-Havre, the bill's author",
            id="party-tag-then-apposition",
        ),
        # a document noun with a modifier before its participle and agent is one phrase
        pytest.param(
            "A fiscal note prepared by the Budget Review Office estimates that the plan would cost more.",
            "estimates",
            "A fiscal note prepared by the Budget Review Office",
            id="modified-document-participle-agent",
        ),
        pytest.param(
            "A costing note by the Budget Review Office found that the plan would cost more.",
            "found",
            "A costing note by the Budget Review Office",
            id="modified-document-agent",
        ),
        # "body" and "organisation" name the kind of body before its name, as "group" and "charity" do
        pytest.param(
            "A spokesperson for the trade body FarmLink said the rules were fine.",
            "said",
            "A spokesperson for the trade body FarmLink",
            id="spokesperson-for-body-name",
        ),
        pytest.param(
            "The trade body FarmLink said the rules were fine.", "said", "The trade body FarmLink", id="body-noun-name"
        ),
        # negatives: the plain forms are unchanged
        pytest.param(
            "Rep. Tom Vail, R-Dover, said the levy was fair.", "said", "Rep. Tom Vail, R-Dover", id="negative-party-tag"
        ),
        pytest.param(
            "A report prepared by the Budget Review Office found that the plan would cost more.",
            "found",
            "A report prepared by the Budget Review Office",
            id="negative-plain-document-agent",
        ),
        pytest.param(
            "Officials will report by Friday that the plan would cost more.",
            "report",
            "Officials",
            id="negative-verb-before-by",
        ),
        pytest.param(
            "Meanwhile Nell Brody told me the gig was loud.", "told", "Nell Brody", id="negative-meanwhile-opener"
        ),
    ],
)
def test_sourcing_round21_span_edges(text: str, cue: str, source: str) -> None:
    assert (cue, source) in _rows(text)


# --- cues found -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "cls", "kind"),
    [
        # a plural of people with its "of" phrase is the subject of a belief verb
        pytest.param(
            "Some supporters of the bridge fear the toll will rise.",
            "fear",
            "Some supporters of the bridge",
            "vague",
            None,
            id="some-plural-of-fear",
        ),
        pytest.param(
            "Fans of the band believe the toll will rise.",
            "believe",
            "Fans of the band",
            "role",
            None,
            id="plural-of-believe",
        ),
        # "regulars" is a noun of people (the regular customers)
        pytest.param(
            "Some regulars grumble that the pier is too long.",
            "grumble",
            "Some regulars",
            "vague",
            None,
            id="some-regulars",
        ),
        # an adverb of place after a noun of people is its post-modifier
        pytest.param(
            "Residents downstream said the water was brown.",
            "said",
            "Residents downstream",
            "role",
            "citizen",
            id="residents-downstream",
        ),
        pytest.param(
            "Families nearby said the water was brown.", "said", "Families nearby", "role", "citizen", id="families-nearby"
        ),
        # a court's finding: "ruled that", a participle "ruling that" after the court's clause
        pytest.param(
            "The tribunal has overturned the fine, ruling that the inspector had erred.",
            "ruling",
            "The tribunal",
            "organisation",
            "legal",
            id="ruling-that-participle",
        ),
        pytest.param(
            "The judge ruled that the inspector had erred.", "ruled", "The judge", "role", "legal", id="ruled-that"
        ),
        pytest.param(
            "The tribunal said the inspector erred.", "said", "The tribunal", "organisation", "legal", id="tribunal-body"
        ),
    ],
)
def test_sourcing_round21_cues_found(text: str, cue: str, source: str, cls: str, kind: str | None) -> None:
    got = _row(text, cue, source)
    assert got[0] == cls
    if kind is not None:
        assert got[1] == kind


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Memories of the war fear nothing.", id="negative-thing-plural-of"),
        pytest.param("The judge ruled out a retrial.", id="negative-ruled-out"),
        pytest.param("The ruling that the fine stood was a shock.", id="negative-the-ruling-that"),
        pytest.param("Its ruling that the fine stood was a shock.", id="negative-its-ruling-that"),
    ],
)
def test_sourcing_round21_no_cue(text: str) -> None:
    assert _rows(text) == []


# --- stray sources ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an interest expressed is a wish to take part, no content
        pytest.param(
            "It is understood two local firms have expressed an interest in running the kiosk.",
            [("It is understood", "")],
            id="expressed-an-interest",
        ),
        pytest.param("Three bakers expressed strong interest in the lease.", [], id="expressed-strong-interest"),
        # a future report of data to a recipient passes it on, no content
        pytest.param("Under the plan, lenders will report missed payments to the bureau.", [], id="report-data-to"),
        # a court or a tribunal dismissing a case, an appeal or a challenge decides, it reports no words
        pytest.param("The chef lost after the tribunal dismissed his appeal last year.", [], id="dismissed-appeal"),
        pytest.param("Judge Ann Pike dismissed the case against the driver.", [], id="dismissed-case"),
        # a second verb after a hedged first one shares the hedge
        pytest.param(
            "Grace Pell has reportedly bought a yacht and asked for the hull to be painted.",
            [("reportedly", "")],
            id="hedged-conjunct",
        ),
        # negatives
        pytest.param(
            "Two local firms have expressed concern that the kiosk will close.",
            [("expressed", "Two local firms")],
            id="negative-expressed-concern",
        ),
        pytest.param(
            "The panel will report that the bridge is unsafe.", [("report", "The panel")], id="negative-report-that"
        ),
        pytest.param(
            "Lenders will report on Monday that losses rose.", [("report", "Lenders")], id="negative-report-on-monday"
        ),
        pytest.param(
            "The mayor dismissed the claim as nonsense.", [("dismissed", "The mayor")], id="negative-dismissed-as"
        ),
        pytest.param("Corey Lund dismisses the claim.", [("dismisses", "Corey Lund")], id="negative-dismisses-claim"),
        pytest.param(
            "Grace Pell has bought a yacht and asked for the hull to be painted.",
            [("asked", "Grace Pell")],
            id="negative-unhedged-conjunct",
        ),
        pytest.param(
            "The yacht was reportedly sold, and Grace Pell said it was a gift.",
            [("reportedly", ""), ("said", "Grace Pell")],
            id="negative-new-clause-after-hedge",
        ),
    ],
)
def test_sourcing_round21_no_stray_source(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # "none", "neither", "each" before an evidence verb stand for the things examined
        pytest.param("The board tested the wells, though none had yet shown any sign of lead.", "shown", "none", id="none"),
        pytest.param("Two wells were tested and neither revealed any lead.", "revealed", "neither", id="neither"),
    ],
)
def test_sourcing_round21_thing_quantifier_no_source(text: str, cue: str, source: str) -> None:
    assert (cue, source) not in _rows(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Tests showed no lead in the water.", "showed", "Tests", id="negative-tests-showed"),
        pytest.param("None said the wells were safe.", "said", "None", id="negative-none-said"),
    ],
)
def test_sourcing_round21_thing_quantifier_negatives(text: str, cue: str, source: str) -> None:
    assert (cue, source) in _rows(text)


# --- classes, kinds and resolution -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "expected"),
    [
        # a capitalised name ending in a trade's plural is a body
        pytest.param(
            "Hollin Growers said the hail was bad.",
            "said",
            "Hollin Growers",
            ("organisation", "organisation", ""),
            id="growers",
        ),
        pytest.param(
            "Arden Renewables, the developer, said it would appeal.",
            "said",
            "Arden Renewables, the developer",
            ("organisation", "organisation", "Arden Renewables"),
            id="renewables-developer",
        ),
        # capitals with a diacritic read as names ("Ó", "Á")
        pytest.param(
            "The owner, Áine Ó Dálaigh, is leaving. Councillor Mary Bell said she was sorry. "
            'Ms Ó Dálaigh said she was sad. "It is over," she said.',
            "said",
            "Ms Ó Dálaigh",
            ("named", "citizen", "Áine Ó Dálaigh"),  # "The owner, ...": the apposition's kind (round 25)
            id="irish-surname-title",
        ),
        # bracketed initials take the kind of the public body they stand for
        pytest.param(
            "The Water Standards Authority (WSA) said bills would rise. According to the WSA, most firms failed.",
            "According to",
            "the WSA",
            ("organisation", "official", ""),
            id="acronym-of-authority",
        ),
        pytest.param(
            "The Water Standards Authority (WSA) said bills would rise. The WSA says help is available.",
            "says",
            "The WSA",
            ("organisation", "official", ""),
            id="acronym-of-authority-simple-subject",
        ),
        # a senator named by surname after "Sen." with a party tag and an apposition stays official
        pytest.param(
            "Sen. Ada Brisk, D-Havre, the bill's author, said the levy was fair. Brisk told the panel it was fair.",
            "told",
            "Brisk",
            ("named", "official", "Ada Brisk"),
            id="senator-surname-official",
        ),
        # negatives
        pytest.param(
            "Rural growers said the hail was bad.", "said", "Rural growers", ("role", "unknown", ""), id="negative-growers"
        ),
        pytest.param(
            "The Water Users Forum (WUF) said bills would rise. The WUF says help is available.",
            "says",
            "The WUF",
            ("organisation", "organisation", ""),
            id="negative-acronym-of-forum",
        ),
        pytest.param(
            "The owner, Ann O'Dell, is leaving. Ms O'Dell said she was sad.",
            "said",
            "Ms O'Dell",
            ("named", "citizen", "Ann O'Dell"),  # "The owner, ...": the apposition's kind (round 25)
            id="negative-ascii-surname",
        ),
    ],
)
def test_sourcing_round21_classes_kinds_resolution(
    text: str, cue: str, source: str, expected: tuple[str, str, str]
) -> None:
    assert _row(text, cue, source) == expected


def test_sourcing_round21_pronoun_after_irish_name() -> None:
    t = table(
        "The owner, Áine Ó Dálaigh, is leaving. Councillor Mary Bell said she was sorry. "
        'Ms Ó Dálaigh said she was sad. "It is over," she said.'
    )
    she = [r.resolved_to for r in t.itertuples() if r.source == "she"]
    assert she == ["Áine Ó Dálaigh"]


# --- known leftovers ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # "coach" is a person noun (a trainer); a capitalised name ending in "Coaches" stays a company
        pytest.param("The coach said the team was tired.", "said", "The coach", id="the-coach"),
        # "a" and a degree word before a count noun open the count's phrase
        pytest.param(
            "Only a quarter of voters said the plan was fair.", "said", "Only a quarter of voters", id="only-a-quarter"
        ),
        pytest.param(
            "In the poll, only a third said the plan was fair.", "said", "only a third", id="only-a-third-after-comma"
        ),
        pytest.param("Almost every parent said the plan was fair.", "said", "Almost every parent", id="almost-every"),
        # a participle that picks out the people follows them ("the families involved")
        pytest.param("The families involved say the plan was unfair.", "say", "The families involved", id="involved"),
        pytest.param(
            "The residents affected said the plan was unfair.", "said", "The residents affected", id="affected"
        ),
        # a quantifier floated after a plural subject is no subject
        pytest.param("The unions all said the plan was unfair.", "said", "The unions", id="unions-all"),
        pytest.param("They both said the plan was unfair.", "said", "They", id="they-both"),
        # negatives
        pytest.param("Kestrel Coaches said the bus was late.", "said", "Kestrel Coaches", id="negative-coaches-company"),
        pytest.param("A quarter of voters said the plan was fair.", "said", "A quarter of voters", id="negative-a-quarter"),
        pytest.param("Every parent said the plan was fair.", "said", "Every parent", id="negative-every"),
        pytest.param(
            "Of the forty members, all said the plan was unfair.", "said", "all", id="negative-all-after-comma"
        ),
        pytest.param("All said the plan was unfair.", "said", "All", id="negative-all-alone"),
    ],
)
def test_sourcing_round21_leftover_spans(text: str, cue: str, source: str) -> None:
    assert (cue, source) in _rows(text)


@pytest.mark.parametrize(
    ("text", "cue", "source", "expected"),
    [
        pytest.param(
            "The coach said the team was tired.", "said", "The coach", ("role", "unknown", ""), id="coach-role"
        ),
        pytest.param(
            "Kestrel Coaches said the bus was late.",
            "said",
            "Kestrel Coaches",
            ("organisation", "organisation", ""),
            id="negative-coaches-organisation",
        ),
        pytest.param(
            "Head coach Ann Lee said the team was tired. The coach said they would rest.",
            "said",
            "The coach",
            ("named", "unknown", "Ann Lee"),
            id="the-coach-resolved",
        ),
    ],
)
def test_sourcing_round21_leftover_classes(text: str, cue: str, source: str, expected: tuple[str, str, str]) -> None:
    assert _row(text, cue, source) == expected
