"""Prompt sets: a named list of prompts (each with optional notes on what a good answer looks
like), run in one go against two to four presets; and the figures of such a run.

A prompt set is a file people share, one JSON object::

    {"format": "switchboard.prompt-set", "version": 1, "name": "Kindness",
     "prompts": [{"prompt": "Say no kindly.", "notes": "Short, warm, no excuses."}]}

Reading is strict: a file is used exactly as written or refused with a plain message naming
the problem. Pure: no I/O.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .conversation import ChatSettings
from .i18n import translate
from .text import has_surrogates

PROMPT_SET_FORMAT = "switchboard.prompt-set"
PROMPT_SET_VERSION = 1
MIN_PROMPTS = 1
MAX_PROMPTS = 200
NAME_MAX = 120  # characters of a set's name
PROMPT_MAX = 100_000  # characters of one prompt
NOTES_MAX = 10_000  # characters of one prompt's notes
MAX_FILE_BYTES = 8 * 1024 * 1024  # a shared file larger than this is refused unread
_SET_KEYS = frozenset({"format", "version", "name", "prompts"})
_ITEM_KEYS = frozenset({"prompt", "notes"})

RUN_STATES = ("ready", "running", "stopped", "done")


class PromptSetError(ValueError):
    """A prompt set (or its file) that cannot be used as it is; ``user_message`` says why."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


@dataclass(frozen=True, slots=True)
class PromptItem:
    prompt: str
    notes: str = ""  # what a good answer looks like (for the person judging)


@dataclass(frozen=True, slots=True)
class PromptSet:
    name: str
    items: tuple[PromptItem, ...]
    id: int | None = None  # None until stored


def check_prompt_set(s: PromptSet) -> PromptSet:
    """``s`` with its name tidied, or PromptSetError saying what to fix."""
    name = " ".join(s.name.split())
    if not name:
        raise PromptSetError(translate("prompt_sets", "Give the prompt set a name."))
    if has_surrogates(name):
        raise PromptSetError(
            translate("prompt_sets", "The name has a broken character that is not text. Retype it.")
        )
    if len(name) > NAME_MAX:
        raise PromptSetError(
            translate(
                "prompt_sets", "The name is too long: keep it under {most} characters."
            ).format(most=NAME_MAX)
        )
    if len(s.items) < MIN_PROMPTS:
        raise PromptSetError(translate("prompt_sets", "A prompt set needs at least one prompt."))
    if len(s.items) > MAX_PROMPTS:
        raise PromptSetError(_at_most_prompts())
    for number, item in enumerate(s.items, start=1):
        if not item.prompt.strip():
            raise PromptSetError(
                translate("prompt_sets", "Prompt {number} is empty. Write it or remove it.").format(
                    number=number
                )
            )
        if len(item.prompt) > PROMPT_MAX:
            raise PromptSetError(
                translate(
                    "prompt_sets", "Prompt {number} is too long: keep it under {most} characters."
                ).format(number=number, most=f"{PROMPT_MAX:,}")
            )
        if has_surrogates(item.prompt) or has_surrogates(item.notes):
            raise PromptSetError(
                translate(
                    "prompt_sets",
                    "Prompt {number} has a broken character that is not text. Retype it.",
                ).format(number=number)
            )
        if len(item.notes) > NOTES_MAX:
            raise PromptSetError(
                translate(
                    "prompt_sets",
                    "The notes of prompt {number} are too long: keep them under {most} characters.",
                ).format(number=number, most=f"{NOTES_MAX:,}")
            )
    return PromptSet(name, tuple(s.items), s.id)


def prompt_set_to_json(s: PromptSet) -> dict[str, Any]:
    """The file form of ``s`` (its id stays behind: it means nothing elsewhere)."""
    return {
        "format": PROMPT_SET_FORMAT,
        "version": PROMPT_SET_VERSION,
        "name": s.name,
        "prompts": [items_entry(item) for item in s.items],
    }


def items_entry(item: PromptItem) -> dict[str, str]:
    return {"prompt": item.prompt, "notes": item.notes} if item.notes else {"prompt": item.prompt}


