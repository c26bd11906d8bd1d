"""Sourcing round twelve: the classes of error of the round-twelve blind articles (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import assert_row_with_source, cues, row_with_source

# --- rows: the source phrase, what it resolves to, its class and kind --------------------------------
_ROWS = [
    # a rank abbreviation ("Lt.", "Det.", "Cpl.") is a person title: the name after it is the person
    pytest.param(
        "Halston Fire Department spokesperson Lt. Maria Ortiz said crews had rescued nine people.",
        "said",
        "Halston Fire Department spokesperson Lt. Maria Ortiz",
        "Maria Ortiz",
        "named",
        "official",
        id="rank-abbreviation-after-body-and-job",
    ),
    pytest.param(
        "Lt. Maria Ortiz said crews had rescued nine people. Ortiz added that the river had peaked.",
        "added",
        "Ortiz",
        "Maria Ortiz",
        "named",
        "official",
        id="rank-abbreviation-surname-later",
    ),
    pytest.param(
        "Lt. Maria Ortiz said crews had rescued nine people. She said the river had peaked.",
        "said",
        "She",
        "Maria Ortiz",
        "named",
        "official",
        id="rank-abbreviation-pronoun-later",
    ),
    pytest.param(
        "Det. Cpl. Aaron Vance told the inquest the van had been stolen.",
        "told",
        "Det. Cpl. Aaron Vance",
        "Aaron Vance",
        "named",
        "official",
        id="two-rank-abbreviations",
    ),
    pytest.param(
        "Mr. Aaron Vance told the inquest the van had been stolen.",
        "told",
        "Mr. Aaron Vance",
        "Aaron Vance",
        "named",
        None,
        id="negative-courtesy-title",
    ),
    # a bracket right after a name holds a party (or a ward): the person is the name before it
    pytest.param(
        "Council leader Ann Marsh (Lib Dem) said the plan would go ahead. She said homes were needed.",
        "said",
        "She",
        "Ann Marsh",
        "named",
        "official",
        id="bracketed-party-pronoun-later",
    ),
    pytest.param(
        "Council leader Ann Marsh (Lib Dem) said the plan would go ahead.",
        "said",
        "Council leader Ann Marsh (Lib Dem)",
        "Ann Marsh",
        "named",
        "official",
        id="bracketed-party-two-words",
    ),
    pytest.param(
        "Opposition councillor Tom Hale (Con) said the plan was rushed. He said it was rushed.",
        "said",
        "He",
        "Tom Hale",
        "named",
        "official",
        id="bracketed-party-one-word",
    ),
    pytest.param(
        "The charity (Save Our Parks) said the plan was rushed.",
        "said",
        "Save Our Parks",
        "",
        "organisation",
        None,
        id="negative-bracketed-name-after-no-name",
    ),
    # a capitalised name with a "which" relative (a thing's) or a body noun in apposition is a body, kept whole
    pytest.param(
        "Andes Cobre, which operates the mine, said it regretted the decision. The company said talks would go on.",
        "said",
        "The company",
        "Andes Cobre",
        "organisation",
        "organisation",
        id="which-relative-name-is-body",
    ),
    pytest.param(
        "Harbour Ferries, which runs the island route, said sailings would resume.",
        "said",
        "Harbour Ferries, which runs the island route",
        "Harbour Ferries",
        "organisation",
        "organisation",
        id="which-relative-org-word",
    ),
    pytest.param(
        "Tom Hale, who runs the cafe, said trade was down.",
        "said",
        "Tom Hale, who runs the cafe",
        "Tom Hale",
        "named",
        None,
        id="negative-who-relative-person",
    ),
    pytest.param(
        "Clear Skies for Kids, a parents' campaign group, welcomed the study.",
        "welcomed",
        "Clear Skies for Kids, a parents' campaign group",
        "Clear Skies for Kids",
        "organisation",
        "organisation",
        id="appositive-body-with-plural-possessive",
    ),
    pytest.param(
        "Tom Hale, a workers' leader, said trade was down.",
        "said",
        "Tom Hale, a workers' leader",
        "Tom Hale",
        "named",
        None,
        id="negative-appositive-person-with-plural-possessive",
    ),
    # a trade descriptor and a body noun before a one-word name: the whole phrase, an organisation
    pytest.param(
        "Bakery chain Loafley said it would open ten shops. The company said costs rose.",
        "said",
        "Bakery chain Loafley",
        "Loafley",
        "organisation",
        "organisation",
        id="descriptor-body-noun-one-word-name",
    ),
    pytest.param(
        "Bakery chain Loafley said it would open ten shops. The company said costs rose.",
        "said",
        "The company",
        "Loafley",
        "organisation",
        "organisation",
        id="descriptor-body-noun-company-resolves",
    ),
    pytest.param(
        "Shoe group Stepwise reported a loss on Tuesday.",
        "reported",
        "Shoe group Stepwise",
        "Stepwise",
        "organisation",
        "organisation",
        id="descriptor-group-one-word-name",
    ),
    pytest.param(
        "In his speech Pruitt said the rules would go.",
        "said",
        "Pruitt",
        "",
        None,
        None,
        id="negative-other-noun-before-name",
    ),
    # a document noun opening the sentence ("Data from ...") is the head, whatever names follow
    pytest.param(
        "Data from market researcher Kantar shows spending up.",
        "shows",
        "Data from market researcher Kantar",
        "",
        "document",
        None,
        id="document-from-descriptor-and-name",
    ),
    pytest.param(
        "Figures from analytics firm Poll Co show spending up.",
        "show",
        "Figures from analytics firm Poll Co",
        "",
        "document",
        None,
        id="document-from-body-noun-and-name",
    ),
    pytest.param(
        "Department of Transportation director Karen Lutz said roads were shut.",
        "said",
        "Department of Transportation director Karen Lutz",
        "Karen Lutz",
        "named",
        "official",
        id="negative-body-name-title-name",
    ),
    # a plural person noun placed by "in" / "on" and a name keeps the whole phrase
    pytest.param(
        "But traders on Elm Street fear the loss of parking will hurt trade.",
        "fear",
        "traders on Elm Street",
        "",
        "role",
        "citizen",
        id="plural-person-on-street",
    ),
    pytest.param(
        "A woman on Elm Street said she heard a bang.",
        "said",
        "A woman on Elm Street",
        "",
        "role",
        "citizen",
        id="person-on-street",
    ),
    pytest.param(
        "The attack on Tom Hale said much about the town.",
        "said",
        "Tom Hale",
        "",
        None,
        None,
        id="negative-not-a-person-before-on",
    ),
    # a noun-ambiguous cue after a determiner and a plural agent noun outside the lexicon
    pytest.param(
        "Some investors fear the chain is growing too fast.",
        "fear",
        "Some investors",
        "",
        "vague",
        None,
        id="some-agent-plural-fear",
    ),
    pytest.param(
        "Many shareholders fear a takeover.",
        "fear",
        "Many shareholders",
        "",
        "vague",
        None,
        id="many-agent-plural-fear",
    ),
    # a subject pronoun after "his X" / "her X" (a role named by its possessor) is the possessor, not X
    pytest.param(
        "Voss's attorney, Tom Reyes, said his client had accepted responsibility. He said Voss would appeal.",
        "said",
        "He",
        "Tom Reyes",
        "named",
        "legal",
        id="pronoun-skips-his-client",
    ),
    pytest.param(
        "A lawyer said his client had accepted responsibility. He said the man would appeal.",
        "said",
        "He",
        "A lawyer",
        "role",
        "legal",
        id="pronoun-skips-his-client-to-role",
    ),
    pytest.param(
        "Tom Reyes said a client had accepted responsibility. He said the man would appeal.",
        "said",
        "He",
        "a client",
        "role",
        None,
        id="negative-no-possessive-nearest-person",
    ),
    pytest.param(
        "Tom Reyes said his wife had admitted the theft. She said she was sorry.",
        "said",
        "She",
        "his wife",
        "role",
        None,
        id="negative-possessive-of-other-gender",
    ),
    # a capitalised number word ends a body's name ("Network Ten"): the name, and the phrase, go on
    pytest.param(
        "A spokeswoman for Network Ten said the show would go on.",
        "said",
        "A spokeswoman for Network Ten",
        "",
        "role",
        None,
        id="number-word-ends-body-name",
    ),
    pytest.param(
        "Of the men, One said nothing.",
        "said",
        "One",
        "",
        None,
        None,
        id="negative-number-word-alone",
    ),
    # a pupil is a citizen role noun
    pytest.param(
        "Pupils said the new menu was better.",
        "said",
        "Pupils",
        "",
        "role",
        "citizen",
        id="pupils-citizen-role",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "resolved_to", "source_class", "source_kind"), _ROWS)
def test_sourcing_round12_rows(text, cue, source, resolved_to, source_class, source_kind):
    if resolved_to == source:
        resolved_to = ""  # the mention is the entity itself
    if source_class is None:
        assert row_with_source(text, cue, source) is not None  # the span alone
        return
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


# --- cues that are no attribution --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "present"),
    [
        pytest.param("Their orders claim priority over the rest.", "claim", False, id="negative-thing-plural-claim"),
        pytest.param("Many bondholders fear a default.", "fear", True, id="agent-plural-fear"),
        # a legal act: an answer to a charge, no words reported
        pytest.param("A plumber pleaded guilty to theft on Friday.", "pleaded", False, id="pleaded-guilty"),
        pytest.param("Plumber pleads not guilty to theft", "pleads", False, id="pleads-not-guilty-headline"),
        pytest.param("The plumber pleaded with the judge to spare him.", "pleaded", True, id="negative-pleaded-with"),
        pytest.param("His mother pleaded for witnesses to come forward.", "pleaded", True, id="negative-pleaded-for"),
        # an instruction to readers: a modal, then no content clause; "by" and a means of contact
        pytest.param("Drivers can report potholes on the council's website.", "report", False, id="can-report-object"),
        pytest.param("Anyone with information should call police on 101.", "call", False, id="should-call-police"),
        pytest.param("Tenants can get help by calling the housing line.", "calling", False, id="by-calling-the-line"),
        pytest.param("We can report that the mayor has resigned.", "report", True, id="negative-can-report-that"),
        pytest.param("She closed the debate by calling for a vote.", "calling for", True, id="negative-by-calling-for"),
        pytest.param("He upset the panel by calling her a liar.", "calling", True, id="negative-by-calling-her-name"),
        # a noun, not the verb: "his last show", "a consultation on plans to"
        pytest.param("Radio host Tom Hale has presented his last show on Hits FM.", "show", False, id="last-show-noun"),
        pytest.param("Neighbours objected to plans to build a mast.", "plans to", False, id="preposition-plans-to-noun"),
        pytest.param("Residents protested amid hopes that the pool would reopen.", "hopes that", False, id="amid-hopes-noun"),
        pytest.param("The trust plans to build a mast.", "plans to", True, id="negative-plans-to-verb"),
        # "quick to" is a cue through a speech verb only
        pytest.param("Supporters were quick to rally round the coach.", "quick to", False, id="quick-to-act"),
        pytest.param("Supporters were quick to rally round the coach.", "rally", False, id="quick-to-act-verb"),
        # people who show a trait report nothing; a document or a content clause is a finding
        pytest.param("Pupils at inner-city schools show slower reading gains.", "show", False, id="people-show-trait"),
        pytest.param("Fans showed their support at the gates.", "showed", False, id="people-showed-act"),
        pytest.param("Figures show slower reading gains at inner-city schools.", "show", True, id="negative-figures-show"),
        pytest.param("The minister showed that the plan had worked.", "showed", True, id="negative-person-showed-that"),
        pytest.param("The biologists showed those mosses can survive frost.", "showed", True, id="negative-bare-clause"),
        pytest.param("About two hundred people showed up at the gates.", "showed", False, id="people-showed-up"),
    ],
)
def test_sourcing_round12_cue_present(text, cue, present):
    assert (cue in cues(text)) is present


# --- a kicker on the headline line is no speaker's label ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "label", "present"),
    [
        pytest.param("TOWN HALL SHOCK: Mayor Ann Lee quits after row\nThe mayor said she was sorry.", "TOWN HALL SHOCK:", False, id="kicker"),
        pytest.param("JANE ROE: Thank you for having me.\nTOM HALE: It is a pleasure.", "JANE ROE:", True, id="negative-transcript-turn"),
    ],
)
def test_sourcing_round12_headline_kicker(text, label, present):
    assert (label in cues(text)) is present
