"""Round twenty-six, known leftovers on ordinary news (docs/sourcing.md, Limits): invented sentences only."""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import class_kind_resolved, first_source, pairs, row_with_source, table


# 1. A noun-ambiguous cue set off after its content by a plain plural subject.
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The bridge is unsafe, locals claim, and the council must act.", "claim", "locals"),
        ("The plan is dead, officials claim.", "claim", "officials"),
        ("The plan is dead, voters claim.", "claim", "voters"),
        ("The mill will close, workers fear.", "fear", "workers"),
        ("The mill will close by May, many workers fear.", "fear", "many workers"),
        ("The bridge is unsafe, the locals claim.", "claim", "the locals"),
    ],
)
def test_sourcing_set_off_plural_noun_cue(text: str, cue: str, source: str) -> None:
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The agenda lists rents, parking, tenants claim forms and more.", "claim"),  # a noun, an object follows
        ("Rents will rise, the hills report.", "report"),  # no subject of people
        ("He thanked the nurses, carers and their families for their hope.", "hope"),
    ],
)
def test_sourcing_set_off_plural_noun_cue_negative(text: str, cue: str) -> None:
    assert cue not in set(table(text)["cue"])


# 2. A described person in apposition before a name, after an earlier clause's verb.
@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved"),
    [
        ("Neighbours say his sister, Ada Fenn, has asked him to move.", "asked", "his sister, Ada Fenn", "Ada Fenn"),
        ("Friends say his sister, Ada Fenn, has asked him to move.", "asked", "his sister, Ada Fenn", "Ada Fenn"),
        ("Tom Reed says his sister, Ada Fenn, has asked him to move.", "asked", "his sister, Ada Fenn", "Ada Fenn"),
        ("Neighbours say her brother, Tom Fenn, told police he saw nothing.", "told", "her brother, Tom Fenn", "Tom Fenn"),
        ("Neighbours say the owner, Ada Fenn, has asked them to move.", "asked", "the owner, Ada Fenn", "Ada Fenn"),
    ],
)
def test_sourcing_kin_apposition_after_clause(text: str, cue: str, source: str, resolved: str) -> None:
    assert row_with_source(text, cue, source).resolved_to == resolved


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Pals say his wife, Tia Brooks, 39, has urged him to stop.", "urged", "his wife, Tia Brooks, 39"),
        ("Her daughter, June Parker, said the home was cold.", "said", "Her daughter, June Parker"),
        ("Prices rose, said Jane Roe.", "said", "Jane Roe"),
        ("He met his sister, Ada Fenn, and said she was well.", "said", "He"),
    ],
)
def test_sourcing_kin_apposition_after_clause_unchanged(text: str, cue: str, source: str) -> None:
    assert first_source(text, cue) == source


# 3. A participle clause (with or without its agent) modifying the subject.
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("A firm accused of fraud by regulators said it would appeal.", "said", "A firm accused of fraud by regulators"),
        ("A firm accused of fraud by regulators said it would appeal.", "accused", "regulators"),
        (
            "A firm accused of breaking safety rules at three of its plants by regulators said it would appeal.",
            "said",
            "A firm accused of breaking safety rules at three of its plants by regulators",
        ),
        (
            "A firm accused of breaking safety rules at three of its plants by regulators said it would appeal.",
            "accused",
            "regulators",
        ),
        ("A man accused of theft by his employer said he was innocent.", "accused", "his employer"),
        ("A man accused of theft by his employer said he was innocent.", "said", "A man accused of theft by his employer"),
        ("A firm accused of fraud said it would appeal.", "said", "A firm accused of fraud"),
        ("A man jailed for fraud said he was sorry.", "said", "A man jailed for fraud"),
        ("A firm owned by Tom Reed said it would appeal.", "said", "A firm owned by Tom Reed"),
        ("The driver, accused of speeding by police, said he was late.", "accused", "police"),
        ("A teacher criticised for delays by parents said she was sorry.", "said", "A teacher criticised for delays by parents"),
    ],
)
def test_sourcing_participle_clause_subject(text: str, cue: str, source: str) -> None:
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "cls", "kind"),
    [
        ("A man arrested by police said he was innocent.", "said", "role", "citizen"),  # the agent gives no kind
        ("A firm accused of fraud by regulators said it would appeal.", "said", "organisation", "organisation"),
    ],
)
def test_sourcing_participle_clause_subject_kind(text: str, cue: str, cls: str, kind: str) -> None:
    src = first_source(text, cue)
    assert class_kind_resolved(text, cue, src)[:2] == (cls, kind)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("A firm accused of fraud said it would appeal.", "accused", ""),  # no agent
        ("A man accused of fraud by lying to banks said he was sorry.", "accused", ""),  # "by" a means
        ("The mayor was accused of lying by residents.", "accused", "residents"),
        ("Residents in the village said the road was closed.", "said", "Residents in the village"),
        ("Officials in 2019 said the road was closed.", "said", "Officials"),
        # an active verb and a longer phrase before the name: no participle clause of a subject
        ("Ford said the inquiry started on some date after Ford disclosed the matter.", "disclosed", "Ford"),
        ("The figures published by her department tell a story.", "tell", "The figures published by her department"),
    ],
)
def test_sourcing_participle_clause_subject_negative(text: str, cue: str, source: str) -> None:
    assert first_source(text, cue) == source


