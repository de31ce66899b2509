"""Magic: bare expressions and strings in the main script and page files are written.

Following Streamlit: any expression statement that is not a call, ``yield`` or
``await`` is passed to ``st.write`` (a tuple's items as separate arguments);
docstrings of functions and classes are left alone, and so is the module
docstring unless ``magic.displayRootDocString`` is set. Function bodies,
methods and compound statements (if/for/while/with/try/match) are transformed
too; expressions directly in a class body are not. With
``magic.displayLastExprIfNoSemicolon`` the script's last expression is written
even when it is a call, unless it ends with ``;``.

Example::

    tree = add_magic(ast.parse(source), MagicOptions())
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

MAGIC_NAME = "__wasmlit_magic_write__"

_NOT_WRITTEN = (ast.Call, ast.Yield, ast.YieldFrom, ast.Await)


@dataclass(frozen=True)
class MagicOptions:
    display_root_docstring: bool = False
    display_last_expr: bool = False  # magic.displayLastExprIfNoSemicolon
    source_ends_with_semicolon: bool = False


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _write_call(node: ast.Expr) -> ast.Expr:
    value = node.value
    args = list(value.elts) if isinstance(value, ast.Tuple) else [value]
    call = ast.Call(func=ast.Name(id=MAGIC_NAME, ctx=ast.Load()), args=args, keywords=[])
    return ast.copy_location(ast.Expr(value=ast.copy_location(call, value)), node)


def _transform(body: list[ast.stmt], *, skip_docstring: bool, last: ast.stmt | None) -> None:
    for i, node in enumerate(body):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            _transform(node.body, skip_docstring=True, last=None)
        elif isinstance(node, ast.ClassDef):
            # Only methods: expressions directly in a class body stay silent.
            for member in node.body:
                if isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef):
                    _transform(member.body, skip_docstring=True, last=None)
        elif isinstance(node, ast.For | ast.AsyncFor | ast.While | ast.If):
            _transform(node.body, skip_docstring=False, last=last)
            _transform(node.orelse, skip_docstring=False, last=last)
        elif isinstance(node, ast.With | ast.AsyncWith):
            _transform(node.body, skip_docstring=False, last=last)
        elif isinstance(node, ast.Try | ast.TryStar):
            for part in (node.body, node.orelse, node.finalbody):
                _transform(part, skip_docstring=False, last=last)
            for handler in node.handlers:
                _transform(handler.body, skip_docstring=False, last=last)
        elif isinstance(node, ast.Match):
            for case in node.cases:
                _transform(case.body, skip_docstring=False, last=last)
        elif isinstance(node, ast.Expr):
            if i == 0 and skip_docstring and _is_docstring(node):
                continue
            if not isinstance(node.value, _NOT_WRITTEN) or node is last:
                body[i] = _write_call(node)


def add_magic(tree: ast.Module, options: MagicOptions) -> ast.Module:
    """Rewrite ``tree`` in place so bare expressions call the magic writer."""
    last = None
    if options.display_last_expr and not options.source_ends_with_semicolon and tree.body:
        last = tree.body[-1] if isinstance(tree.body[-1], ast.Expr) else None
    _transform(tree.body, skip_docstring=not options.display_root_docstring, last=last)
    return ast.fix_missing_locations(tree)
