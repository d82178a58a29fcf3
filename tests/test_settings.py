import pytest

from relcycle.errors import ConfigError
from relcycle.settings import DEFAULT_DB_URL, Settings


def test_defaults_without_environment() -> None:
    s = Settings.from_env({})
    assert s.db == DEFAULT_DB_URL
    assert s.max_source_bytes == 50 * 1024 * 1024


def test_environment_then_overrides() -> None:
    env = {"RELCYCLE_DB": "sqlite:///a.db", "RELCYCLE_MAX_SOURCE_MB": "2"}
    s = Settings.from_env(env, db="sqlite:///b.db", max_source_mb=None)
    assert s.db == "sqlite:///b.db"
    assert s.max_source_mb == 2.0


def test_bad_number_names_the_variable() -> None:
    with pytest.raises(ConfigError, match="RELCYCLE_MAX_SOURCE_MB='lots'"):
        Settings.from_env({"RELCYCLE_MAX_SOURCE_MB": "lots"})


def test_unknown_override_lists_valid_settings() -> None:
    with pytest.raises(ConfigError, match="choose one of: db, max_source_mb"):
        Settings.from_env({}, dbase="x")


def test_non_positive_limit_is_refused() -> None:
    with pytest.raises(ConfigError, match="must be positive"):
        Settings.from_env({"RELCYCLE_MAX_SOURCE_MB": "0"})
