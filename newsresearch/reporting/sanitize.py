"""The HTML sanitiser of the reports: a security boundary, so it lives alone in this module.

Report pages show text that articles supply (titles, outlet names, quotes), so
every notebook body goes through :func:`sanitize_html` before it is written.
It is an allowlist sanitiser built on ``nh3`` (Python bindings of the Rust
``ammonia`` crate, which parses HTML with html5ever as a browser does): what is
not listed below is dropped. The lists hold what the reports use: nbconvert's
``basic`` template (``div`` with its structure classes, heading anchors),
pandas tables, matplotlib figures as inline PNG, Markdown text, code and lists.

Our own rules on top of ``nh3`` (in :func:`_attribute_filter`), each because
``ammonia`` does not cover it:

* ``href`` keeps only links inside the report folder (``#section``,
  ``../index.html``): ``ammonia`` checks URL *schemes*, but passes relative
  URLs through, and ``//host/x`` (protocol-relative) and ``/\\host/x`` (which
  browsers read as ``//host/x``) are relative URLs to it. A scheme on a link
  (``https:``, ``data:``, ``javascript:``) is also refused here, so a link can
  never leave the report or open a ``data:text/html`` page.
* ``src`` keeps only ``data:image/{png,jpeg,gif,webp};base64,...``: ``ammonia``
  allows or refuses a scheme for every URL attribute at once, and ``data:``
  must be allowed for matplotlib figures, but nowhere except on ``<img src>``
  and never as SVG or HTML. An image that loses its ``src`` is removed.
* ``style`` (kept only because pandas writes ``text-align`` on the header rows
  of tables with a MultiIndex) is limited by ``nh3`` to the properties in
  :data:`STYLE_PROPERTIES`, none of which takes a URL; we also drop any style
  value that mentions ``url(``, ``@import``, ``expression(`` or a CSS escape
  (a backslash, which could spell those), as a second line behind that list.

``<style>`` and ``<script>`` elements are removed with their content (the
report page brings its own style sheet, which includes pandas' table rules),
and so are ``<svg>``, ``<math>``, frames, embedded objects and templates.

Examples
--------
>>> sanitize_html('<p onclick="x()">Hi<script>alert(1)</script></p>')
'<p>Hi</p>'
"""

from __future__ import annotations

import functools
import re
from typing import Any

__all__ = ["ALLOWED_ATTRIBUTES", "ALLOWED_TAGS", "STYLE_PROPERTIES", "sanitize_html"]

#: Elements kept (everything else is unwrapped: its text stays, the tag goes).
ALLOWED_TAGS = frozenset(
    "a abbr b blockquote br caption code col colgroup dd del details div dl dt em "
    "figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp "
    "small span strong sub summary sup table tbody td tfoot th thead tr u ul var".split()
)
#: Elements removed together with everything inside them.
REMOVED_WITH_CONTENT = frozenset(
    "script style svg math iframe frame frameset object embed applet noscript noembed "
    "noframes template textarea select title xmp".split()
)
_TABLE_CELL = {"align", "valign", "colspan", "rowspan", "scope", "headers"}
#: Attributes kept, per element (``"*"``: on every element).
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"class", "id", "title", "lang", "dir"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "table": {"border"},
    "tr": {"style"},
    "th": _TABLE_CELL | {"style"},
    "td": _TABLE_CELL | {"style"},
    "col": {"span"},
    "colgroup": {"span"},
    "ol": {"start", "type"},
    "details": {"open"},
}
#: CSS properties kept in ``style`` attributes (pandas aligns table headers with them).
STYLE_PROPERTIES = frozenset({"text-align", "vertical-align", "white-space"})

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
# Browsers drop tabs and newlines inside URLs and read "\" as "/" in them.
_URL_NOISE = re.compile(r"[\x00-\x20]")
_IMAGE_DATA = re.compile(r"^data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$")
_UNSAFE_CSS = re.compile(r"url\(|@import|expression\(|\\", re.IGNORECASE)


def _local_link(value: str) -> bool:
    """A link that stays inside the reports folder: no scheme, no host."""
    url = _URL_NOISE.sub("", value).replace("\\", "/")
    return not _SCHEME.match(url) and not url.startswith("//")


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    """Our rules on top of ``nh3`` (see the module docstring): ``None`` drops the attribute."""
    if attribute == "href":
        return value if _local_link(value) else None
    if attribute == "src":
        return value if tag == "img" and _IMAGE_DATA.match(value.strip()) else None
    if attribute == "style":
        return None if _UNSAFE_CSS.search(value) else value
    return value


@functools.cache
def _cleaner() -> Any:
    import nh3

    return nh3.Cleaner(
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(REMOVED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_attribute_filter,
        strip_comments=True,
        link_rel=None,
        url_schemes={"data"},  # only for <img src>: _attribute_filter refuses it elsewhere
        filter_style_properties=set(STYLE_PROPERTIES),
    )


# nh3's serialiser writes every attribute value in double quotes, with '"' escaped
# inside, so this matches one whole <img> tag of its output exactly.
_IMG_TAG = re.compile(r'<img((?:\s+[^\s"=>/]+(?:="[^"]*")?)*)\s*/?>')


def _drop_img_without_src(match: re.Match[str]) -> str:
    return match.group(0) if re.search(r'\ssrc="', match.group(1)) else ""


def sanitize_html(fragment: str) -> str:
    """Make an HTML fragment safe and self-contained: only allowlisted markup, no outside URLs.

    Keeps the elements of :data:`ALLOWED_TAGS` with the attributes of
    :data:`ALLOWED_ATTRIBUTES`; drops scripts, styles, frames, event handlers
    and comments; keeps links only within the reports folder and images only
    as inline ``data:`` PNG, JPEG, GIF or WebP. Text stays text.

    Examples
    --------
    >>> sanitize_html('<p onclick="x()">Hi<script>alert(1)</script></p>')
    '<p>Hi</p>'
    >>> sanitize_html('<img src="https://example.org/x.png"><b>kept</b> &lt;i&gt;')
    '<b>kept</b> &lt;i&gt;'
    >>> sanitize_html('<a href="https://example.org/">outside</a> <a href="#s">inside</a>')
    '<a>outside</a> <a href="#s">inside</a>'
    """
    if not fragment.strip():
        return fragment
    # nh3 serialises an allowed <img> that lost its src as a bare "<img ...>": an
    # empty box in the page, so it goes (its alt text described an outside image).
    return _IMG_TAG.sub(_drop_img_without_src, _cleaner().clean(fragment))
