"""From a Document to the figures of the vocabulary it states.

How a number becomes a figure, in order:

1. Numbers (extract.numbers) that are not dates, phone numbers, money, ages, times, page or case numbers.
2. Its unit: the noun right after it ("998 migrant children"); a number with no noun of its own ("689
   afterward", "148 are in the process") takes the unit of the count before it; any other noun (years,
   people, tweets) means it is not a figure.
3. Its qualifier: the words right before it ("nearly", "más de", "up to").
4. Its state: the cue (lexicon.toml ``[states]``) nearest to it within its clause: "identified 3,924",
   "3,881 children were separated", "998 children who are still not reunited". A cue right after the noun
   ("children separated at the border") only describes the children and counts only when nothing else does.
5. Its modifiers within its stretch of sentence: before/after the task force, a plan ("will be reunited"),
   another population ("Afghan refugee children").
6. The metric is the lexicon's ``[metrics.<unit>]`` entry for the state (and modifier); no entry, no figure.

Precision first: whenever a step is unsure, the number is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

from extract.dates import AsOf, DateMention, find_as_of, find_dates, month_number
from extract.lexicon import CueScanner, Lexicon, load_lexicon, tag_of
from extract.model import Document, Figure
from extract.numbers import NumberMention, digit_windows, find_numbers
from extract.text import sentence_spans_at
from extract.vocabulary import METRIC_UNITS

_PHONE = re.compile(r"(?:\+?1[\s.-])?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")
_MONEY = re.compile(
    r"(?:US|USD|U\.S\.)?\s?[$€£]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|millones|mil millones|[mbk]\b))?"
    r"|\d[\d,.]*\s*(?:dollars|dólares|dolares|usd|euros|pesos)\b",
    re.IGNORECASE,
)
_CASE_NUMBER_BEFORE = re.compile(
    r"(?:\bno\.?|\bnos\.?|\bnumber|\bnúm\.?|\bnum\.?|\bcase|\border|\beo|\be\.o\.|\bexecutive\s+order|"
    r"\borden\s+ejecutiva|§+|\bsection|\bsec\.|\bu\.s\.c\.|\btitle|\barticle|\bartículo|\brule|\bdocket|"
    r"\becf|\bdoc\.?|\bdkt\.?|\bpage|\bpages|\bp\.|\bpp\.|\bpágina|\bh\.r\.|\bpub\.\s*l\.|\bie|\bversion|"
    r"\bchapter|\bstep|\bphase|\broom|\bsuite|\bbox|\broute|\bamendment|\bissue|\bvol\.?|\bvolume|\bid|"
    r"\bgrade|\bcategory|\btier|\bcode|\bfootnote|\bnote|\bexhibit|\bpart|\bparagraph|\bpara\.|\b¶|#|"
    r"\btable|\btabla|\bchart|\bappendix|\banexo)"
    r"\s*$",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(
    r"(?:\bages?|\baged|\bedad(?:es)?|\b(?:niños|niñas|menores|hijos)\s+de\s+entre|\bunder\s+(?:the\s+)?age\s+of|\bolder\s+than|\byounger\s+than)"
    r"(?:\s+(?:of|between|from|de|entre))?\s*$",
    re.IGNORECASE,
)
# "the children under 5", "kids who were under 5": a bound right after a child noun (or "who were") is an age,
# not a qualifier.
_AGE_BOUND_AFTER_NOUN = re.compile(
    r"\b(?:(?:children|child|kids|minors|toddlers|infants|ones|niños|niñas|menores)\s+(?:aged\s+)?"
    r"|(?:who|that|que)\s+(?:are|were|is|was|son|eran|era)\s+)(?:under|below|menores\s+de)\s*$",
    re.IGNORECASE,
)
# "children between five and 17", "niños entre 5 y 12": a span of small numbers right after a child noun is an
# age span, both ends of it.
_AGE_SPAN_AFTER_NOUN = re.compile(
    r"\b(?:children|child|kids|minors|teens|teenagers|niños|niñas|menores)\s+(?:aged\s+)?(?:between|entre)\s*$",
    re.I,
)
# A child's age, in digits or words (1 to 18).
_ENGLISH_AGE_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    "|eighteen"
)
_AGE_WORD = (
    rf"(?:\d{{1,2}}|{_ENGLISH_AGE_WORDS}|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece"
    r"|catorce|quince|dieciséis|diecisiete|dieciocho)"
)
_AGE_SPAN_END = re.compile(rf"\s*(?:and|to|-|–|y|a)\s*{_AGE_WORD}\b(?!\s*[,.]?\d)", re.I)
_AGE_AFTER = re.compile(
    r"\s*(?:-|\s)(?:years?|yrs?|months?|días|años|meses)(?:-|\s)?(?:old|de\s+edad)\b|,\s*(?:and|y)\s|\s+and\s+"
    r"(?=\S+\s*-?\s*years?\s*-?\s*old)",
    re.IGNORECASE,
)
_AGE_LIST_AFTER = re.compile(
    r"(?:\s*,\s*\d{1,2}){0,4}\s*,\s*(?:(?:and|or|y|o)\s+)?\d{1,2}\s*-?\s*(?:years?|años)(?:\s*-?\s*old|\s+de\s+edad)\b",
    re.IGNORECASE,
)
_ATTACHED_AFTER = re.compile(r"-(?!plus\b)[A-Za-z]|\s?°|\.\d|(?:st|nd|rd|th)\b|[º°ª]")
_SMALL_NUMBER_AFTER_NAME = re.compile(r"\b[A-ZÁÉÍÓÚÑ][^\W\d_]*[a-zá-úñ],\s*$")  # "Juana Pérez, 52,"
# "who were 4 when they were separated", "who are 9 now": a bare number a person "is" at a time is an age.
_AGE_COPULA_BEFORE = re.compile(r"\b(?:who|que)\s+(?:are|were|is|was|tenían|tienen|tenía|tiene)\s+$", re.I)
_AGE_COPULA_AFTER = re.compile(r"\s+(?:now|today|then|when|at\s+the\s+time|ahora|hoy|cuando)\b", re.I)
_PLUS_AFTER = re.compile(r"-plus\b|\+(?!\s*\d)", re.I)
_QUOTE_OR_SPACE = re.compile(r"[\s\"“”'‘’«»]*")
_GAP_TAIL = re.compile(
    r"(?:\band|\by|,|;|:|—|–|\bas\s+well\s+as|\bwhile|\bplus|\bincluding|\bincluidos|\bincluidas|\bamong\s+them)\s*(?:another|other|otros|otras|an?\s+additional)?\s*$",
    re.I,
)
_COORDINATION = re.compile(
    r"^[\s,;]*(?:and|y|as\s+well\s+as|while|but|,)?[\s,]*(?:another|other|otros|otras)?\s*$", re.I
)
# "the number of children separated was 2,342", "the true number of children still in custody is more than
# 2,000", "el total de niños ... asciende a 2.551", "put the number of separated children above 4,300": a copular or
# change-of-state predicate whose subject names the counted noun (and its state).
_NUMBER_OF_ADJECTIVES = (
    r"(?:(?:true|real|actual|official|overall|final|new|total|exact|verdadero|real|total)\s+)?"
)
_NUMBER_OF_UNIT = (
    r"(?:number|count|total|tally|cifra|n[uú]mero|total)(?:\s+(?:real|total|oficial|verdadero|exacto|final))?\s+(?:of|de)\s+"
    r"(?:(?:separated|migrant|immigrant|possible|potential|separad[oa]s|migrantes)\s+){0,2}(?P<unit>\w+)\b"
)
_NUMBER_OF = re.compile(
    r"\b(?:the\s+|el\s+|la\s+)?"
    + _NUMBER_OF_ADJECTIVES
    + _NUMBER_OF_UNIT
    + r"[^.;:()]{0,80}?\b(?:at|was|is|stood\s+at|stands\s+at|to|reached|reaches|en|fue|es|ascendi[oó]\s+a|"
    r"asciende\s+a|ascend[ií]a\s+a|alcanz[aó]|alcanzaba|lleg[aó]\s+a|llegaba\s+a|totals|totaled|totalled|"
    r"exceeds|exceeded|tops|topped|surpass(?:es|ed)|supera(?:ba|n)?(?:\s+(?:los|las))?|super[oó](?:\s+(?:los|las))?)[\s\"“'‘«]*$",
    re.IGNORECASE,
)  # the count may be quoted: 'the number ... is "under 3,000"'
_PUT_NUMBER_OF = re.compile(
    r"\b(?:put|puts|putting|placed|places|pushed|pushes|brought|brings|raised|raises|sit[úu]an?|elevan?|elev[oó])"
    r"\s+(?:the\s+|el\s+|la\s+)?" + _NUMBER_OF_ADJECTIVES + _NUMBER_OF_UNIT + r"\s+(?:at|en\s+)?$",
    re.IGNORECASE,
)
# What may follow a count with no noun of its own when the sentence named it before.
# "the number of children whose parents have not been located rose to 666 after the government turned over records":
# a time or cause adjunct after the count, not a noun of its own
_NAMED_TAIL = re.compile(
    r"$|[.,;)—–]|(?:and|but|or|y|pero|o|as\s+of|al\s+\d|on|in|after|since|last|this|from|according|"
    r"tras|desde|despu[eé]s|seg[uú]n)\b",
    re.IGNORECASE,
)
# A time span that starts before the task force existed: its reunions are not the task force's.
_COURT_ERA_SPAN = re.compile(
    r"\b(?:since|during|throughout|desde|durante)\s+(?:(?:the|el|la)\s+)?"
    r"(?:(?:summer|spring|fall|autumn|winter|start|beginning|end|verano|primavera|otoño|invierno|inicios?|"
    r"principios|finales)\s+(?:of\s+|de\s+)?)?"
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\s+(?:de\s+)?)?"
    r"(?:2017|2018|2019|2020)\b",
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|a)\s*$|\s+(?:and|y)\s+$", re.IGNORECASE)
_RANGE_BETWEEN = re.compile(r"(?:\bbetween|\bentre|\bfrom|\bde)\s*$", re.IGNORECASE)
_CHANGE_VERB = re.compile(
    r"\b(?:increas|ris|rose|grew|grow|jump|climb|fell|fall|drop|declin|went|aument|subi|baj)", re.I
)
_CLAUSE_BREAK = re.compile(
    r"[;:,()\[\]—–]|\s--\s|\b(?:and|(?<!\ball\s)but|while|whereas|although|y|pero|mientras|aunque)\b", re.I
)
_STRONG_BREAK = re.compile(
    r";|—|\s--\s|\b(?:(?<!\ball\s)but|while|whereas|although|pero|mientras|aunque)\b|,\s+(?:and|y)\b", re.I
)
_RELATIVE_LINK = re.compile(
    r"^[\s\"“”'‘’,]*(?:(?:who|that|which|que|quienes|los\s+cuales|las\s+cuales|it|they|we)\s+(?:\w+\s+){0,3})?$",
    re.IGNORECASE,
)
# A cue that starts with a verb or a negation is a predicate even right after the noun ("niños aún no ...").
_FINITE_START = re.compile(
    r"(?:aún|aun|todavía|todavia|still|remain\w*|stay(?:s|ed)?|have|has|had|are|were|is|was|siguen|permanecen|quedan|"
    r"han|continúan|continue\w*|no|not|yet|awaiting|may|might|could|would)\b",
    re.IGNORECASE,
)
_SEPARATED_WORD = re.compile(r"separated|separad[oa]s", re.IGNORECASE)
_COUNTING_VERB_BEFORE = re.compile(
    r"\b(?:counts?|counted|tall(?:y|ies|ied)|contabiliza|contabilizó)\s+$",
    re.I,
)
_PERIOD_AFTER = re.compile(
    r"\s+(?:between|from|during|since|under|entre|desde|durante|bajo)\b", re.IGNORECASE
)
# "before the Task Force was formed or through its efforts": both periods, i.e. the total.
_EITHER_OR_AFTER = re.compile(
    r"[^.;:]{0,60}?\b(?:or|o)\s+(?:through|after|since|during|by|under|with|via|thanks|gracias|durante|despu[eé]s|tras|por|con|mediante)\b",
    re.IGNORECASE,
)
# "3.913 casos y sigue revisando otros 1.723": a coordinated verb right before the next number is that number's.
_COORDINATED_VERB_GAP = re.compile(r"\s*,?\s*(?:and|y|e|but|pero)\s+(?:[^\W\d]+\s+){0,2}", re.I)
_NEXT_OBJECT_LEAD = re.compile(
    r"\s*(?:(?:otros|otras|other|another|an?\s+additional|additional|a\s+further|further)\s*)?", re.I
)
# "either during the 2018 scramble or through the task force": the task force is one of two periods named.
_EITHER_OR_BEFORE = re.compile(
    r"\b(?:either|whether|ya\s+sea)\s[^.;:]*?\b(?:or|o|u)\s+$"
    # "some through a 2018 court order and others through the task force": the count split between both periods
    r"|\b(?:some|unos|unas|algunos|algunas)\s[^.;:]*?\b(?:and|y)\s+(?:others|otros|otras)\s+$",
    re.IGNORECASE,
)
# "ORR has received at least 118 children": an intake count, not the separated class.
_INTAKE_BEFORE = re.compile(
    r"\b(?:received|took\s+in|recibi[oó]|recibieron|ha\s+recibido)\s*$", re.IGNORECASE
)
# "M of the N children", "out of N": N is the whole the count is taken from.
_PARTITIVE_JOIN = re.compile(
    r"\s*(?:total\s+\w+\s+)?(?:of|out\s+of|de)\s+(?:the\s+|los\s+|las\s+|a\s+total\s+of\s+)?"
    # "more than 3,000 of the roughly 3,900 children": the whole's own hedge after "of the"
    r"(?:(?<=the\s)(?:roughly|about|around|approximately|nearly|almost|some|more\s+than|over)\s+"
    r"|(?<=los\s|las\s)(?:unos|unas|casi|cerca\s+de|m[aá]s\s+de|alrededor\s+de)\s+)?$"
    # "about 76% of the roughly 3,900 children": a share's whole, hedged or not
    r"|[ \t]?(?:%|percent|per\s+cent|por\s+ciento)\s+(?:of|de)\s+(?:the\s+|los\s+|las\s+)"
    r"(?:(?:roughly|about|around|approximately|nearly|almost|some|more\s+than|over|unos|unas|casi|cerca\s+de|"
    r"m[aá]s\s+de)\s+)?$",
    re.I,
)
_PARTITIVE_LEAD = re.compile(r"(?:^|[.;:\n]\s*|\b(?:and|y)\s+)(?:of|out\s+of|de)\s+(?:the|los|las)\s*$", re.I)
# Every lexicon ``elsewhere`` entry holds one of these stems: the full scan runs only when one is there.
_ELSEWHERE_HINT = re.compile(r"europ|mediterr|balkan|balcan|channel", re.IGNORECASE)
_ALIGNED_COLUMNS = re.compile(r"\S[ \t]{2,}\S")
# "De los 3.924 menores que el Gobierno de Estados Unidos identificó": the subject of the relative may be a long name
_RELATIVE_TAIL = re.compile(r"\b(?:who|that|which|que|quienes)\s+(?:\w+\s+){0,6}$", re.I)
_PARTITIVE_NOISE = re.compile(r"\b(?:whose|who|which|that|cuyos|cuyas|que|with|con)\b", re.I)
# "That is up from 689 a year earlier", "frente a los 689 de hace un año": the same count, said earlier.
_EARLIER_VALUE_BEFORE = re.compile(
    r"\b(?:up|down|increased|rose|grew|fell|declined|(?:an?\s+)?(?:reduction|decrease|drop|decline|increase|rise))\s+"
    r"(?:(?:slightly|sharply|only|just|a\s+bit|somewhat)\s+)?from\s+(?:the\s+)?$|\b(?:higher|lower|greater|larger|smaller)\s+than\s+(?:the\s+)?$|\b(?:frente\s+a|comparado\s+con)\s+(?:los|las)?\s*$",
    re.IGNORECASE,
)
_HEDGED = re.compile(
    r"\b(?:may|might|could)\s+have\s+been\s+(?:\w+\s+)?(?:separated|deported|removed)"
    r"|\bpodr[ií]an\s+haber\s+sido\s+(?:separad|deportad)",
    re.I,
)
_SUBSET_OF_PARENTS = re.compile(
    r"\b(?:some|many|a\s+few|most|several|algunos|algunas|muchos|muchas)\s+of\b|\b(?:algun|much)[oa]s\b"
    r"|\b(?:including|among\s+them|incluidos|incluidas|incluyendo|entre\s+ell[oa]s)\b",
    re.I,
)
_HEDGED_ADDITION = re.compile(
    r"^\s*(?:additional|more|further|otros|otras|adicionales)\b[^.;]{0,40}?\b(?:may|might|could|podrían|podrian)\b",
    re.I,
)
_PERCENT_OF = re.compile(
    r"\s+(?:of|de)\s+(?:the|those|these|all|los|las|estos|estas)?\s*(?:\w+\s+){0,2}?"
    r"(?:children|kids|minors|families|niños|menores|familias)\b",
    re.IGNORECASE,
)
_SAY_BEFORE = re.compile(
    r"\b(?P<verb>said|says|reported|reports|counted|counts|dijo|dice|inform[oó]|report[oó]|cont[oó])\s+$",
    re.I,
)
_CONTRAST_GAP = re.compile(r"[^.]*?(?:;|,\s+(?:while|whereas|but|mientras|pero)\b)[^.;]*$", re.I)
_CLOSES_CLAUSE = re.compile(r"\s*(?:[.;,)]|$)")


# "in recent weeks", "over the past few days", "en las últimas semanas": a window of weeks back from the page's date.
_RECENT_WINDOW = re.compile(
    r"\b(?:(?:in|over|during)\s+(?:recent|the\s+(?:past|last)(?:\s+(?:few|two|three|several))?)\s+(?:weeks|days)"
    r"|en\s+(?:las|los)\s+(?:últim[oa]s|ultim[oa]s)\s+(?:semanas|d[ií]as))\b",
    re.I,
)


def _clause_end_after(text: str, start: int, end: int) -> int:
    found = _CLAUSE_BREAK.search(text, start, end)
    return found.start() if found else end


def _parallel_ellipsis(text: str, previous: _Reading, reading: _Reading) -> bool:
    """Whether ``reading`` repeats the verb right before ``previous`` after a contrast, with no noun of its own."""
    if previous.metric is None or previous.unit is None or not previous.explicit_unit:
        return False
    if not _CLOSES_CLAUSE.match(text, reading.mention.end):
        return False
    here = _SAY_BEFORE.search(text, max(0, reading.qualifier_start - 20), reading.qualifier_start)
    there = _SAY_BEFORE.search(text, max(0, previous.qualifier_start - 20), previous.qualifier_start)
    if here is None or there is None or here.group("verb").lower() != there.group("verb").lower():
        return False
    return bool(_CONTRAST_GAP.match(text, previous.mention.end, here.start()))


_PERCENT_OBJECT_RELATIVE = re.compile(
    r"\s+(?:that\s+|whom\s+)?(?:the|its|this|el|la)\s+(?:[\w.-]+\s+){0,2}?(?:government|administration|agency|"
    r"department|task\s+force|gobierno|administraci[oó]n|agencia|departamento)\s+(?:(?:has|had|have|ha|había)\s+)?"
    r"(?:identified|separated|split\s+up|took|identific[oó]|separ[oó]|identificado|separado)\b",
    re.I,
)
_OR_SO_AFTER = re.compile(r"\s+or\s+so\b", re.I)
_MILLAR_OF = re.compile(r"(?:(?<=millar)|(?<=centenar))\s+de\s+", re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s+(?:more|más|mas)\b", re.IGNORECASE)
_POSSESSED = re.compile(r"\b(?:their|its|his|her|sus|su|with|con|from|de)\s+$", re.I)
_PERCENT_SIGN = re.compile(
    r"[ \t]?(?:%|[ \t]*percent\b|[ \t]*per\s+cent\b|[ \t]*por\s+ciento\b|[ \t]*porciento\b)", re.I
)
_ADJACENT_DISTANCE_PENALTY = 1000
_TASK_FORCE_CREATED = date(2021, 2, 2)
_TASK_FORCE_METRICS = frozenset({"children_reunified_by_task_force", "families_reunified_by_task_force"})
_BLOCKING_STATES = frozenset({"other", "plan"})


@dataclass(frozen=True)
class _Cue:
    """The state cue that governs a number, and where it stands."""

    state: str
    span: tuple[int, int]


@dataclass(frozen=True)
class _Scan:
    """The text the cue patterns run on: lower-cased (same offsets) with case-sensitive patterns when
    lower-casing keeps every offset, else the text itself with the case-insensitive ones."""

    text: str
    state: re.Pattern[str] | CueScanner
    modifier: re.Pattern[str] | CueScanner

    @classmethod
    def of(cls, text: str, lexicon: Lexicon, lowered: str | None = None) -> _Scan:
        lowered = text.lower() if lowered is None else lowered
        if len(lowered) == len(text):
            return cls(lowered, lexicon.state_lower, lexicon.modifier_lower)
        return cls(text, lexicon.state, lexicon.modifier)


@dataclass
class _Reading:
    """What has been worked out about one number so far."""

    mention: NumberMention
    qualifier: str = "exact"
    qualifier_start: int = 0
    unit: str | None = None
    unit_end: int = 0
    explicit_unit: bool = False
    state: str | None = None
    metric: str | None = None
    range_low: _Reading | None = None
    is_range_low: bool = False
    whole: bool = False
    earlier_value: bool = False
    part_of: _Reading | None = None
    anaphoric: bool = False
    dropped: bool = False
    separated_adjective: bool = False
    age_bounded: bool = False
    coordinated_with: bool = False


def extract_figures(document: Document | str, published: date | None = None) -> list[Figure]:
    """The figures of the vocabulary that ``document`` states, in text order, each once.

    Args:
        document: a Document, or plain text.
        published: the publication date, when known; it overrides ``document.published`` and gives
            the year to as-of dates that have none ("as of Sept. 10").

    Returns:
        Figures whose ``start``/``end`` index the number in ``document.text`` and whose ``evidence`` is
        the sentence holding it.
    """
    if isinstance(document, str):
        document = Document(text=document)
    original = document.text
    text = _blank_line_numbers(original)
    published = published or document.published
    lexicon = load_lexicon()

    # Dates, phone numbers and amounts all hold digits: only the stretches around digits are scanned.
    windows = digit_windows(text)
    dates = find_dates(text, published, windows)
    as_ofs = find_as_of(text, dates)
    masked = _masked_spans(text, dates, windows)
    lowered = text.lower()  # once, for number words and cues
    mentions = [m for m in find_numbers(text, windows, lowered) if not _overlaps(masked, m.start, m.end)]

    scan = _Scan.of(text, lexicon, lowered)
    figures: list[Figure] = []
    seen: set[tuple[str, int | float, str]] = set()
    previous_unit: str | None = None
    last_metric: str | None = None
    last_metric_end = 0
    last_metric_value: float | None = None
    index = 0
    sub_counts: set[int | float] = set()
    for sent_start, sent_end in sentence_spans_at(text, [m.start for m in mentions]):
        in_sentence: list[NumberMention] = []
        while index < len(mentions) and mentions[index].start < sent_end:
            if mentions[index].start >= sent_start:
                in_sentence.append(mentions[index])
            index += 1
        if not in_sentence:
            continue
        sentence = text[sent_start:sent_end]
        if lexicon.chrome.match(sentence) or _is_bracketed_teaser(sentence):
            continue
        readings = _read_sentence(text, sent_start, sent_end, in_sentence, previous_unit, lexicon, scan)
        sub_counts.update(r.mention.value for r in readings if r.age_bounded and r.dropped)
        for reading in readings:
            if reading.unit in {"children", "families", "parents", "separations", "cases"}:
                previous_unit = reading.unit
        for reading in readings:
            if reading.anaphoric and reading.metric is None and not reading.dropped:
                reading.metric = _antecedent_metric(
                    text, reading, last_metric, last_metric_end, lexicon
                )  # "put the count at 3,881": the count named last, when that is unambiguous
            elif (
                reading.earlier_value
                and reading.metric is None
                and not reading.dropped
                and last_metric
                and reading.unit in {None, METRIC_UNITS[last_metric]}
                # "locate the parents of fewer than 150 children, ... down from more than 300": the count compared
                # with is the one just before in the sentence; when that one gave no figure, neither does this
                and not any(
                    other.mention.end <= reading.mention.start
                    and other.mention.start >= last_metric_end
                    and other.metric is None
                    and not other.earlier_value
                    and other.mention.value != last_metric_value  # the same count said again
                    # "the number of teenagers at the camp grew to 1,600, up from about 400", "156,000
                    # encounters, down from 251,487": a count of something else, or of nothing said, is compared
                    and (
                        other.unit in {"children", "families", "parents", "other"}
                        or not (other.explicit_unit or other.dropped)
                    )
                    for other in readings
                )
            ):
                reading.metric = last_metric  # "That is up from 689 a year earlier"
            if (
                reading.metric is None
                and not reading.dropped
                and reading.unit == "percent"
                and last_metric is not None
                and last_metric.startswith("children_reunified_")
                and _SHARE_OF_LAST_BEFORE.fullmatch(text, sent_start, reading.qualifier_start)
                and "\n\n" not in text[last_metric_end:sent_start]
                and _SHARE_CLOSE_AFTER.match(text, reading.mention.end)
                and not any(r.mention.start < reading.mention.start and r is not reading for r in readings)
            ):
                # "Of those, 2,926 had been reunified. That works out to 74.6 percent.": the share is the
                # count just given, taken of its whole (a share of those still apart is not ours)
                reading.metric = "percent_reunified"
            if reading.metric is None and not reading.dropped:
                # "identifies 1,556 more children separated at border, bringing total to over 5,400", "eleva a
                # 5.460 el total de niños separados": a running total of what the sentence counts
                reading.metric = _running_total_metric(text, readings, reading, sent_start, lexicon, scan)
            such = (
                not reading.dropped
                and reading.unit in {"children", "families", "parents"}
                and _SUCH_AFTER.match(text, reading.mention.end)
                # a predicate of its own other than a bare count ("497 such children were reunited") still decides
                and reading.metric in {None, "children_separated_identified", "families_separated"}
            )
            if such:
                # "The government counted 497 such children": "such" says the count is of a kind described before,
                # which may be the last figure's ("500 separated children are still in custody") or only a noun
                # phrase near it ("About 520 were reunited before they reached HHS ... there were 2,047 such
                # children in its care"): the kind is not known, so neither is the figure
                reading.metric = None
            if reading.dropped or reading.metric is None:
                continue
            last_metric = reading.metric
            last_metric_end = reading.mention.end
            last_metric_value = reading.mention.value
            mention = reading.mention
            if reading.metric in _TASK_FORCE_METRICS and published and published < _TASK_FORCE_CREATED:
                # written before the task force existed: "reunited ..., after their parent completed ..." is a
                # count of all the children reunified so far, not one of the task force's own
                if reading.metric != "children_reunified_by_task_force":
                    continue
                reading.metric = "children_reunified_total"
            if (
                reading.metric == "children_reunified_total"
                and published
                and published >= _TASK_FORCE_CREATED + timedelta(days=45)
                and _RECENT_WINDOW.search(
                    text, reading.mention.end, _clause_end_after(text, reading.mention.end, sent_end)
                )
            ):
                # "Otros siete se reunieron con sus familias en las últimas semanas" in a page of June 2021: weeks
                # before a date well after the task force began lie within its time
                reading.metric = "children_reunified_by_task_force"
            if reading.part_of is not None and any(
                _same_state(metric, reading.metric) and value == reading.part_of.mention.value
                for metric, value, _q in seen
            ):
                # "Some 16 of the 522 children were reunited after ...", 522 being the reunified count: a part of a
                # count in the same state is a subset of it
                continue
            bare_whole = _BARE_WHOLE_BEFORE.search(
                text, max(sent_start, reading.qualifier_start - 30), reading.qualifier_start
            )
            whole_value = (
                reading.part_of.mention.value
                if reading.part_of is not None
                else int(re.sub(r"[.,]", "", bare_whole.group("n")))
                if bare_whole
                else None
            )
            if (
                whole_value is not None
                and reading.metric == "children_separated_identified"
                and any(
                    value == whole_value and METRIC_UNITS[metric] == "children" for metric, value, _q in seen
                )
            ):
                # "Of the 666, 188 were separated during the El Paso pilot": every child of a count already given
                # was separated, so a part said to be separated is a subset of it, never the whole class
                continue
            key = (reading.metric, mention.value, reading.qualifier)
            if key in seen:
                continue
            if _DEFINITE_BEFORE.search(
                text, max(sent_start, mention.start - 12), reading.qualifier_start
            ) and any(value == mention.value and metric != reading.metric for metric, value, _q in seen):
                continue  # "The 545 children were separated earlier": the count already given, referred to again
            seen.add(key)
            figures.append(
                Figure(
                    metric=reading.metric,
                    value=mention.value,
                    qualifier=reading.qualifier,
                    unit=METRIC_UNITS[reading.metric],
                    as_of=_governing_as_of(as_ofs, mention.start, sent_start, sent_end),
                    published=published,
                    evidence=original[sent_start:sent_end],
                    start=mention.start,
                    end=mention.end,
                    page=document.page_at(mention.start),
                )
            )
    figures.extend(_listicle_figures(text, original, mentions, figures, as_ofs, published, document))
    figures.extend(_how_many_figures(text, original, mentions, figures, as_ofs, published, document))
    figures.extend(
        _column_table_figures(text, original, mentions, dates, figures, as_ofs, published, document, scan)
    )
    if sub_counts:
        # "Government Reunites 57 Young Children" over "reunited 57 children under the age of 5": the
        # headline repeats the age-bounded sub-count
        figures = [f for f in figures if not (f.unit == "children" and f.value in sub_counts)]
    return _prefer_body_reading(text, _prefer_specific(figures))


# A listicle: "1. 3,924" alone on its line, its meaning in the line below ("That's how many children ...",
# "Children who have not been reunified.", "The families that have registered through Together.gov.").
_LIST_VALUE_LINE = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+")
_HOW_MANY_LEAD = re.compile(r"(?:that|this)(?:'s|’s| is| was) (?:how many|the number of)\s+", re.I)
_FIRST_SENTENCE = re.compile(r"[^\n]*?(?:[.!?](?=\s+[A-Z\"“]|\s*$)|$)", re.M)


def _listicle_figures(
    text: str,
    original: str,
    mentions: list[NumberMention],
    figures: list[Figure],
    as_ofs: list,
    published: date | None,
    document: Document,
) -> list[Figure]:
    """Figures of a numbered list whose items are bare numbers ("1. 3,924"), each read as the count the next
    line's first sentence describes: as the subject of "That's how many children ...", else as the value of that
    sentence taken as a row label ("Children who have not been reunified: 998"). Two such items at least."""
    items = []
    for mention in mentions:
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        if line_end < 0 or text[mention.end : line_end].strip():
            continue
        lead = _LIST_VALUE_LINE.fullmatch(text, line_start, mention.start)
        if lead and not mention.percent and not mention.decimal:
            items.append((mention, line_start, line_end))
    if len(items) < 2:
        return []
    taken = {f.start for f in figures}
    found: list[Figure] = []
    for mention, line_start, line_end in items:
        if mention.start in taken:
            continue
        sentence = _FIRST_SENTENCE.match(text, line_end + 1)
        explanation = sentence.group(0).strip() if sentence else ""
        if not explanation or not explanation[0].isalpha():
            continue
        number = text[mention.start : mention.end]
        how_many = _HOW_MANY_LEAD.match(explanation)
        if how_many:
            synthetic = f"{number} {explanation[how_many.end() :]}"
        else:
            synthetic = f"{explanation.rstrip('.!?')}: {number}"
        read = [f for f in extract_figures(synthetic, published) if f.value == mention.value]
        if len({f.metric for f in read}) != 1:
            continue
        figure = read[0]
        found.append(
            Figure(
                metric=figure.metric,
                value=mention.value,
                qualifier=figure.qualifier,
                unit=figure.unit,
                as_of=_governing_as_of(as_ofs, mention.start, line_start, line_end),
                published=published,
                evidence=original[line_start:line_end].strip(),
                start=mention.start,
                end=mention.end,
                page=document.page_at(mention.start),
            )
        )
    return found


# "Two thousand, one hundred twenty-seven. That is how many children ... have no record of ...": a number said alone
# as a sentence, and the next sentence saying what it counts.
_FRAGMENT_OPEN = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
_FRAGMENT_CLOSE = re.compile(r"[ \t]*[.!?][ \t]+")


def _how_many_figures(
    text: str,
    original: str,
    mentions: list[NumberMention],
    figures: list[Figure],
    as_ofs: list,
    published: date | None,
    document: Document,
) -> list[Figure]:
    """Figures of a number that is a sentence by itself, read as the subject of the next sentence when that one
    opens with "That is how many <noun> ..." (the noun and predicate are the number's)."""
    taken = {f.start for f in figures}
    found: list[Figure] = []
    for mention in mentions:
        if mention.start in taken or mention.percent:
            continue
        if not _FRAGMENT_OPEN.search(text, max(0, mention.start - 3), mention.start):
            continue
        close = _FRAGMENT_CLOSE.match(text, mention.end)
        if close is None:
            continue
        how_many = _HOW_MANY_LEAD.match(text, close.end())
        sentence = _FIRST_SENTENCE.match(text, close.end())
        if how_many is None or sentence is None:
            continue
        number = text[mention.start : mention.end]
        synthetic = f"{number} {text[how_many.end() : sentence.end()]}"
        read = [f for f in extract_figures(synthetic, published) if f.value == mention.value]
        if len({f.metric for f in read}) != 1:
            continue
        figure = read[0]
        if any((f.metric, f.value) == (figure.metric, figure.value) for f in figures):
            continue
        found.append(
            Figure(
                metric=figure.metric,
                value=mention.value,
                qualifier=figure.qualifier,
                unit=figure.unit,
                as_of=_governing_as_of(as_ofs, mention.start, mention.start, sentence.end()),
                published=published,
                evidence=original[mention.start : sentence.end()].strip(),
                start=mention.start,
                end=mention.end,
                page=document.page_at(mention.start),
            )
        )
    return found


# A table flattened with pipes whose header row names each column's count ("Snapshot | Children identified |
# Reunified through task force | Not yet reunified") and whose rows are labelled by something that is no count
# ("June 2021 (initial report) | 3,913 | 7 | 2,127"): each value is read under its column's header.
_PIPE_RULE = re.compile(r"[ \t|:-]*")


# "Month | Children separated | Children reunified", "New cases per week": rows of a flow, each a part of the count
_FLOW_HEADER = re.compile(
    r"\b(?:months?|years?|weeks?|quarters?|monthly|weekly|yearly|annual|new|added|per|mes|meses|año|años|semana|nuevos)\b",
    re.I,
)


def _pipe_cells(line: str) -> list[tuple[int, int]]:
    """The (start, end) offsets within ``line`` of its cells, outer pipes dropped, blanks trimmed."""
    cells, start = [], 0
    for end in [i for i, ch in enumerate(line) if ch == "|"] + [len(line)]:
        cell = line[start:end]
        left = start + len(cell) - len(cell.lstrip())
        cells.append((left, left + len(cell.strip())))
        start = end + 1
    if cells and cells[0][0] == cells[0][1]:
        cells = cells[1:]
    if cells and cells[-1][0] == cells[-1][1]:
        cells = cells[:-1]
    return cells


def _column_table_figures(
    text: str,
    original: str,
    mentions: list[NumberMention],
    dates: list[DateMention],
    figures: list[Figure],
    as_ofs: list,
    published: date | None,
    document: Document,
    scan: _Scan,
) -> list[Figure]:
    """Figures of the value cells of a pipe table read column-wise, when its rows are dated snapshots: each row is
    written out as the chart rows "<column header>: <cell>" in column order (a header naming the noun lends it to
    the bare ones after it) and read like any chart. A row labelled by a state ("Reunified | 2,926") is the row
    reader's; a row labelled by anything but a month or a day ("El Paso | 281", "2018 | 1,995") may be a share or
    a flow, not the count; a row that gives fewer than two different counts is no status snapshot: nothing."""
    taken = {f.start for f in figures}
    found: list[Figure] = []
    header: list[str] | None = None
    line_start = 0
    for line in text.split("\n"):
        start, line_start = line_start, line_start + len(line) + 1
        if "|" not in line:
            header = None
            continue
        if _PIPE_RULE.fullmatch(line):
            continue  # "|---|---|" under a markdown header
        cells = _pipe_cells(line)
        if header is None:
            if len(cells) >= 3 and not any(ch.isdigit() for ch in line) and not _FLOW_HEADER.search(line):
                header = [line[a:b] for a, b in cells]
            continue
        if len(cells) != len(header):
            header = None
            continue
        label_start, label_end = start + cells[0][0], start + cells[0][1]
        dated = [
            d
            for d in dates
            if label_start <= d.start < label_end and not text[d.start : d.end].strip().isdigit()
        ]
        if (
            not dated
            or next(scan.state.finditer(scan.text, label_start, label_end), None)
            or any(label_start <= m.start < label_end for m in mentions)
        ):
            continue
        row: list[tuple[NumberMention, str, str]] = []
        for (a, b), title in zip(cells[1:], header[1:], strict=True):
            inside = [m for m in mentions if start + a <= m.start < start + b]
            if len(inside) == 1 and inside[0].start not in taken:
                row.append((inside[0], title, line[a:b]))
        read = extract_figures("\n".join(f"{title}: {cell}" for _m, title, cell in row), published)
        readings = []
        for mention, _title, _cell in row:
            same = [f for f in read if f.value == mention.value]
            if len({f.metric for f in same}) == 1:
                readings.append((mention, same[0]))
        if len({figure.metric for _m, figure in readings}) < 2:
            continue
        as_of = dated[0].value if dated[0].has_day else None
        for mention, figure in readings:
            if any(
                (f.metric, f.value, f.qualifier) == (figure.metric, figure.value, figure.qualifier)
                for f in figures
            ):
                continue  # the same count said in the text already
            found.append(
                Figure(
                    metric=figure.metric,
                    value=mention.value,
                    qualifier=figure.qualifier,
                    unit=figure.unit,
                    as_of=as_of or _governing_as_of(as_ofs, mention.start, start, start + len(line)),
                    published=published,
                    evidence=original[start : start + len(line)].strip(),
                    start=mention.start,
                    end=mention.end,
                    page=document.page_at(mention.start),
                )
            )
    return found


_LINE_NUMBER = re.compile(r"(?m)^[ \t]{0,3}(\d{1,4})(?=[ \t]+\S|[ \t]*$)")
_DIGIT_LINE = re.compile(r"\n[ \t]{0,3}\d")
# "Interagency Task Force ... | Initial Progress Report          2", "Annual Report 12": a bare number ending a line
# right after the name of the document is its page number, in a running header or footer.
_LINE_END_NUMBER = re.compile(r"[ \t](\d{1,3})[ \t]*$", re.M)
_DOCUMENT_NAME_END = re.compile(
    r"\b(?:report|page|p[aá]gina|update|bulletin|newsletter|transcript|summary|informe)(?:[ \t]*\|)?[ \t]*$",
    re.I,
)


def _blank_line_numbers(text: str) -> str:
    """Court filings and hearing transcripts number their lines ("3  2,654 children of ...", "781  Ms. DeGETTE
    ..."): a number that starts a line and continues a run of consecutive numbers (n, n+1, n+2 at the
    starts of the lines) is a line number; so is a page number after the document's name at the end of a
    line ("Initial Progress Report 2"). They are blanked out (same offsets) so they neither count nor break
    sentences."""
    chars: list[str] | None = None
    for match in _LINE_END_NUMBER.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _DOCUMENT_NAME_END.search(text, max(line_start, match.start() - 40), match.start() + 1):
            chars = chars if chars is not None else list(text)
            for position in range(match.start(1), match.end(1)):
                chars[position] = " "
    # Every match starts a line with a digit: too few such lines (a cheap literal-led search) and none of
    # them can be numbered.
    if sum(1 for _ in _DIGIT_LINE.finditer(text)) + 1 >= 3:
        matches = list(_LINE_NUMBER.finditer(text))
        numbered = _numbered_runs(matches)
        if numbered:
            chars = chars if chars is not None else list(text)
            for match in numbered:
                for position in range(match.start(1), match.end(1)):
                    chars[position] = " "
    return text if chars is None else "".join(chars)


def _numbered_runs(matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """The line-start numbers that belong to a run of at least three consecutive values (n, n+1, n+2) on
    lines that follow one another (blank lines between them allowed)."""
    numbered: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for match in matches:
        if run and (
            int(match.group(1)) == int(run[-1].group(1)) + 1
            and not match.string[run[-1].end() : match.start()].strip("\n").count("\n") > 2
        ):
            run.append(match)
            continue
        if len(run) >= 3:
            numbered += run
        run = [match]
    if len(run) >= 3:
        numbered += run
    return numbered


# "the number of migrant children separated at the border", "totals for the number of separated children": a
# count named by its noun (and state), with no number of its own.
_NAMED_COUNT = re.compile(
    r"\b(?:number|count|total|tally|figure)s?\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<adjectives>(?:(?:migrant|immigrant|separated|possible|potential)\s+)*)"
    r"(?P<unit>children|kids|minors|families|parents)\b"
    r"(?:\s+(?:who\s+(?:were|have\s+been|are)\s+)?(?P<state>separated|identified|reunited|reunified|taken|removed|"
    r"still\s+(?:separated|apart)))?",
    re.I,
)
_NAMED_RELATIVE = re.compile(r"\s+(?:whose|who|that|which|cuyos|cuyas|que)\b", re.I)
_NAMED_STATES = {
    "separated": "separated",
    "identified": "separated",
    "taken": "separated",
    "removed": "separated",
    "reunited": "reunified",
    "reunified": "reunified",
}


def _antecedent_metric(
    text: str, reading: _Reading, last_metric: str | None, last_metric_end: int, lexicon: Lexicon
) -> str | None:
    """The metric of "the number" said again ("put the count at 3,881"): a count named by its noun since the last
    figure decides; else the last figure, when it is in the same or the previous paragraph; else none (the antecedent is not
    certain)."""
    start = reading.qualifier_start
    named = max(
        _NAMED_COUNT.finditer(text, max(last_metric_end, start - 600), start),
        key=lambda match: match.start(),
        default=None,
    )
    if named is not None:
        relative = _NAMED_RELATIVE.match(text, named.end(), start)
        if relative is not None and named.group("state") is None:
            # "the number of separated children whose parents cannot be reached": the relative clause says which
            # count is named; one that is none of ours names none
            clause_end = _CLAUSE_BREAK.search(text, relative.end(), start)
            found = lexicon.state.search(text, relative.end(), clause_end.start() if clause_end else start)
            if found is None or tag_of(found) != "parents_not_located":
                return None
            unit = tag_of(lexicon.unit.match(named.group("unit")))
            if reading.unit not in {None, unit}:
                return None
            return _metric_for(unit, "parents_not_located", None, lexicon)
        state = named.group("state")
        if state is None and "separated" in named.group("adjectives").lower():
            state = "separated"
        if state is None:
            return None
        state = "remaining" if state.lower().startswith("still") else _NAMED_STATES[state.lower()]
        unit = tag_of(lexicon.unit.match(named.group("unit")))
        if reading.unit not in {None, unit}:
            return None
        return _metric_for(unit, state, None, lexicon)
    if last_metric is None or text.count("\n\n", last_metric_end, start) > 1:
        return None  # the last figure is more than a paragraph away
    return last_metric if reading.unit in {None, METRIC_UNITS[last_metric]} else None


def _same_state(metric: str, other: str) -> bool:
    """Whether two metrics count the same state (the reunified, whatever the period)."""
    reunified = "children_reunified_"
    return metric == other or (metric.startswith(reunified) and other.startswith(reunified))


def _prefer_specific(figures: list[Figure]) -> list[Figure]:
    """ "Más de 400 niños ... se han reunido" (headline) and "más de 400 ... gracias al grupo de trabajo"
    (body): the same count, said once with and once without its task-force cue, is the specific figure."""
    specific = {
        (f.value, f.qualifier)
        for f in figures
        if f.metric in {"children_reunified_by_task_force", "children_reunified_before_task_force"}
    }
    return [
        f
        for f in figures
        if not (f.metric == "children_reunified_total" and (f.value, f.qualifier) in specific)
    ]


# "'Under 3,000' separated children in government custody": a noun phrase with a place and no verb.
_VERBLESS_LOCATIVE_AFTER = re.compile(
    r"[\"”’'\s]+(?:[\w-]+\s+){0,2}?(?:children|kids|minors|niños|niñas|menores)\s+(?:in|under|en|bajo)\s+[^\n]*$",
    re.I | re.M,
)
_TITLE_LINE_END = re.compile(r"[.!?:;,\"”’)]$")


def _in_title_line(text: str, position: int) -> bool:
    """Whether ``position`` is on a headline: a line near the top with no closing punctuation, set off by
    a blank line (or the text's start) above and below."""
    if position > 600:
        return False
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if not line or _TITLE_LINE_END.search(line):
        return False
    above = text[max(0, start - 2) : start]
    below = text[end : end + 2]
    return (start == 0 or above == "\n\n") and below in {"\n\n", ""}


def _prefer_body_reading(text: str, figures: list[Figure]) -> list[Figure]:
    """ "HHS chief: 'Under 3,000' separated children in government custody" (headline) over "his department has
    identified 'under 3,000' children who were separated" (body): the same count in the same form, read as
    another metric of the same unit from the headline's verbless phrase, is the body's figure."""
    body = {(f.value, f.qualifier, f.unit): f.metric for f in figures if not _in_title_line(text, f.start)}
    return [
        f
        for f in figures
        if not (
            _in_title_line(text, f.start)
            and _VERBLESS_LOCATIVE_AFTER.match(text, f.end)
            and body.get((f.value, f.qualifier, f.unit), f.metric) != f.metric
            and not any(
                g.metric == f.metric and g.value == f.value and g is not f for g in figures
            )  # the headline's metric is said in the body as well
        )
    ]


def _masked_spans(text: str, dates: list, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = [(d.start, d.end) for d in dates]
    for start, end in windows:
        spans += [m.span() for m in _PHONE.finditer(text, start, end)]
        if _may_hold_money(text, start, end):
            spans += [m.span() for m in _MONEY.finditer(text, start, end)]
    spans.sort()
    return spans


_MONEY_WORDS = ("dollars", "usd", "euros", "pesos", "dolares")


def _may_hold_money(text: str, start: int, end: int) -> bool:
    """False only when ``_MONEY`` cannot match in ``text[start:end]``: an ASCII stretch with neither a
    currency sign nor a currency word."""
    window = text[start:end]
    if not window.isascii() or "$" in window:
        return True
    lowered = window.lower()
    return any(word in lowered for word in _MONEY_WORDS)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    # spans are sorted by start: only those starting before ``end`` can overlap
    position = bisect_left(spans, (end,))
    return any(e > start for _s, e in spans[max(0, position - 64) : position])


def _is_bracketed_teaser(sentence: str) -> bool:
    stripped = sentence.strip()
    return stripped.startswith("[") and stripped.endswith("]")


_FRACTION_BEFORE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|uno|una|dos|tres|cuatro|cinco|\d+)\s+"
    r"(?:in|out\s+of|of\s+every|de\s+cada)\s+$",
    re.IGNORECASE,
)
# "three in four of them": the numerator of a ratio is no more a count than its denominator.
_FRACTION_AFTER = re.compile(
    r"\s+(?:in|of\s+every|out\s+of\s+every|de\s+cada)\s+"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|uno|una|dos|tres|cuatro|cinco|\d+)\b",
    re.IGNORECASE,
)
# "said Milagros Ventura, a volunteer who has accompanied 14 families": the aside describes the speaker.
_SPEAKER_ASIDE = re.compile(
    r"(?:[A-ZÁÉÍÓÚÑ][\w'’.-]+\s+){0,3}[A-ZÁÉÍÓÚÑ][\w'’-]+,\s+(?:who|quien|quienes|que|a|an)\s"
    r"(?![^,;:\"“”]*\b(?:said|says|told|announced|reported|dijo|afirmó|señaló|informó|indicó)\b)"
    r"[^,;:\"“”]*$"
)
_SPEAKER_LEAD = re.compile(
    r"(?:\bsaid|\bsays|\bdijo|\bcontó|\bseñaló|\bafirmó|\babogad[oa]|\bvocer[oa])\s+(?:[\w.-]+\s+){0,3}?"
    r"[A-ZÁÉÍÓÚÑ][\w'’-]+,\s+[^,;:\"“”]*$"
)


