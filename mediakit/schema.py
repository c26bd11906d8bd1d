"""The article schema every loader returns, and the status values of a row.

Columns of :func:`mediakit.load` (in order), then any extra source fields:

===============  ==========================================================
``id``           article id (from the source, else ``<file stem>``,
                 ``<file stem>:<line>`` for JSON Lines, ``<file stem>:<row>``
                 for CSV, rows counted from 1 after the header)
``title``        headline ("" if none)
``body``         article text, paragraphs separated by a blank line,
                 boilerplate removed
``outlet``       publisher / outlet name ("" if unknown)
``published``    publication date as given by the source ("" if unknown)
``url``          canonical URL ("" if unknown)
``source_path``  file the article came from
``record``       1-based line where the record starts (JSON Lines, CSV;
                 what error messages cite) or record number; 0 for
                 one-article files
``boilerplate``  list of removed boilerplate paragraphs
``status``       "ok", "empty" (no body text) or "error"
``message``      what went wrong ("" when ok), naming file and line
===============  ==========================================================
"""

from __future__ import annotations

ARTICLE_COLUMNS: tuple[str, ...] = (
    "id",
    "title",
    "body",
    "outlet",
    "published",
    "url",
    "source_path",
    "record",
    "boilerplate",
    "status",
    "message",
)

#: Columns of :func:`mediakit.analyze` that precede the metric columns.
#: Title and URL are kept so a result row can be read and traced without the articles.
RESULT_COLUMNS: tuple[str, ...] = ("id", "title", "outlet", "published", "url", "status", "message")

#: Source field names mapped onto the schema (first match wins, case-insensitive).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "docid", "uuid", "guid"),
    "title": ("title", "headline", "head", "heading", "hed"),
    "body": ("body", "text", "content", "article", "story", "maintext", "full_text", "fulltext"),
    "outlet": ("outlet", "source", "publisher", "sitename", "site", "domain", "media", "source_name"),
    "published": (
        "published",
        "date",
        "pubdate",
        "publish_date",
        "published_at",
        "date_publish",
        "datetime",
        "timestamp",
    ),
    "url": ("url", "link", "href", "source_url"),
}

STATUS_OK = "ok"
STATUS_EMPTY = "empty"
STATUS_ERROR = "error"
