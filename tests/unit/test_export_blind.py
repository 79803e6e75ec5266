"""A blind comparison's export gives nothing away: not its title, models, settings, the
figures that tell the presets apart, nor the stored order of its columns."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.core.compare_settings import blind_order, blind_seed
from app.core.conversation import ChatSettings, Message
from app.core.export import comparison_to_markdown
from app.core.params import SamplingParams


@dataclass
class Info:
    id: int
    created_at: float
    title: str
    blind: bool
    revealed: bool
    shared_system_prompt: str = ""


def _column(
    label: str, model: str, answer: str, cost: str
) -> tuple[str, ChatSettings, list[Message]]:
    settings = ChatSettings(model=model, params=SamplingParams(temperature=0.7))
    messages = [
        Message(id=1, conversation_id=1, role="user", content="Question?"),
        Message(
            id=2,
            conversation_id=1,
            role="assistant",
            content=answer,
            model=model,
            prompt_tokens=40 if label == "Keeper" else 12,
            completion_tokens=9,
            cost=Decimal(cost),
        ),
    ]
    return label, settings, messages


COLUMNS = [
    _column("Keeper", "openai/gpt-4o-mini", "First answer.", "0.00042"),
    _column("Captain", "meta-llama/llama-3.3-8b-instruct:free", "Second answer.", "0"),
    _column("Pilot", "anthropic/claude-sonnet-4.5", "Third answer.", "0.0123"),
]


def test_a_blind_export_hides_the_title_models_settings_and_telling_figures() -> None:
    info = Info(7, 1.5, "Keeper vs Captain vs Pilot", blind=True, revealed=False)
    markdown = comparison_to_markdown(info, COLUMNS)
    assert markdown.startswith("# Blind comparison\n")
    for secret in ("Keeper", "Captain", "Pilot", "gpt-4o", "llama", "claude", "temperature"):
        assert secret not in markdown
    assert "Tokens in" not in markdown and "| Cost |" not in markdown and "$" not in markdown
    assert "| Tokens out | 9 | 9 | 9 |" in markdown


def test_a_blind_export_lists_the_answers_in_the_screens_shuffled_order() -> None:
    info = Info(7, 1.5, "t", blind=True, revealed=False)
    markdown = comparison_to_markdown(info, COLUMNS)
    order = blind_order(blind_seed(info), 3)
    answers = [COLUMNS[i][2][1].content for i in order]
    positions = [markdown.index(answer) for answer in answers]
    assert positions == sorted(positions)
    assert markdown.index("### Answer A") < positions[0] < markdown.index("### Answer B")


def test_after_the_pick_everything_shows_with_costs_told_apart() -> None:
    info = Info(7, 1.5, "Keeper vs Captain vs Pilot", blind=True, revealed=True)
    markdown = comparison_to_markdown(info, COLUMNS)
    assert markdown.startswith("# Keeper vs Captain vs Pilot\n")
    assert "| Cost | $0.00042 | free | $0.012 |" in markdown
    assert "openai/gpt-4o-mini" in markdown and "Tokens in" in markdown
