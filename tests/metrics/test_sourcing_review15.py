"""Sourcing, the fixes of review fifteen (docs/sourcing.md "Round fifteen, the review's fixes").

Each rule has its own invented sentences (none taken from the fixtures), positive and negative.
"""

from __future__ import annotations

import pytest

from mediakit.metrics import sourcing
from mediakit.metrics.sourcing.classify import _PARTICIPLE_SPLIT, _find_names
from mediakit.metrics.sourcing.lexicon import AGENT_PARTICIPLES
from mediakit.metrics.sourcing.resolve import Resolver
from mediakit.text.parse import parse
from tests.metrics.sourcing_rows import row_with_source, table


# --- 1, 2, 10: a capitalised pair is a brand's only before a product or service noun, never a person's --
@pytest.mark.parametrize(
    ("text", "source", "source_class"),
    [
        pytest.param(
            "Passengers on the Skyline Connect flight waited for hours. Skyline Connect said fog was to blame.",
            "Skyline Connect",
            "organisation",
            id="brand-flight",
        ),
        pytest.param(
            "Users of the Kestrel Pay app could not log in. Kestrel Pay said the fault was fixed.",
            "Kestrel Pay",
            "organisation",
            id="brand-app",
        ),
        pytest.param(
            "The Copper Kettle restaurant shut on Sunday. Copper Kettle said rents had doubled.",
            "Copper Kettle",
            "organisation",
            id="brand-restaurant-sentence-start",
        ),
        # negatives: a noun a person's name modifies; a title, an apposition, "who", an age, a pronoun
        pytest.param(
            "The Kwame Nkrumah memorial was closed. Kwame Nkrumah said nothing.",
            "Kwame Nkrumah",
            "named",
            id="negative-memorial",
        ),
        pytest.param(
            "Oyelaran Adebayo said the plan was sound. He spoke at the Oyelaran Adebayo lecture in May.",
            "Oyelaran Adebayo",
            "named",
            id="negative-lecture",
        ),
        pytest.param(
            "Ama Serwaa said the menu would change. She opened the Ama Serwaa restaurant in 2019.",
            "Ama Serwaa",
            "named",
            id="negative-pronoun-next",
        ),
        pytest.param(
            "Ms Serwaa runs the Ama Serwaa restaurant. Ama Serwaa said prices would rise.",
            "Ama Serwaa",
            "named",
            id="negative-title",
        ),
        pytest.param(
            "Ama Serwaa, the head chef, runs the Ama Serwaa restaurant. Ama Serwaa said prices would rise.",
            "Ama Serwaa",
            "named",
            id="negative-apposition",
        ),
        pytest.param(
            "Tobenna Eze, 58, bought the Tobenna Eze store last year. Tobenna Eze said trade was slow.",
            "Tobenna Eze",
            "named",
            id="negative-age",
        ),
        pytest.param(
            "Tobenna Eze, who bought the Tobenna Eze store last year, is retiring. Tobenna Eze said trade was slow.",
            "Tobenna Eze",
            "named",
            id="negative-who",
        ),
    ],
)
def test_sourcing_review15_brand_pair_only_before_product_nouns(text: str, source: str, source_class: str) -> None:
    assert row_with_source(text, "said", source).source_class == source_class


@pytest.mark.parametrize(
    ("text", "named", "organisations"),
    [
        # one man is one entity: the table and the counts agree
        pytest.param(
            "Ngozi Okafor, the head teacher, said the roof leaked. Ms Okafor said pupils at the Ngozi Okafor "
            "academy were safe.",
            1,
            0,
            id="head-teacher-academy",
        ),
        pytest.param(
            "Riverside Rail said the Riverside Rail service would resume. Riverside Rail said fares would not rise.",
            0,
            1,
            id="brand-service",
        ),
    ],
)
def test_sourcing_review15_brand_pair_counts_agree(text: str, named: int, organisations: int) -> None:
    values = sourcing.compute(parse(text)).values
    assert (values["named_sources"], values["organisation_sources"]) == (named, organisations)


@pytest.mark.parametrize(
    ("body", "brand"),
    [
        pytest.param("Fans lined up at the Harbour Lights ferry.", True, id="after-the"),
        pytest.param("Fans lined up at The Harbour Lights ferry.", True, id="after-capital-the"),
        pytest.param("They bathe Harbour Lights ferry decks daily.", False, id="negative-bathe-no-word-boundary"),
        pytest.param("Fans lined up at the Harbour Lights memorial.", False, id="negative-no-product-noun"),
        pytest.param("Fans lined up at the Joe Marsh ferry.", False, id="negative-known-first-name"),
    ],
)
def test_sourcing_review15_brand_index(body: str, brand: bool) -> None:
    name = "Joe Marsh" if "Joe" in body else "Harbour Lights"
    assert Resolver(body).brand_name(name) is brand


