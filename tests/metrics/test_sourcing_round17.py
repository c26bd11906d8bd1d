"""Sourcing round seventeen: the fixes of round fifteen's leftovers (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import row_with_source, table


# --- an officer "of" a non-government body is an organisation-kind speaker ------------------------------
@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        pytest.param(
            "Pavel Nowak, president of the union's branch in Garrow, said members were angry.",
            "Pavel Nowak, president of the union's branch in Garrow",
            "organisation",
            id="president-of-union-branch",
        ),
        pytest.param(
            "Ann Tighe, secretary of the tenants' association, said the lifts were broken.",
            "Ann Tighe, secretary of the tenants' association",
            "organisation",
            id="secretary-of-association",
        ),
        pytest.param(
            "Rob Kelly, chairman of the football club, said the pitch was ready.",
            "Rob Kelly, chairman of the football club",
            "organisation",
            id="chairman-of-club",
        ),
        # negatives: an officer of a government body, or with no body after "of", stays official
        pytest.param(
            "Joan Eske, president of the county council, said the budget was tight.",
            "Joan Eske, president of the county council",
            "official",
            id="president-of-council",
        ),
        pytest.param(
            "Omar Fell, secretary of state for transport, said the line would open.",
            "Omar Fell, secretary of state for transport",
            "official",
            id="secretary-of-state",
        ),
    ],
)
def test_sourcing_officer_of_body_kind(text: str, source: str, kind: str) -> None:
    assert row_with_source(text, "said", source).source_kind == kind


# --- a speech cue after the pluperfect "had" inside another cue's content is nested ------------------------
@pytest.mark.parametrize(
    ("text", "cue", "rows"),
    [
        pytest.param(
            "Coach Ida Brenn said she had told her squad at half-time to keep running.",
            "told",
            0,
            id="said-she-had-told",
        ),
        pytest.param(
            "The mayor said the minister had promised him a new bridge.",
            "promised",
            0,
            id="said-minister-had-promised",
        ),
        # negatives: a "had" cue after a quotation's attribution, or after "and", keeps its row
        pytest.param(
            '"The pitch is wet," Ida Brenn said, as the mayor had told the council.', "told", 1, id="after-quote"
        ),
        pytest.param(
            "Ida Brenn said the pitch was wet, and the mayor had told reporters it was fine.",
            "told",
            1,
            id="after-and",
        ),
    ],
)
def test_sourcing_pluperfect_speech_nested(text: str, cue: str, rows: int) -> None:
    t = table(text)
    assert int((t["cue"] == cue).sum()) == rows, t[["cue", "source"]].values.tolist()


# --- a description with words of its own is not another body's name --------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "resolved_to"),
    [
        pytest.param(
            "Ferry operator Tarn Crossings said it was sorry. The opposition Green group said the council had failed.",
            "The opposition Green group",
            "",
            id="opposition-group-own-words",
        ),
        pytest.param(
            "Bakery chain Dunmore said prices would rise. The residents' action group said the plan was unfair.",
            "The residents' action group",
            "",
            id="residents-group-own-words",
        ),
        # negatives: a description whose words the name's introduction has, or a bare one, is the body
        pytest.param(
            "Toy maker Pellow cut its forecast. The toy company said demand was weak.",
            "The toy company",
            "Pellow",
            id="introduction-words",
        ),
        pytest.param(
            "Ferry operator Tarn Crossings said it was sorry. The company said timetables would change.",
            "The company",
            "Tarn Crossings",
            id="bare-description",
        ),
    ],
)
def test_sourcing_description_own_words(text: str, source: str, resolved_to: str) -> None:
    rows = [r for r in table(text).itertuples() if r.source == source]
    assert rows, table(text)[["cue", "source", "resolved_to"]].values.tolist()
    assert rows[-1].resolved_to == resolved_to


# --- a place or time adverb after a document's participle stays in the document's phrase ------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param(
            "A video posted online shows the lorry hitting the bridge.",
            "shows",
            "A video posted online",
            "document",
            id="video-posted-online",
        ),
        pytest.param(
            "Footage released overnight shows crowds on the pier.",
            "shows",
            "Footage released overnight",
            "document",
            id="footage-released-overnight",
        ),
        pytest.param(
            "A survey published earlier found most tenants wanted repairs.",
            "found",
            "A survey published earlier",
            "document",
            id="survey-published-earlier",
        ),
        # negatives: a person who posts online keeps the speech cue and the person
        pytest.param(
            "The mayor posted online that the bridge was shut.",
            "posted",
            "The mayor",
            "role",
            id="mayor-posted-online",
        ),
        pytest.param(
            "A recording shows the driver shouting.", "shows", "A recording", "document", id="bare-recording"
        ),
    ],
)
def test_sourcing_document_participle_adverb(text: str, cue: str, source: str, source_class: str) -> None:
    r = row_with_source(text, cue, source)
    assert r.source_class == source_class


# --- "added" a counted noun for words and a colon: the speaker adds what follows ---------------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param(
            "Councillor Ruth Amis backed the scheme. She added two conditions: the lane must stay open.",
            [("backed", "Councillor Ruth Amis", "Ruth Amis"), ("added", "She", "Ruth Amis")],
            id="added-two-conditions",
        ),
        pytest.param(
            "The head teacher added three more demands: a crossing, a bus and a fence.",
            [("added", "The head teacher", "")],
            id="added-three-demands",
        ),
        # negatives: a counted sum or a counted thing is no speech
        pytest.param("Factories added two thousand jobs last year.", [], id="added-jobs"),
        pytest.param("The bakery added three new loaves: rye, spelt and oat.", [], id="added-loaves"),
    ],
)
def test_sourcing_added_counted_words(text: str, rows: list[tuple[str, str, str]]) -> None:
    t = table(text)
    assert [(r.cue, r.source, r.resolved_to) for r in t.itertuples()] == rows


# --- the sentence's first word, a capitalised body noun, before a name: the body ---------------------------
@pytest.mark.parametrize(
    ("text", "source", "source_class", "resolved_to"),
    [
        pytest.param(
            "Consultancy Marlwick said the dam was sound. Marlwick said more work was needed.",
            "Consultancy Marlwick",
            "organisation",
            "Marlwick",
            id="consultancy-first-word",
        ),
        pytest.param(
            "Charity Homewarden said rents had risen. Homewarden said it would campaign.",
            "Charity Homewarden",
            "organisation",
            "Homewarden",
            id="charity-first-word",
        ),
        pytest.param(
            "Structural engineering consultancy Marl Brothers said the dam was sound.",
            "Structural engineering consultancy Marl Brothers",
            "organisation",
            "Marl Brothers",
            id="lower-case-noun",
        ),
        # negatives: a title before a person's name keeps the person
        pytest.param(
            "Union President Ann Keble said pay was too low.",
            "Union President Ann Keble",
            "named",
            "Ann Keble",
            id="union-president-person",
        ),
        pytest.param(
            "Structural engineer Tobias Marl said the dam was sound.",
            "Structural engineer Tobias Marl",
            "named",
            "Tobias Marl",
            id="engineer-person",
        ),
    ],
)
def test_sourcing_body_noun_first_word(text: str, source: str, source_class: str, resolved_to: str) -> None:
    r = row_with_source(text, "said", source)
    assert (r.source_class, r.resolved_to) == (source_class, resolved_to)


# --- a state's name, one word or several, as a speaker: official, as "Australia said" -----------------------
@pytest.mark.parametrize(
    ("text", "source", "source_class", "kind"),
    [
        pytest.param(
            "New Zealand said it would send a frigate.", "New Zealand", "organisation", "official", id="nz"
        ),
        pytest.param(
            "Saudi Arabia said it would send a frigate.", "Saudi Arabia", "organisation", "official", id="ksa"
        ),
        pytest.param(
            "Norway said it would send a frigate.", "Norway", "organisation", "official", id="norway"
        ),
        pytest.param(
            "Australia said it would send a frigate.", "Australia", "organisation", "official", id="australia"
        ),
        # negatives: a company named after a state, and a person whose first name is a place, stay themselves
        pytest.param(
            "South Africa Holdings said profits rose.",
            "South Africa Holdings",
            "organisation",
            "organisation",
            id="company-named-after-state",
        ),
        pytest.param(
            "Kenya Pell said the match was off.", "Kenya Pell", "named", "unknown", id="first-name-kenya"
        ),
    ],
)
def test_sourcing_state_names(text: str, source: str, source_class: str, kind: str) -> None:
    r = row_with_source(text, "said", source)
    assert (r.source_class, r.source_kind) == (source_class, kind)


def test_sourcing_state_names_hold_no_belief() -> None:
    """A state's name holds no belief of its own in a source table, as "Russia believed" does not."""
    t = table("New Zealand believes the talks will fail.")
    # the belief stays an attribution (PolNeAR counts beliefs), with no source: a state is no holder
    assert [(r.cue, r.source) for r in t.itertuples()] == [("believes", "")]


