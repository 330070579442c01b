"""An instant as the event's wall clock shows it."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo


def local_datetime(instant: dt.datetime, timezone: str) -> dt.datetime:
    """An aware instant shown in the event's time zone (UTC if the zone is unknown)."""
    try:
        zone = ZoneInfo(timezone)
    except (KeyError, ValueError):
        zone = ZoneInfo("UTC")
    return instant.astimezone(zone)
