"""Sourcing round twenty-four, the review: regressions of the round's fixes, mended (docs/sourcing.md).

Invented sentences only (invented people, places and bodies), with negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import row_with_source


# --- resolution: an occupation ("the nurse") stands for one untitled named person only ---------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved"),
    [
        pytest.param(
            "Greta Fell lost her barn on Friday. The farmer said the fire spread quickly.",
            "said",
            "The farmer",
            "Greta Fell",
            id="one-person",
        ),
        pytest.param(
            "Oskar Brill, 61, has run the ward for years. The nurse said the beds were full.",
            "said",
            "The nurse",
            "Oskar Brill",
            id="one-person-age",
        ),
        # negatives: two people named before, or a person with a title of another kind
        pytest.param(
            "Hanna Quist and Lars Dorrin run the clinic in Pell. The nurse said the queues were long.",
            "said",
            "The nurse",
            "",
            id="negative-two-people",
        ),
        pytest.param(
            "Mayor Teodor Wask toured the depot on Monday. The worker said the shifts were too long.",
            "said",
            "The worker",
            "",
            id="negative-titled-mayor",
        ),
        pytest.param(
            "Councillor Ines Garrow opened the new ward. The nurse said it was a good day.",
            "said",
            "The nurse",
            "",
            id="negative-titled-councillor",
        ),
    ],
)
def test_sourcing_occupation_description_needs_one_untitled_person(
    text: str, cue: str, source: str, resolved: str
) -> None:
    assert row_with_source(text, cue, source).resolved_to == resolved


# --- spans: a document's "about" topic, not after a preposition opening the sentence --------------------------
@pytest.mark.parametrize(
    ("text", "source", "cls"),
    [
        pytest.param(
            "A leaflet about the new car park said the fees would double.",
            "A leaflet about the new car park",
            "document",
            id="leaflet-about",
        ),
        pytest.param(
            "A report about Vilja Marsk said she had misled the board.",
            "A report about Vilja Marsk",
            "document",
            id="report-about-name",
        ),
        # negatives: the document sits in a fronted adverbial with no comma; the subject after it is the source
        pytest.param(
            "In an interview about the book Orrin Tave said he had no regrets.",
            "Orrin Tave",
            "named",
            id="negative-in-interview",
        ),
        pytest.param(
            "After a letter about the noise Sela Kinnow said the bar would close early.",
            "Sela Kinnow",
            "named",
            id="negative-after-letter",
        ),
    ],
)
def test_sourcing_about_topic_not_in_fronted_adverbial(text: str, source: str, cls: str) -> None:
    assert row_with_source(text, "said", source).source_class == cls


# --- classes: a document with a contact clause stays a document with any cue ---------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "cls"),
    [
        pytest.param(
            "Bram Ostley sailed in 1890. The logbooks Ostley kept show the ship was late.",
            "show",
            "The logbooks Ostley kept",
            "document",
            id="logbooks-show",
        ),
        pytest.param(
            "Bram Ostley sailed in 1890. The diaries Ostley kept reveal he was afraid.",
            "reveal",
            "The diaries Ostley kept",
            "document",
            id="diaries-reveal",
        ),
        # negative: the surname alone is the person
        pytest.param(
            "Bram Ostley sailed in 1890. Ostley wrote that the ship was late.",
            "wrote",
            "Ostley",
            "named",
            id="negative-surname",
        ),
    ],
)
def test_sourcing_contact_clause_document_with_evidence_cue(text: str, cue: str, source: str, cls: str) -> None:
    assert row_with_source(text, cue, source).source_class == cls
