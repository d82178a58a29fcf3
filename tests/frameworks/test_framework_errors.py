"""Every kind of bad framework file raises a FrameworkError that names the file and the item."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from relcycle.errors import FrameworkError, InputError
from relcycle.frameworks import load_framework

ErrorOf = Callable[[dict[str, Any] | str], FrameworkError]


def test_the_error_names_file_line_item_and_suggests_a_fix(
    minimal: dict[str, Any], error_of: ErrorOf
) -> None:
    minimal["codes"][2]["parent"] = "gov.contrl"
    err = error_of(minimal)
    assert isinstance(err, InputError)
    assert err.path is not None and err.path.endswith("tiny.yaml")
    assert err.field == "codes[2] gov.control.approval"
    assert err.line is not None
    assert err.message == "parent 'gov.contrl' is not a code; did you mean 'gov.control'?"
    assert str(err).endswith(
        "[codes[2] gov.control.approval]: parent 'gov.contrl' is not a code; "
        "did you mean 'gov.control'?"
    )


def test_line_number_points_at_the_item(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"][2]["parent"] = "nowhere"
    err = error_of(minimal)
    path = Path(err.path or "")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert err.line is not None
    assert "gov.control.approval" in "\n".join(lines[err.line - 1 : err.line + 12])


def test_duplicate_code_id(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"][3]["id"] = "gov.control.approval"
    err = error_of(minimal)
    assert err.field == "codes[3] gov.control.approval"
    assert err.message.startswith("duplicate code id 'gov.control.approval' (first defined in")
    assert "codes[2]" in err.message


def test_cycle_in_the_tree(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"][0]["parent"] = "gov.control.approval"
    err = error_of(minimal)
    assert err.message == ("cycle in the code tree: gov → gov.control.approval → gov.control → gov")


def test_a_code_that_is_its_own_parent(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"][5]["parent"] = "rel.trust"
    assert error_of(minimal).message == "cycle in the code tree: rel.trust → rel.trust"


def test_invalid_regex_names_the_rule(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"][3]["rules"]["zh"] = ["台账", "re:先报(批"]
    err = error_of(minimal)
    assert err.field == "codes[3] gov.control.reporting"
    assert err.message.startswith("rules.zh[1]: invalid regex 're:先报(批': missing ), ")


def test_regex_that_matches_nothing_but_the_empty_string(
    minimal: dict[str, Any], error_of: ErrorOf
) -> None:
    minimal["codes"][3]["rules"]["en"] = ["re:(report)?"]
    assert error_of(minimal).message == (
        "rules.en[0]: regex 're:(report)?' matches the empty string"
    )


def test_a_regex_written_as_a_term(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"][3]["rules"]["en"] = ["ledger", r"\bmonthly returns?\b"]
    err = error_of(minimal)
    assert err.field == "codes[3] gov.control.reporting"
    assert err.message == (
        r"rules.en[1]: term '\\bmonthly returns?\\b' holds regex syntax ('\\b') that would be"
        r" matched literally; write it as 're:\bmonthly returns?\b' (or under the key 're')"
    )
    minimal["codes"][3]["rules"]["zh"] = ["(每周|每月)报台账"]
    minimal["codes"][3]["rules"]["en"] = ["ledger"]
    assert "holds regex syntax ('(每周|每月)')" in error_of(minimal).message


@pytest.mark.parametrize("term", ["(试行)", "sign-off", "what?", "Q&A", "e.g. the form"])
def test_punctuation_in_a_term_is_not_taken_for_a_regex(
    minimal: dict[str, Any], error_of: ErrorOf, term: str
) -> None:
    minimal["codes"][3]["rules"]["en"] = [term, "re:(report"]
    assert "rules.en[1]: invalid regex" in error_of(minimal).message


def test_empty_gap_in_a_term(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"][3]["rules"]["zh"] = ["台账…"]
    assert error_of(minimal).message == "rules.zh[0]: term '台账…' has nothing on one side of '…'"


def test_unknown_cue_in_a_near_constraint(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"][3]["rules"]["zh"] = [{"term": "台账", "near": {"cue": "actor.govt"}}]
    err = error_of(minimal)
    assert err.message.startswith("rules.zh[0]: near: unknown cue 'actor.govt'; choose one of:")
    assert "actor.government" in err.message


def test_rule_mapping_needs_exactly_one_pattern(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"][3]["rules"]["zh"] = [{"term": "台账", "re": "台账"}]
    err = error_of(minimal)
    assert err.field == "codes[3] gov.control.reporting"
    assert "exactly one of 'term' or 're'" in err.message


def test_unknown_code_in_an_indicator(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["indicators"][0]["codes"]["gov.contrl.approval"] = 1.0
    err = error_of(minimal)
    assert err.field == "indicators[0] control"
    assert err.message == (
        "codes: unknown code 'gov.contrl.approval'; did you mean 'gov.control.approval'?"
    )


def test_zero_weight(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["indicators"][1]["codes"]["swo.resist"] = 0
    assert "weight of 'swo.resist' must be a finite non-zero number" in error_of(minimal).message


def test_unknown_indicator_in_a_signature(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["stages"][1]["signature"]["resistence"] = "high"
    err = error_of(minimal)
    assert err.field == "stages[1] storm"
    assert err.message == ("signature: unknown indicator 'resistence'; did you mean 'resistance'?")


def test_unknown_level_in_a_signature(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["stages"][0]["signature"]["control"] = "hgh"
    assert error_of(minimal).message == (
        "signature: unknown level 'hgh' for 'control'; "
        "choose one of: very_low, low, neutral, high, very_high"
    )


def test_unknown_stage_in_typical_next(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["stages"][0]["typical_next"] = ["strom"]
    assert error_of(minimal).message == "typical_next: unknown stage 'strom'; did you mean 'storm'?"


def test_a_first_only_stage_cannot_be_a_typical_next(
    minimal: dict[str, Any], error_of: ErrorOf
) -> None:
    minimal["stages"][1]["first_only"] = True
    err = error_of(minimal)
    assert err.field == "stages[0] calm"
    assert err.message.startswith("typical_next: stage 'storm' is first_only")


def test_first_only_must_be_true_or_false(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["stages"][0]["first_only"] = "sometimes"
    err = error_of(minimal)
    assert err.field == "stages[0] calm"
    assert err.message == "first_only: Input should be a valid boolean, unable to interpret input"


def test_stage_types_must_be_distinguishable(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["stages"][1]["signature"] = {"resistance": "low", "control": "low"}
    err = error_of(minimal)
    assert err.field == "stages[1] storm"
    assert err.message.startswith("signature is the same as stage 'calm''s")


def test_unknown_stage_in_advice(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["advice"][0]["when"] = {"stage_in": ["stromy"]}
    err = error_of(minimal)
    assert err.field == "advice[0] talk"
    assert err.message == "when.stage_in: unknown stage 'stromy'; did you mean 'storm'?"


def test_unknown_indicator_in_advice(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["advice"][0]["when"] = {"any": [{"indicator_above": {"contrl": "high"}}]}
    assert error_of(minimal).message == (
        "when.any[0].indicator_above: unknown indicator 'contrl'; did you mean 'control'?"
    )


def test_unknown_level_in_advice(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["advice"][0]["when"] = {"indicator_below": {"control": "lowish"}}
    assert error_of(minimal).message == (
        "when.indicator_below: unknown level 'lowish' for indicator 'control'; "
        "choose one of: very_low, low, neutral, high, very_high, or a z-score"
    )


def test_unknown_condition_key(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["advice"][0]["when"] = {"stage_is": ["storm"]}
    assert error_of(minimal).message == (
        "when: unknown condition 'stage_is'; did you mean 'stage_in'?"
    )


def test_code_share_out_of_range(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["advice"][0]["when"] = {"code_share_above": {"gov.control": 10}}
    assert error_of(minimal).message == (
        "when.code_share_above: share for 'gov.control' must be a number in [0, 1]"
    )


def test_unknown_cited_code(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["advice"][0]["cite_codes"] = ["gov.controll"]
    assert error_of(minimal).message == (
        "cite_codes: unknown code 'gov.controll'; did you mean 'gov.control'?"
    )


def test_advice_naming_a_stage_when_there_are_none(
    minimal: dict[str, Any], error_of: ErrorOf
) -> None:
    del minimal["stages"]
    assert error_of(minimal).message == (
        "when.any[0].stage_in: unknown stage 'storm'; the framework defines no stages"
    )


@pytest.mark.parametrize(
    ("index", "key", "field", "message"),
    [
        (
            2,
            "label",
            "codes[2] gov.control.approval",
            "label has no 'en' text; every label needs: zh, en",
        ),
    ],
)
def test_missing_label_language(
    minimal: dict[str, Any], error_of: ErrorOf, index: int, key: str, field: str, message: str
) -> None:
    del minimal["codes"][index][key]["en"]
    err = error_of(minimal)
    assert (err.field, err.message) == (field, message)


def test_missing_label(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    del minimal["codes"][1]["label"]
    err = error_of(minimal)
    assert (err.field, err.message) == ("codes[1] gov.control", "missing key 'label'")


def test_missing_stage_label_language(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["stages"][0]["label"] = {"zh": "平静"}
    err = error_of(minimal)
    assert (err.field, err.message) == (
        "stages[0] calm",
        "label has no 'en' text; every label needs: zh, en",
    )


def test_missing_title_language(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["title"] = {"en": "Tiny"}
    err = error_of(minimal)
    assert (err.field, err.message) == (
        "title",
        "title has no 'zh' text; every title needs: zh, en",
    )


def test_labels_follow_the_declared_languages(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["languages"] = ["en"]
    err = error_of(minimal)
    assert err.message == "title: unknown language 'zh'; the framework's languages are: en"


def test_unknown_language_in_rules(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"][3]["rules"]["fr"] = ["rapport"]
    assert error_of(minimal).message == (
        "rules: unknown language 'fr'; the framework's languages are: zh, en"
    )


def test_unknown_example_language(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"][2]["examples"] = [{"lang": "de", "text": "Genehmigung"}]
    assert error_of(minimal).message.startswith("examples[0]: unknown language 'de'")


def test_unknown_key(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"][1]["rule"] = {"zh": ["管"]}
    err = error_of(minimal)
    assert err.field == "codes[1] gov.control"
    assert err.message.startswith("unknown key 'rule';")


def test_unknown_top_level_key(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["stage"] = []
    err = error_of(minimal)
    assert err.message.startswith("unknown key 'stage'; choose one of: ")
    assert "stages" in err.message


def test_wrong_role(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"][0]["applies_to"] = "council"
    err = error_of(minimal)
    assert err.field == "codes[0] gov"
    assert err.message.startswith("applies_to: Input should be 'government'")


def test_bad_code_id(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["codes"][5]["id"] = "Rel Trust"
    err = error_of(minimal)
    assert err.message.startswith("id 'Rel Trust' is not a valid id")


def test_yaml_boolean_for_a_term(error_of: ErrorOf, minimal: dict[str, Any]) -> None:
    minimal["cues"]["negation"]["en"] = [False]
    err = error_of(minimal)
    assert err.field is None
    assert err.message == "cues.negation.en[0]: Input should be a valid string"


def test_not_yaml(error_of: ErrorOf) -> None:
    err = error_of("id: x\ncodes: [\n")
    assert err.message.startswith("not valid YAML")
    assert err.line is not None


def test_not_a_mapping(error_of: ErrorOf) -> None:
    assert error_of("- a\n- b\n").message == "a framework file must hold a YAML mapping"


def test_duplicate_yaml_key(error_of: ErrorOf) -> None:
    err = error_of("id: x\nversion: '1'\nid: y\n")
    assert (err.message, err.line) == ("duplicate key 'id'", 3)


def test_missing_included_file(minimal: dict[str, Any], error_of: ErrorOf) -> None:
    minimal["include"] = ["codes-extra.yaml"]
    assert error_of(minimal).message == "included file 'codes-extra.yaml' not found"


def test_error_in_an_included_file_names_that_file(
    minimal: dict[str, Any], write: Callable[..., Path]
) -> None:
    extra = {
        "codes": [
            {"id": "x", "parent": "gov.contrl", "label": {"zh": "x", "en": "x"}, "family": "value"}
        ]
    }
    write(extra, "codes-extra.yaml")
    minimal["include"] = ["codes-extra.yaml"]
    with pytest.raises(FrameworkError) as info:
        load_framework(write(minimal))
    err = info.value
    assert err.path is not None and err.path.endswith("codes-extra.yaml")
    assert (err.field, err.message) == (
        "codes[0] x",
        "parent 'gov.contrl' is not a code; did you mean 'gov.control'?",
    )


def test_included_file_may_not_hold_framework_keys(
    minimal: dict[str, Any], write: Callable[..., Path]
) -> None:
    write({"id": "other"}, "part.yaml")
    minimal["include"] = ["part.yaml"]
    with pytest.raises(FrameworkError, match="unknown key 'id'; an included file may only hold"):
        load_framework(write(minimal))


def test_duplicate_cue_across_files(minimal: dict[str, Any], write: Callable[..., Path]) -> None:
    write({"cues": {"negation": {"en": ["nope"]}}}, "part.yaml")
    minimal["include"] = ["part.yaml"]
    with pytest.raises(FrameworkError, match="duplicate cue lexicon 'negation'"):
        load_framework(write(minimal))
