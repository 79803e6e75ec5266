"""Take the README's screenshots of the real app on a virtual X screen (Linux).

Needs Xvfb, openbox, ImageMagick's ``import``, xdotool, and for the welcome page with a
keychain dbus-run-session + gnome-keyring-daemon. Each shot runs the real app (``python -m
app``, xcb platform, its own SWITCHBOARD_HOME) against the fake OpenRouter server of the tests,
so no network and no real key are involved. Usage::

    python scripts/screenshots.py            # every shot into docs/
    python scripts/screenshots.py main-1024x700-light compare
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fakes.fake_openrouter import THINKER, VALID_KEY, FakeOpenRouter, Scenario  # noqa: E402

DOCS = ROOT / "docs"
HAIKU = "Autumn moonlight—\na worm digs silently\ninto the chestnut."
ANSWER = (
    "Three things make bread rise:\n\n"
    "1. **Yeast** eats sugar and breathes out carbon dioxide.\n"
    "2. Kneading builds *gluten*, which traps the gas.\n"
    "3. Heat makes the bubbles grow, then sets the crumb.\n\n"
    "```python\nhours = 2  # a first rise at room temperature\n```\n"
)


@contextmanager
def screen(size: str, display: str) -> Iterator[dict[str, str]]:
    """A virtual screen with a window manager; the environment that draws on it."""
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{size}x24"], stderr=subprocess.DEVNULL
    )
    time.sleep(1)
    env = dict(os.environ, DISPLAY=display)
    wm = subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL)
    time.sleep(1)
    try:
        yield env
    finally:
        wm.terminate()
        xvfb.terminate()
        wm.wait(5)
        xvfb.wait(5)


def app_env(base: dict[str, str], home: Path, theme: str, **extra: str) -> dict[str, str]:
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "settings.json").write_text(json.dumps({"theme": theme}))
    env = {k: v for k, v in base.items() if k not in ("OPENROUTER_API_KEY", "SWITCHBOARD_BASE_URL")}
    # (no update check: the pictures are taken offline)
    offline = {"SWITCHBOARD_UPDATE_URL": "off"}
    return {**env, "SWITCHBOARD_HOME": str(home), "QT_QPA_PLATFORM": "xcb", **offline, **extra}


@contextmanager
def on_fake(
    size: str, display: str, theme: str = "light"
) -> Iterator[tuple[dict[str, str], dict[str, str], FakeOpenRouter]]:
    """A virtual screen, a fresh data folder and a fake OpenRouter: the screen's environment,
    the app's (the fake's address and key) and the fake."""
    with (
        screen(size, display) as env,
        tempfile.TemporaryDirectory() as home,
        FakeOpenRouter() as fake,
    ):
        extra = {"OPENROUTER_API_KEY": VALID_KEY, "SWITCHBOARD_BASE_URL": fake.base_url}
        yield env, app_env(env, Path(home), theme, **extra), fake


def shoot(env: dict[str, str], out: Path) -> None:
    subprocess.run(["import", "-window", "root", str(out)], env=env, check=True)
    print("wrote", out)


def run_app(
    env: dict[str, str], *args: str, wrap: list[str] | None = None
) -> subprocess.Popen[bytes]:
    command = [*(wrap or []), sys.executable, "-m", "app", *args]
    return subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.DEVNULL)


def main_window(size: str, theme: str) -> Callable[[Path], None]:
    def take(out: Path) -> None:
        with on_fake(size, ":71", theme) as (env, environment, fake):
            fake.push(Scenario(text=HAIKU))
            fake.push(Scenario(text=ANSWER))
            app = run_app(
                environment,
                "--send",
                "A haiku about autumn, please.",
                "--send",
                "Why does bread rise?",
            )
            time.sleep(9)
            shoot(env, out)
            app.terminate()
            app.wait(10)

    return take


# What a person writing in each language might ask, and an answer in it (the Arabic one mixes
# in Latin-script words and numbers: right-to-left text with left-to-right runs).
IN_LANGUAGE = {
    "zh_CN": (
        "为什么面包会发起来？",
        "面包会发起来，是因为**酵母**在吃面粉里的糖时会产生二氧化碳。\n\n"
        "1. 和面时，面筋形成有弹性的网。\n2. 气体被困在网里，面团就膨胀了。\n"
        "3. 烘烤时气泡变大，面包就定型了。",
    ),
    "de": (
        "Warum geht Brot auf?",
        "Brot geht auf, weil **Hefe** den Zucker im Mehl frisst und dabei Kohlendioxid "
        "bildet.\n\n1. Beim Kneten entsteht ein dehnbares Glutennetz.\n2. Das Gas bleibt "
        "darin gefangen, und der Teig wächst.\n3. Im Ofen dehnen sich die Blasen aus.",
    ),
    "ar": (
        "لماذا ينتفخ الخبز؟",
        "ينتفخ الخبز لأن **الخميرة** (Saccharomyces cerevisiae) تتغذى على السكر في الدقيق "
        "وتطلق ثاني أكسيد الكربون.\n\n1. عند العجن تتكوّن شبكة من الغلوتين.\n"
        "2. يُحبس الغاز فيها فيكبر العجين عند حرارة 37°C تقريبًا.\n3. في الفرن تتمدد الفقاعات.",
    ),
}


def in_language(code: str) -> Callable[[Path], None]:
    """The main window in another language (``SWITCHBOARD_LANGUAGE``), with a conversation
    written in it."""

    def take(out: Path) -> None:
        question, answer = IN_LANGUAGE[code]
        with on_fake("1024x700", ":79") as (env, environment, fake):
            fake.push(Scenario(text=answer))
            app = run_app({**environment, "SWITCHBOARD_LANGUAGE": code}, "--send", question)
            time.sleep(9)
            shoot(env, out)
            app.terminate()
            app.wait(10)

    return take


def compare(out: Path) -> None:
    with on_fake("1440x900", ":72") as (env, environment, fake):
        fake.default = Scenario(text=ANSWER, token_delay=0.005)
        app = run_app(environment)
        time.sleep(6)
        keys = ["ctrl+shift+t"]
        subprocess.run(["xdotool", "key", *keys], env=env, check=True)
        time.sleep(1.5)
        # The New comparison dialog: tick the first three presets, then Create.
        for key in ("Down", "space", "Down", "space", "Down", "space", "Return"):
            subprocess.run(["xdotool", "key", key], env=env, check=True)
            time.sleep(0.2)
        time.sleep(1.5)
        subprocess.run(["xdotool", "type", "Why does bread rise?"], env=env, check=True)
        subprocess.run(["xdotool", "key", "Return"], env=env, check=True)
        time.sleep(6)
        shoot(env, out)
        app.terminate()
        app.wait(10)


THOUGHTS = (
    "The question asks for 17 × 23. ",
    "I could do 17 × 20 = 340, ",
    "then 17 × 3 = 51, ",
    "so 340 + 51 = 391. ",
    "Let me check another way: 23 × 17 = 23 × 10 + 23 × 7 = 230 + 161 = 391. ",
    "Both ways agree, so the answer is 391. ",
    "I should show the short method, since it is easy to follow in one's head.",
)
SUM_ANSWER = (
    "**17 × 23 = 391.**\n\nA quick way to see it: 17 × 20 = 340, and 17 × 3 = 51; 340 + 51 = 391."
)


def thinking_scenario(tokens: int, delay: float) -> Scenario:
    """A thinking answer: the thinking above in pieces of three words (billed as ``tokens``
    thinking tokens), then the answer."""
    words = " ".join(THOUGHTS).split(" ")
    pieces = [" ".join(words[i : i + 3]) + " " for i in range(0, len(words), 3)]
    return Scenario(reasoning=pieces, reasoning_tokens=tokens, text=SUM_ANSWER, token_delay=delay)


def thinking(moment: str) -> Callable[[Path], None]:
    """A thinking model's answer: ``live`` while it thinks (the thinking open, streaming),
    ``done`` once it answered (the thinking folded to one line), ``open`` with the folded
    thinking opened again (a click on its line)."""

    def take(out: Path) -> None:
        with on_fake("1024x700", ":74") as (env, environment, fake):
            fake.push(thinking_scenario(2_900, 0.2))
            app = run_app(environment, "--model", THINKER["id"], "--send", "What is 17 × 23?")
            time.sleep(8 if moment == "live" else 20)
            if moment == "open":  # the folded line, under the answer's header
                subprocess.run(["xdotool", "mousemove", "330", "231"], env=env, check=True)
                subprocess.run(["xdotool", "click", "1"], env=env, check=True)
                time.sleep(1)
            shoot(env, out)
            app.terminate()
            app.wait(10)

    return take


def compare_thinking(out: Path) -> None:
    """Quick against Careful on a thinking model: the same question, less and more thinking."""
    with on_fake("1440x900", ":75") as (env, environment, fake):
        fake.push(thinking_scenario(700, 0.02))  # the first chat answer
        fake.by_effort = {
            "low": thinking_scenario(420, 0.02),  # Quick
            "high": thinking_scenario(2_900, 0.09),  # Careful
        }
        app = run_app(environment, "--model", THINKER["id"], "--send", "Hello")
        time.sleep(8)
        subprocess.run(["xdotool", "key", "ctrl+shift+t"], env=env, check=True)
        time.sleep(1.5)
        # The New comparison dialog: tick Quick and Careful (the last two presets) with the
        # mouse, then Compare.
        for x, y in ((501, 391), (501, 405), (817, 596)):
            subprocess.run(["xdotool", "mousemove", str(x), str(y)], env=env, check=True)
            subprocess.run(["xdotool", "click", "1"], env=env, check=True)
            time.sleep(0.4)
        time.sleep(2)
        subprocess.run(["xdotool", "type", "What is 17 × 23?"], env=env, check=True)
        subprocess.run(["xdotool", "key", "Return"], env=env, check=True)
        time.sleep(8)
        shoot(env, out)
        app.terminate()
        app.wait(10)


VERSIONS = (  # (model, provider, parameters, answer, answer tokens, cost)
    (
        "microsoft/wizardlm-2-8x22b",
        "DeepInfra",
        {},
        "Bread rises because **yeast** eats the sugar in the dough and breathes out carbon "
        "dioxide. Kneading builds *gluten*, a stretchy net that traps the gas, so the dough "
        "puffs up. In the oven the bubbles grow, then the heat sets the crumb.",
        62,
        "0.0000521",
    ),
    (
        "microsoft/wizardlm-2-8x22b",
        "DeepInfra",
        {"temperature": 0.2, "top_p": 0.9},
        "Bread rises because **yeast** eats the sugar in the dough and gives off carbon "
        "dioxide. The *gluten* built by kneading traps that gas, so the dough swells. Baking "
        "expands the bubbles once more and then sets the crumb.",
        55,
        "0.0000478",
    ),
    (
        "openai/gpt-4o-mini",
        "OpenAI",
        {"temperature": 1.1, "min_p": 0.05},
        "Think of dough as a balloon factory: **yeast** munches on sugar and burps out carbon "
        "dioxide, and the *gluten* from kneading is the rubber that holds every tiny balloon. "
        "The oven's heat puffs them up one last time, then locks the shape in place.",
        64,
        "0.0000412",
    ),
)


def versions_history(home: Path) -> None:
    """A data folder holding one conversation whose answer has three versions (made with
    the default settings, Precise, and Creative on another model), open in a tab."""
    from decimal import Decimal

    from app.core.conversation import ChatSettings
    from app.core.params import params_from_dict
    from app.store.database import open_database
    from app.store.history import HistoryStore
    from app.ui.tab_keys import OPEN_TABS_KEY, TabKey, save_tabs

    (home / "data").mkdir(parents=True, exist_ok=True)
    connection = open_database(home / "data" / "history.sqlite3")
    history = HistoryStore(connection)
    conversation = history.create_conversation("Why does bread rise?")
    question = history.add_message(conversation.id, "user", "Why does bread rise?")
    for model, provider, params, text, tokens, cost in VERSIONS:
        settings = ChatSettings(model=model, params=params_from_dict(params))
        history.add_message(
            conversation.id,
            "assistant",
            text,
            parent=question.id,
            settings=settings,
            model=model,
            provider=provider,
            prompt_tokens=14,
            completion_tokens=tokens,
            cost=Decimal(cost),
            cost_is_billed=True,
            finish_reason="stop",
        )
    key = TabKey.chat(conversation.id)
    history.set_state(OPEN_TABS_KEY, save_tabs([key], key))
    connection.close()


def compare_versions(out: Path) -> None:
    """An answer's three versions side by side, with the differences highlighted."""
    with on_fake("1024x700", ":76") as (env, environment, _fake):
        versions_history(Path(environment["SWITCHBOARD_HOME"]))
        app = run_app(environment)
        time.sleep(7)
        # The "Compare versions" link under the answer, then "Highlight differences".
        for x, y in COMPARE_VERSIONS_CLICKS:
            subprocess.run(["xdotool", "mousemove", str(x), str(y)], env=env, check=True)
            subprocess.run(["xdotool", "click", "1"], env=env, check=True)
            time.sleep(1.5)
        shoot(env, out)
        app.terminate()
        app.wait(10)


