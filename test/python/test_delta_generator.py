"""Element cursors and delta paths (behaviour.md §1.9, §1.10)."""

from __future__ import annotations

import unittest

from helpers import AppTestCase


def summary(app):
    """(kind, path, body-or-type) for each delta of the last run."""
    out = []
    for d in app.deltas():
        if d["kind"] == "addBlock":
            out.append(("block", d["path"]))
        else:
            e = d["element"]
            out.append((e.get("body", e["type"]), d["path"]))
    return out


class MainAndSidebarTest(AppTestCase):
    def test_consecutive_main_elements(self):
        app = self.run_app(
            """
            import streamlit as st
            st.title("t")
            st.markdown("m")
            st.text("x")
            st.write("w")
            """
        )
        self.assertEqual([p for p, _ in app.elements()], [[0, 0], [0, 1], [0, 2], [0, 3]])

    def test_cursors_restart_every_run(self):
        app = self.app("import streamlit as st\nst.write('a')\nst.sidebar.write('b')\nst.container().write('c')\n")
        app.run()
        first = summary(app)
        app.run()
        self.assertEqual(summary(app), first)
        self.assertEqual(first, [("a", [0, 0]), ("b", [1, 0]), ("block", [0, 1]), ("c", [0, 1, 0])])

    def test_sidebar_attribute_and_with_share_root_1(self):
        app = self.run_app(
            """
            import streamlit as st
            st.write("main 0")
            st.sidebar.write("side 0")
            with st.sidebar:
                st.write("side 1")
                st.markdown("side 2")
            st.write("main 1")
            """
        )
        self.assertEqual(
            summary(app),
            [("main 0", [0, 0]), ("side 0", [1, 0]), ("side 1", [1, 1]), ("side 2", [1, 2]), ("main 1", [0, 1])],
        )


class ReplaceInPlaceTest(AppTestCase):
    def test_empty_placeholder_is_replaced_at_its_path(self):
        app = self.run_app(
            """
            import streamlit as st
            placeholder = st.empty()
            st.write("after")
            placeholder.markdown("first")
            placeholder.markdown("second")
            st.write("end")
            """
        )
        self.assertEqual(
            summary(app),
            [("empty", [0, 0]), ("after", [0, 1]), ("first", [0, 0]), ("second", [0, 0]), ("end", [0, 2])],
        )

    def test_returned_element_replaces_in_place(self):
        app = self.run_app(
            """
            import streamlit as st
            st.write("zero")
            message = st.info("working")
            st.write("two")
            again = message.success("done")
            again.write("final")
            """
        )
        self.assertEqual(
            summary(app),
            [("zero", [0, 0]), ("working", [0, 1]), ("two", [0, 2]), ("done", [0, 1]), ("final", [0, 1])],
        )

    def test_with_placeholder_replaces_each_time(self):
        app = self.run_app(
            """
            import streamlit as st
            slot = st.empty()
            with slot:
                st.write("a")
                st.write("b")
            st.write("after")
            """
        )
        self.assertEqual(summary(app), [("empty", [0, 0]), ("a", [0, 0]), ("b", [0, 0]), ("after", [0, 1])])

    def test_placeholder_container(self):
        app = self.run_app(
            """
            import streamlit as st
            slot = st.empty()
            st.write("after")
            with slot.container():
                st.write("x")
                st.write("y")
            """
        )
        self.assertEqual(
            summary(app), [("empty", [0, 0]), ("after", [0, 1]), ("block", [0, 0]), ("x", [0, 0, 0]), ("y", [0, 0, 1])]
        )

    def test_sidebar_placeholder(self):
        app = self.run_app(
            """
            import streamlit as st
            slot = st.sidebar.empty()
            st.sidebar.write("next")
            slot.write("replaced")
            """
        )
        self.assertEqual(summary(app), [("empty", [1, 0]), ("next", [1, 1]), ("replaced", [1, 0])])


class ContainerTest(AppTestCase):
    def test_container_block_and_children(self):
        app = self.run_app(
            """
            import streamlit as st
            st.write("zero")
            c = st.container(border=True)
            c.write("a")
            c.write("b")
            """
        )
        self.assertEqual(summary(app), [("zero", [0, 0]), ("block", [0, 1]), ("a", [0, 1, 0]), ("b", [0, 1, 1])])
        [(_, block)] = app.blocks()
        self.assertEqual(block["type"], "vertical")
        self.assertTrue(block["border"])

    def test_container_written_after_later_main_elements(self):
        app = self.run_app(
            """
            import streamlit as st
            c = st.container()
            st.write("main")
            c.write("late")
            st.write("main again")
            c.write("later")
            """
        )
        self.assertEqual(
            summary(app),
            [("block", [0, 0]), ("main", [0, 1]), ("late", [0, 0, 0]), ("main again", [0, 2]), ("later", [0, 0, 1])],
        )

    def test_with_stack_versus_explicit_targets(self):
        app = self.run_app(
            """
            import streamlit as st
            outer = st.container()
            other = st.container()
            with outer:
                st.write("stack")
                other.write("explicit")
                st.sidebar.write("sidebar")
                inner = st.container()
                with inner:
                    st.write("nested")
                st.write("outer again")
            st.write("main")
            """
        )
        self.assertEqual(
            summary(app),
            [
                ("block", [0, 0]),
                ("block", [0, 1]),
                ("stack", [0, 0, 0]),
                ("explicit", [0, 1, 0]),
                ("sidebar", [1, 0]),
                ("block", [0, 0, 1]),
                ("nested", [0, 0, 1, 0]),
                ("outer again", [0, 0, 2]),
                ("main", [0, 2]),
            ],
        )

    def test_container_of_container_method(self):
        app = self.run_app(
            """
            import streamlit as st
            c = st.container()
            c.container().write("deep")
            c.write("next")
            """
        )
        self.assertEqual(summary(app), [("block", [0, 0]), ("block", [0, 0, 0]), ("deep", [0, 0, 0, 0]), ("next", [0, 0, 1])])

    def test_sidebar_container(self):
        app = self.run_app(
            """
            import streamlit as st
            with st.sidebar:
                with st.container():
                    st.write("in")
                st.write("out")
            """
        )
        self.assertEqual(summary(app), [("block", [1, 0]), ("in", [1, 0, 0]), ("out", [1, 1])])

    def test_element_inside_with_block_returns_object_pinned_there(self):
        app = self.run_app(
            """
            import streamlit as st
            with st.container():
                st.write("x")
                msg = st.info("old")
            st.write("main")
            msg.info("new")
            """
        )
        self.assertEqual(summary(app), [("block", [0, 0]), ("x", [0, 0, 0]), ("old", [0, 0, 1]), ("main", [0, 1]), ("new", [0, 0, 1])])

    def test_with_block_exited_by_exception_is_popped(self):
        app = self.run_app(
            """
            import streamlit as st
            c = st.container()
            try:
                with c:
                    raise ValueError
            except ValueError:
                pass
            st.write("main")
            """
        )
        self.assertEqual(summary(app), [("block", [0, 0]), ("main", [0, 1])])


if __name__ == "__main__":
    unittest.main()
