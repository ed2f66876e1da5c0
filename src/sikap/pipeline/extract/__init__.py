"""Extraction: what a careful reader reads off a news page, each rule where a newcomer looks for it.

    boilerplate.py   step mark_boilerplate: the passes that mark non-article lines (and call the others)
      inline.py        chrome glued to text on one line (date stamps, glued credits, "Baca:" teasers, sign-offs)
        inline_patterns.py the patterns of glued chrome (date stamps, entities, teasers, sign-offs, ad labels)
        inline_bounds.py where a glued fragment ends ("Baca:" teasers) or starts, and whether it is chrome
      linerules.py     what one line says by itself: catalogue phrases, labelled credits, captions, AI notices
      captions.py      photo captions and photo credits
        captions_header.py  captions without a credit under the headline, told by their shape
        captions_repeated.py  a caption retelling the lede, closed by the photo's day
        captions_pages.py  caption passes over the page: a caption printed twice, dated captions, galleries
        captions_piped.py  a caption closed by a lone pipe, the cell of a blog platform's photo table
      neighbours.py    lines read with their neighbours: captions beside credits, captions printed twice
        neighbours_cut.py lines cut by an ellipsis: a pager's next subheading, another story's excerpt after the text
      blocks.py        blocks read from their first line: related lists, summary boxes, widgets, tables
        blocks_ends.py   blocks at the page's ends: teaser boxes opening it, readers' comments closing it
      cards.py         related-article cards of templates that print their image placeholder ("img_title")
      zones.py         the lede and the last paragraph: header, body, footer
      edges.py         header and footer: date lines, bylines, menus (and runs the other edge rules)
        edges_title.py   the title and the lines above it (section, brand, channel path)
          title_sentence_case.py when a long line in sentence case is the headline
          title_never.py   header lines never the headline, whatever their shape (a site's prefix, a menu, a logo)
        header_lines.py  the header's other lines once the title is found (repeats, captions, bylines, chrome)
        header_bylines.py bylines of outlets only, or of writers and their outlet ('NAME and NAME, The Outlet')
        wrapped.py       text wrapped at a fixed width: which lines belong to a wrapped paragraph
          title_text.py      a title's text cleaned (site and section suffixes, pagination) and compared
          title_fallbacks.py titles printed under the lede or after the text
        edges_footer.py  the footer's own rules (about-us text, name lines, teasers, tag lines)
        signoffs.py      sign-offs in parentheses or brackets closing the text: names, initials, outlets, codes
        signoff_forms.py where a sign-off closing a line starts (parentheses, slashes, an end mark, '- Agency')
        signoff_codes.py sign-offs naming nobody: a desk's code, codes joined by a slash, a site's host
        editions.py      a newspaper's print-edition note closing a copy: the paper and the edition's date
        edge_lines.py    what one edge line is by itself: a date line, an edge catalogue phrase
      notices.py       AI / text-and-data-mining notices
      author_bios.py   a content farm's generated author bio ("Penggemar kopi. Praktisi media sosial. ...")
      widget_words.py  last: a short line made of widget words alone, in any order ("Leave a Comment!")
    credits.py       step extract_credits: labelled credits, bylines, sign-offs; source credits
      credit_lines.py  a labelled credit line cut into (field, name) pairs: "Penulis: A | Editor: B"
      credit_signoffs.py  what a sign-off in parentheses says: initials, a name, the outlet, a pen name
      credit_dates.py  the date printed on a credit line's bar ("Penulis: NAME | DATE")
    datelines.py     the dateline grammar; step extract_dateline (place, outlet, date)
      dateline_heads.py  where a head may open and where it ends (its separator), asked of every line first
      dateline_parts.py  what each part of a dateline's head is (place, outlet, rubric, date)
      dateline_reading.py what a head's parts say together: the dateline's place, outlet, date and rubric
      dateline_chunks.py how a head is cut into parts (commas, brackets, a host and what follows it)
      dateline_lookups.py what the knowledge says of one token: gazetteer place, registered or brand-shaped outlet
      dateline_second.py the part after a dateline head's first separator ("OUTLET - KOTA. ")
      dateline_bare.py   heads with no separator: "Kota, Lede ...", "(Kota, DATE) Lede ..."
      dateline_joined.py a name glued by a hyphen to the lede ("Mataram-Gempa ..."), places joined by slashes
      dateline_unseparated.py a host and a place before the lede with no separator, a glued dash, a place after the outlet
      dateline_fallbacks.py the unseparated forms, each asked only of the lines its pattern can match
    dateforms.py     how dates are printed ("Rabu, 23 Oktober 2024 - 18:29 WIB", "date 2024-08-12", pegs)
    dates.py         step extract_date: publication date with its basis; the news peg as event_date
    attributions.py  step find_attributions: cited agencies and outlets, by cue phrase or source credit
      attribution_context.py  what stands around a registered name: the cue before, the verb after
      attribution_glued.py    a cue glued to the name after it ("dilansirAgency")
      attribution_unknown.py  unregistered outlets behind an outlet word or as a web domain (discovered)
    outlets.py       registry lookups: a name or host as printed to its id, a name shaped like an outlet's
      outlet_resolve.py  step resolve_outlet: the outlet when no dateline names it
      outlet_titles.py   the site a page title names after its headline ("Headline - Sitename")
      outlet_prompts.py  the site a follow widget or an app prompt names
      outlet_names.py    a dateline's short outlet name ("PK") expanded by the name or host the page prints ("Pos Kupang")
        outlet_words.py    a one-word short name found in the page's text without a regex per name
    knowledge.py     loads curated/extraction/*.yaml (phrases, labels, cues, month names)
      knowledge_attributions.py  attributions.yaml compiled: cues around a cited name, prompts naming the site
      alternation.py   many line patterns tried as one: by a line's first two characters, the costly ones only
                       on lines that hold their required character
        required.py      the strings every match of a pattern holds, read off its parsed form
    text.py          small judgements about one line (prose, headline, name)

Knowledge (phrases, labels, names) lives in curated/extraction/ and curated/sources, curated/places.yaml;
the rules here are generic.
"""

from sikap.pipeline.extract.attributions import find_attributions
from sikap.pipeline.extract.boilerplate import mark_boilerplate
from sikap.pipeline.extract.credits import extract_credits
from sikap.pipeline.extract.datelines import extract_dateline
from sikap.pipeline.extract.dates import extract_date
from sikap.pipeline.extract.outlet_resolve import resolve_outlet

__all__ = ["extract_credits", "extract_date", "extract_dateline", "find_attributions", "mark_boilerplate",
           "resolve_outlet"]
