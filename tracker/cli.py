"""The ``tracker`` command line: a thin layer over the pipeline stages.

Each sub-command lives in ``tracker/commands/<name>.py`` and exposes ``register(subparsers)``,
which adds its parser and sets ``func(args) -> int`` as the default.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

import tracker.commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tracker",
        description="Reunification Tracker: fetch, extract, validate and load the task force's published figures.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_info in sorted(pkgutil.iter_modules(tracker.commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"tracker.commands.{module_info.name}")
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
