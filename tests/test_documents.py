"""Loading documents: text, Markdown, HTML, sidecars, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.documents import discover, load_document
from kg.errors import DocumentError, MetadataError


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_text_with_sidecar(tmp_path):
    doc_path = write(tmp_path / "My Article.txt", "Headline here\r\n\r\nBody “text”.\r\n")
    write(tmp_path / "My Article.meta.json", json.dumps(
        {"title": "A Title", "date": "2023-03", "source": "wire", "url": "https://example.org/a"}))
    doc = load_document(doc_path)
    assert doc.id == "my-article"
    assert doc.text == "Headline here\n\nBody “text”.\n"  # only line endings change
    assert (doc.title, doc.date, doc.source, doc.url) == ("A Title", "2023-03", "wire", "https://example.org/a")
    assert len(doc.sha256) == 64 and doc.media_type == "text/plain"


def test_title_defaults_to_first_non_empty_line(tmp_path):
    doc = load_document(write(tmp_path / "a.md", "\n\n  # Talks resume  \nText."))
    assert doc.title == "# Talks resume"
    assert doc.date is None and doc.media_type == "text/markdown"


def test_html_goes_through_trafilatura(tmp_path):
    html = ("<html><head><title>T</title></head><body><nav>Menu Home About</nav><article>"
            "<h1>Fisheries talks resume</h1>"
            + "<p>Norway and Iceland resumed talks on mackerel quotas on Tuesday in Oslo, officials said.</p>" * 3
            + "</article><footer>Copyright</footer></body></html>")
    doc = load_document(write(tmp_path / "page.html", html))
    assert "mackerel quotas" in doc.text
    assert "<p>" not in doc.text
    assert doc.media_type == "text/html"


def test_html_figure_captions_are_kept_as_paragraphs_in_reading_order(tmp_path):
    html = ("<html><head><title>T</title></head><body><article><h1>Dam talks</h1>"
            "<figure><img src='a.jpg' alt='A dam'><figcaption>Workers at Kariba in Siavonga district, "
            "where the new spillway will be built. Photo: Lusaka Times</figcaption></figure>"
            + "<p>Zambia and Zimbabwe resumed talks on the Kariba dam on Tuesday, officials said.</p>" * 3
            + "</article><aside><figure><figcaption>Related: other dams</figcaption></figure></aside>"
            "</body></html>")
    doc = load_document(write(tmp_path / "page.html", html))
    caption = doc.text.index("Workers at Kariba in Siavonga district")
    assert caption < doc.text.index("Zambia and Zimbabwe resumed talks")
    assert "Related: other dams" not in doc.text  # asides stay noise


def test_a_fact_box_inside_the_article_is_text_but_link_lists_are_not(tmp_path):
    body = "<p>Zambia and Zimbabwe resumed talks on the Kariba dam on Tuesday, officials said.</p>" * 3
    html = ("<html><head><title>T</title></head><body><article><h1>Dam talks</h1>" + body
            + "<aside class='factbox'><h3>Factbox: the dam</h3><ul>"
            "<li>Kariba Dam: built between 1955 and 1959 on the Zambezi near Siavonga.</li>"
            "<li>Zambezi River Authority: set up by both states under a 1987 agreement.</li></ul></aside>"
            "<aside class='related'><h3>Related</h3><ul><li><a href='/x'>Lusaka fuel prices rise again</a></li>"
            "<li><a href='/y'>Harare council elects new mayor</a></li></ul></aside>"
            "</article><aside><p>Most read: Victoria Falls bridge repairs begin</p></aside></body></html>")
    doc = load_document(write(tmp_path / "page.html", html))
    assert "built between 1955 and 1959 on the Zambezi near Siavonga" in doc.text
    assert doc.text.index("resumed talks") < doc.text.index("Zambezi River Authority: set up")
    assert "Lusaka fuel prices" not in doc.text  # a list of links inside the article names other stories
    assert "Victoria Falls bridge" not in doc.text  # asides outside the article stay noise


def test_a_caption_credit_is_text_but_not_an_actor(tmp_path):
    from kg.extract import extract

    html = ("<html><body><article><h1>Dam talks</h1>"
            "<figure><figcaption>Engineers at the Kariba dam wall. Photo: Lusaka Times</figcaption></figure>"
            + "<p>Zambia and Zimbabwe resumed talks on the Kariba dam on Tuesday, officials said.</p>" * 2
            + "</article></body></html>")
    doc = load_document(write(tmp_path / "page.html", html))
    assert "Photo: Lusaka Times" in doc.text
    assert not [e for e in extract(doc).entities.values() if "Lusaka Times" in e.label]


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("bin.txt", b"abc\x00def", "binary"),
        ("latin.txt", "café".encode("latin-1"), "UTF-8"),
        ("empty.txt", "   \n\t\n", "no text"),
        ("data.pdf", b"%PDF-1.4", "unsupported"),
    ],
)
def test_bad_documents_raise_clear_errors(tmp_path, name, content, needle):
    path = write(tmp_path / name, content)
    with pytest.raises(DocumentError) as info:
        load_document(path)
    assert name in str(info.value) and needle in str(info.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        load_document(tmp_path / "nope.txt")
    with pytest.raises(DocumentError, match="is a directory"):
        load_document(tmp_path)


@pytest.mark.parametrize(
    ("sidecar", "needle"),
    [
        ("{not json", "malformed JSON"),
        ('{"date": "March 2023"}', "not ISO 8601"),
        ('{"date": "2023-13"}', "not ISO 8601"),
        ('{"date": "2023-02-30"}', "not ISO 8601"),
        ('["a"]', "JSON object"),
        ('{"title": 5}', "must be a string"),
    ],
)
def test_bad_sidecars_raise_metadata_errors(tmp_path, sidecar, needle):
    path = write(tmp_path / "doc.txt", "Some text.")
    write(tmp_path / "doc.meta.json", sidecar)
    with pytest.raises(MetadataError) as info:
        load_document(path)
    assert "doc.meta.json" in str(info.value) and needle in str(info.value)


@pytest.mark.parametrize("date", ["2023", "2023-03", "2023-03-15"])
def test_partial_dates_are_valid(tmp_path, date):
    path = write(tmp_path / "doc.txt", "Some text.")
    write(tmp_path / "doc.meta.json", json.dumps({"date": date}))
    assert load_document(path).date == date


def test_discover_expands_directories(tmp_path):
    for name in ("b.txt", "a.md", "c.html", "b.meta.json", ".hidden.txt", "notes.csv"):
        write(tmp_path / name, "x")
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git" / "x.txt", "x")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "d.txt", "x")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert found == ["a.md", "b.txt", "c.html", "sub/d.txt"]
    explicit = tmp_path / "notes.csv"
    assert discover([explicit]) == [explicit]