BREAD_VERSIONS = (
    ANSWER,
    "Bread rises because **yeast** turns the sugars in flour into carbon dioxide. Kneaded "
    "dough is stretchy (that is the *gluten*), so the gas stays in as bubbles, and the oven's "
    "heat makes them swell before the crust sets.",
    "In one line: yeast makes gas, gluten holds it, heat puffs it up.",
)


def versions(out: Path) -> None:
    """An answer regenerated twice, switched back to its second version: ``‹ 2/3 ›``."""
    with on_fake("1024x700", ":93") as (env, environment, fake):
        fake.push(*(Scenario(text=text, token_delay=0.005) for text in BREAD_VERSIONS))
        app = run_app(environment, "--send", "Why does bread rise?")
        time.sleep(8)
        for _ in range(2):  # Regenerate the newest answer (Ctrl+R), twice
            subprocess.run(["xdotool", "key", "ctrl+r"], env=env, check=True)
            time.sleep(3)
        # A click on the "‹" of the third version's switcher, then the pointer out of the way
        subprocess.run(["xdotool", "mousemove", "278", "251", "click", "1"], env=env, check=True)
        subprocess.run(["xdotool", "mousemove", "900", "450"], env=env, check=True)
        time.sleep(1.5)
        shoot(env, out)
        app.terminate()
        app.wait(10)


