"""st.write_stream: write a generator's chunks as they arrive (typewriter effect).

Consecutive string chunks grow one Markdown element in place: each chunk
re-sends that element at the same path, and the worker posts every delta at
once, so the browser shows the text growing while the script still runs.
``cursor`` is appended while streaming and dropped when the text is complete.
Any other chunk ends the current text and is written with st.write (a
callable chunk is called instead). OpenAI chat-completion chunks
(``.choices[0].delta.content``), OpenAI Responses text deltas and LangChain
message chunks (``.content``) are read as text.

Example::

    text = st.write_stream(word + " " for word in "one two three".split())
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.async_iter import iterate_async
from wasmlit.runtime.write import StreamingOutput, write
from wasmlit.runtime.write_kinds import is_dataframe_like

if TYPE_CHECKING:
    from wasmlit.runtime.delta_generator import DeltaGenerator


def _openai_text(chunk: Any) -> str | None:
    """The text of an OpenAI streaming chunk, "" for chunks without text, else None."""
    choices = getattr(chunk, "choices", None)
    if isinstance(choices, list | tuple) and all(hasattr(c, "delta") for c in choices):
        if not choices or choices[0].delta is None:
            return ""  # e.g. Azure OpenAI's first chunk has no choices
        return getattr(choices[0].delta, "content", None) or ""
    if type(chunk).__module__.startswith("openai.types.responses"):
        # Responses API events: only text deltas carry text.
        is_text = getattr(chunk, "type", None) == "response.output_text.delta"
        return str(getattr(chunk, "delta", "") or "") if is_text else ""
    return None


def _langchain_text(chunk: Any) -> str | None:
    if not type(chunk).__name__.endswith("MessageChunk"):
        return None
    content = getattr(chunk, "content", None)
    return content if isinstance(content, str) else None


def _as_text(chunk: Any) -> Any:
    """LLM chunk objects become their text; anything else is returned unchanged."""
    if isinstance(chunk, str):
        return chunk
    for reader in (_openai_text, _langchain_text):
        text = reader(chunk)
        if text is not None:
            return text
    return chunk


def _chunks(stream: Any) -> Iterator[Any]:
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    if inspect.isasyncgen(stream) or hasattr(stream, "__anext__"):
        return iterate_async(stream)
    if not isinstance(stream, Iterable):
        raise StreamlitAPIException(
            f"The provided input (type: {type(stream)}) cannot be iterated. "
            "Please make sure that it is a generator, generator function or iterable."
        )
    return iter(stream)


def write_stream(dg: DeltaGenerator, stream: Any, *, cursor: str | None = None) -> Any:
    """st.write_stream: stream chunks to the app; returns the text, or a list if mixed."""
    if isinstance(stream, str) or is_dataframe_like(stream):
        raise StreamlitAPIException(
            "`st.write_stream` expects a generator or stream-like object as input "
            f"not {type(stream)}. Please use `st.write` instead for this data type."
        )
    written = StreamingOutput()
    slot: DeltaGenerator | None = None
    text = ""

    def finish_text() -> None:
        nonlocal slot, text
        if slot is not None and text:
            slot.markdown(text)  # the final text, without the cursor
            written.append(text)
        slot, text = None, ""

    for raw in _chunks(stream):
        chunk = _as_text(raw)
        if isinstance(chunk, str):
            if not chunk:
                continue
            if slot is None:
                slot = dg.empty()
            text += chunk
            slot.markdown(text + ("" if cursor is None else str(cursor)))
        elif callable(chunk):
            finish_text()
            chunk()
        else:
            finish_text()
            write(dg, chunk)
            written.append(chunk)
    finish_text()
    if not written:
        return ""
    if len(written) == 1 and isinstance(written[0], str):
        return written[0]
    return written