# --- 3: a coordination of named people with a shared tail, and a list, give one row per person -----------
@pytest.mark.parametrize(
    ("text", "people", "kinds", "span"),
    [
        pytest.param(
            "Jane Roe and Tom Hale, who live nearby, said the road was unsafe.",
            ["Jane Roe", "Tom Hale"],
            ["unknown", "unknown"],
            "Jane Roe and Tom Hale, who live nearby",
            id="relative-clause",
        ),
        pytest.param(
            "Dr Jane Roe and Professor Tom Hale, both of Leeds University, said the study was flawed.",
            ["Dr Jane Roe", "Professor Tom Hale"],
            ["expert", "expert"],
            "Dr Jane Roe and Professor Tom Hale, both of Leeds University",
            id="shared-apposition",
        ),
        pytest.param(
            "Kofi Mensah and Efua Boateng, neighbours of the couple, told reporters they heard a bang.",
            ["Kofi Mensah", "Efua Boateng"],
            ["citizen", "citizen"],
            "Kofi Mensah and Efua Boateng, neighbours of the couple",
            id="apposition-gives-kind",
        ),
        pytest.param(
            "Ann Lee, Raj Patel and Tom Hale said the plan was rushed.",
            ["Ann Lee", "Raj Patel", "Tom Hale"],
            ["unknown", "unknown", "unknown"],
            "Ann Lee, Raj Patel and Tom Hale",
            id="list-of-three",
        ),
    ],
)
def test_sourcing_review15_coordinated_people_with_tail(
    text: str, people: list[str], kinds: list[str], span: str
) -> None:
    doc = parse(text)
    t = sourcing.source_table(doc)
    rows = t[t["source_class"] == "named"]
    assert list(rows["source"]) == people
    assert list(rows["source_kind"]) == kinds
    assert sourcing.compute(doc).values["named_sources"] == len(people)
    (att,) = [a for a in sourcing.analyse(doc).attributions if a.source.source_class == "named"]
    assert att.source.text == span


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # negatives: one conjunct is a description, or the "and" is inside a body's name: one row
        pytest.param(
            "Jane Roe and her husband, who live nearby, said the road was unsafe.",
            "Jane Roe and her husband, who live nearby",
            id="negative-description-conjunct",
        ),
        pytest.param(
            "Marks and Spencer, the retailer, said sales fell.",
            "Marks and Spencer, the retailer",
            id="negative-body-name",
        ),
        pytest.param(
            "Harland and Wolff, which employs 500 people, said the order was secure.",
            "Harland and Wolff, which employs 500 people",
            id="negative-body-name-relative",
        ),
    ],
)
def test_sourcing_review15_coordination_that_is_one_source(text: str, source: str) -> None:
    t = table(text)
    assert list(t[t["cue"] == "said"]["source"]) == [source]


# --- 4: a "-s" form before "is / was" after a name is a verb (its clause the subject), no noun -------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("What Jane Roe claims is false.", [("claims", "Jane Roe")], id="free-relative-is"),
        pytest.param(
            "Her lawyer said what Kofi Mensah claims is false.",
            [("said", "Her lawyer"), ("claims", "Kofi Mensah")],
            id="free-relative-in-content",
        ),
        pytest.param("Whatever Efua Boateng claims was checked.", [("claims", "Efua Boateng")], id="whatever"),
        # negatives: a noun the name modifies before an agreeing copula stays a noun, no cue
        pytest.param("The Green Left list was third.", [], id="negative-base-form-was"),
        pytest.param("The Green Left claims were dropped.", [], id="negative-plural-noun-were"),
        pytest.param("The Harbour Trust report was late.", [], id="negative-report-was"),
    ],
)
def test_sourcing_review15_nominal_form_keeps_verbs(text: str, expected: list[tuple[str, str]]) -> None:
    t = table(text)
    assert list(zip(t["cue"], t["source"], strict=True)) == expected


# --- 5: a possessive right before an institution's or a place's noun is inside a body's name --------------
@pytest.mark.parametrize(
    ("np", "names"),
    [
        pytest.param("Queen Elizabeth's Hospital", (), id="hospital"),
        pytest.param("St John's Ambulance paramedic Tom Hale", ("Tom Hale",), id="ambulance-then-person"),
        pytest.param("St Mary's Primary School", (), id="descriptor-then-school"),
        pytest.param("King Edward's College", (), id="college"),
        # negatives: an owner's party, union or business stays the owner's, who is a person
        pytest.param("Prime Minister Ivo Brenk's Social Democratic Alliance", ("Ivo Brenk",), id="negative-party"),
        pytest.param("Tom Hale's Green Party colleagues", ("Tom Hale",), id="negative-green-party"),
        pytest.param("Ann Lee's Leeds University team", ("Ann Lee",), id="negative-university-team"),
    ],
)
def test_sourcing_review15_possessive_inside_a_body_name(np: str, names: tuple[str, ...]) -> None:
    assert _find_names(np) == names


