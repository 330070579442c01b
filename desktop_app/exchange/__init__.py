"""Formats in and out: the event file, spreadsheets, calendars, schedules."""
