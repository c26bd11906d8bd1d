"""Sourcing round twenty-one: source boundaries mined from PolNeAR train (docs/sourcing.md).

Each rule has its own invented sentences, positive and negative (a look-alike the rule must leave alone).
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import row_with_source


# --- a relative clause that reports speech or belief is an attribution of its own, not part of the phrase ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Marta Lindqvist, who said last month that the ferry was safe, told the inquiry she had no doubts.",
            "told",
            "Marta Lindqvist",
            id="before-cue-who-said",
        ),
        pytest.param(
            "Councillor Ravi Okafor, who has long argued for a tram line, said the vote was a start.",
            "said",
            "Councillor Ravi Okafor",
            id="before-cue-who-has-argued",
        ),
        pytest.param(
            "Osei, who thinks the budget is too small, urged the board to wait.",
            "urged",
            "Osei",
            id="before-cue-who-thinks",
        ),
        pytest.param(
            '"The bridge will hold," said Tomas Brandt, who added that repairs would start in May.',
            "said",
            "Tomas Brandt",
            id="inverted-who-added",
        ),
        pytest.param(
            '"The office shut twice," said one former official, who noted that the rent had doubled.',
            "said",
            "one former official",
            id="inverted-role-who-noted",
        ),
    ],
)
def test_sourcing_reporting_relative_clause_left_out(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Marta Lindqvist, who lives near the harbour, told the inquiry she had no doubts.",
            "told",
            "Marta Lindqvist, who lives near the harbour",
            id="before-cue-who-lives",
        ),
        pytest.param(
            "A ferry worker, who spoke on condition of anonymity, said the engines had failed twice.",
            "said",
            "A ferry worker, who spoke on condition of anonymity",
            id="before-cue-who-spoke-anonymity",
        ),
        pytest.param(
            "A neighbour, who asked not to be named, said the house had been empty for years.",
            "said",
            "A neighbour, who asked not to be named",
            id="before-cue-who-asked-not-named",
        ),
        pytest.param(
            "Osei, who was named chair last year, urged the board to wait.",
            "urged",
            "Osei, who was named chair last year",
            id="before-cue-passive-named",
        ),
        pytest.param(
            "A boatman, who described himself as a lifelong sailor, said the channel was too shallow.",
            "said",
            "A boatman, who described himself as a lifelong sailor",
            id="before-cue-described-himself",
        ),
        pytest.param(
            '"The bridge will hold," said Tomas Brandt, who runs the marina.',
            "said",
            "Tomas Brandt, who runs the marina",
            id="inverted-who-runs",
        ),
    ],
)
def test_sourcing_describing_relative_clause_kept(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


# --- after an inverted cue, a relative clause after the speaker's appositive is part of the phrase ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            '"Prices will fall," said Ines Barros, a grain trader in Corvale, who sells to three mills.',
            "said",
            "Ines Barros, a grain trader in Corvale, who sells to three mills",
            id="inverted-appositive-who",
        ),
        pytest.param(
            '"It was a fair vote," said Piet Mulder, director of the Dunmore Civic League, which ran the count.',
            "said",
            "Piet Mulder, director of the Dunmore Civic League, which ran the count",
            id="inverted-appositive-which",
        ),
        pytest.param(
            '"We waited all night," said Lena Kowal, 44, who drove up from Brackley with her son.',
            "said",
            "Lena Kowal, 44, who drove up from Brackley with her son",
            id="inverted-age-who",
        ),
    ],
)
def test_sourcing_relative_after_inverted_appositive(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            '"Prices will fall," said Ines Barros, a grain trader in Corvale, who added that rain had helped.',
            "said",
            "Ines Barros, a grain trader in Corvale",
            id="inverted-appositive-who-added",
        ),
        pytest.param(
            '"It was a fair vote," said his old friend from school, Piet Mulder, who ran the count.',
            "said",
            "his old friend from school, Piet Mulder",
            id="role-then-name-keeps-its-end",
        ),
        pytest.param(
            '"We waited all night," said Lena Kowal, a nurse, who, like many others, drove up early.',
            "said",
            "Lena Kowal, a nurse",
            id="interrupted-relative",
        ),
    ],
)
def test_sourcing_relative_after_inverted_appositive_negative(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


# --- "according to" a document: the participle clause after it is part of the document's phrase ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Fares rose, according to court records reviewed by the Tarrow Gazette.",
            "according to",
            "court records reviewed by the Tarrow Gazette",
            id="records-reviewed-by",
        ),
        pytest.param(
            "Fares rose, according to a letter from the mayor obtained by the Tarrow Gazette.",
            "according to",
            "a letter from the mayor obtained by the Tarrow Gazette",
            id="letter-from-obtained-by",
        ),
        pytest.param(
            "Fares rose sharply last year, according to emails unearthed in the inquiry into the port.",
            "according to",
            "emails unearthed in the inquiry into the port",
            id="emails-unearthed-in",
        ),
        pytest.param(
            "Fares rose, according to a memo provided to the council, and the board agreed.",
            "according to",
            "a memo provided to the council",
            id="memo-provided-to-comma",
        ),
    ],
)
def test_sourcing_according_to_document_participle(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Fares rose, according to the mayor, reported the Tarrow Gazette.",
            "according to",
            "the mayor",
            id="person-then-comma",
        ),
        pytest.param(
            "Fares rose, according to Ann Lee, quoted in the Tarrow Gazette.",
            "according to",
            "Ann Lee",
            id="name-then-participle",
        ),
        pytest.param(
            "Fares rose, according to court records reviewed by the board that met on Monday.",
            "according to",
            "court records",
            id="relative-word-ends-it",
        ),
    ],
)
def test_sourcing_according_to_document_participle_negative(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


# --- a work's title cut at its inner comma keeps its closing quotation mark ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Ann Lee, the editor in charge of ''Slow Rivers,'' told her staff the show would end.",
            "told",
            "Ann Lee, the editor in charge of ''Slow Rivers,''",
            id="double-apostrophe-title",
        ),
        pytest.param(
            "Ann Lee, the host of “Night Desk,” told her staff the show would end.",
            "told",
            "Ann Lee, the host of “Night Desk,”",
            id="curly-quote-title",
        ),
    ],
)
def test_sourcing_title_closing_quote(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            'Ann Lee, the host of the show, told her staff the "end" was near.',
            "told",
            "Ann Lee, the host of the show",
            id="no-open-quote-in-phrase",
        ),
        pytest.param(
            '"The show will end," said Ann Lee, the host of the show.',
            "said",
            "Ann Lee, the host of the show",
            id="inverted-no-title",
        ),
    ],
)
def test_sourcing_title_closing_quote_negative(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


# --- after an inverted cue, a body's second appositive may open with "the" as with "a" ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            '"It was a fair vote," said Piet Mulder, director of the Dunmore Civic League, the city\'s oldest'
            " watchdog.",
            "said",
            "Piet Mulder, director of the Dunmore Civic League, the city's oldest watchdog",
            id="the-second-appositive",
        ),
    ],
)
def test_sourcing_second_appositive_the(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            '"It was a fair vote," said Piet Mulder, director of the Dunmore Civic League, the count was fair.',
            "said",
            "Piet Mulder, director of the Dunmore Civic League",
            id="the-opens-a-clause",
        ),
        pytest.param(
            '"It was a fair vote," said Piet Mulder, a teacher, the tally showed.',
            "said",
            "Piet Mulder, a teacher",
            id="no-body-before",
        ),
    ],
)
def test_sourcing_second_appositive_the_negative(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


# --- "a" / "the" (with an adjective of size) before a count noun opens the count ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "A quarter of the tenants say the rent is too high.",
            "say",
            "A quarter of the tenants",
            id="a-quarter-at-start",
        ),
        pytest.param(
            "Only a third of the ferry crews said the new rota was fair.",
            "said",
            "Only a third of the ferry crews",
            id="only-a-third",
        ),
        pytest.param(
            "A strong majority of Brackley voters say the bypass should be built.",
            "say",
            "A strong majority of Brackley voters",
            id="a-strong-majority",
        ),
        pytest.param(
            "The vast majority of nurses say the ward is short of staff.",
            "say",
            "The vast majority of nurses",
            id="the-vast-majority",
        ),
    ],
)
def test_sourcing_count_with_article(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Half of the tenants say the rent is too high.",
            "say",
            "Half of the tenants",
            id="bare-half",
        ),
        pytest.param(
            "Costs rose by a third, the ferry crews said.",
            "said",
            "the ferry crews",
            id="count-outside-phrase",
        ),
        pytest.param(
            "A report on the strong majority of rural schools says they lack teachers.",
            "says",
            "A report on the strong majority of rural schools",
            id="adjective-without-article-stays-inside",
        ),
    ],
)
def test_sourcing_count_with_article_negative(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)
