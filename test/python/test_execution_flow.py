"""Execution flow: fragments, dialogs, st.rerun scopes, interrupts, write_stream, chat
(behaviour.md §1.3–§1.6, §3.8, §5)."""

from __future__ import annotations

import datetime
import unittest

from streamlit.runtime import interrupt
from streamlit.runtime.fragment import time_to_seconds

from helpers import AppTestCase

FRAGMENT_APP = """
import streamlit as st
st.session_state.outer = st.session_state.get("outer", 0) + 1
st.write(f"outer {st.session_state.outer}")

@st.fragment
def counter():
    st.session_state.inner = st.session_state.get("inner", 0) + 1
    st.button("Inner")
    st.write(f"inner {st.session_state.inner}")

counter()
st.button("Outer")
st.write("end")
"""


def started(app):
    return [m for m in app.last if m["type"] == "scriptStarted"]


class FragmentTest(AppTestCase):
    def fragment_id(self, app):
        ids = {d.get("fragmentId") for d in app.deltas() if d.get("fragmentId")}
        self.assertEqual(len(ids), 1, ids)
        return ids.pop()

    def click_in_fragment(self, app, label, fragment_id):
        states = app.widget_states()
        states[app.widget(label, "button")["id"]] = {"value": True, "trigger": True}
        return app.run(widget_states=states, fragment_id=fragment_id)

    def test_full_run_puts_the_fragment_in_its_own_container(self):
        app = self.run_app(FRAGMENT_APP)
        self.assertEqual(app.markdown(), ["outer 1", "inner 1", "end"])
        self.assertEqual(app.blocks()[0][0], [0, 1])
        fid = self.fragment_id(app)
        inside = [d for d in app.deltas() if d.get("fragmentId") == fid]
        self.assertEqual([d["path"] for d in inside], [[0, 1, 0], [0, 1, 1]])
        # Elements outside the fragment are not tagged.
        self.assertNotIn("fragmentId", app.deltas()[0])

    def test_widget_in_fragment_reruns_only_the_fragment_at_its_position(self):
        app = self.run_app(FRAGMENT_APP)
        fid = self.fragment_id(app)
        self.assertEqual(self.click_in_fragment(app, "Inner", fid), "success")
        [start] = started(app)
        self.assertEqual(start["fragmentId"], fid)
        self.assertEqual(start["scope"], [0, 1])
        self.assertEqual(app.markdown(), ["inner 2"])
        self.assertEqual([d["path"] for d in app.deltas()], [[0, 1], [0, 1, 0], [0, 1, 1]])
        self.assertEqual(app.session.session_state.get_item("outer"), 1)
        # A full run afterwards runs everything again.
        app.run()
        self.assertEqual(app.markdown(), ["outer 2", "inner 3", "end"])

    def test_fragment_rerun_runs_callbacks_first(self):
        app = self.run_app(
            """
            import streamlit as st
            @st.fragment
            def f():
                st.button("Go", on_click=lambda: st.session_state.__setitem__("cb", "called"))
                st.write(st.session_state.get("cb", "not yet"))
            f()
            """
        )
        fid = self.fragment_id(app)
        self.click_in_fragment(app, "Go", fid)
        self.assertEqual(app.markdown(), ["called"])

    def test_fragment_run_cleans_up_only_the_fragments_widgets(self):
        app = self.run_app(
            """
            import streamlit as st
            st.checkbox("outside", key="out")
            @st.fragment
            def f():
                if not st.session_state.get("hide"):
                    st.checkbox("inside", key="inn")
                if st.button("Hide"):
                    st.session_state.hide = True
                    st.rerun(scope="fragment")
            f()
            """
        )
        fid = self.fragment_id(app)
        states = app.widget_states()
        states[app.widget("outside")["id"]] = {"value": True}
        states[app.widget("inside")["id"]] = {"value": True}
        app.run(widget_states=states)
        self.assertTrue(app.session.session_state.get_item("out"))
        self.assertTrue(app.session.session_state.get_item("inn"))
        self.click_in_fragment(app, "Hide", fid)
        # Two fragment runs: the click, then st.rerun(scope="fragment").
        self.assertEqual([s.get("fragmentId") for s in started(app)], [fid, fid])
        state = app.session.session_state
        self.assertTrue(state.contains("out"))
        self.assertFalse(state.contains("inn"))

    def test_run_every_sends_a_timer_for_the_fragment(self):
        app = self.run_app(
            """
            import streamlit as st
            from datetime import timedelta
            @st.fragment(run_every="2s")
            def a():
                st.write("a")
            @st.fragment(run_every=timedelta(milliseconds=500))
            def b():
                st.write("b")
            a(); b()
            """
        )
        timers = [m for m in app.last if m["type"] == "autoRerun"]
        self.assertEqual([t["interval"] for t in timers], [2.0, 0.5])
        self.assertEqual(len({t["fragmentId"] for t in timers}), 2)

    def test_time_to_seconds(self):
        self.assertEqual(time_to_seconds(3), 3.0)
        self.assertEqual(time_to_seconds("2s"), 2.0)
        self.assertEqual(time_to_seconds("1h23s"), 3623.0)
        self.assertEqual(time_to_seconds("1.5 days"), 129600.0)
        self.assertEqual(time_to_seconds("250ms"), 0.25)
        self.assertEqual(time_to_seconds(datetime.timedelta(minutes=1)), 60.0)
        self.assertIsNone(time_to_seconds(None))

    def test_widget_written_to_an_outside_container_is_an_error(self):
        app = self.run_app(
            """
            import streamlit as st
            outside = st.container()
            @st.fragment
            def f():
                outside.write("text is fine")
                outside.button("not fine")
            f()
            """
        )
        [error] = app.exceptions()
        self.assertEqual(error["message"], "Fragments cannot write widgets to outside containers.")
        self.assertIn("text is fine", app.markdown())

    def test_st_sidebar_in_a_fragment_is_an_error_but_with_sidebar_works(self):
        app = self.run_app(
            """
            import streamlit as st
            @st.fragment
            def f():
                st.sidebar.write("no")
            f()
            @st.fragment
            def g():
                st.button("in sidebar")
            with st.sidebar:
                g()
            """
        )
        [error] = app.exceptions()
        self.assertIn("Calling `st.sidebar` in a function wrapped with `st.fragment` is not supported.", error["message"])
        [(path, _)] = [(p, e) for p, e in app.elements() if e["type"] == "button"]
        self.assertEqual(path[0], 1)

    def test_exception_in_a_fragment_is_shown_inside_it_and_the_app_continues(self):
        app = self.run_app(
            """
            import streamlit as st
            @st.fragment
            def f():
                st.write("before")
                raise ValueError("in fragment")
            f()
            st.write("after the fragment")
            """
        )
        [(path, error)] = [(p, e) for p, e in app.elements() if e["type"] == "exception"]
        self.assertEqual(path, [0, 0, 1])
        self.assertEqual(error["message"], "in fragment")
        self.assertIn("after the fragment", app.markdown())

    def test_st_rerun_in_a_fragment_reruns_the_app(self):
        app = self.run_app(
            """
            import streamlit as st
            st.session_state.outer = st.session_state.get("outer", 0) + 1
            st.write(f"outer {st.session_state.outer}")
            @st.fragment
            def f():
                if st.button("Full"):
                    st.rerun()
            f()
            """
        )
        fid = self.fragment_id(app)
        self.click_in_fragment(app, "Full", fid)
        self.assertEqual([s.get("fragmentId") for s in started(app)], [fid, None])
        self.assertEqual(app.markdown(), ["outer 2"])

    def test_fragment_scope_outside_a_fragment_rerun_is_an_error(self):
        message = 'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.'
        app = self.run_app("import streamlit as st\nst.rerun(scope='fragment')\n")
        self.assertEqual(app.exceptions()[0]["message"], message)
        app = self.run_app(
            """
            import streamlit as st
            @st.fragment
            def f():
                st.rerun(scope="fragment")
            f()
            """
        )
        self.assertEqual(app.exceptions()[0]["message"], message)
        app = self.run_app("import streamlit as st\nst.rerun(scope='page')\n")
        self.assertIn("is not a valid rerun scope", app.exceptions()[0]["message"])

    def test_a_timer_of_a_fragment_that_is_gone_is_skipped(self):
        app = self.run_app(FRAGMENT_APP)
        fid = self.fragment_id(app)
        app.run("import streamlit as st\nst.write('no fragment now')\n")
        self.assertEqual(app.run(fragment_id=fid, is_auto_rerun=True), "success")
        self.assertEqual(app.last, [])
        # A user request for a fragment that is gone runs the whole app.
        app.run(fragment_id=fid)
        self.assertEqual(app.markdown(), ["no fragment now"])
        self.assertNotIn("fragmentId", started(app)[0])

    def test_same_fragment_called_twice_gets_two_ids(self):
        app = self.run_app(
            """
            import streamlit as st
            @st.fragment
            def f(n):
                st.write(f"call {n}")
            f(1); f(2)
            """
        )
        ids = [d["fragmentId"] for d in app.deltas() if d.get("fragmentId")]
        self.assertEqual(len(set(ids)), 2)
        app.run(fragment_id=ids[1])
        self.assertEqual(app.markdown(), ["call 2"])
        self.assertEqual(started(app)[0]["scope"], [0, 1])

    def test_fragment_returns_the_functions_value(self):
        app = self.run_app(
            """
            import streamlit as st
            @st.fragment
            def f():
                return 42
            st.write(f())
            """
        )
        self.assertEqual(app.markdown(), ["`42`"])

    def test_experimental_alias(self):
        import streamlit as st

        self.assertIs(st.experimental_fragment, st.fragment)


