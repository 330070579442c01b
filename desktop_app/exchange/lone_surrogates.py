"""Finding lone UTF-16 surrogates in a decoded JSON file.

JSON may spell a character as ``\\ud800``; a surrogate without its pair decodes
to a Python string that is not text (it cannot be encoded as UTF-8), so it
would fail far from the file, when the database or an export writes it, with
no field named. Only a file whose bytes contain such an escape can hold one,
so a valid file costs one search of its bytes.
"""
from __future__ import annotations

import re
from typing import Any

_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # pairs were joined by the decoder


def lone_surrogate_paths(data: bytes, doc: Any, limit: int) -> list[tuple[str, str]]:
    """(JSON path, text) of up to ``limit`` strings (values or keys) in ``doc``, decoded
    from ``data``, that hold a lone surrogate; paths as the validator writes them."""
    if _SURROGATE_ESCAPE.search(data) is None:
        return []
    found: list[tuple[str, str]] = []
    stack: list[tuple[str, Any]] = [("", doc)]
    while stack and len(found) < limit:
        path, value = stack.pop()
        if isinstance(value, str):
            if _LONE_SURROGATE.search(value):
                found.append((path, value))
        elif isinstance(value, dict):
            for key, item in reversed(list(value.items())):
                child = f"{path}.{key}" if path else str(key)
                if _LONE_SURROGATE.search(key):
                    found.append((child, key))
                stack.append((child, item))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", item) for i, item in reversed(list(enumerate(value))))
    return found[:limit]


def shown(text: str) -> str:
    """``text`` with each lone surrogate written as its escape, for a message."""
    return _LONE_SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
