"""st.pdf (bytes, files, URLs, height, key) and st.logo (a page-level message)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def png(size: tuple[int, int] = (8, 4)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", size, (255, 0, 0, 255)).save(buffer, format="PNG")
    return buffer.getvalue()


# -- st.pdf ----------------------------------------------------------------------------------


def test_pdf_from_bytes_path_file_like_and_url(make_app, tmp_path: Path):
    (tmp_path / "doc.pdf").write_bytes(PDF)
    at = make_app(
        f"""
        import io
        from pathlib import Path
        import streamlit as st
        st.pdf({PDF!r})
        st.pdf({str(tmp_path / "doc.pdf")!r})
        st.pdf(Path({str(tmp_path / "doc.pdf")!r}), height=300)
        st.pdf(io.BytesIO({PDF!r}), height="stretch")
        st.pdf(open({str(tmp_path / "doc.pdf")!r}, "rb"), alt="The report")
        st.pdf("  https://example.com/a.pdf  ")
        """
    ).run()
    values = [p.value for p in at.pdf]
    assert values[:5] == [PDF] * 5
    assert values[5] == "https://example.com/a.pdf"
    assert [p.height for p in at.pdf] == [500, 500, 300, "stretch", 500, 500]
    assert at.pdf[4].props["alt"] == "The report" and at.pdf[0].props["alt"] is None


def test_pdf_uploaded_file(make_app):
    at = make_app(
        """
        import streamlit as st
        f = st.session_state.get("f")
        if f is not None:
            st.pdf(f)
        """
    )
    at.session_state["f"] = at._upload("doc.pdf", PDF, "application/pdf")
    at.run()
    assert at.pdf[0].value == PDF


def test_pdf_key_and_duplicate_key(make_app):
    at = make_app('import streamlit as st\nst.pdf(b"%PDF", key="doc")\n').run()
    assert at.pdf[0].key == "doc"
    at = make_app(
        'import streamlit as st\nst.pdf(b"%PDF", key="doc")\nst.pdf(b"%PDF", key="doc")\n'
    ).run()
    assert len(at.exception) == 1 and "doc" in at.exception[0].message


@pytest.mark.parametrize("height", [0, -1, "content", 2.5, True])
def test_pdf_invalid_height(make_app, height):
    at = make_app(f'import streamlit as st\nst.pdf(b"%PDF", height={height!r})\n').run()
    assert at.exception[0].message == (
        f"Invalid height value: {height!r}. Height must be either an integer (pixels) or 'stretch'."
    )


def test_pdf_errors(make_app):
    at = make_app(
        """
        import streamlit as st
        for data in (None, "missing.pdf", 12):
            try:
                st.pdf(data)
            except Exception as e:
                st.text(f"{type(e).__name__}: {e}")
        """
    ).run()
    texts = [t.value for t in at.text]
    assert texts[0].startswith("StreamlitMissingRequiredParameterError: The `data` parameter")
    assert texts[1].startswith("StreamlitAPIException: Unable to read file 'missing.pdf':")
    assert texts[2].startswith("StreamlitAPIException: Unsupported data type for PDF: int.")


# -- st.logo ------------------------------------------------------------------------------------


def logos(at) -> list[dict]:
    return [m for m in at.messages if m["type"] == "logo"]


def test_logo_message_with_bytes_url_link_and_size(make_app):
    at = make_app(
        f"""
        import streamlit as st
        st.logo({png()!r}, size="LARGE", link="https://example.com/",
                icon_image="https://example.com/icon.png")
        st.write("body")
        """
    ).run()
    (message,) = logos(at)
    assert message["run_id"] == 1 and message["size"] == "large"
    assert message["link"] == "https://example.com/"
    image = message["image"]
    assert image["mime_type"] == "image/png" and image["url"] is None
    assert Image.open(io.BytesIO(image["data"])).size == (8, 4)
    assert message["icon_image"] == {
        "data": None,
        "url": "https://example.com/icon.png",
        "mime_type": "image/png",
    }
    assert len(at.main) == 1  # the logo is not an element


def test_logo_accepts_every_image_type(make_app, tmp_path: Path):
    (tmp_path / "l.png").write_bytes(png((2, 2)))
    at = make_app(
        f"""
        import numpy as np
        from PIL import Image
        import streamlit as st
        st.logo(np.zeros((3, 3, 3), dtype=np.uint8))
        st.logo(Image.new("RGB", (5, 5)))
        st.logo({str(tmp_path / "l.png")!r})
        st.logo('<svg width="4" height="4"></svg>')
        """
    ).run()
    mimes = [m["image"]["mime_type"] for m in logos(at)]
    assert mimes == ["image/jpeg", "image/jpeg", "image/png", "image/svg+xml"]
    assert all(m["icon_image"] is None and m["link"] is None for m in logos(at))
    assert all(m["size"] == "medium" for m in logos(at))


def test_logo_errors(make_app):
    at = make_app(
        """
        import streamlit as st
        for kwargs in ({"image": 5}, {"image": "https://e.com/a.png", "icon_image": 7},
                       {"image": "https://e.com/a.png", "link": "/page"},
                       {"image": "https://e.com/a.png", "size": "huge"}):
            try:
                st.logo(**kwargs)
            except Exception as e:
                st.text(str(e))
        """
    ).run()
    texts = [t.value for t in at.text]
    assert texts[0].startswith("The image passed to st.logo is invalid - See [documentation]")
    assert texts[1].startswith("The icon_image passed to st.logo is invalid")
    assert texts[2] == (
        "Invalid link: /page - the link param supports external links only and must "
        "start with either http:// or https://."
    )
    assert texts[3] == (
        'The size argument to st.logo must be "small", "medium", or "large". \n'
        "The argument passed was huge."
    )


def test_logo_messages_follow_the_protocol(session_for):
    session, recorder = session_for(
        """
        import streamlit as st
        if st.session_state.setdefault("show", True):
            st.logo(b"GIF89a" + bytes(20), icon_image=b"GIF89a" + bytes(4))
        """
    )
    session.rerun([])  # the recorder validates each message against the schema
    assert recorder.types().count("logo") == 1
    logo = next(m for m in recorder.messages if m["type"] == "logo")
    assert logo["image"]["mime_type"] == "image/gif" and logo["icon_image"]["data"] is not None
    assert logo["run_id"] == 1


def test_logo_is_a_module_function_only(make_app):
    import wasmlit.st as st

    assert callable(st.logo)
    at = make_app(
        """
        import streamlit as st
        try:
            st.sidebar.logo("https://e.com/a.png")
        except AttributeError:  # as in Streamlit, DeltaGenerators have no logo
            st.text("no sidebar logo")
        """
    ).run()
    assert at.text[0].value == "no sidebar logo"