DIALOG_APP = """
import streamlit as st

@st.dialog("Edit name")
def edit():
    name = st.checkbox("Shout", key="shout")
    st.session_state.dialog_runs = st.session_state.get("dialog_runs", 0) + 1
    st.write(f"dialog run {st.session_state.dialog_runs} shout {name}")
    if st.button("Save"):
        st.session_state.saved = True
        st.rerun()

if st.button("Open"):
    edit()
st.write(f"saved {st.session_state.get('saved', False)}")
"""


class DialogTest(AppTestCase):
    def test_opens_in_the_event_root_with_its_body_as_a_fragment(self):
        app = self.run_app(DIALOG_APP)
        self.assertEqual([p for p, _ in app.blocks()], [])
        app.click("Open")
        blocks = app.blocks()
        self.assertEqual(blocks[0], ([2, 0], {"type": "dialog", "allowEmpty": False, "title": "Edit name", "width": "small", "dismissible": True, "icon": None, "dismissId": None}))
        self.assertEqual(blocks[1][0], [2, 0, 0])
        shout = [p for p, e in app.elements() if e.get("label") == "Shout"]
        self.assertEqual(shout, [[2, 0, 0, 0]])

    def test_widgets_rerun_only_the_dialog_which_keeps_its_state(self):
        app = self.run_app(DIALOG_APP)
        app.click("Open")
        fid = next(d["fragmentId"] for d in app.deltas() if d.get("fragmentId"))
        states = app.widget_states()
        states[app.widget("Shout")["id"]] = {"value": True}
        app.run(widget_states=states, fragment_id=fid)
        [start] = started(app)
        self.assertEqual(start["scope"], [2, 0, 0])
        self.assertEqual(app.markdown(), ["dialog run 2 shout True"])
        # Saving reruns the whole app, which no longer calls the dialog: it closes.
        states = app.widget_states()
        states[app.widget("Save")["id"]] = {"value": True, "trigger": True}
        app.run(widget_states=states, fragment_id=fid)
        self.assertEqual([s.get("fragmentId") for s in started(app)], [fid, None])
        self.assertEqual([d for d in app.deltas() if d["path"][0] == 2], [])
        self.assertEqual(app.markdown(), ["saved True"])

    def test_only_one_dialog_per_run(self):
        app = self.run_app(
            """
            import streamlit as st
            @st.dialog("A")
            def a():
                st.write("a")
            a()
            a()
            """
        )
        self.assertEqual(
            app.exceptions()[0]["message"],
            "Only one dialog is allowed to be opened at the same time. Please make sure to not call a "
            "dialog-decorated function more than once in a script run.",
        )

    def test_empty_title_is_an_error_when_decorating(self):
        message = 'A non-empty `title` argument has to be provided for dialogs, for example `@st.dialog("Example Title")`.'
        for source in ('@st.dialog("")\ndef d():\n    pass\n', "@st.dialog\ndef d():\n    pass\n"):
            app = self.run_app("import streamlit as st\n" + source)
            self.assertEqual(app.exceptions()[0]["message"], message)

    def test_on_dismiss_callable_registers_a_trigger_that_runs_the_callback(self):
        app = self.run_app(
            """
            import streamlit as st
            def dismissed():
                st.session_state.dismissed = True
            @st.dialog("D", width="large", dismissible=True, on_dismiss=dismissed)
            def d():
                st.write("body")
            if not st.session_state.get("dismissed"):
                d()
            st.write(f"dismissed {st.session_state.get('dismissed', False)}")
            """
        )
        [(path, block)] = [(p, b) for p, b in app.blocks() if b["type"] == "dialog"]
        self.assertEqual(block["width"], "large")
        self.assertTrue(block["dismissId"])
        app.run(widget_states={block["dismissId"]: {"value": True, "trigger": True}})
        self.assertEqual(app.markdown(), ["dismissed True"])

    def test_bad_on_dismiss(self):
        app = self.run_app('import streamlit as st\n@st.dialog("x", on_dismiss="close")\ndef d():\n    pass\n')
        self.assertIn("only 'ignore', 'rerun', or a callable is supported", app.exceptions()[0]["message"])


