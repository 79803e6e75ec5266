"""A prompt-set run out to Markdown or CSV. Pure: the caller does the I/O.

Markdown: the title and set, the presets' settings side by side, the per-preset results, then
per prompt the prompt, its notes and each preset's answer. CSV: one row per (prompt, preset).
A prompt judged blind and not picked yet names its answers "Answer A"… and leaves out what
would give the presets away (their names and models), as a blind comparison's export does.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from decimal import Decimal

from .conversation import Message, MessageStatus
from .export import _answer_markdown, _cell, _one_line, _quote, _settings_table, _table
from .money import format_usd
from .prompt_sets import PresetResult, PromptRow, RunResults, answer_letter_label

AnswerOf = Callable[[int, int], Message | None]  # (comparison id, column index) -> its answer

CSV_HEADER = (
    "position",
    "prompt",
    "preset",
    "model",
    "provider",
    "first_word_s",
    "tokens_per_s",
    "prompt_tokens",
    "completion_tokens",
    "cost",
    "billed",
    "finish",
    "picked",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def run_to_markdown(results: RunResults, answers: AnswerOf) -> str:
    run = results.run
    count = len(run.prompt_set.items)
    parts = [
        f"# {_one_line(run.title) or 'Prompt set run'}",
        f"Prompt set “{_one_line(run.prompt_set.name)}”: {count} "
        + ("prompt" if count == 1 else "prompts")
        + f", run against {len(run.labels)} presets.",
    ]
    if run.settings:
        parts.append(_settings_table(run.labels, run.settings))
    parts.append(_results_table(results))
    parts.append(_results_note(results))
    if any(row.hidden for row in results.prompts):
        parts.append(
            "*Blind: where the best answer is not picked yet, the answers are named "
            "“Answer A”, “Answer B”… and their presets are not shown.*"
        )
    parts.append("---")
    for row in results.prompts:
        parts.append(_prompt_markdown(row, run.labels, answers))
    return "\n\n".join(parts) + "\n"


def _results_table(results: RunResults) -> str:
    rows = [_preset_cells(p) for p in results.presets]
    total = results.total_cost
    rows.append(
        [
            "**All**",
            str(sum(p.wins for p in results.presets)),
            str(results.total_answers),
            str(sum(p.failed for p in results.presets)),
            "",
            "",
            f"{results.total_tokens:,}",
            format_usd(total) if total is not None else "—",
        ]
    )
    header = [
        "Preset",
        "Picked as best",
        "Answers",
        "Failed",
        "First word (average)",
        "Tokens per second (average)",
        "Tokens",
        "Cost of the answers shown",
    ]
    return "## Results\n\n" + _table(header, rows)


def _results_note(results: RunResults) -> str:
    """What the figures count, and what the run spent in all, in sentences."""
    lines = []
    if results.run.blind and results.partly_counted:
        lines.append(
            f"The figures per preset count the prompts whose best answer is picked: "
            f"{results.counted} of {len(results.prompts)}. The others are blind still. "
            "The “All” row counts every answer."
        )
    lines.append(
        "The cost counts the answer shown for each prompt and preset. "
        + spent_sentence(results.spent)
    )
    return "*" + " ".join(lines) + "*"


def spent_sentence(spent: Decimal | None) -> str:
    """The run's spend in all (the ledger's, earlier attempts included), as a sentence."""
    if spent is None:
        return "Nothing is booked as spent on this run yet."
    return (
        f"Spent on this run in all, answers stopped, failed or asked again included: "
        f"{format_usd(spent)}."
    )


def _preset_cells(p: PresetResult) -> list[str]:
    return [
        _cell(p.label),
        f"{p.wins} of {p.judged}",
        str(p.answers),
        str(p.failed),
        f"{p.avg_first_word_s:.2f} s" if p.avg_first_word_s is not None else "—",
        f"{p.avg_tokens_per_s:.1f}" if p.avg_tokens_per_s is not None else "—",
        f"{p.tokens:,}",
        (format_usd(p.cost) + ("" if p.all_billed else " (estimated)"))
        if p.cost is not None
        else "—",
    ]


def _prompt_markdown(row: PromptRow, labels: tuple[str, ...], answers: AnswerOf) -> str:
    blocks = [f"## Prompt {row.position + 1}", _quote(row.prompt) or "> "]
    if row.notes.strip():
        blocks.append("**What a good answer looks like:**\n\n" + _quote(row.notes))
    if row.winner_label is not None:
        blocks.append(f"**Picked as best:** {_cell(row.winner_label)}")
    elif row.hidden:
        blocks.append("*The best answer is not picked yet.*")
    for place, index in enumerate(row.shown_order()):
        name = _column_name(row, labels, index, place)
        answer = answers(row.comparison_id, index)
        text = _answer_markdown(answer) if answer is not None else "*(no answer yet)*"
        blocks.append(f"### {name}\n\n{text}")
    return "\n\n".join(blocks)


def _column_name(row: PromptRow, labels: tuple[str, ...], index: int, place: int) -> str:
    """Hidden, the column at ``place`` of the blind order is "Answer A"… (as on screen)."""
    if row.hidden:
        return answer_letter_label(place)
    return _one_line(labels[index]) if index < len(labels) else f"Column {index + 1}"


def run_to_csv(results: RunResults, answers: AnswerOf) -> str:
    """One row per (prompt, preset); the cost is exact (a decimal number of dollars)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    labels = results.run.labels
    for row in results.prompts:
        for place, index in enumerate(row.shown_order()):
            answer = answers(row.comparison_id, index)
            writer.writerow(_csv_row(row, labels, index, place, answer))
    return out.getvalue()


def _csv_row(
    row: PromptRow, labels: tuple[str, ...], index: int, place: int, answer: Message | None
) -> list[str]:
    picked = ""
    if row.winner_index is not None:
        picked = "yes" if index == row.winner_index else "no"
    # Hidden, what could tell the presets apart stays blank (as a blind comparison's export).
    shown = answer if not row.hidden else None
    return [
        str(row.position + 1),
        _text(row.prompt),
        _text(_column_name(row, labels, index, place)),
        _text(shown.model or "" if shown else ""),
        _text(shown.provider or "" if shown else ""),
        _number(shown.first_token_s if shown else None, 3),
        _number(shown.tokens_per_s if shown else None, 1),
        _whole(shown.prompt_tokens if shown else None),
        _whole(answer.completion_tokens if answer else None),
        f"{shown.cost:f}" if shown is not None and shown.cost is not None else "",
        ("yes" if shown.cost_is_billed else "no")
        if shown is not None and shown.cost is not None
        else "",
        _text(_finish(answer)),
        picked,
    ]


def _finish(answer: Message | None) -> str:
    if answer is None:
        return ""
    if answer.status is not MessageStatus.COMPLETE:
        return answer.status.value
    return answer.finish_reason or ""


def _text(value: str) -> str:
    """A spreadsheet must not read a shared prompt as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _number(value: float | None, digits: int) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def _whole(value: int | None) -> str:
    return "" if value is None else str(value)
