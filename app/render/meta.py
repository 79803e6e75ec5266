"""What is said around a message, as plain text: the header's meta line, notes for answers that
did not end normally, and the details shown in a tooltip and the details dialog.

Thinking is told in plain words ("thinking", never "reasoning tokens"): an answer that thought
splits its tokens (and, with the model's prices, its cost) into "answer … + thinking …"; one
that thought privately says so; one whose thinking used the whole length limit says that no
answer was left and that it was still billed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.conversation import Message, MessageStatus
from app.core.cost import ThinkingSplit, thinking_split
from app.core.i18n import grouped, local_decimal, local_int, translate
from app.core.models import ModelInfo
from app.core.money import format_usd

from .safe_text import shorten

__all__ = [
    "ERROR_LIMIT",
    "NAME_LIMIT",
    "THINKING_USED_IT_ALL",
    "details_text",
    "meta_line",
    "notes_for",
    "private_thinking_text",
    "retry_answer_id",
    "search_lines",
    "short_model",
    "split_text",
    "status_text",
    "thinking_notes",
    "thinking_used_it_all",
    "thinking_used_it_all_text",
    "thought_privately",
    "without_retry",
]

# The English of ``thinking_used_it_all_text()`` (what is shown is that, translated).
THINKING_USED_IT_ALL = (
    "The model used its whole length limit thinking, so no answer was left. It was still billed."
)


def thinking_used_it_all_text() -> str:
    """``THINKING_USED_IT_ALL`` in the user's language."""
    return translate(
        "meta",
        "The model used its whole length limit thinking, so no answer was left. "
        "It was still billed.",
    )


ERROR_LIMIT = 2_000  # an error text shows at most this much
NAME_LIMIT = 120  # a model or provider name in a header


def retry_answer_id(messages: Sequence[Message]) -> int | None:
    """The answer that may offer Regenerate (or Retry, when it did not finish): the
    conversation's last message, when that is an answer (nothing was sent after it)."""
    return messages[-1].id if messages and messages[-1].role == "assistant" else None


# A sentence ends at its full stop (or ! ?): the ASCII ones before a space or the end (not in
# "openrouter.ai" or "1.5"), the Chinese/Japanese and Arabic ones anywhere (no space follows).
_SENTENCE = re.compile(r".*?(?:[.!?](?=\s|$)|[。！？؟]|$)\s*", re.DOTALL)
_CLAUSE_END = re.compile(r"([;；؛]\s*)")
_SPACE_AND_STOPS = " \t\n\u00a0\u202f,;:，、；؛،"  # what may hang at a cut clause's end
_PRESS_RETRY = re.compile(r"\bpress Retry\b", re.IGNORECASE)


def _asks_to_retry(clause: str) -> bool:
    """The clause asks to press Retry: in English, or naming the Retry link in the
    language in use (a translated error names the button as its translation does)."""
    retry = translate("message_html", "Retry")
    return bool(_PRESS_RETRY.search(clause)) or (retry != "Retry" and retry in clause)


def without_retry(text: str) -> str:
    """``text`` (an error's plain words) without the sentences or clauses that ask to press
    Retry, for a note or notice that offers no Retry: what happened, without an instruction
    that cannot be followed. ("What arrived is kept; press Retry to ask again." -> "What
    arrived is kept.") Empty when nothing else is said."""
    kept: list[str] = []
    for sentence in _SENTENCE.findall(text.strip()):
        body = sentence.rstrip()
        parts = _CLAUSE_END.split(body)  # clause, separator, clause…
        clauses = parts[::2]
        first = next((i for i, c in enumerate(clauses) if _asks_to_retry(c)), None)
        if first is None:
            kept.append(sentence)
        elif first:  # what follows the instruction hangs on it: it goes too
            said = "".join(parts[: 2 * first - 1]).rstrip(_SPACE_AND_STOPS)
            kept.append(said + _full_stop(body) + sentence[len(body) :])
    return "".join(kept).strip()


def _full_stop(sentence: str) -> str:
    """The full stop of ``sentence``'s language: "。" for Chinese and Japanese, else "."."""
    return "。" if re.search(r"[\u3000-\u9fff\uff00-\uffef]", sentence) else "."


def short_model(model: str | None) -> str | None:
    """A model's name without its vendor ("openai/gpt-4o" -> "gpt-4o")."""
    return model.split("/", 1)[-1] if model else None


def meta_line(message: Message, *, blind: bool = False) -> str:
    """What a finished answer's header says after the model: provider, tokens (split into
    answer and thinking when it thought), cost. ``blind`` (a comparison judged blind): no
    provider and no cost (with the tokens, it gives the model's price away), and for an
    answer that thought only its answer tokens (the thinking's length would tell the presets
    apart)."""
    if message.role != "assistant" or message.status is MessageStatus.STREAMING:
        return ""
    parts: list[str] = []
    if message.provider and not blind:
        provider = shorten(message.provider, NAME_LIMIT)
        parts.append(translate("meta", "via {provider}").format(provider=provider))
    split = thinking_split(message, None)
    if blind and split is not None:
        if split.answer_tokens is not None:
            parts.append(_tokens(split.answer_tokens))
        return " · ".join(parts)
    if split is not None:
        parts.append(split_text(split))
    elif message.completion_tokens is not None:
        parts.append(_tokens(message.completion_tokens))
    if message.cost is not None and not blind:
        cost = format_usd(message.cost)
        if not message.cost_is_billed:  # (estimated from the model's price)
            cost = translate("meta", "{cost} est.").format(cost=cost)
        parts.append(cost)
    return " · ".join(parts)


