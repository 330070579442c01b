"""Roundtable: one source of truth for round tables, agendas and MoU signings."""

__version__ = "0.1.0"
