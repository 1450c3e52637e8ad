"""The HTML sanitiser of the reports: a security boundary, so it lives alone in this module."""

from __future__ import annotations

import html
import re

__all__ = ["sanitize_html"]

_CSS_URL = re.compile(r"url\(\s*(['\"]?)(?!data:|#)[^)]*\1\s*\)", re.IGNORECASE)
_CSS_IMPORT = re.compile(r"@import[^;]*;?", re.IGNORECASE)
_EXTERNAL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
_RESOURCE_ATTRS = ("src", "srcset", "poster", "data", "background", "action", "formaction")


def sanitize_html(fragment: str) -> str:
    """Make an HTML fragment safe and self-contained: no scripts, handlers or outside resources.

    Removes scripts, event-handler attributes, ``javascript:`` URLs, frames,
    embeds, forms and ``<link>``/``<meta>`` elements (lxml's cleaner), then
    drops every resource that is not inline: images without a ``data:`` URL,
    ``src``-like attributes pointing anywhere, CSS ``url(...)`` and
    ``@import``. Links to other hosts lose their ``href`` (their text stays).

    Examples
    --------
    >>> sanitize_html('<p onclick="x()">Hi<script>alert(1)</script></p>')
    '<p>Hi</p>'
    >>> sanitize_html('<img src="https://example.org/x.png"><b>kept</b> &lt;i&gt;')
    '<b>kept</b> &lt;i&gt;'
    """
    import lxml.html
    from lxml_html_clean import Cleaner

    if not fragment.strip():
        return fragment
    cleaner = Cleaner(
        scripts=True,
        javascript=True,
        comments=True,
        style=False,
        inline_style=False,
        links=True,
        meta=True,
        page_structure=False,
        processing_instructions=True,
        embedded=True,
        frames=True,
        forms=True,
        annoying_tags=False,
        remove_unknown_tags=False,
        safe_attrs_only=False,
    )
    doc = lxml.html.fragment_fromstring(fragment, create_parent="div")
    doc = cleaner.clean_html(doc)
    for el in list(doc.iter()):
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag == "img" and not (el.get("src") or "").startswith("data:"):
            el.drop_tree()
            continue
        for attr in list(el.attrib):
            low = attr.lower().split("}")[-1]
            value = el.get(attr) or ""
            if low in _RESOURCE_ATTRS and not (tag == "img" and low == "src"):
                if not value.startswith("data:"):
                    del el.attrib[attr]
            elif low == "href":
                if tag == "a" and not _EXTERNAL.match(value):
                    continue
                if tag != "a" and value.startswith("#"):
                    continue
                del el.attrib[attr]
            elif low == "style":
                el.set(attr, _CSS_IMPORT.sub("", _CSS_URL.sub("none", value)))
        if tag == "style" and el.text:
            el.text = _CSS_IMPORT.sub("", _CSS_URL.sub("none", el.text))
    inner = html.escape(doc.text or "", quote=False)
    return inner + "".join(lxml.html.tostring(child, encoding="unicode") for child in doc)
