"""Sourcing round fifteen: the ordinary-news leftovers of the earlier closing notes (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from mediakit.metrics import sourcing
from mediakit.text.parse import parse
from tests.metrics.sourcing_rows import row_with_source, table


# --- a document gathered by an agent through a means: the whole phrase is the document ---------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param(
            "Data gathered by the council through a survey shows that most tenants want repairs.",
            "shows",
            "Data gathered by the council through a survey",
            "document",
            id="gathered-through",
        ),
        pytest.param(
            "Figures collected by the charity via an online form show that waiting times doubled.",
            "show",
            "Figures collected by the charity via an online form",
            "document",
            id="collected-via",
        ),
        pytest.param(
            "Evidence collected by police shows that the van was speeding.",
            "shows",
            "Evidence collected by police",
            "document",
            id="collected-by",
        ),
        # negatives: a thing backed by someone is no document; a person's means is no part of her phrase
        pytest.param(
            "The bill backed by the mayor through the summer passed, officials said.",
            "said",
            "officials",
            "role",
            id="negative-no-document-before-by",
        ),
        pytest.param(
            "Jane Roe through her lawyer said the claim was false.",
            "said",
            "Jane Roe",
            "named",
            id="negative-person-through",
        ),
    ],
)
def test_sourcing_leftovers15_document_agent_means_in_span(
    text: str, cue: str, source: str, source_class: str
) -> None:
    assert row_with_source(text, cue, source).source_class == source_class


# --- a police force or a fire service named by its place is a public body: kind official ---------------
@pytest.mark.parametrize(
    ("text", "source", "source_kind"),
    [
        pytest.param(
            "Avon Constabulary said a woman had been charged.",
            "Avon Constabulary",
            "official",
            id="constabulary",
        ),
        pytest.param(
            "A lorry overturned, Devon and Cornwall Constabulary said.",
            "Devon and Cornwall Constabulary",
            "official",
            id="constabulary-two-places-inverted",
        ),
        pytest.param(
            "Gwent Police said the road had reopened.", "Gwent Police", "official", id="place-police"
        ),
        pytest.param(
            "Kent Fire and Rescue Service said six engines attended.",
            "Kent Fire and Rescue Service",
            "official",
            id="fire-and-rescue-service",
        ),
        # negative: "Constabulary" as a modifier inside another body's name is no police force
        pytest.param(
            "The Constabulary Arms said it would reopen on Friday.",
            "The Constabulary Arms",
            "organisation",
            id="negative-pub",
        ),
    ],
)
def test_sourcing_leftovers15_place_police_force_is_official(
    text: str, source: str, source_kind: str
) -> None:
    r = row_with_source(text, "said", source)
    assert (r.source_class, r.source_kind) == ("organisation", source_kind)


# --- a bare plural noun that is also a cue form, right before a cue: the subject -----------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        # a bare commentator plural is vague, as "Proponents" and "Supporters" are
        pytest.param(
            "Advocates said the new rules would hurt renters.",
            "said",
            "Advocates",
            "vague",
            id="advocates-start",
        ),
        pytest.param(
            "Advocates of the toll say it will cut traffic.",
            "say",
            "Advocates of the toll",
            "vague",
            id="advocates-of",
        ),
        pytest.param(
            "So advocates warned that the fund was too small.",
            "warned",
            "advocates",
            "vague",
            id="advocates-lower",
        ),
        # bare "reports" with no one behind them: hearsay, vague, as "reportedly" and "some reports"
        pytest.param(
            "Reports say the striker will sign on Friday.", "say", "Reports", "vague", id="reports-start"
        ),
        pytest.param(
            "The striker will sign on Friday, reports suggest.",
            "suggest",
            "reports",
            "vague",
            id="reports-after",
        ),
        # negatives: a modified plural is a role or a document; "advocates" after a subject stays the verb
        pytest.param(
            "Tenant advocates said the rules would hurt renters.",
            "said",
            "Tenant advocates",
            "role",
            id="negative-modified-advocates",
        ),
        pytest.param(
            "Police reports say the driver fled.",
            "say",
            "Police reports",
            "document",
            id="negative-modified-reports",
        ),
        pytest.param(
            "The reports say the driver fled.",
            "say",
            "The reports",
            "document",
            id="negative-determiner-reports",
        ),
        pytest.param(
            "Reports by the Gazette said the driver fled.",
            "said",
            "Reports by the Gazette",
            "document",
            id="negative-reports-with-agent",
        ),
        pytest.param(
            "The mayor advocates a tourist tax.",
            "advocates",
            "The mayor",
            "role",
            id="negative-verb-advocates",
        ),
    ],
)
def test_sourcing_leftovers15_bare_plural_noun_is_the_subject(
    text: str, cue: str, source: str, source_class: str
) -> None:
    assert row_with_source(text, cue, source).source_class == source_class


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Reports of looting spread on Monday, police said.", id="reports-of"),
        pytest.param("Plans to shut the library were dropped, officials said.", id="plans-to"),
    ],
)
def test_sourcing_leftovers15_sentence_initial_plural_noun_is_no_cue(text: str) -> None:
    assert list(table(text)["cue"]) == ["said"]


# --- "according to X": X is a source (a document, a pronoun's person, vague hearsay) or no attribution --------
@pytest.mark.parametrize(
    ("text", "source", "source_class", "resolved_to"),
    [
        # a noun that is also a cue form is the object's noun: plans are published by someone, a document
        pytest.param("The ward will shut, according to plans.", "plans", "document", "", id="bare-plans"),
        pytest.param(
            "The barn will become homes, according to plans lodged with the council.",
            "plans lodged with the council",
            "document",
            "",
            id="plans-lodged-with",
        ),
        pytest.param(
            "The depot will close, according to plans published on Friday.",
            "plans published on Friday",
            "document",
            "",
            id="plans-published",
        ),
        pytest.param(
            "Buses run hourly, according to the timetable.",
            "the timetable",
            "document",
            "",
            id="the-timetable",
        ),
        # an object pronoun stands for its antecedent
        pytest.param(
            "Ruth Okoye runs the cafe. It shut early, according to her.",
            "her",
            "named",
            "Ruth Okoye",
            id="object-her",
        ),
        pytest.param(
            "Dan Pryce owns the van. It was stolen, according to him.",
            "him",
            "named",
            "Dan Pryce",
            id="object-him",
        ),
        # hearsay with no one behind it is vague, as "reportedly" is
        pytest.param(
            "The striker will sign, according to reports.", "reports", "vague", "", id="bare-reports"
        ),
        pytest.param("The spring never freezes, according to legend.", "legend", "vague", "", id="legend"),
        # negatives: a determiner or a modifier keeps a document; a possessive keeps its noun
        pytest.param(
            "The striker will sign, according to club reports.",
            "club reports",
            "document",
            "",
            id="negative-modified-reports",
        ),
        pytest.param(
            "It shut early, according to her manager.", "her manager", "role", "", id="negative-possessive"
        ),
    ],
)
def test_sourcing_leftovers15_according_to_object_is_a_source(
    text: str, source: str, source_class: str, resolved_to: str
) -> None:
    r = row_with_source(text, "according to", source)
    assert (r.source_class, r.resolved_to) == (source_class, resolved_to)


@pytest.mark.parametrize(
    "text",
    [
        # a custom is a manner, as "according to plan" is: no one is cited
        pytest.param("The bonfire is lit at dusk, according to tradition.", id="tradition"),
        pytest.param("According to custom, the youngest pupil rings the bell.", id="custom"),
        pytest.param("The ship was launched according to protocol.", id="protocol"),
    ],
)
def test_sourcing_leftovers15_according_to_a_custom_is_no_attribution(text: str) -> None:
    assert "according to" not in {c.lower() for c in table(text)["cue"]}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The ward will shut, according to plans.", id="plans"),
        pytest.param("It shut early, according to them.", id="them"),
        pytest.param("According to legend, the spring never freezes.", id="legend"),
        pytest.param("The striker will sign, according to reports.", id="reports"),
    ],
)
def test_sourcing_leftovers15_according_to_row_has_a_source(text: str) -> None:
    t = table(text)
    rows = t[t["cue"].str.lower() == "according to"]
    assert len(rows) == 1 and rows["source"].iloc[0] != "", t[["cue", "source"]].values.tolist()


# --- coordinated named people: one row per person; a coordinated body's name stays one -----------------------
@pytest.mark.parametrize(
    ("text", "cue", "people"),
    [
        pytest.param(
            "Ruth Okoye and Dan Pryce said the lease was unfair.",
            "said",
            ["Ruth Okoye", "Dan Pryce"],
            id="two-names",
        ),
        pytest.param(
            '"We were never asked," said Ruth Okoye and Dan Pryce.',
            "said",
            ["Ruth Okoye", "Dan Pryce"],
            id="inverted",
        ),
        pytest.param(
            "Dr Ruth Okoye and Professor Dan Pryce told the inquiry the lease was unfair.",
            "told",
            ["Dr Ruth Okoye", "Professor Dan Pryce"],
            id="titled-names",
        ),
        pytest.param(
            "Mr Pryce and Mrs Okoye said the lease was unfair.",
            "said",
            ["Mr Pryce", "Mrs Okoye"],
            id="titles",
        ),
    ],
)
def test_sourcing_leftovers15_coordinated_people_one_row_each(text: str, cue: str, people: list[str]) -> None:
    t = table(text)
    rows = t[t["cue"] == cue]
    assert list(rows["source"]) == people
    assert set(rows["source_class"]) == {"named"}
    doc = parse(text)
    assert sourcing.compute(doc).values["named_sources"] == len(people)
    # one cue is still one attribution, whose span is the whole coordination (the span PolNeAR annotates)
    (att,) = sourcing.analyse(doc).attributions
    assert att.source.text == " and ".join(people)
    assert doc.body[att.source.start : att.source.end] == att.source.text


def test_sourcing_leftovers15_coordinated_people_resolve_surnames() -> None:
    text = "Ruth Okoye met Dan Pryce on Monday. Okoye and Pryce said the lease was unfair."
    t = table(text)
    said = t[t["cue"] == "said"]
    assert list(said["resolved_to"]) == ["Ruth Okoye", "Dan Pryce"]
    assert sourcing.compute(parse(text)).values["named_sources"] == 2


@pytest.mark.parametrize(
    ("text", "source", "source_class"),
    [
        pytest.param(
            "Marks and Spencer said sales fell in March.",
            "Marks and Spencer",
            "organisation",
            id="two-names-body",
        ),
        pytest.param(
            "Procter & Gamble said sales rose.", "Procter & Gamble", "organisation", id="ampersand-body"
        ),
        pytest.param(
            "The Department of Health and Social Care said the figures were wrong.",
            "The Department of Health and Social Care",
            "organisation",
            id="department-of-x-and-y",
        ),
        pytest.param(
            "Fire and Emergency New Zealand said two crews attended.",
            "Fire and Emergency New Zealand",
            "organisation",
            id="service-and-place",
        ),
        # a pronoun or a description in the coordination: one source, as before
        pytest.param(
            "Ruth Okoye and her lawyer said the lease was unfair.",
            "Ruth Okoye and her lawyer",
            "named",
            id="name-and-description",
        ),
        pytest.param(
            "Later she and Mr Pryce said the lease was unfair.",
            "she and Mr Pryce",
            "named",
            id="pronoun-and-name",
        ),
    ],
)
def test_sourcing_leftovers15_coordinated_body_stays_one(text: str, source: str, source_class: str) -> None:
    t = table(text)
    said = t[t["cue"] == "said"]
    assert list(said["source"]) == [source]
    assert said["source_class"].iloc[0] == source_class