def notes_for(message: Message, *, retry: bool = True) -> list[str]:
    """Visible notes for answers that did not end normally (``retry``: the answer offers
    Retry; without it, an error's plain words lose their "press Retry")."""
    notes: list[str] = []
    if message.status is MessageStatus.INTERRUPTED:
        notes.append(
            translate("meta", "⚠ Incomplete: Switchboard closed while this answer was arriving.")
        )
    elif message.status is MessageStatus.STOPPED:
        notes.append(translate("meta", "⚠ Stopped: you stopped this answer; what arrived is kept."))
    elif message.status is MessageStatus.FAILED:
        error = message.error or ""
        if not retry:
            error = without_retry(error)
        error = shorten(error or translate("meta", "the answer did not finish."), ERROR_LIMIT)
        notes.append(translate("meta", "⚠ Incomplete: {error}").format(error=error))
    if thinking_used_it_all(message):
        notes.append("⚠ " + thinking_used_it_all_text())
    elif message.finish_reason == "length":
        notes.append(cut_off_note())
    elif message.finish_reason == "content_filter":
        notes.append(
            translate("meta", "⚠ Filtered: the provider's content filter stopped this answer.")
        )
    return notes


def cut_off_note() -> str:
    """The note on an answer that reached its maximum length."""
    return translate(
        "meta", "⚠ Cut off: the answer reached its maximum length (raise Maximum length)."
    )


def status_text(status: MessageStatus) -> str:
    """The status in the user's words (in English, its stored value: "stopped")."""
    words = {
        MessageStatus.COMPLETE: translate("meta", "complete"),
        MessageStatus.STREAMING: translate("meta", "streaming"),
        MessageStatus.INTERRUPTED: translate("meta", "interrupted"),
        MessageStatus.STOPPED: translate("meta", "stopped"),
        MessageStatus.FAILED: translate("meta", "failed"),
    }
    return words.get(status, status.value)


def details_text(message: Message, model: ModelInfo | None = None) -> str:
    """Everything recorded about a message, as plain lines (tooltip and details dialog).
    ``model``: the answering model's catalogue entry, to split the cost between the answer
    and its thinking (without it, only the tokens are split)."""
    if message.role != "assistant":
        return translate("meta", "Your message")
    settings = message.settings
    split = thinking_split(message, model)
    unknown = translate("meta", "unknown")
    rows = [
        (translate("meta", "Model that answered"), message.model or unknown),
        (translate("meta", "Model requested"), settings.model if settings else unknown),
        (translate("meta", "Provider"), message.provider or unknown),
        (translate("meta", "Prompt tokens"), _num(message.prompt_tokens)),
    ]
    if split is None:
        rows.append((translate("meta", "Answer tokens"), _num(message.completion_tokens)))
        rows.append((translate("meta", "Cost"), _cost_text(message)))
    else:
        thinking = local_int(split.thinking_tokens)
        if split.thinking_estimated:
            thinking = translate("meta", "about {count}").format(count=thinking)
        rows += [
            (translate("meta", "Answer tokens"), _num(split.answer_tokens)),
            (translate("meta", "Thinking tokens"), thinking),
            (translate("meta", "Cost"), _cost_text(message)),
        ]
        if split.answer_cost is not None and split.thinking_cost is not None:
            rows.append(
                (translate("meta", "Answer cost (with the prompt)"), format_usd(split.answer_cost))
            )
            rows.append((translate("meta", "Thinking cost"), format_usd(split.thinking_cost)))
    rows += [  # (the finish reason is the API's own word: "stop", "length")
        (translate("meta", "Finish reason"), message.finish_reason or translate("meta", "none")),
        (translate("meta", "Status"), status_text(message.status)),
    ]
    rows += _time_rows(message)
    if thought_privately(message):
        said = translate("meta", "done privately: none of it came back, but it is billed")
        rows.append((translate("meta", "Thinking"), said))
    if thinking_used_it_all(message):
        rows.append((translate("meta", "Note"), thinking_used_it_all_text()))
    if settings and not settings.params.is_empty():
        params = ", ".join(f"{k}={v}" for k, v in settings.params.to_dict().items())
        rows.append((translate("meta", "Parameters"), params))
    elif settings:
        rows.append((translate("meta", "Parameters"), translate("meta", "provider defaults")))
    lines = [_row(label, shorten(value, 4 * NAME_LIMIT)) for label, value in rows]
    return "\n".join(lines + search_lines(message, model))


def _row(label: str, value: str) -> str:
    return translate("meta", "{label}: {value}").format(label=label, value=value)


