"""Parses an iCalendar file with the PyPI `icalendar` package and prints what it read, as JSON.

Usage: python check-ics.py FILE

Also checks what a lenient parser would accept silently: CRLF line ends and lines of at most
75 octets (RFC 5545 § 3.1). Exits non-zero with a message when the file does not parse.
"""

import json
import sys

import icalendar


def main() -> None:
    raw = open(sys.argv[1], "rb").read()
    problems = []
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("a line ends without CR")
    for number, line in enumerate(raw.split(b"\r\n"), 1):
        if len(line) > 75:
            problems.append(f"line {number} has {len(line)} octets")
    cal = icalendar.Calendar.from_ical(raw.decode("utf-8"))
    events = []
    for event in cal.walk("VEVENT"):
        events.append(
            {
                "uid": str(event["UID"]),
                "dtstart": event.decoded("DTSTART").isoformat(),
                "dtend": event.decoded("DTEND").isoformat() if "DTEND" in event else None,
                "dtstamp": event.decoded("DTSTAMP").isoformat(),
                "summary": str(event["SUMMARY"]),
                "description": str(event["DESCRIPTION"]),
                "status": str(event.get("STATUS", "")),
                "alarms": [str(a.decoded("TRIGGER")) for a in event.walk("VALARM")],
            }
        )
    json.dump(
        {
            "version": str(cal["VERSION"]),
            "prodid": str(cal["PRODID"]),
            "problems": problems,
            "events": events,
        },
        sys.stdout,
        ensure_ascii=False,
    )


if __name__ == "__main__":
    main()