def test_sourcing_participle_clause_thing_no_source() -> None:
    # a thing's participle clause gives no source ("Pictures" is no person, body or document)
    assert ("show", "Pictures taken by residents") not in pairs("Pictures taken by residents show the damage.")


# 4. A place's name inside a described person's phrase is no person for a later pronoun.
@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        (
            "A resident of Elm Flats, who did not want to be named, said the lift had been broken for weeks. "
            "The council never replied, she said.",
            "A resident of Elm Flats",
        ),
        ("A resident of Elm Flats said the lift had been broken. The council never replied, she said.", "A resident of Elm Flats"),
        ("Villagers of Low Dell say the road is unsafe. Ada Fenn agreed. It is awful, she said.", "Ada Fenn"),
    ],
)
def test_sourcing_resident_of_place_no_person(text: str, resolved: str) -> None:
    assert row_with_source(text, "said", "she").resolved_to == resolved


def test_sourcing_friend_of_person_stays_person() -> None:
    text = "A friend of Ada Fenn said the lift had been broken. The council never replied, she said."
    assert row_with_source(text, "said", "she").resolved_to == "Ada Fenn"


# 5. A document's contact clause with a present-tense verb or a time.
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The logbooks Tulloch quotes show the pump failed twice.", "show", "The logbooks Tulloch quotes"),
        ("The letter Ann Lee wrote last year said the school would close.", "said", "The letter Ann Lee wrote last year"),
        ("The letter Ann Lee wrote on Monday said the school would close.", "said", "The letter Ann Lee wrote on Monday"),
        ("The notes Ann Lee kept in 2019 show the pump failed twice.", "show", "The notes Ann Lee kept in 2019"),
        ("The notes Ann Lee keeps show the pump failed twice.", "show", "The notes Ann Lee keeps"),
        ("The letters Ostley wrote show the pump failed twice.", "show", "The letters Ostley wrote"),
    ],
)
def test_sourcing_document_contact_clause(text: str, cue: str, source: str) -> None:
    r = row_with_source(text, cue, source)
    assert r.source_class == "document"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Tom Reed wrote last year that the school would close.", "wrote", "Tom Reed"),
        ("The letter Ann Lee wrote last year said the school would close.", "wrote", None),
    ],
)
def test_sourcing_document_contact_clause_negative(text: str, cue: str, source: str | None) -> None:
    if source is None:
        assert cue not in set(table(text)["cue"])  # the contact verb is inside the document's phrase
    else:
        assert first_source(text, cue) == source


# 6. Smaller leftovers: a body named by "called", and a visit's host.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A shop called Sweet Dreams said it would close.", "Sweet Dreams"),
        ("A band named The Low Hills said the tour was off.", "The Low Hills"),
    ],
)
def test_sourcing_body_called_name(text: str, source: str) -> None:
    assert class_kind_resolved(text, "said", source)[:2] == ("organisation", "organisation")


def test_sourcing_body_called_name_is_no_person_for_he() -> None:
    text = "A man called Tom Brack said he heard the crash. A shop called Sweet Dreams said it would close. He said it was sad."
    assert row_with_source(text, "said", "He").resolved_to == "Tom Brack"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A woman called Ann Vale said the shop would close.", "Ann Vale"),
        ("A man named Tom Brack said he heard the crash.", "Tom Brack"),
    ],
)
def test_sourcing_person_called_name_stays_person(text: str, source: str) -> None:
    assert class_kind_resolved(text, "said", source)[0] == "named"


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("Our host, Ann Lee, said the hall was full.", "Our host, Ann Lee", "unknown"),
        ("Radio host Ann Lee said the hall was full.", "Radio host Ann Lee", "media"),
        ("The show's host, Ann Lee, said the hall was full.", "The show's host, Ann Lee", "media"),
    ],
)
def test_sourcing_visit_host_kind(text: str, source: str, kind: str) -> None:
    assert class_kind_resolved(text, "said", source)[1] == kind


# "both" floated after two joined names before a belief verb that needs a subject.
@pytest.mark.parametrize(
    ("text", "cue", "sources"),
    [
        ("Ann Lee and Tom Reed both think the plan is wrong.", "think", ["Ann Lee", "Tom Reed"]),
        ("The unions both believe the plan is wrong.", "believe", ["The unions"]),
        ("They both think the plan is wrong.", "think", ["They"]),
        ("Both think the plan is wrong.", "think", ["Both"]),  # opening the sentence: the quantifier is the subject
    ],
)
def test_sourcing_both_after_subject(text: str, cue: str, sources: list[str]) -> None:
    assert [s for c, s in pairs(text) if c == cue] == sources


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("He wants both think tanks to report.", "think"),  # a noun after "both"
        ("The roads both seem wrong.", "seem"),  # no subject of people or bodies
    ],
)
def test_sourcing_both_after_subject_negative(text: str, cue: str) -> None:
    assert cue not in set(table(text)["cue"])
