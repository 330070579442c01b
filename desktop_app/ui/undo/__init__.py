"""Undo commands: each re-applies service calls with before/after snapshots."""
