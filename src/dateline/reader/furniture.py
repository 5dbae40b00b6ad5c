"""Page furniture: classify one line of scraped text as body (None) or a kind of furniture.

Pure functions over strings. A line is furniture only when a pattern covers it as a whole (short
lines) or opens it with an unmistakable cue; a body paragraph that merely mentions "subscribe" or
"photo" stays body. Kinds: image_slug, caption, credit, promo, related_links, byline, share,
copyright, advertisement, timestamp, reading_time, interface, breadcrumb, tags, contact, markup,
separator, headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dateline.model import Furniture
from dateline.reader.datelines import split_dateline

_CREDIT_WORD = r"(?:Image|Photo|Picture|Pic|Video|Graphic|Illustration|Photograph)?\s*(?:Credits?|Courtesy)"
_MEDIA = r"(?:Image|Images|Photo|Photos|Picture|Pic|Photograph|Video|Graphic|Illustration|File photo|File)"

#: national agencies whose photos run under their own name ("(PTI Photo)", "(ANP/Remko de Waal)")
_MORE_AGENCIES = r"PTI|ANI|IANS|ANP|dpa|DPA|Yonhap|Kyodo|Bernama|WAM"
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
# "... Image Credit: AFP" / "... Photo: Reuters" / "... (AP Photo/Jane Roe)" / "... Photo by Jane Roe"
# at the end of a line.
_TRAILING_CREDIT = re.compile(
    rf"""(?:^|[\s.;|•–—-])\s*
        (?:\(?\s*(?:{_CREDIT_WORD}|{_MEDIA})\s*[:|]\s*(?P<a>[^()]{{1,80}}?)\s*\)?
          |\(\s*(?P<b>(?:AP|AFP|Reuters|Getty|EPA|AAP|PA|Xinhua|Anadolu|{_MORE_AGENCIES})[^()]{{0,60}}?)\s*\)
          |(?P<c>(?:AP|AFP|REUTERS|Reuters|EPA|Getty\ Images|AFP\ via\ Getty\ Images|Shutterstock)(?:\s*(?:Photo\s*)?/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})?)
          |(?:\(\s*|(?<![\w,]\s)(?<![\w,]))(?:{_MEDIA})\s+by\s+(?P<d>{_NAME}(?:\s*/\s*{_NAME}|\s+(?:for|via|on)\s+(?:the\s+)?{_NAME})?)\s*\)?
        )\s*\.?\s*$""",
    re.VERBOSE,
)
#: what a line ending in such a credit holds: a label's colon or bar, a bracket, an agency's name
_CREDIT_CUES = re.compile(r":|\||\(| by |AP|AFP|EPA|REUTERS|Reuters|Getty Images|Shutterstock")  # one search a line
# A whole line that is only a credit.
_CREDIT_LINE = re.compile(
    rf"^\(?\s*(?:{_CREDIT_WORD}|{_MEDIA}|Source|SOURCE|Photographer|Photography)\s*(?:by\b|[:|])\s*(?P<credit>.{{1,80}}?)\s*\)?\.?$",
    re.IGNORECASE,
)
_AGENCY_PHOTO = re.compile(
    rf"^\(?(?P<credit>(?:AP|AFP|Reuters|REUTERS|EPA|(?:The )?Associated Press|Agence France-Presse|Getty Images|Shutterstock|Xinhua|Anadolu|{_MORE_AGENCIES})(?:\s*Photo)?"
    r"(?:\s*/\s*[\w .'-]{1,50})?)\)?\.?$"
)
_IMAGE_SLUG = re.compile(
    r"^(?:[a-z0-9]+(?:[-_][a-z0-9]+)*[-_]\d{6,}(?:[-_][a-z0-9]+)*|[\w-]+\.(?:jpe?g|png|gif|webp|avif))$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^[\W_]+$")

_PROMO = re.compile(
    r"""^(?:
        get\s+(?:exclusive|the\s+latest|breaking|our|all\s+the|the\s+day|unlimited)\b.*\b(?:channel|inbox|newsletter|app|alerts?|updates|access|subscription)\b
      | (?:subscribe|sign\s+up|register|join)\b.*\b(?:newsletter|channel|whatsapp|telegram|now|today|here|for\s+free|updates|alerts|briefing|inbox|our)\b
      | follow\s+(?:us|\S+(?:\s+\S+){0,4})\s+on\s+(?:twitter|x|facebook|instagram|whatsapp|telegram|youtube|tiktok|linkedin|threads|google\s+news)\b
      | (?:download|install)\s+(?:the|our)\b.*\bapp\b
      | (?:click|tap)\s+here\b
      | (?:listen|watch)\s+(?:to\s+)?(?:\S+\s+){0,3}?(?:latest|live|podcast|episode|now|here|radio)\b
      | get\s+access\s+to\b
      | (?:\S+\s+){0,4}(?:newsletters?|podcast)\s*$
      | (?:for\s+the\s+latest|stay\s+(?:up\s+to\s+date|informed|updated))\b
      | catch\s+all\s+the\s+(?:latest|breaking)\b.*\bnews\b
      | (?:already\s+a\s+subscriber|become\s+a\s+(?:member|subscriber)|support\s+(?:our|independent)\s+journalism)\b
      | if\s+you\s+enjoyed\s+this\s+article\b
      | tell\s+us\s+what\s+you\s+think\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_RELATED = re.compile(
    r"""^(?:
        (?:also\s+read|read\s+(?:more|also|next|the\s+latest)|read(?=\s*:)|watch|listen|video|photos|gallery|in\s+pictures|see\s+(?:also|more)|related(?:\s+(?:articles?|stories|news|content|coverage|links?|topics?|reading))?
        |more(?:\s+(?:on\s+this|from|stories|news|like\s+this|to\s+read))?|also|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in|have\s+missed)
        |recommended(?:\s+for\s+you|\s+stories|\s+reading)?|most\s+(?:read|popular|viewed|shared)(?:\s+in\s+\S+(?:\s+\S+)?)?|don'?t\s+miss|trending(?:\s+now)?
        |top\s+stories|latest\s+(?:news|stories)|what\s+to\s+read\s+next|further\s+reading|editor'?s\s+picks?)
        \s*(?:[:|»›>…-]|\.\.\.|$)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# a listing's age stamp ("3h ago", "an hour ago"; "Yesterday", "1d" only beside a separator)
_AGO = (r"(?:(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|wks?|months?|mos?)"
        r"|\d{1,3}\s*(?:s|m|h|d|w|mo|secs?|mins?|hrs?|wks?|mos?))\s+ago")
_STAMP = rf"(?:{_AGO}|yesterday|\d{{1,2}}\s?[mhdw])"  # "yesterday", "1d" only beside a separator
_SEP = r"\s*[|·•]\s*"
_NAME_WORD = r"[A-Z][\w.'’-]+"
_PLACE_IN = rf"{_NAME_WORD}(?:\s+{_NAME_WORD})?(?:,\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?)?"  # "Kyiv", "Kyiv, Ukraine"
_BYLINE = re.compile(
    rf"""^\(?(?:
        (?i:(?:written\s+|reported\s+|compiled\s+|story\s+)?by)\s+{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|and|&|de|van|von|al|el|bin
            |wire|staff|reporters?|correspondents?|writers?|team|desk|bureau))*
            (?:\s*[,|/]\s*[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){{0,5}})?
      | (?i:by)\s+{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|and|&|de|van|von|al|el|bin))+  # "By Jane Roe in Kyiv", not "By Christmas in ..."
            \s+in\s+{_PLACE_IN}(?:\s+and\s+(?:{_NAME_WORD}(?:\s+{_NAME_WORD})+\s+in\s+)?{_PLACE_IN})?
      | (?i:(?:additional\s+)?reporting\s+by)\b.{{0,200}}
      | (?i:(?:writing|editing)\s+by)\b.{{0,200}}
      | {_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}\s*\|\s*[\w .'’&-]{{2,40}}
      | {_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}},\s+(?:Reuters|AFP|AP|(?:The\s+)?Associated\s+Press|Bloomberg|Xinhua|dpa)  # "Jane Roe, Reuters"
      | (?i:staff\s+(?:reports?|writer)|(?:our|special)\s+correspondent|from\s+staff\s+and\s+wire\s+reports
          |(?:web|news|online|digital)\s+desk|(?:news\s+)?agencies
          |(?:with\s+)?(?:inputs\s+from\s+(?:agencies|PTI|IANS|ANI|Reuters|AFP|AP|wire\s+services)|agency\s+inputs))
      | (?:{_NAME_WORD}\s+){{2,3}}(?:Report|Desk|Bureau)
    )\.?\)?\.?(?i:{_SEP}(?:updated\s+)?{_STAMP})?$""",  # "By Jane Doe · 3h ago": a byline with its stamp, no teaser
    re.VERBOSE,
)
_SOCIAL = r"(?:share|tweet|email|e-mail|print|copy\s+link|copy|link|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|messenger|flipboard|comments?|save|gift\s+article|sms|\d+)"
_SOCIAL_WORD = r"(?:share|tweet|e-?mail|print|copy\s+link|facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest|comments?)"
_SHARE = re.compile(
    rf"^(?:{_SOCIAL_WORD}|(?:share|spread\s+the\s+word)(?:\s+(?:this|the)\s+(?:article|story|page|post))?(?:\s+(?:on|via)\s+\w+)?\s*[:!]?\s*(?:{_SOCIAL}[\s,|•·/]*)*|(?:{_SOCIAL}[\s,|•·/]+){{2,}}{_SOCIAL}?)$",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright\b|all\s+rights\s+reserved\b).{0,200}$|^.{0,150}\ball\s+rights\s+reserved\.?$"
    r"|^our\s+standards\s*:.{0,60}\btrust\s+principles\b.{0,20}$",  # a wire's footer under each story
    re.IGNORECASE,
)
_ADVERT = re.compile(
    r"^(?:advertisement|advertising|sponsored(?:\s+content)?|ad|promoted|paid\s+content|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|continue\s+reading(?:\s+(?:below|the\s+main\s+story))?|scroll\s+to\s+continue(?:\s+with\s+content)?)\s*\.?$",
    re.IGNORECASE,
)
_INTERFACE = re.compile(
    r"^(?:loading\.*|skip\s+to\s+(?:main\s+)?content|click\s+to\s+(?:expand|enlarge)|toggle\s+caption|hide\s+caption|"
    r"enlarge\s+this\s+image|view\s+(?:gallery|image|photos?)|open\s+in\s+app|scroll\s+down\s+for\s+video|"
    r"listen\s+to\s+(?:this\s+)?(?:article|story)(?:\s*[·•|,(-]?\s*\d{1,2}(?::\d\d)?(?:\s*min(?:ute)?s?)?\)?)?|"
    r"\d+\s+min(?:ute)?s?\s+listen|back\s+to\s+top|close|menu|search|save(?:\s+(?:article|story|for\s+later))?)\s*\.?$",  # "Listen to this article 3 min"
    re.IGNORECASE,
)
_TIMESTAMP = re.compile(
    r"^(?P<label>(?:first\s+)?published|posted|last\s+updated|updated|last\s+modified|modified|date)\b(?P<sep>\s+(?:on|at)\b|\s*[:|-])?\s*(?P<value>.{3,80})$",
    re.IGNORECASE,
)
#: the bar between a page's two stamps on one line ("Published: ... | Last updated: ..."): each
#: part is a timestamp of its own
_STAMP_PARTS = re.compile(
    r"\s*[|·•]\s*(?=(?:first\s+)?published\b|posted\b|(?:last\s+)?updated\b|(?:last\s+)?modified\b)", re.IGNORECASE)
_READING_TIME = re.compile(
    r"^(?:(?:estimated\s+)?reading\s+time|read\s+time|tempo\s+de\s+leitura|tiempo\s+de\s+lectura|lesezeit|temps\s+de\s+lecture)\b.{0,30}$"
    r"|^\d{1,3}\s*(?:-|\s)?\s*min(?:ute)?s?\.?\s+read$",
    re.IGNORECASE,
)
_CLOCK_AND_YEAR = re.compile(r"(?=.*\b\d{1,2}[:h]\d{2}\b)(?=.*\b(?:19|20)\d{2}\b)")
_INLINE_COPYRIGHT = re.compile(r"(?:(?<!\S)©|\(c\)|\bcopyright\b)\s*(?P<credit>[^,.;]{2,60})", re.IGNORECASE)
_SHORTCODE = re.compile(r"\[/[a-z_]+\]|\[[a-z_]+\s+[a-z_]+=[^\]]*\]")  # WordPress "[button link=...]"
#: a shortcode with what it wraps ("[caption id=...]Protesters in Paris[/caption]", "[embed]URL[/embed]"),
#: a tag with settings ("[button link=...]") or a closing tag left alone
_SHORTCODE_PART = re.compile(r"\[(?P<name>[a-z_]+)(?:\s[^\]]*)?\](?P<inner>[^\[]*)\[/(?P=name)\]"
                             r"|\[[a-z_]+\s+[a-z_]+=[^\]]*\]|\[/[a-z_]+\]")
#: shortcodes whose wrapped text is no sentence's: a picture's caption, an embedded post or player, a button
_MEDIA_CODES = frozenset(("caption", "wp_caption", "embed", "video", "audio", "gallery", "playlist", "button",
                          "youtube", "tweet", "instagram"))
# "China furious at Macron over protest jibe [INSIGHT]": a tabloid's related-story line.
_TAGGED_LINK = re.compile(r"\s\[(?:INSIGHT|VIDEO|PICTURES|PICS|REVEALED|REACTION|LATEST|POLL|ANALYSIS|LIVE|MAP|UPDATE)\]\s*\|?$")
# "Caught in the act: telescope spies stellar flare 1 hour ago", "3h ago Hamas rejects ...": a
# teaser of another story (a headline, and how long ago it was posted, after it or before it), in
# a related-stories box or under a figure. The one rule for such lines: nothing else re-reads them.
_TEASER_END = re.compile(
    rf"^(?P<head>(?-i:[A-Z0-9‘'“\"]).*?[^\s.!?;:,|·•])(?:(?P<sep>{_SEP})(?P<stamp>{_STAMP})|\s+(?P<ago>{_AGO}))[\s|·•]*$",
    re.IGNORECASE)
_TEASER_START = re.compile(
    rf"^\W*(?:updated\s+)?(?:(?P<ago>{_AGO})(?:\s*[|·•:–—-]\s*|\s+)|(?P<stamp>{_STAMP}){_SEP})(?P<head>(?-i:[A-Z0-9‘'“\"]).*)$",
    re.IGNORECASE)
_BARE_STAMP = re.compile(rf"^\W*(?:updated\s+)?{_STAMP}\W*$", re.IGNORECASE)
_COMPACT_STAMP = re.compile(r"(?<![^\W\d])\d{1,2}\s?[mhdw]\b")
#: the lines a teaser follows: the image of its card, or another teaser or a "Related" header
_TEASER_AFTER = ("image_slug", "related_links")
_NO_HEADLINE = frozenset(("by", "posted", "updated", "published", "written", "last"))
_PRONOUNS = frozenset(("I", "We", "He", "She", "They", "You", "It", "My", "Our"))
_FOLLOW_AUTHOR = re.compile(
    r"\bfollow\s+(?:him|her|them|me|us)\s+on\s+(?:twitter|x|facebook|instagram|threads|bluesky|linkedin)\b",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"^[^|>›»]{1,40}(?:\s[|>›»]\s[^|>›»]{1,40}){2,}$")  # "Outlet | World | Middle East"
# a trail from the home page, one step or more: "Home » World", "Home > Middle East", "Home / News / World"
# or a section path split by slashes from a site's section, each step two words at most: "World /
# Middle East", "News/World/Asia", "Culture / Arts & Music" (not "Israel / Hamas", "World / Middle East
# leaders meet", "Europe / Africa Summit Opens")
_HOME_CRUMB = re.compile(
    r"^(?:(?i:home(?:page)?|front page)(?:\s[|>›»/]\s[^|>›»/.!?:]{1,40}){1,5}"
    r"|(?:News|World|Sports?|Business|Politics|Opinion|Culture|Arts|Entertainment|Tech(?:nology)?|Science|"
    r"Health|Life(?:style)?|Money|Markets|Economy|Environment|Climate|Local|National|International|Nation|"
    r"Region|Regions|Europe|Asia|Africa|Americas|Video|Features|Travel|Education|Society)"
    r"(?:\s?/\s?[A-Z][\w'’.-]*(?:\s(?:&|and|of))?(?:\s[A-Z][\w'’.-]*)?){1,4})$")
# "Pakistan Tehreek-e-Insaf (PTI) - Latest news", "Gaza War | Latest News and Updates": a site
# section's title (a topic page), no dateline and no headline ("Israel-Gaza war: Live updates" is a
# live blog's headline)
_SECTION = re.compile(
    r"^[^.!?|]{2,60}?\s*[-–—|:]\s*(?:latest|breaking|top)\s+(?:news|updates|headlines|stories)"
    r"(?:\s+(?:and|&)\s+(?:updates|analysis|videos?|photos))?(?:\s*[-–—|:]\s*[^.!?]{1,40})?$",
    re.IGNORECASE)
#: such a title run into the page's first line ("... - Latest news The party said ..."), not after a
#: dateline's place in capitals ("WASHINGTON (AP) — Breaking news Tuesday rattled ...")
_SECTION_RUN_ON = re.compile(
    r"^(?!(?-i:[A-Z]{3,})\b)(?P<head>[^.!?|]{2,60}?\s*[-–—|:]\s*(?:latest|breaking|top)\s+(?:news|updates|headlines|stories))"
    r"\s+(?!(?i:agency|service|network|channel)\b)(?-i:(?=[A-Z][\w'’-]*\s+[a-z]|[“\"‘']))(?P<rest>\S.{19,})$",
    re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"^(?:tags?|topics?|filed\s+under|categories|category|keywords)\s*:.{0,200}$", re.IGNORECASE)
_CONTACT = re.compile(
    r"^(?:have\s+a\s+(?:news\s+)?tip\b|(?:contact|email|e-mail|reach)\s+(?:the\s+)?(?:author|reporter|us|him|her)\b|.{0,80}\bmay\s+be\s+reached\s+at\b).{0,250}$",
    re.IGNORECASE,
)

SHORT = 30  # words: promo, related, share and similar lines are never longer


@dataclass(frozen=True)
class LineContext:
    """What the classifier may know beyond the line: the previous line's kind, the page title."""

    previous_kind: str | None = None
    title: str | None = None
    index: int = 0  # position among the non-empty lines


