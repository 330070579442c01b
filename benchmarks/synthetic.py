"""The older entry point of the synthetic event, kept for scripts that import it.

``synthetic_event(agreements=1000, days=3, items=300)`` is now a
``benchmarks/synth.py`` event of 600 people in 120 organizations: the same
generator as every other benchmark, so all of them measure the same kind of
data (mixed scripts, panels with topics, signing ceremonies, no conflicts).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import generate_event
from synth_names import AZ_FAMILY, AZ_FEMALE, AZ_MALE, KZ_FAMILY, KZ_FEMALE, KZ_MALE

#: Given and family names for scripts that add people of their own
#: (``benchmarks/profile_scale_event.py``).
AZ_GIVEN = AZ_MALE + AZ_FEMALE
KZ_GIVEN = KZ_MALE + KZ_FEMALE
__all__ = ["AZ_FAMILY", "AZ_GIVEN", "KZ_FAMILY", "KZ_GIVEN", "synthetic_event"]


def synthetic_event(agreements: int = 1000, days: int = 3, items: int = 300,
                    rooms: int = 4, seed: int = 2025) -> dict[str, Any]:
    """An event document with ``items`` agenda items over ``days`` and ``agreements`` MoUs."""
    return generate_event(people=600, agreements=agreements, items=items, days=days,
                          seed=seed, organizations=120, rooms=rooms)
