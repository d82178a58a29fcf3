import relcycle

EXPECTED = {
    "Actor", "Case", "CaseData", "CaseFolder", "CaseFormatError", "Coding", "ConfigError",
    "Contract", "Event", "FrameworkError", "InputError", "NotFoundError", "ParsedSource",
    "Period", "Precision", "RelcycleError", "Segment", "Settings", "Source", "SourceReadError",
    "Store", "StoreError", "TimeAnchor", "__version__", "open_store", "read_case",
}  # fmt: skip


def test_public_names_are_exactly_all() -> None:
    assert set(relcycle.__all__) == EXPECTED
    for name in relcycle.__all__:
        assert hasattr(relcycle, name), name


def test_read_case_and_open_store_work_together(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from relcycle.examples import example_path

    data = relcycle.read_case(example_path("riverside"))
    assert data.case.language == "en"
    assert len(data.sources) >= 20
    with relcycle.open_store(f"sqlite:///{tmp_path / 'api.db'}") as store:
        report = store.import_case(data.case, data.sources, data.events, data.codings)
        assert report.case_created
        assert [c.id for c in store.cases()] == [data.case.id]