def classify_line(line: str, context: LineContext = LineContext()) -> Furniture | None:
    """The furniture kind of one stripped line, or None when it is body text."""
    text = line.strip()
    if not text:
        return None
    words = len(text.split())
    if _SEPARATOR.match(text):
        return Furniture("separator", text)
    if words == 1 and _IMAGE_SLUG.match(text):
        return Furniture("image_slug", text)
    if context.title and (_same_text(text, context.title) or (
            context.index < 2 and text[-1] not in ".!?" and _similar(text, context.title))):
        return Furniture("headline", text)
    found = _short_furniture(text) if words <= SHORT else None
    if found is not None:
        return found
    if _teaser(text, context.previous_kind, words):
        return Furniture("related_links", text)
    caption = _caption(text, words)
    if caption is not None:
        return _unless_teaser(caption)
    if context.previous_kind == "image_slug" and words <= 80 and split_dateline(text)[0] is None:
        teaser = _promo_headline(text, words) or _reported_headline(text, words)
        return Furniture("related_links" if teaser else "caption", text)
    if context.previous_kind == "related_links" and _looks_like_link_title(text, words):
        return Furniture("related_links", text)
    if words <= 40 and _COPYRIGHT.match(text):
        return Furniture("copyright", text)
    match = _INLINE_COPYRIGHT.search(text) if words <= 25 else None
    if match:
        return _unless_teaser(Furniture("caption", text, _clean_credit(match.group("credit"))))
    if "[" in text and _SHORTCODE.search(text):
        return Furniture("markup", text)
    if words <= 50 and _CONTACT.match(text):
        return Furniture("contact", text)
    if words <= 25 and _TAGGED_LINK.search(text):
        return Furniture("related_links", text)
    if words <= 60 and _FOLLOW_AUTHOR.search(text):
        return Furniture("promo", text)
    return None