# Every match of _SPEAKER_ASIDE ends with this: a cheap literal-led test first.
_ASIDE_HINT = re.compile(r",\s+(?:who|quien|quienes|que|a|an)\s[^,;:\"“”]*$")


def _last_tokens_start(lead: str, tokens: int) -> int:
    """An offset at or before the start of the last ``tokens`` whitespace-separated tokens of ``lead``.

    The patterns searched with it end in ``\\s*$`` and span at most that many tokens: no match can start
    earlier, so the search can skip the rest (same result, much less work)."""
    parts = lead.rstrip().rsplit(None, tokens)
    return len(parts[0]) if len(parts) > tokens else 0


# The last character of every _CASE_NUMBER_BEFORE match (its alternatives' final letters and signs).
_CASE_NUMBER_LAST = re.compile(r"[.osrmentfcpxldyha¶#§]", re.IGNORECASE)


# How the last word of a _CASE_NUMBER_BEFORE match ends, when it is ASCII (lower case).
_CASE_NUMBER_ENDINGS = (
    "no", "no.", "nos", "nos.", "number", "num", "num.", "case", "order", "eo", "e.o.", "section", "sec.",
    "u.s.c.", "title", "article", "rule", "docket", "ecf", "doc", "doc.", "dkt", "dkt.", "page", "pages",
    "p.", "pp.", "h.r.", "l.", "ie", "version", "chapter", "step", "phase", "room", "suite", "box", "route",
    "amendment", "issue", "vol", "vol.", "volume", "id", "grade", "category", "tier", "code", "footnote",
    "note", "exhibit", "part", "paragraph", "para.", "#", "ejecutiva", "table", "tabla", "chart", "appendix",
    "anexo",
)  # fmt: skip


