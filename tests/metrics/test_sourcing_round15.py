"""Sourcing round fifteen: the classes of error of the round-fifteen blind articles (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import cues, row_with_source, table


# --- bodies: a "which" relative after a capitalised name, a carrier's noun before its name --------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        # "which" is a thing's relative: the capitalised phrase before it is a body, "The" or not
        pytest.param(
            "The United Dockworkers, which represents crews at the port, said the offer was poor.",
            "said",
            "The United Dockworkers, which represents crews at the port",
            "organisation",
            id="the-caps-which-represents",
        ),
        pytest.param(
            "The Boilermakers, which speaks for welders, said the offer was poor.",
            "said",
            "The Boilermakers, which speaks for welders",
            "organisation",
            id="the-caps-which-speaks",
        ),
        # a lower-case head keeps its reading
        pytest.param(
            "The dockworkers, which surprised nobody, said the offer was poor.",
            "said",
            "The dockworkers, which surprised nobody",
            "role",
            id="lower-which-kept",
        ),
        # a carrier's noun before a name: the name is the carrier's
        pytest.param(
            "Budget carrier Blue Heron Air said it had grounded two jets.",
            "said",
            "Budget carrier Blue Heron Air",
            "organisation",
            id="carrier-name",
        ),
        # a capitalised word the name leaves out ("Southern", a direction) between the noun and the name
        pytest.param(
            "Regional carrier Northern Cross Air said it had grounded two jets.",
            "said",
            "Regional carrier Northern Cross Air",
            "organisation",
            id="carrier-direction-name",
        ),
        pytest.param(
            "Rival firm Western Gate Energy said it had grounded two jets.",
            "said",
            "Rival firm Western Gate Energy",
            "organisation",
            id="firm-direction-name",
        ),
        # a title between the body's noun and a name is the person's
        pytest.param(
            "The union President Okon Bello said it had grounded two jets.",
            "said",
            "The union President Okon Bello",
            "named",
            id="union-president-name-kept",
        ),
        # a person's job noun before a person's name keeps the person
        pytest.param(
            "Airline pilot Mark Dunn said he had grounded two jets.",
            "said",
            "Airline pilot Mark Dunn",
            "named",
            id="pilot-name-kept",
        ),
    ],
)
def test_sourcing_round15_body_class(text: str, cue: str, source: str, source_class: str) -> None:
    assert row_with_source(text, cue, source).source_class == source_class


# --- anonymity: "who asked me not to name her school" ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param(
            'A nurse in Leeds, who asked me not to name her ward, told me: "We are exhausted."',
            "told",
            "A nurse in Leeds, who asked me not to name her ward",
            "unnamed",
            id="asked-me-not-to-name-her",
        ),
        pytest.param(
            "A teacher, who asked us not to identify him, said pay was low.",
            "said",
            "A teacher, who asked us not to identify him",
            "unnamed",
            id="asked-us-not-to-identify-him",
        ),
        # a request not to print something else is no anonymity
        pytest.param(
            "The minister, who asked me not to print the figure, said pay was low.",
            "said",
            "The minister, who asked me not to print the figure",
            "role",
            id="not-to-print-kept",
        ),
    ],
)
def test_sourcing_round15_anonymity_class(text: str, cue: str, source: str, source_class: str) -> None:
    assert row_with_source(text, cue, source).source_class == source_class


@pytest.mark.parametrize(
    ("text", "has_asked"),
    [
        pytest.param("A nurse, who asked me not to name her ward, said it was full.", False, id="formula-no-row"),
        pytest.param("A nurse, who asked us not to identify her, said it was full.", False, id="formula-us-no-row"),
        pytest.param("The minister, who asked me not to print the figure, said it was full.", True, id="request-kept"),
    ],
)
def test_sourcing_round15_anonymity_no_row(text: str, has_asked: bool) -> None:
    assert ("asked" in cues(text)) is has_asked


# --- vague: an adverb between "has" and "been" in "It has been believed" --------------------------------
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("It has long been believed that the two are linked.", "It has long been believed", id="long"),
        pytest.param("It had widely been assumed that rents would fall.", "It had widely been assumed", id="widely"),
        pytest.param("It has been claimed that the two are linked.", "It has been claimed", id="no-adverb-kept"),
    ],
)
def test_sourcing_round15_it_has_long_been(text: str, cue: str) -> None:
    t = table(text)
    assert list(t[t["source_class"] == "vague"]["cue"]) == [cue], t[["cue", "source_class"]].values.tolist()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("It has long been closed to traffic.", id="no-cue-verb"),
        pytest.param("It has always been a quiet street.", id="copula-noun"),
    ],
)
def test_sourcing_round15_it_has_long_been_negative(text: str) -> None:
    assert table(text).empty


# --- no row: a base form after "a" and a body's noun ("a police caution") --------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "present"),
    [
        pytest.param("He was handed a police caution after the fight.", "caution", False, id="a-police-caution"),
        pytest.param("She was given a council warning in March.", "warning", False, id="a-council-warning-noun"),
        # no article: a plural subject's verb
        pytest.param("Police caution that the roads are icy.", "caution", True, id="police-caution-verb-kept"),
        # an "-s" or past form agrees with "a council"
        pytest.param("A council warns that the roads are icy.", "warns", True, id="a-council-warns-kept"),
        pytest.param("A charity said that the roads were icy.", "said", True, id="a-charity-said-kept"),
    ],
)
def test_sourcing_round15_body_noun_compound(text: str, cue: str, present: bool) -> None:
    assert (cue in cues(text)) is present, table(text)[["cue", "source"]].values.tolist()


# --- resolution: "the spokesman" after "a spokesman for <a name>, <a person's name>," ----------------------
_HELD = "{intro} said 40 ships had been held. The {noun} said fees were a matter for the owners."


@pytest.mark.parametrize(
    ("intro", "noun", "resolved_to", "source_class"),
    [
        pytest.param(
            "A spokesman for the port operator Delta Quay, Juan Perez,",
            "spokesman",
            "Juan Perez",
            "named",
            id="spokesman-for-org-name",
        ),
        pytest.param(
            "A spokeswoman at Harbour Logistics, Ana Ruiz,",
            "spokeswoman",
            "Ana Ruiz",
            "named",
            id="spokeswoman-at-org-name",
        ),
        # the comma-closed name may be the apposition of a person noun ("the mayor"): left alone
        pytest.param(
            "A spokeswoman for the mayor, Ana Ruiz,", "spokeswoman", "", "role", id="person-noun-before-kept"
        ),
        # no name in apposition: nothing to resolve to
        pytest.param(
            "A spokesman for Delta Quay, which runs the port,", "spokesman", "", "role", id="which-no-name-kept"
        ),
    ],
)
def test_sourcing_round15_spokesman_for_name(intro: str, noun: str, resolved_to: str, source_class: str) -> None:
    text = _HELD.format(intro=intro, noun=noun)
    r = row_with_source(text, "said", f"The {noun}")
    assert (r.resolved_to, r.source_class) == (resolved_to, source_class)


# --- resolution: a description with modifiers of its own is not the name ending in its head noun ----------
@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to"),
    [
        pytest.param(
            "The National Flood Monitoring Agency said rivers were rising, according to the regional disaster agency.",
            "according to",
            "the regional disaster agency",
            "",
            id="own-modifier-not-linked",
        ),
        pytest.param(
            "The Environment Agency said rivers were rising, according to the environment agency.",
            "according to",
            "the environment agency",
            "The Environment Agency",
            id="name-modifier-linked",
        ),
        pytest.param(
            "The Northern Flood Agency said rivers were rising. The flood agency said roads had shut.",
            "said",
            "The flood agency",
            "The Northern Flood Agency",
            id="subset-linked",
        ),
        pytest.param(
            "The Northern Flood Agency said rivers were rising. The agency said roads had shut.",
            "said",
            "The agency",
            "The Northern Flood Agency",
            id="bare-head-linked",
        ),
    ],
)
def test_sourcing_round15_description_own_modifiers(text: str, cue: str, source: str, resolved_to: str) -> None:
    assert row_with_source(text, cue, source).resolved_to == resolved_to


# --- spans: "on average" between a subject and its cue ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Economists on average expect growth of 2%.", "expect", "Economists", id="on-average"),
        pytest.param("Brokers had on average predicted a loss.", "predicted", "Brokers", id="had-on-average"),
        # "average" as the subject's noun keeps no source of its own either way
        pytest.param("The average expected by brokers was high.", "expected", "brokers", id="average-noun-kept"),
    ],
)
def test_sourcing_round15_on_average(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


# --- class: "the" and a capitalised plural is a team or a group, not the person an earlier name suggested --
@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param(
            "The Kelso Kestrels won 3-1. A crowd of 2,000 was a record, the Kestrels said.",
            "said",
            "the Kestrels",
            "organisation",
            id="the-team-plural",
        ),
        # a bare surname ending in "s" keeps its person
        pytest.param(
            "Coach Tom Adams said the side was tired. Adams said it was hard.",
            "said",
            "Adams",
            "named",
            id="surname-s-kept",
        ),
    ],
)
def test_sourcing_round15_the_plural_name(text: str, cue: str, source: str, source_class: str) -> None:
    assert row_with_source(text, cue, source).source_class == source_class


# --- resolution: a nationality noun ("the Swede") describes the person named before ----------------------
@pytest.mark.parametrize(
    ("text", "source", "resolved_to", "source_class"),
    [
        pytest.param(
            'Coach Anders Berg said his players were tired. "We were slow," the Swede said.',
            "the Swede",
            "Anders Berg",
            "named",
            id="the-swede",
        ),
        pytest.param(
            "Skipper Lars Holm said the boat was fast. The Dane said the wind had helped.",
            "The Dane",
            "Lars Holm",
            "named",
            id="the-dane",
        ),
        # no person named before: a role, unresolved
        pytest.param("The Dane said the wind had helped.", "The Dane", "", "role", id="no-antecedent-role"),
    ],
)
def test_sourcing_round15_demonym(text: str, source: str, resolved_to: str, source_class: str) -> None:
    r = row_with_source(text, "said", source)
    assert (r.resolved_to, r.source_class) == (resolved_to, source_class)


def test_sourcing_round15_demonym_newspaper_kept() -> None:
    # an adjective-shaped nationality is also a newspaper's name: not a person noun
    assert row_with_source("The Australian said the deal was fair.", "said", "The Australian").source_class != "named"