def split_shortcodes(text: str) -> tuple[str, tuple[Furniture, ...]]:
    """``(text, furniture)``: a line's WordPress shortcodes cut out as furniture, its sentence kept
    ("[caption id=...]Protesters in Paris[/caption] The governor said ..." -> "The governor said
    ...", a caption). What a shortcode of no media wraps stays in the sentence ("the
    [tooltip text=...]Medicaid[/tooltip] plan" -> "the Medicaid plan")."""
    if "[" not in text or not _SHORTCODE.search(text):
        return text, ()
    found: list[Furniture] = []

    def cut(match: re.Match[str]) -> str:
        name, inner = match.group("name"), (match.group("inner") or "").strip()
        if name and name not in _MEDIA_CODES and not inner.startswith("http"):
            return match.group("inner")  # in place, as spaced: "the [tooltip]corridor[/tooltip]'s"
        caption = name in ("caption", "wp_caption") and inner
        found.append(Furniture("caption", inner) if caption else Furniture("markup", match.group(0)))
        return " "

    return " ".join(_SHORTCODE_PART.sub(cut, text).split()), tuple(found)


def split_section_title(text: str) -> tuple[str, str] | None:
    """``(title, rest)`` for a line that opens with a site section's title run into the text ("X
    (PTI) - Latest news The party said ..."); None for any other line."""
    match = _SECTION_RUN_ON.match(text) if "ews" in text[:90] or "pdates" in text[:90] else None
    if match is None or not _SECTION.match(match.group("head")):
        return None
    return match.group("head"), match.group("rest")


