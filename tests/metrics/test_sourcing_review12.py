"""Sourcing: the review of round twelve's rules (headline and dash labels, manner nouns, plural subjects).

Each rule has invented sentences, a look-alike the review found read wrongly (now no row, or the right
row) and a positive that keeps the rule's intended reading.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import cues, row_with_source, table


# --- a headline "Label:" with a cue of its own: a speaker only when the label is shaped like a name ------
@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param("Climate Change: Scientists warn the ice is thin\n\nThe ice melted.", "Climate Change", id="topic"),
        pytest.param("Live Updates: Police said the road is shut\n\nIt rained all day.", "Live Updates", id="live"),
        pytest.param("Cost Of Living: Minister says prices will fall\n\nPrices rose.", "Cost Of Living", id="cost"),
    ],
)
def test_sourcing_review12_headline_topic_label_is_no_speaker(text, label):
    assert label not in set(table(text)["source"])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param(
            "Jane Roe: Council thinks the bridge is safe\n\nThe council met on Monday.", "Jane Roe", id="first-name"
        ),
        pytest.param(
            "Marta Quill: Council thinks the bridge is safe\n\nThe council met. Quill said it was fine.",
            "Marta Quill",
            id="surname-again",
        ),
    ],
)
def test_sourcing_review12_headline_name_label_is_a_speaker(text, label):
    assert label in set(table(text)["source"])


# --- a dash, then a label and a quoting colon: the speaker only when the label is a name ----------------
@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param("Prices up again - Update: “The shop is shut.”", "Update", id="update"),
        pytest.param("The trial ended - Guilty: “He did it.”", "Guilty", id="guilty"),
        pytest.param("Rents rise - Breaking News: “The council has voted.”", "Breaking News", id="breaking-news"),
    ],
)
def test_sourcing_review12_dash_word_colon_is_no_speaker(text, label):
    assert label not in set(table(text)["source"])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Turnout up - Jane Roe: “We expected it.”", "Jane Roe", id="two-words"),
        pytest.param("Why the depot closed - More from Hale: “Nobody asked the drivers.”", "Hale", id="more-from"),
    ],
)
def test_sourcing_review12_dash_name_colon_is_the_speaker(text, source):
    assert source in set(table(text)["source"])


# --- "according to" a manner noun: no attribution only when the noun ends the phrase ----------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "The count rose, according to age data from the census office.",
            "age data from the census office",
            id="age-data",
        ),
        pytest.param(
            "Beds ran short, according to needs assessments by the trust.", "needs assessments", id="needs-assessments"
        ),
    ],
)
def test_sourcing_review12_according_to_a_document_after_a_manner_word(text, source):
    assert row_with_source(text, "according to", source).source_class == "document"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        pytest.param("Rents rose, according to plans filed with the council.", "plans", id="plans-filed"),
        pytest.param("The price rose, according to claims by the union.", "claims", id="claims-by"),
    ],
)
def test_sourcing_review12_according_to_a_cue_noun_keeps_the_attribution(text, noun):
    found = cues(text)
    assert "according to" in found
    assert noun not in found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The launch went according to plan.", id="plan"),
        pytest.param("Pupils are grouped according to age, then ability.", id="age-comma"),
        pytest.param("Places are offered according to need and distance.", id="need-and"),
    ],
)
def test_sourcing_review12_according_to_a_manner_noun_is_no_attribution(text):
    assert "according to" not in cues(text)


# --- a noun-ambiguous cue after a plural subject: people, not organisations -------------------------------
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("The banks report earnings on Friday.", "report", id="banks-report"),
        pytest.param("Local firms claim tax relief each year.", "claim", id="firms-claim"),
    ],
)
def test_sourcing_review12_organisation_plural_before_a_noun_cue_is_no_subject(text, cue):
    assert cue not in cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The unions claim the offer is too low.", "claim", "The unions", id="unions"),
        pytest.param("Local residents fear the bypass will be noisy.", "fear", "Local residents", id="residents"),
    ],
)
def test_sourcing_review12_people_plural_before_a_noun_cue_is_the_subject(text, cue, source):
    row_with_source(text, cue, source)


# --- "calls it / this": naming needs a complement and no possessive before "calls" -----------------------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The emergency calls it handled rose sharply.", id="calls-it-handled"),
        pytest.param("Residents said the council's calls this winter went unanswered.", id="possessive-calls"),
    ],
)
def test_sourcing_review12_calls_as_a_noun_is_no_cue(text):
    assert "calls" not in cues(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The campaign calls this a smear.", "The campaign", id="determiner"),
        pytest.param("The harbour master calls it madness.", "The harbour master", id="one-word-complement"),
        pytest.param("The mayor calls it “a betrayal”.", "The mayor", id="quote"),
    ],
)
def test_sourcing_review12_naming_calls_is_a_cue(text, source):
    row_with_source(text, "calls", source)


# --- an inserted "say," needs a plural of people (or of documents) as its subject -------------------------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The valley, the hills say, is quiet at dusk.", id="hills"),
        pytest.param("The kitchen, the walls say, was painted twice.", id="walls"),
    ],
)
def test_sourcing_review12_say_after_a_thing_plural_is_no_cue(text):
    assert "say" not in cues(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The rebate, tax advisers say, will reach most families.", "tax advisers", id="advisers"),
        pytest.param("The toll, local historians say, was higher.", "local historians", id="historians"),
        pytest.param("The depot, union members and drivers say, was shut.", "union members and drivers", id="drivers"),
    ],
)
def test_sourcing_review12_say_after_a_people_plural_is_a_cue(text, source):
    row_with_source(text, "say", source)


# --- "according to" an object the lexicon lacks: its class from the head word, not the last word ----------
@pytest.mark.parametrize(
    ("text", "source", "source_class"),
    [
        pytest.param(
            "Turnout was high, according to early returns from Ohio.",
            "early returns from Ohio",
            "document",
            id="returns-from-place",
        ),
        pytest.param("The ferry was cleared, according to the M.C.A.", "the M.C.A", "organisation", id="initials"),
        pytest.param(
            "The ferry was cleared, according to the Port of Tyne.", "the Port of Tyne", "organisation", id="name-of"
        ),
    ],
)
def test_sourcing_review12_according_to_class_from_the_head(text, source, source_class):
    assert row_with_source(text, "according to", source).source_class == source_class


# --- a descriptor noun, then a person's name: the named person, not a body --------------------------------
@pytest.mark.parametrize(
    ("text", "source", "resolved_to"),
    [
        pytest.param("Mortgage broker Tom Hale said rates would rise.", "Mortgage broker Tom Hale", "Tom Hale", id="broker"),
        pytest.param(
            "Veteran publisher Jane Roe said the paper would close.", "Veteran publisher Jane Roe", "Jane Roe", id="publisher"
        ),
        pytest.param(
            "Energy supplier Mark Dunn said bills would fall.", "Energy supplier Mark Dunn", "Mark Dunn", id="supplier-person"
        ),
        pytest.param(
            "Veteran publisher Maxine Quarrell said the paper would close.",
            "Veteran publisher Maxine Quarrell",
            "Maxine Quarrell",
            id="publisher-unlisted-first-name",
        ),
    ],
)
def test_sourcing_review12_descriptor_then_person_name_is_named(text, source, resolved_to):
    r = row_with_source(text, "said", source)
    assert (r.source_class, r.resolved_to) == ("named", resolved_to)


# --- a place's government after "the": only the two-word phrase -------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "source_kind"),
    [
        pytest.param("The road was shut, the county said.", "said", "the county", "official", id="the-county"),
        pytest.param(
            "According to the city centre manager, footfall fell.",
            "According to",
            "the city centre manager",
            "organisation",
            id="city-centre-manager",
        ),
        pytest.param(
            "According to the state of the roads, the race will be slow.",
            "According to",
            "the state of the roads",
            "unknown",
            id="state-of-the-roads",
        ),
    ],
)
def test_sourcing_review12_local_government_only_alone(text, cue, source, source_kind):
    assert row_with_source(text, cue, source).source_kind == source_kind


# --- a passive's agent ("requested by ..."), whatever the blank or case before it, is no inverted speaker --
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The agency said its staff had withheld records requested by  the committee.", id="two-blanks"),
        pytest.param("The agency said its staff had withheld records requested by\nthe committee.", id="line-break"),
        pytest.param("The agency said its staff had withheld records requested By the committee.", id="capital-by"),
    ],
)
def test_sourcing_review12_passive_agent_after_any_blank_keeps_the_earlier_cue(text):
    row_with_source(text, "said", "The agency")