def _case_number_before(before: str) -> bool:
    """``_CASE_NUMBER_BEFORE.search(before)``, skipping the search when it cannot match: a match ends at
    the last non-blank character, which must end one of its alternatives."""
    stripped = before.rstrip()
    if not stripped or not _CASE_NUMBER_LAST.match(stripped, len(stripped) - 1):
        return False
    last = stripped.rsplit(None, 1)[-1]
    if last.isascii() and not last.lower().endswith(_CASE_NUMBER_ENDINGS):
        return False  # an ASCII last word ends every match: none of the words it must end with
    return bool(_CASE_NUMBER_BEFORE.search(before, _last_tokens_start(before, 2)))


# "separated for 400.", "held apart for 90": a bare number after a state and "for" is a length of time
_SPAN_FOR_BEFORE = re.compile(
    r"\b(?:separated|apart|detained|held|kept|waited|waiting|away|locked up)\s+for\s+(?:(?:nearly|almost|about|over|more than)\s+)?$",
    re.I,
)
# "in the four months since President Biden promised ...": the time elapsed since a moment, no count
_DURATION_AFTER = re.compile(
    r"\s+(?:(?:full|long|short)\s+)?(?:years?|months?|weeks?|days?)\s+(?:since|desde)\b", re.I
)
_BARE_END_AFTER = re.compile(r"\s*(?:[.;!?)]|,\s|$)")


def _is_decoy(text: str, mention: NumberMention, sent_start: int) -> bool:
    """Numbers that are never counts whatever the words around them: decimals, ordinals, ages, ids."""
    if mention.decimal and not mention.percent:
        # a decimal is a count only as the value of a share row: "Percent of identified children reunified ... 72.7"
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        return not (
            _PERCENT_LABEL.match(text, line_start)
            and not text[mention.end : len(text) if line_end < 0 else line_end].strip()
        )
    lead = text[max(sent_start, mention.start - 160) : mention.start]
    tail = lead[-40:]
    if _FRACTION_BEFORE.search(tail, _last_tokens_start(tail, 3)):
        return True  # "three in four", "uno de cada cuatro"
    if _FRACTION_AFTER.match(text, mention.end):
        return True
    if _ASIDE_HINT.search(lead) and _SPEAKER_ASIDE.search(lead) and _SPEAKER_LEAD.search(lead):
        return True
    if _ATTACHED_AFTER.match(text, mention.end):
        return True
    before = text[max(sent_start, mention.start - 30) : mention.start]
    if _case_number_before(before) or _AGE_BEFORE.search(before) or _AGE_BOUND_AFTER_NOUN.search(before):
        return True
    if _AGE_AFTER.match(text, mention.end) and re.match(r"\s*-?\s*(?:years?|años)", text[mention.end :]):
        return True
    if (
        not mention.percent
        and mention.value < 21
        and _AGE_SPAN_AFTER_NOUN.search(before)
        and _AGE_SPAN_END.match(text, mention.end)
    ):
        return True  # "2,500 children between five and 17 are waiting": an age span, not a range of counts
    if _AGE_LIST_AFTER.match(text, mention.end):
        return True  # "kids were 4, 5, 6 years old": every number of a list of ages is an age
    if _DURATION_AFTER.match(text, mention.end):
        return True  # a stretch of time, which ends no clause of a count
    if _SPAN_FOR_BEFORE.search(before) and _BARE_END_AFTER.match(text, mention.end):
        return True  # "separated for 40 days and ... separated for 400.": how long, with its noun elided
    if (
        not mention.percent
        and mention.value < 30
        and _AGE_COPULA_BEFORE.search(before)
        and _AGE_COPULA_AFTER.match(text, mention.end)
    ):
        return True  # "kids who were 4 when they were separated who are 9 now": a bare small number is an age
    # "Manuela, 11, and her father": a small number between commas after a name is an age.
    return bool(
        not mention.percent
        and mention.value < 120
        and _SMALL_NUMBER_AFTER_NAME.search(before)
        and re.match(r"\s*,", text[mention.end :])
    )


def _read_sentence(
    text: str,
    sent_start: int,
    sent_end: int,
    mentions: list[NumberMention],
    previous_unit: str | None,
    lexicon: Lexicon,
    scan: _Scan,
) -> list[_Reading]:
    readings = [_Reading(mention=m, qualifier_start=m.start) for m in mentions]
    if _ELSEWHERE_HINT.search(scan.text, sent_start, sent_end) and "elsewhere" in _modifiers(
        scan, sent_start, sent_end
    ):
        return []  # "separated from their parents at European borders": another country's policy
    for reading in readings:
        if _is_decoy(text, reading.mention, sent_start):
            reading.dropped = True
    _link_ranges(text, readings)
    _link_ages(text, readings, sent_start)
    _link_partitives(text, readings, sent_start, lexicon)

    last_count_unit: str | None = None
    for position, reading in enumerate(readings):
        if reading.dropped or reading.is_range_low:
            continue
        mention = reading.mention
        previous = _previous_live(readings, position)
        following = _next_start(readings, position, sent_end)
        segment_start = previous.mention.end if previous else sent_start
        first = reading.range_low.mention if reading.range_low else mention

        qualifier_text = text[max(segment_start, first.start - 40) : first.start]
        qualifier_match = lexicon.qualifier_before.search(qualifier_text)
        if qualifier_match and not reading.range_low:
            reading.qualifier = qualifier_match.lastgroup or "exact"
            reading.qualifier_start = first.start - (len(qualifier_text) - qualifier_match.start())
        else:
            reading.qualifier_start = first.start
        if reading.qualifier == "exact" and _OR_SO_AFTER.match(text, mention.end):
            reading.qualifier = "approximate"  # "Another 300 or so children"
        if not reading.range_low and _PLUS_AFTER.match(text, mention.end):
            reading.qualifier = "at_least"  # "1,700-plus cases", "3,900+ children"

        _read_unit(text, reading, lexicon, last_count_unit, previous_unit, sent_start, segment_start)
        if reading.unit is None and position + 1 < len(readings) and readings[position + 1].whole:
            reading.unit = _unit_after(
                text, readings[position + 1].mention.end, lexicon
            )  # "57 of the 103 children"
        whole_end = None
        if position + 1 < len(readings) and readings[position + 1].whole and reading.unit_end <= mention.end:
            whole_end = _whole_phrase_end(text, readings[position + 1], lexicon, scan, sent_end)
            if whole_end is not None:
                # "Some 2,926 of the 3,924 children (the task force has identified as separated) have now been
                # reunified": the predicate after the whole's noun phrase is the part's own
                reading.unit_end = whole_end
                reading.part_of = readings[position + 1]
                following = _next_start(readings, position + 1, sent_end)
        if reading.whole and reading.unit is None:
            reading.unit = last_count_unit  # "2,926 total reunified out of 3,924"
        if (
            reading.unit is None
            and (last_count_unit or previous_unit) in {"children", "families"}
            and _VERBLESS_ANSWER_END.match(text, mention.end)
            and _question_before(text, sent_start, reading.qualifier_start) is not None
        ):
            # "Q: How many have been reunited?\nA: In total, 2,926.": a bare answer counts what the text counts
            reading.unit = last_count_unit or previous_unit
        if _EARLIER_VALUE_BEFORE.search(
            text, max(segment_start, reading.qualifier_start - 30), reading.qualifier_start
        ):
            reading.earlier_value = True  # "up from 689": the metric of the count it is compared with
        elif _ANAPHORIC_NUMBER_BEFORE.search(
            text, max(segment_start, reading.qualifier_start - 80), reading.qualifier_start
        ) or _COUNT_STANDS_AT.search(
            text, max(segment_start, reading.qualifier_start - 200), reading.qualifier_start
        ):
            reading.earlier_value = True  # "An earlier count put the number at nearly 2,000 children"
            reading.anaphoric = True
        if reading.unit in {"children", "families", "parents", "separations", "cases"}:
            last_count_unit = reading.unit
        if reading.unit is None and previous is not None and _parallel_ellipsis(text, previous, reading):
            # "The wire story said 3,881 children were separated; the fact sheet said 3,924.": the same verb
            # gives a second value of the count said in full before it
            reading.unit, reading.state, reading.metric = previous.unit, previous.state, previous.metric
            continue
        if reading.unit is None or reading.unit == "other":
            continue

        clause_start = _clause_start(text, segment_start, reading.qualifier_start)
        opening = text[segment_start : reading.qualifier_start].rstrip()
        if opening.endswith(("(", "—", "–")) and clause_start == reading.qualifier_start - (
            len(text[segment_start : reading.qualifier_start]) - len(opening)
        ):
            # "the children it identified (3,924 in all)", "the rest — nearly 1,000 children — still ...":
            # a count set off right after its noun phrase belongs to the clause around the aside.
            clause_start = _clause_start(text, segment_start, segment_start + len(opening) - 1)
        label = text[segment_start : reading.qualifier_start]
        at_line_end = not text[reading.mention.end : reading.mention.end + 80].split("\n", 1)[0].strip()
        label_cue: _Cue | None = None
        row_block = at_line_end and _in_row_block(text, reading.mention.start)
        if _is_label(label, at_line_end) or row_block:
            clause_start = segment_start  # "Children reunified: 2,926": the label is the clause
            if row_block:
                clause_start = max(segment_start, text.rfind("\n", 0, reading.qualifier_start) + 1)
            label_cue = _label_cue(text, segment_start, reading.qualifier_start)
        right_end = following
        if at_line_end and (row_block or _is_label(label, True)):
            # "In process of reunification ...... 176", "Children reunified with parents: 1,442": a table row ends at
            # its line; the next row ("Children discharged in other circumstances: 378") is another count
            line_end = text.find("\n", reading.mention.end)
            if 0 <= line_end < right_end:
                right_end = line_end
        strong = _STRONG_BREAK.search(text, reading.unit_end, right_end)
        clause_end = strong.start() if strong else right_end
        if strong and strong.group(0) in {"—", "–"} and opening.endswith(("—", "–")):
            closing = _STRONG_BREAK.search(text, strong.end(), right_end)
            clause_end = closing.start() if closing else right_end
        restated = _RESTATEMENT_ASIDE.match(text, reading.unit_end)
        if restated and not opening.endswith(("—", "–")):
            # "Nearly 2,000 families — 1,999, to be precise — have registered": the predicate after the aside
            after_aside = _next_start(readings, position + 1, sent_end)
            strong = _STRONG_BREAK.search(text, restated.end(), after_aside)
            clause_end = strong.start() if strong else after_aside
            following = after_aside
        attribution = _ATTRIBUTION_AFTER.match(text, reading.unit_end)
        if (
            attribution
            and attribution.start() < clause_end
            and re.search(r"\w", opening[clause_start - segment_start :])
        ):
            # "Los niños separados ... fueron al menos 3,913, según el informe del grupo de trabajo para la
            # reunificación": a source named after a count that follows its verb is not the count's predicate
            clause_end = attribution.start()

        if _INTAKE_BEFORE.search(text, clause_start, reading.qualifier_start):
            continue  # "ORR has received at least 118 children": arrivals, not the separated class
        if _FIRST_PERSON_OBJECT.search(
            text, max(sent_start, reading.qualifier_start - 60), reading.qualifier_start
        ) and _RELATIVE_OPEN.match(text, reading.unit_end):
            # "I have treated 37 children who were reunited": the object of one speaker's own verb is that person's
            # caseload, another population; the relative clause only describes it
            continue
        if reading.whole:
            state = _whole_state(text, reading, clause_end, lexicon, scan)
            if state:
                reading.state = state
                reading.metric = _metric_for(reading.unit, state, None, lexicon)
            continue
        if _QUANTIFIED_WHOLE_BEFORE.search(
            text, max(segment_start, reading.qualifier_start - 40), reading.qualifier_start
        ):
            # "has reunified most of the more than 2,500 children covered by the lawsuit": the verb before is
            # the quantifier's ("most"), not the number's; only the whole's own participle after its noun says
            # what it counts
            described = _cue_in(scan, reading.unit_end, min(clause_end, reading.unit_end + 80), {"separated"})
            object_relative = _OBJECT_RELATIVE.match(text, reading.unit_end)
            if reading.unit == "children" and (
                (described is not None and described.span[0] <= reading.unit_end + 3)
                or (
                    object_relative is not None
                    and not object_relative.group("verb").lower().startswith(("reun", "ret"))
                )
            ):
                reading.state = "separated"
                reading.metric = _metric_for(reading.unit, "separated", None, lexicon)
            continue
        if (
            reading.unit == "parents"
            and _OF_THE_GROUP.match(text, mention.end)
            and _PARENT_GROUP.search(text, max(0, mention.start - 1500), mention.start)
        ):
            # "Four mothers are expected to be reunited ... Two of the mothers were deported": a part of a group of
            # parents counted before is a subset of that group ("About 320 of those parents", after "the parents
            # of 506 children", is still read)
            continue
        if _AGE_GROUP_LEAD.search(
            text, max(sent_start, reading.qualifier_start - 120), reading.qualifier_start
        ):
            # "of 102 children in that age group, 38 had been reunited": a sub-count of an age group
            reading.age_bounded = reading.dropped = True
            continue
        if _NATIONALITY_PREDICATE.search(text, reading.unit_end, clause_end):
            continue  # "al menos 21 de los menores separados son mexicanos": a nationality, not a state
        noun_relative = _NOUN_RELATIVE.match(text, reading.unit_end, clause_end)
        if noun_relative is None and _ENDS_IN_PARTICIPLE.search(
            text, reading.qualifier_start, reading.unit_end
        ):
            # "185 of the children separated since the ruling were ...": the participle's own adjunct
            noun_relative = _PARTICIPLE_ADJUNCT.match(text, reading.unit_end, clause_end)
        age_predicate = (
            _AGE_PREDICATE.match(text, reading.unit_end)
            or _AGE_PREDICATE.match(text, _skip_group_phrase(text, reading.unit_end))
            # "More than 60 of the children whose parents cannot be found were under 5": the verb after the
            # noun's relative clause is the count's
            or (noun_relative is not None and _AGE_PREDICATE.match(text, noun_relative.end()))
            # "Holding 'Under 3,000' Separated Children, About 100 of Them Under 5": a verbless age group
            or _VERBLESS_AGE_GROUP.match(text, mention.end)
        )
        if age_predicate:
            # "Of the newly identified children, 207 were younger than 5", "207 of the children in the new
            # group were under 5": an age group, a subset; the bound ("under five") is an age, no count
            for later in readings[position + 1 :]:
                if later.mention.start < age_predicate.end() + 4:
                    later.dropped = True
            continue
        if _OUTSIDE_LABEL.search(
            text, max(sent_start, reading.qualifier_start - 120), reading.qualifier_start
        ):
            continue  # "children whose parent is outside the United States: 322": where, not deported nor held
        out_of_country = _OUT_OF_COUNTRY.match(text, reading.unit_end)
        if (
            out_of_country
            and _parent_of_before(text, reading, segment_start, lexicon)
            and not _ALL_DEPORTED_AFTER.match(text, out_of_country.end())
        ):
            # "the parents of 431 children were no longer in the country": where, not deported (unless the
            # clause goes on to say so: "..., having been deported")
            continue
        if _DISPUTED_CLAIM.search(
            text, max(sent_start, reading.qualifier_start - 160), reading.qualifier_start
        ):
            continue  # "No government count supports the claim that 5,000 children remain missing": refuted
        rate = _RATE_AFTER.search(text, reading.unit_end, clause_end)
        if rate and not _NEXT_PREDICATE.search(text, reading.unit_end, rate.start()):
            # "About 45 children a day were being separated": a rate, not a count ("... reunited 600 children
            # and continues to work every day": that rate is the next verb's)
            continue
        if _AMONG_BEFORE.search(
            text, max(clause_start, reading.qualifier_start - 40), reading.qualifier_start
        ):
            continue  # "were among about 1,030 separated in 2017": the group the subject belongs to
        if _AMONG_AFTER.match(text, reading.unit_end):
            continue  # "100 children under the age of 5 were among those separated": a subgroup
        if lexicon.narrative_before.search(
            text, max(clause_start, reading.qualifier_start - 70), reading.qualifier_start
        ):
            continue  # "follows three families", "held 860 of the separated children": not a count of ours
        answered: tuple[int, int] | None = None
        cue, seen_any = _nearest_state(text, reading, clause_start, clause_end, lexicon, scan)
        cue = _refine_cue(text, reading, cue, segment_start, clause_end, lexicon, scan)
        if (
            cue is not None
            and cue.span[0] >= reading.unit_end
            and following < sent_end
            and _COORDINATED_VERB_GAP.fullmatch(text, reading.unit_end, cue.span[0])
            and _NEXT_OBJECT_LEAD.fullmatch(text, cue.span[1], following)
        ):
            continue  # "reconoce 3.913 casos y sigue revisando otros 1.723": the second verb's object is the next number
        if cue is None and _HELPED_BEFORE.search(
            text, max(clause_start, reading.qualifier_start - 40), reading.qualifier_start
        ):
            continue  # "has helped about 60 separated families": a caseload, unless they are helped to reunite
        if label_cue is not None and reading.unit == "children":
            cue, seen_any = label_cue, True  # "Children in ORR care: 437": the row's noun phrase is its state
        if _INVERTED_COPULA.search(
            text, max(sent_start, reading.qualifier_start - 16), reading.qualifier_start
        ):
            # "Still in the care of HHS, which ..., are 2,053 separated minors": the fronted predicate is the count's
            opener_start = _skip_blanks(text, sent_start)
            opener = _cue_in(
                scan, opener_start, reading.qualifier_start, {"remaining", "reunified", "in_process"}
            )
            if opener is not None and opener.span[0] == opener_start:
                cue, seen_any = opener, True
        object_relative = _OBJECT_RELATIVE.match(text, reading.unit_end)
        if (
            object_relative
            and reading.unit == "children"
            and reading.unit_end > mention.end
            and (cue is None or cue.span[0] < object_relative.end())  # a main verb after it still decides
            and not (
                # "still hasn't reunited 565 children it separated": the negated reunion whose object the count
                # is says what it counts, the relative clause only describes the children
                cue is not None
                and cue.span[1] <= reading.qualifier_start
                and (
                    cue.state == "remaining"
                    or (cue.state == "reunified" and _negated(text, reading, clause_start, cue, lexicon))
                )
            )
        ):
            # "seven children it had reunited", "1,556 children the government identified": the count is
            # the object of the relative clause's verb
            verb = object_relative.group("verb").lower()
            state = "reunified" if verb.startswith(("reun", "ret")) else "separated"
            cue, seen_any = _Cue(state, object_relative.span("verb")), True
        if cue is None and position + 1 < len(readings) and readings[position + 1].whole:
            # "2,926 of the 3,924 children identified ... had been reunified": the part's verb follows the
            # whole's noun phrase, whose own participles ("identified", "separados") only describe it
            main = _main_predicate_after_whole(text, readings[position + 1], sent_end, lexicon, scan)
            if main is not None:
                cue, seen_any = main, True
        if _RETURN_VERB_BEFORE.search(
            text, max(clause_start, reading.qualifier_start - 30), reading.qualifier_start
        ) and _TO_THE_PARENTS.match(text, reading.unit_end):
            # "has returned 689 children to the parents they were separated from": the verb whose object
            # the count is decides
            start = text.rfind(" ", 0, reading.qualifier_start - 1) + 1
            cue = _Cue("reunified", (start, reading.qualifier_start))
        own = _own_predicate(text, reading, clause_end, lexicon, scan)
        custody = _IN_CUSTODY_AFTER.match(text, reading.unit_end)
        whole_class_held = bool(custody and _IN_ALL_AFTER.match(text, custody.end()))
        if whole_class_held:
            custody = None  # "had 'fewer than 3,000' separated children in its care in all": the whole class
        in_care = (
            own is not None
            and own.state == "other"
            and reading.separated_adjective
            and custody is not None
            and own.span[0] < custody.end()
        )  # "2,053 separated minors are in the care of HHS": separated children still held are remaining
        if own is not None and not in_care:
            if own.state in _BLOCKING_STATES or not _maps(_table(lexicon, reading.unit), own.state):
                continue  # "416 ... were held longer", "the remaining 166 children were discharged"
            if cue is None or (cue.state != "parents_not_located" and cue.span[0] < reading.qualifier_start):
                cue, seen_any = own, True  # the count's own predicate, not a word before it
        elif (
            own is None
            and _has_own_predicate(text, reading, lexicon)
            and not _negated_ellipsis(text, reading, previous)
        ):
            continue  # "some 2.176 were gathered with their families": a predicate none of ours
        if (
            cue is not None
            and cue.state in {"reunified", "remaining", "in_process"}
            and cue.span[0] >= reading.unit_end
            and _QUANTIFIED_SUBJECT_GAP.search(text, reading.unit_end, cue.span[0])
        ):
            # "3,913 children separated under Trump, more than half still not reunited": the predicate after the
            # comma is the quantifier's, a part of the count; the count itself says nothing more
            continue
        state = cue.state if cue else None
        if reading.coordinated_with and (cue is None or cue.span[0] < mention.end):
            continue  # "... and 385 with relatives": only a state said in its own "with" phrase counts it
        if (
            not reading.explicit_unit
            and state not in {"deported", "parents_not_located"}
            and _WHOSE_PARENTS_AFTER.match(text, mention.end)
        ):
            continue  # "identified 3,924 children, 1,000 whose parents are in Guatemala": only the parents' fate counts
        if (
            state == "in_process"
            and reading.explicit_unit
            and reading.unit != "reunions"
            and _BARE_PROGRESS.fullmatch(text, cue.span[0], cue.span[1])
            and not _REUNIFICATION_OF_BEFORE.search(
                text, max(clause_start, reading.qualifier_start - 40), reading.qualifier_start
            )
        ):
            continue  # "200 children are in progress toward ...": only a reunion is itself in progress
        if (
            state in {"deported", "parents_not_located"}
            and cue.span[0] >= reading.unit_end
            and _PROPERTY_APPOSITIVE.match(text, reading.unit_end)
        ):
            continue  # "just seven children, all with parents who had been deported": a property of those counted
        if _parent_of_before(text, reading, segment_start, lexicon) and state not in {
            "deported",
            "parents_not_located",
        }:
            found = _cue_in(scan, clause_start, clause_end, {"deported", "parents_not_located"})
            if (
                found is None
                and state == "remaining"
                and _NOT_REUNITED.search(text, cue.span[0], cue.span[1])
                and cue.span[0] > reading.unit_end
            ):
                # "the parents of roughly 1,400 children ... have still not been reunited": whoever is
                # named, a reunion that did not happen leaves the children remaining
                found = cue
            if found is None:
                continue  # "parents of 545 separated children": only their parents' fate counts them
            cue, state = found, found.state
        if in_care:
            cue, seen_any, state = own, True, own.state  # a separated noun's own custody predicate decides
        if whole_class_held and reading.separated_adjective and state in {None, "other"}:
            state = (
                "separated"  # the separated children held "in all" are the separated count, not a remainder
            )
        if custody and (
            (state is None and reading.separated_adjective and not seen_any)
            or (state == "other" and reading.separated_adjective and cue.span[0] < custody.end())
            or (
                state == "separated"
                and cue.span[0] >= custody.end()
                and _RELATIVE_OPEN.match(text, custody.end())
            )
        ):
            state = "remaining"  # "2,053 separated minors in HHS facilities", "2,047 children in its care who were separated"
        if (
            state is None
            and reading.unit == "percent"
            and previous is not None
            and previous.state == "reunified"
            and (
                (
                    not seen_any
                    and _AMOUNTS_TO.search(
                        text, max(segment_start, reading.qualifier_start - 40), reading.qualifier_start
                    )
                )
                or (
                    _APPOSITIVE_BEFORE.search(
                        text, max(segment_start, reading.qualifier_start - 4), reading.qualifier_start
                    )
                    and _OF_THE_TOTAL.match(text, reading.unit_end)
                )
            )
        ):
            state = "reunified"  # "2,926 were reunited, which is almost 75 percent": the share of that count
        if state in {"separated", "deported"} and _HEDGED.search(text, reading.mention.end, clause_end):
            continue  # "1,556 additional children who may have been separated": candidates, not the count
        if (
            state is None
            and not seen_any
            and (
                reading.separated_adjective
                or _COUNTED_BEFORE.search(
                    text, max(clause_start, reading.qualifier_start - 30), reading.qualifier_start
                )
            )
            and not lexicon.finite_after.match(text, reading.unit_end)
        ):
            state = "separated"  # "reported 3,881 separated children": nothing else is said of them
        elif (
            state is None
            and not seen_any
            and (question := _question_before(text, sent_start, reading.qualifier_start)) is not None
            and (asked := _question_cue(scan, question, _table(lexicon, reading.unit))) is not None
        ):
            # "How many are still apart?\n998 children, according to DHS.": a verbless answer that opens
            # with the count takes the question's predicate
            cue, state, answered = asked, asked.state, question
        elif state is None and reading.unit == "reunions" and _DONE_AFTER.match(text, reading.unit_end):
            state = "reunified"  # "689 de esas reunificaciones se lograron ...": the noun says what happened
        elif (
            state is None
            and not seen_any
            and reading.unit == "reunions"
            and _SHARE_OF_BEFORE.search(
                text, max(clause_start, reading.qualifier_start - 30), reading.qualifier_start
            )
        ):
            state = "reunified"  # "The task force accounts for 689 of the reunions": the subject's share of those done
        elif state is None and _negated_ellipsis(text, reading, previous):
            state = (
                "remaining"  # "2.926 ya fueron reunificados, pero 998 no": the negated ellipsis of the verb
            )
        elif (
            state is None
            and not seen_any
            and previous is not None
            and previous.state
            and not previous.dropped
        ) and _GAP_TAIL.search(text, previous.mention.end, reading.qualifier_start):
            state = previous.state  # "2,176 before the task force ... and 689 afterward"
        restricted = _PART_OF_RESTRICTED.match(text, mention.end)
        if (
            restricted
            and cue is not None
            and (
                cue.span[0] < restricted.end()
                or state == _RESTRICTED_STATE.get(restricted.group("state").lower())
            )
        ):
            # "16 of the children who were reunified had been in CBP custody": the relative clause restricts
            # the whole, and the part has a main predicate of its own after it; the whole's state is not the
            # part's, and the same state said again of the part makes it a subset
            continue
        if state is None or state in _BLOCKING_STATES:
            continue
        if state == "remaining" and _AWAITING_OTHER.search(text, reading.unit_end, clause_end):
            continue  # "16 children remain in CBP custody awaiting transfer to HHS": waiting for another step
        if state == "remaining" and _EXPECTED_REUNION.search(text, reading.unit_end, sent_end):
            # "16 more minors remain in custody ..., and they are expected to be reunited soon": a count
            # announced with its reunion, a plan more than a count of those still apart
            continue
        if reading.unit == "reunions" and _MORE_AFTER.match(text, mention.end):
            continue  # "500 more reunifications are underway": an increment of reunions, not a count of children
        if reading.age_bounded and reading.unit == "children" and state != "separated":
            # "57 children under the age of 5 have been reunified", "46 of the 103 children under age 5":
            # an outcome of a class bounded by age is a sub-count, not the whole count of its state (the
            # class itself, "identified 103 children under the age of 5", was the court's first class)
            reading.dropped = True
            continue
        after_order = _AFTER_THE_ORDER.search(text, reading.mention.end, clause_end)
        if after_order and _INCLUDES_BEFORE.search(text, reading.mention.end, after_order.start()):
            after_order = None  # "more than 5,500, a count that includes separations after the injunction"
        if state == "separated" and (
            after_order
            or (
                cue is not None
                and _SEPARATING_VERB.fullmatch(text, cue.span[0], cue.span[1])
                and _AFTER_JUDGES_ORDER.match(text, _skip_blanks(text, reading.unit_end), clause_end)
            )
            or _window_opens_after_order(text, reading.mention.end, clause_end)
            or _order_aside_after(text, clause_end, sent_end)
            or _AFTER_ORDER_TO_STOP.search(text, sent_start, reading.qualifier_start)
            or _opens_after_order(text, sent_start, reading.qualifier_start)
            or _window_after_order(text, reading.mention.end, sent_end)
        ):
            continue  # "118 children were separated after the court order": outside the identified class
        if (
            previous is not None
            and previous.state == state
            and _SUBSET_BEFORE.search(
                text, max(clause_start, reading.qualifier_start - 20), reading.qualifier_start
            )
            and state != "reunified"
        ):
            # "brought the total separated to more than 5,400, including over 1,000 children ...": a subgroup
            # of the count before it, in the same state. A different state ("discharged 2,089, including 1,923
            # who have been reunified") or a part of the reunified ("74% have been reunited, including 689
            # after the task force was created": split by the task force's start) is a figure.
            continue
        if state == "separated" and _ADDITIONAL_BEFORE.search(
            text, max(clause_start, reading.qualifier_start - 20), reading.qualifier_start
        ):
            continue  # "separated an additional 1,556 children": an increment, not the count
        if state == "separated" and _MORE_AFTER.match(text, mention.end):
            continue  # "identifies 1,556 more separated children": an increment, not the count
        if cue is not None and _main_verb_is_plan(text, reading, cue, clause_end, scan):
            continue  # "Four families who were split apart ... will be reunited this week"
        negated_reunion = False
        if (
            cue is not None
            and state == "reunified"
            and (
                _negated(text, reading, clause_start, cue, lexicon)
                or _NEGATED_REPORT.search(
                    text, max(segment_start, reading.qualifier_start - 80), reading.qualifier_start
                )
            )
        ):
            state = "remaining"  # "no record that 2,127 children ... have been reunited"
            negated_reunion = True
        elif (
            cue is not None
            and state == "in_process"
            and cue.span[0] >= reading.unit_end
            and text[cue.span[0] : cue.span[1]].lower().startswith("being")
            and _NEGATED_PROGRESSIVE.match(text, reading.unit_end, cue.span[0])
        ):
            state = "remaining"  # "the remaining 46 children are not being reunited for now": no reunion under way
        if (
            state == "remaining"
            and _maps(_table(lexicon, reading.unit), "parents_not_located")
            and _parents_not_located_after(reading, cue, following, scan)
        ):
            state = "parents_not_located"  # "not reunited because their parents have not been located"
        reading.state = state

        # A plan or a conditional governs the number only when it stands before its cue: "could be
        # reunited" is a plan, "were deported before they could be reunited" is a count.
        near_break = _CLAUSE_BREAK.search(text, reading.unit_end, clause_end)
        modifier_end = near_break.start() if near_break else clause_end
        if cue is not None:
            modifier_end = min(modifier_end, max(cue.span[0], reading.unit_end))
        modifiers = _modifiers(scan, clause_start, modifier_end)
        if whole_end is not None:
            clause_start = max(clause_start, whole_end)  # the whole's relative clause is not the part's
        own_break = _CLAUSE_BREAK.search(text, max(reading.unit_end, mention.end), clause_end)
        modifier_end_own = own_break.start() if own_break else clause_end
        if "future" in modifiers or "other_population" in modifiers:
            reading.dropped = True
            continue
        tf_modifier = _nearest_task_force_modifier(
            scan, clause_start, min(len(text), modifier_end_own + 1), reading
        ) or _nearest_task_force_modifier(
            scan,
            _after_fronted_whole(text, previous, segment_start, reading.qualifier_start)
            if whole_end is None
            else whole_end,
            following,
            reading,
        )
        if (
            tf_modifier is None
            and previous is not None
            and _ELIDED_SUBJECT_VP.search(text, segment_start, reading.qualifier_start)
        ):
            # "the task force has identified 4,000 children, and has helped 750 of them reunite": a verb phrase
            # with no subject of its own shares the sentence's subject, and the subject's period
            tf_modifier = _nearest_task_force_modifier(scan, sent_start, previous.qualifier_start, reading)
        if tf_modifier is None:
            lead_in = _list_lead_in(text, sent_start)
            if lead_in is not None and not _COMPLEMENT_BEFORE.search(
                text, text.rfind("\n", 0, sent_start) + 1, reading.qualifier_start
            ):
                # the lead-in's subject is the agent of the item's own verb ("- reunified 689 children"), not of a
                # clause the item reports ("- confirmed that 2,926 of these children have been reunified")
                tf_modifier = _nearest_task_force_modifier(scan, lead_in[0], lead_in[1], reading)
        if tf_modifier is None and state == "reunified" and _task_force_is_agent(text, sent_start, reading):
            tf_modifier = (
                "after_task_force"  # "The task force identified ... As of March 2024, it had reunited 795"
            )
        if tf_modifier is None and answered is not None:
            tf_modifier = _nearest_task_force_modifier(scan, answered[0], answered[1], reading)
        if (
            tf_modifier is None
            and state == "reunified"
            and cue is not None
            and _SUBJECTLESS_AUXILIARY.fullmatch(text, sent_start, cue.span[0])
            and _group_subject_before(text, sent_start)
        ):
            # "El grupo de trabajo cruza los datos. Hasta ahora, ha reunificado a más de 600 niños.": a Spanish
            # verb with no subject of its own has the previous sentence's subject
            tf_modifier = "after_task_force"
        if state == "remaining" and cue is not None and _NOT_REUNITED.search(text, cue.span[0], cue.span[1]):
            negated_reunion = True  # "were not reunited": the cue itself negates a reunion
        if (
            negated_reunion
            and tf_modifier == "before_task_force"
            and any(
                tag_of(found) == "before_task_force"
                for found in scan.modifier.finditer(scan.text, cue.span[1], max(cue.span[1], clause_end))
            )
        ):
            # "1,500 of those children were never reunited under the court-supervised effort": not reunified in the
            # earlier period only, which says nothing of whether they still are apart
            continue
        if (
            tf_modifier == "before_task_force"
            and state == "reunified"
            and _INCLUSIVE_LEAD.search(text, sent_start, reading.qualifier_start)
        ):
            tf_modifier = None  # "Counting reunions before the task force existed, 2,926 ...": all of them
        if (
            tf_modifier in {"before_task_force", "after_task_force"}
            and state == "reunified"
            and _REST_OF_BEFORE.search(
                text, max(sent_start, reading.qualifier_start - 30), reading.qualifier_start
            )
        ):
            tf_modifier = (
                None  # "The rest of the roughly 3,000 reunions happened earlier": the period is the rest's
            )
        if (
            state == "reunified"
            and _MORE_AFTER.match(text, mention.end)
            and tf_modifier != "after_task_force"
        ):
            continue  # "8 more kids reunited": an increment since the last report, not a stock
        if (
            state == "deported"
            and reading.unit in {"separations", "cases"}
            and not (
                _IN_BEFORE.search(text, max(0, reading.qualifier_start - 8), reading.qualifier_start)
                and _CASE_PARENT_SUBJECT.match(text, reading.unit_end)
            )
        ):
            continue  # only "in 431 cases the parent had been deported" counts a child per case
        if (
            reading.unit == "children"
            and _FOR_LEAD.fullmatch(text, _skip_blanks(text, sent_start), reading.qualifier_start)
            and _PARENT_DEPORTED_AFTER.match(text, reading.unit_end, sent_end)
        ):
            # "For 304 of the children still in custody, the parent was deported without them": the clause after
            # the fronted phrase is the count's, whatever the phrase says of the children
            state, tf_modifier = "deported", None
        reading.metric = _metric_for(reading.unit, state, tf_modifier, lexicon)
        if reading.metric is None:
            continue
        if reading.metric in _TASK_FORCE_METRICS and _COURT_ERA_SPAN.search(text, segment_start, clause_end):
            reading.metric = None  # "Since the summer of 2018, our caseworkers have helped reunite ..."
            continue
        if not _value_fits(reading):
            reading.metric = None
            continue
        if reading.range_low is not None:
            low = reading.range_low
            low.metric = reading.metric
            low.unit = reading.unit
            low.qualifier = "at_least"
            reading.qualifier = "at_most"
            if not _value_fits(low):
                low.metric = None  # "0-1": a bound of zero is no count
    for position, reading in enumerate(readings):
        if reading.whole and reading.metric:
            # the whole is a figure only when the part taken from it is one ("57 of the 103 ... would be")
            before = [p for p in readings[:position] if not p.dropped][-1:]
            after = [p for p in readings[position + 1 :] if not p.dropped][:1]
            partners = before + after
            if not any(p.metric and not p.whole for p in partners):
                reading.metric = None
    _read_restated_shares(text, readings)
    return readings


