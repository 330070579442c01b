"""How command modules plug into the parser.

Each command module has ``register(registry)``; it adds top-level commands
with ``registry.command(...)`` and subcommands of a group (``export``,
``print``) with ``registry.group("export").command(...)``. Later features add
a module and one line in ``app.COMMAND_MODULES``.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from .context import CommandContext

Handler = Callable[[CommandContext], int]


class CliArgumentParser(argparse.ArgumentParser):
    """argparse that reports usage errors as one ``error:`` line and exit code 2."""

    def error(self, message: str) -> Any:  # type: ignore[override]
        self.exit(2, f"error: {message} (see '{self.prog} --help')\n")


class CommandGroup:
    def __init__(self, subparsers: Any) -> None:
        self._subparsers = subparsers

    def command(self, name: str, handler: Handler, help: str, **kwargs: Any
                ) -> argparse.ArgumentParser:
        parser = self._subparsers.add_parser(name, help=help, description=help, **kwargs)
        parser.set_defaults(handler=handler)
        return parser


class CommandRegistry(CommandGroup):
    def __init__(self, parser: argparse.ArgumentParser) -> None:
        super().__init__(parser.add_subparsers(dest="command", metavar="COMMAND",
                                               parser_class=CliArgumentParser))
        self._groups: dict[str, CommandGroup] = {}

    def group(self, name: str, help: str = "") -> CommandGroup:
        """The subcommand group ``name`` (created on first use)."""
        if name not in self._groups:
            parser = self._subparsers.add_parser(name, help=help, description=help)
            parser.set_defaults(handler=None, group_parser=parser)
            self._groups[name] = CommandGroup(
                parser.add_subparsers(dest=f"{name}_command", metavar="WHAT",
                                      parser_class=CliArgumentParser)
            )
        return self._groups[name]
