"""PyInstaller's entry script: the same ``main`` as the ``roundtable`` console script.

A separate file because PyInstaller runs its entry script as ``__main__`` without a
package, so ``desktop_app/__main__.py`` (which is fine as ``python -m desktop_app``)
is imported here instead of being the script itself.
"""
import sys

from desktop_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
