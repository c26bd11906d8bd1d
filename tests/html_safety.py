"""Reusable check that HTML built from article text is inert (issue 7).

``HOSTILE`` holds article strings that would run script if they reached HTML
unescaped; :func:`active_content` parses HTML with the standard library parser
and lists every executable element or attribute in it. Tests render hostile
articles and assert ``active_content(html) == []`` (tests/test_reliability.py;
the browser test can reuse both).
"""

from __future__ import annotations

from html.parser import HTMLParser

#: Article text that must render as text, never as markup.
HOSTILE: tuple[str, ...] = (
    '<script>alert("x")</script>',
    "<img src=x onerror=alert(1)>",
    '"><img src=x onerror=alert(2)>',
    "'><svg onload=alert(3)>",
    '<a href="javascript:alert(4)">click</a>',
    "<iframe src=javascript:alert(5)></iframe>",
    "</mark></div></style><script>alert(6)</script>",
    '<div style="background:url(javascript:alert(7))">x</div>',
    "<body onload=alert(8)>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(9)">',
    "<object data=javascript:alert(10)></object>",
    "<math><mtext><script>alert(11)</script></mtext></math>",
)

#: Elements that run code or load active content.
ACTIVE_TAGS = frozenset(
    {
        "script",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "base",
        "form",
        "meta",
        "link",
        "svg",
        "math",
        "img",
        "video",
        "audio",
        "source",
        "body",
        "input",
        "button",
        "textarea",
        "select",
    }
)
#: Attributes that may hold a URL.
URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "data", "xlink:href", "srcdoc", "background"}
)


class _Collector(HTMLParser):
    def __init__(self, allowed_tags: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.allowed = allowed_tags
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ACTIVE_TAGS and tag not in self.allowed:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            v = (value or "").strip().lower().replace("\t", "").replace("\n", "")
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
            elif name in URL_ATTRIBUTES and v.startswith(("javascript:", "vbscript:", "data:text/html")):
                self.found.append(f"<{tag} {name}={v[:30]}>")
            elif name == "style" and ("javascript:" in v or "expression(" in v or "url(" in v):
                self.found.append(f"<{tag} style={v[:30]}>")
            elif name == "http-equiv":
                self.found.append(f"<{tag} http-equiv>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


def active_content(html: str, allowed_tags: frozenset[str] = frozenset({"meta", "body"})) -> list[str]:
    """Executable elements and attributes in ``html`` (an empty list means inert).

    Args:
        html: A fragment or document.
        allowed_tags: Active tags the page itself may use (mediakit's standalone
            page has ``<meta charset>`` and ``<body>``, so both are allowed by
            default; their event-handler and ``http-equiv`` attributes are
            still reported).
    """
    collector = _Collector(allowed_tags)
    collector.feed(html)
    collector.close()
    return collector.found