# --- a possessive name: the possessed role speaks; the name gets no kind from a verb's subject --------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param(
            "Nadia Orme's lawyer said she would appeal.",
            [("said", "Nadia Orme's lawyer", "role", "legal", "")],
            id="possessive-role",
        ),
        pytest.param(
            "Rangers found Nadia Orme's tent on Monday. She said she was safe.",
            [("found", "Rangers", "role", "official", ""), ("said", "She", "named", "unknown", "Nadia Orme")],
            id="verb-subject-gives-no-kind",
        ),
        # negatives: a title right before the name gives it its kind, possessive or not
        pytest.param(
            "Councillor Nadia Orme's aide said the vote was close. She later said she would resign.",
            [
                ("said", "Councillor Nadia Orme's aide", "role", "official", ""),
                ("said", "She", "named", "official", "Nadia Orme"),
            ],
            id="title-before-possessive",
        ),
        pytest.param(
            "Transport minister Nadia Orme opened the line. She said trains would be hourly.",
            [("said", "She", "named", "official", "Nadia Orme")],
            id="title-before-name",
        ),
    ],
)
def test_sourcing_possessive_name_kind(text: str, rows: list[tuple[str, str, str, str, str]]) -> None:
    t = table(text)
    got = [(r.cue, r.source, r.source_class, r.source_kind, r.resolved_to) for r in t.itertuples()]
    assert got == rows
