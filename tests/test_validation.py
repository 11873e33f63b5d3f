"""Validation with pandera: each check tripped by data we write, and passed by real-shaped data."""

import pandas as pd
import pytest

from schemas import CHECKS, validate_figures

FETCHED = pd.Timestamp("2023-02-03 12:00")


def figure(metric, value, unit="children", qualifier="exact", as_of="2023-02-01", source="dhs-fact-sheet",
           kind="official", doc="doc-1", number=None, evidence=None):  # fmt: skip
    number = number or f"{value:,}"
    return {
        "source_id": source,
        "source_kind": kind,
        "url": f"https://example.org/{doc}",
        "content_hash": doc,
        "fetched_at": FETCHED,
        "metric": metric,
        "value": float(value),
        "qualifier": qualifier,
        "unit": unit,
        "as_of": pd.Timestamp(as_of) if as_of else pd.NaT,
        "published": pd.Timestamp("2023-02-02"),
        "evidence": evidence or f"As of the report, the figure stood at {number} in total.",
        "number_text": number,
    }


FEB_2023_FACT_SHEET = [
    figure("children_separated_identified", 3924),
    figure("children_reunified_total", 2926),
    figure("children_reunified_by_task_force", 689),
    figure("children_reunified_by_task_force", 600, qualifier="at_least"),
    figure("children_remaining_to_reunify", 998),
    figure("children_reunification_in_process", 148),
    figure("families_informed_of_opportunity", 183, unit="families"),
    figure("families_registered", 1999, unit="families"),
    figure("families_behavioral_health_case_management", 735, unit="families"),
    figure("families_behavioral_health_services", 385, unit="families"),
]


def checks_failed(result):
    return sorted(set(result.quarantined["check_name"]))


def test_the_february_2023_fact_sheet_passes_every_check():
    result = validate_figures(pd.DataFrame(FEB_2023_FACT_SHEET))
    assert len(result.accepted) == 10
    assert result.quarantined.empty and result.flags.empty


def test_the_ap_story_of_the_same_day_passes_despite_its_rounding():
    story = [
        figure("children_separated_identified", 3881, kind="news", source="ap", doc="ap", as_of=None),
        figure("children_reunified_before_task_force", 2176, kind="news", source="ap", doc="ap", as_of=None),
        figure("children_reunified_by_task_force", 689, kind="news", source="ap", doc="ap", as_of=None),
        figure(
            "children_reunified_by_task_force",
            700,
            qualifier="approximate",
            kind="news",
            source="ap",
            doc="ap",
            as_of=None,
        ),  # fmt: skip
        figure(
            "percent_reunified",
            74,
            unit="percent",
            qualifier="approximate",
            kind="news",
            source="ap",
            doc="ap",
            as_of=None,
            number="74",
        ),  # fmt: skip
        figure(
            "children_remaining_to_reunify",
            1000,
            qualifier="approximate",
            kind="news",
            source="ap",
            doc="ap",
            as_of=None,
        ),  # fmt: skip
    ]
    result = validate_figures(pd.DataFrame(story))
    assert result.quarantined.empty and len(result.accepted) == 6


@pytest.mark.parametrize(
    ("row", "check"),
    [
        (figure("children_lost", 5), "metric_in_vocabulary"),
        (figure("families_registered", 1999, unit="children"), "unit_matches_metric"),
        (figure("children_remaining_to_reunify", 998, qualifier="roughly"), "qualifier_known"),
        (figure("children_remaining_to_reunify", -3, number="-3"), "value_non_negative"),
        (figure("children_remaining_to_reunify", 99.5, number="99.5"), "count_is_integer"),
        (figure("percent_reunified", 140, unit="percent", number="140"), "percent_within_0_100"),
        (figure("children_remaining_to_reunify", 998, as_of="2016-12-31"), "as_of_in_range"),
        (figure("children_remaining_to_reunify", 998, as_of="2023-03-01"), "as_of_not_after_fetch"),
        (
            figure("children_remaining_to_reunify", 998, evidence="No number in this sentence."),
            "evidence_contains_number",
        ),
        (figure("children_remaining_to_reunify", 998, kind=None), "source_known"),
    ],
)
def test_each_figure_check_sends_the_bad_figure_to_quarantine(row, check):
    good = figure("children_separated_identified", 3924, doc="other")
    result = validate_figures(pd.DataFrame([row, good]))
    assert checks_failed(result) == [check]
    assert CHECKS[check].severity == "error"
    [reason] = result.quarantined["reason"]
    assert reason.startswith(CHECKS[check].description)
    assert list(result.accepted["metric"]) == ["children_separated_identified"]


def test_more_reunified_than_identified_quarantines_both_figures_with_their_values():
    rows = [figure("children_separated_identified", 3900), figure("children_reunified_total", 4000)]
    result = validate_figures(pd.DataFrame(rows))
    assert result.accepted.empty
    assert checks_failed(result) == ["reunified_within_identified"]
    assert all("children_reunified_total=4000" in r and "children_separated_identified=3900" in r
               for r in result.quarantined["reason"])  # fmt: skip