COMPARE_VERSIONS_CLICKS = ((712, 279), (848, 44))  # (found on a first shot)


def welcome(keychain: bool) -> Callable[[Path], None]:
    def take(out: Path) -> None:
        with screen("1024x700", ":73") as env, tempfile.TemporaryDirectory() as home:
            if keychain:
                shell = (
                    'eval "$(printf throwaway | '
                    'gnome-keyring-daemon --unlock --components=secrets)"; '
                    'export GNOME_KEYRING_CONTROL; exec "$@"'
                )
                wrap = ["dbus-run-session", "--", "sh", "-c", shell, "sh"]
                environment = app_env(env, Path(home), "light")
                environment.pop("PYTHON_KEYRING_BACKEND", None)
            else:
                wrap = None
                environment = app_env(
                    env, Path(home), "light", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"
                )
            app = run_app(environment, wrap=wrap)
            time.sleep(7)
            shoot(env, out)
            app.terminate()
            app.wait(10)

    return take


KITCHEN = {
    "format": "switchboard.prompt-set",
    "version": 1,
    "name": "Kitchen questions",
    "prompts": [
        {"prompt": "Why does bread rise?", "notes": "Yeast makes gas; gluten holds it."},
        {"prompt": "How long should I boil an egg?", "notes": "Soft and hard, in minutes."},
        {"prompt": "What is umami?", "notes": "The fifth taste; glutamate."},
        {"prompt": "Why do onions make you cry?"},
        {"prompt": "How do I keep herbs fresh?"},
        {"prompt": "What makes a sauce thicken?"},
    ],
}


