"""Package layout that pyproject.toml alone cannot express.

The top-level ``resources/`` folder (fonts, icons, translations, the sample
event) is installed as the package ``roundtable_resources`` so that an
installed Roundtable finds it without the source tree. Its folders, and the
migration revisions (a folder Alembic loads by path, without ``__init__.py``),
are namespace packages here, so that setuptools ships every file in them.
"""
from setuptools import find_namespace_packages, setup

RESOURCE_FOLDERS = [f"roundtable_resources.{name}" for name in find_namespace_packages(
    where="resources", exclude=["*__pycache__*"])]

setup(
    packages=find_namespace_packages(include=["desktop_app", "desktop_app.*"],
                                     exclude=["*__pycache__*"])
    + ["roundtable_resources", *RESOURCE_FOLDERS],
    package_dir={"roundtable_resources": "resources"},
    package_data={
        "roundtable_resources": ["*.txt", "*.md"],
        **{folder: ["*"] for folder in RESOURCE_FOLDERS},
        "desktop_app.storage.migrations": ["*.mako"],
    },
)
