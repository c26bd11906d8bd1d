"""Sourcing round seven: the classes of error left on the round-five blind articles (docs/sourcing.md).

Each rule has its own sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import assert_row_with_source, cues, table

# --- a described person before a name and its age is part of the phrase ------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to", "source_class", "source_kind"),
    [
        pytest.param(
            "His son, Dev Patel, 52, said the shop would stay open.",
            "said",
            "His son, Dev Patel, 52",
            "Dev Patel",
            "named",
            "citizen",
            id="kin-name-age",
        ),
        pytest.param(
            "Their lawyer, Ruth Amos, 61, said the ruling would be appealed.",
            "said",
            "Their lawyer, Ruth Amos, 61",
            "Ruth Amos",
            "named",
            "legal",
            id="role-name-age",
        ),
        pytest.param(
            "His son, Dev Patel, said the shop would stay open.",
            "said",
            "His son, Dev Patel",
            "Dev Patel",
            "named",
            "citizen",
            id="negative-no-age-unchanged",
        ),
        pytest.param(
            "In Lowestoft, Dev Patel, 52, said the shop would stay open.",
            "said",
            "Dev Patel, 52",
            "Dev Patel",
            "named",
            None,
            id="negative-place-before-name",
        ),
        pytest.param(
            "After the hearing, Ruth Amos, 61, said the ruling would be appealed.",
            "said",
            "Ruth Amos, 61",
            "Ruth Amos",
            "named",
            None,
            id="negative-adverbial-before-name",
        ),
    ],
)
def test_sourcing_round7_described_person_before_name_and_age(
    text, cue, source, resolved_to, source_class, source_kind
):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


# --- a "where" clause between commas after the speaker is part of the phrase -------------------


@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param(
            "Nurses at Hollybank hospice, where he spent his last weeks, said he was always cheerful.",
            "said",
            "Nurses at Hollybank hospice, where he spent his last weeks",
            "role",
            id="where-clause",
        ),
        pytest.param(
            "Teachers at the academy, where the roof collapsed, said lessons would move online.",
            "said",
            "Teachers at the academy, where the roof collapsed",
            "role",
            id="where-clause-determiner",
        ),
        pytest.param(
            "In Dunmore, where the roof collapsed, teachers said lessons would move online.",
            "said",
            "teachers",
            "role",
            id="negative-fronted-where-clause",
        ),
    ],
)
def test_sourcing_round7_where_clause_of_the_speaker(text, cue, source, source_class):
    assert_row_with_source(text, cue, source, "", source_class, None)


# --- a document's agent after "by" is part of the phrase on the right of the cue -----------------


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "According to a poll by the research firm Valdon, most drivers back the ban.",
            "According to",
            "a poll by the research firm Valdon",
            id="according-to-poll-by",
        ),
        pytest.param(
            "Fares will rise by a tenth, according to an analysis by the campaign group Transit Watch.",
            "according to",
            "an analysis by the campaign group Transit Watch",
            id="according-to-analysis-by",
        ),
        pytest.param(
            "According to a report by Friday, the plan is dead.",
            "According to",
            "a report",
            id="negative-time-after-by",
        ),
        pytest.param(
            "Output fell, according to a forecast by 0.2 points.",
            "according to",
            "a forecast",
            id="negative-number-after-by",
        ),
    ],
)
def test_sourcing_round7_document_agent_after_cue(text, cue, source):
    assert_row_with_source(text, cue, source, "", "document", None)


# --- "issued" with an instrument and no content is no attribution -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The coastguard has issued a yellow warning for fog until noon.", id="weather-warning"),
        pytest.param("The court issued subpoenas to three former aides.", id="subpoenas"),
        pytest.param("The council issued 40 parking permits last month.", id="permits"),
    ],
)
def test_sourcing_round7_issued_instrument_is_no_row(text):
    t = table(text)
    assert not any(s for s in t["source"])
    assert not any(c.lower().startswith(("issued", "warning")) for c in t["cue"])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "The coastguard issued a warning that the fog would last all day.", "The coastguard", id="that"
        ),
        pytest.param(
            'The coastguard issued a warning: "Stay off the beach."', "The coastguard", id="quotation"
        ),
        pytest.param("The coastguard issued a statement on the rescue.", "The coastguard", id="statement"),
    ],
)
def test_sourcing_round7_issued_with_content_stays_a_row(text, source):
    t = table(text)
    assert source in set(t["source"][t["cue"] == "issued"])


# --- an -ing word in a list of nouns is no cue -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The mayor on buses, housing, planning and his first job", id="headline-list"),
        pytest.param("The report covers rents, planning and repairs.", id="sentence-list"),
    ],
)
def test_sourcing_round7_listed_ing_noun_is_no_cue(text):
    assert "planning" not in cues(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "The minister spoke for an hour, warning and urging voters to stay calm.", "urging", id="two-cues"
        ),
        pytest.param(
            "The firm missed its target, warning that sales would fall.", "warning", id="participle"
        ),
    ],
)
def test_sourcing_round7_participle_cues_stay(text, cue):
    assert any(c.startswith(cue) for c in table(text)["cue"])  # "warning that" is one phrase cue


# --- round seven, blind7 classes: a relative of the same surname is shown by her own name ------


@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to"),
    [
        pytest.param(
            "Singer Rosa Vane is touring. Rosa's father, Alan Vane, told the paper he was proud.",
            "told",
            "Rosa's father, Alan Vane",
            "Alan Vane",
            id="father-same-surname",
        ),
        pytest.param(
            "Jane Roe is a lawyer. Ms Roe said the case was weak.",
            "said",
            "Ms Roe",
            "Jane Roe",
            id="negative-title-surname",
        ),
        pytest.param(
            "Jane Anne Roe is a lawyer. Jane Roe said the case was weak.",
            "said",
            "Jane Roe",
            "Jane Anne Roe",
            id="negative-fuller-name",
        ),
    ],
)
def test_sourcing_round7_relative_with_same_surname(text, cue, source, resolved_to):
    assert_row_with_source(text, cue, source, resolved_to, "named", None)


# --- a place after "in" that ends a sentence is no person for pronouns --------------------------


@pytest.mark.parametrize(
    ("text", "resolved_to"),
    [
        pytest.param(
            "I met Omar Said, who runs a cafe in Market Harborough. 'It is quiet,' he said.",
            "Omar Said",
            id="place-after-in",
        ),
        pytest.param(
            "I met Omar Said, who works in Kings Lynn. He said it was quiet.",
            "Omar Said",
            id="place-after-works-in",
        ),
        pytest.param(
            "The rally was in Leeds. He met Jane Roe in London. She said no.",
            "Jane Roe",
            id="negative-person-stays",
        ),
    ],
)
def test_sourcing_round7_place_after_in_is_no_antecedent(text, resolved_to):
    t = table(text)
    pron = t[t["source"].str.lower().isin(["he", "she"])]
    assert list(pron["resolved_to"]) == [resolved_to]


# --- the writer's contact clause with an auxiliary and an adverb --------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param(
            "Nurses I have met privately admit that the wards are unsafe.",
            "admit",
            "Nurses I have met",
            "role",
            id="have-met-adverb",
        ),
        pytest.param(
            "The farmers we've visited say the rain came too late.",
            "say",
            "The farmers we've visited",
            "role",
            id="weve-visited",
        ),
        pytest.param(
            "Most parents I meet say the fees are too high.",
            "say",
            "Most parents I meet",
            "vague",
            id="negative-plain-contact-clause",
        ),
        pytest.param(
            "The report I have read says the fees are too high.",
            "says",
            "The report",
            "document",
            id="negative-no-person",
        ),
    ],
)
def test_sourcing_round7_contact_clause_with_auxiliary(text, cue, source, source_class):
    assert_row_with_source(text, cue, source, "", source_class, None)


# --- a capitalised title with its body opens an apposition before a name ------------------------


@pytest.mark.parametrize(
    ("text", "source", "resolved_to"),
    [
        pytest.param(
            "Chair of the panel, Ann Lee, said the school would reopen.",
            "Chair of the panel, Ann Lee",
            "Ann Lee",
            id="chair-of",
        ),
        pytest.param(
            "Head of news at the station, Raj Patel, said the bulletin would move.",
            "Head of news at the station, Raj Patel",
            "Raj Patel",
            id="head-of",
        ),
        pytest.param(
            "Ann Lee, Chair of the governors, said the school would reopen.",
            "Ann Lee, Chair of the governors",
            "Ann Lee",
            id="title-after-name",
        ),
    ],
)
def test_sourcing_round7_capitalised_title_before_name(text, source, resolved_to):
    assert_row_with_source(text, "said", source, resolved_to, "named", None)


# --- a quantifier with a plural business noun is vague -------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "source_class"),
    [
        pytest.param(
            "Some retailers insist that trade is fine.", "Some retailers", "vague", id="some-retailers"
        ),
        pytest.param("Many airlines say fares will rise.", "Many airlines", "vague", id="many-airlines"),
        pytest.param(
            "Several retailers said trade was fine.",
            "Several retailers",
            "organisation",
            id="negative-several",
        ),
        pytest.param(
            "The retailers said trade was fine.", "The retailers", "organisation", id="negative-the"
        ),
    ],
)
def test_sourcing_round7_quantified_business_group(text, source, source_class):
    t = table(text)
    assert list(t["source_class"][t["source"] == source]) == [source_class]


# --- animals are no sources ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Her two bull terriers attacked a postman.", id="terriers"),
        pytest.param("Three spaniels attacked a jogger in the park.", id="spaniels"),
    ],
)
def test_sourcing_round7_animal_is_no_source(text):
    assert not any(s for s in table(text)["source"])


@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param(
            "Two farmers said the dogs attacked sheep.", "said", "Two farmers", "role", id="farmers"
        ),
        pytest.param(
            "Two retrievers attacked a postman, police said.",
            "said",
            "police",
            "organisation",
            id="police-after",
        ),
    ],
)
def test_sourcing_round7_people_near_animals_stay_sources(text, cue, source, source_class):
    assert_row_with_source(text, cue, source, "", source_class, None)


# --- the honorific "Dr" yields to a person's role ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "source_kind"),
    [
        pytest.param(
            "Dr Nia Hale, Corex's founder and chief executive, said sales doubled.",
            "Dr Nia Hale, Corex's founder and chief executive",
            "organisation",
            id="founder",
        ),
        pytest.param(
            "Dr Nia Hale, the council's director of public health, said cases fell.",
            "Dr Nia Hale, the council's director of public health",
            "official",
            id="council-director",
        ),
        pytest.param("Dr Nia Hale said cases fell.", "Dr Nia Hale", "expert", id="negative-bare-dr"),
        pytest.param(
            "Dr Nia Hale, who chairs the regional branch of the Nurses Association, said cases fell.",
            "Dr Nia Hale, who chairs the regional branch of the Nurses Association",
            "expert",
            id="negative-body-word-only",
        ),
    ],
)
def test_sourcing_round7_doctor_title_yields_to_role(text, source, source_kind):
    assert_row_with_source(text, "said", source, "Nia Hale", "named", source_kind)