def prompt_set(out: Path) -> None:
    """A finished run of a six-prompt set against three presets: the results view."""
    with on_fake("1440x900", ":74") as (env, environment, fake), tempfile.TemporaryDirectory() as d:
        fake.default = Scenario(text=ANSWER, token_delay=0.02)
        path = Path(d) / "kitchen.json"
        path.write_text(json.dumps(KITCHEN), encoding="utf-8")
        app = run_app(
            environment, "--prompt-set", str(path), "--presets", "Precise,Creative,Concise"
        )
        time.sleep(14)
        shoot(env, out)
        app.terminate()
        app.wait(10)


def photo_png(width: int = 640, height: int = 420) -> bytes:
    """A small made-up photo (sky, sea, sand and a red boat) as PNG bytes, without Qt."""
    import struct
    import zlib

    def colour(x: int, y: int) -> tuple[int, int, int]:
        if 300 < x < 420 and 215 < y < 250:  # the boat
            return (200, 40, 40)
        if y < 200:
            return (120 + y // 4, 170 + y // 8, 235)
        if y < 320:
            return (30, 90 + (y - 200) // 3, 150)
        return (225, 200, 150)

    rows = b"".join(
        b"\x00" + b"".join(bytes(colour(x, y)) for x in range(width)) for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 6))
        + chunk(b"IEND", b"")
    )