# "2,926 had been reunified with a parent, or about 75%", "2,926 (75%) have been reunified": a percent set off right
# after a count, with nothing of its own after it, restates that count as a share of the whole.
_SHARE_APPOSITION_BEFORE = re.compile(r"[^.;:()\n]*?(?:,\s*(?:or|that\s+is|o\s+sea|es\s+decir)|\()\s*$", re.I)
_SHARE_APPOSITION_AFTER = re.compile(r"\s*(?:\)|[.;]|,\s|$)")


def _read_restated_shares(text: str, readings: list[_Reading]) -> None:
    for previous, reading in zip(readings, readings[1:], strict=False):
        if (
            reading.dropped
            or reading.unit != "percent"
            or reading.metric is not None
            or previous.dropped
            or previous.metric != "children_reunified_total"
            or not _value_fits(reading)
        ):
            continue
        if not _SHARE_APPOSITION_BEFORE.fullmatch(text, previous.mention.end, reading.qualifier_start):
            continue
        if not _SHARE_APPOSITION_AFTER.match(text, reading.unit_end):
            continue
        reading.state = previous.state
        reading.metric = "percent_reunified"


def _link_partitives(text: str, readings: list[_Reading], sent_start: int, lexicon: Lexicon) -> None:
    """ "reunified 57 of the 103 children", "Of the 2,551 children aged 5 through 17, ...": the second
    count is the whole the first is taken from (the identified children, unless it says otherwise)."""
    for position, reading in enumerate(readings):
        if reading.dropped or reading.is_range_low:
            continue
        mention = reading.mention
        previous = _previous_live(readings, position)
        if (
            previous is not None
            and not previous.dropped
            and _PARTITIVE_JOIN.fullmatch(text, previous.mention.end, mention.start)
        ):
            reading.whole = True
            continue
        lead_start = previous.mention.end if previous is not None else sent_start
        window = max(lead_start, mention.start - 40)
        # "^" of the lead matches at the sentence start only on a slice (a search position is not a start)
        lead = (
            _PARTITIVE_LEAD.search(text[window : mention.start])
            if window == sent_start
            else _PARTITIVE_LEAD.search(text, window, mention.start)
        )
        partner = any(not later.dropped for later in readings[position + 1 :])
        # the fronted phrase may carry a long agency name ("De los 3.924 menores identificados por el Grupo de
        # Trabajo Interinstitucional para la Reunificación de las Familias, 2.926 ...")
        if lead and partner and re.match(r"[^,;:.]{0,160},", text[mention.end :]):
            reading.whole = _unit_after(text, mention.end, lexicon) is not None


def _main_predicate_after_whole(
    text: str, whole: _Reading, sent_end: int, lexicon: Lexicon, scan: _Scan
) -> _Cue | None:
    """The finite predicate after a partitive whole's noun phrase ("of the 3,924 children identified by the
    task force had been reunified", "de los 3 924 menores separados ... ya se reunieron"): the first cue
    that a finite verb opens, in the whole's clause."""
    start = _noun_end(text, whole.mention.end, lexicon)
    if start is None:
        return None
    strong = _STRONG_BREAK.search(text, start, sent_end)
    end = strong.start() if strong else sent_end
    for match in scan.state.finditer(scan.text, start, max(start, end)):
        if _RELATIVE_OPEN.search(text, start, match.start()):
            return None  # "of the 3,924 children who were separated ...": the relative clause is the whole's
        if tag_of(match) == "separated":
            continue  # "of the 3,924 children the task force has identified as separated are now back": the whole's
        if _FINITE_START.match(match.group(0)) or _FINITE_BEFORE_CUE.search(
            text, max(start, match.start() - 30), match.start()
        ):
            return _Cue(tag_of(match), match.span())
    return None


def _noun_end(text: str, position: int, lexicon: Lexicon) -> int | None:
    """Where the count noun right after a number ends, past a few adjectives; None without one."""
    position = _QUOTE_OR_SPACE.match(text, position).end()
    for _ in range(4):
        unit_match = lexicon.unit.match(text, position)
        if unit_match:
            return unit_match.end()
        adjective = lexicon.adjective.match(text, position)
        if not adjective:
            return None
        position = _QUOTE_OR_SPACE.match(text, adjective.end()).end()
    return None


# "the 3,924 children the task force has identified": a relative clause with no pronoun.
_CONTACT_RELATIVE = re.compile(
    r"[\s,]*(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,2}(?:has|have|had)\s+(?:(?:now|already|so\s+far)\s+)?$",
    re.I,
)


def _whole_phrase_end(text: str, whole: _Reading, lexicon: Lexicon, scan: _Scan, sent_end: int) -> int | None:
    """Where the noun phrase of a partitive whole ends ("of the 3,924 children", with a relative clause on
    it), when a finite predicate follows right after it; else None."""
    end = _noun_end(text, whole.mention.end, lexicon)
    if end is None:
        return None
    for match in scan.state.finditer(scan.text, end, sent_end):
        gap = text[end : match.start()]
        if _RELATIVE_LINK.match(gap) or _CONTACT_RELATIVE.fullmatch(gap):
            end = match.end()  # "that were identified", "the task force has identified as separated"
        break
    if _has_own_predicate(text, _Reading(mention=whole.mention, unit_end=end), lexicon):
        return end
    return None


def _unit_after(text: str, position: int, lexicon: Lexicon) -> str | None:
    """The count noun right after a number, past a few adjectives ("103 children", "2.551 niños")."""
    position = _QUOTE_OR_SPACE.match(text, position).end()
    for _ in range(4):
        unit_match = lexicon.unit.match(text, position)
        if unit_match:
            unit = tag_of(unit_match)
            return unit if unit in {"children", "families", "parents"} else None
        adjective = lexicon.adjective.match(text, position)
        if not adjective:
            return None
        position = _QUOTE_OR_SPACE.match(text, adjective.end()).end()
    return None


def _whole_state(text: str, reading: _Reading, clause_end: int, lexicon: Lexicon, scan: _Scan) -> str | None:
    """The state of a partitive whole: a cue attached to its noun ("children who were identified",
    "children reunified"), else the identified children when nothing restricts them ("whose parents ...")."""
    if not reading.explicit_unit:
        return "separated" if reading.unit == "children" else None
    end = reading.unit_end
    for match in scan.state.finditer(scan.text, reading.unit_end, max(reading.unit_end, clause_end)):
        gap = text[reading.unit_end : match.start()]
        if _RELATIVE_LINK.match(gap) or _RELATIVE_TAIL.search(gap) or _CONTACT_RELATIVE.fullmatch(gap):
            state = tag_of(match)
            table = lexicon.metrics.get(reading.unit or "", {})
            return state if _maps(table, state) else None
        end = match.start()
        break
    if reading.unit != "children" or _PARTITIVE_NOISE.search(text, reading.unit_end, end):
        return None
    return "separated"


def _refine_cue(
    text: str,
    reading: _Reading,
    cue: _Cue | None,
    segment_start: int,
    clause_end: int,
    lexicon: Lexicon,
    scan: _Scan,
) -> _Cue | None:
    """A later, more telling predicate of the same count overrides the first cue found:
    "2,047 were separated ... and have not yet been reunified", "identified 1,000 families that remain
    separated", "the reunification of 102 more children is underway", "the parents of 322 children ...
    were removed"."""
    if cue is None:
        return None
    table = lexicon.metrics.get(reading.unit or "", {})
    later = [
        m
        for m in scan.state.finditer(scan.text, reading.unit_end, max(reading.unit_end, clause_end))
        if m.start() >= reading.unit_end and _maps(table, tag_of(m)) and tag_of(m) != cue.state
    ]
    if lexicon.parent_of.search(
        text, max(segment_start, reading.qualifier_start - 30), reading.qualifier_start
    ):
        for match in later:
            if cue.state == "parents_not_located" and cue.span[0] < reading.qualifier_start:
                break  # "no han logrado dar con los padres de 611 niños, la mayoría deportados": not located
            if tag_of(match) in {"deported", "parents_not_located"}:
                return _Cue(tag_of(match), match.span())
    if not later:
        return cue
    first = later[0]
    state = tag_of(first)
    gap = text[max(reading.unit_end, cue.span[1]) : first.start()]
    if (
        cue.state == "separated"
        and cue.span[0] < reading.qualifier_start
        and re.fullmatch(
            r"[\s\"”']*(?:(?:who|that|which|que|quienes)\s+(?:\w+\s+){0,2}|"
            r"(?:for|para|de)\s+(?:whom|quienes|los\s+que|las\s+que|los\s+cuales|las\s+cuales)\s+(?:\w+\s+){0,3})",
            text[reading.unit_end : first.start()],
            re.I,
        )
    ):
        # "identified more than 1,000 families that remain separated", "identified 998 children for whom there is
        # no record of reunification": the relative clause says which of the identified children are counted
        return _Cue(state, first.span())
    if (
        cue.state == "separated"
        and cue.span[0] >= reading.unit_end
        and _RELATIVE_OPEN.match(text, reading.unit_end)
        and _FINITE_BEFORE_CUE.search(text, max(cue.span[1], first.start() - 30), first.start())
        and not _RELATIVE_OPEN.search(text, cue.span[1], first.start())
    ):
        # "522 niños que habían sido separados ... ya han sido reunidos": the relative clause describes
        # the children, the main verb after it says what became of them
        return _Cue(state, first.span())
    if (
        cue.state == "separated"
        and cue.span[0] >= reading.unit_end
        and state in {"remaining", "reunified"}
        and re.search(r"\b(?:and|y)\s+(?:\w+\s+){0,4}$", gap, re.I)
        and not (_BARE_LOCATION_CUE.match(text, first.start()) and not _FINITE_BEFORE_CUE.search(gap))
        and not _EXISTENTIAL_GAP.search(gap)
        and not _NUMBER_OBJECT_AFTER.match(text, first.end())
    ):
        return _Cue(state, first.span())  # "were separated ... and have not yet been reunified"
    if (
        cue.state == "reunified"
        and re.match(r"reunifica\w*\s+(?:of|de)\b", text[cue.span[0] : cue.span[1]], re.I)
        and state
        in {
            "in_process",
            "remaining",
        }
    ):
        return _Cue(state, first.span())  # "the reunification of 102 more children is underway"
    return cue


