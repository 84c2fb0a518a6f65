"""Magic: bare expressions are written (behaviour.md §7.2)."""

from __future__ import annotations

import ast
import unittest

from streamlit import magic

from helpers import AppTestCase


def written_calls(source: str) -> list[str]:
    """The expressions that magic turns into writes, as source text."""
    tree = magic.add_magic(source, "<test>")
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "transparent_write"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == magic.MAGIC_NAME
        ):
            found.append(", ".join(ast.unparse(arg) for arg in node.args))
    return found


class MagicRunTest(AppTestCase):
    def bodies(self, source: str) -> list[str]:
        app = self.run_app(source)
        self.assertEqual(app.exceptions(), [], app.exceptions())
        return app.markdown()

    def test_expressions_are_written(self):
        self.assertEqual(
            self.bodies(
                """
                import streamlit as st
                x = 5
                x
                "text"
                x + 1
                f"x is {x}"
                """
            ),
            ["`5`", "text", "`6`", "x is 5"],
        )

    def test_calls_are_not_written(self):
        self.assertEqual(
            self.bodies(
                """
                import streamlit as st
                len([1, 2])
                str(3)
                st.write("once")
                """
            ),
            ["once"],
        )

    def test_module_docstring_not_written(self):
        self.assertEqual(self.bodies('"""Module docstring."""\n"second string"\n'), ["second string"])

    def test_function_and_class_docstrings_not_written(self):
        self.assertEqual(
            self.bodies(
                '''
                def f():
                    """Function docstring."""
                    "in function"
                class A:
                    """Class docstring."""
                    def m(self):
                        """Method docstring."""
                        "in method"
                f()
                A().m()
                '''
            ),
            ["in function", "in method"],
        )

    def test_first_string_in_with_or_if_is_written(self):
        self.assertEqual(
            self.bodies(
                """
                import streamlit as st
                with st.container():
                    "in with"
                if True:
                    "in if"
                """
            ),
            ["in with", "in if"],
        )

    def test_class_level_expressions_not_written(self):
        self.assertEqual(
            self.bodies(
                """
                class A:
                    x = 1
                    x
                    "class body"
                    [1, 2]
                "after"
                """
            ),
            ["after"],
        )

    def test_tuples_spread_into_one_write(self):
        app = self.run_app('"a", 1, "b"\n')
        self.assertEqual(app.markdown(), ["a `1` b"])

    def test_tuple_with_separate_elements(self):
        app = self.run_app('"title", {"k": 1}\n')
        self.assertEqual([e["type"] for _, e in app.elements()], ["markdown", "json"])

    def test_expressions_in_nested_blocks(self):
        self.assertEqual(
            self.bodies(
                """
                import streamlit as st
                def f():
                    pass
                    "def"
                f()
                async def g():
                    pass
                    "async def"
                coro = g()
                try:
                    coro.send(None)
                except StopIteration:
                    pass
                for i in range(2):
                    f"for {i}"
                n = 0
                while n < 1:
                    "while"
                    n += 1
                if n == 0:
                    "not taken"
                elif n == 1:
                    "elif"
                else:
                    "not taken"
                if n == 0:
                    "not taken"
                else:
                    "else"
                try:
                    "try"
                    raise ValueError
                except ValueError:
                    "except"
                finally:
                    "finally"
                with st.container():
                    "with"
                match n:
                    case 0:
                        "not taken"
                    case _:
                        "match"
                """
            ),
            ["def", "async def", "for 0", "for 1", "while", "elif", "else", "try", "except", "finally", "with", "match"],
        )

    def test_yield_not_written(self):
        self.assertEqual(
            self.bodies(
                """
                import streamlit as st
                def gen():
                    yield "yielded"
                    yield from ["from"]
                values = list(gen())
                st.write(len(values))
                """
            ),
            ["`2`"],
        )

    def test_await_not_written(self):
        self.assertEqual(
            self.bodies(
                """
                class Ready:
                    def __await__(self):
                        return "awaited"
                        yield
                async def main():
                    await Ready()
                    "after await"
                coro = main()
                try:
                    coro.send(None)
                except StopIteration:
                    pass
                """
            ),
            ["after await"],
        )

    def test_future_import_at_top(self):
        self.assertEqual(
            self.bodies(
                """
                from __future__ import annotations
                def f(x: UndefinedName) -> None:
                    pass
                "ok"
                """
            ),
            ["ok"],
        )

    def test_future_import_after_docstring(self):
        self.assertEqual(
            self.bodies('"""Doc."""\nfrom __future__ import annotations\n"ok"\n'),
            ["ok"],
        )

    def test_value_passes_through(self):
        self.assertEqual(
            self.bodies(
                """
                import streamlit as st
                x = (1)
                (y := 3)
                st.write("x", x, "y", y)
                """
            ),
            ["`3`", "x `1` y `3`"],
        )

    def test_transparent_write_returns_its_arguments(self):
        app = self.run_app(
            """
            import streamlit as st
            from streamlit import magic
            one = magic.transparent_write("one")
            many = magic.transparent_write("a", "b")
            st.text(repr((one, many)))
            """
        )
        self.assertEqual(app.markdown(), ["one", "a b"])
        self.assertEqual(app.find_one("text")["body"], "('one', ('a', 'b'))")

    def test_magic_writes_to_the_current_with_block(self):
        app = self.run_app(
            """
            import streamlit as st
            with st.sidebar:
                "side"
            "main"
            """
        )
        self.assertEqual([p for p, _ in app.elements()], [[1, 0], [0, 0]])


class AddMagicTest(unittest.TestCase):
    """The AST rewrite itself, for the cases that are awkward to run."""

    def test_calls_yield_await_docstrings(self):
        source = '''
"""doc"""
f()
x
async def g():
    """doc"""
    await h()
    (await h())
    y
def k():
    yield 1
    z
'''
        self.assertEqual(written_calls(source), ["x", "y", "z"])

    def test_tuple_arguments(self):
        self.assertEqual(written_calls("a, b\n"), ["a, b"])

    def test_try_star(self):
        source = "try:\n    a\nexcept* ValueError:\n    b\nfinally:\n    c\n"
        self.assertEqual(sorted(written_calls(source)), ["a", "b", "c"])

    def test_line_numbers_kept(self):
        tree = magic.add_magic("x = 1\n\nx\n", "<test>")
        call = tree.body[1].value
        self.assertEqual(call.lineno, 3)

    def test_syntax_error_propagates(self):
        with self.assertRaises(SyntaxError):
            magic.add_magic("x = (\n", "<test>")


if __name__ == "__main__":
    unittest.main()
