"""The agenda as an iCalendar (RFC 5545) feed."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from kansrijk.support.models import Event

PRODID = "-//Kansrijk//Lerend netwerk//NL"


def calendar_bytes(events: Iterable[Event]) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Kansrijk - lerend netwerk")
    for event in events:
        item = CalendarEvent()
        item.add("uid", f"kansrijk-event-{event.pk}@kansrijk")
        item.add("dtstamp", event.created_at)
        item.add("dtstart", event.starts_at)
        item.add("dtend", event.ends_at)
        item.add("summary", event.title)
        description = event.description
        if event.online_url:
            description += f"\n\n{event.online_url}"
        item.add("description", description)
        if event.location:
            item.add("location", event.location)
        if event.online_url:
            item.add("url", event.online_url)
        item.add("categories", [event.meeting_type.name, *(t.name for t in event.themes.all())])
        item.add("last-modified", timezone.now() if event.cancelled_at else event.created_at)
        calendar.add_component(item)
    return bytes(calendar.to_ical())