def _short_furniture(text: str) -> Furniture | None:
    """Kinds that only ever cover a short line."""
    match = _CREDIT_LINE.match(text) or _AGENCY_PHOTO.match(text)
    if match and len(match.group("credit").split()) <= 6:
        return Furniture("credit", text, _clean_credit(match.group("credit")))
    for kind, pattern in (("advertisement", _ADVERT), ("related_links", _RELATED), ("breadcrumb", _BREADCRUMB),
                          ("breadcrumb", _HOME_CRUMB),
                          ("reading_time", _READING_TIME), ("interface", _INTERFACE),
                          ("share", _SHARE), ("byline", _BYLINE), ("tags", _TAGS),
                          ("breadcrumb", _SECTION)):
        if pattern.match(text):
            return Furniture(kind, text)
    if _PROMO.match(text):
        return Furniture("promo", text)
    if _stamps(text):
        return Furniture("timestamp", text)
    # a glued stamp has a clock or "Updated": the two tests spare the slow lookbehinds on every short line
    if ("Updated" in text or ":" in text) and (unglued := _GLUED_STAMP.sub(" ", text)) != text and _stamps(unglued):
        return Furniture("timestamp", text)
    return None


def _stamps(text: str) -> bool:
    """A line of one stamp or of several split by bars ("Published: ... | Updated: ...")."""
    return _timestamp(text) or (len(parts := stamp_parts(text)) > 1 and all(map(_timestamp, parts)))