class InterruptTest(AppTestCase):
    def install(self, app, flags):
        """The page's flag, read through a function as the worker's JS function does."""
        interrupt.install(app.session, lambda: flags[0])

    def test_newer_request_ends_the_run_at_the_next_st_call(self):
        app = self.run_with_flag("import streamlit as st\nst.write('one')\nflag()\nst.write('two')\n", interrupt.RERUN)
        self.assertEqual(app.outcome, "rerun")
        # One run only: the page starts the next one itself, with its newest request.
        self.assertEqual(len(started(app)), 1)
        self.assertEqual(app.markdown(), ["one"])
        self.assertEqual(app.finished_outcome(), "rerun")

    def run_with_flag(self, source, flag_after):
        """Run `source` with the flag raised by a `flag()` call in the script."""
        import builtins

        app = self.app(source)
        flags = [0]
        self.install(app, flags)
        builtins.flag = lambda value=flag_after: flags.__setitem__(0, value)
        try:
            app.run()
        finally:
            del builtins.flag
        return app

    def test_stop_from_the_page(self):
        app = self.run_with_flag("import streamlit as st\nst.write('a')\nflag()\nst.write('b')\n", interrupt.STOP)
        self.assertEqual(app.outcome, "stopped")
        self.assertEqual(app.markdown(), ["a"])
        self.assertEqual(app.exceptions(), [])

    def test_checked_on_session_state_access_and_widget_registration(self):
        app = self.run_with_flag(
            "import streamlit as st\nflag()\nx = st.session_state.get('x')\nimport sys\nsys.modules['builtins'].reached = True\n",
            interrupt.RERUN,
        )
        self.assertEqual(app.outcome, "rerun")
        import builtins

        self.assertFalse(hasattr(builtins, "reached"))

    def test_checked_after_the_body(self):
        app = self.run_with_flag("import streamlit as st\nst.write('a')\nflag()\n", interrupt.RERUN)
        self.assertEqual(app.outcome, "rerun")

    def test_raised_once_per_run_and_not_swallowed_by_except_exception(self):
        app = self.run_with_flag(
            """
import streamlit as st
flag()
try:
    st.write("x")
except Exception:
    st.write("swallowed")
""",
            interrupt.RERUN,
        )
        self.assertEqual(app.outcome, "rerun")
        self.assertEqual(app.markdown(), [])

    def test_keyboard_interrupt_is_a_stop_not_an_error(self):
        app = self.run_app("import streamlit as st\nst.write('a')\nraise KeyboardInterrupt\n")
        self.assertEqual(app.outcome, "stopped")
        self.assertEqual(app.exceptions(), [])


