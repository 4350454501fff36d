"""Read an iCalendar file with Debian's python3-icalendar and print, one
JSON object a line, what a calendar program would take from each event:
its summary, start and end (UTC for a time, the day for a day-long event),
status, sequence, transparency, description, recurrence and the trigger of
each alarm in seconds."""
import datetime
import json
import sys

import icalendar


def when(value):
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


with open(sys.argv[1], "rb") as f:
    cal = icalendar.Calendar.from_ical(f.read())
print(json.dumps({"version": str(cal["VERSION"]), "prodid": str(cal["PRODID"])}))
for e in cal.walk("VEVENT"):
    alarms = [
        {"action": str(a["ACTION"]), "trigger": int(a.decoded("TRIGGER").total_seconds()),
         "description": str(a["DESCRIPTION"])}
        for a in e.walk("VALARM")
    ]
    print(json.dumps({
        "uid": str(e["UID"]),
        "summary": str(e["SUMMARY"]),
        "start": when(e.decoded("DTSTART")),
        "end": when(e.decoded("DTEND")),
        "status": str(e.get("STATUS", "")),
        "sequence": int(e.get("SEQUENCE", 0)),
        "transp": str(e.get("TRANSP", "")),
        "description": str(e.get("DESCRIPTION", "")),
        "rrule": e["RRULE"].to_ical().decode() if "RRULE" in e else "",
        "alarms": alarms,
    }))