def unglue_stamp(text: str) -> str:
    """A stamp whose parts a copied page glued, spaced ("August 18, 20245:42 PM GMT+8Updated 2
    hours ago" -> "August 18, 2024 5:42 PM GMT+8 Updated 2 hours ago"); other text unchanged."""
    return _GLUED_STAMP.sub(" ", text)


def stamp_parts(text: str) -> list[str]:
    """A line's stamps, split at the bar before each label ("Published: ... | Updated: ...")."""
    return _STAMP_PARTS.split(text) if "|" in text or "·" in text or "•" in text else [text]


def _timestamp(text: str) -> bool:
    """A line that only dates the page: "Published: Aug. 19, 2024, 6:12 a.m.", "Sun 18 Aug 2024, 15:04 GMT"."""
    match = _TIMESTAMP.match(text)
    if match and _has_date_or_time(value := match.group("value")) and (
            _mostly_date(value) or (match.group("sep") and len(value.split()) <= 8)):
        return True
    words = len(text.split())
    if words <= 8 and _has_date_or_time(text) and _mostly_date(text):
        return True
    return words <= 10 and bool(_CLOCK_AND_YEAR.match(text)) and not re.search(r"[.!?]$", text)


def _teaser(text: str, previous_kind: str | None, words: int) -> bool:
    """A headline and its age ("... 1 hour ago", "3h ago ...", "... | Yesterday"): after a teaser's
    image or among related links, in any shape; elsewhere with a separator before a closing age
    ("... · 35 mins ago") after a headline of five words or more ("Reuters · 2 hours ago", "By Jane
    Doe · 2 hours ago" are no teasers), or with an opening age before an unfinished headline of
    four words or more ("3h ago Hamas rejects new conditions"). Body prose that ends in "an hour
    ago" has neither, nor prose that opens with one ("2 hours ago, jets struck ...")."""
    if not words <= 25 or not _may_be_stamped(text):
        return False
    if previous_kind in _TEASER_AFTER and _BARE_STAMP.match(text):
        return True  # the card's own stamp on a line of its own ("3h ago", "Yesterday")
    end, start = _TEASER_END.match(text), _TEASER_START.match(text)
    if end is None and start is None:
        return False
    if previous_kind in _TEASER_AFTER:  # a caption's sentence may open with an age ("10 days ago jets ...")
        return (end is not None or previous_kind == "related_links"
                or (start is not None and start.group("head")[-1] not in ".!?"))
    if end is not None and end.group("sep"):
        headline = end.group("head").split()
        return len(headline) >= 5 and headline[0].lower() not in _NO_HEADLINE
    if start is not None:  # a headline has no "I" ("5 days ago I was in Rafah with my family")
        head = start.group("head").split()
        return len(head) >= 4 and head[-1][-1] not in ".!?;,:" and head[0] not in _PRONOUNS
    return False