def _time_rows(message: Message) -> list[tuple[str, str]]:
    rows = []
    if message.elapsed_s:
        seconds = translate("meta", "{seconds} s").format(
            seconds=local_decimal(message.elapsed_s, 1)
        )
        rows.append((translate("meta", "Time"), seconds))
    if message.thinking_s is not None:
        seconds = translate("meta", "{seconds} s").format(
            seconds=local_decimal(message.thinking_s, 1)
        )
        rows.append((translate("meta", "Time thinking"), seconds))
    return rows


def search_lines(message: Message, model: ModelInfo | None = None) -> list[str]:
    """Details' lines on web search: how many searches and their cost, then the sources
    found, numbered as under the answer."""
    from .sources import searches_text, sources_of

    lines = []
    searched = searches_text(message, model)
    if searched:
        lines.append(_row(translate("meta", "Web searches"), searched))
    elif message.settings is not None and message.settings.web_search.enabled:
        lines.append(_row(translate("meta", "Web searches"), translate("meta", "none")))
    sources = sources_of(message)
    if sources:
        lines.append(translate("meta", "Sources:"))
        lines += [
            f"  {n}. {shorten(s.title, NAME_LIMIT)} ({shorten(s.url, 4 * NAME_LIMIT)})"
            for n, s in enumerate(sources, 1)
        ]
    return lines


def thinking_used_it_all(message: Message) -> bool:
    """The empty-answer trap: the answer hit its length limit with nothing written, and the
    model had thought (thinking tokens or thinking text). Billed all the same."""
    if message.role != "assistant" or message.finish_reason != "length":
        return False
    if message.content.strip():
        return False
    return has_thinking(message)


def has_thinking(message: Message) -> bool:
    """The answer's model thought (visibly, or privately: tokens or items without text)."""
    return message.role == "assistant" and bool(
        message.reasoning.strip() or message.reasoning_tokens or message.reasoning_details
    )


def thought_privately(message: Message) -> bool:
    """It thought (thinking tokens billed, or encrypted items came back) but no readable
    thinking came back (encrypted, withheld, or hidden by the setting)."""
    return has_thinking(message) and not message.reasoning.strip()


def split_text(split: ThinkingSplit) -> str:
    """``answer 180 tokens + thinking 2,900 tokens``, with each part's cost when known:
    ``answer 180 tokens ($0.0005) + thinking 2,900 tokens ($0.012)``."""
    count = split.thinking_tokens
    if split.thinking_estimated:
        said = translate("meta", "thinking about %n tokens", "one: thinking about %n token", count)
    else:
        said = translate("meta", "thinking %n tokens", "one: thinking %n token", count)
    thinking = grouped(said, count)
    if split.answer_tokens is None:  # the answer's count is unknown: say what is known
        return thinking
    answer = grouped(
        translate("meta", "answer %n tokens", "one: answer %n token", split.answer_tokens),
        split.answer_tokens,
    )
    if split.answer_cost is not None and split.thinking_cost is not None:
        answer = _with_cost(answer, format_usd(split.answer_cost))
        thinking = _with_cost(thinking, format_usd(split.thinking_cost))
    return translate("meta", "{answer} + {thinking}").format(answer=answer, thinking=thinking)


def _with_cost(tokens: str, cost: str) -> str:
    return translate("meta", "{tokens} ({cost})").format(tokens=tokens, cost=cost)


def private_thinking_text(tokens: int | None) -> str:
    """ "Thought privately: 3,120 thinking tokens billed" ("Thought privately" when the count
    is not known)."""
    if tokens is None:
        return translate("meta", "Thought privately")
    said = translate(
        "meta",
        "Thought privately: %n thinking tokens billed",
        "one: Thought privately: %n thinking token billed",
        tokens,
    )
    return grouped(said, tokens)


def _tokens(count: int) -> str:
    """ "1,234 tokens"."""
    return grouped(translate("meta", "%n tokens", "one: %n token", count), count)


def thinking_notes(
    message: Message, model: ModelInfo | None = None, *, with_split: bool = True
) -> list[str]:
    """The footer's plain lines about thinking: the split of tokens and cost
    (``with_split``), and "Thought privately: 3,120 thinking tokens billed" when no readable
    thinking came back. Empty for an answer that did not think."""
    if message.role != "assistant" or message.status is MessageStatus.STREAMING:
        return []
    notes: list[str] = []
    split = thinking_split(message, model) if with_split else None
    if split is not None:
        text = split_text(split)
        notes.append(text[0].upper() + text[1:])
    if thought_privately(message):
        notes.append(private_thinking_text(message.reasoning_tokens or 0))
    return notes


def _cost_text(message: Message) -> str:
    if message.cost is None:
        return translate("meta", "unknown")
    cost = format_usd(message.cost)
    if message.cost_is_billed:
        return translate("meta", "{cost} (billed by OpenRouter)").format(cost=cost)
    return translate("meta", "{cost} (estimated from the model's price)").format(cost=cost)


def _num(value: int | None) -> str:
    return local_int(value) if value is not None else translate("meta", "unknown")
