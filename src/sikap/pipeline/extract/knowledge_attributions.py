"""The attribution knowledge of curated/extraction/attributions.yaml, compiled once per process: the cue phrases
around a cited outlet's name (AttributionCues, read by attributions.py and its helpers) and the prompts that name
the page's own site (follow widgets, app prompts, messaging channels; read by outlet_prompts.py).

Kept apart from knowledge.py, which loads the files and holds the other catalogues (line phrases, credit labels,
month names); these loaders read the files through it (knowledge.curated_data, knowledge.date_names), so
that a test watching that loader sees every read.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sikap.pipeline.extract import knowledge
from sikap.pipeline.extract.end_phrases import EndPhrase
from sikap.pipeline.extract.knowledge import _alternation
from sikap.pipeline.extract.text import fold


@dataclass(frozen=True)
class AttributionCues:
    before_re: re.Pattern  # a cue phrase ending right before a name
    weak: frozenset
    after: frozenset
    org_re: re.Pattern
    self_re: re.Pattern
    org_any: re.Pattern  # an outlet word followed by a capitalised name: "kantor berita Xinhua"
    org_words: tuple  # the outlet words, lower case (a quick test before org_any)
    unknown_cues: frozenset  # cues that may introduce an unregistered outlet printed as a web domain
    appositive_re: re.Pattern = None  # "kantor berita resmi pemerintah NEGARA, " ending right before a name
    not_outlet_domains: tuple = ()  # ".go.id", ".ac.id", ...: an unregistered domain under one is no outlet
    marker_re: re.Pattern = None  # "surat kabar (resmi) (Israel) " ending right before a name; group "place"
    text_outlet_cues: frozenset = frozenset()  # weak cues that count for domestic outlets publishing text ("via")
    self_after: frozenset = frozenset()  # verbs after an outlet's name by which it describes its own work ("merangkum")
    speech_verbs: frozenset = frozenset()  # "pada SITE mengatakan": a statement given to the site
    verb_adverbs: frozenset = frozenset()  # "CNN pertama kali melaporkan": words between a name and its verb
    before_at_end: EndPhrase = None  # before_re.search, by lookups (end_phrases.py)
    self_at_end: EndPhrase = None  # self_re.search, by lookups


@functools.cache
def attribution_cues() -> AttributionCues:
    data = knowledge.curated_data("attributions.yaml")
    # (a colon with no space after it, "(Sumber:OUTLET)", closes a cue too: probe set AP, 2026-12)
    before_re = re.compile(r"(?i)(?<![\w])(" + _alternation(data["before"]) + r")(?:\s*:\s*|\s+)$")
    org_re = re.compile(r"(?i)(?<![\w])(" + _alternation(data["org_markers"]) + r")\s+$")
    self_re = re.compile(r"(?i)(?<![\w])(" + _alternation(data["self_reference"]) + r")\s+$")
    # an outlet word ("kantor berita", "surat kabar", "media"), the start of three patterns below
    marker = r"(?i:(?<![\w])(?:" + _alternation(data["unknown_markers"]) + r"))"
    # any outlet word, "media" and "televisi" too, before a registered name set off by a comma ("media pemerintah
    # Iran, Press TV": probe set DI, 2026-12): the comma's apposition names the outlet, as for "kantor berita"
    org_marker = r"(?i:(?<![\w])(?:" + _alternation(data["org_markers"]) + r"))"
    desc = rf"(?:\s+(?:[\w-]+|\([\w-]{{1,10}}\))){{0,{int(data['appositive_words'])}}}\s*"  # a description's words
    # a name's word holds a dot only inside it ("Kabar.id"): "surat kabar NAME. Menteri ..." ends at the full stop
    word = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"
    org_any = re.compile(marker + rf"\s+(?P<name>{word}(?:\s+(?:in|of|the|{word})){{0,3}})")
    return AttributionCues(
        before_re, frozenset(fold(w) for w in data["weak_before"]), frozenset(fold(w) for w in data["after"]),
        org_re, self_re, org_any, tuple(w.lower() for w in data["unknown_markers"]),
        frozenset(fold(w) for w in data["unknown_cues"]),
        # (a word of the description may be an abbreviation in brackets: "media Amerika Serikat (AS), NAME", set DI)
        # (examples, "kantor berita NEGARA, seperti NAME", only after a news-agency word: "media massa Qatar, yakni
        # NAME kerap ..." names the outlet the story is about; fix set EF, 2026-12)
        appositive_re=re.compile(rf"(?:{marker}{desc},\s*(?:(?i:{_alternation(data.get('appositive_examples', []))})\s+)?"
                                 rf"|{org_marker}{desc},\s*)$"),
        not_outlet_domains=tuple("." + d.lower() for d in data.get("not_outlet_domains", [])),
        marker_re=re.compile(org_marker + r"(?:\s+(?i:" + _alternation(data.get("marker_descriptions", [])) + r")){0,2}"
                             r"\s+(?:(?P<place>[A-Z][\w-]*)\s+)?$"),
        text_outlet_cues=frozenset(fold(w) for w in data.get("text_outlet_before", [])),
        self_after=frozenset(fold(w) for w in data.get("self_after", [])),
        speech_verbs=frozenset(fold(w) for w in data.get("speech_verbs", [])),
        verb_adverbs=frozenset(fold(w) for w in data.get("verb_adverbs", [])) | _weekday_words(),
        before_at_end=EndPhrase(before_re, data["before"], colon=True),
        self_at_end=EndPhrase(self_re, data["self_reference"], colon=False))


def _weekday_words() -> frozenset:
    """The weekdays' names of dates.yaml (four letters or more: "Senin", "Jumaat", not "Sen"), folded: a day may
    stand between an outlet's name and its reporting verb ("Axios pada Senin lalu melaporkan")."""
    return frozenset(fold(str(n)) for names in knowledge.date_names()["weekdays"].values() for n in names if len(str(n)) >= 4)