def prompt_set_from_json(data: object) -> PromptSet:
    """A prompt set from its parsed file form; PromptSetError with a plain message when it is
    not one, is from a newer Switchboard, or breaks a limit."""
    if not isinstance(data, dict):
        raise PromptSetError(translate("prompt_sets", "This file is not a Switchboard prompt set."))
    if data.get("format") != PROMPT_SET_FORMAT:
        raise PromptSetError(translate("prompt_sets", "This file is not a Switchboard prompt set."))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PromptSetError(
            translate(
                "prompt_sets", "This prompt set file is damaged: its version is not a number."
            )
        )
    if version > PROMPT_SET_VERSION:
        raise PromptSetError(
            "This prompt set was made by a newer version of Switchboard. Update Switchboard, "
            "then open it again."
        )
    unknown = set(data) - _SET_KEYS
    if unknown:
        raise PromptSetError(
            translate(
                "prompt_sets",
                "This prompt set file has something Switchboard does not know: “{key}”.",
            ).format(key=_shorten(sorted(unknown)[0]))
        )
    name = data.get("name")
    if not isinstance(name, str):
        raise PromptSetError(
            translate("prompt_sets", "This prompt set file has no name for the set.")
        )
    if has_surrogates(name):
        raise PromptSetError(
            translate(
                "prompt_sets",
                "The name of the set in this file has a broken character that is not text. "
                "Fix it in the file, then import it again.",
            )
        )
    prompts = data.get("prompts")
    if not isinstance(prompts, list):
        raise PromptSetError(
            translate("prompt_sets", "This prompt set file has no list of prompts.")
        )
    if len(prompts) > MAX_PROMPTS:
        raise PromptSetError(_at_most_prompts())
    items = tuple(_item(number, entry) for number, entry in enumerate(prompts, start=1))
    return check_prompt_set(PromptSet(name, items))


def _item(number: int, entry: object) -> PromptItem:
    if not isinstance(entry, dict):
        raise PromptSetError(
            translate("prompt_sets", "Prompt {number} in this file is not a prompt.").format(
                number=number
            )
        )
    unknown = set(entry) - _ITEM_KEYS
    if unknown:
        raise PromptSetError(
            translate(
                "prompt_sets",
                "Prompt {number} in this file has something Switchboard does not know: “{key}”.",
            ).format(number=number, key=_shorten(sorted(unknown)[0]))
        )
    prompt, notes = entry.get("prompt"), entry.get("notes", "")
    if not isinstance(prompt, str):
        raise PromptSetError(
            translate("prompt_sets", "Prompt {number} in this file has no text.").format(
                number=number
            )
        )
    if not isinstance(notes, str):
        raise PromptSetError(
            translate(
                "prompt_sets", "The notes of prompt {number} in this file are not text."
            ).format(number=number)
        )
    # (a lone surrogate, "\\ud800" in the JSON, is no character: SQLite cannot store it)
    if has_surrogates(prompt):
        raise PromptSetError(
            translate(
                "prompt_sets",
                "Prompt {number} in this file has a broken character that is not text. "
                "Fix it in the file, then import it again.",
            ).format(number=number)
        )
    if has_surrogates(notes):
        raise PromptSetError(
            translate(
                "prompt_sets",
                "The notes of prompt {number} in this file has a broken character that is not "
                "text. Fix it in the file, then import it again.",
            ).format(number=number)
        )
    return PromptItem(prompt, notes)


def _at_most_prompts() -> str:
    return translate("prompt_sets", "A prompt set can hold at most {most} prompts.").format(
        most=MAX_PROMPTS
    )