@pytest.mark.parametrize(
    ("text", "resolved_to", "source_class"),
    [
        pytest.param(
            "A nurse from Queen Mary's Hospital said the ward was full. She said staff were tired.",
            "A nurse from Queen Mary's Hospital",
            "role",
            id="pronoun-to-the-role",
        ),
        pytest.param(
            "A paramedic from St Luke's Ambulance said the crash was serious. He said the road was icy.",
            "A paramedic from St Luke's Ambulance",
            "role",
            id="pronoun-to-the-paramedic",
        ),
        # negative: a real owner before a possessive is still a person a pronoun can refer to
        pytest.param(
            "Tom Hale's Harbour Party won three seats. He said voters wanted change.",
            "Tom Hale",
            "named",
            id="negative-owner-is-antecedent",
        ),
    ],
)
def test_sourcing_review15_possessive_owner_no_antecedent(text: str, resolved_to: str, source_class: str) -> None:
    r = row_with_source(text, "said", text.split(". ")[1].split()[0])
    assert (r.resolved_to, r.source_class) == (resolved_to, source_class)


# --- 6: an investigator is official only as a public one, singular and plural alike --------------------
@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        pytest.param("Federal investigators said the engine failed.", "Federal investigators", "official", id="federal-pl"),
        pytest.param(
            "A federal investigator said the engine failed.", "A federal investigator", "official", id="federal-sg"
        ),
        pytest.param("FAA investigators said the engine failed.", "FAA investigators", "official", id="acronym-pl"),
        pytest.param("An FAA investigator said the engine failed.", "An FAA investigator", "official", id="acronym-sg"),
        pytest.param(
            "Accident investigators said the brakes failed.", "Accident investigators", "official", id="accident"
        ),
        # negatives: a private or an insurance investigator, or one with no modifier, is no official
        pytest.param(
            "Private investigator Lena Dacre said the files were missing.",
            "Private investigator Lena Dacre",
            "unknown",
            id="negative-private-named",
        ),
        pytest.param(
            "Private investigators said the files were missing.",
            "Private investigators",
            "unknown",
            id="negative-private-pl",
        ),
        pytest.param(
            "An insurance investigator said the fire was deliberate.",
            "An insurance investigator",
            "unknown",
            id="negative-insurance-sg",
        ),
        pytest.param("Investigators said the fire was deliberate.", "Investigators", "unknown", id="negative-bare-pl"),
        pytest.param(
            "An investigator said the fire was deliberate.", "An investigator", "unknown", id="negative-bare-sg"
        ),
    ],
)
def test_sourcing_review15_investigator_kind(text: str, source: str, kind: str) -> None:
    assert row_with_source(text, "said", source).source_kind == kind


# --- 9: a sentence-final "continue" / "asked" looks for a quotation in its own sentence, or in a whole
# quotation right before it ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "kept"),
    [
        pytest.param('"We will rebuild," she said. The work will continue.', "continue", False, id="other-speaker"),
        pytest.param('He said: "The road is shut." The repairs will continue.', "continue", False, id="after-colon"),
        pytest.param('"We must act now!" the mayor continued.', "continued", True, id="same-sentence"),
        pytest.param('"Is the pier safe?" Ms. Varga asked.', "asked", True, id="whole-quotation-before"),
        pytest.param('"We will rebuild." The mayor continued.', "continued", True, id="whole-quotation-continue"),
        pytest.param("Officials met on Monday. Talks will continue.", "continue", False, id="negative-no-quotation"),
    ],
)
def test_sourcing_review15_no_content_window(text: str, cue: str, kept: bool) -> None:
    assert (cue in set(table(text)["cue"])) is kept


# --- 11: one participle list for the document phrase reader (spans.py) and the head splitter (classify.py)
@pytest.mark.parametrize("word", sorted(AGENT_PARTICIPLES))
def test_sourcing_review15_participle_split_reads_the_shared_list(word: str) -> None:
    assert _PARTICIPLE_SPLIT.split(f"a survey {word} by the council", maxsplit=1)[0] == "a survey"


@pytest.mark.parametrize("word", ["said", "publishes", "ledger", "runway", "seeing"])
def test_sourcing_review15_participle_split_negative(word: str) -> None:
    assert _PARTICIPLE_SPLIT.split(f"a survey {word} by the council", maxsplit=1)[0] != "a survey"
