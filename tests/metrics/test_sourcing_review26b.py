"""Round twenty-six, the review of the PolNeAR rules on ordinary news (invented sentences only)."""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import first_source, pairs, rule_cues


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("To Ann Vale, the decision was a betrayal.", "Ann Vale"),
        ("To Mr. Reed, the plan was a mistake.", "Mr. Reed"),
        ("To Ines Farrow, the levy was a warning.", "Ines Farrow"),
        ("Mayor Ann Vale opened the bridge. To Vale, it was a promise kept.", "Vale"),
        ("But to many, the fees are a burden.", None),
    ],
)
def test_sourcing_to_viewer_person(text: str, source: str | None) -> None:
    """A sentence opening "To <person>," gives that person's view: the person is the source."""
    assert "To" in rule_cues(text) or "to" in rule_cues(text)
    if source is not None:
        assert first_source(text, "To") == source


@pytest.mark.parametrize(
    "text",
    [
        "To Harwick, the road runs ten miles.",
        "To London, the train takes two hours.",
        "To Kessany, it is a long drive from the coast.",
        "To me, the ferry timetable matters more than the fare.",
        "To Dunmore Council, the fees are a lifeline.",
        "To New Harwick, the ferry takes an hour.",
        "To Harwick Green, the bus runs twice a day.",
        "To date, the council has spent three million on the scheme.",
    ],
)
def test_sourcing_to_viewer_not_place_or_writer(text: str) -> None:
    """A place after "To" (a direction) or the writer's own "To me," is nobody's view reported."""
    assert [c for c in rule_cues(text, lower=True) if c == "to"] == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Opponents painted the mayor as out of touch.", "painted the mayor as"),
        ("Critics cast the council as a bully.", "cast the council as"),
        ("Rivals were painting him as a puppet of the port owners.", "painting him as"),
        ("The mayor compared Tom Reed to a weathervane.", "compared Tom Reed to"),
        ("The architect compared the new bridge to a cathedral.", "compared the new bridge to"),
    ],
)
def test_sourcing_likening_of_a_person(text: str, cue: str) -> None:
    """Portraying or likening a person or a body ("painted the mayor as") is someone's words about them."""
    assert cue in rule_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "He painted the fence as the sun set.",
        "They painted the hall as a favour to the school.",
        "The director cast her as Juliet in the spring production.",
        "The theatre cast Tom Reed as Hamlet.",
        "Compare that to the old bridge, which cost far less.",
        "His work was compared in the review to a cathedral.",
        "Sales rose four per cent compared to last year.",
    ],
)
def test_sourcing_likening_not_a_thing_or_a_part(text: str) -> None:
    """Painting a thing, a theatre's casting, an imperative or a passive comparison reports no one's words."""
    assert not any(c.lower().startswith(("paint", "cast", "compar")) for c in rule_cues(text))


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Residents were venting about the fees at the meeting.", True),
        ("Residents were venting their anger at the council.", True),
        ("The private venting of the staff was overheard.", False),
        ("This is what private venting, and nothing else, achieves.", False),
    ],
)
def test_sourcing_venting_noun(text: str, present: bool) -> None:
    """"venting" with an object or "about" is the verb; "the venting of", a bare "venting" is a noun."""
    assert ("venting" in rule_cues(text, lower=True)) is present


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ann Vale, in a statement, sounded hopeful.", "Ann Vale"),
        ("The mayor, in an interview with the Courier, said the road would reopen.", "The mayor"),
        ("In an interview with the Courier, the mayor said the road would reopen.", "the mayor"),
    ],
)
def test_sourcing_medium_between_commas(text: str, source: str) -> None:
    """A spoken medium set off by commas after its subject: the subject speaks, not the words after it."""
    assert source in [s for _, s in pairs(text)]
    assert "sounded hopeful" not in [s for _, s in pairs(text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The one alternative to Vale, Mayor Tom Reed, had told voters to wait.", "Mayor Tom Reed"),
        ("The main threat to Lind, Tarrow Mayor Ann Vale, said she would stand.", "Tarrow Mayor Ann Vale"),
        ("The one rival to Vale, Mayor Tom Reed, had told voters to wait.", "The one rival to Vale, Mayor Tom Reed"),
        ("A nurse from Dunmore, Ann Vale, said the ward was full.", "A nurse from Dunmore, Ann Vale"),
        ("Tom Reed, from Tarrow, Kessany, on Tuesday admitted the fault.", "Tom Reed, from Tarrow, Kessany"),
    ],
)
def test_sourcing_name_after_preposition_then_appositive(text: str, source: str) -> None:
    """A described person opening the sentence with a name after its preposition, then a name set off:
    the set-off name speaks (not the name inside the description, nor a place ending the chain)."""
    cue = next(c for c, _ in pairs(text) if c in ("told", "said", "admitted"))
    assert first_source(text, cue) == source
