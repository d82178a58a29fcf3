from __future__ import annotations

from datetime import date

import pytest
from case_texts import CASE_YAML

from relcycle.errors import CaseFormatError
from relcycle.sources.casefile import parse_case_yaml, parse_contract


def broken(old: str, new: str) -> str:
    """CASE_YAML (the conftest's valid case.yaml) with one change."""
    assert old in CASE_YAML
    return CASE_YAML.replace(old, new, 1)


def error_of(text: str) -> str:
    with pytest.raises(CaseFormatError) as info:
        parse_case_yaml(text)
    return str(info.value)


def test_a_valid_case() -> None:
    case = parse_case_yaml(CASE_YAML + "note: kept\n")
    assert (case.id, case.language, case.period) == ("test-case", "zh", "month")
    assert (case.start, case.end) == (date(2017, 9, 1), date(2019, 12, 31))
    assert [a.id for a in case.actors] == ["gov", "swo", "residents"]
    assert case.actors[0].aliases == ("镇政府", "宣传办", "王主任")
    assert case.actors[2].aliases == ()
    assert case.framework is None
    assert case.extra == {"note": "kept"}


def test_contract_terms_are_kept_and_dates_derived() -> None:
    contract = parse_case_yaml(CASE_YAML).contract
    assert contract is not None
    assert contract.terms == {"signed": date(2017, 9, 1), "term_months": 24, "budget": 600000}
    assert (contract.signed, contract.start, contract.end) == (
        date(2017, 9, 1),
        date(2017, 9, 1),
        date(2019, 8, 31),
    )
    assert contract.mid_term is None


def test_contract_start_and_end_keys_win() -> None:
    contract = parse_contract(
        {"signed": date(2017, 8, 20), "start": date(2017, 9, 1), "end": "2018-12-31"}, "case.yaml"
    )
    assert contract is not None
    assert (contract.start, contract.end) == (date(2017, 9, 1), date(2018, 12, 31))


@pytest.mark.parametrize(
    ("case_start", "start", "end"),
    [
        (date(2022, 4, 1), date(2022, 4, 1), date(2024, 3, 31)),  # studied from the service's start
        (date(2022, 3, 28), date(2022, 3, 28), date(2024, 3, 27)),  # from the signing
        (date(2022, 6, 1), date(2022, 3, 28), date(2024, 3, 27)),  # long after: signed is the start
        (date(2022, 1, 1), date(2022, 3, 28), date(2024, 3, 27)),  # studied from before it
    ],
)
def test_a_service_starts_with_the_case_soon_after_signing(
    case_start: date, start: date, end: date
) -> None:
    terms = {"signed": date(2022, 3, 28), "term_months": 24}
    contract = parse_contract(terms, "case.yaml", case_start)
    assert contract is not None and (contract.signed, contract.start, contract.end) == (
        date(2022, 3, 28),
        start,
        end,
    )


def test_a_start_key_wins_over_the_cases_start() -> None:
    terms = {"signed": date(2022, 3, 28), "start": date(2022, 3, 30), "term_months": 24}
    contract = parse_contract(terms, "case.yaml", date(2022, 4, 1))
    assert contract is not None and contract.start == date(2022, 3, 30)


@pytest.mark.parametrize(
    ("terms", "expected"),
    [
        ({"mid_term": date(2018, 9, 15)}, date(2018, 9, 15)),
        ({"midterm": "2018-09"}, date(2018, 9, 1)),
        ({"mid_term_review": {"date": "2018-10-08", "by": "third party"}}, date(2018, 10, 8)),
        ({"mid_term_evaluation": "2018-11-02"}, date(2018, 11, 2)),
    ],
)
def test_mid_term_keys(terms: dict[str, object], expected: date) -> None:
    contract = parse_contract({"signed": date(2017, 9, 1), **terms}, "case.yaml")
    assert contract is not None and contract.mid_term == expected


def test_no_contract() -> None:
    assert parse_case_yaml(CASE_YAML.split("contract:")[0]).contract is None


def test_invalid_role_names_file_and_field() -> None:
    assert error_of(broken("role: social_org", "role: govt")) == (
        "case.yaml [actors[1].role]: 'govt' is not a valid role; choose one of: "
        "government, social_org, community, funder, other"
    )


def test_unknown_period_is_an_error() -> None:
    assert error_of(broken("period: month", "period: fortnight")) == (
        "case.yaml [period]: 'fortnight' is not a valid period; choose one of: week, month, quarter"
    )


