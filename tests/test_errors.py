from relcycle.errors import CaseFormatError, InputError, RelcycleError


def test_input_error_names_file_line_and_field() -> None:
    e = CaseFormatError("'x' is not an actor", path="events.csv", line=7, field="actor")
    assert str(e) == "events.csv:7 [actor]: 'x' is not an actor"
    assert isinstance(e, InputError)
    assert isinstance(e, RelcycleError)


def test_input_error_without_location_is_the_message() -> None:
    assert str(InputError("bad")) == "bad"
