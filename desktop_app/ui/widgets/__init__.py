"""Reusable widgets: the bar chart, the agenda timeline, small form helpers."""
