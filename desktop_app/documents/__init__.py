"""Printed documents (ReportLab): programme, certificates, register, run sheet, badges, cards.

Every builder takes a fully loaded ``Event``, a target file, ``DocumentOptions``
and a ``Progress``, and returns the number of pages written. Nothing here
imports Qt; ``desktop_app.services.documents`` is the entry point the GUI and
the CLI both call.
"""