def _may_be_stamped(text: str) -> bool:
    """A cheap test before the teaser patterns: an age word or a short stamp near an end."""
    for end in (text[:32].lower(), text[-16:].lower()):
        if "ago" in end or "yesterday" in end or _COMPACT_STAMP.search(end):
            return True
    return False


def _unless_teaser(found: Furniture) -> Furniture:
    """A caption that carries a listing's age stamp is a related story's teaser, not a caption."""
    text = found.text
    if found.kind == "caption" and _may_be_stamped(text) and (
            _TEASER_END.match(text) or _TEASER_START.match(text)):
        return Furniture("related_links", text)
    return found


#: words a headline in title case capitalises and a caption's names seldom do ("Hamas Rejects New
#: Conditions For The Deal"; "Secretary of State Antony Blinken" keeps "of" low)
_TITLE_WORDS = frozenset((
    "A", "An", "The", "And", "Or", "But", "For", "Of", "To", "In", "On", "At", "As", "By", "With", "From",
    "Over", "After", "Into", "About", "Amid", "Against", "Ahead", "Before", "Is", "Are", "Was", "Were",
    "Will", "Could", "Would", "Can", "Says", "Say", "What", "Why", "How", "Who", "This", "That", "Its",
    "Their", "Your", "More", "New", "Not", "No", "Up", "Out", "Off", "Back", "Than", "Be", "Has", "Have"))
