"""Commands that open the window: none at all (plain ``roundtable``) and ``demo``."""
from __future__ import annotations

from .context import CommandContext
from .event_commands import ensure_sample_event
from .registry import CommandRegistry


def start_gui(ctx: CommandContext, event_key: str | None = None) -> int:
    # Qt is imported only here, so headless commands never pay for it.
    from desktop_app.ui.app import run_gui

    return run_gui(ctx.db, event_key)


def _demo(ctx: CommandContext) -> int:
    key = ensure_sample_event(ctx)
    if ctx.args.no_window:
        ctx.out(key)
        return 0
    return start_gui(ctx, key)


def register(registry: CommandRegistry) -> None:
    parser = registry.command("demo", _demo, "load the sample event (if absent) and open it")
    parser.add_argument("--no-window", action="store_true",
                        help="only load the sample event and print its id")