_NEGATED_PROGRESSIVE = re.compile(
    r"\s+(?:(?:still|now|currently)\s+)?(?:are|is|were|was)\s+(?:not|n[o’']t)\s+(?:(?:yet|currently|now)\s+)?$|"
    r"\s*(?:aren|isn|weren|wasn)[’']t\s+(?:(?:yet|currently|now)\s+)?$",
    re.I,
)
# "... were separated and there is still no record of 2,127 of them being returned": the coordinated clause has
# a subject of its own ("there is") and its cue governs the number right after it, not the count before the "and".
_EXISTENTIAL_GAP = re.compile(r"\b(?:and|y)\s+(?:(?:still|now|also)\s+)?(?:there|hay|había)\b", re.I)
_NUMBER_OBJECT_AFTER = re.compile(r"[ \t]+(?:(?:only|just|about|nearly|some|more[ \t]+than)[ \t]+)?\d", re.I)
_FINITE_BEFORE_CUE = re.compile(
    r"\b(?:have|has|had|are|were|is|was|remain|remains|remained|still|now|han|ha|habían|fueron|son|están|"
    r"estan|siguen|permanecen|quedan|ya)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_PART_OF_RESTRICTED = re.compile(
    r"\s+of\s+(?:the|those|these)\s+(?:[\w-]+\s+){0,2}?(?:children|kids|minors|families|parents)\s+(?:who|that|which)\s+"
    r"(?:(?:were|was|are|is|had|have|has)\s+)?(?:been\s+)?(?:\w+\s+)?(?P<state>reunit|reunif|separat|identif|deport)\w*\s+"
    r"(?=(?:had|have|has|were|are|was|is|remain\w*|still)\b)",
    re.I,
)
_RESTRICTED_STATE = {
    "reunit": "reunified",
    "reunif": "reunified",
    "separat": "separated",
    "identif": "separated",
    "deport": "deported",
}
# "I have treated", "I've represented": a first-person singular subject and its verb right before the count.
# Verbs of estimating or saying keep the count a claim about the whole ("I estimate 5,000 children were ...").
_FIRST_PERSON_OBJECT = re.compile(
    r"(?:^|[\s\"“(,;:])(?:I|I['’]ve|I['’]d)\s+(?:(?:have|had|also|personally|myself|now|already|since)\s+){0,2}"
    r"(?!(?:estimate|think|believe|know|say|said|guess|suspect|bet|expect|fear|hear|heard|read|count|counted)\b)"
    r"[a-z]+\s+(?:with\s+|for\s+|to\s+)?$"
)
_RELATIVE_OPEN = re.compile(r"[\s\"”’',]*(?:who|that|which|que|quienes|los\s+cuales|las\s+cuales)\b", re.I)
# "children who were separated and still in government custody when the court ruled": a location sharing the
# participle's auxiliary (no verb of its own) completes the court-era class definition; it is not a remainder.
_BARE_LOCATION_CUE = re.compile(r"(?:still|remaining)\s+in\b", re.I)
_PARTICIPLE_AND = re.compile(
    r"\b(?:separated|separad[oa]s)\b(?:\s+from\s+(?:their|his|her|the)\s+\w+)?\s+(?:and|y)\s+$", re.I
)
# A fact-check refuting a claim: the count inside the claim is not presented as true.
_DISPUTED_CLAIM = re.compile(
    r"\b(?:no|not|n't|nothing)\s+(?:[\w-]+\s+){0,4}?(?:supports?|backs?(?:\s+up)?|confirms?|corroborates?|substantiates?)\s+"
    r"(?:the|this|that|a|any)\s+(?:claim|assertion|statement|idea|contention)\s+that\s+(?:[^\W\d]+\s+){0,4}$|"
    r"\b(?:false|bogus|unfounded|unsupported|baseless|debunked|fabricated)\s+(?:claim|assertion|statement|rumou?r)s?\s+"
    r"that\s+(?:[^\W\d]+\s+){0,4}$|"
    r"\b(?:falsa|infundada|err[oó]nea)\s+(?:afirmaci[oó]n|versi[oó]n|idea)\s+de\s+que\s+(?:[^\W\d]+\s+){0,4}$|"
    r"\b(?:no|ning[uú]n|ninguna)\s+(?:[\w-]+\s+){0,4}?(?:respalda|sustenta|confirma|avala)\s+(?:la\s+)?(?:afirmaci[oó]n|idea|versi[oó]n)\s+de\s+que\s+"
    r"(?:[^\W\d]+\s+){0,4}$",
    re.I,
)
_ATTRIBUTION_AFTER = re.compile(
    r"[\s\"”’']*,\s+(?:according\s+to|citing|as\s+(?:reported|stated|shown)\s+(?:by|in)|según|segun|de\s+acuerdo\s+con|citando)\b",
    re.I,
)
# ", and has helped": a coordinated verb phrase whose subject is the sentence's, before the count it governs
_ELIDED_SUBJECT_VP = re.compile(
    r",?\s+and\s+(?:has|have|had)\s+(?:(?:now|since|also|already)\s+)?[a-z]+(?:ed|ped|t)\s+(?:[a-z]+\s+){0,2}$",
    re.I,
)
_SUCH_AFTER = re.compile(r"\s+(?:such|tales)\s+", re.I)
_RESTATEMENT_ASIDE = re.compile(
    r"\s*[—–]\s*[\d.,]+\s*,?\s*(?:to\s+be\s+(?:precise|exact)|exactly|precisely|para\s+ser\s+exactos|exactamente)"
    r"\s*[—–]\s*"
    # "2,926 — or 74.6% — have been reunited": the share of the same count set off between dashes
    r"|\s*[—–]\s*(?:or|o|about|roughly|nearly|some|alrededor\s+del?|casi)\s+(?:about\s+|roughly\s+|nearly\s+)?[\d.,]+\s*"
    r"(?:%|percent|per\s+cent|por\s+ciento)\s*[—–]\s*",
    re.I,
)
_INVERTED_COPULA = re.compile(r",\s+(?:are|were|remain|remained|están|estaban|siguen)\s+$", re.I)
# An object relative clause with no pronoun: "N children [that] it had reunited", "N children the government
# identified", "N older children the administration says it separated".
_OBJECT_RELATIVE = re.compile(
    r"\s+(?:that\s+|whom\s+)?(?:it|they|we|(?:the|its|this)\s+(?:task\s+force|government|administration|agency|"
    r"department|team|group|federal\s+government|trump\s+administration|biden\s+administration))\s+"
    r"(?:(?:says|said|claims|claimed|reports|reported)\s+(?:it|they)\s+)?(?:(?:has|had|have)\s+)?"
    # "seven children the government had managed to return to their parents": a reunion, however it is worded
    r"(?:(?:managed|been\s+able)\s+to\s+)?"
    r"(?P<verb>identified|separated|reunited|reunified|reunite|reunify"
    r"|(?:returned|return)(?=\s+(?:them\s+)?to\s+(?:their|a|his|her)\s+(?:parents?|famil(?:y|ies)|mothers?|fathers?)\b))\b",
    re.I,
)
_WHOSE_CLAUSE = re.compile(
    r"\s*,?\s*(?:whose|cuyos|cuyas)\s+(?:[\w-]+\s+){1,2}?(?:(?:were|are|was|is|had|have|has|fueron|han|habían)\s+)?"
    r"(?:(?:been|sido|already|ya)\s+)?",
    re.I,
)
_VERBLESS_AGE_GROUP = re.compile(
    r"\s+of\s+(?:them|those|these|whom)\s+(?:were\s+|are\s+)?(?:under|below|younger\s+than)\s+(?:the\s+age\s+of\s+)?"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s*[,.]?\d)",
    re.I,
)
_OTHER_NOUN_RELATIVE = re.compile(
    r"\b(?:the|their|his|her|los|las|sus)\s+\w+\s+(?:who|whom|that|which|they|we|it|he|she|que|quienes|de\s+(?:los|las)\s+que)\b",
    re.I,
)
# An attribution after the count, and a relative clause on its source: "según explicó un alto funcionario, que pidió
# no ser identificado", "said an official who asked not to be identified".
_SOURCE_RELATIVE = re.compile(
    r"[,(]\s*(?:seg[uú]n|de\s+acuerdo\s+con|according\s+to|said|says|told|dijo|explic[oó]|señal[oó]|inform[oó])\b"
    r"[^.;]*?[\s,]+(?:who|that|which|que|quien|quienes)\s",
    re.I,
)
_NUMBER_OF_BEFORE = re.compile(
    r"\b(?:number|count|total|tally|cifra|n[uú]mero)(?:\s+(?:real|verdadero|oficial|exacto))?\s+(?:of|de)\s+$",
    re.I,
)
_NUMBER_OF_NOUN = re.compile(
    r"\b(?:number|count|total|tally|cifra|n[uú]mero)(?:\s+(?:real|verdadero|oficial|exacto))?\s+(?:of|de)\s+\w+\s+$",
    re.I,
)
_SINGULAR_NOUN = re.compile(r"(?:parent|mother|father|family|child|kid|minor|boy|girl)\b", re.I)
_BARE_PARTICIPLE = re.compile(
    r"separated|separad[oa]s|split\s+apart|torn\s+apart|apartad[oa]s|identified|identificad[oa]s", re.I
)


_MAIN_PLAN = re.compile(
    r"\b(?:will|shall|van\s+a|serán|ser[aá]n)\s+(?:\w+\s+)?(?:be\s+)?(?:reunit|reunif|reun)", re.I
)
# "the government has counted 2,551 children": a bare count of the children in scope, when nothing
# else is said of them.
# "689 de esas reunificaciones se lograron", "689 of those reunifications were completed": past and done.
_DONE_AFTER = re.compile(
    r"\s+(?:(?:ya|already)\s+)?(?:se\s+\w+ron|(?:fueron|han\s+sido|were|have\s+been|had\s+been)\s+\w+(?:ad[oa]s|id[oa]s|ed)|"
    r"took\s+place|happened|occurred|tuvieron\s+lugar|ocurrieron)\b",
    re.I,
)
# "the rest of the 3,000 reunions": the count is the whole, what follows is said of the rest of it.
_REST_OF_BEFORE = re.compile(r"\b(?:rest|remainder|resto)\s+(?:of|de)\s+(?:the\s+|los\s+|las\s+)?$", re.I)
# "accounts for 689 of the reunions", "was responsible for 689 reunions": the subject's share of events that happened.
_SHARE_OF_BEFORE = re.compile(
    r"\b(?:accounts?|accounted|accounting)\s+for\s+$|\b(?:responsible|credited)\s+(?:for|with)\s+$"
    # "credits the task force with 689 of those reunions": the agent credited sits between the verb and its share
    r"|\bcredit(?:s|ed|ing)?\s+(?:the\s+|its\s+)?(?:task\s+force|group|team|agency|administration)\s+with\s+$"
    r"|\b(?:representa|representan|represent[oó])\s+$",
    re.I,
)
# "..., pero 998 no", "but 998 were not": the verb of the count before, negated and left out.
_ELLIPTIC_NOT = re.compile(
    r"\s+(?:(?:a[uú]n|todav[ií]a|still)\s+)?(?:no|not|(?:were|have|had|are)\s+not|weren[’']t|haven[’']t|hadn[’']t|aren[’']t)"
    r"\s*(?:[.;)]|,\s|$)",
    re.I,
)
# "the government has counted 2,551 children", "that list had grown to 2,737 children": a bare count of the children
# in scope, when nothing else is said of them.
_COUNTED_BEFORE = re.compile(
    r"\b(?:counted|contó|contabilizó|contabiliza)\s+(?:a\s+)?$"
    r"|\b(?:that|this|the|its|their|esa|la|su)\s+(?:list|tally|roster|lista|listado)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:grown|grew|risen|rose|climbed|swelled|expanded|jumped|reached|creci[oó]|aument[oó])\s+(?:to\s+|a\s+|hasta\s+)?$",
    re.I,
)
# "An earlier count put the number at nearly 2,000 children", "the figure was 2,000": a number with no noun
# of its own is the one the text counted last, said again.
_ANAPHORIC_NUMBER_BEFORE = re.compile(
    r"\b(?:put|puts|putting|placed|pegged|set)\s+(?:the|that|this|its)\s+"
    # "has put the number above 5,500": the qualifier stands for "at"
    r"(?:(?:exact|precise|official|actual|latest|final|new)\s+)?(?:number|figure|count|total|tally|share|percentage)\s+(?:at\s+)?[\"“‘']?$"  # the count may be quoted
    # "The exact figure DHS gives is 998": a short relative clause on the noun (no "of"/"for" phrase naming another);
    # "The exact number, as of Feb. 1, 2023, was 1,999 families": an aside set off by commas may part noun and verb
    r"|\b(?:the|that|this)\s+(?:(?:precise|exact|actual|true|final|official)\s+)?(?:number|figure|count|tally)"
    r"(?:\s+(?!(?:of|for|on|in|among|about|from|de|para|sobre|en)\b)[\w.'’]+){0,3}?(?:\s*,\s*[^;:\n]{1,40}?,)?"
    r"\s+(?:was|is|stood\s+at|stands\s+at|"
    r"(?:had|has)\s+(?:grown|risen|climbed)\s+to|grew\s+to|rose\s+to|climbed\s+to)\s+$"
    # "the number has since passed 800" (the verb read as the qualifier), "in June 2021 it stood at 3,913"
    r"|\b(?:the|that|this)\s+(?:number|figure|count|tally)\s+(?:has|had)\s+(?:since\s+|now\s+)?$"
    r"|\bit\s+(?:stood|stands)\s+at\s+$"
    # "Add the youngest children, under 5, and the total tops 2,600" ("tops" read as the qualifier)
    r"|\b(?:the|that|this)\s+total\s+(?:now\s+)?(?:comes\s+to|came\s+to|stands\s+at|stood\s+at|reaches|reached)?\s*$",
    re.I,
)
# "The department's count of children taken from ... now stands at 3,881": the count's noun far from its verb
_COUNT_STANDS_AT = re.compile(
    r"\b(?:the|its|their|[\w.]+['’]s)\s+(?:number|figure|count|tally|total)\s+of\b[^.;:]{0,160}?\b(?:now\s+)?"
    r"(?:stands|stood)\s+at\s+$",
    re.I,
)
_RETURN_VERB_BEFORE = re.compile(r"\b(?:returned|devuelto|devolvi[oó]|entregado)\s+(?:a\s+)?$", re.I)
_TO_THE_PARENTS = re.compile(
    r"[^.;:]{0,30}?\b(?:to|a|con)\s+(?:the|their|his|her|sus|los|las)\s+(?:parents?|famil|mothers?|fathers?|padres|madres)",
    re.I,
)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|los|las|estos|estas)\s+$", re.I)


def _negated_ellipsis(text: str, reading: _Reading, previous: _Reading | None) -> bool:
    """ "2.926 ya fueron reunificados, pero 998 no", "2,926 had been reunited and 998 had not": the count before
    was reunified with no period of its own, and this one negates the same verb left out."""
    return (
        previous is not None
        and previous.state == "reunified"
        and previous.metric in {None, "children_reunified_total"}
        and not previous.dropped
        and bool(_ELLIPTIC_NOT.match(text, reading.unit_end))
    )


def _main_verb_is_plan(text: str, reading: _Reading, cue: _Cue, clause_end: int, scan: _Scan) -> bool:
    """A cue inside a relative clause on the count's noun ("families who were split apart") is followed
    by the main verb; when that verb is a plan, the count is a plan."""
    if cue.span[0] < reading.unit_end or not _RELATIVE_OPEN.match(text, reading.unit_end):
        return False
    return bool(_MAIN_PLAN.search(text, cue.span[1], clause_end))


def _table(lexicon: Lexicon, unit: str | None) -> dict[str, str]:
    return lexicon.metrics.get("separations" if unit == "cases" else unit or "", {})


def _has_own_predicate(text: str, reading: _Reading, lexicon: Lexicon) -> bool:
    """Whether a finite verb follows the count's noun phrase directly: the count is its subject. A capitalised
    word on the next line opens the next row of a table or list ("Reunited: 512\nStill apart: 1,140"), not a verb
    of this count."""
    finite = lexicon.finite_after.match(text, reading.unit_end)
    if finite is None or _RELATIVE_OPEN.match(text, reading.unit_end):
        return False
    gap = text[reading.unit_end : finite.end()]
    return "\n" not in gap or gap.strip()[:1].islower()


def _own_predicate(
    text: str, reading: _Reading, clause_end: int, lexicon: Lexicon, scan: _Scan
) -> _Cue | None:
    """The cue of the predicate whose subject is the count ("416 separated children were still in
    shelters", "the remaining 166 children were discharged"), up to the next clause break; None when the
    count is not a subject or its predicate holds no cue."""
    if not _has_own_predicate(text, reading, lexicon):
        return None
    for match in scan.state.finditer(scan.text, reading.unit_end, max(reading.unit_end, clause_end)):
        if _SOURCE_RELATIVE.search(text, reading.unit_end, match.start()):
            return (
                None  # "..., según dijo un funcionario, que pidió no ser identificado": the source's clause
            )
        return _Cue(tag_of(match), match.span())
    return None


def _parent_of_before(text: str, reading: _Reading, segment_start: int, lexicon: Lexicon) -> bool:
    return bool(
        lexicon.parent_of.search(
            text, max(segment_start, reading.qualifier_start - 30), reading.qualifier_start
        )
    )


def _cue_in(scan: _Scan, start: int, end: int, states: set[str]) -> _Cue | None:
    for match in scan.state.finditer(scan.text, start, max(start, end)):
        if tag_of(match) in states:
            return _Cue(tag_of(match), match.span())
    return None


def _is_modifier_participle(text: str, match: re.Match[str], lexicon: Lexicon, own_noun_end: int) -> bool:
    """A bare participle that only describes a noun ("separated children", "las familias separadas") is
    not a predicate; the count's own noun ("3,881 children separated from ...") is judged elsewhere."""
    if not _BARE_PARTICIPLE.fullmatch(match.group(0)):
        return False
    after = _QUOTE_OR_SPACE.match(text, match.end()).end()
    before = text[max(0, match.start() - 40) : match.start()]
    if _NUMBER_OF_BEFORE.search(before):
        return False  # "put the number of separated children above 4,300": what the count is of
    if lexicon.unit.match(text, after) or _SINGULAR_NOUN.match(text, after):
        return True
    if match.group(0).lower().startswith("identif"):
        # "1,786 of the identified children" describes them; "Separated children identified 3,900" (a row
        # label), "children identified since 2021" say what the count is
        return False
    if match.start() <= own_noun_end + 1 and match.start() >= own_noun_end:
        return False
    if _NUMBER_OF_NOUN.search(before):
        return False  # "put the number of children separated at 1,995": what the count is of
    return bool(
        re.search(
            r"(?:children|kids|minors|families|parents|niños|niñas|menores|familias|padres|hijos)\s+$",
            before,
            re.I,
        )
    )


def _previous_live(readings: list[_Reading], position: int) -> _Reading | None:
    for reading in reversed(readings[:position]):
        if not reading.is_range_low:
            return reading
    return None


def _next_start(readings: list[_Reading], position: int, sent_end: int) -> int:
    for reading in readings[position + 1 :]:
        if reading.dropped:
            continue  # "the 2,551 children ages 5 to 17 that it has identified": ages do not end a clause
        return reading.range_low.mention.start if reading.range_low else reading.mention.start
    return sent_end


def _clause_start(text: str, segment_start: int, number_start: int) -> int:
    start = segment_start
    for match in _CLAUSE_BREAK.finditer(text, segment_start, number_start):
        if match.group(0).lower() in {"and", "y"} and _BETWEEN_LEAD.search(
            text, max(segment_start, match.start() - 40), match.start()
        ):
            continue  # "children separated between 2017 and 2021 stood at 3,913": one span, not two clauses
        if match.group(0) == "," and _DATE_COMMA_LEAD.search(
            text, max(segment_start, match.start() - 30), match.start()
        ):
            continue  # "children separated since July 1, 2017, to 5,460": the commas of a date are not a clause
        start = match.end()
    return start


_DATE_COMMA_LEAD = re.compile(
    r"\b(?:since|from|between|through|until|before|after|on|as\s+of)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+"
    r"\d{1,2}(?:,\s+(?:19|20)\d\d)?$",
    re.I,
)
_BETWEEN_LEAD = re.compile(r"\b(?:between|entre)\s+(?:[\w.,]+\s+){1,3}$", re.I)


def _link_ranges(text: str, readings: list[_Reading]) -> None:
    """ "between 1,000 and 2,000 families", "4,500-5,000": the upper bound reads for both."""
    for low, high in zip(readings, readings[1:], strict=False):
        if (
            low.dropped
            or high.dropped
            or low.mention.percent != high.mention.percent
            and not high.mention.percent
        ):
            continue
        between = text[low.mention.end : high.mention.start]
        if not _RANGE_JOIN.fullmatch(between) and not re.fullmatch(
            r"\s*(?:-|–|—|to|a|and|y)\s*", between, re.I
        ):
            continue
        joiner = between.strip().lower()
        lead = text[max(0, low.mention.start - 30) : low.mention.start]
        if joiner in {"and", "y"} and not _RANGE_BETWEEN.search(lead):
            continue
        if joiner == "a" and not re.search(r"\b(?:de|entre)\s*$", lead, re.I):
            continue
        if joiner in {"to", "a"} and _CHANGE_VERB.search(lead):
            continue
        if low.mention.value >= high.mention.value:
            continue
        low.is_range_low = True
        high.range_low = low


def _link_ages(text: str, readings: list[_Reading], sent_start: int) -> None:
    """ "between the ages of five and 17": the second number of an age pair is an age too."""
    for first, second in zip(readings, readings[1:], strict=False):
        if first.dropped and not second.dropped:
            lead = text[max(sent_start, first.mention.start - 30) : first.mention.start]
            between = text[first.mention.end : second.mention.start]
            if (_AGE_BEFORE.search(lead) or _AGE_SPAN_AFTER_NOUN.search(lead)) and re.fullmatch(
                r"\s*(?:and|to|through|-|–|y|a|hasta)\s*", between, re.I
            ):
                second.dropped = True


def _read_unit(
    text: str,
    reading: _Reading,
    lexicon: Lexicon,
    last_count_unit: str | None,
    previous_unit: str | None,
    sent_start: int,
    segment_start: int,
) -> None:
    mention = reading.mention
    if mention.percent:
        match = _PERCENT_SIGN.match(text, mention.end)
        reading.unit = "percent"
        reading.unit_end = match.end() if match else mention.end
        reading.explicit_unit = True
        of_whom = _PERCENT_OF.match(text, reading.unit_end)
        if of_whom:  # "74 percent of the children identified ...": a cue after the noun describes them
            reading.unit_end = of_whom.end()
            relative = _PERCENT_OBJECT_RELATIVE.match(text, reading.unit_end)
            if relative:  # "75% of the children the US government separated ... have been reunited": so does
                reading.unit_end = relative.end()  # an object relative clause on them; the main verb decides
        return
    plus = _PLUS_AFTER.match(text, mention.end)
    position = _QUOTE_OR_SPACE.match(text, plus.end() if plus else mention.end).end()
    line_lead = (text.rfind("\n", 0, reading.qualifier_start) + 1, reading.qualifier_start)
    gloss = _BULLET_GLOSS.match(text, position)
    if (
        gloss
        and (
            # "• 3,913: separated children the task force ...", "- 2,044 - families registered": a bullet's number
            # glossed by the noun phrase after a colon or a dash
            _BULLET_LEAD.fullmatch(text, *line_lead)
            # "2,342: children DHS says were separated", "471 — parents deported without their children": a "by the
            # numbers" line that opens with its count, the noun phrase after the colon or dash saying what it counts
            or (
                text.startswith((":", "—", "–"), position)
                and text.startswith((" ", "\t"), position + 1)
                and not text[line_lead[0] : line_lead[1]].strip()
            )
        )
    ):
        position = _QUOTE_OR_SPACE.match(text, gloss.end()).end()
    line_start = text.rfind("\n", 0, reading.qualifier_start) + 1
    box_dash = _BOX_DASH.match(text, position)
    if box_dash and re.fullmatch(r"[ \t]*(?:[-•*·→▪][ \t]*)?", text[line_start : reading.qualifier_start]):
        position = (
            box_dash.end()
        )  # "2,814 — children the government counted in the original class": a fact box row
    if mention.words and _MILLAR_OF.match(text, mention.end):
        position = _MILLAR_OF.match(text, mention.end).end()  # "un millar de niños"
    if text.startswith("'s", position) or text.startswith("’s", position):
        position += 2
    for _ in range(4):
        if "\n" in text[mention.end : position] and not text[position : position + 1].islower():
            break  # the next line of a table or list starts something else
        unit_match = lexicon.unit.match(text, position)
        if unit_match:
            reading.unit = tag_of(unit_match)
            reading.unit_end = unit_match.end()
            trailing = lexicon.adjective.match(text, _QUOTE_OR_SPACE.match(text, reading.unit_end).end())
            if trailing:  # "niños migrantes"
                reading.unit_end = trailing.end()
                if _SEPARATED_WORD.fullmatch(trailing.group(0)) and (
                    _PERIOD_AFTER.match(text, trailing.end())
                    # "the same task force counts almost 4,000 children separated in the first place": the object
                    # of a verb of counting, described by the participle, is the count of the separated
                    or _COUNTING_VERB_BEFORE.search(
                        text, max(sent_start, reading.qualifier_start - 30), reading.qualifier_start
                    )
                ):
                    reading.separated_adjective = True  # "3,913 kids separated between July 2017 and ..."
                elif re.fullmatch(r"separad[oa]s", trailing.group(0), re.I):
                    # "3,913 niños separados", "2.053 menores separados permanecían en albergues"
                    reading.separated_adjective = True
            age = _AGE_TAIL.match(text, reading.unit_end)
            reading.age_bounded = (
                bool(age and _UNDER_AGE.search(age.group(0)))
                or bool(_AGE_BOUNDED_WHOLE.match(text, reading.unit_end))
                or bool(_MINORS_OF_AGE.match(text, unit_match.start(), reading.unit_end + 30))
            )
            comparative = _COMPARATIVE_AGE.match(text, reading.unit_end) if trailing else None
            if comparative and not reading.whole and _RELATIVE_OPEN.match(text, comparative.end()):
                # "57 children younger than 5 who were taken from their parents have been returned": the noun
                # phrase runs to the bound, and the relative clause after it is the noun's, not the count's verb
                reading.unit_end = comparative.end()
            if age and not reading.whole and _RELATIVE_OPEN.match(text, age.end()):
                # "57 children under the age of five who were ...": the relative clause is the noun's
                reading.unit_end = age.end()
            reading.explicit_unit = True
            return
        adjective = lexicon.adjective.match(text, position)
        if not adjective:
            break
        if _SEPARATED_WORD.fullmatch(adjective.group(0)):
            reading.separated_adjective = True
        position = _QUOTE_OR_SPACE.match(text, adjective.end()).end()
    reading.unit_end = mention.end
    aside = _RESTATEMENT_ASIDE.match(text, mention.end)
    after_number = aside.end() if aside else mention.end  # "2,926 — or 74.6% — have been": the count's tail
    closing = _DASH_CLOSE.match(text, mention.end)
    if aside is None and closing and _DASH_OPEN_BEFORE.search(text, segment_start, reading.qualifier_start):
        after_number = (
            closing.end()
        )  # "Far more — some 2,200 — had been returned": the count set off between dashes
    after = text[after_number : after_number + 40].split("\n", 1)[0]
    tail = after.lstrip(" \"“”'’")
    label = text[segment_start : reading.qualifier_start]
    # "Reunified: 2,926. Careful with this one": a row label whose count closes the sentence
    line_end = not tail.strip(" .;|")
    # "Not yet reunified: 998, of which 148 are in process": a sub-count after the row's own count
    row_end = line_end or bool(_SENTENCE_CLOSE.match(tail) or _SUBCOUNT_TAIL.match(tail))
    if row_end and (_is_label(label, line_end) or (line_end and _in_row_block(text, mention.start))):
        label = label.rsplit("\n", 1)[-1] if not label.rstrip().endswith((":", "|")) else label
        if _PERCENT_LABEL.match(
            label
        ):  # "Percent of identified children reunified ...... 72.7": the row's unit
            reading.unit = "percent"
            return
        # "Parents ... departed from the United States: 322": a country name is not the count noun
        found = [m for m in lexicon.unit.finditer(label) if not _UNITED_BEFORE.search(label, 0, m.start())]
        # "Children in ORR care whose parents are not available: 711": the noun of a relative clause on the
        # row's noun is not the row's
        found = [m for m in found if not _WHOSE_BEFORE.search(label, 0, m.start())] or found[:1]
        # "Children reunified with parents in ICE custody: 1,442": the object of a preposition after the row's
        # noun is not the row's noun either
        found = [m for m in found if not _PREPOSITION_BEFORE.search(label, 0, m.start())] or found[:1]
        if found:
            reading.unit = tag_of(found[-1])
            return
        if label.rstrip().endswith("|"):
            reading.unit = _table_header_unit(text, sent_start, lexicon)
            return
        if not label.rstrip().endswith(":"):  # an aligned row: "Reunified by the Task Force      105"
            row_start = text.rfind("\n", 0, mention.start) + 1
            reading.unit = _table_header_unit(text, row_start, lexicon, aligned=True) or _leader_block_unit(
                text, row_start, lexicon
            )
            return
        if previous_unit == "children" and _BARE_STATE_LABEL.fullmatch(label):
            reading.unit = previous_unit  # "Reunified: 2,926" under counts of children: the same noun
            return
    lead_start = max(sent_start, reading.qualifier_start - 120)
    named = (
        _NUMBER_OF.search(text, lead_start, reading.qualifier_start)
        or _PUT_NUMBER_OF.search(text, lead_start, reading.qualifier_start)
        # "la cifra total de menores separados supera los 5,400": the verb is also the qualifier
        or (reading.qualifier_start < mention.start and _NUMBER_OF.search(text, lead_start, mention.start))
    )
    if named and _NAMED_TAIL.match(tail):
        unit_match = lexicon.unit.match(named.group("unit"))
        if unit_match and tag_of(unit_match) in {"children", "families", "parents", "separations"}:
            reading.unit = tag_of(unit_match)  # "put the number of children separated at 1,995"
            return
    if (
        previous_unit in {"children", "families"}
        and _NAMED_TAIL.match(tail)
        and _NUMBER_PARTICIPLE.search(text, lead_start, reading.qualifier_start)
    ):
        reading.unit = (
            previous_unit  # "The number identified now exceeds 4,000": the count of the noun said before
        )
        return
    if position > mention.end and lexicon.elided.match(text, position):
        tail = text[position : position + 40]  # "148 more are in the process"
    if not tail or tail[0] in ".,;)":
        reading.unit = last_count_unit if tail[:1] == "," or tail[:1] == ";" else None
        if reading.unit is None and tail[:1] in {",", ";", ")"}:
            reading.unit = last_count_unit
        if reading.unit is None and _BARE_COUNT_LEAD.search(
            text, max(sent_start, reading.qualifier_start - 12), reading.qualifier_start
        ):
            # "De esos niños, no existe registro para 2 127.", "Los que siguen sin ellos son 998.": the noun
            # named earlier in the sentence
            # "Of those, 1,786 have been reunified, while there is no record of reunification for 2,127.":
            # else the noun of the sentence's last count
            reading.unit = _unit_named_before(text, sent_start, reading, lexicon) or last_count_unit
        if reading.unit is None and tail[:1] == ".":
            fronted = _FRONTED_PARTITIVE.match(text, sent_start, reading.qualifier_start)
            unit = fronted and lexicon.unit.fullmatch(fronted.group("noun"))
            if unit and tag_of(unit) in {"children", "families", "reunions"}:
                # "Of those reunions, DHS credits the task force with 689.": the fronted partitive names the whole
                # the sentence-final bare count is a part of
                reading.unit = tag_of(unit)
        return
    if (
        last_count_unit in {"children", "families", "parents"}
        and _WITH_TAIL.match(tail)
        and _COORDINATION_BEFORE.search(
            text, max(segment_start, reading.qualifier_start - 12), reading.qualifier_start
        )
    ):
        # "provided 735 families with case management and 385 with assessments and treatment": the second object
        # of the same verb leaves its noun to the first; what it got is said in its own "with" phrase
        reading.unit = last_count_unit
        reading.coordinated_with = True
        return
    elided = lexicon.elided.match(tail)
    if not elided:
        return
    # "Of those children, 1,779 were ...": a noun named in the sentence outranks the previous sentence's
    reading.unit = last_count_unit or _unit_named_before(text, sent_start, reading, lexicon) or previous_unit


