"""The cleaning of search input that the site's search and the API share."""

import re

#: A word: letters and digits, with apostrophes and hyphens inside.
WORD = re.compile(r"\w[\w'-]*")


def search_words(query: str) -> str:
    """The words of ``query`` and its "quoted phrases" (Wagtail's query syntax), and nothing
    else: brackets, operators and control characters would reach a database's full-text
    parser (a lone ``"`` was a server error on SQLite). An unpaired quotation mark is dropped;
    the API refuses it before it gets here."""
    parts = query.split('"')
    if len(parts) % 2 == 0:  # an unpaired quotation mark: the rest is no phrase
        parts[-2:] = [f"{parts[-2]} {parts[-1]}"]
    cleaned = []
    for index, part in enumerate(parts):
        words = " ".join(WORD.findall(part))
        if words:
            cleaned.append(f'"{words}"' if index % 2 else words)
    return " ".join(cleaned)