PHOTO_ANSWER = (
    "A small **red boat** sits on calm blue water near a sandy beach, under a clear sky. "
    "The light is soft, so it was probably taken in the morning or late afternoon."
)


def image_question(out: Path) -> None:
    """A picture attached and asked about: its thumbnail in the prompt, and the answer."""
    with on_fake("1440x900", ":76") as (env, environment, fake), tempfile.TemporaryDirectory() as d:
        fake.default = Scenario(text=PHOTO_ANSWER, token_delay=0.02)
        path = Path(d) / "harbour.png"
        path.write_bytes(photo_png())
        app = run_app(
            environment,
            "--model",
            "fakelab/vision-1",
            "--attach",
            str(path),
            "--send",
            "What is in this photo?",
        )
        time.sleep(10)
        shoot(env, out)
        app.terminate()
        app.wait(10)


SOURCES = [
    {
        "type": "url_citation",
        "url_citation": {
            "url": "https://oceanservice.noaa.gov/facts/tides.html",
            "title": "What causes tides?",
        },
    },
    {
        "type": "url_citation",
        "url_citation": {
            "url": "https://en.wikipedia.org/wiki/Tide",
            "title": "Tide - Wikipedia",
        },
    },
]
TIDES = (
    "Tides are caused mainly by the **Moon's gravity** pulling on the oceans [1]. The Sun "
    "adds a smaller pull, so the highest tides come when Sun and Moon line up, at new and "
    "full moon [2]. Most coasts see two high tides a day, about 12 hours and 25 minutes "
    "apart [1]."
)


def sources(out: Path) -> None:
    """An answer that searched the web: [n] markers, its numbered sources, and its search."""
    import tests.fakes.fake_openrouter as fake_module

    fake_module.search_citations = lambda: SOURCES  # (realistic titles for the picture)
    with on_fake("1440x900", ":77") as (env, environment, fake):
        fake.default = Scenario(text=TIDES, token_delay=0.02)
        app = run_app(
            environment,
            "--model",
            "openai/gpt-4o-mini",
            "--web-search",
            "--send",
            "Why are there tides?",
        )
        time.sleep(10)
        shoot(env, out)
        app.terminate()
        app.wait(10)


SHOTS: dict[str, Callable[[Path], None]] = {
    "main-1024x700-light": main_window("1024x700", "light"),
    "main-1024x700-dark": main_window("1024x700", "dark"),
    "main-1440x900-light": main_window("1440x900", "light"),
    "main-1440x900-dark": main_window("1440x900", "dark"),
    "main-zh_CN": in_language("zh_CN"),
    "main-de": in_language("de"),
    "main-ar": in_language("ar"),
    "welcome-keychain": welcome(keychain=True),
    "welcome-no-keychain": welcome(keychain=False),
    "compare": compare,
    "thinking-live": thinking("live"),
    "thinking-done": thinking("done"),
    "thinking-open": thinking("open"),
    "compare-thinking": compare_thinking,
    "compare-versions": compare_versions,
    "versions": versions,
    "prompt-set": prompt_set,
    "image-question": image_question,
    "sources": sources,
}


def main(names: list[str]) -> None:
    missing = [t for t in ("Xvfb", "openbox", "import", "xdotool") if shutil.which(t) is None]
    if missing:
        sys.exit(f"needs {', '.join(missing)}")
    DOCS.mkdir(exist_ok=True)
    for name in names or list(SHOTS):
        SHOTS[name](DOCS / f"{name}.png")


if __name__ == "__main__":
    main(sys.argv[1:])
