"""st.write_stream: sync and async generators, LLM chunk objects, return values."""

from __future__ import annotations

import json

STREAM_TYPES = '''
import streamlit as st

class Delta:
    def __init__(self, content):
        self.content = content

class Choice:
    def __init__(self, content):
        self.delta = None if content is None else Delta(content)

class ChatCompletionChunk:
    """Shaped like openai's: .choices[0].delta.content."""
    def __init__(self, content, empty=False):
        self.choices = [] if empty else [Choice(content)]

class AIMessageChunk:
    """Shaped like LangChain's: .content."""
    def __init__(self, content):
        self.content = content
'''


def test_sync_generator_grows_one_markdown_and_returns_the_text(session_for):
    source = """
    import streamlit as st
    def words():
        for w in ["Hello ", "", "streaming ", "world"]:
            yield w
    result = st.write_stream(words)
    st.text(repr(result))
    """
    session, rec = session_for(source)
    session.rerun()
    bodies = [d["node"]["props"].get("body") for d in rec.deltas() if d["path"] == [0, 0]]
    # The same slot is rewritten as each chunk arrives (st.markdown trims the
    # body's edges); the empty chunk is skipped.
    assert bodies == [
        None,
        "Hello",
        "Hello streaming",
        "Hello streaming world",
        "Hello streaming world",
    ]
    texts = [d["node"]["props"]["body"] for d in rec.deltas() if d["node"]["type"] == "text"]
    assert texts == ["'Hello streaming world'"]


def test_cursor_shows_while_streaming_and_is_removed_at_the_end(session_for):
    source = """
    import streamlit as st
    st.write_stream(iter(["a", "b"]), cursor="▌")
    """
    session, rec = session_for(source)
    session.rerun()
    bodies = [d["node"]["props"].get("body") for d in rec.deltas()]
    assert bodies == [None, "a▌", "ab▌", "ab"]


def test_async_generator_is_driven_without_a_running_loop(make_app):
    at = make_app(
        """
        import asyncio
        import streamlit as st
        async def tokens():
            for t in ["as", "ync"]:
                await asyncio.sleep(0.001)
                yield t
        st.text(repr(st.write_stream(tokens())))
        st.text(repr(st.write_stream(tokens)))
        """
    ).run()
    assert not at.exception
    assert at.markdown.values == ["async", "async"]
    assert at.text.values == ["'async'", "'async'"]


def test_openai_and_langchain_chunks_are_read_as_text(make_app):
    at = make_app(
        STREAM_TYPES
        + """
chunks = [
    ChatCompletionChunk(None, empty=True),
    ChatCompletionChunk("Hi"),
    ChatCompletionChunk(None),
    AIMessageChunk(" there"),
]
st.text(repr(st.write_stream(chunks)))
"""
    ).run()
    assert at.markdown.values == ["Hi there"]
    assert at.text.values == ["'Hi there'"]


def test_mixed_chunks_return_a_list_that_st_write_can_replay(make_app):
    at = make_app(
        """
        import streamlit as st
        calls = []
        def mixed():
            yield "before "
            yield {"k": 1}
            yield lambda: calls.append("called")
            yield "after"
        out = st.write_stream(mixed)
        st.text(repr((list(out), calls)))
        st.write(out)
        """
    ).run()
    assert at.markdown.values == ["before", "after", "before", "after"]
    assert [json.loads(j.value) for j in at.json] == [{"k": 1}, {"k": 1}]
    assert at.text.values == ["(['before ', {'k': 1}, 'after'], ['called'])"]


def test_empty_stream_returns_empty_string_and_bad_input_is_rejected(make_app):
    at = make_app(
        """
        import streamlit as st
        st.text(repr(st.write_stream(iter([]))))
        try:
            st.write_stream("a string")
        except st.errors.StreamlitAPIException as e:
            st.text(str(e))
        st.write_stream(5)
        """
    ).run()
    assert at.text.values[0] == "''"
    assert at.text.values[1].startswith("`st.write_stream` expects a generator or stream-like")
    assert "cannot be iterated" in at.exception[0].value
