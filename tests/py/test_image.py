"""st.image: every input type, colour handling, errors, lists, formats and width modes."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from wasmlit.runtime import images as image_module
from wasmlit.runtime.images import image_source, sniff_format
from wasmlit.runtime.png import encode_png


def decode(data: bytes | None) -> Image.Image:
    assert data is not None
    return Image.open(io.BytesIO(data))


def png_bytes(size: tuple[int, int] = (5, 3), mode: str = "RGB", color: object = "red") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, color).save(buffer, format="PNG")  # type: ignore[arg-type]
    return buffer.getvalue()


def only_image(at):  # the single image of the single st.image call
    (element,) = at.image
    (item,) = element.images
    return item


# -- numpy arrays ------------------------------------------------------------------


def test_numpy_grayscale_uint8_is_jpeg_with_its_size(make_app):
    at = make_app(
        """
        import numpy as np
        import streamlit as st
        st.image(np.full((30, 40), 128, dtype=np.uint8))
        """
    ).run()
    item = only_image(at)
    img = decode(item.data)
    assert item.mime_type == "image/jpeg" and img.format == "JPEG"
    assert img.size == (40, 30) and img.mode == "L"
    assert abs(int(np.asarray(img).mean()) - 128) <= 1


def test_numpy_grayscale_with_one_channel_and_float_range(make_app):
    at = make_app(
        """
        import numpy as np
        import streamlit as st
        st.image(np.full((4, 6, 1), 1.0), output_format="PNG")
        st.image(np.full((4, 6), 0.5), output_format="PNG")
        """
    ).run()
    white, grey = (decode(e.images[0].data) for e in at.image)
    assert white.size == (6, 4) and white.mode == "L"
    assert np.asarray(white).min() == 255
    assert np.asarray(grey).max() == 127  # 0.5 * 255, truncated as Streamlit does


def test_numpy_rgb_and_rgba(make_app):
    at = make_app(
        """
        import numpy as np
        import streamlit as st
        rgb = np.zeros((2, 3, 3), dtype=np.uint8); rgb[..., 0] = 255
        rgba = np.zeros((2, 3, 4), dtype=np.uint8); rgba[..., 2] = 255; rgba[..., 3] = 100
        st.image(rgb, output_format="PNG")
        st.image(rgba)
        """
    ).run()
    rgb_item, rgba_item = (e.images[0] for e in at.image)
    assert np.asarray(decode(rgb_item.data)).tolist() == [[[255, 0, 0]] * 3] * 2
    # RGBA in "auto" is PNG (Streamlit: images with alpha are lossless).
    assert rgba_item.mime_type == "image/png"
    assert np.asarray(decode(rgba_item.data)).tolist() == [[[0, 0, 255, 100]] * 3] * 2


def test_numpy_float_rgb_scaled_to_bytes(make_app):
    at = make_app(
        """
        import numpy as np
        import streamlit as st
        st.image(np.ones((2, 2, 3)) * [1.0, 0.0, 0.2], output_format="PNG")
        """
    ).run()
    assert np.asarray(decode(only_image(at).data))[0, 0].tolist() == [255, 0, 51]


def test_bgr_swaps_channels_and_keeps_alpha(make_app):
    at = make_app(
        """
        import numpy as np
        import streamlit as st
        bgr = np.zeros((1, 1, 3), dtype=np.uint8); bgr[..., 0] = 200  # blue in BGR
        bgra = np.array([[[10, 20, 30, 40]]], dtype=np.uint8)
        st.image(bgr, channels="BGR", output_format="PNG")
        st.image(bgra, channels="bgr")
        """
    ).run()
    bgr, bgra = (np.asarray(decode(e.images[0].data)) for e in at.image)
    assert bgr[0, 0].tolist() == [0, 0, 200]
    assert bgra[0, 0].tolist() == [30, 20, 10, 40]


def test_bgr_needs_three_channels(make_app):
    at = make_app(
        """
        import numpy as np
        import streamlit as st
        st.image(np.zeros((2, 2), dtype=np.uint8), channels="BGR")
        """
    ).run()
    assert at.exception[0].message == (
        'When using `channels="BGR"`, the input image should have exactly 3 color channels'
    )


def test_out_of_range_raises_without_clamp(make_app):
    at = make_app(
        """
        import numpy as np
        import streamlit as st
        try:
            st.image(np.full((2, 2), 300))
        except RuntimeError as e:
            st.text(str(e))
        try:
            st.image(np.full((2, 2), -0.5))
        except RuntimeError as e:
            st.text(str(e))
        """
    ).run()
    assert [t.value for t in at.text] == [
        "Data is outside [0, 255] and clamp is not set.",
        "Data is outside [0.0, 1.0] and clamp is not set.",
    ]
    assert len(at.image) == 0


def test_clamp_clips_values(make_app):
    at = make_app(
        """
        import numpy as np
        import streamlit as st
        st.image(np.array([[-20, 300]]), clamp=True, output_format="PNG")
        st.image(np.array([[-1.0, 2.0]]), clamp=True, output_format="PNG")
        """
    ).run()
    ints, floats = (np.asarray(decode(e.images[0].data)).tolist() for e in at.image)
    assert ints == [[0, 255]] and floats == [[0, 255]]


@pytest.mark.parametrize(
    ("shape", "message"),
    [
        ((4,), "Numpy shape has to be of length 2 or 3."),
        ((2, 2, 2), "Channel can only be 1, 3, or 4 got 2. Shape is (2, 2, 2)"),
    ],
)
def test_bad_shapes(make_app, shape, message):
    at = make_app(
        f"""
        import numpy as np
        import streamlit as st
        st.image(np.zeros({shape!r}, dtype=np.uint8))
        """
    ).run()
    assert at.exception[0].message == message


def test_four_dimensional_array_is_a_list_of_images(make_app):
    at = make_app(
        """
        import numpy as np
        import streamlit as st
        st.image(np.zeros((3, 2, 2, 3), dtype=np.uint8), caption=["a", "b", "c"])
        """
    ).run()
    assert at.image[0].captions == ["a", "b", "c"]
    assert all(decode(i.data).size == (2, 2) for i in at.image[0].images)


def test_without_pillow_arrays_become_png(monkeypatch):
    # In the browser Pillow is there only when the app imports PIL.
    monkeypatch.setattr(image_module, "pillow_available", lambda: False)
    src = image_source(np.arange(6, dtype=np.uint8).reshape(2, 3))
    assert src.mime_type == "image/png"
    assert np.asarray(decode(src.data)).tolist() == [[0, 1, 2], [3, 4, 5]]
    src = image_source(np.zeros((1, 2, 3), dtype=np.uint8), output_format="JPEG")
    assert src.mime_type == "image/png"


def test_png_encoder_matches_pillow():
    pixels = bytes(range(24))
    img = decode(encode_png(pixels, width=2, height=3, channels=4))
    assert img.mode == "RGBA" and img.size == (2, 3) and img.tobytes() == pixels
    with pytest.raises(ValueError, match="channels"):
        encode_png(b"", width=0, height=0, channels=5)
    with pytest.raises(ValueError, match="expected 6 bytes"):
        encode_png(b"\x00", width=2, height=1, channels=3)


# -- Pillow images ---------------------------------------------------------------------


def test_pil_images_follow_the_auto_rule(make_app):
    at = make_app(
        """
        from PIL import Image
        import streamlit as st
        st.image(Image.new("RGB", (7, 5), (0, 255, 0)))
        st.image(Image.new("RGBA", (7, 5), (0, 0, 255, 128)))
        st.image(Image.new("P", (7, 5)))
        st.image(Image.new("RGBA", (7, 5)), output_format="JPEG")
        """
    ).run()
    items = [e.images[0] for e in at.image]
    assert [i.mime_type for i in items] == ["image/jpeg", "image/png", "image/png", "image/jpeg"]
    green = decode(items[0].data)
    assert green.size == (7, 5)
    r, g, b = green.getpixel((3, 2))  # type: ignore[misc]
    assert g > 250 and r < 5 and b < 5
    assert decode(items[1].data).getpixel((0, 0)) == (0, 0, 255, 128)
    assert decode(items[3].data).mode == "RGB"  # alpha dropped for JPEG


def test_pil_gif_stays_gif(make_app, tmp_path: Path):
    gif = tmp_path / "a.gif"
    Image.new("P", (4, 4)).save(gif, format="GIF")
    at = make_app(
        f"""
        from PIL import Image
        import streamlit as st
        st.image(Image.open({str(gif)!r}))
        """
    ).run()
    assert only_image(at).mime_type == "image/gif"
    assert decode(only_image(at).data).format == "GIF"


# -- encoded bytes, files, file-like objects -----------------------------------------------


def test_bytes_pass_through_unchanged(make_app, tmp_path: Path):
    data = png_bytes()
    (tmp_path / "pic.png").write_bytes(data)
    at = make_app(
        f"""
        import streamlit as st
        data = open({str(tmp_path / "pic.png")!r}, "rb").read()
        st.image(data)
        """
    ).run()
    item = only_image(at)
    assert item.data == data and item.mime_type == "image/png" and item.url is None


def test_path_str_and_pathlib(make_app, tmp_path: Path):
    jpeg = io.BytesIO()
    Image.new("RGB", (9, 4), "blue").save(jpeg, format="JPEG")
    (tmp_path / "photo.jpg").write_bytes(jpeg.getvalue())
    at = make_app(
        f"""
        from pathlib import Path
        import streamlit as st
        st.image({str(tmp_path / "photo.jpg")!r})
        st.image(Path({str(tmp_path / "photo.jpg")!r}))
        """
    ).run()
    for element in at.image:
        item = element.images[0]
        assert item.mime_type == "image/jpeg" and decode(item.data).size == (9, 4)


def test_relative_path_resolves_from_the_working_directory(make_app, tmp_path: Path, monkeypatch):
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "dot.png").write_bytes(png_bytes((1, 1)))
    monkeypatch.chdir(tmp_path)  # the browser host runs apps from their folder
    at = make_app('import streamlit as st\nst.image("img/dot.png")\n').run()
    assert decode(only_image(at).data).size == (1, 1)


def test_missing_file_is_an_error(make_app):
    at = make_app('import streamlit as st\nst.image("nope/missing.png")\n').run()
    assert "could not find the image file 'nope/missing.png'" in at.exception[0].message


def test_bytesio_and_uploaded_file(make_app):
    at = make_app(
        """
        import io
        from PIL import Image
        import streamlit as st
        buf = io.BytesIO()
        Image.new("RGB", (3, 2), "white").save(buf, format="PNG")
        buf.seek(1)  # a read position does not matter
        st.image(buf)
        """
    ).run()
    assert decode(only_image(at).data).size == (3, 2)

    at2 = make_app(
        """
        import streamlit as st
        f = st.session_state.get("f")
        if f is not None:
            st.image(f, caption=f.name)
        """
    )
    upload = at2._upload("cam.png", png_bytes((6, 6)), "image/png")
    at2.session_state["f"] = upload
    at2.run()
    item = only_image(at2)
    assert item.caption == "cam.png" and decode(item.data).size == (6, 6)


def test_output_format_converts_encoded_bytes(make_app, tmp_path: Path):
    (tmp_path / "p.png").write_bytes(png_bytes((4, 4)))
    at = make_app(
        f"""
        import streamlit as st
        st.image({str(tmp_path / "p.png")!r}, output_format="JPEG")
        st.image({str(tmp_path / "p.png")!r}, output_format="jpg")
        st.image({str(tmp_path / "p.png")!r}, output_format="PNG")
        """
    ).run()
    formats = [decode(e.images[0].data).format for e in at.image]
    assert formats == ["JPEG", "JPEG", "PNG"]


def test_unrecognised_bytes_are_an_error(make_app):
    at = make_app('import streamlit as st\nst.image(b"not an image at all")\n').run()
    assert "could not recognise the image data" in at.exception[0].message


def test_sniff_format():
    assert sniff_format(png_bytes()) == "PNG"
    assert sniff_format(b"GIF89a....") == "GIF"
    assert sniff_format(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "WEBP"
    assert sniff_format(b"\xff\xd8\xff\xe0") == "JPEG"
    assert sniff_format(b'<?xml version="1.0"?>\n<svg width="1"></svg>') == "SVG"
    assert sniff_format(b"hello") is None


# -- URLs and SVG ----------------------------------------------------------------------------


def test_url_is_left_to_the_browser(make_app):
    at = make_app(
        """
        import streamlit as st
        st.image("https://example.com/cat.png?size=2")
        st.image("data:image/png;base64,iVBORw0KGgo=")
        """
    ).run()
    first, second = (e.images[0] for e in at.image)
    assert first.url == "https://example.com/cat.png?size=2" and first.data is None
    assert first.mime_type == "image/png"
    assert second.url is not None and second.url.startswith("data:image/png")


def test_svg_string_becomes_svg_bytes_with_namespace(make_app):
    at = make_app(
        """
        import streamlit as st
        st.image('<svg width="10" height="20"><circle r="5"/></svg>')
        st.image('''<?xml version="1.0"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="3" height="3"></svg>''')
        """
    ).run()
    first, second = (e.images[0] for e in at.image)
    assert first.mime_type == "image/svg+xml" and first.url is None
    assert first.data == (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="20"><circle r="5"/></svg>'
    )
    assert second.data is not None and second.data.count(b"xmlns=") == 1


def test_svg_file_and_svg_bytes(make_app, tmp_path: Path):
    (tmp_path / "logo.svg").write_text('<svg width="2" height="2"></svg>', encoding="utf-8")
    at = make_app(
        f"""
        import streamlit as st
        st.image({str(tmp_path / "logo.svg")!r})
        st.image(b'<svg xmlns="http://www.w3.org/2000/svg"></svg>')
        """
    ).run()
    assert [e.images[0].mime_type for e in at.image] == ["image/svg+xml"] * 2
    assert at.image[0].images[0].data is not None
    assert b"xmlns" in at.image[0].images[0].data


def test_unsupported_type(make_app):
    at = make_app("import streamlit as st\nst.image(42)\n").run()
    assert "cannot show an image of type int" in at.exception[0].message


# -- lists, captions, alt ----------------------------------------------------------------


def test_list_with_captions_and_alts(make_app):
    at = make_app(
        """
        import numpy as np
        import streamlit as st
        a = np.zeros((2, 2), dtype=np.uint8)
        st.image([a, "https://example.com/x.jpg"], caption=["**one**", "two"], alt=["A", None])
        st.image([a, a], alt="same")
        """
    ).run()
    first, second = at.image
    assert first.captions == ["**one**", "two"]
    assert [i.alt for i in first.images] == ["A", None]
    assert first.images[1].url == "https://example.com/x.jpg"
    assert second.captions == [None, None] and [i.alt for i in second.images] == ["same"] * 2


def test_caption_count_must_match(make_app):
    at = make_app(
        """
        import numpy as np
        import streamlit as st
        a = np.zeros((2, 2), dtype=np.uint8)
        st.image([a, a], caption="one caption")
        """
    ).run()
    assert at.exception[0].message == "Cannot pair 1 captions with 2 images."


def test_alt_count_must_match(make_app):
    at = make_app(
        """
        import numpy as np
        import streamlit as st
        a = np.zeros((2, 2), dtype=np.uint8)
        st.image([a, a, a], alt=["x", "y"])
        """
    ).run()
    assert at.exception[0].message == "Cannot pair 2 alt texts with 3 images."


def test_numpy_captions_and_link(make_app):
    at = make_app(
        """
        import numpy as np
        import streamlit as st
        a = np.zeros((2, 2), dtype=np.uint8)
        st.image([a, a], caption=np.array(["p", "q"]), link="https://example.com/")
        """
    ).run()
    assert at.image[0].captions == ["p", "q"]
    assert at.image[0].link == "https://example.com/"


# -- width ------------------------------------------------------------------------------------


def test_width_modes(make_app):
    at = make_app(
        """
        import streamlit as st
        url = "https://example.com/a.png"
        st.image(url)
        st.image(url, width="stretch")
        st.image(url, width=120)
        st.image(url, use_container_width=True)
        st.image(url, width=80, use_container_width=False)
        st.image(url, width="stretch", use_container_width=False)
        """
    ).run()
    assert [e.width for e in at.image] == ["content", "stretch", 120, "stretch", 80, "content"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("auto", "content"),
        ("never", "content"),
        (False, "content"),
        ("always", "stretch"),
        (True, "stretch"),
    ],
)
def test_use_column_width_is_deprecated_and_mapped(make_app, value, expected):
    at = make_app(
        f"""
        import streamlit as st
        st.image("https://example.com/a.png", width=50, use_column_width={value!r})
        """
    ).run()
    assert at.image[0].width == expected
    assert "`use_column_width` parameter has been deprecated" in at.warning[0].value


def test_both_deprecated_width_parameters_are_an_error(make_app):
    at = make_app(
        """
        import streamlit as st
        st.image("https://example.com/a.png", use_container_width=True, use_column_width=True)
        """
    ).run()
    assert "cannot be set at the same time" in at.exception[0].message


@pytest.mark.parametrize("width", [0, -5, "wide"])
def test_invalid_width(make_app, width):
    at = make_app(
        f'import streamlit as st\nst.image("https://e.com/a.png", width={width!r})\n'
    ).run()
    assert at.exception[0].message.startswith(f"Invalid width value: {width!r}")


def test_image_in_sidebar_and_columns(make_app):
    at = make_app(
        """
        import streamlit as st
        st.sidebar.image("https://example.com/s.png")
        col, _ = st.columns(2)
        col.image("https://example.com/c.png")
        """
    ).run()
    assert at.sidebar.image[0].images[0].url == "https://example.com/s.png"
    assert at.columns[0].image[0].images[0].url == "https://example.com/c.png"


def test_messages_follow_the_protocol(session_for, tmp_path: Path):
    session, recorder = session_for(
        """
        import numpy as np
        import streamlit as st
        st.image([np.zeros((2, 2, 3), dtype=np.uint8), "https://e.com/x.png"], caption=["a", "b"])
        """
    )
    session.rerun([])  # the recorder validates every message against the schema
    (delta,) = recorder.deltas()
    node = delta["node"]
    assert node["type"] == "image" and isinstance(node["props"]["images"][0]["data"], bytes)


def test_core_imports_no_heavy_library_for_urls():
    import subprocess
    import sys

    code = (
        "import sys; from wasmlit.runtime.images import image_source; "
        "image_source('https://e.com/a.png'); image_source(b'GIF89a'); "
        "print(any(m in sys.modules for m in ('numpy', 'PIL')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_st_write_shows_a_pil_image(make_app):
    at = make_app(
        """
        from PIL import Image
        import streamlit as st
        st.write("Look:", Image.new("RGB", (3, 3)))
        """
    ).run()
    assert at.markdown[0].value == "Look:"
    assert decode(only_image(at).data).size == (3, 3)