def test_invalid_language() -> None:
    assert error_of(broken("language: zh", "language: fr")) == (
        "case.yaml [language]: 'fr' is not a valid language; choose one of: zh, en, mixed"
    )


def test_invalid_case_id() -> None:
    assert error_of(broken("id: test-case", "id: Test Case")) == (
        "case.yaml [id]: 'Test Case' is not a valid case id; use lower-case letters, digits "
        "and '-' (e.g. ltown-centre)"
    )


def test_non_iso_date() -> None:
    assert error_of(broken("start: 2017-09-01", "start: 01/09/2017")) == (
        "case.yaml [start]: '01/09/2017' is not an ISO date; write it as YYYY-MM-DD: "
        "2017-01-09 or 2017-09-01, whichever it means"
    )


def test_an_roc_era_contract_date_names_its_iso_form() -> None:
    assert error_of(broken("signed: 2017-09-01", "signed: 民國106年9月1日")) == (
        "case.yaml [contract.signed]: '民國106年9月1日' is not an ISO date; write it as "
        "2017-09-01 (ROC year 106 is 2017)"
    )


def test_a_month_for_the_start_or_end_names_its_first_or_last_day() -> None:
    assert error_of(broken("start: 2017-09-01", "start: 106年9月")) == (
        "case.yaml [start]: '106年9月' is a month, and the case's start is a day: "
        "write 2017-09-01 (the month's first day); ROC year 106 is 2017"
    )
    assert error_of(broken("start: 2017-09-01", "start: 2017-09")) == (
        "case.yaml [start]: '2017-09' is a month, and the case's start is a day: "
        "write 2017-09-01 (the month's first day)"
    )
    assert error_of(broken("end: 2019-12-31", "end: 2019-02")) == (
        "case.yaml [end]: '2019-02' is a month, and the case's end is a day: "
        "write 2019-02-28 (the month's last day)"
    )


def test_a_month_is_no_suggestion_for_a_contract_day() -> None:
    assert error_of(broken("signed: 2017-09-01", "signed: 106年9月")).startswith(
        "case.yaml [contract.signed]: '106年9月' is not an ISO date"
    )


def test_words_of_a_fixed_list_are_read_in_any_case() -> None:
    text = broken("period: month", "period: Quarter").replace("language: zh", "language: ZH ")
    case = parse_case_yaml(text.replace("role: community", "role: Community"))
    assert (case.period, case.language, case.actors[2].role) == ("quarter", "zh", "community")


def test_aliases_written_as_one_text_are_split_at_commas() -> None:
    case = parse_case_yaml(broken("aliases: [社工机构, 李主任]", "aliases: 社工机构, 李主任、机构"))
    assert case.actors[1].aliases == ("社工机构", "李主任", "机构")
    assert parse_case_yaml(broken("aliases: [社工机构, 李主任]", "aliases: 社工")).actors[
        1
    ].aliases == ("社工",)


@pytest.mark.parametrize(
    ("typo", "meant"),
    [("framwork: my-framework.yaml", "framework"), ("contarct:", "contract")],
)
def test_a_misspelt_key_is_named_not_dropped(typo: str, meant: str) -> None:
    text = CASE_YAML.replace("contract:", typo, 1) if meant == "contract" else CASE_YAML + typo
    key = typo.split(":")[0]
    assert error_of(text) == (
        f"case.yaml [{key}]: {key!r} is not a key of case.yaml; did you mean {meant!r}? "
        "(a key relcycle does not know is kept as a note and not read)"
    )


def test_a_key_far_from_every_known_key_is_kept() -> None:
    assert parse_case_yaml(CASE_YAML + "funder: 区民政局\n").extra == {"funder": "区民政局"}


def test_no_calendar_day_names_the_field_not_a_crash() -> None:
    assert error_of(broken("start: 2017-09-01", "start: 2017-02-29")) == (
        "case.yaml [start]: '2017-02-29' is not a real calendar date; check the month and the day"
    )
    assert error_of(broken("end: 2019-12-31", "end: 2019-12-32")) == (
        "case.yaml [end]: '2019-12-32' is not a real calendar date; check the month and the day"
    )
    assert error_of(broken("signed: 2017-09-01", "signed: 2017-09-31")) == (
        "case.yaml [contract.signed]: '2017-09-31' is not a real calendar date; "
        "check the month and the day"
    )


