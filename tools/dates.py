"""Prints CLDR full dates ("Wednesday 9 December 2026") from the PyPI `babel` package, as JSON.

Usage: python dates.py LOCALE...   (BCP 47 tags: en, sr-Latn)
Output: { "babel": version, "dates": { "<locale>": { "YYYY-MM-DD": "<full date>" } } } for
every day of 2026 and the first and last day of each month of 2027–2030, so each weekday and
month name is compared. English is compared with en_IE: "Wednesday 9 December 2026", without
the comma en_GB has since CLDR 42; the engine's English wording predates it.
"""

import datetime
import json
import sys

from babel.dates import format_date


def days():
    d = datetime.date(2026, 1, 1)
    while d.year == 2026:
        yield d
        d += datetime.timedelta(days=1)
    for year in range(2027, 2031):
        for month in range(1, 13):
            yield datetime.date(year, month, 1)
            nxt = datetime.date(year + month // 12, month % 12 + 1, 1)
            yield nxt - datetime.timedelta(days=1)


def main() -> None:
    out = {}
    for tag in sys.argv[1:]:
        babel_tag = "en_IE" if tag == "en" else tag.replace("-", "_")
        out[tag] = {d.isoformat(): format_date(d, "full", locale=babel_tag) for d in days()}
    json.dump({"babel": __import__("babel").__version__, "dates": out}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
