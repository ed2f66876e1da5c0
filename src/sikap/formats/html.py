"""An HTML page to its main text and the facts its markup states.

Decoding follows the order browsers use: a byte-order mark, the charset the transport declared (HTTP
Content-Type), a <meta charset> or http-equiv declaration in the first 4 KB, then UTF-8, then the
legacy encoding charset_normalizer finds; a latin-1 or ASCII label means windows-1252 (WHATWG). The main
text is trafilatura's (paragraphs as lines, comments and images left out, precision favoured as in
datatrove); a table row of one cell ("Baca juga" boxes) is written without its "|" rulers.

Markup facts are read from the parsed page with the markup they came from as evidence: canonical URL
(<link rel=canonical>, og:url), title (og:title, JSON-LD headline, <title>), publication date (JSON-LD
datePublished of an Article type, then publication meta tags, then a <time datetime> of the article
itself, never one in navigation, sidebars, related lists, comments or footers), authors (JSON-LD author,
then author meta tags) and site name (og:site_name, JSON-LD publisher). htmldate (inside trafilatura) is not
asked for the date: it also reads URLs and free text without saying which, and the basis of a date matters.
"""

from __future__ import annotations

import codecs
import functools
import json
import re
import unicodedata

from sikap.formats import fact, stated_date

OPTIONS = {"favor_precision": True, "include_comments": False, "include_tables": True, "include_images": False,
           "include_links": False, "with_metadata": False, "deduplicate": False}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
                  "backgroundnewsarticle", "blogposting", "liveblogposting", "report"}
# Meta names/properties/itemprops that state the publication time, in order of trust.
DATE_META = ("article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate", "publish-date",
             "publish_date", "publication_date", "content_publisheddate", "dc.date.issued", "dcterms.issued",
             "dcterms.created", "dc.date", "parsely-pub-date", "sailthru.date")
AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "byl")
_NOT_ARTICLE = re.compile(r"related|terkait|populer|terpopuler|rekomendasi|sidebar|widget|comment|komentar|"
                          r"footer|nav|menu|lainnya|trending|terbaru|terkini", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\bdan\b|\band\b)\s*")


class PageError(ValueError):
    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def decode_html(data: bytes, transport: str | None = None) -> tuple[str, str]:
    """(text, encoding) of a page's bytes; raises PageError("undecodable_page") when nothing fits."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "strict"), "utf-8"  # a BOM wins over any declaration
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    m = _META_CHARSET.search(data[:4096])
    tried = []
    for label in (transport, m.group(1).decode("ascii") if m else None, "utf-8"):
        name = _codec(label)
        if name is None or name in tried:
            continue
        tried.append(name)
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "iso8859_15"]).best()
    if best is None:
        raise PageError("undecodable_page", f"not {' or '.join(tried)} and no legacy encoding fits")
    return str(best), best.encoding


@functools.cache
def extractor() -> str:
    """Name and version of the extractor, recorded per article."""
    import trafilatura

    return f"trafilatura {trafilatura.__version__}"


def parse(html: str):
    from trafilatura.utils import load_html

    return load_html(html)


def main_text(tree) -> str:
    """trafilatura's main text of a parsed page (empty when it finds none), one paragraph a line."""
    import trafilatura

    doc = trafilatura.bare_extraction(tree, **OPTIONS)
    text = (doc.text or "") if doc is not None else ""
    lines = []
    for line in text.split("\n"):
        line = line.strip()
        if line.startswith("| ") and line.endswith(" |") and line.count(" | ") == 0:
            line = line[2:-2].strip()  # a one-cell table row
        lines.append(line)
    return "\n".join(lines).strip()


def normalise(text: str) -> tuple[str, list[str]]:
    """The fixes decode_bytes makes to a dump (mojibake, NFC), made to extracted text and named the same way."""
    from sikap.pipeline.mojibake import fix_text

    fixes = []
    fixed = fix_text(text)
    if fixed != text:
        fixes.append("mojibake")
    nfc = unicodedata.normalize("NFC", fixed)
    if nfc != fixed:
        fixes.append("nfc")
    return nfc, fixes


# -- markup facts ------------------------------------------------------------------------------------------


