"""The partnership register's rules: lifecycle at the boundary days, dormant agreements,
successors' references and periods, the chain of renewals, filters and report figures."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop_app.domain.partnership import (
    ActivityRecord,
    AgreementLink,
    Lifecycle,
    RegisterFilter,
    RegisterParty,
    RegisterRow,
    anniversary,
    by_expiry,
    check_activity,
    check_attachment,
    check_termination,
    derive_lifecycle,
    evaluated,
    is_dormant,
    renewal_chain,
    successor_period,
    successor_reference,
)
from desktop_app.domain.partnership_figures import partnership_figures, report_day

END = dt.date(2030, 3, 3)


@pytest.mark.parametrize(("as_of", "expected", "days_left"), [
    (END - dt.timedelta(days=181), Lifecycle.ACTIVE, 181),
    (END - dt.timedelta(days=180), Lifecycle.EXPIRING, 180),  # the notice period is inclusive
    (END - dt.timedelta(days=1), Lifecycle.EXPIRING, 1),
    (END, Lifecycle.EXPIRING, 0),                             # the last day is still in force
    (END + dt.timedelta(days=1), Lifecycle.EXPIRED, -1),
])
def test_lifecycle_at_the_boundaries_of_the_notice_period_and_the_last_day(
        as_of: dt.date, expected: Lifecycle, days_left: int) -> None:
    state = derive_lifecycle("signed", END, as_of)
    assert (state.lifecycle, state.days_left, state.ends_on) == (expected, days_left, END)


def test_a_configurable_notice_period() -> None:
    as_of = END - dt.timedelta(days=90)
    assert derive_lifecycle("signed", END, as_of, notice_days=60).lifecycle == Lifecycle.ACTIVE
    assert derive_lifecycle("signed", END, as_of, notice_days=90).lifecycle == Lifecycle.EXPIRING
    assert derive_lifecycle("signed", END, END, notice_days=0).lifecycle == Lifecycle.EXPIRING


def test_no_expiry_date_is_flagged_not_silently_active() -> None:
    state = derive_lifecycle("signed", None, dt.date(2026, 1, 1))
    assert state.lifecycle == Lifecycle.NO_EXPIRY and state.days_left is None


@pytest.mark.parametrize("status", ["draft", "ready", "cancelled"])
def test_only_a_signed_agreement_has_a_lifecycle(status: str) -> None:
    assert derive_lifecycle(status, END, dt.date(2026, 1, 1)).lifecycle is None


def test_termination_takes_effect_on_its_date_and_shortens_the_agreement_before() -> None:
    on = dt.date(2027, 6, 30)
    before = derive_lifecycle("signed", END, on - dt.timedelta(days=1), terminated_on=on)
    assert (before.lifecycle, before.ends_on, before.days_left) == (Lifecycle.EXPIRING, on, 1)
    long_before = derive_lifecycle("signed", END, dt.date(2026, 1, 1), terminated_on=on)
    assert long_before.lifecycle == Lifecycle.ACTIVE and long_before.ends_on == on
    assert derive_lifecycle("signed", END, on, terminated_on=on).lifecycle \
        == Lifecycle.TERMINATED
    assert derive_lifecycle("signed", None, on, terminated_on=on).lifecycle \
        == Lifecycle.TERMINATED


def test_renewed_once_a_successor_is_signed_even_after_the_end() -> None:
    assert derive_lifecycle("signed", END, dt.date(2026, 1, 1), renewed=True).lifecycle \
        == Lifecycle.RENEWED
    assert derive_lifecycle("signed", END, END + dt.timedelta(days=400), renewed=True).lifecycle \
        == Lifecycle.RENEWED


def test_dormant_after_a_first_year_without_activity() -> None:
    start = dt.date(2025, 3, 4)
    year = dt.date(2026, 3, 4)
    assert not is_dormant("signed", start, None, year - dt.timedelta(days=1))
    assert is_dormant("signed", start, None, year)
    assert not is_dormant("signed", start, year - dt.timedelta(days=1), year)
    assert is_dormant("signed", start, year, year)  # an activity after the first year
    assert not is_dormant("draft", start, None, year)
    assert not is_dormant("signed", start, None, year, terminated_on=dt.date(2025, 6, 1))
    assert anniversary(dt.date(2024, 2, 29)) == dt.date(2025, 2, 28)


def test_successor_reference_and_period() -> None:
    assert successor_reference("AZ-KZ/2025/001", []) == "AZ-KZ/2025/001-R1"
    assert successor_reference("AZ-KZ/2025/001", ["AZ-KZ/2025/001-R1"]) == "AZ-KZ/2025/001-R2"
    assert successor_reference("AZ-KZ/2025/001-R1", []) == "AZ-KZ/2025/001-R2"
    assert successor_period(dt.date(2025, 3, 4), END) == (dt.date(2030, 3, 4),
                                                         dt.date(2035, 3, 3))
    assert successor_period(dt.date(2025, 1, 10), dt.date(2025, 7, 9)) == (
        dt.date(2025, 7, 10), dt.date(2026, 1, 6))
    assert successor_period(None, END) == (dt.date(2030, 3, 4), None)
    assert successor_period(dt.date(2025, 3, 4), None) == (None, None)


def _party(key: str, country: str, name: str | None = None) -> RegisterParty:
    return RegisterParty(hash(key) % 1000, key, name or key.upper(), None, country, "university",
                         {}, key)


def _row(row_id: int, reference: str, *, status: str = "signed", renews: int | None = None,
         renewed_by: tuple[tuple[int, str], ...] = (), until: dt.date | None = END,
         event: str = "baku", parties: tuple[RegisterParty, ...] | None = None,
         signed: dt.date | None = dt.date(2025, 3, 4),
         first_activity: dt.date | None = None) -> RegisterRow:
    return RegisterRow(
        id=row_id, version=1, event_key=event, event_title="Baku", key=f"a{row_id}",
        reference=reference, kind="mou", title=f"Title {reference}", status=status,
        signed_at=dt.datetime.combine(signed, dt.time(12), tzinfo=dt.UTC)
        if signed and status == "signed" else None,
        valid_from=signed, valid_until=until,
        parties=parties or (_party("ada", "AZ"), _party("kaznu", "KZ")),
        renews=AgreementLink(renews, event, f"R{renews}", "signed") if renews else None,
        renewed_by=tuple(AgreementLink(i, event, f"R{i}", s) for i, s in renewed_by),
        first_activity=first_activity)


def test_the_chain_of_renewals_from_any_link() -> None:
    rows = {
        1: _row(1, "R1", renewed_by=((2, "signed"), (9, "cancelled"))),
        2: _row(2, "R2", renews=1, renewed_by=((3, "draft"),)),
        3: _row(3, "R3", renews=2, status="draft"),
        9: _row(9, "R9", renews=1, status="cancelled"),
    }
    for start in (1, 2, 3):
        assert [row.id for row in renewal_chain(start, rows)] == [1, 2, 3]
    assert [row.id for row in renewal_chain(9, rows)] == [1, 9]
    looped = {1: _row(1, "R1", renews=2, renewed_by=((2, "signed"),)),
              2: _row(2, "R2", renews=1, renewed_by=((1, "signed"),))}
    assert {row.id for row in renewal_chain(1, looped)} == {1, 2}
    evaluated_rows = {i: evaluated(row, dt.date(2026, 1, 1)) for i, row in rows.items()}
    assert evaluated_rows[1].lifecycle == Lifecycle.RENEWED
    assert evaluated_rows[2].lifecycle == Lifecycle.ACTIVE
    assert evaluated_rows[2].renewal_under_way is not None


def test_filters_and_sorting_by_expiry() -> None:
    day = dt.date(2026, 12, 3)
    rows = [evaluated(row, day) for row in (
        _row(1, "A", until=dt.date(2027, 3, 1)),
        _row(2, "B", until=None),
        _row(3, "C", until=dt.date(2026, 12, 1)),
        _row(4, "D", status="draft", until=None),
        _row(5, "E", until=dt.date(2031, 1, 1), event="almaty",
             parties=(_party("kaznu", "KZ", "Әл-Фараби"), _party("tsu", "GE"))),
    )]
    assert [r.reference for r in sorted(rows, key=by_expiry)] == ["C", "A", "E", "B", "D"]

    def matching(**criteria: object) -> list[str]:
        chosen = RegisterFilter(**criteria)  # type: ignore[arg-type]
        return sorted(row.reference for row in rows if chosen.matches(row))

    assert matching(expiring_within=180) == ["A"]
    assert matching(status="expiring") == ["A"]
    assert matching(status="expired") == ["C"]
    assert matching(status="no-expiry") == ["B"]
    assert matching(status="draft") == ["D"]
    assert matching(status="signed") == ["A", "B", "C", "E"]
    assert matching(country="ge") == ["E"]
    assert matching(event="almaty") == ["E"]
    assert matching(organization="TSU") == ["E"]
    assert matching(organization="kaznu") == ["A", "B", "C", "D", "E"]


def test_rules_refuse_with_named_fields() -> None:
    assert [p.field for p in check_termination(None, " ", "draft", None)] == [
        "status", "terminated_on", "termination_reason"]
    assert [p.field for p in check_termination(dt.date(2024, 1, 1), "x", "signed",
                                                dt.date(2025, 3, 4))] == ["terminated_on"]
    assert [p.field for p in check_activity(None, "trip", 0, [1, 2], 3, 3)] == [
        "date", "kind", "count", "from", "to", "to"]
    assert check_activity(dt.date(2025, 9, 1), "visit", 2, [1, 2], 1, 2) == []
    [too_big] = check_attachment("scan.pdf", "signed-copy", 30 * 1024 * 1024)
    assert too_big.reason == ('"scan.pdf" is 30.0 MB; a file can be attached up to 25 MB '
                              "(split the scan or save it at a lower resolution)")


def test_report_figures_count_new_renewed_ended_activities_and_dormant() -> None:
    year = 2025
    day = report_day(year, dt.date(2026, 12, 3))
    assert day == dt.date(2025, 12, 31)
    assert report_day(2026, dt.date(2026, 12, 3)) == dt.date(2026, 12, 3)
    rows = [
        _row(1, "OLD", signed=dt.date(2020, 1, 10), until=dt.date(2025, 1, 9)),
        _row(2, "NEW", first_activity=dt.date(2025, 9, 1)),
        _row(3, "REN", renews=1, signed=dt.date(2025, 1, 5), until=dt.date(2030, 1, 4)),
        _row(4, "SLEEPY", signed=dt.date(2024, 5, 1), until=dt.date(2026, 4, 30)),
        _row(5, "GE", parties=(_party("ada", "AZ"), _party("tsu", "GE"))),
    ]
    rows[0] = dataclasses.replace(rows[0], renewed_by=(AgreementLink(3, "baku", "REN",
                                                                     "signed"),))
    evaluated_rows = [evaluated(row, day) for row in rows]
    activities = [ActivityRecord(2, dt.date(2025, 9, 1), "student-mobility", 4),
                  ActivityRecord(2, dt.date(2025, 10, 1), "student-mobility", None),
                  ActivityRecord(5, dt.date(2025, 11, 1), "visit", 3),
                  ActivityRecord(5, dt.date(2024, 11, 1), "visit", 3)]
    figures = partnership_figures(evaluated_rows, activities, year=year, as_of=day)
    assert [r.reference for r in figures.new] == ["GE", "NEW"]
    assert [r.reference for r in figures.renewed] == ["REN"]
    assert [r.reference for r in figures.ended] == []  # OLD was renewed, not ended
    assert [(a.kind, a.records, a.total) for a in figures.activities] == [
        ("student-mobility", 2, 5), ("visit", 1, 3)]
    assert [r.reference for r in figures.dormant] == ["SLEEPY"]
    assert [r.reference for r in figures.ending_next_year] == ["SLEEPY"]
    assert dict(figures.by_country) == {"AZ": 4, "KZ": 3, "GE": 1}
    assert len(figures.new_organizations) == 3 and figures.new_countries == ["AZ", "GE", "KZ"]
    only_ge = partnership_figures(evaluated_rows, activities, year=year, as_of=day,
                                  country="GE")
    assert [r.reference for r in only_ge.agreements] == ["GE"]
    assert only_ge.activity_total == 3
