"""What the run view shows of a run's figures, in plain words. Qt-free."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from app.core.money import format_usd

if TYPE_CHECKING:
    from app.core.conversation import Message
    from app.core.prompt_sets import PresetResult, RunProgress, RunResults

RESULT_HEADERS = ("Preset", "Wins", "Answers", "First word", "Speed", "Tokens", "Cost")
# What a short header means, for its tooltip (the short form stays: the table is narrow).
RESULT_HEADER_TIPS = {
    "First word": "How long the first word of an answer took to arrive, on average.",
    "Speed": (
        "Tokens per second: how fast the answer came, on average (a token is a short piece "
        "of a word)."
    ),
    "Tokens": "How many tokens the answers have (a token is a short piece of a word).",
    "Cost": (
        "The cost of the answers shown, one per prompt. Earlier attempts (stopped, failed or "
        "asked again) are not in it: the note under the table says what the run spent in all."
    ),
}


ANSWER_STATS_TIP = (
    "First word: how long the first word took to arrive. tok/s: tokens per second, how fast "
    "the answer came (a token is a short piece of a word)."
)


def progress_text(progress: RunProgress) -> str:
    """E.g. "12 of 40 answers", with what failed and what runs."""
    text = f"{progress.done} of {progress.total} answers"
    if progress.failed:
        text += f", {progress.failed} failed"
    if progress.running:
        text += f", {progress.running} being written"
    return text + "."


def state_text(state: str, progress: RunProgress) -> str:
    """What the run is doing, in a sentence."""
    if state == "running":
        return "Running."
    if state == "done":
        return "Finished: every prompt has its answers."
    if state == "stopped":
        return "Stopped. Resume sends only what is missing."
    if progress.done:
        return "Not finished. Resume sends only what is missing."
    return "Not started yet."


def cost_text(cost: Decimal | None, all_billed: bool = True) -> str:
    if cost is None:
        return "unknown"
    return format_usd(cost) + ("" if all_billed else " (partly estimated)")


def exact_cost(cost: Decimal | None) -> str:
    """The whole figure, every digit, for a tooltip."""
    return "The cost is not known." if cost is None else f"Exactly ${cost:f}."


def seconds_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} s"


def rate_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f} tok/s"


def result_cells(result: PresetResult, *, blind: bool = True) -> tuple[str, ...]:
    """One row of the per-preset table (a run that is not blind has no picks: "–")."""
    answers = f"{result.answers}" + (f" ({result.failed} failed)" if result.failed else "")
    return (
        result.label,
        (f"{result.wins} of {result.judged}" if result.judged else "0") if blind else "–",
        answers,
        seconds_text(result.avg_first_word_s),
        rate_text(result.avg_tokens_per_s),
        f"{result.tokens:,}",
        cost_text(result.cost, result.all_billed),
    )


def totals_cells(results: RunResults) -> tuple[str, ...]:
    """Every answer shown, any prompt (a sum over the presets tells no preset apart)."""
    presets = results.presets
    judged = max((p.judged for p in presets), default=0)
    return (
        "All presets",
        f"{judged} picked" if results.run.blind else "–",
        f"{results.total_answers}",
        "",
        "",
        f"{results.total_tokens:,}",
        cost_text(results.total_cost, results.total_billed),
    )


def results_note(results: RunResults) -> str:
    """The sentences under the per-preset table: what its figures count, and the spend."""
    picked = max((p.judged for p in results.presets), default=0)
    prompts = len(results.prompts)
    if not results.run.blind:
        lines = ["Wins count blind picks only; this run is not blind, so there are none."]
    elif results.partly_counted:
        lines = [
            f"Figures count the prompts you have picked: {results.counted} of {prompts}.",
            "The others stay blind until you pick their best answer, so the All presets row "
            "is the only one that counts them.",
            "Open a prompt as a comparison to pick its best answer.",
        ]
    else:
        lines = [f"Wins count your picks: {picked} of {prompts} prompts picked."]
    lines.append(spent_text(results.spent))
    return " ".join(lines)


def spent_text(spent: Decimal | None) -> str:
    """The run's spend from the ledger: the answers shown and every earlier attempt."""
    if spent is None:
        return "Nothing is spent on this run yet."
    return (
        f"Spent on this run in all, including answers that were stopped, failed or asked "
        f"again: {format_usd(spent)}."
    )


def answer_stats(message: Message, *, blind: bool) -> str:
    """An answer's figures under it; blind, none (its speed, length and cost would tell
    the presets apart): only what went wrong, if anything."""
    if blind:
        return message.error or ""
    parts: list[str] = []
    if message.first_token_s is not None:
        parts.append(f"first word {message.first_token_s:.1f} s")
    if message.tokens_per_s is not None:
        parts.append(f"{message.tokens_per_s:.0f} tok/s")
    if message.completion_tokens is not None:
        parts.append(f"{message.completion_tokens:,} tokens")
    if message.cost is not None:
        parts.append(format_usd(message.cost) + ("" if message.cost_is_billed else " est."))
    if message.error:
        parts.append(message.error)
    return " · ".join(parts)