def _attr_key(el) -> str:
    return (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()


def _ld_objects(tree):
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            obj = stack.pop(0)
            if isinstance(obj, list):
                stack.extend(obj)
            elif isinstance(obj, dict):
                if "@graph" in obj:
                    stack.extend(obj["@graph"] if isinstance(obj["@graph"], list) else [obj["@graph"]])
                types = obj.get("@type")
                types = types if isinstance(types, list) else [types]
                if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
                    yield obj


def _ld_names(value) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            out.append(name.strip())
    return out


def _article_time(tree):
    """The <time datetime> that dates the article: one marked itemprop=datePublished or pubdate; else the first
    inside the article, its header or main; else the page's only one. Never one that navigation, a sidebar, a
    related or popular list, comments or the footer hold."""
    inside, others = None, []
    for el in tree.iterfind(".//time[@datetime]"):
        ancestors = list(el.iterancestors())
        if any(a.tag in ("nav", "aside", "footer") or _NOT_ARTICLE.search(f"{a.get('class', '')} {a.get('id', '')}")
               for a in ancestors):
            continue
        if (el.get("itemprop") or "").lower() == "datepublished" or el.get("pubdate") is not None:
            return el
        if inside is None and any(a.tag in ("article", "header", "main") for a in ancestors):
            inside = el
        others.append(el)
    return inside if inside is not None else (others[0] if len(others) == 1 else None)


def _snippet(el) -> str:
    from lxml import html as lxml_html

    return lxml_html.tostring(el, encoding="unicode", with_tail=False).strip()[:300]


def markup_facts(tree) -> dict:
    """The facts a parsed page's markup states, each a page fact with basis html_meta and its evidence."""
    facts: dict = {}
    meta = {}
    for el in tree.iterfind(".//meta[@content]"):
        key = _attr_key(el)
        if key and key not in meta and el.get("content", "").strip():
            meta[key] = (el.get("content").strip(), _snippet(el))
    ld = list(_ld_objects(tree))
    link = tree.find(".//link[@rel='canonical'][@href]")
    if link is not None and link.get("href", "").startswith("http"):
        facts["canonical_url"] = fact(link.get("href").strip(), "html_meta", _snippet(link))
    elif meta.get("og:url", ("",))[0].startswith("http"):
        facts["canonical_url"] = fact(meta["og:url"][0], "html_meta", meta["og:url"][1])
    _title(facts, meta, ld, tree)
    _date(facts, meta, ld, tree)
    _authors(facts, meta, ld)
    site = meta.get("og:site_name") or next(((n[0], f"JSON-LD publisher.name {n[0]!r}") for o in ld
                                             if (n := _ld_names(o.get("publisher")))), None)
    if site:
        facts["site_name"] = fact(site[0], "html_meta", site[1])
    lang = tree.get("lang") if tree.tag == "html" else None
    if lang:
        facts["html_lang"] = fact(lang.strip(), "html_meta", f'<html lang="{lang}">')
    return facts


def _title(facts: dict, meta: dict, ld: list, tree) -> None:
    if "og:title" in meta:
        facts["html_title"] = fact(meta["og:title"][0], "html_meta", meta["og:title"][1])
        return
    for obj in ld:
        if isinstance(obj.get("headline"), str) and obj["headline"].strip():
            facts["html_title"] = fact(obj["headline"].strip(), "html_meta", f"JSON-LD {obj.get('@type')}.headline")
            return
    el = tree.find(".//title")
    if el is not None and (el.text or "").strip():
        facts["html_title"] = fact(el.text.strip(), "html_meta", f"<title>{el.text.strip()}</title>")


def _date(facts: dict, meta: dict, ld: list, tree) -> None:
    candidates = [(o.get("datePublished"), f"JSON-LD {o.get('@type')}.datePublished {o.get('datePublished')!r}") for o in ld]
    candidates += [meta[k] for k in DATE_META if k in meta]
    el = _article_time(tree)
    if el is not None:
        candidates.append((el.get("datetime"), _snippet(el)))
    for value, evidence in candidates:
        if (parsed := stated_date(value)) is not None:
            facts["html_date"] = fact(parsed[0], "html_meta", evidence, precision=parsed[1])
            return


def _authors(facts: dict, meta: dict, ld: list) -> None:
    site = (meta.get("og:site_name") or ("",))[0].lower()
    for obj in ld:
        names = _ld_names(obj.get("author"))
        people = [n for n in names if _is_person(n, site)]
        if people:
            facts["html_authors"] = fact(people, "html_meta", f"JSON-LD {obj.get('@type')}.author {names!r}")
            return
    for key in AUTHOR_META:
        if key in meta:
            value, evidence = meta[key]
            head = re.split(r"\s+[-|–]\s+", value)[0]  # "Name - detikNews": the part before the outlet
            people = [n for n in _NAME_SPLIT.split(head) if _is_person(n, site)]
            if people:
                facts["html_authors"] = fact(people, "html_meta", evidence)
                return


def _is_person(name: str, site: str) -> bool:
    """A personal name, not an outlet, a domain, a URL or a desk ("Redaksi", "Tim Editor")."""
    n = name.strip()
    low = n.lower()
    return (bool(n) and " " in n and not low.startswith(("http", "www.")) and "." not in n.replace(". ", " ")
            and low != site and not low.startswith(("redaksi", "tim ", "admin", "editor", "humas")) and any(c.isalpha() for c in n))
