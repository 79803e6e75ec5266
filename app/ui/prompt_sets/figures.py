"""What the run view shows of a run's figures, in plain words. Qt-free."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from app.core.i18n import local_decimal, local_int, translate
from app.core.money import format_usd, format_usd_exact
from app.core.presets import shown_builtin_text

if TYPE_CHECKING:
    from app.core.conversation import Message
    from app.core.prompt_sets import PresetResult, RunProgress, RunResults


def result_headers() -> tuple[str, ...]:
    """The per-preset table's column names (short: the table is narrow)."""
    return (
        translate("figures", "Preset"),
        translate("figures", "Wins"),
        translate("figures", "Answers"),
        translate("figures", "First word"),
        translate("figures", "Speed"),
        translate("figures", "Tokens"),
        translate("figures", "Cost"),
    )


def result_header_tips() -> dict[int, str]:
    """What a short header means, for its tooltip, by column."""
    return {
        3: translate("figures", "How long the first word of an answer took to arrive, on average."),
        4: translate(
            "figures",
            "Tokens per second: how fast the answer came, on average (a token is a short piece "
            "of a word).",
        ),
        5: translate(
            "figures", "How many tokens the answers have (a token is a short piece of a word)."
        ),
        6: translate(
            "figures",
            "The cost of the answers shown, one per prompt. Earlier attempts (stopped, failed or "
            "asked again) are not in it: the note under the table says what the run spent in all.",
        ),
    }


RESULT_COLUMNS = 7  # (the headers above)


def answer_stats_tip() -> str:
    return translate(
        "figures",
        "First word: how long the first word took to arrive. tok/s: tokens per second, how fast "
        "the answer came (a token is a short piece of a word).",
    )


def progress_text(progress: RunProgress) -> str:
    """E.g. "12 of 40 answers.", with what failed and what runs."""
    done, total = progress.done, progress.total
    failed, running = progress.failed, progress.running
    if failed and running:
        text = translate(
            "figures",
            "{done} of %n answers, {failed} failed, {running} being written.",
            "one: {done} of %n answer, {failed} failed, {running} being written.",
            total,
        )
    elif failed:
        text = translate(
            "figures",
            "{done} of %n answers, {failed} failed.",
            "one: {done} of %n answer, {failed} failed.",
            total,
        )
    elif running:
        text = translate(
            "figures",
            "{done} of %n answers, {running} being written.",
            "one: {done} of %n answer, {running} being written.",
            total,
        )
    else:
        text = translate("figures", "{done} of %n answers.", "one: {done} of %n answer.", total)
    return text.format(done=done, failed=failed, running=running)


def state_text(state: str, progress: RunProgress) -> str:
    """What the run is doing, in a sentence."""
    if state == "running":
        return translate("figures", "Running.")
    if state == "done":
        return translate("figures", "Finished: every prompt has its answers.")
    if state == "stopped":
        return translate("figures", "Stopped. Resume sends only what is missing.")
    if progress.done:
        return translate("figures", "Not finished. Resume sends only what is missing.")
    return translate("figures", "Not started yet.")


def cost_text(cost: Decimal | None, all_billed: bool = True) -> str:
    if cost is None:
        return translate("figures", "unknown")
    if all_billed:
        return format_usd(cost)
    return translate("figures", "{cost} (partly estimated)").format(cost=format_usd(cost))


def exact_cost(cost: Decimal | None) -> str:
    """The whole figure, every digit, for a tooltip."""
    if cost is None:
        return translate("figures", "The cost is not known.")
    return translate("figures", "Exactly {cost}.").format(
        cost=format_usd_exact(cost, None, grouped=False)
    )


def seconds_text(value: float | None) -> str:
    if value is None:
        return "–"
    return translate("figures", "{seconds} s").format(seconds=local_decimal(value, 1))


def rate_text(value: float | None) -> str:
    if value is None:
        return "–"
    return translate("figures", "{rate} tok/s").format(rate=local_decimal(value, 0))


def result_cells(result: PresetResult, *, blind: bool = True) -> tuple[str, ...]:
    """One row of the per-preset table (a run that is not blind has no picks: "–")."""
    answers = f"{result.answers}"
    if result.failed:
        answers = translate("figures", "{answers} ({failed} failed)").format(
            answers=result.answers, failed=result.failed
        )
    wins = "0"
    if result.judged:
        wins = translate("figures", "{wins} of {judged}").format(
            wins=result.wins, judged=result.judged
        )
    return (
        shown_builtin_text(result.label),  # (no own preset has a built-in's name)
        wins if blind else "–",
        answers,
        seconds_text(result.avg_first_word_s),
        rate_text(result.avg_tokens_per_s),
        local_int(result.tokens),
        cost_text(result.cost, result.all_billed),
    )


def totals_cells(results: RunResults) -> tuple[str, ...]:
    """Every answer shown, any prompt (a sum over the presets tells no preset apart)."""
    presets = results.presets
    judged = max((p.judged for p in presets), default=0)
    return (
        translate("figures", "All presets"),
        translate("figures", "{count} picked").format(count=judged) if results.run.blind else "–",
        f"{results.total_answers}",
        "",
        "",
        local_int(results.total_tokens),
        cost_text(results.total_cost, results.total_billed),
    )


def results_note(results: RunResults) -> str:
    """The sentences under the per-preset table: what its figures count, and the spend."""
    picked = max((p.judged for p in results.presets), default=0)
    prompts = len(results.prompts)
    if not results.run.blind:
        lines = [
            translate(
                "figures", "Wins count blind picks only; this run is not blind, so there are none."
            )
        ]
    elif results.partly_counted:
        lines = [
            translate(
                "figures", "Figures count the prompts you have picked: {counted} of {prompts}."
            ).format(counted=results.counted, prompts=prompts),
            translate(
                "figures",
                "The others stay blind until you pick their best answer, so the All presets row "
                "is the only one that counts them.",
            ),
            translate("figures", "Open a prompt as a comparison to pick its best answer."),
        ]
    else:
        lines = [
            translate(
                "figures",
                "Wins count your picks: {picked} of %n prompts picked.",
                "one: Wins count your picks: {picked} of %n prompt picked.",
                prompts,
            ).format(picked=picked)
        ]
    lines.append(spent_text(results.spent))
    return " ".join(lines)


def spent_text(spent: Decimal | None) -> str:
    """The run's spend from the ledger: the answers shown and every earlier attempt."""
    if spent is None:
        return translate("figures", "Nothing is spent on this run yet.")
    return translate(
        "figures",
        "Spent on this run in all, including answers that were stopped, failed or asked "
        "again: {cost}.",
    ).format(cost=format_usd(spent))


def answer_stats(message: Message, *, blind: bool) -> str:
    """An answer's figures under it; blind, none (its speed, length and cost would tell
    the presets apart): only what went wrong, if anything."""
    if blind:
        return message.error or ""
    parts: list[str] = []
    if message.first_token_s is not None:
        parts.append(
            translate("figures", "first word {time}").format(
                time=seconds_text(message.first_token_s)
            )
        )
    if message.tokens_per_s is not None:
        parts.append(rate_text(message.tokens_per_s))
    if message.completion_tokens is not None:
        parts.append(
            translate("figures", "{count} tokens").format(
                count=local_int(message.completion_tokens)
            )
        )
    if message.cost is not None:
        cost = format_usd(message.cost)
        if not message.cost_is_billed:
            cost = translate("figures", "{cost} est.").format(cost=cost)
        parts.append(cost)
    if message.error:
        parts.append(message.error)
    return " · ".join(parts)
