"""Layout containers and live status elements (behaviour.md §1.9–§1.11, testids.md counting rules)."""

from __future__ import annotations

import unittest

from helpers import AppTestCase


def tree(app):
    """(kind, path, what) per delta of the last run: blocks by type, elements by body or type."""
    out = []
    for d in app.deltas():
        if d["kind"] == "addBlock":
            out.append(("block", d["path"], d["block"]["type"]))
        else:
            e = d["element"]
            out.append(("element", d["path"], e.get("body", e["type"])))
    return out


def exception_messages(app):
    return [e["message"] for e in app.exceptions()]


class ContainerTest(AppTestCase):
    def test_container_written_later_shows_first(self):
        # The seeds' example: "This will show last" / "first" / "second".
        app = self.run_app(
            """
            import streamlit as st
            c = st.container()
            st.write("This will show last")
            c.write("This will show first")
            c.write("This will show second")
            """
        )
        self.assertEqual(
            tree(app),
            [
                ("block", [0, 0], "vertical"),
                ("element", [0, 1], "This will show last"),
                ("element", [0, 0, 0], "This will show first"),
                ("element", [0, 0, 1], "This will show second"),
            ],
        )

    def test_with_and_object_notation_write_to_the_same_container(self):
        app = self.run_app(
            """
            import streamlit as st
            c = st.container(border=True, key="box")
            with c:
                st.write("a")
            c.write("b")
            with c:
                st.markdown("c")
            st.write("outside")
            """
        )
        self.assertEqual(
            [p for _, p, _ in tree(app)], [[0, 0], [0, 0, 0], [0, 0, 1], [0, 0, 2], [0, 1]]
        )
        block = app.blocks()[0][1]
        self.assertEqual(block["key"], "box")
        self.assertTrue(block["border"])
        self.assertFalse(block["allowEmpty"])

    def test_fixed_height_scrolls_with_a_border_and_is_drawn_when_empty(self):
        app = self.run_app(
            """
            import streamlit as st
            st.container(height=200)
            st.container(height=200, border=False)
            st.container(horizontal=True, horizontal_alignment="right", vertical_alignment="center", gap="large", width=300)
            st.container(height=None)
            """
        )
        fixed, no_border, row, legacy = [b for _, b in app.blocks()]
        self.assertEqual((fixed["height"], fixed["border"], fixed["allowEmpty"]), (200, True, True))
        self.assertEqual((no_border["height"], no_border["border"]), (200, False))
        self.assertEqual(
            (row["horizontal"], row["horizontalAlignment"], row["verticalAlignment"], row["gap"], row["width"]),
            (True, "right", "center", "large", 300),
        )
        self.assertEqual((legacy["height"], legacy["allowEmpty"]), ("content", False))

    def test_container_argument_errors(self):
        app = self.run_app(
            """
            import streamlit as st
            for kwargs in ({"width": "wide"}, {"height": 0}, {"gap": "huge"}, {"horizontal_alignment": "middle"}, {"vertical_alignment": "up"}):
                try:
                    st.container(**kwargs)
                except st.errors.StreamlitAPIException as e:
                    st.text(str(e))
            """
        )
        texts = [e["body"] for e in app.find("text")]
        self.assertEqual(len(texts), 5)
        self.assertIn("Invalid width value: 'wide'", texts[0])
        self.assertIn("Invalid height value: 0", texts[1])
        self.assertIn("The `gap` argument to `st.container`", texts[2])
        self.assertIn("The `horizontal_alignment` argument to `st.container`", texts[3])
        self.assertIn("The `vertical_alignment` argument to `st.container`", texts[4])
        self.assertEqual(app.blocks(), [])

    def test_duplicate_container_key(self):
        app = self.run_app(
            """
            import streamlit as st
            st.container(key="k")
            st.container(key="k")
            """
        )
        self.assertEqual(app.exceptions()[0]["excType"], "StreamlitDuplicateElementKey")


