"""st.pyplot through AppTest: the figure becomes a PNG image element (real Matplotlib, Agg)."""

from __future__ import annotations

import io
import struct

PRELUDE = """
import matplotlib
matplotlib.use("agg")
import matplotlib.pyplot as plt
import streamlit as st
"""


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return struct.unpack(">II", data[16:24])


def run(make_app, body: str):
    return make_app(PRELUDE + body).run()


def test_figure_is_a_200_dpi_png_image_stretched_by_default(make_app):
    at = run(
        make_app,
        """
fig, ax = plt.subplots(figsize=(4, 3))
ax.plot([1, 2, 3], [3, 1, 2])
st.pyplot(fig, bbox_inches=None)
""",
    )
    assert not at.exception
    (img,) = at.image
    item = img.images[0]
    assert item.mime_type == "image/png" and item.url is None
    assert png_size(item.data) == (800, 600)  # 4x3 inches at 200 dpi
    assert img.width == "stretch" and item.caption is None


def test_tight_bbox_by_default_and_savefig_kwargs_override(make_app):
    at = run(
        make_app,
        """
fig, ax = plt.subplots(figsize=(4, 3))
ax.plot([1, 2])
st.pyplot(fig)
st.pyplot(fig, dpi=50, bbox_inches=None)
st.pyplot(fig, format="svg")
""",
    )
    tight, small, svg = (i.images[0] for i in at.image)
    width, height = png_size(tight.data)
    assert width < 800 and height < 600  # the white margin is cropped
    assert png_size(small.data) == (200, 150)
    assert svg.mime_type == "image/svg+xml" and b"<svg" in svg.data


def test_width_modes_and_alt(make_app):
    at = run(
        make_app,
        """
fig, ax = plt.subplots()
st.pyplot(fig, width="content", alt="A line")
st.pyplot(fig, width=300)
st.pyplot(fig, use_container_width=False)
st.pyplot(fig, use_container_width=True, width="content")
""",
    )
    assert [i.width for i in at.image] == ["content", 300, "content", "stretch"]
    assert at.image[0].images[0].alt == "A line"


def test_invalid_width_raises(make_app):
    at = run(make_app, "fig, ax = plt.subplots()\nst.pyplot(fig, width=0)")
    assert at.exception[0].type_name == "StreamlitInvalidWidthError"


def test_explicit_figure_is_kept_unless_clear_figure(make_app):
    at = run(
        make_app,
        """
fig, ax = plt.subplots()
ax.plot([1, 2])
st.pyplot(fig)
st.text(len(fig.axes))
st.pyplot(fig, clear_figure=True)
st.text(len(fig.axes))
""",
    )
    assert at.text.values == ["1", "0"]


def test_global_figure_is_drawn_then_cleared(make_app):
    at = run(
        make_app,
        """
plt.figure(figsize=(2, 1))
plt.plot([1, 2, 3])
st.pyplot(bbox_inches=None)
st.text(len(plt.gcf().axes))
plt.plot([1, 2])
st.pyplot(clear_figure=False)
st.text(len(plt.gcf().axes))
""",
    )
    assert png_size(at.image[0].images[0].data) == (400, 200)
    assert at.text.values == ["0", "1"]


def test_not_a_figure_raises_a_clear_error(make_app):
    at = run(make_app, "st.pyplot(42)")
    assert at.exception[0].type_name == "StreamlitAPIException"
    assert "Matplotlib Figure" in at.exception[0].value


def test_st_write_routes_a_figure_to_pyplot(make_app):
    at = run(
        make_app,
        """
fig, ax = plt.subplots(figsize=(2, 2))
ax.bar(["a", "b"], [1, 2])
st.write(fig)
""",
    )
    (img,) = at.image
    assert img.width == "stretch" and img.images[0].mime_type == "image/png"


def test_render_figure_matches_matplotlib_savefig():
    import matplotlib

    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from wasmlit.elements.pyplot import render_figure

    fig, ax = plt.subplots(figsize=(1, 1))
    data, mime = render_figure(fig, bbox_inches=None)
    expected = io.BytesIO()
    fig.savefig(expected, format="png", dpi=200)
    plt.close(fig)
    assert mime == "image/png" and png_size(data) == png_size(expected.getvalue()) == (200, 200)
