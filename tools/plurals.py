"""Prints CLDR cardinal plural categories from the PyPI `babel` package, as JSON.

Usage: python plurals.py LOCALE...   (BCP 47 tags: en, sr-Latn)
Output: { "<locale>": { "<n>": "<category>" } } for the integers the engine formats.
"""

import json
import sys

from babel import Locale

NUMBERS = list(range(0, 250)) + [1000, 1001, 1002, 1011, 1012, 1021, 100000, 1000000, 2000000, 1000001]


def main() -> None:
    out = {}
    for tag in sys.argv[1:]:
        locale = Locale.parse(tag.replace("-", "_"))
        out[tag] = {str(n): locale.plural_form(n) for n in NUMBERS}
    json.dump({"babel": __import__("babel").__version__, "plurals": out}, sys.stdout)


if __name__ == "__main__":
    main()