def test_start_after_end() -> None:
    assert error_of(broken("end: 2019-12-31", "end: 2017-01-31")) == (
        "case.yaml [end]: the case ends (2017-01-31) before it starts (2017-09-01); fix them"
    )


def test_missing_key() -> None:
    assert error_of(broken("title: 测试案例\n", "")) == (
        "case.yaml [title]: is required; add it (see case-format.md)"
    )


def test_several_problems_are_counted() -> None:
    text = broken("period: month", "period: fortnight").replace("language: zh", "language: fr")
    assert error_of(text).endswith("(and 1 more problem in this file)")


def test_duplicate_actor_ids() -> None:
    assert error_of(broken("  - id: residents", "  - id: gov")) == (
        "case.yaml [actors[2].id]: actor id 'gov' is also used by actors[0]; "
        "actor ids must be unique"
    )


def test_unknown_actor_key() -> None:
    assert error_of(broken("    role: community", "    role: community\n    alias: x")) == (
        "case.yaml [actors[2].alias]: is not a known key of an actor; "
        "the keys are: id, name, role, aliases"
    )


def test_no_actors() -> None:
    assert error_of(CASE_YAML.split("actors:")[0] + "actors: []\n") == (
        "case.yaml [actors]: a case needs at least one actor; list who the relationship is between"
    )


def test_yaml_syntax_error_names_the_line() -> None:
    text = broken("title: 测试案例", "title: [测试案例")
    message = error_of(text)
    assert message == (
        "case.yaml:3: case.yaml is not valid YAML: did not find expected ',' or ']' "
        "(while parsing a flow sequence that starts on line 2); check indentation and quoting"
    )


def test_case_yaml_that_is_a_list() -> None:
    assert error_of("- a\n- b\n") == (
        "case.yaml:1: case.yaml must be keys and values (key: value lines), found a list"
    )


def test_bad_contract_date() -> None:
    assert error_of(broken("signed: 2017-09-01", "signed: next spring")) == (
        "case.yaml [contract.signed]: 'next spring' is not an ISO date; write it as "
        "YYYY-MM-DD (e.g. 2017-09-01)"
    )


def test_bad_term_months() -> None:
    assert error_of(broken("term_months: 24", "term_months: two years")) == (
        "case.yaml [contract.term_months]: 'two years' is not a whole number of months; "
        "write e.g. term_months: 24"
    )


def test_a_mid_term_in_words_is_read_for_the_time_it_names_and_said_so() -> None:
    # contract keys are free (case-format.md): words are no error, the case is still read
    said: list[str] = []
    words = "mid_term_review: around month 18 (January 2018)"
    case = parse_case_yaml(broken("budget: 600000", words), warn=said.append)
    assert case.contract is not None and case.contract.mid_term == date(2018, 1, 1)
    assert said == [
        "case.yaml [contract.mid_term_review]: read 'around month 18 (January 2018)' as 2018-01 "
        "(its 'January 2018'); write the date (2018-09-15) or month (2018-09) to say it exactly"
    ]


def test_a_mid_term_naming_no_date_is_left_unread_and_said_so() -> None:
    said: list[str] = []
    case = parse_case_yaml(broken("budget: 600000", "mid_term: soon"), warn=said.append)
    assert case.contract is not None and case.contract.mid_term is None
    assert said == [
        "case.yaml [contract.mid_term]: 'soon' names no date, so no mid-term review is placed; "
        "give its date (2018-09-15) or month (2018-09)"
    ]


def test_contract_ending_before_it_starts() -> None:
    assert error_of(broken("budget: 600000", "end: 2017-01-01")) == (
        "case.yaml [contract.end]: the contract ends (2017-01-01) before it starts "
        "(2017-09-01); fix them"
    )


def test_ids_written_as_bare_numbers_are_read_as_the_ids_they_spell() -> None:
    # [a-z0-9-]+ allows 2018 and actor ids 1, 2, but YAML reads them as integers.
    text = broken("id: test-case", "id: 2018")
    text = text.replace("id: gov", "id: 1", 1).replace("id: swo", "id: 2", 1)
    case = parse_case_yaml(text)
    assert case.id == "2018"
    assert [a.id for a in case.actors] == ["1", "2", "residents"]


def test_a_boolean_is_no_id() -> None:
    assert error_of(broken("id: test-case", "id: yes")) == (
        "case.yaml [id]: True is not a valid case id; use lower-case letters, digits "
        "and '-' (e.g. ltown-centre)"
    )