# "The number identified now exceeds 4,000", "the count separated stood at 2,654": the noun is the one counted before.
_NUMBER_PARTICIPLE = re.compile(
    r"\b(?:the|that|this)\s+(?:number|count|total|tally)\s+(?:identified|separated)\s+"
    r"(?:(?:now|currently|so\s+far|already)\s+)?(?:(?:is|was|stands\s+at|stood\s+at|reached|has\s+reached|totals|totaled)\s+)?$"
    # "puts the number it has reunited since 2021 at 795": the relative clause names the state, the noun is the
    # one counted before
    r"|\b(?:put|puts|putting|placed|pegged|set|sets)\s+(?:the|its)\s+(?:number|count|total|tally)\s+(?:(?:that|which)\s+)?"
    r"(?:it|they|we|the\s+(?:task\s+force|team|group|government|agency|department))\s+(?:has|have|had)\s+"
    r"(?:reunited|reunified|identified|separated)\b[^.;:]{0,40}?\s+at\s+$",
    re.I,
)
_SENTENCE_CLOSE = re.compile(r"\.\s+[A-Z\"“]")
# A short row label with no noun and no number of its own ("Reunified:", "Still no record of reunification:").
# a bullet may open the row and a parenthesis gloss its label: "- Reunified in total (before or through it): 2,926"
_BARE_STATE_LABEL = re.compile(
    r"\s*(?:[-•*–]\s+|\((?:[ivx]{1,4}|[a-h])\)\s+)?[A-Za-zÁÉÍÓÚáéíóúñ][A-Za-zÁÉÍÓÚáéíóúñ' -]{2,60}(?:\([^()\n:]{1,80}\)[ \t]*)?:\s*"
)


# Row labels of court status charts that are nothing but a noun phrase: the phrase itself says which count it is.
# "Total number of possible children of potential class members: 2,654" is the class (the identified children);
# "Children in ORR care: 437" are the children still held, i.e. not reunified yet.
_CLASS_LABEL = re.compile(
    r"[\W\d]*(?:total\s+)?(?:number\s+of\s+)?(?:(?:possible|potential|posibles)\s+)?(?:children|minors|niños|menores)"
    r"\s+(?:of|de)\s+(?:(?:possible|potential|posibles)\s+)?(?:class\s+members|miembros\s+de\s+la\s+clase)"
    r"(?:\s+identified|\s+identificados)?[\s:|.]*",
    re.I,
)
_HELD_LABEL = re.compile(
    r"[\W\d]*(?:total\s+)?(?:number\s+of\s+)?(?:children|minors|niños|menores)\s+(?:(?:still|remaining)\s+)?"
    r"(?:in|under|bajo|en)\s+(?:(?:the|la|el)\s+)?(?:[\w-]+\s+)?(?:custody|care|custodia|cuidado)"
    # "Children in ORR care whose parents are not eligible or not available for reunification: 711": still held
    r"(?:\s+(?P<whose>(?:whose|cuyos)\s+(?:parents|padres)\s+[^:|\n\d]{0,100}?))?[\s:|.]*",
    re.I,
)
# A row right above that counts the children held, with no clause of its own: "Children who remain in ORR care: 565".
_HELD_ROW_ABOVE = re.compile(
    r"[^\S\n]*(?:[-•*–]\s+)?(?:total\s+)?(?:number\s+of\s+)?(?:children|minors|niños|menores)\s+(?:(?:who|that|que)\s+)?"
    r"(?:(?:still|remaining|remain|are|siguen|permanecen)\s+)?(?:(?:still)\s+)?(?:in|under|bajo|en)\s+(?:(?:the|la|el)\s+)?"
    r"(?:[\w-]+\s+)?(?:custody|care|custodia|cuidado)[\s:|.]*[\d][\d,.]*[^\S\n]*",
    re.I,
)
_WHOSE_ROW = re.compile(r"[^:\n]*\b(?:whose|cuyos)\s+(?:parents|padres)\b[^:\n]*:\s*[\d][\d,.]*\s*", re.I)
_DEPORTED_WHOSE = re.compile(r"\b(?:removed|deported|deportados|expulsados)\b", re.I)


# "Children discharged from ORR to a parent in ICE custody: 1,442": the participle heading the row is its state (the
# custody named after it is the parent's); "released to a sponsor" or "reunited or released" rows are not ours.
_RETURNED_LABEL = re.compile(
    r"[\W\d]*(?:children|minors|niños|menores)\s+(?:discharged|released)\s+(?:from\s+[\w.]+\s+)?to\s+"
    r"(?:a|their|the|his|her)\s+(?:parents?|mothers?|fathers?)\b(?!\s+or\b)[^:\n]{0,60}?[\s:|.]*",
    re.I,
)


# A chart of children in custody is a reunification chart only under a heading or row about the class or reunions
# (dashboards of unaccompanied children in care are not).
_REUNIFICATION_CHART = re.compile(r"class\s+members|reunif|reunion|reunit|miembros\s+de\s+la\s+clase", re.I)


def _label_cue(text: str, start: int, end: int) -> _Cue | None:
    line_start = max(start, text.rfind("\n", 0, end) + 1)
    if _CLASS_LABEL.fullmatch(text, line_start, end):
        return _Cue("separated", (line_start, end))
    if _RETURNED_LABEL.fullmatch(text, line_start, end):
        return _Cue("reunified", (line_start, end))
    held = _HELD_LABEL.fullmatch(text, line_start, end)
    if held and held.group("whose"):
        if _DEPORTED_WHOSE.search(held.group("whose")):
            # "Children in ORR care whose parents have been removed from the United States: 366": the parents of
            # the children counted were deported
            return _Cue("deported", held.span("whose"))
        above_end = text.rfind("\n", 0, line_start)
        for _ in range(8):  # over blank lines and the sibling rows narrowed by a clause of their own
            above_start = text.rfind("\n", 0, max(above_end, 0)) + 1
            row = text[above_start : max(above_end, 0)]
            if above_end <= 0 or (row.strip() and not _WHOSE_ROW.fullmatch(row)):
                break
            above_end = above_start - 1
        if above_end > 0 and _HELD_ROW_ABOVE.fullmatch(text, above_start, above_end):
            # "Children who remain in ORR care: 565" then "Children in ORR care whose parents are in other
            # custody: 34": a row whose clause narrows the held children counted just above is a part of them
            return _Cue("other", held.span("whose"))
    if held and _REUNIFICATION_CHART.search(text, max(0, line_start - 600), line_start):
        return _Cue("remaining", (line_start, end))
    return None


_ADVERBIAL_CASES = re.compile(
    r"\b(?:in|en)\s+(?:(?:the|la|los)\s+)?(?:most|many|some|all|both|other|such|several|few|la\s+mayor[ií]a\s+de\s+los|muchos|algunos|otros)\s+$",
    re.I,
)
_SUBCOUNT_TAIL = re.compile(r"[,;][ \t]*(?:of (?:which|whom)|de (?:los|las) cuales)\b", re.I)
_FRONTED_PARTITIVE = re.compile(
    r"[\s\"“]*(?:of|de)\s+(?:those|these|the|esos|esas|estos|estas|los|las)\s+(?P<noun>[^\W\d]+)\s*,\s+(?![^.;:]*\d)",
    re.I,
)
_BARE_COUNT_LEAD = re.compile(r"\b(?:para|for|son|are|were|eran|fueron)\s+$", re.I)
_WHOSE_BEFORE = re.compile(r"\b(?:whose|cuyos|cuyas)\s+$", re.I)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:with|to|from|con|a)\s+(?:(?:their|a|the|his|her|its|sus|su|los|las)\s+)?$", re.I
)
_UNITED_BEFORE = re.compile(r"\b(?:united|unidos)\s+$", re.I)


# A table flattened to "label value" lines with one space between: "Children identified as separated 3,913".
_ROW_LINE = re.compile(r"[ \t]*[A-Za-z][^\n.;!?]*?[a-z)][ \t]+[\d][\d,.]*%?[ \t]*$")


