"""Sourcing round sixteen: the classes of error of the round-sixteen articles (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import assert_row_with_source, cues, table


# --- "posted" after a document noun is the document's participle -----------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The pool shut early, according to a note posted on the gate.",
            "according to",
            "a note posted on the gate",
            id="according-to-notice-posted",
        ),
        pytest.param(
            "A message posted on the club's website said the match was off.",
            "said",
            "A message posted on the club's website",
            id="message-posted-said",
        ),
        pytest.param(
            "A video posted on Sunday shows the barn on fire.", "shows", "A video posted on Sunday", id="video-posted-shows"
        ),
        # negatives: "posted" with a person or a body as its subject stays a speech cue
        pytest.param("The mayor posted on Facebook that the road was shut.", "posted", "The mayor", id="mayor-posted"),
        pytest.param("Volunteers posted a warning online.", "posted", "Volunteers", id="volunteers-posted"),
    ],
)
def test_sourcing_round16_posted_document(text: str, cue: str, source: str) -> None:
    t = table(text)
    assert t[t["cue"] == cue]["source"].tolist() == [source], t[["cue", "source"]].values.tolist()


@pytest.mark.parametrize(
    ("text", "posted"),
    [
        pytest.param("A notice posted on the door said the shop had closed.", False, id="notice-posted"),
        pytest.param("The landlord posted that the shop had closed.", True, id="landlord-posted"),
    ],
)
def test_sourcing_round16_posted_cue(text: str, posted: bool) -> None:
    assert ("posted" in cues(text)) is posted


# --- a person or document placed by "in", then a relative clause without commas ---------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param(
            "A message in a parents' forum that was read 2,000 times claimed the school would close.",
            "claimed",
            "A message in a parents' forum that was read 2,000 times",
            None,
            id="document-in-group-that",
        ),
        pytest.param(
            "Farmers in the valley who lost sheep said the fences were too low.",
            "said",
            "Farmers in the valley who lost sheep",
            "role",
            id="people-in-place-who",
        ),
        # negatives: a relative clause right after the person, and "in" after a name, stay as they were
        pytest.param(
            "Officials who spoke on condition of anonymity said the deal was close.",
            "said",
            "Officials who spoke on condition of anonymity",
            "unnamed",
            id="officials-who",
        ),
        pytest.param(
            "Tenants in the block said the lifts had failed.", "said", "Tenants in the block", "role", id="in-no-relative"
        ),
    ],
)
def test_sourcing_round16_in_then_relative(text: str, cue: str, source: str, source_class: str | None) -> None:
    t = table(text)
    rows = t[t["cue"] == cue]
    assert rows["source"].tolist() == [source], t[["cue", "source"]].values.tolist()
    if source_class is not None:
        assert rows["source_class"].tolist() == [source_class]


def test_sourcing_round16_in_then_relative_antecedent() -> None:
    t = table("Parents in the town who spoke to the paper said the buses were late.")
    assert t[t["source"] == "who"]["resolved_to"].tolist() == ["Parents in the town"]


# --- an expletive "it" before a form of "be" and the cue is no one --------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Harlow Council said the report was late. It is not known how many staff will go.", "known", "", id="it-is-not-known"
        ),
        pytest.param(
            "A survey by the trust found waits rose. It is still not known whether beds will close.",
            "known",
            "",
            id="it-was-not-yet-known",
        ),
        # negatives: an active verb after "it" keeps the pronoun, resolved to the body
        pytest.param(
            "Harlow Rail said fares would rise. It has warned that services will be cut.",
            "warned",
            "It",
            id="it-has-warned",
        ),
        pytest.param("Harlow Rail said fares would rise. It added that trains were full.", "added", "It", id="it-added"),
    ],
)
def test_sourcing_round16_expletive_it(text: str, cue: str, source: str) -> None:
    t = table(text)
    assert t[t["cue"] == cue]["source"].tolist() == [source], t[["cue", "source"]].values.tolist()


# --- "deputies" are officials; a name ending in a plural institution noun is a body ------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class", "source_kind"),
    [
        pytest.param("Two cars collided near the ford, deputies say", "say", "deputies", "role", "official", id="deputies-say"),
        pytest.param("Deputies said the road would reopen.", "said", "Deputies", "role", "official", id="deputies-said"),
        pytest.param(
            "Fernhill Public Schools said classes would resume.",
            "said",
            "Fernhill Public Schools",
            "organisation",
            None,
            id="name-schools",
        ),
        pytest.param(
            "Ashgrove Academies said the trips were cancelled.",
            "said",
            "Ashgrove Academies",
            "organisation",
            None,
            id="name-academies",
        ),
        # negatives: a known first name before the plural keeps the person; "deputy" as a title is no plural
        pytest.param("Tom Colleges said the bridge shook.", "said", "Tom Colleges", "named", None, id="first-name-kept"),
        pytest.param(
            "Deputy head Jane Roe said the school would open.",
            "said",
            "Deputy head Jane Roe",
            "named",
            None,
            id="deputy-title-person",
        ),
    ],
)
def test_sourcing_round16_deputies_and_institution_names(
    text: str, cue: str, source: str, source_class: str, source_kind: str | None
) -> None:
    r = [r for r in table(text).itertuples() if r.cue == cue and r.source == source]
    assert r, table(text)[["cue", "source"]].values.tolist()
    assert r[0].source_class == source_class
    if source_kind is not None:
        assert r[0].source_kind == source_kind


# --- anonymity formulas about a name not used -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "source_class"),
    [
        pytest.param(
            "A porter, who did not want his name used, said the lifts broke weekly.",
            "A porter, who did not want his name used",
            "unnamed",
            id="not-want-name-used",
        ),
        pytest.param(
            "A cleaner, who asked that her name not be printed, said the wards were cold.",
            "A cleaner, who asked that her name not be printed",
            "unnamed",
            id="asked-name-not-printed",
        ),
        pytest.param(
            "One guard, who asked for his name to be withheld, said the gate was open.",
            "One guard, who asked for his name to be withheld",
            "unnamed",
            id="asked-name-withheld",
        ),
        # negatives: a wish for the name to be used, and a name left out by the paper, are no anonymity formula
        pytest.param(
            "A baker, who wanted his name used, said the flour ran out.",
            "A baker, who wanted his name used",
            "role",
            id="wanted-name-used",
        ),
    ],
)
def test_sourcing_round16_name_not_used(text: str, source: str, source_class: str) -> None:
    assert_row_with_source(text, "said", source, "", source_class, None)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        pytest.param("A cleaner, who asked that her name not be printed, said it.", False, id="formula-no-cue"),
        pytest.param("The mayor asked that her name be added to the list.", True, id="asked-name-added"),
    ],
)
def test_sourcing_round16_name_formula_cue(text: str, asked: bool) -> None:
    assert ("asked" in cues(text)) is asked


# --- a telephone call is no speech cue ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "called"),
    [
        pytest.param("He said his daughter called him from the station.", False, id="called-him-from"),
        pytest.param("The surgery called them back within the hour.", False, id="called-them-back"),
        pytest.param("Her brother calls her every night.", False, id="calls-her-every"),
        # negatives: naming, a demand and a criticism stay cues
        pytest.param("The mayor called him a coward.", True, id="called-him-a"),
        pytest.param("Parents called on them to resign.", True, id="called-on"),
        pytest.param("Fans called them out over the prices.", True, id="called-them-out"),
    ],
)
def test_sourcing_round16_phone_call(text: str, called: bool) -> None:
    assert bool({"called", "calls"} & cues(text)) is called


# --- a lender is a body; a poll's panel is a role; "added" before a number is a sum ----------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class", "source_kind"),
    [
        pytest.param(
            "Shares fell after a lender in Leeds warned of bad debts.",
            "warned",
            "a lender in Leeds",
            "organisation",
            "organisation",
            id="lender-in-place",
        ),
        pytest.param("Lenders say mortgage demand fell.", "say", "Lenders", "organisation", "organisation", id="lenders"),
        pytest.param(
            "Analysts surveyed by the wire service expect rates to fall.",
            "expect",
            "Analysts surveyed by the wire service",
            "role",
            "expert",
            id="panel-surveyed",
        ),
        pytest.param(
            "Economists polled by the ministry expect prices to rise.",
            "expect",
            "Economists polled by the ministry",
            "role",
            "expert",
            id="panel-polled",
        ),
        # negatives: a bare commentator plural, and a quantified one, stay vague
        pytest.param("Economists expect prices to rise.", "expect", "Economists", "vague", None, id="bare-plural-vague"),
        pytest.param(
            "Some analysts polled by the bank expect rates to fall.",
            "expect",
            "Some analysts polled by the bank",
            "vague",
            None,
            id="quantified-panel-vague",
        ),
    ],
)
def test_sourcing_round16_lender_and_panel(
    text: str, cue: str, source: str, source_class: str, source_kind: str | None
) -> None:
    assert_row_with_source(text, cue, source, "", source_class, source_kind)


@pytest.mark.parametrize(
    ("text", "added"),
    [
        pytest.param("Factories added 40,000 jobs in March.", False, id="added-digits"),
        pytest.param("The index added about 2% on the week.", False, id="added-about-percent"),
        pytest.param("Retailers have added thousands of seasonal staff.", False, id="added-thousands"),
        # negatives: words added by a speaker stay cues
        pytest.param("The minister added that two bridges would close.", True, id="added-that"),
        pytest.param('"We are ready," the coach added.', True, id="added-quote"),
    ],
)
def test_sourcing_round16_added_number(text: str, added: bool) -> None:
    assert ("added" in cues(text)) is added


# --- resolution: "Shares of X" names X; a hyphenated place modifier is no name ---------------------------
@pytest.mark.parametrize(
    ("text", "source", "resolved_to"),
    [
        pytest.param(
            "Shares of Marrow Foods rose 4%. The company said orders were strong.",
            "The company",
            "Marrow Foods",
            id="shares-of-name",
        ),
        pytest.param(
            "Halden Motors said sales fell. The Leeds-based company said jobs would go.",
            "The Leeds-based company",
            "Halden Motors",
            id="place-based-description",
        ),
        # negatives: a body's own "of" stays in its name; a hyphenated name stays a name
        pytest.param(
            "Bank of Tarrow Holdings shares rose. The company said demand was high.",
            "The company",
            "Bank of Tarrow Holdings",
            id="bank-of-name-kept",
        ),
        pytest.param(
            "Volta-Kline said sales fell. Volta-Kline said jobs would go.", "Volta-Kline", "", id="hyphenated-name"
        ),
    ],
)
def test_sourcing_round16_company_names(text: str, source: str, resolved_to: str) -> None:
    rows = [r for r in table(text).itertuples() if r.source == source]
    assert rows, table(text)[["cue", "source", "resolved_to"]].values.tolist()
    assert rows[-1].resolved_to == resolved_to


# --- a possessive name is shown without its ending; an essay is a document; a document's speech nests ----
@pytest.mark.parametrize(
    ("text", "source", "resolved_to"),
    [
        pytest.param(
            "The room is full of Mara Lindqvist's prints. \"It took years,\" she told me.",
            "she",
            "Mara Lindqvist",
            id="possessive-name-pronoun",
        ),
        pytest.param(
            "Visitors queue for Oskar Brandt's sculptures. Brandt said the bronze came from Spain.",
            "Brandt",
            "Oskar Brandt",
            id="possessive-name-surname",
        ),
        # negative: a name with no possessive is shown as written
        pytest.param(
            "Oskar Brandt opened the show. Brandt said the bronze came from Spain.",
            "Brandt",
            "Oskar Brandt",
            id="plain-name",
        ),
    ],
)
def test_sourcing_round16_possessive_name(text: str, source: str, resolved_to: str) -> None:
    rows = [r for r in table(text).itertuples() if r.source == source]
    assert [r.resolved_to for r in rows] == [resolved_to], table(text)[["cue", "source", "resolved_to"]].values.tolist()


@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param(
            "An essay by the critic Lena Moss argues that the town forgot its port.",
            "argues",
            "An essay by the critic Lena Moss",
            "document",
            id="essay-by-argues",
        ),
        pytest.param(
            "The programme essay insists the opera was banned.", "insists", "The programme essay", "document", id="essay-insists"
        ),
    ],
)
def test_sourcing_round16_essay_document(text: str, cue: str, source: str, source_class: str) -> None:
    assert_row_with_source(text, cue, source, "", source_class, None)


@pytest.mark.parametrize(
    ("text", "cue", "kept"),
    [
        # a document's speech verb inside an earlier cue's content is part of that content
        pytest.param("The curator argues that the letters tell a sadder story.", "tell", False, id="nested-document-tell"),
        pytest.param("Ms Hale said that the minutes say nothing about it.", "say", False, id="nested-document-say"),
        # negatives: without "that", a document's speech after another cue keeps its row (an inverted
        # "..., the report said" often follows another cue)
        pytest.param("Ms Hale said the minutes say nothing about it.", "say", True, id="no-that-kept"),
        # negatives: a new clause after "and", and a document opening its own sentence, keep their rows
        pytest.param(
            "The council said rents rose, and a letter tells the same story.", "tells", True, id="coordinated-document"
        ),
        pytest.param("The minutes say nothing about it.", "say", True, id="document-own-sentence"),
        pytest.param("Ms Hale said her neighbour told the police.", "told", True, id="nested-person-kept"),
        pytest.param(
            "The bridge shut after checks found cracks, according to a report by the council.",
            "according to",
            True,
            id="post-posed-according-to-kept",
        ),
    ],
)
def test_sourcing_round16_nested_document_speech(text: str, cue: str, kept: bool) -> None:
    assert (cue in cues(text)) is kept, table(text)[["cue", "source"]].values.tolist()


# --- a headline's "X told to <verb>" is a passive; a singular person noun's "claims" is its verb ----------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Drivers told to avoid ring road as bridge shuts", "told", "", id="told-to-verb"),
        pytest.param("Shoppers urged to check labels after recall", "urged", "", id="urged-to-verb"),
        pytest.param("Pupils told to 'stay home' as snow falls", "told", "", id="told-to-quoted-verb"),
        # negatives: a hearer after the verb keeps the subject as the speaker
        pytest.param("The manager told the players to rest.", "told", "The manager", id="told-hearer"),
        pytest.param("The mayor urged residents to stay home.", "urged", "The mayor", id="urged-hearer"),
    ],
)
def test_sourcing_round16_told_to_passive(text: str, cue: str, source: str) -> None:
    t = table(text)
    assert t[t["cue"] == cue]["source"].tolist() == [source], t[["cue", "source"]].values.tolist()


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Ward closed to save money, whistleblower claims\nMore follows.", "whistleblower", id="headline-claims"),
        pytest.param("A resident claims that the lifts were never fixed.", "A resident", id="a-resident-claims-that"),
        pytest.param("The lifts were never fixed, the landlord claims.", "the landlord", id="inverted-claims"),
    ],
)
def test_sourcing_round16_person_noun_claims(text: str, source: str) -> None:
    t = table(text)
    assert t[t["cue"] == "claims"]["source"].tolist() == [source], t[["cue", "source"]].values.tolist()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The employee claims were rejected by the panel.", id="noun-before-verb"),
        pytest.param("Insurance claims rose after the floods.", id="noun-compound"),
    ],
)
def test_sourcing_round16_person_noun_claims_noun(text: str) -> None:
    assert "claims" not in cues(text)


# --- a passive "be expected to" names nobody who expects; "learn" needs news learnt -----------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("Younger pupils are expected to study online.", "", id="are-expected-to"),
        pytest.param("The ferry was expected to sail at noon.", "", id="was-expected-to"),
        # negatives: an active "expected" keeps its subject
        pytest.param("Officials expected the ferry to sail at noon.", "Officials", id="active-expected"),
        pytest.param("Traders had expected a cut.", "Traders", id="had-expected"),
    ],
)
def test_sourcing_round16_passive_expected_to(text: str, source: str) -> None:
    t = table(text)
    assert t[t["cue"] == "expected"]["source"].tolist() == [source], t[["cue", "source"]].values.tolist()


@pytest.mark.parametrize(
    ("text", "learn"),
    [
        pytest.param("Pupils will learn from home next week.", False, id="learn-from-home"),
        pytest.param("Adults can learn to swim at the new pool.", False, id="learn-to-swim"),
        # negatives: news learnt stays a cue
        pytest.param("She was shocked to learn that the ward would close.", True, id="learn-that"),
        pytest.param("Parents will learn whether the school stays open.", True, id="learn-whether"),
        pytest.param("As voters would soon learn, the plan had no money behind it.", True, id="learn-comma"),
    ],
)
def test_sourcing_round16_learn_needs_news(text: str, learn: bool) -> None:
    assert ("learn" in cues(text)) is learn


# --- a relative clause's subject reading stops at a reporting verb followed by "and" / "but" --------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "A cousin who was at the party said the music stopped at ten and Mara had said she was tired.",
            "Mara",
            id="and-new-clause",
        ),
        pytest.param(
            "A guard who was on duty told us the gate was locked but the driver said it was open.",
            "the driver",
            id="but-new-clause",
        ),
        # negatives: a relative clause with no reporting verb, and a coordination of subjects, stay whole
        pytest.param(
            "Officials who spoke on condition of anonymity said the vote was close.",
            "Officials who spoke on condition of anonymity",
            id="relative-kept",
        ),
        pytest.param(
            "Neighbours who heard the crash and called for help said the road was dark.",
            "Neighbours who heard the crash and called for help",
            id="relative-with-and-kept",
        ),
    ],
)
def test_sourcing_round16_relative_then_new_clause(text: str, source: str) -> None:
    t = table(text)
    assert t["source"].tolist()[-1] == source, t[["cue", "source"]].values.tolist()


# --- press-release names: an abbreviation keeps its full stop; a laboratory titles a body's name ---------
@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        pytest.param("Fenwick Tools Inc. today announced a recall.", "announced", "Fenwick Tools Inc.", "organisation", id="inc-period"),
        pytest.param("Harbour Pumps Ltd. said the valves were safe.", "said", "Harbour Pumps Ltd.", "organisation", id="ltd-period"),
        pytest.param(
            "Testing laboratory Marsh Labs said the casing passed.",
            "said",
            "Testing laboratory Marsh Labs",
            "organisation",
            id="laboratory-title",
        ),
        # negatives: a full stop that ends the sentence stays out; a name with no abbreviation is as it was
        pytest.param("The valves were safe, said Harbour Pumps Ltd. The shares rose.", "said", "Harbour Pumps Ltd", "organisation", id="sentence-end"),
        pytest.param("Harbour Pumps said the valves were safe.", "said", "Harbour Pumps", None, id="no-abbreviation"),
    ],
)
def test_sourcing_round16_press_release_names(text: str, cue: str, source: str, source_class: str | None) -> None:
    # round twenty-five: a description before a body's name resolves to the name ("Marsh Labs")
    resolved = "Marsh Labs" if source == "Testing laboratory Marsh Labs" else ""
    assert_row_with_source(text, cue, source, resolved, source_class or table(text)["source_class"].iloc[0], None)


@pytest.mark.parametrize(
    ("text", "source", "source_kind"),
    [
        pytest.param(
            '"We acted fast," said Ana Ruiz, Fenwick\'s chief executive officer.',
            "Ana Ruiz, Fenwick's chief executive officer",
            "organisation",
            id="ceo-organisation",
        ),
        pytest.param("Chief financial officer Tom Hale said costs rose.", "Chief financial officer Tom Hale", "organisation", id="cfo-organisation"),
        # negatives: a government's or a police officer stays official
        pytest.param(
            "The chief medical officer, Jane Roe, said cases rose.",
            "The chief medical officer, Jane Roe",
            "official",
            id="chief-medical-officer",
        ),
        pytest.param("A police officer said the road was shut.", "A police officer", "official", id="police-officer"),
    ],
)
def test_sourcing_round16_company_officer_kind(text: str, source: str, source_kind: str) -> None:
    rows = [r for r in table(text).itertuples() if r.source == source]
    assert [r.source_kind for r in rows] == [source_kind], table(text)[["source", "source_kind"]].values.tolist()


# --- "Coun." and "Cllr." are title abbreviations: no sentence ends after them ---------------------------
@pytest.mark.parametrize(
    ("text", "source", "resolved_to"),
    [
        pytest.param("The vote is in May. Coun. Lise Moreau said the pool would reopen.", "Coun. Lise Moreau", "Lise Moreau", id="coun"),
        pytest.param("Bins were missed. Cllr. Tom Pryor said crews were short.", "Cllr. Tom Pryor", "Tom Pryor", id="cllr-stop"),
        # negative: the unabbreviated title is read as before
        pytest.param("Councillor Tom Pryor said crews were short.", "Councillor Tom Pryor", "Tom Pryor", id="councillor"),
    ],
)
def test_sourcing_round16_councillor_abbreviations(text: str, source: str, resolved_to: str) -> None:
    assert_row_with_source(text, "said", source, resolved_to, "named", "official")


def test_sourcing_round16_councillor_abbreviation_no_sentence_break() -> None:
    from mediakit.text.parse import parse

    body = "The vote is in May. Coun. Lise Moreau said the pool would reopen."
    assert [body[s:e] for s, e in parse(body).sentences] == [
        "The vote is in May.",
        "Coun. Lise Moreau said the pool would reopen.",
    ]
