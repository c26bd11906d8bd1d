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
        # negatives: a "had" cue that opens its own sentence, or after "and", keeps its row
        pytest.param(
            "The mayor had told the council that the bridge was safe.", "told", 1, id="own-sentence"
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
            "Ferry operator Tarn Crossings",
            id="bare-description",
        ),
    ],
)
def test_sourcing_description_own_words(text: str, source: str, resolved_to: str) -> None:
    rows = [r for r in table(text).itertuples() if r.source == source]
    assert rows, table(text)[["cue", "source", "resolved_to"]].values.tolist()
    assert rows[-1].resolved_to == resolved_to
