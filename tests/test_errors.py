"""Field and row messages keep their English sentence and the template the UI translates."""

import pickle

import pytest

from app.errors import Problem, ValidationError, message_of, problem
from app.services import listing_cells, validation
from app.services.listing_data import ListingData, clean_listing


def test_a_problem_reads_as_its_english_sentence_and_keeps_its_template() -> None:
    text = problem("Clause {number} has no heading.", number=3)
    assert text == "Clause 3 has no heading."
    assert isinstance(text, str) and isinstance(text, Problem)
    assert text.template == "Clause {number} has no heading."
    assert text.params == {"number": 3}
    assert "Clause 3" in f"• {text}"


def test_a_problem_without_parameters_is_its_template() -> None:
    text = problem("The lowest budget cannot be negative.")
    assert text == text.template == "The lowest budget cannot be negative."
    assert text.params == {}


def test_a_problem_survives_pickling() -> None:
    text = pickle.loads(pickle.dumps(problem("{name} is empty.", name="scan.pdf")))
    assert isinstance(text, Problem) and text.template == "{name} is empty."


def test_a_value_error_hands_its_problem_on() -> None:
    with pytest.raises(ValueError) as caught:
        validation.clean_phone("12345")
    message = message_of(caught.value)
    assert isinstance(message, Problem) and message.params == {"text": "12345"}
    assert message.startswith("“12345” is not a valid phone number.")
    assert message_of(ValueError("plain")) == "plain"


def test_a_validation_error_keeps_the_english_sentence_of_a_converted_check() -> None:
    data = ListingData(kind="demand", member_id="m1", title="x" * 300, budget_min="-5")
    with pytest.raises(ValidationError) as caught:
        clean_listing(data)
    title = caught.value.fields["title"]
    assert title == "The title has 300 characters; at most 200 are allowed. Shorten it."
    assert isinstance(title, Problem) and title.params["length"] == 300
    assert caught.value.fields["budget_min"] == "The lowest budget cannot be negative."
    assert "• The title has 300 characters" in caught.value.message


def test_an_import_cell_problem_names_the_cell_in_english() -> None:
    with pytest.raises(ValueError) as caught:
        listing_cells.deadline("next week")
    message = message_of(caught.value)
    assert message.startswith("the deadline “next week” is not a date")
    assert isinstance(message, Problem) and message.params == {"text": "next week"}


def test_a_message_kept_as_json_comes_back_translatable() -> None:
    """Match reasons are saved with the match; read back, they still carry their template."""
    import json

    from app.errors import Joined, message_from_json, message_to_json, problem

    reason = problem(
        "cooperation: {kinds}", kinds=Joined((problem("joint R&D"), problem("licensing")))
    )
    back = message_from_json(json.loads(json.dumps(message_to_json(reason))))
    assert back == "cooperation: joint R&D, licensing"
    assert back.template == "cooperation: {kinds}"
    assert [item.template for item in back.params["kinds"].items] == ["joint R&D", "licensing"]
    assert message_from_json("sector C38") == "sector C38"  # saved before templates were kept
