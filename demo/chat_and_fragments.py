"""Chat, streaming, fragments and dialogs: try Stop (top right) while a long reply streams."""

import time

import streamlit as st

st.title("Chat, fragments and dialogs")

# -- a chat that streams its answers ------------------------------------------------

if "messages" not in st.session_state:
    st.session_state.messages = [{"role": "assistant", "content": "Ask me anything: I echo it back, word by word."}]

for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])


def reply(prompt: str):
    for word in f"You said: **{prompt}**. That is {len(prompt.split())} word(s).".split(" "):
        yield word + " "
        time.sleep(0.08)


if prompt := st.chat_input("Say something"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    with st.chat_message("assistant"):
        answer = st.write_stream(reply(prompt))
    st.session_state.messages.append({"role": "assistant", "content": answer})

# -- a fragment reruns on its own -----------------------------------------------------

st.header("A fragment", divider=True)
st.session_state.app_runs = st.session_state.get("app_runs", 0) + 1
st.write(f"The whole app ran {st.session_state.app_runs} time(s).")


@st.fragment(run_every="1s")
def clock():
    st.session_state.ticks = st.session_state.get("ticks", 0) + 1
    st.button("Rerun only this fragment")
    st.write(f"This fragment ran {st.session_state.ticks} time(s): {time.strftime('%H:%M:%S')}")


clock()

# -- a dialog -------------------------------------------------------------------------

st.header("A dialog", divider=True)


@st.dialog("Rename")
def rename():
    name = st.text_input("New name", st.session_state.get("name", "Brooklet"))
    if st.button("Save", type="primary"):
        st.session_state.name = name
        st.rerun()


st.write(f"Name: **{st.session_state.get('name', 'Brooklet')}**")
if st.button("Rename…"):
    rename()

# -- a long run to stop -----------------------------------------------------------------

st.header("A long run", divider=True)
if st.button("Count for a minute"):
    counter = st.empty()
    for i in range(600):
        counter.write(f"Counting: {i / 10:.1f} s — press Stop, or any other button")
        time.sleep(0.1)