class ColumnsTest(AppTestCase):
    def test_columns_are_a_row_of_column_blocks_with_normalised_weights(self):
        app = self.run_app(
            """
            import streamlit as st
            cols = st.columns([3, 1], gap="medium", vertical_alignment="bottom", border=True)
            st.write(type(cols).__name__, len(cols))
            cols[1].write("right")
            with cols[0]:
                st.write("left")
            """
        )
        self.assertEqual(
            tree(app),
            [
                ("block", [0, 0], "horizontal"),
                ("block", [0, 0, 0], "column"),
                ("block", [0, 0, 1], "column"),
                ("element", [0, 1], "list `2`"),
                ("element", [0, 0, 1, 0], "right"),
                ("element", [0, 0, 0, 0], "left"),
            ],
        )
        row, left, right = [b for _, b in app.blocks()]
        self.assertEqual((row["gap"], row["allowEmpty"]), ("medium", False))
        self.assertEqual([left["weight"], right["weight"]], [0.75, 0.25])
        self.assertEqual((left["verticalAlignment"], left["border"], left["allowEmpty"]), ("bottom", True, True))

    def test_int_spec_and_gap_none(self):
        app = self.run_app("import streamlit as st\nst.columns(3, gap=None)\n")
        blocks = [b for _, b in app.blocks()]
        self.assertEqual(blocks[0]["gap"], None)
        self.assertEqual([b["weight"] for b in blocks[1:]], [1 / 3] * 3)

    def test_spec_gap_and_alignment_errors(self):
        app = self.run_app(
            """
            import streamlit as st
            for args, kwargs in (((0,), {}), (([],), {}), (([1, -1],), {}), (("ab",), {}), ((2,), {"gap": "huge"}), ((2,), {"vertical_alignment": "middle"})):
                try:
                    st.columns(*args, **kwargs)
                except st.errors.StreamlitAPIException as e:
                    st.text(str(e))
            """
        )
        texts = [e["body"] for e in app.find("text")]
        self.assertEqual(len(texts), 6)
        for text in texts[:4]:
            self.assertTrue(text.startswith("The `spec` argument to `st.columns` must be either a positive integer"), text)
        self.assertIn('The `gap` argument to `st.columns` must be `"small"`, `"medium"`, `"large"`', texts[4])
        self.assertIn("The argument passed was huge.", texts[4])
        self.assertIn("The `vertical_alignment` argument to `st.columns`", texts[5])
        self.assertEqual(app.blocks(), [])

    def test_one_level_of_nesting_in_main(self):
        app = self.run_app(
            """
            import streamlit as st
            a, b = st.columns(2)
            with a:
                c, d = st.columns(2)
                c.write("nested ok")
                with d:
                    st.columns(2)
            """
        )
        self.assertEqual(
            exception_messages(app), ["Columns can only be placed inside other columns up to one level of nesting."]
        )
        self.assertTrue(app.exceptions()[0]["messageIsMarkdown"])
        # Nothing of the third level was sent; the error box goes after the last main element.
        kinds = [(k, p) for k, p, _ in tree(app)]
        self.assertNotIn(("block", [0, 0, 0, 0, 1, 0]), kinds)
        self.assertEqual(app.elements()[-1][0], [0, 1])

    def test_no_nesting_in_the_sidebar(self):
        app = self.run_app(
            """
            import streamlit as st
            with st.sidebar:
                a, b = st.columns(2)
                a.columns(2)
            """
        )
        self.assertEqual(
            exception_messages(app),
            [
                "Columns cannot be placed inside other columns in the sidebar. "
                "This is only possible in the main area of the app."
            ],
        )
        self.assertEqual([p for _, p, _ in tree(app)][:3], [[1, 0], [1, 0, 0], [1, 0, 1]])

    def test_nesting_counts_columns_through_other_containers(self):
        app = self.run_app(
            """
            import streamlit as st
            a, = st.columns(1)
            inner, = a.container().columns(1)
            with inner.expander("x"):
                st.columns(2)
            """
        )
        self.assertEqual(
            exception_messages(app), ["Columns can only be placed inside other columns up to one level of nesting."]
        )

    def test_placeholder_keeps_its_ancestry(self):
        app = self.run_app(
            """
            import streamlit as st
            a, = st.columns(1)
            b, = a.columns(1)
            slot = b.empty()
            slot.columns(2)
            """
        )
        self.assertEqual(
            exception_messages(app), ["Columns can only be placed inside other columns up to one level of nesting."]
        )