def _in_row_block(text: str, position: int) -> bool:
    """Whether the line holding ``position`` is one of at least three lines in a row that are each a label
    and a number at the line's end (a table flattened to text)."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    if not _ROW_LINE.fullmatch(text, line_start, line_end):
        return False
    rows = 1
    start = line_start
    while rows < 3 and start > 0:  # the lines above
        above = text.rfind("\n", 0, start - 1) + 1
        if not _ROW_LINE.fullmatch(text, above, start - 1):
            break
        rows, start = rows + 1, above
    end = line_end
    while rows < 3 and end < len(text):  # the lines below
        below = text.find("\n", end + 1)
        below = len(text) if below < 0 else below
        if not _ROW_LINE.fullmatch(text, end + 1, below):
            break
        rows, end = rows + 1, below
    return rows >= 3


def _is_label(label: str, at_line_end: bool = False) -> bool:
    """ "Children reunified: 2,926", "Reunified before the Task Force | 1,779": the label is the clause;
    so is the row label of a table flattened with aligned columns ("Children reunified      2,926")."""
    if len(label) < 130 and label.rstrip().endswith((":", "|")):
        return True
    row = label.rsplit("\n", 1)[-1]
    # dotted leaders ("Children remaining in ORR care ........ 437") align a row the same way
    return at_line_end and len(row) < 130 and bool(re.search(r"\S[ \t]{2,}$|\S\s*\.{3,}\s*$", row))


def _table_header_unit(text: str, row_start: int, lexicon: Lexicon, aligned: bool = False) -> str | None:
    """The count noun of a flattened table's header row ("Category | Children", or the same with aligned
    columns), for rows without one."""
    lines = text[max(0, row_start - 2000) : row_start].rstrip().split("\n")
    for line in reversed(lines[-12:]):
        if "|" not in line and not (aligned and _ALIGNED_COLUMNS.search(line)):
            if aligned or not line.strip() or len(line) > 80 or any(ch.isdigit() for ch in line):
                return None
            # the block's short caption right above its rows ("Children, by status (DHS figures)"): its noun
            found = [tag_of(m) for m in lexicon.unit.finditer(line)]
            counted = [unit for unit in found if unit in _COUNTED_UNITS]
            return counted[0] if len(set(counted)) == 1 else None
        if any(ch.isdigit() for ch in line):
            continue
        found = [tag_of(m) for m in lexicon.unit.finditer(line)]
        counted = [unit for unit in found if unit in {"children", "families", "parents", "separations"}]
        if counted:
            return counted[-1]
    return None


_PERCENT_LABEL = re.compile(r"[ \t]*(?:percent(?:age)?|share|porcentaje|proporci[oó]n)\s+(?:of|de)\s", re.I)
# A row of a table flattened with dot leaders or a wide gap before its number ("Reunified with Task Force support
# ....... 795", "Families receiving behavioral health case management  1,011").
_LEADER_ROW = re.compile(r"([ \t]*)([A-Za-z][^\n]*?)(?:[ \t]*\.{3,}[ \t]*|[ \t]{2,})[\d][\d,.]*%?[ \t]*")
_COUNTED_UNITS = frozenset({"children", "families", "parents", "separations"})


def _leader_block_unit(text: str, row_start: int, lexicon: Lexicon) -> str | None:
    """The count noun of a dot-leader row that names none: the noun of the nearest less-indented row above that
    names one (an indented sub-row splits its parent row: "Children reunified (all) ... 3,074" over "  Reunified
    prior to the Task Force ... 2,279"), else the noun of the block's short caption or column header ("Table 1.
    Status of identified separated children", "Status   Number of children"). Anything else gives none."""
    line_end = text.find("\n", row_start)
    row = _LEADER_ROW.fullmatch(text, row_start, len(text) if line_end < 0 else line_end)
    if not row:
        return None
    indent = len(row.group(1).expandtabs())
    lines = text[max(0, row_start - 1500) : row_start].split("\n")[:-1]
    captions = 0
    for line in reversed(lines[-14:]):
        above = _LEADER_ROW.fullmatch(line)
        if above:
            if captions:
                return None  # another table above the caption
            if len(above.group(1).expandtabs()) < indent:
                found = [tag_of(m) for m in lexicon.unit.finditer(above.group(2))]
                counted = [unit for unit in found if unit in _COUNTED_UNITS]
                if counted:
                    return counted[-1]
                indent = len(above.group(1).expandtabs())
            continue
        if not line.strip() or len(line) > 100 or captions == 2:
            return None
        captions += 1
        found = [tag_of(m) for m in lexicon.unit.finditer(line)]
        counted = [unit for unit in found if unit in _COUNTED_UNITS]
        if counted:
            return counted[-1]
    return None


def _unit_named_before(text: str, sent_start: int, reading: _Reading, lexicon: Lexicon) -> str | None:
    """ "Of the children, 2,176 were ...": the last count noun before the number, unless possessed
    ("with their families" names who they rejoin, not what is counted)."""
    for match in reversed(list(lexicon.unit.finditer(text, sent_start, reading.qualifier_start))):
        if _POSSESSED.search(text, max(sent_start, match.start() - 12), match.start()):
            continue
        if _ADVERBIAL_CASES.search(text, max(sent_start, match.start() - 20), match.start()):
            continue  # "in most cases under a court order": an adverbial, not a counted noun
        unit = tag_of(match)
        return unit if unit in {"children", "families", "parents", "separations"} else None
    return None


def _nearest_state(
    text: str, reading: _Reading, clause_start: int, clause_end: int, lexicon: Lexicon, scan: _Scan
) -> tuple[_Cue | None, bool]:
    """The state cue that governs the number, and whether any state cue was seen at all.

    Predicates come first, nearest first: "identified 3,924", "3,881 children were separated". A cue that
    says the count is something else ("released", "to reunite") stops the search when it is in the
    number's own clause. A cue right after the noun ("children separated at the border") only describes
    the children: it decides only when no predicate does.
    """
    table = lexicon.metrics.get("separations" if reading.unit == "cases" else reading.unit or "", {})
    near_break = _CLAUSE_BREAK.search(text, reading.unit_end, clause_end)
    near_end = near_break.start() if near_break else clause_end
    predicates: list[tuple[int, str, bool, tuple[int, int]]] = []
    adjacent: list[tuple[int, str, tuple[int, int]]] = []
    kickers: list[tuple[int, str, bool, tuple[int, int]]] = []
    # A cue that spans the clause break ("assessments and treatment to 385 families") starts the clause.
    for match in scan.state.finditer(scan.text, max(0, clause_start - 40), reading.qualifier_start):
        if match.start() >= clause_start:
            break
        if clause_start < match.end():
            clause_start = match.start()
            break
    # The scan runs on past the number so that a cue's lookahead can see the count ("brought back seven
    # families"); only cues that end before the number are predicates before it.
    for match in scan.state.finditer(scan.text, clause_start, max(reading.qualifier_start, clause_end)):
        if match.start() >= reading.qualifier_start:
            break
        if match.end() > reading.qualifier_start:
            continue
        if _is_modifier_participle(text, match, lexicon, -10):
            continue
        if _COMPLEMENT_GAP.fullmatch(text, match.end(), reading.qualifier_start):
            continue  # "informed also that 735 families received ...": the reporting verb, not the count's
        if _PURPOSE_BEFORE.search(text, max(clause_start, match.start() - 40), match.start()) or (
            _PURPOSE_CUE.match(match.group(0))
            and _PURPOSE_AGENT_BEFORE.search(text, max(clause_start, match.start() - 60), match.start())
        ):
            continue  # "the task force created to reunite families has brought 795 ...": the subject's purpose
        if " " not in match.group(0) and _DOCUMENT_NOUN_BEFORE.search(
            text, max(clause_start, match.start() - 30), match.start()
        ):
            continue  # "Government figures released in February showed ...": the document's participle
        if _KICKER_GAP.fullmatch(text, match.end(), reading.qualifier_start):
            # "'Still waiting': At least 400 children reunited": a headline's kicker before a colon is the story's
            # label; the count's own participle after it says what it is, and the kicker only when nothing does
            kickers.append((reading.qualifier_start - match.end(), tag_of(match), True, match.span()))
            continue
        predicates.append((reading.qualifier_start - match.end(), tag_of(match), True, match.span()))
    for match in scan.state.finditer(scan.text, reading.unit_end, max(reading.unit_end, clause_end)):
        distance = match.start() - reading.unit_end
        if _is_modifier_participle(text, match, lexicon, reading.unit_end):
            continue
        if _VAGUE_SUBJECT.search(text, max(reading.unit_end, match.start() - 60), match.start()):
            continue  # "1,442 children back with parents, hundreds still apart": the vague amount's own cue
        if _OTHER_NOUN_RELATIVE.search(text, reading.unit_end, match.start()):
            continue  # "returned 689 children to the parents they were separated from": the parents' clause
        if _SOURCE_RELATIVE.search(text, reading.unit_end, match.start()):
            continue  # "..., said an official who asked not to be identified": the source's clause
        if _NUMBER_OBJECT_AFTER.match(text, match.end()) and _CLAUSE_BREAK.search(
            text, reading.unit_end, match.start()
        ):
            continue  # "counts 3,913 separated children and finds no record of reunification for 2,127": the next count's
        if tag_of(match) == "parents_not_located" and _OTHER_OBJECT_AFTER.match(text, match.end()):
            # "Biden lost 85,000 kids and still can't find the ones Trump separated": an active verb with an
            # object of its own that is not the parents says nothing of the count's parents, nor does what
            # follows (that object's own relative clause: "the ones Trump separated")
            break
        part = _PART_RELATIVE.search(text, reading.unit_end, match.start())
        if part and not re.search(r"[,;()—–]", text[part.end() : match.start()]):
            # "cares for about 12,000 migrant children, most of whom ... are not covered by the lawsuit": the
            # relative clause speaks of a part of those counted, not of the count (the main verb after a closed
            # aside, "3,924 children, some of them toddlers, were separated", still is the count's)
            continue
        if (
            not text[reading.unit_end : match.start()].strip()
            and _ADVERB_PARTICIPLE.fullmatch(match.group(0))
            and _FINITE_VERB_AFTER.match(text, match.end())
        ):
            continue  # "431 of the children still separated have parents who ...": the noun's modifier, a verb follows
        if reading.unit == "parents" and _WHOSE_CLAUSE.fullmatch(text, reading.unit_end, match.start()):
            continue  # "460 parents whose children were taken from them ... may have been deported": the children's
        if reading.explicit_unit and _has_own_subject(text, reading.unit_end, match.start(), lexicon):
            continue  # "the four families include mothers who were separated": the mothers were
        if (
            reading.explicit_unit
            and _RELATIVE_LINK.match(text[reading.unit_end : match.start()])
            and not _FINITE_START.match(match.group(0))
        ) or (
            _BARE_LOCATION_CUE.match(match.group(0))
            and _PARTICIPLE_AND.search(text, max(reading.unit_end, match.start() - 60), match.start())
        ):
            # "children who were separated and still in custody when ...": the location shares the participle's
            # auxiliary, so it describes the children like the participle does
            adjacent.append((distance, tag_of(match), match.span()))
        else:
            predicates.append((distance, tag_of(match), match.start() < near_end, match.span()))
    if kickers and not any(state in _BLOCKING_STATES or _maps(table, state) for _d, state, _s in adjacent):
        predicates.extend(kickers)
    seen_any = bool(predicates or adjacent or kickers)
    for state, span in [(state, span) for _d, state, _n, span in predicates] + [
        (st, sp) for _d, st, sp in adjacent
    ]:
        if (
            state == "remaining"
            and span[0] >= reading.unit_end
            and text[reading.unit_end : span[0]].strip().lower() in {"", "with"}
            and _LACKING_PHRASE.match(text, span[0])
            and _maps(table, state)
        ):
            # "Identified 998 children with no confirmed reunification": the phrase on the noun names which children
            # the verb counts
            return _Cue(state, span), seen_any
    for _distance, state, near, span in sorted(predicates):
        if state in _BLOCKING_STATES:
            if near:
                return _Cue(state, span), seen_any
            continue
        if _maps(table, state):
            return _Cue(state, span), seen_any
        break
    for _distance, state, span in sorted(adjacent):
        if state in _BLOCKING_STATES or _maps(table, state):
            return _Cue(state, span), seen_any
    return None, seen_any


_KICKER_GAP = re.compile(r"[\s'’\"”]*:\s*")
_OTHER_OBJECT_AFTER = re.compile(
    r"(?<=find|cate|each|tact)\s+(?:the|these|those|a|an|any|some|all)\s+"
    r"(?!(?:\w+\s+)?(?:parents?|mothers?|fathers?|famil(?:y|ies)|relatives|adults|guardians)\b)\w",
    re.I,
)
_WHOSE_PARENTS_AFTER = re.compile(
    r"\s+(?:whose|cuyos)\s+(?:parents?|mothers?|fathers?|padres|madres)\b", re.I
)
_ADVERB_PARTICIPLE = re.compile(
    r"(?:still|now|currently|a[uú]n|todav[ií]a)\s+(?:separated|apart|separad[oa]s)", re.I
)
_FINITE_VERB_AFTER = re.compile(
    r"\s+(?:have|has|had|are|were|is|was|remain|remained|tienen|ten[ií]an|son|eran|fueron|est[aá]n)\b", re.I
)
_PART_RELATIVE = re.compile(
    r"\b(?:most|many|some|several|half|few|a\s+few|none|one|the\s+majority|la\s+mayor[ií]a|muchos|muchas|algunos|"
    r"algunas)\s+(?:of|de)\s+(?:whom|which|los\s+cuales|las\s+cuales)\b",
    re.I,
)
_BARE_PROGRESS = re.compile(r"(?:is|are)\s+(?:(?:still|now)\s+)?in\s+progress", re.I)
_REUNIFICATION_OF_BEFORE = re.compile(
    r"\b(?:reunification|reunion|reunificaci[oó]n)s?\s+(?:of|de)\s+(?:the\s+|los\s+)?$", re.I
)
_DASH_CLOSE = re.compile(r"[ \t]*[—–][ \t]*")
_DASH_OPEN_BEFORE = re.compile(r"[—–][ \t]*$")
_LACKING_PHRASE = re.compile(r"(?:with\s+no|no|without|sin)\b", re.I)
# "hundreds still apart", "thousands more remain separated", "cientos siguen separados": a vague amount before a
# cue is that cue's own subject, so the cue says nothing of an earlier count.
_VAGUE_SUBJECT = re.compile(
    r"(?<!\band\s)(?<!\bwith\s)(?<!\bas\swell\sas\s)(?<!\by\s)"
    r"\b(?:hundreds|thousands|dozens|scores|cientos|centenares|miles|decenas)\b(?:\s+[^\s,;.:]+){0,3}\s*$",
    re.I,
)
# "the task force created to reunite families", "el grupo creado para reunir": a participle naming what the
# subject is for; the plan it opens is not the predicate of a later count.
_PURPOSE_BEFORE = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bfue\s)"
    r"\b(?:created|formed|set\s+up|established|launched|charged|tasked|designed|convened|"
    r"cread[oa]|formad[oa]|establecid[oa]|encargad[oa])\s+(?:(?:in\s+order|with\s+the\s+goal)\s+)?(?:with\s+)?$",
    re.I,
)
# "the group created by President Biden to reunite families": the participle's agent before its purpose
_PURPOSE_AGENT_BEFORE = re.compile(
    r"\b(?:created|formed|set\s+up|established|launched|convened|cread[oa]|formad[oa]|establecid[oa])\s+"
    r"(?:by|in|por|en)\s+(?:[\w.]+\s+){1,4}?$",
    re.I,
)
_PURPOSE_CUE = re.compile(r"(?:to|para)\s", re.I)
# A participle right after a noun naming a document or a set of numbers is a reduced relative on that noun.
_DOCUMENT_NOUN_BEFORE = re.compile(
    r"\b(?:figures|data|numbers|statistics|records|documents|report|reports|fact\s+sheet|filing|filings|tally|"
    r"cifras|datos|informe|documentos|registros)\s+$",
    re.I,
)
# A reporting verb and its complementizer: what follows is a clause of its own ("informó de que 522 niños").
_COMPLEMENT_GAP = re.compile(r"\s+(?:\w+\s+){0,3}?(?:that|de\s+que|que)\s+(?:[^\W\d]+\s+){0,6}", re.I)
# "in its care", "in HHS-funded facilities", "bajo la custodia": where the children still are.
_IN_CUSTODY_AFTER = re.compile(
    r"[\s,]*(?:(?:are|were|is|was|remain|remained|est[aá]n|estaban|permanec[ií]an|permanecen|segu[ií]an|siguen)\s+"
    r"(?:still\s+|a[uú]n\s+)?(?:being\s+)?(?:(?:housed|held|kept|sheltered|alojad[oa]s)\s+)?"
    r"|being\s+(?:housed|held|kept|sheltered|cared\s+for)\s+)?(?:in|under|bajo|en)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:custody|care|facilities|shelters|custodia|albergues|refugios)\b",
    re.I,
)
_EXPECTED_REUNION = re.compile(
    r"\b(?:they|these|those|who|which)\s+(?:are|were)\s+(?:(?:all|also|now)\s+)?(?:expected|scheduled|set|slated|due)\s+"
    r"to\s+be\s+(?:reunited|reunified)\b",
    re.I,
)
# "..., a count that includes separations after the injunction": what the count takes in, not what it is.
_INCLUDES_BEFORE = re.compile(
    r"\b(?:includes|included|including|counts|covers|incluye|incluyen|incluyendo)\b", re.I
)
_IN_ALL_AFTER = re.compile(r"\s*(?:in\s+all|in\s+total|altogether|en\s+total)\b", re.I)
_AFTER_THE_ORDER = re.compile(
    r"\b(?:after|since|following)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?"
    r"(?:court\s+order|injunction|order\s+to\s+reunite|executive\s+order(?!\s+\d))|"
    # "between the June 2018 order and the end of last year": a window that opens with the order
    r"\bbetween\s+(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){0,4}?(?:court\s+|executive\s+)?order\s+and\b|"
    r"\b(?:after|since|following)\s+(?:a\s+|the\s+)?(?:federal\s+)?judge\s+(?:[\w.]+\s+){0,3}?"
    r"(?:ordered|halted|ruled|barred|blocked|told\s+(?:it|them|(?:the\s+)?\w+)\s+to\s+(?:stop|end|halt))|"
    # "separated from parents since judge's order" (a headline drops the article); "identified after a judge's
    # June order" says when the count was made, not when the children were separated
    r"\bsince\s+(?:a\s+|the\s+)?(?:federal\s+)?(?:judge|court)[’']s\s+(?:\w+\s+)?"
    r"(?:order|ruling|injunction)|"
    r"\b(?:despu[eé]s\s+de|tras|desde)\s+la\s+orden\s+judicial",
    re.I,
)
# "had separated more than 1,000 children after the judge's order": right after the count of a separating verb, the
# order dates the separations ("identified after a judge's June order" dates the count, and is not read so).
_AFTER_JUDGES_ORDER = re.compile(
    r"(?:[^\W\d]+\s+){0,3}?(?:after|following|since|despu[eé]s\s+de|tras|desde)\s+(?:a\s+|the\s+|la\s+|el\s+)?"
    r"(?:federal\s+)?(?:judge|court)[’']s\s+(?:\w+\s+)?(?:order|ruling|injunction)\b",
    re.I,
)
_SEPARATING_VERB = re.compile(r"(?:had\s+|has\s+|have\s+|were\s+|was\s+)?(?:separated|taken|removed)", re.I)
# "separated ... between June 28, 2018, and June 29, 2019": a window of separations that opens after the court's
# order of June 26, 2018 stopping them counts later separations, not the identified class.
_WINDOW_OPEN = re.compile(
    r"\b(?:between|from|since|entre|desde)\s+(?:el\s+)?(?:(?P<day1>\d{1,2})\s+de\s+)?(?P<month>[A-Za-z]+)\.?"
    r"(?:\s+(?P<day>\d{1,2}))?,?\s+(?:de\s+|of\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
_ORDER_TO_STOP = date(2018, 6, 26)


def _window_opens_after_order(text: str, start: int, end: int) -> bool:
    window = _WINDOW_OPEN.search(text, start, end)
    month = None if window is None else month_number(window.group("month"))
    if month is None:
        return False
    day = int(window.group("day") or window.group("day1") or 1)
    try:
        opened = date(int(window.group("year")), month, day)
    except ValueError:
        return False
    return opened > _ORDER_TO_STOP


# "separated between July 1 and early November 2018", "between June 28, 2018, and June 29, 2019": a window
# that opens after the June 26, 2018 injunction counts separations after it, not the identified class.
_DATED_WINDOW = re.compile(
    r"\bbetween\s+(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<d1>\d{1,2})\b"
    r"(?:,?\s+(?P<y1>20\d\d))?,?\s+and\s+(?:(?:early|mid|late|mid-)\s*)?(?:[a-z]+\.?\s+)?(?:\d{1,2},?\s+)?"
    r"(?P<y2>20\d\d)\b",
    re.I,
)


def _window_after_order(text: str, start: int, end: int) -> bool:
    window = _DATED_WINDOW.search(text, start, end)
    if window is None:
        return False
    month = month_number(window.group("m1"))
    year = int(window.group("y1") or window.group("y2"))
    return (year, month, int(window.group("d1"))) >= (2018, 6, 26)


_SENTENCE_OPENER = re.compile(
    r"[\s\"“”'‘’]*(?:(?:but|and|yet|pero|y)\s+)?(?:(?:even|still|also|incluso|aun|aún)\s+)?", re.I
)


# "118 children were separated between July 1 and Nov. 7 — after the executive order ending the practice —":
# a dash aside that dates the count belongs to its clause.
_DASH_OPEN = re.compile(r"\s*(?:—|–|--|\s-\s)\s*")


def _order_aside_after(text: str, clause_end: int, sent_end: int) -> bool:
    dash = _DASH_OPEN.match(text, clause_end, sent_end)
    return bool(dash and _AFTER_THE_ORDER.match(text, dash.end(), sent_end))


# "Counting reunions that happened before the task force existed, 2,926 ...": a fronted phrase that takes the
# earlier reunions in widens the count to the total instead of restricting it to them.
_INCLUSIVE_LEAD = re.compile(
    r"(?:^|(?<=[\s\"“(]))(?:counting|including|if\s+you\s+count|contando|incluyendo|sumando)\s+[^,;.:]*,\s*$",
    re.I,
)


def _opens_after_order(text: str, sent_start: int, end: int) -> bool:
    """Reads "Even after the June 20 executive order, ... 118 children were separated": a sentence opened by the
    order reads like one that ends with it."""
    opener = _SENTENCE_OPENER.match(text, sent_start, end)
    position = opener.end() if opener else sent_start
    return bool(_AFTER_THE_ORDER.match(text, position, end))


# "cannot show that 2,127 of them ever got back to their families": a reunion the speaker cannot vouch for
# is one with no record, so the count is of children remaining.
_NEGATED_REPORT = re.compile(
    r"\b(?:cannot|can[’']t|could\s+not|couldn[’']t|unable\s+to|no\s+(?:puede|pudo|pueden|pudieron))\s+"
    r"(?:\w+\s+){0,2}?(?:show|confirm|prove|verify|document|demonstrate|demostrar|confirmar|comprobar|acreditar|"
    r"record|evidence|proof|registro|constancia)"
    r"\s+(?:that|que)\s+[^.;:]*$"
    # "The Government Still Can't Say Whether 2,127 Separated Kids Got Back": not known either way
    r"|\b(?:cannot|can[’']t|could\s+not|couldn[’']t|unable\s+to|(?:do|does|did)\s+not|(?:don|doesn|didn)[’']t)\s+"
    r"(?:\w+\s+){0,2}?(?:say|tell|know|confirm|determine|show)\s+(?:whether|if)\s+[^.;:]*$",
    re.I,
)
# "A year after a judge ordered the government to stop separating families, 900 children were taken": a
# sentence opened by the order that ended separations counts the separations after it.
_AFTER_ORDER_TO_STOP = re.compile(
    r"\b(?:after|since|following)\s+(?:a\s+|the\s+)?(?:federal\s+)?(?:judge|court)\s+(?:[\w.]+\s+){0,3}?"
    r"(?:ordered|told)\s+(?:the\s+)?(?:(?:Trump|Obama|Biden|federal|U\.?S\.?)\s+)?(?:government|administration)\s+to\s+"
    r"(?:stop|end|halt)\s+(?:separat|family\s+separat)"
    r"|\b(?:despu[eé]s\s+de\s+que|desde\s+que)\s+(?:un|el|una|la)\s+(?:juez|jueza|corte|tribunal)\s+(?:\w+\s+){0,3}?"
    r"orden[oó]\s+(?:al\s+gobierno\s+)?(?:detener|frenar|poner\s+fin\s+a)\s+(?:las\s+)?separaci",
    re.I,
)
# "About 45 children a day", "29 familias por semana": a rate is never a count.
# A duration ("more than a month after", "in a week") is not a rate.
# "... and continues to work every day": a coordinated predicate of the subject, not of the count.
_NEXT_PREDICATE = re.compile(
    r"\b(?:and|but|y|pero)\s+(?:(?:also|still|now|aún|también)\s+)?(?:continues?|continued|works?|worked|keeps?|kept|"
    r"strives?|tries|plans?|aims?|hopes?|says|said|meets?|sigue|siguen|continúa|continúan|trabaja|trabajan)\b",
    re.I,
)
_RATE_AFTER = re.compile(
    r"(?<!\bthan\s)(?<!\bfor\s)(?<!\bin\s)(?<!\bwithin\s)(?<!\babout\s)(?<!\bover\s)(?<!\bjust\s)(?<!\bonly\s)"
    r"(?<!\bhalf\s)(?<!\bnearly\s)(?<!\balmost\s)(?<!\bde\s)(?<!\ben\s)"
    r"(?:\b(?:a|per|each|every)\s+(?:day|week|month)\b|\b(?:al|por|cada)\s+(?:d[ií]a|semana|mes)\b|\ba\s+la\s+semana\b)"
    # "a week ago", "a week and a half ago", "a month or so later": a time back or ahead, not a rate
    r"(?!\s+(?:(?:and\s+a\s+half|or\s+so|or\s+two|y\s+media)\s+)?"
    r"(?:after|before|later|ago|earlier|since|into|of|from|antes|despu[eé]s|tras|desde)\b)",
    re.I,
)
# "including over 1,000 children", "among about 1,030 separated": a subgroup inside another count.
_SUBSET_BEFORE = re.compile(
    r"\b(?:including|incluidos|incluidas|incluyendo|entre\s+ellos|entre\s+ellas)[\s,]+$", re.I
)
# "most of the more than 2,500 children", "la gran mayoría de los 2,500 niños": the number is the whole a quantifier
# takes a part of ("all of the" takes the whole itself, so it is not here).
_QUANTIFIED_WHOLE_BEFORE = re.compile(
    r"\b(?:most|majority|half|many|some|several|few|mayor[ií]a|mitad|muchos|muchas|algunos|algunas)"
    r"\s+(?:of|de)\s+(?:the|those|these|los|las|esos|esas|estos|estas)\s+(?:[^\W\d]+\s+){0,2}$",
    re.I,
)
# "The children were among about 1,030 separated ...": the subject belongs to that group, not counted by it.
_AMONG_BEFORE = re.compile(
    r"\b(?:among|(?:belong|belongs|belonged)\s+to\s+(?:a|the)\s+group\s+of|(?:were|are|was|is)\s+part\s+of\s+(?:a|the)\s+group\s+of|"
    r"(?:pertenecen|pertenec[ií]an|forman\s+parte)\s+(?:a|de)\s+un\s+grupo\s+de)\s+$",
    re.I,
)
# "More than 100 children under the age of 5 were among those separated": a subgroup of the group named after.
_AMONG_AFTER = re.compile(
    r"(?:\s+under\s+(?:the\s+)?age\s+(?:of\s+)?\w+|\s+(?:aged?|ages)\s+\d+)?[\s,]+(?:were|are|was|is|estaban|est[aá]n)\s+"
    r"(?:also\s+|too\s+)?(?:among|entre)\b",
    re.I,
)
# "al menos 21 de los menores separados son mexicanos": a nationality is the count's predicate.
_NATIONALITY_PREDICATE = re.compile(
    r"\b(?:son|eran|are|were)\s+(?:de\s+)?(?:nacionalidad\s+|nationals\s+of\s+)?"
    r"(?:from\s+|de\s+)?(?:mexic|méxic|guatemal|hondur|salvador|el\s+salvador|cuba|venezol|haiti|ecuador|brasil|brazil|nicarag|colombia)\w*",
    re.I,
)
_PARENT_GROUP = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dos|tres|cuatro|cinco)\s+"
    r"(?:(?:separated|deported|migrant|immigrant|other|more|separad[oa]s|deportad[oa]s)\s+)?(?:mothers|fathers|parents|madres|padres)\b",
    re.I,
)
# "Two of the mothers": a part of a group said before.
_OF_THE_GROUP = re.compile(r"\s+(?:of|out\s+of)\s+(?:the|those|these|their)\s+", re.I)
# "of 102 children in that age group, 38 ...", "of the 103 children under age 5, 57 ...": the part counted is an age group's.
_AGE_GROUP_LEAD = re.compile(
    r"\b(?:of|out\s+of)\s+(?:the\s+)?[\d,]+\s+(?:children|kids|minors|toddlers)\s+"
    r"(?:in\s+(?:that|this|the\s+same|each|the\s+youngest)\s+age\s+(?:group|bracket|range)"
    r"|under\s+(?:the\s+)?age\s+(?:of\s+)?\w+|(?:younger\s+than|under)\s+\w+)\s*,\s*$",
    re.I,
)
# ", all with parents who had been deported", ", each of whom ...": an appositive saying what the counted have.
_PROPERTY_APPOSITIVE = re.compile(
    r"\s*,\s*(?:all|both|each|most|many|some|none)\s+(?:of\s+them\s+|of\s+whom\s+)?(?:with|whose|had|have)\b",
    re.I,
)
# "an additional 1,556 children", "otros 1.556 niños más": an increment, not the identified count.
_ADDITIONAL_BEFORE = re.compile(r"\b(?:an?\s+)?(?:additional|further)\s+$", re.I)
# "the parents of 431 children were no longer in the country": where they are, not that they were deported.
# "..., having been deported": the adjunct says why all of them are out of the country ("most of them deported"
# only some).
_ALL_DEPORTED_AFTER = re.compile(
    r"[\s,]+(?:having\s+been|after\s+(?:having\s+)?been|after\s+being|because\s+they\s+(?:were|had\s+been)|"
    r"tras\s+haber\s+sido|por\s+haber\s+sido)\s+(?:deported|removed|deportad[oa]s)\b",
    re.I,
)
_OUT_OF_COUNTRY = re.compile(
    r"[\s,]+(?:were|are|was|is|had\s+been|have\s+been)\s+(?:(?:no\s+longer|not)\s+in|outside(?:\s+of)?|out\s+of)\s+"
    r"(?:the\s+)?(?:country|united\s+states|u\.\s?s\.)|[\s,]+(?:est[aá]n|estaban)\s+fuera\s+del\s+pa[ií]s",
    re.I,
)
# "46 children of the 103 children under age 5": the part of an age-bounded whole is bounded too.
_AGE_BOUNDED_WHOLE = re.compile(
    r"(?:\s+(?:of|de)\s+(?:the|los|las))?\s+[\d.,]+\s+(?:children|kids|minors|niños|niñas|menores)"
    r"(?=\s+(?:under\s+(?:the\s+)?age\s+(?:of\s+)?\w+|menores\s+de\s+\w+\s+años))",
    re.I,
)
# Only an upper bound makes a sub-class ("under the age of 5"); a span ("aged 5 to 17") names the class.
# "22 menores de cinco años": the noun "menores" with an age after it is itself the bound ("minors under five").
_MINORS_OF_AGE = re.compile(r"menores\s+de\s+(?:\d{1,2}|[^\W\d]+)\s+años\b", re.I)
_COMPARATIVE_AGE = re.compile(r"(?:(?<=younger)|(?<=older))\s+than\s+(?:\d{1,2}|five|four|three|six)\b", re.I)
_UNDER_AGE = re.compile(r"\b(?:under|below|younger|menores)\b", re.I)
_AGE_TAIL = re.compile(
    r"\s+(?:under\s+(?:the\s+)?age\s+(?:of\s+)?\w+|(?:under|below|younger\s+than)\s+(?:\d{1,2}|five|four|three|six)|(?:aged?|ages)\s+\d+(?:\s*(?:to|-|–|through|and)\s*\d+)?"
    r"|menores\s+de\s+\w+\s+años|de\s+\d+\s+a\s+\d+\s+años"
    rf"|(?:between|entre)\s+{_AGE_WORD}\s+(?:and|y)\s+{_AGE_WORD}(?=\s+(?!years?\b|años\b)[a-z]))\b",
    re.I,
)
# "207 were younger than 5", "57 are under age 5", "eran menores de cinco años": a count whose predicate is an age
# bound is an age group inside the count, not one of the vocabulary's counts.
_AGE_PREDICATE = re.compile(
    r"(?:\s+(?:still|now|currently|todav[ií]a|a[uú]n)\s+(?:(?:in|en|bajo)\s+)?[^\W\d]+)?"
    r"[\s,]*(?:were|are|was|is|eran|son)\s+(?:(?:all|still|only|also|todos|todas)\s+)?(?:"
    r"(?:younger|older)\s+than|(?:under|over|below|above)\s+(?:the\s+)?age\b|aged?\s+\d"
    rf"|(?:under|below)\s+(?:\d{{1,2}}|{_ENGLISH_AGE_WORDS})\b(?!\s*[,.]?\d)"
    r"|(?:menores|mayores)\s+de\s+\w+\s+años|toddlers|infants|babies|beb[eé]s"
    # "two of the children were 3 years old (when they were taken)": an age in years is an age group too
    rf"|(?:\d{{1,2}}|{_ENGLISH_AGE_WORDS})[\s-]+(?:years?|months?)[\s-]+old\b)",
    re.I,
)
# "the children whose parents ...", "the children separated since the ruling": a relative clause or a participle
# phrase between the noun and the count's verb.
_NOUN_RELATIVE = re.compile(
    r"\s*(?:whose|who|that|which|cuyos|cuyas|que)\s+[^,.;:]{1,60}?(?=\s+(?:were|are|was|is|eran|son)\s)"
    r"|\s+(?:separated|taken|identified|removed|held|detained|separad[oa]s)\s+[^,.;:]{1,60}?"
    r"(?=\s+(?:were|are|was|is|eran|son)\s)",
    re.I,
)
_ENDS_IN_PARTICIPLE = re.compile(r"\b(?:separated|taken|removed|detained|separad[oa]s)$", re.I)
_PARTICIPLE_ADJUNCT = re.compile(
    r"\s+(?:since|after|before|in|at|during|between|from|under|by|desde|en|tras|durante)\s+[^,.;:]{1,50}?"
    r"(?=\s+(?:were|are|was|is|eran|son)\s)",
    re.I,
)
# "207 of the children in the newly identified group were ...": a group phrase between the noun and its verb.
_GROUP_PHRASE = re.compile(
    r"\s+(?:in|from)\s+(?:the|that|this|those|these)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:group|cohort|batch|class|list|count|tally)(?=\s+(?:were|are|was|is)\b)",
    re.I,
)


def _skip_group_phrase(text: str, position: int) -> int:
    match = _GROUP_PHRASE.match(text, position)
    return match.end() if match else position