class WriteStreamTest(AppTestCase):
    def stream_deltas(self, app):
        return [(p, e) for p, e in app.elements() if e["type"] == "writeStream"]

    def test_text_chunks_grow_one_element_and_the_joined_text_is_returned(self):
        app = self.run_app(
            """
            import streamlit as st
            def gen():
                yield "Hello"
                yield ""
                yield ", world"
            result = st.write_stream(gen)
            st.write(repr(result))
            """
        )
        updates = self.stream_deltas(app)
        self.assertEqual({tuple(p) for p, _ in updates}, {(0, 0)})
        self.assertEqual([e["body"] for _, e in updates], ["Hello", "Hello, world", "Hello, world"])
        self.assertEqual([e["done"] for _, e in updates], [False, False, True])
        self.assertEqual(app.markdown(), ["'Hello, world'"])

    def test_other_chunks_go_through_st_write_and_a_list_is_returned(self):
        app = self.run_app(
            """
            import streamlit as st
            result = st.write_stream(["a", "b", {"k": 1}, "c"])
            st.session_state.result = result
            """
        )
        self.assertEqual(app.session.session_state.get_item("result"), ["ab", {"k": 1}, "c"])
        kinds = [(p, e["type"]) for p, e in app.elements()]
        self.assertEqual(kinds, [([0, 0], "writeStream"), ([0, 0], "writeStream"), ([0, 0], "writeStream"), ([0, 1], "json"), ([0, 2], "writeStream"), ([0, 2], "writeStream")])

    def test_async_generators(self):
        app = self.run_app(
            """
            import asyncio
            import streamlit as st
            async def agen():
                for word in ["one ", "two"]:
                    await asyncio.sleep(0.01)
                    yield word
            st.write(st.write_stream(agen()) == "one two")
            """
        )
        self.assertEqual(app.markdown(), ["`True`"])

    def test_openai_style_chunks(self):
        app = self.run_app(
            """
            import streamlit as st
            from types import SimpleNamespace as NS
            class ChatCompletionChunk(NS):
                pass
            def chunk(text):
                return ChatCompletionChunk(choices=[NS(delta=NS(content=text))])
            st.session_state.r = st.write_stream([chunk("Hi"), chunk(None), ChatCompletionChunk(choices=[]), chunk(" there")])
            """
        )
        self.assertEqual(app.session.session_state.get_item("r"), "Hi there")

    def test_st_write_streams_generators(self):
        app = self.run_app("import streamlit as st\nst.write((w for w in ['x', 'y']))\n")
        self.assertEqual(self.stream_deltas(app)[-1][1]["body"], "xy")

    def test_empty_stream_and_bad_input(self):
        app = self.run_app("import streamlit as st\nst.write(repr(st.write_stream([])))\nst.write_stream(5)\n")
        self.assertIn("''", app.markdown())
        self.assertIn("cannot be iterated", app.exceptions()[0]["message"])

    def test_inside_a_chat_message(self):
        app = self.run_app(
            """
            import streamlit as st
            with st.chat_message("assistant"):
                st.write_stream(iter(["a", "b"]))
            """
        )
        self.assertEqual(self.stream_deltas(app)[-1][0], [0, 0, 0])


