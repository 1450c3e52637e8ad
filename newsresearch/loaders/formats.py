"""The export formats researchers bring, as field maps onto the corpus schema.

Every supported format is the same thing underneath: records with named fields.
A format is therefore declared here as data: the keys that identify it and, for
each corpus column, the source fields to read in order of preference. Readers
(:mod:`newsresearch.loaders.readers`) turn files into records; :func:`detect`
recognises the format of each record from its keys, not from the extension.

Field names follow the exporters' documentation (AllSides/ABP, news-please,
Media Cloud search and legacy Explorer CSV, trafilatura JSON and CSV,
newspaper4k) and the alias table of ``ANCHORS.md`` for anything else.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: Columns of trafilatura's headerless tab-separated CSV export, in order.
TRAFILATURA_CSV_COLUMNS = (
    "url",
    "id",
    "fingerprint",
    "hostname",
    "title",
    "image",
    "date",
    "text",
    "comments",
    "license",
    "pagetype",
)

#: Generic aliases (canonical column -> source fields, in order of preference).
GENERIC_ALIASES: dict[str, tuple[str, ...]] = {
    "doc_id": ("doc_id", "id", "ID", "article_id", "stories_id", "GLOBALEVENTID", "fingerprint"),
    "text": ("text", "maintext", "content_original", "content", "body", "raw_text", "article"),
    "title": ("title", "headline", "heading", "title_page", "title_rss"),
    "outlet": (
        "outlet",
        "source",
        "media_name",
        "source_domain",
        "sitename",
        "meta_site_name",
        "hostname",
        "publisher",
        "source-hostname",
        "domain",
    ),
    "published": (
        "published",
        "date",
        "publish_date",
        "date_publish",
        "publication_date",
        "pub_date",
        "seendate",
        "datetime",
    ),
    "url": ("url", "SOURCEURL", "DocumentIdentifier", "canonical_link", "link"),
    "leaning": ("leaning", "bias_text", "bias_rating", "bias_label", "bias"),
    "authors": ("authors", "author", "byline", "creator"),
    "story": ("story", "story_id", "event", "event_id", "cluster"),
    "topic": ("topic", "section", "category", "categories"),
    "language": ("language", "lang", "meta_lang"),
}


def _split_commas(value: Any) -> Any:
    """ABP joins authors with commas: turn that into our '; ' convention."""
    if isinstance(value, str) and "," in value:
        parts = [p.strip() for p in value.split(",") if p.strip()]
        return "; ".join(parts)
    return value


@dataclass(frozen=True)
class Format:
    """An export format: how to recognise its records and read their fields."""

    name: str
    signature: Callable[[Mapping[str, Any]], bool]
    fields: dict[str, tuple[str, ...]]
    fixes: dict[str, Callable[[Any], Any]] = field(default_factory=dict)
    description: str = ""


def _fields(**overrides: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    merged = dict(GENERIC_ALIASES)
    merged.update(overrides)
    return merged


FORMATS: dict[str, Format] = {
    f.name: f
    for f in [
        Format(
            "abp",
            lambda k: {"ID", "content_original", "bias_text"} <= k.keys(),
            _fields(
                doc_id=("ID",),
                text=("content_original",),  # `content` is a tokenised copy: never the text
                outlet=("source",),
                url=("url",),
                leaning=("bias_text",),
                published=("date",),
                authors=("authors",),
            ),
            fixes={"authors": _split_commas},
            description="AllSides / Article-Bias-Prediction JSON (one object per file)",
        ),
        Format(
            "news-please",
            lambda k: "maintext" in k or {"date_publish", "source_domain"} <= k.keys(),
            _fields(
                doc_id=("id",),
                text=("maintext", "text"),
                title=("title", "title_page", "title_rss"),
                outlet=("source_domain",),
                published=("date_publish", "date_modify"),
                url=("url",),
            ),
            description="news-please JSON (one object per file)",
        ),
        Format(
            "mediacloud",
            lambda k: "media_name" in k and ("stories_id" in k or "indexed_date" in k),
            # current exports have `id`, legacy Explorer ones `stories_id`; the text is `text` only
            _fields(doc_id=("id", "stories_id"), outlet=("media_name", "media_url"))
            | {"published": ("publish_date",), "text": ("text",)},
            description="Media Cloud search CSV (current) or legacy Explorer CSV",
        ),
        Format(
            "trafilatura",
            lambda k: "fingerprint" in k and ("hostname" in k or "raw_text" in k),
            _fields(
                doc_id=("id", "fingerprint"),
                text=("text", "raw_text"),
                outlet=("sitename", "source-hostname", "hostname"),
                published=("date",),
                url=("url", "source"),
                authors=("author",),
                topic=("categories",),
            ),
            description="trafilatura JSON (with metadata) or its headerless tab-separated CSV",
        ),
        Format(
            "newspaper4k",
            lambda k: {"top_image", "meta_lang"} <= k.keys() or "read_more_link" in k,
            _fields(
                doc_id=("id",),
                outlet=("meta_site_name", "source", "source_url"),
                published=("publish_date",),
                url=("url", "canonical_link"),
                language=("meta_lang", "language"),
            ),
            description="newspaper4k JSON/CSV export",
        ),
        Format(
            "generic",
            lambda k: True,
            GENERIC_ALIASES,
            description="any JSON/JSONL/CSV/Parquet through the alias table",
        ),
        Format(
            "txt",
            lambda k: False,
            _fields(doc_id=("id",)),
            description="plain text file, one article; title from the first real line",
        ),
        Format(
            "html",
            lambda k: False,
            _fields(
                doc_id=("id",),
                outlet=("sitename", "source-hostname", "hostname"),
                authors=("author",),
            ),
            description="saved HTML page; main text extracted by trafilatura",
        ),
    ]
}


def detect(keys: Mapping[str, Any]) -> Format:
    """The first format whose signature matches a record's keys (else generic).

    Examples
    --------
    >>> detect({"ID": 1, "content_original": "", "bias_text": "left"}).name
    'abp'
    >>> detect({"headline": "x", "body": "y"}).name
    'generic'
    """
    for fmt in FORMATS.values():
        if fmt.signature(keys):
            return fmt
    return FORMATS["generic"]


def _present(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, float) and value != value:  # NaN
        return False
    if isinstance(value, str) and value.strip() in ("", "null", "None", "NaN", "nan"):
        return False
    if isinstance(value, list | tuple) and not value:
        return False
    return True


def _as_text(value: Any) -> str | None:
    if not _present(value):
        return None
    if isinstance(value, list | tuple):
        parts = [str(v).strip() for v in value if _present(v)]
        return "; ".join(parts) if parts else None
    if isinstance(value, dict):
        return None
    return str(value)


def map_record(raw: Mapping[str, Any], fmt: Format) -> dict[str, str | None]:
    """Read the corpus fields of one raw record according to *fmt*.

    Examples
    --------
    >>> map_record({"maintext": "Body.", "source_domain": "x.example"}, FORMATS["news-please"])["outlet"]
    'x.example'
    """
    out: dict[str, str | None] = {}
    for column, candidates in fmt.fields.items():
        value = None
        for key in candidates:
            if key in raw and _present(raw[key]):
                value = raw[key]
                break
        if column in fmt.fixes:
            value = fmt.fixes[column](value)
        out[column] = _as_text(value)
    return out