def test_nearly_four_thousand_of_3900_is_within_the_approximate_tolerance():
    rows = [
        figure("children_separated_identified", 3900),
        figure("children_reunified_total", 4000, "children", "approximate"),
    ]
    assert validate_figures(pd.DataFrame(rows)).quarantined.empty


def test_reunified_plus_remaining_above_identified_is_an_error():
    rows = [
        figure("children_separated_identified", 3924),
        figure("children_reunified_total", 2926),
        figure("children_remaining_to_reunify", 1500),
    ]
    result = validate_figures(pd.DataFrame(rows))
    assert checks_failed(result) == ["reunified_plus_remaining_within_identified"]
    assert len(result.quarantined) == 3


def test_in_process_above_remaining_is_an_error():
    rows = [figure("children_remaining_to_reunify", 148), figure("children_reunification_in_process", 998)]
    result = validate_figures(pd.DataFrame(rows))
    assert checks_failed(result) == ["in_process_within_remaining"]


def test_figures_of_different_documents_or_dates_are_not_compared_at_document_level():
    rows = [
        figure("children_separated_identified", 3900, doc="a"),
        figure("children_reunified_total", 4000, doc="b", source="other"),
    ]
    result = validate_figures(pd.DataFrame(rows))
    assert "reunified_within_identified" not in set(result.quarantined.get("check_name", []))


def test_a_percent_far_from_the_ratio_is_a_warning_and_still_loads():
    rows = [
        figure("children_separated_identified", 3924),
        figure("children_reunified_total", 2926),
        figure("percent_reunified", 40, unit="percent", number="40"),
    ]
    result = validate_figures(pd.DataFrame(rows))
    assert result.quarantined.empty and len(result.accepted) == 3
    assert set(result.flags["check_name"]) == {"percent_matches_ratio"}


def test_parts_that_do_not_add_up_to_the_total_are_a_warning():
    rows = [
        figure("children_reunified_total", 2926),
        figure("children_reunified_before_task_force", 1000),
        figure("children_reunified_by_task_force", 689),
    ]
    result = validate_figures(pd.DataFrame(rows))
    assert result.quarantined.empty
    assert set(result.flags["check_name"]) == {"reunified_parts_match_total"}


def history(*rows):
    return pd.DataFrame(
        [
            {
                "source_id": s,
                "source_kind": k,
                "metric": m,
                "value": float(v),
                "qualifier": "exact",
                "as_of": pd.Timestamp(d),
            }
            for s, k, m, v, d in rows
        ]  # fmt: skip
    )


def test_an_official_cumulative_count_that_falls_is_quarantined():
    past = history(("dhs", "official", "children_separated_identified", 3924, "2023-02-01"))
    result = validate_figures(
        pd.DataFrame([figure("children_separated_identified", 3100, as_of="2023-02-02")]), past
    )
    assert checks_failed(result) == ["cumulative_never_falls"]
    [reason] = result.quarantined["reason"]
    assert (
        "children_separated_identified=3100" in reason and "earlier at least 3899" in reason
    )  # 3924 less the exact slack


def test_a_falling_news_figure_or_a_falling_non_cumulative_figure_is_not_an_error():
    past = history(
        ("dhs", "official", "children_separated_identified", 3924, "2023-01-01"),
        ("dhs", "official", "children_remaining_to_reunify", 2127, "2021-06-02"),
    )
    rows = [
        figure("children_separated_identified", 3100, kind="news", source="paper"),
        figure("children_remaining_to_reunify", 998),
    ]
    result = validate_figures(pd.DataFrame(rows), past)
    assert result.quarantined.empty


def test_a_jump_larger_than_the_configured_share_is_flagged():
    past = history(("dhs", "official", "children_reunified_by_task_force", 7, "2021-06-02"))
    rows = [figure("children_reunified_by_task_force", 689)]
    result = validate_figures(pd.DataFrame(rows), past, jump_share=1.0)
    assert list(result.flags["check_name"]) == ["jump_within_limit"]
    assert validate_figures(pd.DataFrame(rows), past, jump_share=200.0).flags.empty


def test_two_sources_disagreeing_on_the_same_day_is_recorded_not_rejected():
    past = history(("ap", "news", "children_separated_identified", 3881, "2023-02-01"))
    result = validate_figures(pd.DataFrame([figure("children_separated_identified", 3924)]), past)
    assert result.quarantined.empty and len(result.accepted) == 1
    [reason] = result.flags["reason"]
    assert "3924 here; other sources: 3881 (ap)" in reason


def test_nothing_is_dropped_every_row_is_accepted_or_quarantined():
    rows = FEB_2023_FACT_SHEET + [figure("percent_reunified", 140, unit="percent", number="140", doc="x")]
    result = validate_figures(pd.DataFrame(rows))
    assert len(result.accepted) + len(result.quarantined) == len(rows)


def test_figures_whose_wording_admits_each_other_do_not_disagree():
    past = history(("dhs", "official", "children_reunified_by_task_force", 689, "2023-02-01"))
    rows = [
        figure("children_reunified_by_task_force", 600, qualifier="at_least", kind="news", source="paper"),
        figure(
            "children_reunified_by_task_force",
            700,
            qualifier="approximate",
            kind="news",
            source="wire",
            doc="w",
        ),
    ]
    assert validate_figures(pd.DataFrame(rows), past).flags.empty
