"""Sourcing round fifteen: the ordinary-news leftovers of the earlier closing notes (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

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
def test_sourcing_leftovers15_document_agent_means_in_span(text: str, cue: str, source: str, source_class: str) -> None:
    assert row_with_source(text, cue, source).source_class == source_class


# --- a police force or a fire service named by its place is a public body: kind official ---------------
@pytest.mark.parametrize(
    ("text", "source", "source_kind"),
    [
        pytest.param("Avon Constabulary said a woman had been charged.", "Avon Constabulary", "official", id="constabulary"),
        pytest.param(
            "A lorry overturned, Devon and Cornwall Constabulary said.",
            "Devon and Cornwall Constabulary",
            "official",
            id="constabulary-two-places-inverted",
        ),
        pytest.param("Gwent Police said the road had reopened.", "Gwent Police", "official", id="place-police"),
        pytest.param(
            "Kent Fire and Rescue Service said six engines attended.",
            "Kent Fire and Rescue Service",
            "official",
            id="fire-and-rescue-service",
        ),
        # negative: "Constabulary" as a modifier inside another body's name is no police force
        pytest.param(
            "The Constabulary Arms said it would reopen on Friday.", "The Constabulary Arms", "organisation", id="negative-pub"
        ),
    ],
)
def test_sourcing_leftovers15_place_police_force_is_official(text: str, source: str, source_kind: str) -> None:
    r = row_with_source(text, "said", source)
    assert (r.source_class, r.source_kind) == ("organisation", source_kind)