class TabsTest(AppTestCase):
    def test_tabs_are_a_container_of_tab_blocks(self):
        app = self.run_app(
            """
            import streamlit as st
            tab1, tab2 = st.tabs(["Cat", "**Dog**"], default="**Dog**")
            tab2.write("dog")
            with tab1:
                st.write("cat")
            """
        )
        self.assertEqual(
            tree(app),
            [
                ("block", [0, 0], "tabContainer"),
                ("block", [0, 0, 0], "tab"),
                ("block", [0, 0, 1], "tab"),
                ("element", [0, 0, 1, 0], "dog"),
                ("element", [0, 0, 0, 0], "cat"),
            ],
        )
        container, cat, dog = [b for _, b in app.blocks()]
        self.assertEqual((container["defaultIndex"], container["allowEmpty"]), (1, True))
        self.assertEqual((cat["label"], dog["label"], dog["allowEmpty"]), ("Cat", "**Dog**", True))

    def test_tabs_errors(self):
        app = self.run_app(
            """
            import streamlit as st
            for args, kwargs in ((([],), {}), (([1, "a"],), {}), ((["a"],), {"default": "b"})):
                try:
                    st.tabs(*args, **kwargs)
                except st.errors.StreamlitAPIException as e:
                    st.text(str(e))
            """
        )
        texts = [e["body"] for e in app.find("text")]
        self.assertEqual(texts[0], "The input argument to st.tabs must contain at least one tab label.")
        self.assertEqual(texts[1], "The tabs input list to st.tabs is only allowed to contain strings.")
        self.assertIn("must be one of the tab labels", texts[2])


class ExpanderPopoverTest(AppTestCase):
    def test_expander_payload(self):
        app = self.run_app(
            """
            import streamlit as st
            with st.expander("See *more*", expanded=True, icon=":material/info:"):
                st.write("inside")
            st.expander("empty")
            """
        )
        (path, block), (_, empty) = app.blocks()
        self.assertEqual(
            (block["label"], block["expanded"], block["icon"], block["state"], block["allowEmpty"]),
            ("See *more*", True, ":material/info:", None, False),
        )
        self.assertFalse(empty["allowEmpty"])
        self.assertEqual(app.elements()[0][0], path + [0])

    def test_expanders_and_status_do_not_nest(self):
        for inner in ('st.expander("b")', 'st.status("b")'):
            with self.subTest(inner=inner):
                app = self.run_app(
                    f"""
                    import streamlit as st
                    with st.expander("a"):
                        {inner}
                    """
                )
                self.assertEqual(exception_messages(app), ["Expanders may not be nested inside other expanders."])

    def test_popover_payload_and_nesting(self):
        app = self.run_app(
            """
            import streamlit as st
            with st.popover("Settings", help="Tip", icon="⚙️", disabled=True, type="primary", use_container_width=True):
                st.checkbox("Show completed")
                st.popover("inner")
            """
        )
        block = app.blocks()[0][1]
        self.assertEqual(
            (block["label"], block["help"], block["icon"], block["disabled"], block["kind"], block["width"], block["allowEmpty"]),
            ("Settings", "Tip", "⚙️", True, "primary", "stretch", True),
        )
        self.assertEqual(exception_messages(app), ["Popovers may not be nested inside other popovers."])
        self.assertEqual(app.widget("Show completed")["type"], "checkbox")

    def test_popover_and_expander_may_hold_each_other(self):
        app = self.run_app(
            """
            import streamlit as st
            with st.popover("p"):
                with st.expander("e"):
                    st.write("deep")
            """
        )
        self.assertEqual(app.exceptions(), [])
        self.assertEqual(app.elements()[0][0], [0, 0, 0, 0])