CHAT_APP = """
import streamlit as st
if "messages" not in st.session_state:
    st.session_state.messages = []
for m in st.session_state.messages:
    with st.chat_message(m["role"]):
        st.write(m["content"])
if prompt := st.chat_input("Say something"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    st.session_state.messages.append({"role": "assistant", "content": f"Echo: {prompt}"})
    with st.chat_message("user"):
        st.write(prompt)
    with st.chat_message("assistant"):
        st.write(f"Echo: {prompt}")
st.write(f"value {prompt!r}")
"""


class ChatTest(AppTestCase):
    def send(self, app, text, **extra):
        chat = app.find_one("chatInput")
        states = app.widget_states()
        states[chat["id"]] = {"value": text, "trigger": True}
        return app.run(widget_states=states, **extra)

    def test_chat_input_at_top_level_is_pinned_to_the_bottom(self):
        app = self.run_app(CHAT_APP)
        [(path, chat)] = [(p, e) for p, e in app.elements() if e["type"] == "chatInput"]
        self.assertEqual(path, [3, 0])
        self.assertEqual(chat["position"], "bottom")
        self.assertEqual(chat["placeholder"], "Say something")
        self.assertEqual(chat["acceptFile"], "none")
        self.assertNotIn("value", chat)

    def test_chat_input_inside_a_container_is_inline(self):
        app = self.run_app("import streamlit as st\nwith st.container():\n    st.chat_input()\nst.sidebar.chat_input(key='s')\n")
        chats = [(p, e) for p, e in app.elements() if e["type"] == "chatInput"]
        self.assertEqual([(p, e["position"]) for p, e in chats], [([0, 0, 0], "inline"), ([1, 0], "inline")])
        self.assertEqual(chats[0][1]["placeholder"], "Your message")

    def test_value_holds_for_exactly_the_run_the_send_caused(self):
        app = self.run_app(CHAT_APP)
        self.assertEqual(app.markdown(), ["value None"])
        self.send(app, "hi")
        self.assertEqual(app.markdown(), ["hi", "Echo: hi", "value 'hi'"])
        app.run(widget_states=app.widget_states())
        self.assertEqual(app.markdown(), ["hi", "Echo: hi", "value None"])
        self.send(app, "again")
        self.assertEqual(len(app.find("chatInput")), 1)
        self.assertEqual(len([b for _, b in app.blocks() if b["type"] == "chatMessage"]), 4)

    def test_chat_message_presets_and_avatars(self):
        app = self.run_app(
            """
            import streamlit as st
            st.chat_message("user")
            st.chat_message("human")
            st.chat_message("assistant")
            st.chat_message("ai")
            st.chat_message("Bob")
            st.chat_message("x", avatar="🦖")
            st.chat_message("y", avatar="https://example.com/a.png")
            st.chat_message("z", avatar=b"\\x89PNG\\r\\n\\x1a\\nrest")
            st.chat_message("w", avatar=":material/thumb_up:", width="content")
            st.chat_message("v", avatar="Q")
            st.chat_message("u", avatar="img/bot.png")
            """
        )
        blocks = [b for _, b in app.blocks()]
        self.assertEqual(
            [(b["name"], b["avatarType"], b["avatar"]) for b in blocks[:7]],
            [
                ("user", "icon", "user"),
                ("human", "icon", "user"),
                ("assistant", "icon", "assistant"),
                ("ai", "icon", "assistant"),
                ("Bob", "icon", ""),
                ("x", "emoji", "🦖"),
                ("y", "image", "https://example.com/a.png"),
            ],
        )
        self.assertEqual(blocks[7]["avatarType"], "image")
        self.assertTrue(blocks[7]["avatar"].startswith("data:image/"))
        self.assertEqual((blocks[8]["avatarType"], blocks[8]["avatar"], blocks[8]["width"]), ("icon", ":material/thumb_up:", "content"))
        self.assertEqual((blocks[9]["avatarType"], blocks[9]["avatar"]), ("emoji", "Q"))
        # A path that is not a file of the app is a URL relative to the page.
        self.assertEqual((blocks[10]["avatarType"], blocks[10]["avatar"]), ("image", "img/bot.png"))

    def test_chat_messages_cannot_nest(self):
        app = self.run_app('import streamlit as st\nwith st.chat_message("user"):\n    st.chat_message("ai")\n')
        self.assertEqual(app.exceptions()[0]["message"], "Chat messages cannot nested inside other chat messages.")

    def test_files_arrive_as_uploaded_files(self):
        app = self.run_app(
            """
            import streamlit as st
            value = st.chat_input("Ask", accept_file="multiple", file_type=["txt", "csv"])
            if value:
                f = value.files[0]
                st.write(f"{value.text}|{value['text']}|{f.name}|{f.type}|{f.size}|{f.read().decode()}|{list(value)}")
            """
        )
        chat = app.find_one("chatInput")
        self.assertEqual((chat["acceptFile"], chat["fileType"]), ("multiple", [".txt", ".csv"]))
        states = {chat["id"]: {"value": {"text": "see", "files": [{"name": "a.txt", "type": "text/plain", "size": 2, "data": b"hi"}]}, "trigger": True}}
        app.run(widget_states=states)
        self.assertEqual(app.markdown(), ["see|see|a.txt|text/plain|2|hi|['text', 'files']"])

    def test_file_of_a_type_not_allowed_is_refused(self):
        app = self.run_app('import streamlit as st\nst.chat_input(accept_file=True, file_type="png")\n')
        chat = app.find_one("chatInput")
        app.run(widget_states={chat["id"]: {"value": {"text": "", "files": [{"name": "x.exe", "type": "", "data": b""}]}, "trigger": True}})
        self.assertIn("Invalid file extension", app.exceptions()[0]["message"])

    def test_on_submit_callback_with_args(self):
        app = self.run_app(
            """
            import streamlit as st
            def sent(tag):
                st.session_state.log = f"{tag}:{st.session_state.box}"
            st.chat_input(key="box", on_submit=sent, args=("cb",))
            st.write(st.session_state.get("log", "-"))
            """
        )
        self.send(app, "yo")
        self.assertEqual(app.markdown(), ["cb:yo"])

    def test_misuse(self):
        app = self.run_app('import streamlit as st\nwith st.form("f"):\n    st.chat_input()\n')
        self.assertEqual(app.exceptions()[0]["message"], "`st.chat_input()` can't be used in a `st.form()`.")
        app = self.run_app('import streamlit as st\nst.session_state.c = "x"\nst.chat_input(key="c")\n')
        self.assertEqual(app.exceptions()[0]["message"], "Values for the widget with `key` 'c' cannot be set using `st.session_state`.")
        app = self.run_app('import streamlit as st\nst.chat_input(accept_file="maybe")\n')
        self.assertEqual(app.exceptions()[0]["message"], "The `accept_file` parameter must be a boolean or 'multiple' or 'directory'.")


if __name__ == "__main__":
    unittest.main()
