"""Sourcing round twenty-six, the second fixes: a body noun before a capitalised name (docs/sourcing.md).

Every sentence is invented (no fixture's or corpus's words); each rule has positive and negative cases.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import assert_row_with_source, class_kind_resolved, first_source


# --- "One of the X, the <body noun> Name, said": the apposition names the body that speaks --------------------
@pytest.mark.parametrize(
    ("text", "source", "resolved"),
    [
        pytest.param(
            "One of the headline acts, the band Copper Kites, said in a statement that it was sorry.",
            "One of the headline acts, the band Copper Kites",
            "Copper Kites",
            id="band-acts",
        ),
        pytest.param(
            "One of the acts, the band Tin Bells, said it would play next year.",
            "One of the acts, the band Tin Bells",
            "Tin Bells",
            id="band-short",
        ),
        pytest.param(
            "One of the bidders, the charity Green Hands, said it had withdrawn.",
            "One of the bidders, the charity Green Hands",
            "Green Hands",
            id="charity-bidders",
        ),
        pytest.param(
            "One of the guests, the orchestra Northlight Sinfonia, said the hall was too cold.",
            "One of the guests, the orchestra Northlight Sinfonia",
            "Northlight Sinfonia",
            id="orchestra",
        ),
        pytest.param(
            "One of the festivals, the choir Voices of Ambleby, said it would not travel.",
            "One of the festivals, the choir Voices of Ambleby",
            "Voices of Ambleby",
            id="choir-of-name",
        ),
        pytest.param(
            "Another of the acts, the troupe Lantern Fools, said the stage was unsafe.",
            "Another of the acts, the troupe Lantern Fools",
            "Lantern Fools",
            id="troupe-another",
        ),
        pytest.param(
            "One of the winners, the duo Paper Moths, said they were delighted.",
            "One of the winners, the duo Paper Moths",
            "Paper Moths",
            id="duo-outlet-first-word",
        ),
    ],
)
def test_sourcing_apposed_body_name(text: str, source: str, resolved: str) -> None:
    assert_row_with_source(text, "said", source, resolved, "organisation", "organisation")


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # a person's role and name after a possessive body noun: no body speaks (read as before, a role)
        pytest.param(
            "One of the founders, the band's drummer Ann Lee, said she was leaving.",
            "One of the founders, the band's drummer Ann Lee",
            "role",
            id="person-after-possessive",
        ),
        # a name shaped like a person's (a known first name, then a surname) is never the body's
        pytest.param(
            "One of the founders, the band Ann Lee, said she was leaving.",
            "One of the founders, the band Ann Lee",
            "role",
            id="person-shaped-name",
        ),
        # a plain person apposition is untouched
        pytest.param(
            "One of the bidders, a farmer from Elmby, said the price was too high.",
            "One of the bidders, a farmer from Elmby",
            "role",
            id="person-apposition",
        ),
    ],
)
def test_sourcing_apposed_body_name_negative(text: str, source: str, expected: str) -> None:
    assert class_kind_resolved(text, "said", source)[0] == expected


# --- "the <body noun> Name": the name is the body's, whatever its first word -----------------------------------
@pytest.mark.parametrize(
    ("text", "source", "resolved"),
    [
        pytest.param(
            "The band Paper Lanterns said the tour was over.",
            "The band Paper Lanterns",
            "Paper Lanterns",
            id="band-paper",
        ),
        pytest.param(
            "The charity Post Haste said the vans were late.",
            "The charity Post Haste",
            "Post Haste",
            id="charity-post",
        ),
        pytest.param(
            "The group Times Gone said the show would go on.",
            "The group Times Gone",
            "Times Gone",
            id="group-times",
        ),
        pytest.param(
            "The quartet Silver Finch said the hall was booked.",
            "The quartet Silver Finch",
            "Silver Finch",
            id="quartet",
        ),
        pytest.param(
            "The ensemble Dunmore Consort said it had cancelled.",
            "The ensemble Dunmore Consort",
            "Dunmore Consort",
            id="ensemble",
        ),
    ],
)
def test_sourcing_body_noun_before_outlet_word(text: str, source: str, resolved: str) -> None:
    assert_row_with_source(text, "said", source, resolved, "organisation", "organisation")


@pytest.mark.parametrize(
    ("text", "cue", "source", "expected"),
    [
        # a newspaper's name stays a newspaper
        pytest.param(
            "The Lanterns Times reported that the fair was cancelled.",
            "reported",
            "The Lanterns Times",
            ("organisation", "media"),
            id="outlet-name",
        ),
        pytest.param(
            "The Paper said the fair was cancelled.",
            "said",
            "The Paper",
            ("document", "media"),
            id="the-paper",
        ),
        # a role noun after "band" stays a role
        pytest.param(
            "A band spokesman said the fair was cancelled.",
            "said",
            "A band spokesman",
            ("role", "official"),
            id="band-spokesman",
        ),
    ],
)
def test_sourcing_body_noun_before_outlet_word_negative(
    text: str, cue: str, source: str, expected: tuple[str, str]
) -> None:
    assert class_kind_resolved(text, cue, source)[:2] == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The band played on, said Ann Lee.", "Ann Lee", id="band-in-clause"),
        pytest.param(
            "The choir sang twice, said Bo Hale, who runs the hall.",
            "Bo Hale, who runs the hall",
            id="choir-in-clause",
        ),
    ],
)
def test_sourcing_body_noun_in_clause_not_source(text: str, source: str) -> None:
    assert first_source(text, "said") == source