class StatusTest(AppTestCase):
    def test_with_block_goes_from_running_to_complete(self):
        app = self.run_app(
            """
            import streamlit as st
            with st.status("Downloading data...", expanded=True) as status:
                st.write("Searching for data...")
            st.write(type(status).__name__)
            """
        )
        deltas = app.deltas()
        first, last = deltas[0], deltas[2]
        self.assertEqual((first["kind"], first["path"]), ("addBlock", [0, 0]))
        self.assertEqual((first["block"]["state"], first["block"]["expanded"], first["block"]["allowEmpty"]), ("running", True, True))
        self.assertEqual(deltas[1]["path"], [0, 0, 0])
        self.assertEqual((last["kind"], last["path"]), ("addBlock", [0, 0]))
        # The end of the block sets complete and leaves the expansion to the page.
        self.assertEqual((last["block"]["state"], last["block"]["expanded"], last["block"]["label"]), ("complete", None, "Downloading data..."))
        self.assertEqual(app.markdown()[-1], "StatusContainer")

    def test_exception_sets_error_and_is_raised(self):
        app = self.run_app(
            """
            import streamlit as st
            with st.status("Working"):
                raise ValueError("boom")
            """
        )
        states = [d["block"]["state"] for d in app.deltas() if d["kind"] == "addBlock"]
        self.assertEqual(states, ["running", "error"])
        self.assertEqual(app.exceptions()[0]["excType"], "ValueError")
        # The exception box goes to the main area, not into the status.
        self.assertEqual(app.elements()[-1][0], [0, 1])

    def test_update_changes_only_what_is_given(self):
        app = self.run_app(
            """
            import streamlit as st
            with st.status("Downloading data...", expanded=True) as status:
                status.update(label="Download complete!", state="complete", expanded=False)
            s = st.status("Object notation")
            s.write("x")
            s.update(label="Renamed")
            """
        )
        blocks = [b for _, b in app.blocks()]
        self.assertEqual(
            [(b["label"], b["state"], b["expanded"]) for b in blocks],
            [
                ("Downloading data...", "running", True),
                ("Download complete!", "complete", False),
                # Already complete: leaving the `with` block sends nothing more.
                ("Object notation", "running", False),
                ("Renamed", "running", None),
            ],
        )

    def test_invalid_state(self):
        app = self.run_app("import streamlit as st\nst.status('x', state='done')\n")
        self.assertIn("Invalid `state` value", exception_messages(app)[0])


class SpaceAndCelebrationTest(AppTestCase):
    def test_space_sizes(self):
        app = self.run_app(
            """
            import streamlit as st
            st.space()
            st.space("large")
            st.space(24)
            st.space("stretch")
            try:
                st.space("huge")
            except st.errors.StreamlitAPIException as e:
                st.text(str(e))
            """
        )
        self.assertEqual([e["size"] for e in app.find("space")], ["small", "large", 24, "stretch"])
        self.assertIn("Invalid size value: 'huge'", app.find_one("text")["body"])

    def test_balloons_and_snow_take_a_slot(self):
        app = self.run_app("import streamlit as st\nst.balloons()\nst.snow()\n")
        self.assertEqual(tree(app), [("element", [0, 0], "balloons"), ("element", [0, 1], "snow")])


