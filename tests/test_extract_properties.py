"""Properties that hold for any text: no crash, offsets point at the number, vocabulary respected."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import extract_figures
from extract.vocabulary import METRIC_UNITS, QUALIFIERS

WORDS = [
    "children", "families", "parents", "were", "reunited", "separated", "remain", "nearly", "more than",
    "between", "and", "-", "as of", "February 1, 2023", "task force", "before", "after", "3,913", "998",
    "3.924", "seven", "a thousand", "74%", "percent", "will", "niños", "familias", "casi", "más de", ",", ".",
    "\n", ":", "0", "00", "1 of 24", "$5", "7-year-old", "in the process", "not", "identified", "another",
]  # fmt: skip

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_gives_well_formed_figures(text: str) -> None:
    for figure in extract_figures(text):
        assert figure.metric in METRIC_UNITS
        assert figure.unit == METRIC_UNITS[figure.metric]
        assert figure.qualifier in QUALIFIERS
        assert figure.value > 0
        if figure.unit == "percent":
            assert figure.value <= 100
        else:
            assert isinstance(figure.value, int)
        written = text[figure.start : figure.end]
        assert written and written in figure.evidence
        assert figure.evidence in text