#: a headline's verbs ("Hamas Says ...", "Why The ..."); a caption in title case names a scene with
#: prepositions and conjunctions ("Smoke Rises Over Rafah After A Strike", "Crowds Cheer As Truce Holds")
_HEADLINE_WORDS = frozenset((
    "Says", "Say", "Said", "Will", "Could", "Would", "Can", "What", "Why", "How", "Who", "Is", "Are",
    "Was", "Were", "Has", "Have", "Not", "No"))
#: "To" before these is a preposition ("Families Return To Their Homes"), not a headline's "Talks To Resume"
_NOT_INFINITIVE = frozenset(("The", "A", "An", "Their", "His", "Her", "Its", "Our", "My", "Your", "This", "That"))
#: verbs of a scene's gathering or waiting that an early "To" of purpose follows in a caption
#: ("Mourners Gather To Bury ...", "Crowds Line Up To Greet ..."), never a headline's "Unions Threaten To"
_SCENE_VERBS = frozenset(("Gather", "Queue", "Wait", "Assemble", "Crowd", "Flock", "Throng", "Huddle"))
_SCENE_PAIRS = frozenset((("Line", "Up"), ("Queue", "Up")))
_LINK_END = re.compile(r"\s(?:»|›|→|>>?)$")


def _promo_headline(text: str, words: int) -> bool:
    """A promo's or teaser's headline under an image, not the image's caption: a link's arrow at
    its end ("Inside the talks »"), or title case with no final stop ("Hamas Rejects New Conditions
    For Ceasefire Deal"): every word of four letters or more capitalised, two or more small words
    capitalised inside it, one a headline's verb ("Says", "Is") or an early "To" of a headline ("Talks
    To Resume"). A caption is a sentence (a stop, a credit, words in lower case) or a scene in title
    case, with no such word ("Protesters Rally In Tel Aviv To Demand A Deal", "Mourners Gather To
    Bury Victims")."""
    if _LINK_END.search(text) and words <= 20:
        return True
    if not 4 <= words <= 16 or text[-1] in ".!?\"”’)]":
        return False
    tokens = re.findall(r"[^\W\d_][\w'’-]*", text)
    if any(len(t) >= 4 and not t[0].isupper() for t in tokens):
        return False
    if sum(t in _TITLE_WORDS for t in tokens[1:]) < 2:
        return False
    return not _HEADLINE_WORDS.isdisjoint(tokens) or _headline_to(tokens[:5])


def _headline_to(early: list[str]) -> bool:
    """An early "To" of a headline ("Talks To Resume", "Unions Threaten To Strike", "Lawmakers
    Approve Bill To Fund"), not a preposition ("Return To Their Homes") nor the purpose of a scene's
    gathering or waiting ("Mourners Gather To Bury Victims", "Crowds Line Up To Collect Bread")."""
    for i, token in enumerate(early[1:-1], 1):
        if token != "To" or early[i + 1] in _NOT_INFINITIVE:
            continue
        return early[i - 1] not in _SCENE_VERBS and tuple(early[max(i - 2, 0):i]) not in _SCENE_PAIRS
    return False


#: a headline's bare name (a surname, a party, a country), a verb of saying in the present and the
#: clause said ("Volker says there was nothing unusual", "Hamas denies it broke the truce"); not a
#: caption's name in full or with its title ("President Biden says there has been progress", "Mr
#: Abbas says he ...", "Jane Doe says she ..."), a plural ("Residents say they ..."), "He says ..."
_REPORTED = re.compile(
    r"^(?!(?:This|That|He|She|It|One)\s)[A-Z][\w.'’-]*\s+"
    r"(?:says|insists|warns|denies|claims|admits|argues|confirms)\s+(?:that|there|he|she|it|they|we|I|nothing|no)\s")


