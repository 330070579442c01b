"""Package layout that pyproject.toml alone cannot express.

The top-level ``resources/`` folder (fonts, icons, translations, the sample
event) is installed as the package ``roundtable_resources`` so that an
installed Roundtable finds it without the source tree.
"""
from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["desktop_app", "desktop_app.*"]) + ["roundtable_resources"],
    package_dir={"roundtable_resources": "resources"},
    package_data={
        "roundtable_resources": ["*.txt", "*.md", "fonts/*", "icons/*", "icons/png/*",
                                 "translations/*", "samples/*", "licenses/*"],
        # The migration revisions live in a folder that is no package (Alembic loads them
        # by path), so find_packages() skips them: they must be listed as data.
        "desktop_app": ["storage/migrations/*.mako", "storage/migrations/versions/*.py"],
    },
)
