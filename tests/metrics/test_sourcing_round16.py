"""Sourcing round sixteen: the classes of error of the round-sixteen articles (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import cues, table


# --- "posted" after a document noun is the document's participle -----------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The pool shut early, according to a note posted on the gate.",
            "according to",
            "a note posted on the gate",
            id="according-to-notice-posted",
        ),
        pytest.param(
            "A message posted on the club's website said the match was off.",
            "said",
            "A message posted on the club's website",
            id="message-posted-said",
        ),
        pytest.param(
            "A video posted on Sunday shows the barn on fire.", "shows", "A video posted on Sunday", id="video-posted-shows"
        ),
        # negatives: "posted" with a person or a body as its subject stays a speech cue
        pytest.param("The mayor posted on Facebook that the road was shut.", "posted", "The mayor", id="mayor-posted"),
        pytest.param("Volunteers posted a warning online.", "posted", "Volunteers", id="volunteers-posted"),
    ],
)
def test_sourcing_round16_posted_document(text: str, cue: str, source: str) -> None:
    t = table(text)
    assert t[t["cue"] == cue]["source"].tolist() == [source], t[["cue", "source"]].values.tolist()


@pytest.mark.parametrize(
    ("text", "posted"),
    [
        pytest.param("A notice posted on the door said the shop had closed.", False, id="notice-posted"),
        pytest.param("The landlord posted that the shop had closed.", True, id="landlord-posted"),
    ],
)
def test_sourcing_round16_posted_cue(text: str, posted: bool) -> None:
    assert ("posted" in cues(text)) is posted


# --- a person or document placed by "in", then a relative clause without commas ---------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param(
            "A message in a parents' forum that was read 2,000 times claimed the school would close.",
            "claimed",
            "A message in a parents' forum that was read 2,000 times",
            None,
            id="document-in-group-that",
        ),
        pytest.param(
            "Farmers in the valley who lost sheep said the fences were too low.",
            "said",
            "Farmers in the valley who lost sheep",
            "role",
            id="people-in-place-who",
        ),
        # negatives: a relative clause right after the person, and "in" after a name, stay as they were
        pytest.param(
            "Officials who spoke on condition of anonymity said the deal was close.",
            "said",
            "Officials who spoke on condition of anonymity",
            "unnamed",
            id="officials-who",
        ),
        pytest.param(
            "Tenants in the block said the lifts had failed.", "said", "Tenants in the block", "role", id="in-no-relative"
        ),
    ],
)
def test_sourcing_round16_in_then_relative(text: str, cue: str, source: str, source_class: str | None) -> None:
    t = table(text)
    rows = t[t["cue"] == cue]
    assert rows["source"].tolist() == [source], t[["cue", "source"]].values.tolist()
    if source_class is not None:
        assert rows["source_class"].tolist() == [source_class]


def test_sourcing_round16_in_then_relative_antecedent() -> None:
    t = table("Parents in the town who spoke to the paper said the buses were late.")
    assert t[t["source"] == "who"]["resolved_to"].tolist() == ["Parents in the town"]


# --- an expletive "it" before a form of "be" and the cue is no one --------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Harlow Council said the report was late. It is not known how many staff will go.", "known", "", id="it-is-not-known"
        ),
        pytest.param(
            "A survey by the trust found waits rose. It is still not known whether beds will close.",
            "known",
            "",
            id="it-was-not-yet-known",
        ),
        # negatives: an active verb after "it" keeps the pronoun, resolved to the body
        pytest.param(
            "Harlow Rail said fares would rise. It has warned that services will be cut.",
            "warned",
            "It",
            id="it-has-warned",
        ),
        pytest.param("Harlow Rail said fares would rise. It added that trains were full.", "added", "It", id="it-added"),
    ],
)
def test_sourcing_round16_expletive_it(text: str, cue: str, source: str) -> None:
    t = table(text)
    assert t[t["cue"] == cue]["source"].tolist() == [source], t[["cue", "source"]].values.tolist()
