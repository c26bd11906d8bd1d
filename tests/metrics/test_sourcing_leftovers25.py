"""Sourcing round twenty-five: known leftovers of the source table on ordinary news (docs/sourcing.md,
"Round twenty-five, known leftovers").

Each rule has its own invented sentences (people, places and bodies made up) and negative cases that must
not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import class_kind_resolved, pairs, table


def _sources(text: str, cue: str) -> list[str]:
    return [s for c, s in pairs(text) if c == cue]


def _resolved(text: str, cue: str, source: str) -> str:
    return class_kind_resolved(text, cue, source)[2]


# --- a description before a body's name: the mention stands for the name ---------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "resolved_to"),
    [
        pytest.param("Ferry operator Islandhop said sailings to Marrow were cancelled.", "Ferry operator Islandhop",
                     "Islandhop", id="descriptor-noun"),
        pytest.param("The charity Kindle Minds said its grant from Tarrow was cut.", "The charity Kindle Minds",
                     "Kindle Minds", id="the-charity"),
        pytest.param("Campaign group Sons of the Fenwick Valley said the quarry was too loud.",
                     "Campaign group Sons of the Fenwick Valley", "Sons of the Fenwick Valley",
                     id="name-with-of-the"),
        pytest.param("Energy company Union Heat said bills in Dunmere would rise.", "Energy company Union Heat",
                     "Union Heat", id="name-opening-with-a-body-word"),
        pytest.param("Charity Brightwarden said rents in Ostley rose.", "Charity Brightwarden", "Brightwarden",
                     id="capitalised-at-sentence-start"),
    ],
)
def test_sourcing_descriptor_before_body_name_resolves_to_the_name(text: str, source: str, resolved_to: str) -> None:
    assert class_kind_resolved(text, "said", source)[0] == "organisation"
    assert _resolved(text, "said", source) == resolved_to


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The Department of Harbours said sailings to Marrow were cancelled.", "The Department of Harbours",
                     id="whole-name"),
        pytest.param("The Charity Commission said the Kindle Minds accounts were late.", "The Charity Commission",
                     id="body-noun-in-the-name"),
        pytest.param("The GMB union said members at Tarrow would strike.", "The GMB union", id="name-then-noun"),
        pytest.param("A lender in Ostley said rates would rise.", "A lender in Ostley", id="place-after-preposition"),
        pytest.param("The national Department of Harbours said sailings were cancelled.",
                     "The national Department of Harbours", id="adjective-before-the-name"),
    ],
)
def test_sourcing_whole_body_name_resolves_to_itself(text: str, source: str) -> None:
    assert _resolved(text, "said", source) == ""


def test_sourcing_descriptor_then_the_name_after_according_to() -> None:
    text = "According to industry body the Tarrow Bakers Federation, flour costs rose by 9%."
    source = "industry body the Tarrow Bakers Federation"
    assert class_kind_resolved(text, "According to", source)[2] == "Tarrow Bakers Federation"


def test_sourcing_description_after_descriptor_name_resolves_to_the_name() -> None:
    text = ("Software maker Quillbright said it would cut 200 jobs in Ostley. The company said demand had fallen. "
            "Quillbright said the cuts were final.")
    t = table(text)
    assert list(t["resolved_to"]) == ["Quillbright", "Quillbright", ""]
    assert list(t["source_class"]) == ["organisation"] * 3
    assert t["key"].nunique() == 1


def test_sourcing_bare_name_after_descriptor_is_the_body_not_a_person() -> None:
    text = "The charity Kindle Minds said its grant was cut. Kindle Minds said it would appeal to Tarrow council."
    assert class_kind_resolved(text, "said", "Kindle Minds")[0] == "organisation"


def test_sourcing_bare_pair_without_descriptor_stays_a_person() -> None:
    text = "Kindle Marsh said her grant was cut. Kindle Marsh said she would appeal."
    assert class_kind_resolved(text, "said", "Kindle Marsh")[0] == "named"


# --- a capitalised body word after a body noun is the name's first word ----------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "resolved_to"),
    [
        pytest.param("Rail firm Union Northern said the Ostley line would reopen.", "Rail firm Union Northern",
                     "Union Northern", id="union"),
        pytest.param("Haulage firm Group Tarrant said fuel costs rose.", "Haulage firm Group Tarrant",
                     "Group Tarrant", id="group"),
    ],
)
def test_sourcing_body_word_after_body_noun_opens_the_name(text: str, source: str, resolved_to: str) -> None:
    assert class_kind_resolved(text, "said", source)[0] == "organisation"
    assert _resolved(text, "said", source) == resolved_to


@pytest.mark.parametrize(
    ("text", "source", "resolved_to"),
    [
        pytest.param("Rail union President Mara Quill said the strike would go on.",
                     "Rail union President Mara Quill", "Mara Quill", id="title-after-body-noun"),
        pytest.param("Energy supplier Mark Dunwell said bills would rise.", "Energy supplier Mark Dunwell",
                     "Mark Dunwell", id="first-name-person"),
    ],
)
def test_sourcing_person_after_body_noun_stays_named(text: str, source: str, resolved_to: str) -> None:
    assert class_kind_resolved(text, "said", source)[0] == "named"
    assert _resolved(text, "said", source) == resolved_to


# --- particles inside a body's name --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "resolved_to"),
    [
        pytest.param("Campaign group Amigos de la Ribera said the river at Ostley was dirty.",
                     "Campaign group Amigos de la Ribera", "Amigos de la Ribera", id="two-particles"),
        pytest.param("Farmers' group Cairde na Tuaithe said prices were too low.",
                     "Farmers' group Cairde na Tuaithe", "Cairde na Tuaithe", id="na"),
    ],
)
def test_sourcing_particle_body_name_after_descriptor(text: str, source: str, resolved_to: str) -> None:
    assert _sources(text, "said") == [source]
    assert class_kind_resolved(text, "said", source)[0] == "organisation"
    assert _resolved(text, "said", source) == resolved_to


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Mayor Luc de Wendt said the Ostley bridge would reopen.", "Mayor Luc de Wendt", id="person-de"),
        pytest.param("Anna van der Molen said the plan was weak.", "Anna van der Molen", id="person-van-der"),
    ],
)
def test_sourcing_particle_person_name_stays_named(text: str, source: str) -> None:
    assert _sources(text, "said") == [source]
    assert class_kind_resolved(text, "said", source)[0] == "named"


# --- a year after a month is part of a time ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The report published in May 2019 said rents in Ostley rose.", "The report published in May 2019",
                     id="month-year"),
        pytest.param("A study published on 4 March 2021 said rents rose.", "A study published on 4 March 2021",
                     id="day-month-year"),
        pytest.param("In May 2019 Ann Vellow said rents rose.", "Ann Vellow", id="time-before-a-name"),
    ],
)
def test_sourcing_year_after_month_is_time(text: str, source: str) -> None:
    assert _sources(text, "said") == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The report published in 2019 said rents rose.", "The report published in 2019", id="year-alone"),
        pytest.param("The Class of 2019 said they were proud of Ostley.", "The Class of 2019", id="class-of"),
    ],
)
def test_sourcing_year_without_month_unchanged(text: str, source: str) -> None:
    assert _sources(text, "said") == [source]


# --- perception and threat verbs with no perceiver or speaker ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("The town saw record rainfall last week.", "saw", id="town-saw"),
        pytest.param("Ostley saw its busiest summer on record.", "saw", id="place-name-saw"),
        pytest.param("The firm saw profits fall by 9% in Tarrow.", "saw", id="body-saw"),
        pytest.param("The museum saw attendance reach 9,000.", "saw", id="museum-saw"),
    ],
)
def test_sourcing_event_saw_is_no_row(text: str, cue: str) -> None:
    assert cue not in {c for c, _ in pairs(text)}


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Witnesses saw a van speed away from Ostley.", "saw", "Witnesses", id="witnesses-saw"),
        pytest.param("Ann Vellow saw the crash on the Tarrow road.", "saw", "Ann Vellow", id="person-saw"),
        pytest.param("The party sees the deal as a betrayal of Ostley.", "sees", "The party", id="sees-as"),
        pytest.param("Local tenants see the Ostley plan as too costly.", "see", "Local tenants",
                     id="voters-see-as"),
    ],
)
def test_sourcing_saw_with_perceiver_stays(text: str, cue: str, source: str) -> None:
    assert _sources(text, cue) == [source]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ann Vellow said she heard a loud bang near the mill and saw a van heading north.", id="saw"),
        pytest.param("Tom Brack said that he smelled smoke and heard a scream.", id="heard"),
    ],
)
def test_sourcing_perception_in_speaker_content_is_no_row(text: str) -> None:
    assert [c for c, _ in pairs(text)] == ["said"]


def test_sourcing_writer_saw_stays() -> None:
    assert "saw" in {c for c, _ in pairs("I saw the new Tarrow advert yesterday.")}


def test_sourcing_perception_coordinated_with_subject_stays() -> None:
    assert _sources("Ann Vellow heard a bang and saw a van.", "saw") == ["Ann Vellow"]
    assert _sources("Ann Vellow said she heard a bang and warned drivers.", "warned") == ["Ann Vellow"]


# --- acts that are no findings or answers -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("The couple found love on a ferry to Marrow.", "found", id="found-love"),
        pytest.param("She found fame in Ostley after the show.", "found", id="found-fame"),
        pytest.param("Police responded disproportionately with batons.", "responded", id="responded-with-force"),
        pytest.param("Officers responded with tear gas at Tarrow.", "responded", id="tear-gas"),
    ],
)
def test_sourcing_act_is_no_cue(text: str, cue: str) -> None:
    assert cue not in {c for c, _ in pairs(text)}


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Inspectors found love letters that showed the plan.", "found", "Inspectors",
                     id="love-letters"),
        pytest.param("The review found work at Ostley was poor.", "found", "The review", id="found-work-was"),
        pytest.param("The council responded with a statement on Tuesday.", "responded", "The council",
                     id="responded-with-statement"),
    ],
)
def test_sourcing_finding_or_answer_stays(text: str, cue: str, source: str) -> None:
    assert _sources(text, cue) == [source]


# --- "called": a name given, a summons ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("A shop called Sweet Crumbs said it would close.", "Sweet Crumbs", id="shop-sentence-start"),
        pytest.param("A man called Tom Brack said he heard the crash.", "Tom Brack", id="man-called-name"),
        pytest.param("A woman called Ann Vellow, 42, said the road was dangerous.", "Ann Vellow, 42",
                     id="woman-called-name-age"),
    ],
)
def test_sourcing_naming_called_gives_no_row(text: str, source: str) -> None:
    assert "called" not in {c for c, _ in pairs(text)}
    assert _sources(text, "said") == [source]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("She was called to give evidence at the Tarrow trial.", id="to-give-evidence"),
        pytest.param("Crews were called to the scene at Ostley at 4am.", id="to-the-scene"),
        pytest.param("Ann Vellow has been called to testify.", id="been-called"),
    ],
)
def test_sourcing_summons_called_is_no_cue(text: str) -> None:
    assert "called" not in {c for c, _ in pairs(text)}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("A spokeswoman called Tom Brack a liar.", "A spokeswoman", id="called-name-a-liar"),
        pytest.param("A spokeswoman called the claims false.", "A spokeswoman", id="called-claims-false"),
        pytest.param("He was called to account by the mayor.", "the mayor", id="called-to-account-by"),
        pytest.param("The plan was called a disgrace by the mayor.", "the mayor", id="passive-with-agent"),
    ],
)
def test_sourcing_speech_called_stays(text: str, source: str) -> None:
    assert _sources(text, "called") == [source]


# --- an occupation noun and a person only met or spoken of ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The mayor met Tom Brack on Monday. The teacher said the school would close.", id="met"),
        pytest.param("The mayor spoke with Tom Brack. The nurse said the ward would close.", id="with"),
    ],
)
def test_sourcing_occupation_not_resolved_to_object(text: str) -> None:
    cue = "said"
    src = next(s for c, s in pairs(text) if c == cue)
    assert _resolved(text, cue, src) == ""


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Tom Brack teaches at Ostley Primary. The teacher said the school would close.", id="subject"),
        pytest.param("Teacher Tom Brack was upset. The teacher said the school would close.", id="titled"),
    ],
)
def test_sourcing_occupation_resolved_to_subject(text: str) -> None:
    assert _resolved(text, "said", "The teacher") == "Tom Brack"


# --- a title with "to" or a portfolio's "for" before a name ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "resolved_to"),
    [
        pytest.param("Minister to Corvane Ann Vellow said the talks failed.", "Minister to Corvane Ann Vellow",
                     "Ann Vellow", id="minister-to-country"),
        pytest.param("Minister for Housing Chris Galeby said the talks failed.", "Minister for Housing Chris Galeby",
                     "Chris Galeby", id="minister-for-portfolio"),
        pytest.param("Commissioner for Water Ann Vellow said rivers were dirty.", "Commissioner for Water Ann Vellow",
                     "Ann Vellow", id="commissioner-for"),
    ],
)
def test_sourcing_title_with_to_or_portfolio_before_name(text: str, source: str, resolved_to: str) -> None:
    assert _sources(text, "said") == [source]
    assert class_kind_resolved(text, "said", source)[0] == "named"
    assert _resolved(text, "said", source) == resolved_to


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Spokesman for Chris Galeby said the talks failed.", "Spokesman for Chris Galeby",
                     id="spokesman-for-a-person"),
        pytest.param("A spokesman for Ann Vellow said the talks failed.", "A spokesman for Ann Vellow",
                     id="determiner"),
    ],
)
def test_sourcing_role_for_a_person_stays_role(text: str, source: str) -> None:
    assert _sources(text, "said") == [source]
    assert class_kind_resolved(text, "said", source)[0] == "role"


# --- "both" after two joined names; page footers ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "sources"),
    [
        pytest.param("Ann Vellow and Tom Brack both said the Ostley plan was weak.", ["Ann Vellow", "Tom Brack"],
                     id="both"),
        pytest.param("Ann Vellow and Tom Brack each said the Ostley plan was weak.", ["Ann Vellow", "Tom Brack"],
                     id="each"),
    ],
)
def test_sourcing_floated_quantifier_after_joined_names(text: str, sources: list[str]) -> None:
    assert _sources(text, "said") == sources


def test_sourcing_floated_quantifier_after_plural_unchanged() -> None:
    assert _sources("The two unions both said the Ostley plan was weak.", "said") == ["The two unions"]


@pytest.mark.parametrize(
    "footer",
    [
        pytest.param("Categories: Business, Ostley", id="categories"),
        pytest.param("Keywords: mill, Ostley", id="keywords"),
    ],
)
def test_sourcing_page_footer_label_is_no_speaker(footer: str) -> None:
    assert pairs(f"The Ostley mill closed in May.\n\n{footer}") == []


def test_sourcing_speaker_label_stays() -> None:
    text = "The Ostley mill closed in May.\n\nANN VELLOW: It was a sad day for the town."
    assert pairs(text) != []


# --- a document with a contact clause ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The letters Ostley wrote show he was worried.", "show", "The letters Ostley wrote", id="wrote"),
        pytest.param("The logbooks Ann Tulloby kept suggest the boat was late.", "suggest",
                     "The logbooks Ann Tulloby kept", id="kept"),
        pytest.param("The letter Ann Tulloby wrote said the Marrow ferry was late.", "said",
                     "The letter Ann Tulloby wrote", id="letter-said"),
    ],
)
def test_sourcing_document_with_contact_clause(text: str, cue: str, source: str) -> None:
    assert pairs(text) == [(cue, source)]
    assert class_kind_resolved(text, cue, source)[0] == "document"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Ann Tulloby wrote that the boat was late.", "wrote", "Ann Tulloby", id="wrote-that"),
        pytest.param("The council wrote to Ann Tulloby on Monday.", "wrote", "The council", id="wrote-to"),
        pytest.param("The report said Ann Tulloby was late.", "said", "The report", id="report-said"),
    ],
)
def test_sourcing_writing_verb_without_document_stays(text: str, cue: str, source: str) -> None:
    assert _sources(text, cue) == [source]