#: an attribution in the past tense after a comma, its subject first (", the auditor told a
#: hearing", ", officials said", ", the inquiry heard"): a story's sentence, which a headline in the
#: present never has; not a headline's second predicate (", told to keep quiet", ", then told to
#: leave") nor a clause of its own (", as he had said in May")
_PAST_ATTRIBUTION = re.compile(
    r",\s+(?!(?:as|and|but|then|when|while|after|before|which|who|that)\b)(?:[\w.'’-]+\s+){1,5}?"
    r"(?:said|told|added|wrote|testified|heard)\b(?!\s+to\b)")


def _reported_headline(text: str, words: int) -> bool:
    """A teaser's headline in sentence case under an image: a bare name says something, with no
    final stop nor a closing bracket ("... [Jane Roe/Reuters]": a caption's credit). A caption shows
    who or what is in the picture, naming a person as its story does, or repeats a sentence of the
    story, its stop lost ("Doe says there was no warning, the auditor told a hearing")."""
    return (5 <= words <= 20 and text.rstrip("\"”’'")[-1:] not in (".", "!", "?", ")", "]")
            and bool(_REPORTED.match(text)) and not _PAST_ATTRIBUTION.search(text))


def _looks_like_link_title(text: str, words: int) -> bool:
    """A headline under "Also read": short, capitalised, not a finished sentence."""
    return 3 <= words <= 20 and text[:1].isupper() and not re.search(r"[.!;:,]$", text)


def _caption(text: str, words: int) -> Furniture | None:
    """A photo caption ending in its credit ("... Image Credit: AFP")."""
    if words > 90 or not _CREDIT_CUES.search(text):
        return None
    match = _TRAILING_CREDIT.search(text)
    if not match:
        return None
    credit = match.group("a") or match.group("b") or match.group("c") or match.group("d")
    before = text[: match.start()].strip()
    if not before:
        return Furniture("credit", text, _clean_credit(credit))
    explicit = match.group("a") is not None or match.group("d") is not None
    # Without an explicit "Photo:"/"Credit:" label, only "(AP Photo/...)" style credits count.
    if not explicit and not re.search(r"Photo|/", credit or ""):
        return None
    return Furniture("caption", text, _clean_credit(credit))


def _clean_credit(credit: str | None) -> str | None:
    if credit is None:
        return None
    credit = credit.strip(" .;:()|")
    return credit or None


_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE_OR_TIME = re.compile(
    rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|"
    r"\d{1,2}:\d{2}|\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\.?|(?:\d+\s+(?:minutes?|hours?|days?)\s+ago))\b",
    re.IGNORECASE,
)
#: where a copied page glues its stamp's parts ("August 18, 20245:42 PM GMT+8Updated 2 hours ago")
_GLUED_STAMP = re.compile(r"(?<=\b(?:19|20)\d\d)(?=\d{1,2}:\d\d)|(?<=[\w+])(?=Updated\b)")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DOT_CLOCK = re.compile(r"\d{1,2}\.\d{2}")
_DATE_WORDS = re.compile(
    rf"^(?:{_MONTH}|\d+|[ap]\.?m\.?|gmt|utc|[a-z]{{2,4}}t|mon|tue|wed|thu|fri|sat|sun|\w+day|at|on|the|of|by|"
    r"minutes?|hours?|days?|ago|\W+)$",
    re.IGNORECASE,
)


def _has_date_or_time(text: str) -> bool:
    return bool(_DATE_OR_TIME.search(text))


def _mostly_date(text: str) -> bool:
    """Every word is a date/time word: "Sun 18 Aug 2024, 15:04 GMT"; a clock with a dot ("Sun 18
    Aug 2024 10.12 BST") only beside a year (not opening hours: "9.30 A.M. / 7.00 P.M.")."""
    words = re.findall(r"[^\s,|]+", text)
    year = _YEAR.search(text) is not None
    return bool(words) and all(_DATE_WORDS.match(w.strip(".,")) or _DATE_OR_TIME.match(w)
                               or (year and _DOT_CLOCK.fullmatch(w)) for w in words)


def _same_text(a: str, b: str) -> bool:
    """Equal up to case, punctuation and spacing."""
    return _norm(a) == _norm(b) != ""


_WORDS = re.compile(r"\w+")


@lru_cache(maxsize=64)
def _norm(s: str) -> str:
    """A text's words in lower case, one space apart: the page title's is asked once a line."""
    return " ".join(_WORDS.findall(s.lower()))


def _similar(a: str, b: str, threshold: float = 0.6) -> bool:
    """Word-set Jaccard similarity at least ``threshold`` (a title and its on-page variant)."""
    x, y = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return bool(x and y) and len(x & y) / len(x | y) >= threshold