def parse_prompt_set(raw: bytes) -> PromptSet:
    """A prompt set from a file's bytes (UTF-8 JSON), refusing anything hostile with a plain
    message: too large, not text, not JSON, nested too deep, numbers that are not numbers."""
    if len(raw) > MAX_FILE_BYTES:
        raise PromptSetError(
            translate(
                "prompt_sets", "This file is too large to be a prompt set (more than {size} MB)."
            ).format(size=MAX_FILE_BYTES // (1024 * 1024))
        )
    try:
        text = raw.decode("utf-8-sig")
        data = json.loads(text, parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PromptSetError(
            translate("prompt_sets", "This file is not a Switchboard prompt set.")
        ) from None
    return prompt_set_from_json(data)


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number")


def dump_prompt_set(s: PromptSet) -> str:
    """The text of a prompt set file."""
    return json.dumps(prompt_set_to_json(s), ensure_ascii=False, indent=2) + "\n"


def _shorten(text: str, limit: int = 40) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[:limit] + "…"


# -- runs ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PromptRun:
    """A prompt set run against 2–4 presets: one comparison per prompt."""

    id: int
    title: str
    prompt_set: PromptSet  # the set as it was when the run was made
    labels: tuple[str, ...]  # the presets' labels, in column order
    blind: bool
    fair: bool
    concurrency: int
    state: str  # one of RUN_STATES
    created_at: float
    updated_at: float
    settings: tuple[ChatSettings, ...] = ()  # each column's settings, as the labels


@dataclass(frozen=True, slots=True)
class PromptRunSummary:
    """One row of the run list."""

    id: int
    title: str
    updated_at: float
    state: str
    prompts: int  # how many prompts the set has
    labels: tuple[str, ...]
    blind: bool


@dataclass(frozen=True, slots=True)
class RunProgress:
    run_id: int
    done: int  # answers finished
    total: int  # prompts × presets
    failed: int  # answers whose last attempt failed or was stopped
    running: int  # requests under way now
    state: str

    @property
    def text(self) -> str:
        """ "12 of 40 answers"."""
        return translate(
            "prompt_sets", "{done} of %n answers", "one: {done} of %n answer", self.total
        ).format(done=self.done)


@dataclass(frozen=True, slots=True)
class PresetResult:
    """One preset's figures over a run. ``tokens`` counts its answers' tokens (written by the
    model, thinking included); ``cost`` sums the answers shown, None when no cost is known;
    ``all_billed`` when every answer has its billed cost."""

    label: str
    wins: int
    judged: int  # prompts whose best answer was picked
    answers: int  # finished answers
    failed: int
    avg_first_word_s: float | None
    avg_tokens_per_s: float | None
    tokens: int
    cost: Decimal | None
    all_billed: bool


@dataclass(frozen=True, slots=True)
class PromptRow:
    position: int
    prompt: str
    notes: str
    comparison_id: int
    answered: int  # columns with a finished answer
    columns: int
    winner_label: str | None  # None until picked; never a label while blind and unpicked
    hidden: bool = False  # blind and not picked yet: name its answers "Answer A"…
    winner_index: int | None = None  # the picked column, once picked (as winner_label)
    # The columns in the order shown: hidden, the comparison's seeded blind order (so
    # "Answer B" is the same column in the run view, the comparison tab and the exports).
    order: tuple[int, ...] = ()

    def shown_order(self) -> tuple[int, ...]:
        """``order``, or the stored order when none was given."""
        return self.order if len(self.order) == self.columns else tuple(range(self.columns))


@dataclass(frozen=True, slots=True)
class RunResults:
    """A run's figures. While it is blind, ``presets`` count only the prompts whose best
    answer is picked (``counted`` of them; the others would give the presets away); the
    totals count every answer shown. ``total_cost`` is the cost of the answers shown;
    ``spent`` what the ledger booked for the run in all (earlier attempts too), None when
    unknown."""

    run: PromptRun
    prompts: list[PromptRow]
    presets: list[PresetResult]
    total_cost: Decimal | None
    counted: int = 0  # prompts whose answers the per-preset figures count
    total_answers: int = 0
    total_tokens: int = 0
    spent: Decimal | None = None
    total_billed: bool = False  # every answer shown has its billed cost

    @property
    def partly_counted(self) -> bool:
        """Some prompts are left out of the per-preset figures (blind, not picked yet)."""
        return self.counted < len(self.prompts)


def answer_letter_label(index: int) -> str:
    """ "Answer A", "Answer B"… (a blind column's name)."""
    return translate("prompt_sets", "Answer {letter}").format(letter=chr(ord("A") + index))


def columns_to_json(columns: list[tuple[str, ChatSettings]]) -> list[dict[str, Any]]:
    return [{"label": label, "settings": settings.to_dict()} for label, settings in columns]


def columns_from_json(data: object) -> list[tuple[str, ChatSettings]]:
    """Stored columns back (lenient: what we wrote ourselves, damaged parts made safe)."""
    out: list[tuple[str, ChatSettings]] = []
    for index, entry in enumerate(data if isinstance(data, list) else []):
        if not isinstance(entry, Mapping):
            continue
        label = entry.get("label")
        out.append(
            (
                label
                if isinstance(label, str) and label.strip()
                else translate("prompt_sets", "Column {number}").format(number=index + 1),
                ChatSettings.from_stored(entry.get("settings")),
            )
        )
    return out


def stored_prompt_set(data: object, set_id: int | None = None) -> PromptSet:
    """A stored set back (lenient: an unreadable one is empty rather than a crash)."""
    name = data.get("name") if isinstance(data, Mapping) else None
    prompts = data.get("prompts") if isinstance(data, Mapping) else data
    items = [
        PromptItem(str(entry.get("prompt", "")), str(entry.get("notes", "")))
        for entry in (prompts if isinstance(prompts, list) else [])
        if isinstance(entry, Mapping)
    ]
    return PromptSet(name if isinstance(name, str) else "", tuple(items), set_id)