class ProgressTest(AppTestCase):
    def test_progress_replaces_in_place(self):
        app = self.run_app(
            """
            import streamlit as st
            bar = st.progress(0, text="Operation in progress")
            st.write("below")
            for v in (10, 0.5, 1.0):
                bar.progress(v, text=f"at {v}")
            bar.empty()
            """
        )
        self.assertEqual(
            tree(app),
            [
                ("element", [0, 0], "progress"),
                ("element", [0, 1], "below"),
                ("element", [0, 0], "progress"),
                ("element", [0, 0], "progress"),
                ("element", [0, 0], "progress"),
                ("element", [0, 0], "empty"),
            ],
        )
        self.assertEqual([(e["value"], e["text"]) for e in app.find("progress")], [(0, "Operation in progress"), (10, "at 10"), (50, "at 0.5"), (100, "at 1.0")])

    def test_progress_validation(self):
        app = self.run_app(
            """
            import streamlit as st
            for value, text in ((101, None), (-1, None), (1.5, None), ("50", None), (50, 3)):
                try:
                    st.progress(value, text=text)
                except st.errors.StreamlitAPIException as e:
                    st.text(str(e))
            st.progress(1.0000000001)
            st.progress(True)
            """
        )
        self.assertEqual(
            [e["body"] for e in app.find("text")],
            [
                "Progress Value has invalid value [0, 100]: 101",
                "Progress Value has invalid value [0, 100]: -1",
                "Progress Value has invalid value [0.0, 1.0]: 1.500000",
                "Progress Value has invalid type: str",
                "Progress Text is of type <class 'int'>, which is not an accepted type."
                "Text only accepts: str. Please convert the text to an accepted type.",
            ],
        )
        self.assertEqual([e["value"] for e in app.find("progress")], [100, 1])


class SpinnerTest(AppTestCase):
    def test_spinner_takes_one_slot_and_empties_it(self):
        app = self.run_app(
            """
            import streamlit as st
            st.write("before")
            with st.spinner("Please wait...", show_time=True):
                st.write("inside")
            st.write("after")
            """
        )
        self.assertEqual(exception_messages(app), [])
        self.assertEqual(
            tree(app),
            [
                ("element", [0, 0], "before"),
                ("element", [0, 1], "spinner"),
                ("element", [0, 2], "inside"),
                ("element", [0, 1], "empty"),
                ("element", [0, 3], "after"),
            ],
        )
        spinner = app.find_one("spinner")
        self.assertEqual((spinner["text"], spinner["showTime"], spinner["delayMs"]), ("Please wait...", True, 500))

    def test_spinner_follows_with_blocks_and_empties_on_error(self):
        app = self.run_app(
            """
            import streamlit as st
            with st.sidebar:
                with st.spinner():
                    raise RuntimeError("x")
            """
        )
        self.assertEqual(tree(app)[:2], [("element", [1, 0], "spinner"), ("element", [1, 0], "empty")])
        self.assertEqual(app.find_one("spinner")["text"], "In progress...")
        self.assertEqual(app.exceptions()[0]["excType"], "RuntimeError")


class ToastTest(AppTestCase):
    def test_toasts_go_to_the_event_root(self):
        app = self.run_app(
            """
            import streamlit as st
            st.write("main")
            st.toast("Butter!", icon="🧈")
            with st.sidebar:
                st.toast("Long", duration="long")
            st.toast("Forever", duration="infinite")
            st.toast("Custom", duration=7)
            """
        )
        toasts = [(p, e["body"], e["icon"], e["duration"]) for p, e in app.elements() if e["type"] == "toast"]
        self.assertEqual(
            toasts,
            [([2, 0], "Butter!", "🧈", 4), ([2, 1], "Long", None, 10), ([2, 2], "Forever", None, None), ([2, 3], "Custom", None, 7)],
        )

    def test_toast_errors(self):
        app = self.run_app(
            """
            import streamlit as st
            for args, kwargs in ((("",), {}), (("x",), {"duration": "forever"}), (("x",), {"duration": 0})):
                try:
                    st.toast(*args, **kwargs)
                except st.errors.StreamlitAPIException as e:
                    st.text(str(e))
            """
        )
        texts = [e["body"] for e in app.find("text")]
        self.assertEqual(texts[0], "Toast body cannot be blank - please provide a message.")
        self.assertEqual(len(texts), 3)


if __name__ == "__main__":
    unittest.main()
