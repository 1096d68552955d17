"""Prints the PyPI `holidays` package's weekday holidays as JSON, for the cross-check test.

Usage: python holidays-oracle.py FIRST LAST KEY...   (KEY: "AT", or "ES-MD" for a region)

The package is a test oracle, not a legal source: tests/holidays/differences.toml lists every
date where our calendars differ from it on purpose, with the legal reason.
"""

import json
import sys

import holidays


def main() -> None:
    first, last = int(sys.argv[1]), int(sys.argv[2])
    out = {"version": holidays.__version__, "calendars": {}}
    for key in sys.argv[3:]:
        country, _, subdiv = key.partition("-")
        days = holidays.country_holidays(
            country, subdiv=subdiv or None, years=range(first, last + 1)
        )
        out["calendars"][key] = {
            d.isoformat(): name for d, name in sorted(days.items()) if d.weekday() < 5
        }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=0, sort_keys=True)


if __name__ == "__main__":
    main()
