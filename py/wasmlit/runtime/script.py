"""Loading and compiling the app's main script (with magic)."""

from __future__ import annotations

import ast
import io
import tokenize
from collections.abc import Mapping
from types import CodeType
from typing import Any

from wasmlit.runtime.magic import MagicOptions, add_magic

# The config options that change how a script compiles.
MAGIC_OPTIONS = (
    "runner.magicEnabled",
    "magic.displayRootDocString",
    "magic.displayLastExprIfNoSemicolon",
)


def read_source(path: str) -> str:
    """The script text, honouring a PEP 263 coding cookie like Python does."""
    with open(path, "rb") as f:
        data = f.read()
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    return data.decode(encoding)


def compile_script(source: str, path: str, options: Mapping[str, Any]) -> CodeType:
    """Parse, add magic when ``runner.magicEnabled``, and compile. Raises SyntaxError."""
    tree = ast.parse(source, filename=path, mode="exec")
    if options.get("runner.magicEnabled", True):
        magic = MagicOptions(
            display_root_docstring=bool(options.get("magic.displayRootDocString", False)),
            display_last_expr=bool(options.get("magic.displayLastExprIfNoSemicolon", False)),
            source_ends_with_semicolon=source.rstrip().endswith(";"),
        )
        tree = add_magic(tree, magic)
    return compile(tree, path, "exec", dont_inherit=True)
