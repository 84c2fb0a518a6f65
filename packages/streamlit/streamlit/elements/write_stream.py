"""st.write_stream: write chunks of a generator or stream as they arrive.

String chunks grow one text element in place; the page types the new text out
(components/elements/write-stream). Other chunks go through st.write. Returns the full
text, or the list of everything written when it was not only text.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from typing import Any, Iterator

from streamlit.errors import StreamlitAPIException


def _type_name(obj: Any) -> str:
    t = type(obj)
    return f"{t.__module__}.{t.__qualname__}"


def _is_openai_chunk(chunk: Any) -> bool:
    return type(chunk).__name__ == "ChatCompletionChunk" or _type_name(chunk).startswith("openai.types.chat")


def _is_langchain_chunk(chunk: Any) -> bool:
    return type(chunk).__name__ in ("AIMessageChunk", "AIMessage") and hasattr(chunk, "content")


class _SleepingSelector:
    """The selector of a loop that only waits for timers: it sleeps until the next one."""

    def select(self, timeout: float | None = None) -> list[Any]:
        if timeout is None:
            raise StreamlitAPIException(
                "The async stream given to `st.write_stream` waits for something that never completes."
            )
        if timeout > 0:
            time.sleep(timeout)
        return []


class _SyncLoop(asyncio.BaseEventLoop):
    """A private event loop that runs an async generator to completion synchronously.

    The script runs synchronously; under Pyodide the browser's loop cannot be waited on
    from there, so awaited timers (asyncio.sleep) are served by sleeping.
    """

    def __init__(self) -> None:
        super().__init__()
        self._selector = _SleepingSelector()

    def _process_events(self, event_list: list[Any]) -> None:
        pass

    def _write_to_self(self) -> None:
        pass


def _async_to_sync(agen: Any) -> Iterator[Any]:
    loop = _SyncLoop()
    running = asyncio.events._get_running_loop()
    try:
        while True:
            # Pyodide's own loop counts as running while Python is called from JS.
            asyncio.events._set_running_loop(None)
            try:
                item = loop.run_until_complete(agen.__anext__())
            except StopAsyncIteration:
                return
            finally:
                asyncio.events._set_running_loop(running)
            yield item
    finally:
        asyncio.events._set_running_loop(None)
        try:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
        finally:
            asyncio.events._set_running_loop(running)


def _as_iterator(stream: Any) -> Iterator[Any]:
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    elif callable(stream) and not hasattr(stream, "__iter__") and not hasattr(stream, "__aiter__"):
        stream = stream()
    if inspect.isasyncgen(stream) or (hasattr(stream, "__aiter__") and not hasattr(stream, "__iter__")):
        if not inspect.isasyncgen(stream):
            source = stream

            async def agen() -> Any:
                async for item in source:
                    yield item

            stream = agen()
        return _async_to_sync(stream)
    if isinstance(stream, (str, bytes)) or stream is None:
        raise StreamlitAPIException(
            f"The provided input (type: {type(stream)}) cannot be iterated. "
            "Please make sure that it is a generator, generator function or iterable."
        )
    try:
        return iter(stream)
    except TypeError as exc:
        raise StreamlitAPIException(
            f"The provided input (type: {type(stream)}) cannot be iterated. "
            "Please make sure that it is a generator, generator function or iterable."
        ) from exc


def _text_of(chunk: Any) -> Any:
    """OpenAI and LangChain chunks as the text they carry; other chunks unchanged."""
    if _is_openai_chunk(chunk):
        try:
            if len(chunk.choices) == 0 or chunk.choices[0].delta is None:
                return ""
            return chunk.choices[0].delta.content or ""
        except AttributeError as err:
            raise StreamlitAPIException(
                "Failed to parse the OpenAI ChatCompletionChunk. The provided chunk is not a valid ChatCompletionChunk."
            ) from err
    if _is_langchain_chunk(chunk):
        try:
            return chunk.content or ""
        except AttributeError as err:
            raise StreamlitAPIException(
                "Failed to parse the LangChain AIMessageChunk. The provided chunk is not a valid AIMessageChunk."
            ) from err
    return chunk


class WriteStreamMixin:
    def write_stream(self, stream: Any, *, cursor: str | None = None) -> Any:
        """Stream a generator, iterable, or stream-like sequence to the app.

        Returns the full response: a string when only text was streamed, else a list of
        every streamed object (text runs joined), fit to pass to st.write.
        """
        slot: Any = None  # generator pinned to the text element being streamed
        text = ""
        written: list[Any] = []

        def send(done: bool) -> None:
            nonlocal slot
            payload = {"type": "writeStream", "body": text, "done": done, "cursor": cursor}
            slot = (slot or self)._enqueue(payload)

        def end_text() -> None:
            nonlocal slot, text
            if text:
                send(True)
                written.append(text)
            slot, text = None, ""

        for chunk in _as_iterator(stream):
            chunk = _text_of(chunk)
            if isinstance(chunk, str):
                if chunk:
                    text += chunk
                    send(False)
            elif callable(chunk):
                end_text()
                chunk()
            else:
                end_text()
                self.write(chunk)  # type: ignore[attr-defined]
                written.append(chunk)
        end_text()

        if not written:
            # Nothing streamed: an empty text element, as Streamlit shows.
            self._enqueue({"type": "writeStream", "body": "", "done": True, "cursor": None})  # type: ignore[attr-defined]
            return ""
        if len(written) == 1 and isinstance(written[0], str):
            return written[0]
        return written