# A row label "children whose parent is outside the United States: 322": where the parents are, not a state of ours.
_OUTSIDE_LABEL = re.compile(
    r"\bwhose\s+parents?\s+(?:is|are|was|were)\s+(?:(?:presently|currently|now|still)\s+)?"
    r"(?:outside(?:\s+of)?|out\s+of|no\s+longer\s+in)\s+(?:the\s+)?(?:country|united\s+states|u\.\s?s\.)\s*[:|]\s*$",
    re.I,
)
# "2,926 of them had been reunified, about 75% of the total": the share set off after the count it measures.
_APPOSITIVE_BEFORE = re.compile(r",\s*$")
_OF_THE_TOTAL = re.compile(
    r"\s*(?:of\s+(?:the\s+)?(?:total|all|those\s+identified)|del\s+total|"
    r"de\s+(?:los|las)\s+(?:(?:niñ[oa]s|menores)\s+)?identificad[oa]s)\b",
    re.I,
)
_NOT_REUNITED = re.compile(
    r"\b(?:not|no|sin|yet\s+to)\b.*\b(?:reunit|reunif|reun)|\b(?:reunit|reunif)\w*\s+(?:not|no)\b", re.I
)
_AMOUNTS_TO = re.compile(
    r"(?:,|\b)\s*(?:which|that|this|lo\s+que|what)\s+(?:is|was|represents|represented|amounts\s+to|equals|"
    r"representa|representaba|equivale\s+a|supone|es)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_OWN_SUBJECT = re.compile(r"\s+(?:include|includes|included|incluyen|incluye)\s", re.I)


def _has_own_subject(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a verb of the count's own ("include") makes another noun the subject of a later cue."""
    if not _OWN_SUBJECT.match(text, start, end):
        return False
    return any(
        tag_of(m) in {"children", "families", "parents"} for m in lexicon.unit.finditer(text, start, end)
    )


def _negated(text: str, reading: _Reading, clause_start: int, cue: _Cue, lexicon: Lexicon) -> bool:
    """Whether a negation ("no record that", "not", "sin", "nunca") governs a "reunified" cue.

    The negation must stand in the number's clause before the cue, outside the number's own qualifier
    ("no fewer than 600 children were reunited" is not negated).
    """
    cue_start = cue.span[0]
    if cue_start < reading.qualifier_start:
        return bool(lexicon.negation.search(text, max(clause_start, cue_start - 40), cue_start))
    return bool(
        lexicon.negation.search(text, clause_start, reading.qualifier_start)
        or lexicon.negation.search(text, reading.mention.end, cue_start)
    )


def _parents_not_located_after(reading: _Reading, cue: _Cue | None, following: int, scan: _Scan) -> bool:
    """ "545 niños no han podido ser reunificados porque sus padres no han sido localizados": the reason
    given for the same children is the more specific figure."""
    start = cue.span[1] if cue else reading.unit_end
    for match in scan.state.finditer(scan.text, start, max(start, following)):
        if tag_of(match) == "parents_not_located":
            # "... and some of their parents have never been found": only some of the same children
            # "... has not been able to reach some of their parents": the object tells the same
            # "..., most because their parents were ineligible or could not be located": a reason that holds
            # for only part of them, or is one of several, does not override the main predicate
            return not (
                _SUBSET_OF_PARENTS.search(scan.text, start, match.start())
                or _SUBSET_OF_PARENTS.match(scan.text, _skip_blanks(scan.text, match.end()))
                or _PARTIAL_REASON.search(scan.text, start, match.start())
                or _ONE_OF_REASONS.search(scan.text, start, match.start())
                or _EITHER_LEAD.search(scan.text, max(start, match.start() - 40), match.start())
                or (
                    _REASON_LEAD.search(scan.text, start, match.start())
                    and _ANOTHER_REASON_AFTER.match(scan.text, match.end())
                )
            )
    return False


_PARTIAL_REASON = re.compile(
    r"\b(?:most|many|some|several|half|mostly|largely|partly|in\s+part|often|la\s+mayor[ií]a|muchos|muchas|"
    r"algunos|algunas|en\s+su\s+mayor[ií]a|en\s+parte|either|whether|ya\s+sea)(?:\s+\w+){0,2}?\s+(?:because|since|due\s+to|owing\s+to|"
    r"porque|debido\s+a|ya\s+que)\b",
    re.I,
)
# "the Task Force either has not located a parent or has not confirmed a reunification": one of two states
_EITHER_LEAD = re.compile(r"\b(?:either|ya\s+sea|o\s+bien)\s+(?:[\w'’]+\s+){0,3}$", re.I)
_ONE_OF_REASONS = re.compile(
    r"\b(?:because|due\s+to|owing\s+to|porque|debido\s+a|ya\s+que)\b[^.;]*?\b(?:or|o|u)\s+(?:[\w'’]+\s+){0,3}$",
    re.I,
)


_REASON_LEAD = re.compile(r"\b(?:because|due\s+to|owing\s+to|porque|debido\s+a|ya\s+que)\b", re.I)
# "because their parents were deemed ineligible, could not be located or had already left the country": another verb
# phrase with its own auxiliary coordinated after the cue is another reason ("could not be located or reached" is one)
_ANOTHER_REASON_AFTER = re.compile(
    r"(?:\s+(?:\w+\s+){0,4}?)?\s*,?\s+(?:or|o|u)\s+(?:(?:they|their\s+\w+|ellos)\s+)?(?:had|have|has|were|was|are|is|could|did|"
    r"would|habían|había|han|ha|fueron|estaban|no)\b",
    re.I,
)


def _skip_blanks(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _maps(table: dict[str, str], state: str) -> bool:
    return state in table or any(key.startswith(f"{state}+") for key in table)


def _modifiers(scan: _Scan, start: int, end: int) -> set[str]:
    return {tag_of(m) for m in scan.modifier.finditer(scan.text, start, max(start, end))}


_TOTALIZER = re.compile(r"in\s+total|en\s+total|overall|altogether", re.I)
_SINCE = re.compile(r"since|desde", re.I)


def _after_fronted_whole(text: str, previous: _Reading | None, segment_start: int, bound: int) -> int:
    """ "Of the 3,924 children the task force has identified, 2,926 ...": the fronted whole's phrase, up to its comma,
    is not the part's; the part's modifiers start after it."""
    if previous is None or not previous.whole:
        return segment_start
    comma = text.find(",", previous.mention.end, bound)
    return comma + 1 if comma >= 0 else segment_start


def _nearest_task_force_modifier(scan: _Scan, start: int, end: int, reading: _Reading) -> str | None:
    best: tuple[int, str] | None = None
    source: str | None = None
    anchor = reading.mention.start
    for match in scan.modifier.finditer(scan.text, start, max(start, end)):
        tag = tag_of(match)
        if tag not in {"before_task_force", "after_task_force", "both"}:
            continue
        if tag == "both" and _TOTALIZER.fullmatch(match.group(0)):
            after = _skip_blanks(scan.text, match.end())
            window = next(
                iter(scan.modifier.finditer(scan.text, after, min(len(scan.text), after + 60))), None
            )
            if (
                window is not None
                and window.start() == after
                and tag_of(window) == "after_task_force"
                and _SINCE.match(window.group(0))
            ):
                continue  # "about 750 children overall since 2021": the window bounds what "overall" sums
        if (
            tag == "after_task_force"
            and _GROUP_WORD.search(match.group(0))
            and match.end() <= anchor
            and _REPORTING_AFTER_GROUP.match(scan.text, match.end())
        ):
            # "the Task Force said 1,779 of those children had been reunited under earlier court orders": the
            # group as the source of the report says nothing of the period when the clause names one
            source = source or tag
            continue
        if tag == "before_task_force" and _EITHER_OR_AFTER.match(scan.text, match.end()):
            tag = "both"  # "whether before the Task Force was formed or through its efforts"
        elif tag == "after_task_force" and _EITHER_OR_BEFORE.search(
            scan.text, max(0, match.start() - 90), match.start()
        ):
            tag = "both"  # "either during the court-ordered scramble of 2018 or through the task force"
        elif (
            tag != "both"
            and _MOST_OF_THEM.search(scan.text, max(0, match.start() - 30), match.start())
            and (not _COURT_ORDER.search(match.group(0)) or _PERIOD_AFTER_MEANS.match(scan.text, match.end()))
        ):
            # "2.926 ya han sido reunificados, la mayoría antes de que ...": only most of them; a means
            # ("most of them under a 2018 court order") leaves the rest to other means, not to a later period
            tag = "both"
        elif tag == "before_task_force" and _INCLUDING_LEAD.search(
            scan.text, max(0, match.start() - 50), match.start()
        ):
            tag = "both"  # "2,926 reunified, including reunifications that occurred before the Task Force": the total
            if match.start() >= reading.mention.end and _GROUP_WORD.search(match.group(0)):
                # "said 2,962 children had been reunified, including those brought back together before the
                # task force began": the count's own appositive says what it holds, over a phrase elsewhere
                return tag
        distance = anchor - match.end() if match.end() <= anchor else match.start() - reading.mention.end
        if best is None or distance < best[0]:
            best = (distance, tag)
    return best[1] if best else source


# "the task force said (that) 1,779 ...", "according to the group's report": a reporting verb after the group, with a
# clause of another subject after it ("said it had reunited" keeps the group as the agent)
_REPORTING_AFTER_GROUP = re.compile(
    r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:report|data|figures|tally)\b[^.;:]{0,40}?)?\s+"
    r"(?:said|says|reported|reports|told|estimated|found|wrote|noted|announced|stated|dijo|informó|inform[oó]|"
    r"report[oó]|señaló|indicó)\s+(?:(?:that|que)\s+)?(?!(?:it|its|they|it['’]s|ha|han|había|habían)\b)",
    re.I,
)


# A list item that opens with its number ("• 5,500+: children separated under Trump"): what follows the colon is the
# number's noun phrase.
_WITH_TAIL = re.compile(r"with\s+\w", re.I)
_COORDINATION_BEFORE = re.compile(r"(?:,|\band)\s*$", re.I)
_BOX_DASH = re.compile(r"[ \t]*(?:—|–|--)[ \t]*(?=\w)")
_BULLET_LEAD = re.compile(r"[ \t]*[-•*–·→▪][ \t]*")
_BULLET_GLOSS = re.compile(r":|[—–](?=[ \t])|--?(?=[ \t])")
_HELPED_BEFORE = re.compile(
    r"\b(?:helped|helps|helping|ayud(?:ó|o|a|an|ado)\s+a)\s+(?:(?:the|los|las)\s+)?$", re.I
)
# The sentence's subject is the task force itself ("Ese equipo identificó ... y logró reunir a casi 800 niños"), or
# "it" right after a sentence whose subject the task force is; and the number is the object of its reuniting verb.
_TASK_FORCE_SUBJECT = re.compile(
    r"[\s\"“]*(?:(?:as\s+of|by|al|hasta)\b[^,.;:]{0,40},\s*|[^\W\d]+(?:\s+[^\W\d]+){0,3}\s*,\s*)?"
    r"(?:the|this|that|its|el|este|ese|esta|esa)\s+"
    r"(?:[\w-]+(?:['’]s)?\s+){0,4}?(?:task\s+force|grupo\s+de\s+trabajo|equipo|fuerza\s+de\s+tarea)\b",
    re.I,
)
# "And it has reunited ...": a sentence may open with a coordinating conjunction before its subject; a time phrase
# may come first ("At the start of the year, it had ...", "As of this month it has ...").
_IT_SUBJECT = re.compile(
    r"[\s\"“]*(?:(?:and|but|so|y|pero)\s+)?(?:(?:as\s+of|by|at|in|since|until|through|after|during)\b[^,.;:]{0,40}?"
    r"(?:,\s*\d{4})?(?:,\s*|\s+(?=it\b)))?it\b",
    re.I,
)
# A transcript's speaker label before the sentence it opens: "SAMUEL OTIENO: ", "DLAMINI, task force lead: ",
# "FAWZI: How many ...", "Q: ", "A: ".
_SPEAKER_LABEL = r"(?-i:[A-Z][A-Z.'’-]*(?:\s[A-Z][A-Z.'’-]+){0,3}(?:,[^:\n]{0,80})?:\s*)"
_SPEAKER_LABEL_LEAD = re.compile(rf"[ \t]*{_SPEAKER_LABEL}")
# A fronted adverbial before the subject ("Far from the headlines, the task force continued its work").
_FRONTED_ADVERBIAL = re.compile(r"[\s\"“]*(?:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){1,5},\s*")
# A time phrase set off by commas inside the verb phrase ("and, as of last March, had reunited 795"): not a clause.
_TIME_ASIDE = re.compile(
    r",\s*(?:as\s+of|by|at|in|since|until|through|after|during)\b[^,.;:]{0,40},\s*", re.I
)
_AGENT_VERB_BEFORE = re.compile(
    r"\b(?:reunited|reunified|returned|reunir|reunido|reunificado|devuelto)\s+(?:a\s+)?$", re.I
)
_SAID_IT = re.compile(
    r"\s+(?:said|says|reported|reports|dijo|informó)\s+(?:that\s+|que\s+)?(?:it|él)\b", re.I
)
_OTHER_SUBJECT = re.compile(
    r"\b(?:who|which|that|que|said|says|dijo|según|according)\b|[,;:]\s+(?!and\b|y\b)", re.I
)


def _task_force_is_agent(text: str, sent_start: int, reading: _Reading) -> bool:
    lead = text[max(sent_start, reading.qualifier_start - 300) : reading.qualifier_start]
    if not _AGENT_VERB_BEFORE.search(lead):
        return False
    subject = _task_force_subject(text, sent_start, reading.qualifier_start)
    if subject is None:
        it = _IT_SUBJECT.match(text, sent_start, reading.qualifier_start)
        if it is None:
            return False
        # "it" stands for the task force when the sentence before has it as subject, or is itself an "it" sentence
        # right after one that does ("The task force continued its work. At the start of the year, it had reunited
        # fewer than 200 children. As of this month it has reunited more than 500.")
        end = sent_start
        for _ in range(2):
            stop = text.rfind(". ", 0, end - 2)
            previous_start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, end - 1) + 1)
            label = _SPEAKER_LABEL_LEAD.match(text, previous_start, end)
            if label is not None:
                previous_start = label.end()
            if end - previous_start > 400:
                return False
            if _task_force_subject(text, previous_start, end):
                break
            if not _IT_SUBJECT.match(text, previous_start, end):
                return False
            end = previous_start
        else:
            return False
        subject = it
    # "it said it had reunited 795": a reporting verb whose subject is the embedded clause's subject too
    said = _SAID_IT.match(text, subject.end(), reading.qualifier_start)
    if said is not None:
        subject = said
    # nothing between the subject and the verb that opens another clause ("The task force said parents had ...")
    between = _TIME_ASIDE.sub(" ", text[subject.end() : reading.qualifier_start])
    return not _OTHER_SUBJECT.search(between)


def _task_force_subject(text: str, start: int, end: int) -> re.Match[str] | None:
    subject = _TASK_FORCE_SUBJECT.match(text, start, end)
    if subject is None:
        fronted = _FRONTED_ADVERBIAL.match(text, start, end)
        if fronted is not None:
            subject = _TASK_FORCE_SUBJECT.match(text, fronted.end(), end)
    return subject


_GROUP_WORD = re.compile(r"task\s+force|group|team|grupo|equipo", re.I)
_COURT_ORDER = re.compile(
    r"\b(?:court|courtroom|judge|judicial|juez|jueza|judicial(?:es)?|corte|tribunal)\b", re.I
)
# "most under court orders before the task force existed": the means is followed by a period, so "most" bounds
# the period too
_PERIOD_AFTER_MEANS = re.compile(r"\s*,?\s*(?:before|prior\s+to|antes\s+de)\b", re.I)
# ", more than half still not reunited", "; most of them have been", ", about a third (of them) remain": a quantified
# subject of its own opens a new clause about a part of the count before it
_QUANTIFIED_SUBJECT_GAP = re.compile(
    r"[,;:—–]\s*(?:(?:more|less|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+|roughly\s+|over\s+|at\s+least\s+)?"
    r"(?:half|most|many|some|a\s+(?:third|quarter|fifth|few|majority)|(?:one|two)[-\s](?:thirds?|quarters?|fifths?)"
    r"|the\s+(?:majority|bulk|rest|remainder)|all\s+but\s+\w+|la\s+mayor[ií]a|m[aá]s\s+de\s+la\s+mitad|la\s+mitad)"
    r"(?:\s+(?:of\s+them|of\s+those|de\s+ellos))?\s+(?:\w+\s+){0,3}?$",
    re.I,
)
_MOST_OF_THEM = re.compile(
    r"\b(?:la\s+mayor[ií]a|en\s+su\s+mayor[ií]a|most(?:\s+of\s+them)?|mostly|(?:nearly|almost|virtually|practically)\s+all|"
    r"(?:the\s+)?(?:vast\s+|great\s+)?(?:majority|bulk)|casi\s+tod[oa]s)\b[\s,]*(?:(?:de\s+ellos|of\s+them)[\s,]*)?$",
    re.I,
)
# "in 431 (of those) cases the parent had already been deported", "en 12 casos los padres ya habían sido deportados"
# "Of the 666, 188 were ...": a whole said again by its number alone, fronted before the part.
_BARE_WHOLE_BEFORE = re.compile(
    r"\b(?:of|de)\s+(?:the|those|these|los|las|esos|esas|estos|estas)\s+(?P<n>\d{1,3}(?:[.,]\d{3})*)\s*,\s*$",
    re.I,
)
_IN_BEFORE = re.compile(r"\b(?:in|en)\s+$", re.I)
# "For 304 of the children still in custody, the parent was deported": a fronted "for N" whose clause says the parent
# was deported counts a child per deported parent.
_FOR_LEAD = re.compile(r"[\"“]?(?:for|para)\s+", re.I)
_PARENT_DEPORTED_AFTER = re.compile(
    r"[^.;:,]{0,80},\s+(?:the|their|los|sus|el|la|su)\s+(?:parents?|mothers?|fathers?|padres?|madres?)\s+"
    r"(?:(?:was|were|had|has|have|fue|fueron|había|habían|ha|han)\s+)?(?:already\s+|ya\s+)?(?:been\s+|sido\s+)?"
    r"(?:deported|removed|deportad[oa]s?|expulsad[oa]s?)\b",
    re.I,
)
_CASE_PARENT_SUBJECT = re.compile(
    r"[\s,]+(?:the|their|los|sus|el|la|su)\s+(?:parents?|mothers?|fathers?|padres?|madres?)\b", re.I
)
# "including reunifications that occurred before ...": the count holds the earlier period, and more.
_INCLUDING_LEAD = re.compile(
    r"\b(?:including|included|incluid[oa]s|incluyendo)\s+(?:[^\W\d]+\s+){0,4}$",
    re.I,
)
_BULLET_VERB = re.compile(r"[ \t]*[-•*–·][ \t]+(?:[a-z]|[A-Z][a-z]+ed\b)")
_BULLET_OR_WRAP = re.compile(r"[ \t]*[-•*–·][ \t]|[ \t]{2,}\S")
_HAS_COLON = re.compile(
    r"\b(?:has|have|had|ha|han|había|habían|task\s+force|grupo\s+de\s+trabajo)\s*:\s*$", re.I
)


_VERBLESS_ANSWER_END = re.compile(r"[ \t]*(?:[.;]|$)", re.M)
# An explainer's question line ("How many are still apart?", "¿Cuántos niños siguen separados?").
# behind a transcript's speaker label ("FAWZI: How many ...", "OROZCO: So far, seven families.")
_QUESTION_LINE = re.compile(
    rf"[ \t]*{_SPEAKER_LABEL}?[¿\"“]?\s*(?:(?:so|and|but|y|pero)\s+)?(?:how\s+many|cu[aá]nt[oa]s)\b[^\n]{{0,160}}\?[ \t\"”]*$",
    re.I,
)
# before the count on the answer line: the speaker and a time opener at most ("So far, seven families.")
_ANSWER_LEAD = re.compile(
    rf"[ \t]*{_SPEAKER_LABEL}?(?:(?:so\s+far|to\s+date|as\s+of\s+now|right\s+now|hasta\s+ahora|por\s+ahora|in\s+total|in\s+all|altogether|en\s+total)\s*,\s*)?",
    re.I,
)


def _question_before(text: str, sent_start: int, count_start: int) -> tuple[int, int] | None:
    """The question line right above an answer line that opens with the count, if any."""
    line_start = text.rfind("\n", 0, sent_start) + 1
    if line_start == 0 or not _ANSWER_LEAD.fullmatch(text, line_start, count_start):
        return None
    end = line_start - 1
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    return (start, end) if _QUESTION_LINE.fullmatch(text, start, end) else None


def _question_cue(scan: _Scan, question: tuple[int, int], table: dict[str, str]) -> _Cue | None:
    found = None
    for match in scan.state.finditer(scan.text, question[0], question[1]):
        state = tag_of(match)
        if state in _BLOCKING_STATES:
            return None
        if _maps(table, state):
            found = _Cue(state, match.span())
    return found


# "Hasta ahora, ha reunificado a ...": an adverbial opener at most, then the auxiliary, no subject.
# "Al 20 de marzo de 2024, fecha de su último informe, había logrado reunir a ...": a fronted prepositional phrase
# (a date, with its appositive) is an opener too, and "logrado" / "conseguido" only carries the verb.
_SUBJECTLESS_AUXILIARY = re.compile(
    r"[\s\"“]*(?:[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*,\s*|"
    r"(?:al|a|hasta|desde|en|para|seg[uú]n|tras|durante)\s[^,.;:\n]{1,50},\s*(?:[^\W\d]+(?:\s+[^\W\d]+){0,7}\s*,\s*)?)?"
    r"(?:ya\s+|tambi[eé]n\s+)?(?:ha|han|hab[ií]a|hab[ií]an)\s+(?:(?:logrado|conseguido|podido)\s+)?",
    re.I,
)
_GROUP_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)(?:[^\W\d]+(?:\s+[^\W\d]+){0,3}\s*,\s*)?(?:el|este|su|the|this|its)\s+(?:grupo(?:\s+de\s+trabajo)?|equipo|fuerza\s+de\s+tarea|"
    r"task\s+force|team)\b(?:[^.!?\n]|(?<=\d)\.(?=\d))*[.!?]?\s*$",
    re.I,
)


def _group_subject_before(text: str, sent_start: int) -> bool:
    """Whether the previous sentence opens with the task force as its subject."""
    return bool(_GROUP_SUBJECT.search(text, max(0, sent_start - 300), sent_start))


# "awaiting transfer to HHS", "a la espera de su traslado": the next step is another agency, not a parent.
_AWAITING_OTHER = re.compile(
    r"\b(?:awaiting|waiting\s+for|pending|a\s+la\s+espera\s+de|en\s+espera\s+de)\s+(?:their\s+|su\s+)?"
    r"(?:transfer|placement|release|traslado|transferencia|liberaci[oó]n)\b",
    re.I,
)


_COMPLEMENT_BEFORE = re.compile(r"\b(?:that|que)\b", re.I)


def _list_lead_in(text: str, sent_start: int) -> tuple[int, int] | None:
    """The lead-in line of a bulleted list of predicates ("the Task Force has:" over "- reunified 795
    children;"): its subject is the subject of every item. Only items that start with a verb in lower case."""
    line_start = text.rfind("\n", 0, sent_start) + 1
    if not _BULLET_VERB.match(text, line_start):
        return None
    end = line_start - 1
    blank = False
    for _ in range(30):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _HAS_COLON.search(line):
            return start, end
        if not line.strip():
            # a list set off from its lead-in (or its items from each other) by one blank line is still one list;
            # two blank lines in a row end it
            if blank:
                return None
            blank = True
        elif _BULLET_OR_WRAP.match(line):
            blank = False
        else:
            return None
        end = start - 1
    return None


# "That works out to 74.6 percent", "Eso equivale al 74,6 %": a sentence that opens by giving the share of the
# count said just before
_SHARE_OF_LAST_BEFORE = re.compile(
    r"[\s\"“]*(?:that|this|which|eso|esto|lo\s+que)\s+(?:works\s+out\s+to|comes\s+to|amounts\s+to|is|equals|"
    r"represents|equivale\s+a(?:l)?|es\s+(?:el|un)|representa\s+(?:el|un))\s+"
    r"(?:(?:about|roughly|nearly|almost|around|some|just\s+(?:over|under)|casi|cerca\s+del?|alrededor\s+del?)\s+)?",
    re.I,
)
# the share closes its sentence ("74.6 percent.", "74.6 percent of them."), it is not compared ("75 percent higher")
_SHARE_CLOSE_AFTER = re.compile(
    r"(?:\s*(?:%|percent|per\s+cent|por\s+ciento))?(?:\s+(?:of|de)\s+(?:them|those|these|the\s+total|all\s+of\s+them|"
    r"ellos|esos|estos|el\s+total))?\s*(?:[.;!]|$)",
    re.I,
)
# "bringing the total to", "raising its tally to": the number is the running total of the count said before it
_RUNNING_TOTAL_BEFORE = re.compile(
    r"\b(?:bringing|brings|brought|raising|raises|raised|pushing|pushes|pushed|taking|takes|took)\s+"
    r"(?:(?:the|its|their|that)\s+)?(?:(?:overall|total|cumulative)\s+)?(?:total|tally|count|number)\s+"
    # "bringing the total known separations since July 2017 to": the total's own noun phrase, with no verb in it
    r"(?:(?:of\s+)?(?:known\s+|confirmed\s+|identified\s+)?(?:separations|children|kids|families)\s+"
    r"(?:(?:since|from|in)\s+(?:[\w,]+\s+){1,3}?)?)?"
    r"(?:(?:so\s+far|now)\s+)?to\s+$",
    re.I,
)
# "eleva a 5.460 el total de niños separados", "sitúa en 2.926 la cifra de menores reunificados": the total named
# after the number
_TOTAL_NAMED_BEFORE = re.compile(
    r"\b(?:eleva|elevó|elevo|elevan|elevaron|sitúa|situó|situa|sitúan|cifra|cifró|pone|puso|deja|dejó)\s+(?:en|a)\s+$",
    re.I,
)
_TOTAL_NAMED_AFTER = re.compile(
    r"\s+(?:el|la)\s+(?:total|n[uú]mero|cifra|cantidad|recuento)\s+(?:de\s+)?(?:(?:los|las)\s+)?", re.I
)
_RUNNING_STATES = {"separated", "reunified", "deported", "parents_not_located", "remaining", "in_process"}


def _running_total_metric(
    text: str, readings: list[_Reading], reading: _Reading, sent_start: int, lexicon: Lexicon, scan: _Scan
) -> str | None:
    """The metric of a number named as a running total: by the noun and participle after it ("el total de niños
    separados"), or, with no noun of its own, by the count and state said before it in the sentence."""
    lead_start = max(sent_start, reading.qualifier_start - 40)
    if _TOTAL_NAMED_BEFORE.search(text, lead_start, reading.qualifier_start):
        named = _TOTAL_NAMED_AFTER.match(text, reading.mention.end)
        unit = named and lexicon.unit.match(text, named.end())
        if not unit:
            return None
        cue = _cue_in(scan, unit.end(), min(len(text), unit.end() + 30), _RUNNING_STATES)
        if cue is None or text[unit.end() : cue.span[0]].strip():
            return None  # the participle right after the noun says which total
        return _metric_for(tag_of(unit), cue.state, None, lexicon)
    running = _RUNNING_TOTAL_BEFORE.search(
        text, max(sent_start, reading.qualifier_start - 90), reading.qualifier_start
    )
    if running is None:
        return None
    before = [r for r in readings if r.mention.end <= running.start() and r.unit in {"children", "families"}]
    if not before or reading.unit not in {None, before[-1].unit}:
        return None
    state = before[-1].state
    if state is None:
        cues = [
            match
            for match in scan.state.finditer(scan.text, sent_start, running.start())
            if tag_of(match) in _RUNNING_STATES | _BLOCKING_STATES
        ]
        if not cues or tag_of(cues[-1]) in _BLOCKING_STATES:
            return None
        state = tag_of(cues[-1])
    return _metric_for(before[-1].unit, state, None, lexicon)


def _metric_for(unit: str, state: str, modifier: str | None, lexicon: Lexicon) -> str | None:
    table = lexicon.metrics.get(unit)
    if unit == "cases":
        table = lexicon.metrics.get("separations")
    if not table:
        return None
    if modifier and f"{state}+{modifier}" in table:
        return table[f"{state}+{modifier}"]
    if modifier in {"before_task_force", "after_task_force"} and any(
        k.startswith(f"{state}+") for k in table
    ):
        return None  # the table distinguishes these and this one is missing: do not guess
    return table.get(state)


def _value_fits(reading: _Reading) -> bool:
    value = reading.mention.value
    if reading.unit == "percent":
        return 0 < value <= 100
    return isinstance(value, int) and value > 0


def _governing_as_of(as_ofs: list[AsOf], offset: int, sent_start: int, sent_end: int) -> date | None:
    if not as_ofs:
        return None
    in_sentence = [a for a in as_ofs if sent_start <= a.start < sent_end]
    before = [a for a in in_sentence if a.start <= offset]
    if before:
        return before[-1].value
    if in_sentence:
        return in_sentence[0].value
    earlier = [a for a in as_ofs if a.start < sent_start]
    if earlier:
        return earlier[-1].value
    if len({a.value for a in as_ofs}) == 1:
        return as_ofs[0].value
    return None


__all__ = ["extract_figures"]
