"""Magic: bare expressions in the script are written to the app (behaviour.md §7.2)."""

from __future__ import annotations

import ast
from typing import Any

MAGIC_NAME = "__streamlitmagic__"

_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.With, ast.AsyncWith, ast.For, ast.AsyncFor, ast.While)
_DOCSTRING_PARENTS = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef)


def add_magic(source: str, filename: str) -> ast.Module:
    """Parse the script and turn displayable expression statements into writes."""
    tree = ast.parse(source, filename, "exec")
    _modify_body(tree, "body")
    return ast.fix_missing_locations(tree)


def _modify_body(node: Any, attr: str) -> None:
    body = getattr(node, attr)
    for index, child in enumerate(body):
        if isinstance(child, _SCOPES):
            _modify_body(child, "body")
        elif isinstance(child, ast.ClassDef):
            # Class-level expressions are not written; method bodies are.
            for inner in child.body:
                if isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    _modify_body(inner, "body")
        elif isinstance(child, (ast.Try, getattr(ast, "TryStar", ast.Try))):
            for part in ("body", "orelse", "finalbody"):
                _modify_body(child, part)
            for handler in child.handlers:
                _modify_body(handler, "body")
        elif isinstance(child, ast.If):
            _modify_body(child, "body")
            _modify_body(child, "orelse")
        elif isinstance(child, ast.Match):
            for case in child.cases:
                _modify_body(case, "body")
        elif isinstance(child, ast.Expr):
            write = _write_call(child, index, node)
            if write is not None:
                child.value = write


def _is_docstring(expr: ast.Expr, index: int, parent: Any) -> bool:
    return (
        index == 0
        and isinstance(parent, _DOCSTRING_PARENTS)
        and isinstance(expr.value, ast.Constant)
        and isinstance(expr.value.value, str)
    )


def _write_call(expr: ast.Expr, index: int, parent: Any) -> ast.Call | None:
    value = expr.value
    if isinstance(value, (ast.Call, ast.Yield, ast.YieldFrom, ast.Await)):
        return None
    if _is_docstring(expr, index, parent):
        return None
    args = value.elts if isinstance(value, ast.Tuple) else [value]
    func = ast.Attribute(value=ast.Name(id=MAGIC_NAME, ctx=ast.Load()), attr="transparent_write", ctx=ast.Load())
    call = ast.Call(func=func, args=args, keywords=[])
    return ast.copy_location(call, value)


def transparent_write(*args: Any) -> Any:
    """Write the values and hand them back unchanged, as the expression would."""
    import streamlit as st

    st.write(*args)
    return args[0] if len(args) == 1 else args