@functools.cache
def follow_widget() -> tuple[re.Pattern, frozenset, frozenset]:
    """(pattern of a follow widget's line, the words between its verb and platform as group "o"; filler words
    that may stand before the site's name; words that may stand after it): curated/extraction/attributions.yaml,
    follow_widgets."""
    w = knowledge.curated_data("attributions.yaml")["follow_widgets"]
    pattern = re.compile(rf"(?i)^\W*(?:{_alternation(w['verbs'])})\s+(?P<o>\S.{{0,60}}?)\s+"
                         rf"(?:{_alternation(w['prepositions'])})\s+(?:{_alternation(w['platforms'])})\W*$")
    return (pattern, frozenset(x.casefold() for x in w["fillers"]),
            frozenset(x.casefold() for x in w["after_name"]))


@functools.cache
def follow_widget_after() -> re.Pattern:
    """A follow widget naming the site after the platform ("Jangan lupa ikuti update berita lainnya dan follow akun
    google news NAME": held-out probe page, 2026-12, setU), the name as group "o": curated/extraction/attributions.yaml,
    follow_widgets."""
    w = knowledge.curated_data("attributions.yaml")["follow_widgets"]
    verb = rf"(?:{_alternation(w['verbs'])})"
    return re.compile(rf"(?i)^\W*(?:(?:{_alternation(w.get('openers', []))})\s+)?{verb}(?:\s.{{0,60}}?\s{verb})?\s+"
                      rf"(?:akun\s+|kanal\s+|channel\s+)?(?:{_alternation(w['platforms'])})\s+(?P<o>\S+(?:\s+\S+)?)\W*$")


@functools.cache
def app_prompt() -> re.Pattern:
    """A prompt to install the site's app, the words after "aplikasi"/"app" as group "o":
    curated/extraction/attributions.yaml, app_prompts."""
    w = knowledge.curated_data("attributions.yaml")["app_prompts"]
    return re.compile(rf"(?i)^\W*(?P<verb>(?:{_alternation(w['verbs'])})\s+)?(?:{_alternation(w['nouns'])})\s+"
                      rf"(?:(?:{_alternation(w.get('platforms', []))})\s+)?"
                      r"(?P<o>[^\W\d_][\w.&'’ -]{1,60}?)\s*(?:[.!,]|$)")


@functools.cache
def channel_widget() -> re.Pattern:
    """A follow prompt naming the site after a messaging channel ("Follow Official WhatsApp Channel NAME untuk
    ..."), the name as group "o": curated/extraction/attributions.yaml, follow_widgets.channels."""
    w = knowledge.curated_data("attributions.yaml")["follow_widgets"]
    return re.compile(rf"(?i)^\W*(?:{_alternation(w['verbs'])})\s+(?:official\s+|resmi\s+)?"
                      rf"(?:{_alternation(w.get('channels', []))})\s+(?:resmi\s+|official\s+)?(?P<o>\S+)")
