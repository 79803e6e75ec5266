"""A faithful fake of the OpenRouter HTTP API, for tests and for poking at the app by hand.

It is a real HTTP/1.1 server (stdlib ``ThreadingHTTPServer``) on 127.0.0.1 and a free port, run
in a daemon thread. Keep-alive works; streams use real chunked transfer-encoding and every
write is flushed at once (Nagle is off). The wire format follows
``/work/shared/reference/openrouter-api.md`` (sections 2-4, 6 and the captures in 8.1).

By hand::

    python -m tests.fakes.fake_openrouter --port 8765     # prints the base URL; Ctrl+C stops it
    python -m tests.fakes.fake_openrouter --reasoning "Let me think this through." \\
        --reasoning-style claude                          # every answer thinks first

In tests::

    from tests.fakes.fake_openrouter import FakeOpenRouter, Scenario, VALID_KEY, WIZARD

    with FakeOpenRouter() as fake:            # or fake.start() ... fake.stop()
        fake.base_url                         # "http://127.0.0.1:<port>/api/v1"
        fake.push(Scenario(text="Hi"), ...)   # FIFO, one per POST /chat/completions
        fake.default                          # used when the queue is empty (settable)

FakeOpenRouter attributes
    base_url            "http://127.0.0.1:<port>/api/v1".
    push(*scenarios)    queue scenarios; each authorised, well-formed chat request takes one.
    default             Scenario served when the queue is empty.
    requests            list[Recorded] of every request in arrival order (recorded before the
                        answer is sent, including 401s and 404s).
    chat_requests       the POST /chat/completions subset of ``requests``.
    models              list[dict] served by GET /models as
                        {"data": models, "total_count": n, "links": {"next": None}} (no auth).
                        Default: WIZARD, a free model, a priced tools+reasoning model (Claude
                        Sonnet 4.5: thinking off by default, efforts and a budget), a cheap
                        OpenAI model, THINKER and O_SERIES (below), and, always last, one with
                        context_length null and unknown extra fields.
                        VISION "fakelab/vision-1" reads text and images (image price
                        "0.001", no search price); FILE_READER "fakelab/files-1" reads text,
                        images and files (PDFs natively; search price "0.01"). WIZARD reads
                        text only (input_modalities ["text"]).
                        THINKER "fakelab/thinker-1": reasoning {"supported_efforts": ["high",
                        "medium", "low", "minimal"], "default_effort": "medium",
                        "default_enabled": true, "supports_max_tokens": true, "mandatory":
                        false}, internal_reasoning = completion price, takes temperature.
                        O_SERIES "openai/o4-mini": reasoning {"supported_efforts": ["high",
                        "medium", "low"], "default_effort": "medium", "default_enabled": true,
                        "mandatory": true} (no Off, no budget), no temperature or top_p,
                        internal_reasoning "0" (as listed for real: billed as output).
    models_body         (bytes, headers) or None: GET /models answers exactly these bytes
                        instead (e.g. a gzip bomb with {"Content-Encoding": "gzip"}).
    endpoints           dict[model id, list[dict]]: the providers GET /models/{id}/endpoints
                        lists (OpenRouter's PublicEndpoint shape, see ``endpoint``); a model
                        not in it answers 404. Default (``default_endpoints``): WIZARD has
                        DeepInfra (cheapest; no min_p), Together (no seed, no response_format)
                        and Novita (every parameter, dearest); every other default model
                        two providers: a cheaper one without its last two parameters and one
                        with all, at the model's price.
    endpoints_status    int | None: GET .../endpoints answers this status (an error body)
                        instead, e.g. 500 or 503 (None: normal).
    keys                dict[key, dict]: valid bearer keys -> GET /key "data" object.
                        VALID_KEY is present by default (see ``default_key_info``).
    generations         dict[gen id, dict]: GET /generation "data" objects. Filled in for every
                        200 chat completion when it starts (total_cost == usage cost) and
                        updated when it ends (latency, generation_time, cancelled).
    generation_404s     int: the next N GET /generation calls answer 404 (eventual consistency).
    parses              list[(engine, hash)]: every PDF the PDF reader parsed (see below).
    disconnects         int: streaming responses whose client went away before the end.
    auth_codes          dict[code, challenge]: OAuth codes POST /auth/keys accepts, each with
                        the S256 code_challenge it was issued for (None: no PKCE, any or no
                        verifier). A code works once; a rejected attempt does not use it up.
    issue_auth_code(code_challenge)     registers and returns a fresh code for that challenge
                                        (what openrouter.ai/auth does after the person agrees).
    issued_keys         list[str]: keys handed out by POST /auth/keys, in order; each is also
                        added to ``keys`` (so GET /key and chat accept it).
    errors              list[str]: tracebacks of bugs inside the fake (should stay empty).
    wait_for_requests(n, timeout=5)     block until n requests are recorded; returns a copy of
                                        ``requests``; raises TimeoutError.
    wait_for_disconnects(n=1, timeout=5) the same for ``disconnects``; returns the count.
    start() / stop()    stop() is idempotent and quick: it ends stalls, delays and keep-alive
                        connections, and joins the handler threads.

``Recorded`` has method, path (the full request path without the query, e.g.
"/api/v1/chat/completions"), route (the path after "/api/v1", or the full path if outside it),
query (dict[str, str]), headers (an ``email.message.Message``: case-insensitive ``get`` and
``[]``; a missing header gives None), header(name, default=None), body (bytes),
json (parsed body or None), client ((host, port) of the peer: equal ports prove keep-alive),
and at (time.monotonic() of arrival).

Routes (all under /api/v1)
    POST /chat/completions  auth. Body must be JSON with a non-empty "messages" list, else 400.
                            ``"stream": true`` gives SSE; anything else a chat.completion JSON.
    GET  /models            no auth.
    GET  /models/{author}/{slug}/endpoints  no auth; {"data": {"id", "name", "created",
                            "description", "architecture", "endpoints": endpoints[id]}}.
    GET  /key, /auth/key    auth; {"data": keys[key]}.
    GET  /generation?id=X   auth; honours generation_404s, then {"data": ...} or 404. Its
                            tokens_completion and native_tokens_reasoning are the usage's
                            completion_tokens and reasoning_tokens.
    POST /auth/keys         no auth. OAuth PKCE exchange: JSON {"code", "code_verifier",
                            "code_challenge_method": "S256"} -> {"key": "sk-or-v1-<64 hex>",
                            "user_id": ...}. A body without a code, or a method other than
                            "S256" for a PKCE code: 400 "Invalid code_challenge_method" (or
                            "Invalid request"); an unknown code or a verifier whose S256 does
                            not match the challenge: 403 "Invalid code or code_verifier".
  Outside /api/v1
    GET  /auth?callback_url=U&code_challenge=C&code_challenge_method=S256  the sign-in page,
                            as if the person agreed at once: issues a code for C and answers
                            302 to U?code=<code> (U&code=<code> when U has a
                            query already). 400 without callback_url.
    anything else           404 {"error": {"code": 404, "message": "Not Found"}}.
Auth is ``Authorization: Bearer <key in keys>``; otherwise 401 with
{"error": {"code": 401, "message": "No auth credentials found"}}, or "User not found." for a key
that is not in ``keys``. A rejected request does not consume a queued scenario.

Provider routing on chat requests (only for a model that ``endpoints`` lists; others ignore
``provider``): ``provider.only`` / ``ignore`` narrow the providers (by tag, the tag before "/",
or name); ``provider.order`` puts those first and, with ``allow_fallbacks: false``, leaves only
those; ``require_parameters: true`` leaves only providers whose supported_parameters hold every
parameter in the body. Nothing left: 404 "No endpoints found that can handle the requested
parameters." (or "No allowed providers are available for the selected model." when only the
order/only/ignore lists emptied it), before any scenario is used. With ``order`` or ``only``,
the answer's "provider" is the first provider left (its provider_name), not the scenario's.

Attachments and web search on chat requests (openrouter-next.md §2, §3)
    Content parts of user messages are checked against the requested model's
    input_modalities (a model not in ``models``, or one that does not list them, takes
    anything): an image_url part for a model without "image" answers 404 "No endpoints found
    that support image input"; a file part with the plugin's engine "native" for a model
    without "file" 404 "No endpoints found that support file input" (our guess). Both before
    any scenario is used.
    PDFs are read as OpenRouter reads them: with ``plugins: [{"id": "file-parser", "pdf":
    {"engine": E}}]`` by E; with no plugin, or no engine, by OpenRouter's default: "native"
    for a model that lists "file", else the paid "mistral-ocr" (silently, as the real one
    does). E "native": no parse. Otherwise every file part whose PDF (the data URL's
    bytes) no assistant message carries back in a ``file`` annotation of the same hash is
    parsed: (E, sha256 hex) goes to ``parses`` and the answer carries
    {"type": "file", "file": {"hash", "name": filename, "content": [{"type": "text", "text":
    the PDF's (...) Tj strings, else "The text of <name>."}]}} in a text-less delta right
    after the role chunk (non-streamed: message.annotations). mistral-ocr adds $0.002 per page
    (``/Type /Page`` objects, at least one) to the usage cost, and every image_url part sent the
    model's pricing.image. With ``files_in_error`` and a ``mid_error``, the parsed files come
    instead in the error's ``metadata.file_annotations`` (every provider failed after the
    parse), and the cost is in ``/generation`` only.
    With ``tools: [{"type": "openrouter:web_search", ...}]`` two url_citation annotations
    (``search_citations()``) come in a text-less delta before the middle content chunk, and
    the usage gets "server_tool_use": {"web_search_requests": 1} and the model's web_search
    price (Exa's $0.007 when it lists none or "0") in its cost.

Scenario fields (keyword-only; the defaults give a normal successful stream)
  Content
    text="Hello from the fake model."  split by ``re.findall(r"\\s*\\S+|\\s+")`` into one
                        content chunk per piece. chunks: list[str] | None overrides the split.
    reasoning=[]        thinking pieces, sent before the answer, one chunk each, in the shape
                        reasoning_style says (see /work/shared/reference/openrouter-next.md §1.4):
      "text"            (default) delta.reasoning = piece plus one reasoning_details item
                        {"type": "reasoning.text", "text": piece, "format": "unknown", "index": 0}.
      "summary"         OpenAI style: delta.reasoning = piece plus {"type": "reasoning.summary",
                        "summary": piece, "format": "openai-responses-v1", "index": 0}.
      "encrypted"       private thinking: the pieces are never sent. One chunk with
                        delta.reasoning null and one {"type": "reasoning.encrypted", "data":
                        <opaque, encrypted_thinking()>, "id": "rs_...", "format":
                        "openai-responses-v1", "index": 0}. Needs pieces or reasoning_tokens.
      "claude"          {"type": "reasoning.text", "text": piece, "format":
                        "anthropic-claude-v1", "index": 0} fragments, then, after the first
                        content chunk (or before the finish when text is empty), a
                        signature-only item {"type": "reasoning.text", "signature":
                        thinking_signature(), "format": "anthropic-claude-v1", "index": 0}
                        with no delta.reasoning.
    reasoning_tokens=None  usage.completion_tokens_details.reasoning_tokens (and /generation
                        native_tokens_reasoning). None: one per reasoning piece. Always counted
                        inside completion_tokens and billed at the output price.
    The empty-answer trap ("thinking used the whole length limit"): Scenario(reasoning=[...],
    text="", finish_reason="length"): no content chunks, reasoning_tokens == completion_tokens.
    files_in_error=False  parsed-file annotations go in the mid-stream error's metadata
                        (``file_annotations``) instead of a delta (see Attachments above).
    annotations=None    list of annotation objects sent as they are (hostile ones too) in the
                        text-less delta before the middle content chunk, before any search
                        citations (non-streamed: message.annotations).
    content_null=False  chunks without answer text (role, thinking, finish) carry "content":
                        null instead of "", and an empty non-streamed answer content null.
    model=None          "model" in the answer; None echoes the requested model.
    provider="FakeProvider"
    gen_id=None         None -> "gen-<unix>-<20 random chars>". Sent as X-Generation-Id and as
                        every chunk's "id".
    created=None        "created" timestamp; None -> now (set it to get byte-identical streams).
  Timing
    keepalives=0        ": OPENROUTER PROCESSING" comments before the first data event.
    first_token_delay=0.0  seconds before the first data event. Without keepalive_interval it
                        is spread evenly after each of the ``keepalives`` comments (or waited
                        in one go when there are none).
    keepalive_interval=None  if set, the ``keepalives`` comments go out at once and then one
                        more comment every interval during first_token_delay.
    token_delay=0.0     sleep before each reasoning, content and finish chunk.
    delay_headers=0.0   wait before sending the status line and headers (any response).
  Framing
    write_size=None     cut each SSE event into HTTP chunks of this many bytes, each its own
                        flushed write (1 -> one byte per write, splitting UTF-8 characters and
                        "\\r\\n" pairs). None -> one write per event or comment.
    line_ending="\\n"    "\\n", "\\r\\n" or "\\r", used for every SSE line and separator.
    data_space=True     "data: {...}" versus "data:{...}".
    first_chunk_role=True  first chunk is delta {"role": "assistant", "content": ""} and every
                        delta repeats role "assistant" (as real OpenRouter does). False: no
                        role chunk and no role in deltas.
  Ending
    finish_reason="stop"  None: no finish chunk at all.
    native_finish_reason=None  defaults to finish_reason.
    finish_with_content=False  the last content piece carries finish_reason (no separate
                        finish chunk with empty content).
    double_stop=False   the finish chunk is sent twice.
    usage="empty_choices"  usage chunk shape: "empty_choices" ("choices": []), "dummy_choice"
                        (one choice, delta content "", finish_reason null) or None (no usage
                        chunk; also no "usage" in non-streaming answers).
    usage_data=None     the usage object; None -> {"prompt_tokens": P, "completion_tokens": C,
                        "total_tokens": P + C, "cost", "is_byok": False,
                        "prompt_tokens_details": {"cached_tokens": 0}, "cost_details": {...},
                        "completion_tokens_details": {...}} where
                        P = (words in the request messages) * 4 // 3, C = number of content
                        pieces + R, R = reasoning tokens (see reasoning_tokens),
                        "completion_tokens_details": {"reasoning_tokens": R},
                        cost = P * pricing.prompt + C * pricing.completion
                        + pricing.request for the served model if it is in ``models``, else 0.0.
    done=True           send "data: [DONE]".
    after_done=None     raw text written after [DONE] (clients must not parse it).
  Failures mid-stream (status stays 200)
    mid_error=None      after ``mid_error_after`` content chunks send an error chunk and end
                        (then [DONE] if done; no finish or usage chunk): "with_choices"
                        (top-level error + choices[0].finish_reason "error"), "no_choices"
                        ({"error": ..., "user_id": ...} only) or "empty_choices"
                        ("choices": [] + error).
    mid_error_after=2, mid_error_code=502 (int or str), mid_error_message="Upstream provider
                        disconnected". The error object is {"code", "message",
                        "metadata": {"error_type", "provider_name"}}.
    error_finish_without_object=False  the finish chunk has finish_reason "error" and
                        native_finish_reason "MALFORMED_FUNCTION_CALL" (unless given), no error.
    drop_after=None     after N content chunks shut down and close the socket: no chunked
                        terminator, so clients see an incomplete body.
    stall_after=None    after N content chunks send nothing and hold the connection for up to
                        stall_seconds=30.0, or until the client leaves or stop(); then close it
                        like drop_after.
    (The three "after N" triggers are clamped to the number of content pieces, so a large N
    fires just before the finish chunk.)
  Failures before the stream
    status=200          any other value answers at once with that status and a JSON error body
                        (never SSE), even for stream: true.
    error_body=None     None -> ``default_error_body(status, ...)``: {"error": {"code",
                        "message", "metadata": {"error_type", ...}}} with a realistic message
                        (402 insufficient credits, 403 moderation metadata, 429 provider
                        rate-limit metadata, 503 "No available providers", ...).
    headers={}          extra response headers for any answer, e.g. {"Retry-After": "1"}.
    body=None           bytes: answer 200 with exactly these bytes (Content-Length, no
                        chunking) and ``headers`` (Content-Type defaults to text/event-stream).
                        For what no real scenario field can say: a gzip-encoded stream, a
                        captive portal's HTML page, a line that never ends, UTF-16 escapes.
    nonstream_error=None  for stream: false with status 200: "no_choices" -> {"id", "error":
                        {"message": "Upstream error from Nvidia: Service temporarily
                        overloaded", "code": 502}}; "finish_error" -> choices[0] with
                        finish_reason "error", an "error" object and the first
                        mid_error_after pieces as partial content.

Non-streaming answers (status 200) are a full chat.completion with id, provider, model, object,
created, choices[0].message {role, content, reasoning, refusal, and reasoning_details when there
is thinking: one item with the joined text in the style's shape, Claude's with its signature,
or the encrypted item with reasoning null}, finish_reason,
native_finish_reason and usage, plus the X-Generation-Id header. Only delay_headers applies;
the other timing fields are for streams.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import copy
import hashlib
import json
import re
import secrets
import select
import socket
import socketserver
import string
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from email.message import Message
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

__all__ = [
    "FILE_READER",
    "O_SERIES",
    "REASONING_STYLES",
    "THINKER",
    "VALID_KEY",
    "VISION",
    "WIZARD",
    "FakeOpenRouter",
    "Recorded",
    "Scenario",
    "default_endpoints",
    "default_error_body",
    "default_key_info",
    "default_models",
    "endpoint",
    "search_citations",
]

API_PREFIX = "/api/v1"
VALID_KEY = "sk-or-v1-fake-0000000000000000000000000000000000000000000000000000000000000000"
PROCESSING_COMMENT = ": OPENROUTER PROCESSING"

JSONDict = dict[str, Any]

# --------------------------------------------------------------------------------------------
# Models and keys
# --------------------------------------------------------------------------------------------

WIZARD: JSONDict = {
    "id": "microsoft/wizardlm-2-8x22b",
    "canonical_slug": "microsoft/wizardlm-2-8x22b",
    "hugging_face_id": "microsoft/WizardLM-2-8x22B",
    "name": "WizardLM-2 8x22B",
    "created": 1713225600,
    "description": (
        "WizardLM-2 8x22B is Microsoft AI's most advanced Wizard model. It demonstrates highly "
        "competitive performance compared to leading proprietary models. It is an instruct "
        "finetune of Mixtral 8x22B."
    ),
    "context_length": 65536,
    "architecture": {
        "modality": "text->text",
        "input_modalities": ["text"],
        "output_modalities": ["text"],
        "tokenizer": "Mistral",
        "instruct_type": "vicuna",
    },
    "pricing": {
        "prompt": "0.00000062",
        "completion": "0.00000062",
        "request": "0",
        "image": "0",
        "web_search": "0",
        "internal_reasoning": "0",
    },
    "top_provider": {
        "context_length": 65536,
        "max_completion_tokens": 8000,
        "is_moderated": False,
    },
    "per_request_limits": None,
    "supported_parameters": [
        "frequency_penalty",
        "logit_bias",
        "max_tokens",
        "min_p",
        "presence_penalty",
        "repetition_penalty",
        "response_format",
        "seed",
        "stop",
        "temperature",
        "top_k",
        "top_p",
    ],
    "default_parameters": None,
    "expiration_date": None,
    "knowledge_cutoff": None,
    "links": {"details": "/api/v1/models/microsoft/wizardlm-2-8x22b/endpoints"},
}

_FREE_MODEL: JSONDict = {
    "id": "meta-llama/llama-3.3-8b-instruct:free",
    "canonical_slug": "meta-llama/llama-3.3-8b-instruct",
    "hugging_face_id": "meta-llama/Llama-3.3-8B-Instruct",
    "name": "Meta: Llama 3.3 8B Instruct (free)",
    "created": 1746230400,
    "description": "A lightweight and ultra-fast variant of Llama 3.3 70B.",
    "context_length": 128000,
    "architecture": {
        "modality": "text->text",
        "input_modalities": ["text"],
        "output_modalities": ["text"],
        "tokenizer": "Llama3",
        "instruct_type": None,
    },
    "pricing": {"prompt": "0", "completion": "0", "request": "0", "image": "0"},
    "top_provider": {"context_length": 128000, "max_completion_tokens": 4028, "is_moderated": True},
    "per_request_limits": None,
    "supported_parameters": [
        "max_tokens",
        "repetition_penalty",
        "temperature",
        "top_k",
        "top_p",
    ],
    "default_parameters": None,
    "expiration_date": None,
    "knowledge_cutoff": None,
}

_TOOLS_REASONING_MODEL: JSONDict = {
    "id": "anthropic/claude-sonnet-4.5",
    "canonical_slug": "anthropic/claude-4.5-sonnet-20250929",
    "hugging_face_id": "",
    "name": "Anthropic: Claude Sonnet 4.5",
    "created": 1759161676,
    "description": "Anthropic's Sonnet model with extended thinking and tool use.",
    "context_length": 1000000,
    "architecture": {
        "modality": "text+image->text",
        "input_modalities": ["text", "image", "file"],
        "output_modalities": ["text"],
        "tokenizer": "Claude",
        "instruct_type": None,
    },
    "pricing": {
        "prompt": "0.000003",
        "completion": "0.000015",
        "request": "0",
        "image": "0.0048",
        "web_search": "0.01",
        "internal_reasoning": "0",
        "input_cache_read": "0.0000003",
        "input_cache_write": "0.00000375",
        "overrides": [
            {"min_prompt_tokens": 200000, "prompt": "0.000006", "completion": "0.0000225"}
        ],
    },
    "top_provider": {
        "context_length": 1000000,
        "max_completion_tokens": 64000,
        "is_moderated": True,
    },
    "per_request_limits": None,
    "supported_parameters": [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_k",
        "top_p",
    ],
    "default_parameters": {"temperature": None, "top_p": None, "frequency_penalty": None},
    "reasoning": {
        "supported_efforts": ["high", "medium", "low", "none"],
        "default_effort": None,
        "default_enabled": False,
        "supports_max_tokens": True,
        "mandatory": False,
    },
    "expiration_date": None,
    "knowledge_cutoff": "2025-01-31",
}

_CHEAP_OPENAI_MODEL: JSONDict = {
    "id": "openai/gpt-4o-mini",
    "canonical_slug": "openai/gpt-4o-mini",
    "hugging_face_id": None,
    "name": "OpenAI: GPT-4o-mini",
    "created": 1721260800,
    "description": "GPT-4o mini is OpenAI's small, affordable model.",
    "context_length": 128000,
    "architecture": {
        "modality": "text+image->text",
        "input_modalities": ["text", "image", "file"],
        "output_modalities": ["text"],
        "tokenizer": "GPT",
        "instruct_type": None,
    },
    "pricing": {
        "prompt": "0.00000015",
        "completion": "0.0000006",
        "request": "0",
        "image": "0.000217",
        "input_cache_read": "0.000000075",
    },
    "top_provider": {
        "context_length": 128000,
        "max_completion_tokens": 16384,
        "is_moderated": True,
    },
    "per_request_limits": None,
    "supported_parameters": [
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "presence_penalty",
        "response_format",
        "seed",
        "stop",
        "structured_outputs",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p",
    ],
    "default_parameters": None,
    "expiration_date": None,
    "knowledge_cutoff": "2023-10-01",
}

_ODD_MODEL: JSONDict = {
    "id": "fakelab/mystery-model-1",
    "canonical_slug": "fakelab/mystery-model-1-20260101",
    "name": "FakeLab: Mystery Model 1",
    "created": 1767225600,
    "description": "A model whose listing has gaps and fields no client knows about yet.",
    "context_length": None,
    "architecture": {"modality": "text->text", "tokenizer": "Other", "instruct_type": None},
    "pricing": {"prompt": "0.000001", "completion": "0.000002"},
    "top_provider": {"context_length": None, "max_completion_tokens": None, "is_moderated": False},
    "per_request_limits": None,
    "supported_parameters": ["max_tokens", "temperature", "future_knob"],
    "expiration_date": "2027-06-30",
    "future_field": {"nested": [1, 2, 3], "flag": True},
    "beta_flags": ["quantum-sampling"],
}


# A thinking model that takes every form: effort levels, a token budget, Off (not mandatory),
# thinking on by default. Its reasoning price is its output price, as OpenRouter lists it for
# models that price thinking separately (e.g. Gemini 3).
THINKER: JSONDict = {
    "id": "fakelab/thinker-1",
    "canonical_slug": "fakelab/thinker-1-20260301",
    "hugging_face_id": None,
    "name": "FakeLab: Thinker 1",
    "created": 1772323200,
    "description": "A thinking model: efforts, a thinking budget, and Off.",
    "context_length": 200000,
    "architecture": {
        "modality": "text->text",
        "input_modalities": ["text"],
        "output_modalities": ["text"],
        "tokenizer": "Other",
        "instruct_type": None,
    },
    "pricing": {
        "prompt": "0.000001",
        "completion": "0.000004",
        "request": "0",
        "image": "0",
        "web_search": "0",
        "internal_reasoning": "0.000004",
    },
    "top_provider": {
        "context_length": 200000,
        "max_completion_tokens": 64000,
        "is_moderated": False,
    },
    "per_request_limits": None,
    "supported_parameters": [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "stop",
        "temperature",
        "top_p",
    ],
    "default_parameters": {"temperature": None, "top_p": None, "frequency_penalty": None},
    "reasoning": {
        "supported_efforts": ["high", "medium", "low", "minimal"],
        "default_effort": "medium",
        "default_enabled": True,
        "supports_max_tokens": True,
        "mandatory": False,
    },
    "expiration_date": None,
    "knowledge_cutoff": "2025-12-31",
}

# An OpenAI o-series model: it always thinks (mandatory: no Off), takes effort only, refuses
# temperature and top_p, and returns no readable thinking (encrypted). Its listing says
# "internal_reasoning": "0" as the real o4-mini's does: thinking is billed as output anyway.
O_SERIES: JSONDict = {
    "id": "openai/o4-mini",
    "canonical_slug": "openai/o4-mini-2025-04-16",
    "hugging_face_id": "",
    "name": "OpenAI: o4 Mini",
    "created": 1744820942,
    "description": "OpenAI o4-mini is a compact reasoning model in the o-series.",
    "context_length": 200000,
    "architecture": {
        "modality": "text+image->text",
        "input_modalities": ["image", "text", "file"],
        "output_modalities": ["text"],
        "tokenizer": "GPT",
        "instruct_type": None,
    },
    "pricing": {
        "prompt": "0.0000011",
        "completion": "0.0000044",
        "request": "0",
        "image": "0.000842",
        "web_search": "0.01",
        "internal_reasoning": "0",
        "input_cache_read": "0.000000275",
    },
    "top_provider": {
        "context_length": 200000,
        "max_completion_tokens": 100000,
        "is_moderated": True,
    },
    "per_request_limits": None,
    "supported_parameters": [
        "include_reasoning",
        "max_tokens",
        "reasoning",
        "response_format",
        "seed",
        "structured_outputs",
        "tool_choice",
        "tools",
    ],
    "default_parameters": None,
    "reasoning": {
        "supported_efforts": ["high", "medium", "low"],
        "default_effort": "medium",
        "default_enabled": True,
        "mandatory": True,
    },
    "expiration_date": None,
    "knowledge_cutoff": "2024-06-01",
}


# A model that reads images (and text), not files: a PDF reaches it through the PDF reader.
VISION: JSONDict = {
    "id": "fakelab/vision-1",
    "canonical_slug": "fakelab/vision-1-20260401",
    "hugging_face_id": None,
    "name": "FakeLab: Vision 1",
    "created": 1775001600,
    "description": "A model that reads pictures as well as text.",
    "context_length": 128000,
    "architecture": {
        "modality": "text+image->text",
        "input_modalities": ["text", "image"],
        "output_modalities": ["text"],
        "tokenizer": "Other",
        "instruct_type": None,
    },
    "pricing": {
        "prompt": "0.0000005",
        "completion": "0.0000015",
        "request": "0",
        "image": "0.001",
        "web_search": "0",
        "internal_reasoning": "0",
    },
    "top_provider": {
        "context_length": 128000,
        "max_completion_tokens": 16000,
        "is_moderated": False,
    },
    "per_request_limits": None,
    "supported_parameters": ["max_tokens", "stop", "temperature", "tools", "top_p"],
    "default_parameters": None,
    "expiration_date": None,
    "knowledge_cutoff": "2025-12-31",
}

# A model that reads images and files (PDFs) itself: no PDF reader is needed for it.
FILE_READER: JSONDict = {
    "id": "fakelab/files-1",
    "canonical_slug": "fakelab/files-1-20260401",
    "hugging_face_id": None,
    "name": "FakeLab: Files 1",
    "created": 1775001600,
    "description": "A model that reads pictures and PDF files as well as text.",
    "context_length": 200000,
    "architecture": {
        "modality": "text+image+file->text",
        "input_modalities": ["text", "image", "file"],
        "output_modalities": ["text"],
        "tokenizer": "Other",
        "instruct_type": None,
    },
    "pricing": {
        "prompt": "0.000001",
        "completion": "0.000003",
        "request": "0",
        "image": "0.002",
        "web_search": "0.01",
        "internal_reasoning": "0",
    },
    "top_provider": {
        "context_length": 200000,
        "max_completion_tokens": 32000,
        "is_moderated": False,
    },
    "per_request_limits": None,
    "supported_parameters": ["max_tokens", "stop", "temperature", "tools", "top_p"],
    "default_parameters": None,
    "expiration_date": None,
    "knowledge_cutoff": "2025-12-31",
}


def default_models() -> list[JSONDict]:
    """Fresh deep copies of the default model list (WIZARD first, the odd model last)."""
    models = [
        WIZARD,
        _FREE_MODEL,
        _TOOLS_REASONING_MODEL,
        _CHEAP_OPENAI_MODEL,
        THINKER,
        O_SERIES,
        VISION,
        FILE_READER,
        _ODD_MODEL,
    ]
    return copy.deepcopy(models)


# The body fields that are sampling or output parameters: ``require_parameters`` checks these
# against a provider's supported_parameters.
ROUTED_PARAMETERS = frozenset(
    {
        "temperature",
        "top_p",
        "top_k",
        "frequency_penalty",
        "presence_penalty",
        "repetition_penalty",
        "min_p",
        "top_a",
        "seed",
        "max_tokens",
        "stop",
        "response_format",
        "reasoning",
        "tools",
        "tool_choice",
        "logit_bias",
        "logprobs",
        "top_logprobs",
    }
)


def endpoint(
    model: JSONDict,
    provider: str,
    tag: str,
    parameters: Iterable[str],
    prompt: str,
    completion: str,
    *,
    uptime: float | None = 99.5,
    status: int = 0,
    quantization: str | None = "fp8",
) -> JSONDict:
    """One provider of ``model`` in OpenRouter's PublicEndpoint shape."""
    return {
        "name": f"{provider} | {model['id']}",
        "model_id": model["id"],
        "model_name": model.get("name"),
        "context_length": model.get("context_length"),
        "pricing": {"prompt": prompt, "completion": completion, "request": "0", "image": "0"},
        "provider_name": provider,
        "tag": tag,
        "quantization": quantization,
        "max_completion_tokens": None,
        "max_prompt_tokens": None,
        "supported_parameters": list(parameters),
        "status": status,
        "uptime_last_5m": uptime,
        "uptime_last_30m": uptime,
        "uptime_last_1d": uptime,
        "supports_implicit_caching": False,
        "latency_last_30m": None,
        "throughput_last_30m": None,
    }


def default_endpoints() -> dict[str, list[JSONDict]]:
    """The default providers of every default model (see ``FakeOpenRouter.endpoints``)."""
    out: dict[str, list[JSONDict]] = {}
    for model in default_models():
        params = list(model.get("supported_parameters") or [])
        pricing = model.get("pricing") or {}
        prompt, completion = str(pricing.get("prompt", "0")), str(pricing.get("completion", "0"))
        if model["id"] == WIZARD["id"]:
            out[model["id"]] = [
                endpoint(
                    model,
                    "DeepInfra",
                    "deepinfra",
                    [p for p in params if p != "min_p"],
                    "0.0000005",
                    "0.0000005",
                    uptime=99.0,
                ),
                endpoint(
                    model,
                    "Together",
                    "together",
                    [p for p in params if p not in ("seed", "response_format")],
                    "0.0000006",
                    "0.0000006",
                    uptime=97.0,
                ),
                endpoint(model, "Novita", "novita", params, prompt, completion, uptime=98.5),
            ]
            continue
        cheap = _half(prompt), _half(completion)
        out[model["id"]] = [
            endpoint(model, "Cheapo", "cheapo", params[:-2], *cheap, uptime=97.0),
            endpoint(model, "FullHouse", "fullhouse/fp16", params, prompt, completion),
        ]
    return out


def _half(price: str) -> str:
    try:
        return str(Decimal(price) / 2)
    except InvalidOperation:
        return price


def _names_provider(endpoint: JSONDict, slugs: object) -> bool:
    if not isinstance(slugs, list):
        return False
    tag = str(endpoint.get("tag", "")).lower()
    names = {tag, tag.split("/")[0], str(endpoint.get("provider_name", "")).lower()}
    return any(str(s).lower() in names for s in slugs)


def default_key_info(key: str = VALID_KEY) -> JSONDict:
    """A realistic GET /key "data" object for ``key``."""
    return {
        "label": f"{key[:12]}...{key[-3:]}",
        "limit": 10.0,
        "limit_remaining": 7.5,
        "limit_reset": None,
        "include_byok_in_limit": False,
        "usage": 2.5,
        "usage_daily": 0.25,
        "usage_weekly": 1.0,
        "usage_monthly": 2.5,
        "byok_usage": 0.0,
        "byok_usage_daily": 0.0,
        "byok_usage_weekly": 0.0,
        "byok_usage_monthly": 0.0,
        "is_free_tier": False,
        "is_management_key": False,
        "is_provisioning_key": False,
        "expires_at": None,
        "creator_user_id": "user_fake0000000000000000000",
        "rate_limit": {
            "requests": -1,
            "interval": "10s",
            "note": "This field is deprecated and safe to ignore.",
        },
    }


# --------------------------------------------------------------------------------------------
# Error bodies
# --------------------------------------------------------------------------------------------

_ERROR_TEXT: dict[int, tuple[str, str]] = {
    400: (
        "Invalid request: messages[0].content must be a string or an array of content parts",
        "invalid_request",
    ),
    401: ("User not found.", "authentication"),
    402: (
        "Insufficient credits. This account never purchased credits. Make sure your key is on "
        "the correct account or org, and if so, purchase more at "
        "https://openrouter.ai/settings/credits",
        "payment_required",
    ),
    403: (
        '{model} requires moderation on {provider}. Your input was flagged for "harassment". '
        "No credits were charged.",
        "permission_denied",
    ),
    404: ("No endpoints found for {model}.", "not_found"),
    408: ("Request timed out. Please try again.", "timeout"),
    413: ("Request payload too large.", "payload_too_large"),
    422: ("Unprocessable entity: the request could not be processed.", "unprocessable"),
    429: ("Provider returned error", "rate_limit_exceeded"),
    500: ("Internal Server Error", "server"),
    502: ("Provider returned error", "provider_unavailable"),
    503: (
        "No available providers: every provider for {model} is overloaded right now.",
        "provider_overloaded",
    ),
    504: ("Provider timed out.", "timeout"),
    524: ("Request timed out at the edge. Please try again.", "timeout"),
    529: ("Provider is overloaded.", "provider_overloaded"),
}

# Reason phrases http.HTTPStatus does not know.
_REASON_PHRASES = {524: "A Timeout Occurred", 529: "Site is overloaded"}


def _retry_after(headers: dict[str, str]) -> int:
    value = {k.lower(): v for k, v in headers.items()}.get("retry-after", "1")
    try:
        return int(float(value))
    except ValueError:
        return 1


def _moderation_metadata(model: str, provider: str, headers: dict[str, str]) -> JSONDict:
    return {
        "reasons": ["harassment"],
        "flagged_input": "you are a terrible...",
        "provider_name": provider,
        "model_slug": model,
    }


def _rate_limit_metadata(model: str, provider: str, headers: dict[str, str]) -> JSONDict:
    seconds = _retry_after(headers)
    return {
        "raw": f"{model} is temporarily rate-limited upstream. Please retry shortly.",
        "provider_name": provider,
        "is_byok": False,
        "retry_after_seconds": seconds,
        "headers": {"Retry-After": str(seconds)},
    }


def _provider_metadata(model: str, provider: str, headers: dict[str, str]) -> JSONDict:
    return {
        "raw": json.dumps({"error": {"message": "upstream connect error", "code": 502}}),
        "provider_name": provider,
        "is_byok": False,
    }


_EXTRA_METADATA: dict[int, Callable[[str, str, dict[str, str]], JSONDict]] = {
    403: _moderation_metadata,
    429: _rate_limit_metadata,
    502: _provider_metadata,
}


def error_type_for(code: int | str) -> str:
    """The ``metadata.error_type`` OpenRouter uses for an error code (strings map to "server")."""
    if isinstance(code, int) and code in _ERROR_TEXT:
        return _ERROR_TEXT[code][1]
    return "server" if isinstance(code, str) else "unmapped"


def default_error_body(
    status: int,
    model: str = WIZARD["id"],
    provider: str = "FakeProvider",
    headers: dict[str, str] | None = None,
) -> JSONDict:
    """The JSON body a pre-stream failure with ``status`` gets unless ``error_body`` is set."""
    template, error_type = _ERROR_TEXT.get(status, (_reason_phrase(status), "unmapped"))
    metadata: JSONDict = {"error_type": error_type}
    extra = _EXTRA_METADATA.get(status)
    if extra is not None:
        metadata.update(extra(model, provider, headers or {}))
    message = template.format(model=model, provider=provider)
    return {"error": {"code": status, "message": message, "metadata": metadata}}


def _reason_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return _REASON_PHRASES.get(status, "Error")


def _invalid_request(message: str) -> JSONDict:
    metadata = {"error_type": "invalid_request"}
    return {"error": {"code": 400, "message": message, "metadata": metadata}}


def _error_object(code: int | str, message: str, provider: str) -> JSONDict:
    return {
        "code": code,
        "message": message,
        "metadata": {"error_type": error_type_for(code), "provider_name": provider},
    }


# --------------------------------------------------------------------------------------------
# Attachments and web search (openrouter-next.md §2 and §3)
# --------------------------------------------------------------------------------------------

FILE_PARSER = "file-parser"
PAID_PDF_ENGINE = "mistral-ocr"  # what OpenRouter picks when the plugin names no engine
OCR_PAGE_PRICE = Decimal("0.002")  # mistral-ocr: $2 per 1,000 pages
WEB_SEARCH_TOOL = "openrouter:web_search"
EXA_SEARCH_PRICE = Decimal("0.007")  # a search when the model lists no (or a zero) price
# The real wording for images; the one for files is our guess (OpenRouter would parse a PDF
# with its paid OCR instead): refusing makes a request without the PDF reader fail loudly.
NO_IMAGE_INPUT = "No endpoints found that support image input"
NO_FILE_INPUT = "No endpoints found that support file input"


def search_citations() -> list[JSONDict]:
    """The two sources a web search answers with (url_citation, OpenAI's chat shape)."""
    return [
        {
            "type": "url_citation",
            "url_citation": {
                "url": "https://example.org/fake-search/first",
                "title": "First source",
                "content": "An excerpt of the first page. [...] Another excerpt.",
                "start_index": 0,
                "end_index": 10,
            },
        },
        {
            "type": "url_citation",
            "url_citation": {"url": "https://example.com/fake-search/second"},
        },
    ]


def _user_parts(body: JSONDict) -> list[JSONDict]:
    """The content parts of every user message (plain string contents have none)."""
    parts: list[JSONDict] = []
    for message in body.get("messages") or []:
        if isinstance(message, dict) and message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, list):
                parts.extend(p for p in content if isinstance(p, dict))
    return parts


def _reads(model: JSONDict | None) -> list[str] | None:
    """The model's input_modalities; None when unknown (then nothing is refused)."""
    listed = ((model or {}).get("architecture") or {}).get("input_modalities")
    return [str(m) for m in listed] if isinstance(listed, list) else None


def _plugin(body: JSONDict, plugin_id: str) -> JSONDict | None:
    plugins = body.get("plugins")
    listed = plugins if isinstance(plugins, list) else []
    return next((p for p in listed if isinstance(p, dict) and p.get("id") == plugin_id), None)


def _searches(body: JSONDict) -> bool:
    tools = body.get("tools")
    return isinstance(tools, list) and any(
        isinstance(t, dict) and t.get("type") == WEB_SEARCH_TOOL for t in tools
    )


def media_refusal(model: JSONDict | None, body: JSONDict) -> str | None:
    """The 404 message for parts the model cannot take, or None."""
    reads = _reads(model)
    if reads is None:
        return None
    kinds = {p.get("type") for p in _user_parts(body)}
    if "image_url" in kinds and "image" not in reads:
        return NO_IMAGE_INPUT
    if "file" in kinds and "file" not in reads and _pdf_engine(body, model) == "native":
        return NO_FILE_INPUT
    return None


def _pdf_engine(body: JSONDict, model: JSONDict | None) -> str:
    """The engine that reads the request's PDFs: the plugin's, else OpenRouter's default
    ("native" for a model that reads files, else its paid OCR)."""
    plugin = _plugin(body, FILE_PARSER)
    pdf = plugin.get("pdf") if plugin is not None else None
    engine = pdf.get("engine") if isinstance(pdf, dict) else None
    if isinstance(engine, str) and engine:
        return engine
    return "native" if "file" in (_reads(model) or []) else PAID_PDF_ENGINE


def _file_bytes(file_data: object) -> bytes:
    """A file part's bytes from its data URL (the text itself if it is not one)."""
    text = str(file_data or "")
    head, _, data = text.partition(";base64,")
    if head.startswith("data:") and data:
        with contextlib.suppress(ValueError):
            return base64.b64decode(data, validate=True)
    return text.encode("utf-8", errors="replace")


_PDF_TEXT = re.compile(rb"\(((?:[^()\\]|\\.)*)\)\s*Tj")


def extracted_text(data: bytes, name: str) -> str:
    """What the fake's PDF reader "extracts": the literal strings drawn with Tj, else a
    line naming the file."""
    found = [m.decode("latin-1") for m in _PDF_TEXT.findall(data)]
    return " ".join(found) if found else f"The text of {name}."


def _pdf_pages(data: bytes) -> int:
    return max(1, len(re.findall(rb"/Type\s*/Page\b", data)))


def _sent_back(body: JSONDict) -> set[str]:
    """Hashes of the file annotations the request's assistant messages carry."""
    hashes: set[str] = set()
    for message in body.get("messages") or []:
        if not isinstance(message, dict) or message.get("role") != "assistant":
            continue
        notes = message.get("annotations")
        for note in notes if isinstance(notes, list) else []:
            file = note.get("file") if isinstance(note, dict) else None
            if isinstance(file, dict) and isinstance(file.get("hash"), str):
                hashes.add(file["hash"])
    return hashes


def file_annotation(data: bytes, name: str) -> JSONDict:
    """The parsed-file annotation the PDF reader answers with (hash: SHA-256 of the PDF)."""
    text = extracted_text(data, name)
    content = [{"type": "text", "text": text}]
    return {
        "type": "file",
        "file": {"hash": hashlib.sha256(data).hexdigest(), "name": name, "content": content},
    }


# --------------------------------------------------------------------------------------------
# Scenario
# --------------------------------------------------------------------------------------------

_PIECE_RE = re.compile(r"\s*\S+|\s+")
_CHOICES: dict[str, tuple[object, ...]] = {
    "line_ending": ("\n", "\r\n", "\r"),
    "usage": ("empty_choices", "dummy_choice", None),
    "mid_error": ("with_choices", "no_choices", "empty_choices", None),
    "nonstream_error": ("no_choices", "finish_error", None),
    "reasoning_style": ("text", "summary", "encrypted", "claude"),
}
REASONING_STYLES = _CHOICES["reasoning_style"]


@dataclass(kw_only=True)
class Scenario:
    """How the fake answers one chat completion. Fields are documented in the module docstring."""

    text: str = "Hello from the fake model."
    chunks: list[str] | None = None
    reasoning: list[str] = field(default_factory=list)
    reasoning_style: str = "text"
    reasoning_tokens: int | None = None
    content_null: bool = False
    model: str | None = None
    provider: str = "FakeProvider"
    gen_id: str | None = None
    created: int | None = None
    keepalives: int = 0
    first_token_delay: float = 0.0
    keepalive_interval: float | None = None
    token_delay: float = 0.0
    write_size: int | None = None
    line_ending: str = "\n"
    data_space: bool = True
    first_chunk_role: bool = True
    finish_reason: str | None = "stop"
    native_finish_reason: str | None = None
    finish_with_content: bool = False
    double_stop: bool = False
    usage: str | None = "empty_choices"
    usage_data: JSONDict | None = None
    mid_error: str | None = None
    mid_error_after: int = 2
    mid_error_code: int | str = 502
    mid_error_message: str = "Upstream provider disconnected"
    error_finish_without_object: bool = False
    done: bool = True
    after_done: str | None = None
    drop_after: int | None = None
    stall_after: int | None = None
    stall_seconds: float = 30.0
    status: int = 200
    error_body: JSONDict | None = None
    headers: dict[str, str] = field(default_factory=dict)
    nonstream_error: str | None = None
    delay_headers: float = 0.0
    body: bytes | None = None
    annotations: list[JSONDict] | None = None
    files_in_error: bool = False

    def __post_init__(self) -> None:
        for name, allowed in _CHOICES.items():
            if getattr(self, name) not in allowed:
                raise ValueError(f"Scenario.{name} must be one of {allowed!r}")
        if self.write_size is not None and self.write_size < 1:
            raise ValueError("Scenario.write_size must be >= 1 or None")
        if self.keepalive_interval is not None and self.keepalive_interval <= 0:
            raise ValueError("Scenario.keepalive_interval must be > 0 or None")
        if self.reasoning_tokens is not None and self.reasoning_tokens < 0:
            raise ValueError("Scenario.reasoning_tokens must be >= 0 or None")
        if (
            self.reasoning_style == "encrypted"
            and not self.reasoning
            and self.reasoning_tokens is None
        ):
            raise ValueError("encrypted thinking without pieces needs Scenario.reasoning_tokens")

    @property
    def thinks(self) -> bool:
        """Whether the answer carries thinking at all."""
        return bool(self.reasoning) or (
            self.reasoning_style == "encrypted" and bool(self.reasoning_tokens)
        )

    def thinking_tokens(self) -> int:
        """usage.completion_tokens_details.reasoning_tokens: the explicit count, else one
        token per reasoning piece (as content counts one per piece)."""
        return self.reasoning_tokens if self.reasoning_tokens is not None else len(self.reasoning)

    def pieces(self) -> list[str]:
        """The content pieces, one per content chunk."""
        return list(self.chunks) if self.chunks is not None else _PIECE_RE.findall(self.text)

    @property
    def content(self) -> str:
        """The full answer text a client should end up with."""
        return "".join(self.pieces())

    def finish(self) -> tuple[str | None, str | None]:
        """(finish_reason, native_finish_reason) of the finish chunk."""
        if self.error_finish_without_object:
            return "error", self.native_finish_reason or "MALFORMED_FUNCTION_CALL"
        return self.finish_reason, self.native_finish_reason or self.finish_reason


# --------------------------------------------------------------------------------------------
# One answer: identity, usage and the chunk builders
# --------------------------------------------------------------------------------------------


@dataclass
class _Reply:
    scenario: Scenario
    gen_id: str
    model: str
    created: int
    pieces: list[str]
    usage: JSONDict
    stream: bool
    served_by: str | None = None  # the provider that routing picked, if it picked one
    files: list[JSONDict] = field(default_factory=list)  # parsed-file annotations, sent first
    citations: list[JSONDict] = field(default_factory=list)  # sent mid-stream, text-less

    @property
    def provider(self) -> str:
        return self.served_by or self.scenario.provider


def _new_gen_id() -> str:
    alphabet = string.ascii_letters + string.digits
    return f"gen-{int(time.time())}-" + "".join(secrets.choice(alphabet) for _ in range(20))


def _count_words(messages: Iterable[Any]) -> int:
    words = 0
    for message in messages:
        content = message.get("content") if isinstance(message, dict) else None
        parts = content if isinstance(content, list) else [{"type": "text", "text": content}]
        for part in parts:
            text = part.get("text") if isinstance(part, dict) else None
            if isinstance(text, str):
                words += len(text.split())
    return words


def _price(pricing: JSONDict, name: str) -> Decimal:
    try:
        return Decimal(str(pricing.get(name) or "0"))
    except InvalidOperation:
        return Decimal(0)


def auto_usage(
    prompt_tokens: int,
    completion_tokens: int,
    model: JSONDict | None,
    *,
    reasoning_tokens: int = 0,
    web_searches: int = 0,
    extra_cost: Decimal = Decimal(0),
) -> JSONDict:
    """The usage object the fake computes when ``usage_data`` is None. ``completion_tokens``
    includes ``reasoning_tokens``, and all of them are billed at the output price, as
    OpenRouter bills thinking. ``web_searches`` are billed at the model's web_search price
    (Exa's $0.007 when it lists none) and counted in ``server_tool_use``; ``extra_cost``
    (the PDF reader's OCR pages) is added to the cost."""
    pricing = (model or {}).get("pricing") or {}
    prompt_cost = prompt_tokens * _price(pricing, "prompt")
    completion_cost = completion_tokens * _price(pricing, "completion")
    search_price = _price(pricing, "web_search") or EXA_SEARCH_PRICE
    cost = prompt_cost + completion_cost + _price(pricing, "request") + extra_cost
    cost += web_searches * search_price
    usage: JSONDict = {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
        "cost": float(cost),
        "is_byok": False,
        "prompt_tokens_details": {"cached_tokens": 0},
        "cost_details": {
            "upstream_inference_cost": None,
            "upstream_inference_prompt_cost": float(prompt_cost),
            "upstream_inference_completions_cost": float(completion_cost),
        },
        "completion_tokens_details": {"reasoning_tokens": reasoning_tokens},
    }
    if web_searches:
        usage["server_tool_use"] = {"web_search_requests": web_searches}
    return usage


def _chunk(r: _Reply, choices: list[JSONDict] | None, **extra: Any) -> JSONDict:
    chunk: JSONDict = {
        "id": r.gen_id,
        "provider": r.provider,
        "model": r.model,
        "object": "chat.completion.chunk",
        "created": r.created,
    }
    if choices is not None:
        chunk["choices"] = choices
    chunk.update(extra)
    return chunk


def _choice(
    r: _Reply, finish: tuple[str | None, str | None] = (None, None), **delta: Any
) -> JSONDict:
    role = {"role": "assistant"} if r.scenario.first_chunk_role else {}
    return {
        "index": 0,
        "delta": {**role, **delta},
        "finish_reason": finish[0],
        "native_finish_reason": finish[1],
        "logprobs": None,
    }


def _no_content(r: _Reply) -> str | None:
    """What a chunk without answer text carries as content: "" (or null with content_null)."""
    return None if r.scenario.content_null else ""


def role_chunk(r: _Reply) -> JSONDict:
    return _chunk(r, [_choice(r, content=_no_content(r))])


# The reasoning_details "format" of each style (the guide's values).
_STYLE_FORMATS = {
    "text": "unknown",
    "summary": "openai-responses-v1",
    "encrypted": "openai-responses-v1",
    "claude": "anthropic-claude-v1",
}


def _style_format(sc: Scenario) -> str:
    return _STYLE_FORMATS[sc.reasoning_style]


def thinking_signature(r: _Reply) -> str:
    """The Claude-style signature of this answer's thinking (opaque, stable per answer)."""
    digest = hashlib.sha256(("sig:" + r.gen_id + "".join(r.scenario.reasoning)).encode())
    return "Et8B" + base64.b64encode(digest.digest() * 2).decode("ascii")


def encrypted_thinking(r: _Reply) -> str:
    """The opaque ``data`` of an encrypted item (nothing readable in it)."""
    digest = hashlib.sha256(("enc:" + r.gen_id + "".join(r.scenario.reasoning)).encode())
    return "gAAAAA" + base64.urlsafe_b64encode(digest.digest() * 4).decode("ascii")


def _reasoning_detail(r: _Reply, text: str) -> JSONDict:
    sc = r.scenario
    if sc.reasoning_style == "summary":
        return {
            "type": "reasoning.summary",
            "summary": text,
            "format": _style_format(sc),
            "index": 0,
        }
    return {"type": "reasoning.text", "text": text, "format": _style_format(sc), "index": 0}


def _encrypted_detail(r: _Reply) -> JSONDict:
    return {
        "type": "reasoning.encrypted",
        "data": encrypted_thinking(r),
        "id": "rs_" + r.gen_id.rsplit("-", 1)[-1],
        "format": _style_format(r.scenario),
        "index": 0,
    }


def reasoning_chunk(r: _Reply, piece: str) -> JSONDict:
    detail = _reasoning_detail(r, piece)
    return _chunk(
        r, [_choice(r, content=_no_content(r), reasoning=piece, reasoning_details=[detail])]
    )


def encrypted_chunk(r: _Reply) -> JSONDict:
    """Private thinking: no readable text (delta.reasoning null), one encrypted item."""
    delta = {
        "content": _no_content(r),
        "reasoning": None,
        "reasoning_details": [_encrypted_detail(r)],
    }
    return _chunk(r, [_choice(r, **delta)])


def signature_chunk(r: _Reply) -> JSONDict:
    """Claude's last thinking fragment: signature only, same index, after content started."""
    detail = {
        "type": "reasoning.text",
        "signature": thinking_signature(r),
        "format": _style_format(r.scenario),
        "index": 0,
    }
    return _chunk(r, [_choice(r, content="", reasoning_details=[detail])])


def _reasoning_steps(r: _Reply, pause: list[_Step]) -> Iterator[_Step]:
    """The thinking chunks sent before the answer."""
    sc = r.scenario
    if sc.reasoning_style == "encrypted":
        if sc.thinks:
            yield from pause
            yield _Event(encrypted_chunk(r))
        return
    for piece in sc.reasoning:
        yield from pause
        yield _Event(reasoning_chunk(r, piece))


def content_chunk(r: _Reply, index: int) -> JSONDict:
    sc = r.scenario
    is_last = index == len(r.pieces) - 1
    finish = sc.finish() if is_last and sc.finish_with_content else (None, None)
    return _chunk(r, [_choice(r, finish, content=r.pieces[index])])


def finish_chunk(r: _Reply) -> JSONDict:
    return _chunk(r, [_choice(r, r.scenario.finish(), content=_no_content(r))])


def _usage_with_empty_choices(r: _Reply) -> JSONDict:
    return _chunk(r, [], usage=r.usage)


def _usage_with_dummy_choice(r: _Reply) -> JSONDict:
    return _chunk(r, [_choice(r, content="")], usage=r.usage)


_USAGE_CHUNKS: dict[str, Callable[[_Reply], JSONDict]] = {
    "empty_choices": _usage_with_empty_choices,
    "dummy_choice": _usage_with_dummy_choice,
}


def usage_chunk(r: _Reply) -> JSONDict | None:
    build = _USAGE_CHUNKS.get(r.scenario.usage or "")
    return build(r) if build else None


def _mid_error_object(r: _Reply) -> JSONDict:
    sc = r.scenario
    error = _error_object(sc.mid_error_code, sc.mid_error_message, r.provider)
    if sc.files_in_error and r.files:
        error["metadata"]["file_annotations"] = r.files
    return error


def _error_with_choices(r: _Reply) -> JSONDict:
    choice = _choice(r, ("error", "error"), content="")
    return _chunk(r, [choice], error=_mid_error_object(r))


def _error_without_choices(r: _Reply) -> JSONDict:
    return {"error": _mid_error_object(r), "user_id": "user_fake0000000000000000000"}


def _error_with_empty_choices(r: _Reply) -> JSONDict:
    return _chunk(r, [], error=_mid_error_object(r))


_ERROR_CHUNKS: dict[str, Callable[[_Reply], JSONDict]] = {
    "with_choices": _error_with_choices,
    "no_choices": _error_without_choices,
    "empty_choices": _error_with_empty_choices,
}


def error_chunk(r: _Reply) -> JSONDict:
    return _ERROR_CHUNKS[r.scenario.mid_error or ""](r)


def _message(r: _Reply, content: str) -> JSONDict:
    sc = r.scenario
    joined = "".join(sc.reasoning)
    private = sc.reasoning_style == "encrypted"
    message: JSONDict = {
        "role": "assistant",
        "content": None if sc.content_null and not content else content,
        "reasoning": None if private else joined or None,
        "refusal": None,
    }
    if private and sc.thinks:
        message["reasoning_details"] = [_encrypted_detail(r)]
    elif joined:
        detail = _reasoning_detail(r, joined)
        if sc.reasoning_style == "claude":
            detail["signature"] = thinking_signature(r)
        message["reasoning_details"] = [detail]
    return message


def completion_body(r: _Reply) -> JSONDict:
    """The non-streaming chat.completion body (or the 200-with-error variants)."""
    sc = r.scenario
    if sc.nonstream_error == "no_choices":
        return {
            "id": r.gen_id,
            "error": {
                "message": "Upstream error from Nvidia: Service temporarily overloaded",
                "code": 502,
            },
        }
    choice: JSONDict = {"index": 0, "logprobs": None}
    if sc.nonstream_error == "finish_error":
        partial = "".join(r.pieces[: sc.mid_error_after])
        choice.update(
            message=_message(r, partial),
            finish_reason="error",
            native_finish_reason="error",
            error=_mid_error_object(r),
        )
    else:
        reason, native = sc.finish()
        message = _message(r, "".join(r.pieces))
        if r.files or r.citations:
            message["annotations"] = [*r.files, *r.citations]
        choice.update(message=message, finish_reason=reason, native_finish_reason=native)
    body: JSONDict = {
        "id": r.gen_id,
        "provider": r.provider,
        "model": r.model,
        "object": "chat.completion",
        "created": r.created,
        "system_fingerprint": None,
        "choices": [choice],
    }
    if sc.usage is not None:
        body["usage"] = r.usage
    return body


def _final_finish_reason(r: _Reply) -> tuple[str | None, str | None]:
    sc = r.scenario
    failed = sc.nonstream_error if not r.stream else sc.mid_error
    return ("error", "error") if failed else sc.finish()


# --------------------------------------------------------------------------------------------
# The stream as a script of steps (pure; the handler executes it)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Event:
    data: JSONDict | str


@dataclass(frozen=True)
class _Comment:
    pass


@dataclass(frozen=True)
class _Raw:
    text: str


@dataclass(frozen=True)
class _Sleep:
    seconds: float


@dataclass(frozen=True)
class _Stall:
    seconds: float


@dataclass(frozen=True)
class _Drop:
    pass


_Step = _Event | _Comment | _Raw | _Sleep | _Stall | _Drop


def _preamble_steps(sc: Scenario) -> Iterator[_Step]:
    """Keep-alive comments and the wait for the first token."""
    if sc.keepalive_interval is not None:
        for _ in range(sc.keepalives):
            yield _Comment()
        remaining = sc.first_token_delay
        while remaining > 1e-9:
            step = min(sc.keepalive_interval, remaining)
            yield _Sleep(step)
            remaining -= step
            if remaining > 1e-9:
                yield _Comment()
    elif sc.keepalives:
        for _ in range(sc.keepalives):
            yield _Comment()
            yield _Sleep(sc.first_token_delay / sc.keepalives)
    else:
        yield _Sleep(sc.first_token_delay)


def _interruption(r: _Reply, sent: int) -> list[_Step] | None:
    """What cuts the stream short once ``sent`` content chunks are out, if anything."""
    sc = r.scenario
    total = len(r.pieces)

    def fires(after: int | None) -> bool:
        return after is not None and sent == min(after, total)

    if sc.mid_error and fires(sc.mid_error_after):
        return [_Event(error_chunk(r)), *([_Event("[DONE]")] if sc.done else [])]
    if fires(sc.drop_after):
        return [_Drop()]
    if fires(sc.stall_after):
        return [_Stall(sc.stall_seconds)]
    return None


def _finish_chunks(r: _Reply) -> list[JSONDict]:
    sc = r.scenario
    if sc.finish()[0] is None:
        return []
    count = 2 if sc.double_stop else 1
    if sc.finish_with_content and r.pieces:
        count -= 1  # the last content chunk already carried it
    return [finish_chunk(r) for _ in range(count)]


def annotations_chunk(r: _Reply, items: list[JSONDict]) -> JSONDict:
    """A text-less chunk that carries annotations in its delta."""
    return _chunk(r, [_choice(r, content=_no_content(r), annotations=items)])


def stream_steps(r: _Reply) -> Iterator[_Step]:
    """Every step of a 200 streaming answer, in order."""
    sc = r.scenario
    pause = [_Sleep(sc.token_delay)] if sc.token_delay > 0 else []
    yield from _preamble_steps(sc)
    if sc.first_chunk_role:
        yield _Event(role_chunk(r))
    if r.files and not sc.files_in_error:
        yield _Event(annotations_chunk(r, r.files))
    yield from _reasoning_steps(r, pause)
    signed = not (sc.reasoning_style == "claude" and sc.reasoning)
    for sent in range(len(r.pieces) + 1):
        if r.citations and sent == len(r.pieces) // 2:
            yield _Event(annotations_chunk(r, r.citations))
        if not signed and (sent == 1 or not r.pieces):
            signed = True  # after the first content chunk, as Claude's arrives
            yield _Event(signature_chunk(r))
        cut = _interruption(r, sent)
        if cut is not None:
            yield from cut
            return
        if sent < len(r.pieces):
            yield from pause
            yield _Event(content_chunk(r, sent))
    for chunk in _finish_chunks(r):
        yield from pause
        yield _Event(chunk)
    usage = usage_chunk(r)
    if usage is not None:
        yield _Event(usage)
    if sc.done:
        yield _Event("[DONE]")
    if sc.after_done is not None:
        yield _Raw(sc.after_done)


# --------------------------------------------------------------------------------------------
# HTTP plumbing
# --------------------------------------------------------------------------------------------


class _ClientGoneError(Exception):
    """The client closed or reset the connection."""


class _AbortError(Exception):
    """The fake cuts the connection itself (drop, end of a stall, or stop())."""


@dataclass
class Recorded:
    """One request as the fake received it."""

    method: str
    path: str
    query: dict[str, str]
    headers: Message
    body: bytes
    json: Any
    client: tuple[str, int]
    at: float

    @property
    def route(self) -> str:
        if self.path == API_PREFIX or self.path.startswith(API_PREFIX + "/"):
            return self.path[len(API_PREFIX) :] or "/"
        return self.path

    def header(self, name: str, default: str | None = None) -> str | None:
        """A request header by case-insensitive name."""
        value = self.headers.get(name)
        return default if value is None else str(value)


def _compact_json(obj: Any) -> str:
    """JSON as OpenRouter writes it: no spaces, non-ASCII left as UTF-8."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class _SSEWriter:
    """Frames SSE text as HTTP chunks on one connection, honouring write_size and line endings."""

    def __init__(self, handler: _Handler, sc: Scenario) -> None:
        self._handler = handler
        self._sc = sc

    def _write(self, data: bytes) -> None:
        try:
            self._handler.wfile.write(data)
        except OSError as exc:
            raise _ClientGoneError from exc

    def send(self, text: str) -> None:
        data = text.encode("utf-8")
        size = self._sc.write_size or len(data) or 1
        for start in range(0, len(data), size):
            piece = data[start : start + size]
            self._write(b"%x\r\n%s\r\n" % (len(piece), piece))

    def event(self, data: JSONDict | str) -> None:
        payload = data if isinstance(data, str) else _compact_json(data)
        le = self._sc.line_ending
        self.send(f"data:{' ' if self._sc.data_space else ''}{payload}{le}{le}")

    def comment(self) -> None:
        le = self._sc.line_ending
        self.send(f"{PROCESSING_COMMENT}{le}{le}")

    def end(self) -> None:
        self._write(b"0\r\n\r\n")


# (method, route) -> (handler method name, needs auth)
_ENDPOINTS_ROUTE = re.compile(r"^/models/([^/]+)/([^/]+)/endpoints$")
_ROUTES: dict[tuple[str, str], tuple[str, bool]] = {
    ("POST", "/chat/completions"): ("_chat", True),
    ("GET", "/models"): ("_models", False),
    ("GET", "/key"): ("_key", True),
    ("GET", "/auth/key"): ("_key", True),
    ("GET", "/generation"): ("_generation", True),
    ("POST", "/auth/keys"): ("_auth_keys", False),
    ("GET", "/auth"): ("_auth_page", False),
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def fake(self) -> FakeOpenRouter:
        return self.server.fake

    def setup(self) -> None:
        super().setup()
        self._peer_sent_data = False
        self.fake._register(self)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.fake._unregister(self)

    def handle(self) -> None:
        try:
            super().handle()
        except OSError:
            pass  # the client went away between requests, or stop() shut the socket
        except Exception:
            self.fake._note_error(traceback.format_exc())

    def log_message(self, format: str, *args: Any) -> None:
        if self.fake.verbose:
            sys.stderr.write(f"[fake-openrouter] {format % args}\n")

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    # -- request side ------------------------------------------------------------------------

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            parts = []
            while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
                parts.append(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return b"".join(parts)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _dispatch(self) -> None:
        url = urlsplit(self.path)
        body = self._read_body()
        try:
            parsed = json.loads(body) if body else None
        except ValueError:
            parsed = None
        rec = Recorded(
            method=self.command,
            path=url.path,
            query=dict(parse_qsl(url.query, keep_blank_values=True)),
            headers=self.headers,
            body=body,
            json=parsed,
            client=self.client_address[:2],
            at=time.monotonic(),
        )
        self.fake._record(rec)
        match = _ENDPOINTS_ROUTE.match(rec.route)
        if rec.method == "GET" and match is not None:
            self._endpoints(unquote(match[1]) + "/" + unquote(match[2]))
            return
        route = _ROUTES.get((rec.method, rec.route))
        if route is None:
            self._send_json(404, {"error": {"code": 404, "message": "Not Found"}})
            return
        name, needs_auth = route
        key = self._authorised_key() if needs_auth else None
        if needs_auth and key is None:
            return
        getattr(self, name)(rec, key)

    def _authorised_key(self) -> str | None:
        """The bearer key if it is valid; otherwise answers 401 and returns None."""
        auth = self.headers.get("Authorization") or ""
        scheme, _, key = auth.strip().partition(" ")
        key = key.strip()
        if scheme.lower() != "bearer" or not key:
            message = "No auth credentials found"
        elif key not in self.fake.keys:
            message = "User not found."
        else:
            return key
        self._send_json(401, {"error": {"code": 401, "message": message}})
        return None

    # -- routes ------------------------------------------------------------------------------

    def _models(self, rec: Recorded, key: str | None) -> None:
        if self.fake.models_body is not None:
            body, headers = self.fake.models_body
            self._send_raw(200, body, {"Content-Type": "application/json", **headers})
            return
        models = list(self.fake.models)
        self._send_json(200, {"data": models, "total_count": len(models), "links": {"next": None}})

    def _endpoints(self, model_id: str) -> None:
        status = self.fake.endpoints_status
        if status is not None:
            self._send_json(status, default_error_body(status, model_id))
            return
        model = self.fake._find_model(model_id)
        endpoints = self.fake.endpoints.get(model_id)
        if endpoints is None:
            message = f"Model {model_id} not found"
            self._send_json(404, {"error": {"code": 404, "message": message}})
            return
        model = model or {"id": model_id, "name": model_id}
        data = {
            key: model.get(key) for key in ("id", "name", "created", "description", "architecture")
        }
        self._send_json(200, {"data": {**data, "endpoints": list(endpoints)}})

    def _key(self, rec: Recorded, key: str | None) -> None:
        self._send_json(200, {"data": self.fake.keys[key or ""]})

    def _generation(self, rec: Recorded, key: str | None) -> None:
        gen_id = rec.query.get("id", "")
        data = self.fake._lookup_generation(gen_id)
        if data is None:
            message = f"Generation {gen_id} not found"
            self._send_json(404, {"error": {"code": 404, "message": message}})
        else:
            self._send_json(200, {"data": data})

    def _auth_keys(self, rec: Recorded, key: str | None) -> None:
        body = rec.json if isinstance(rec.json, dict) else {}
        code, verifier = body.get("code"), body.get("code_verifier")
        method = body.get("code_challenge_method")
        if not isinstance(code, str) or not code:
            self._send_json(400, {"error": {"code": 400, "message": "Invalid request"}})
            return
        status, answer = self.fake._exchange_auth_code(code, verifier, method)
        self._send_json(status, answer)

    def _auth_page(self, rec: Recorded, key: str | None) -> None:
        callback_url = rec.query.get("callback_url", "")
        if rec.path != "/auth" or not callback_url:
            message = "callback_url is required" if rec.path == "/auth" else "Not Found"
            status = 400 if rec.path == "/auth" else 404
            self._send_json(status, {"error": {"code": status, "message": message}})
            return
        code = self.fake.issue_auth_code(rec.query.get("code_challenge") or None)
        separator = "&" if "?" in callback_url else "?"
        location = f"{callback_url}{separator}{urlencode({'code': code})}"
        self._send_status(302, {"Location": location, "Content-Length": "0"})

    def _chat(self, rec: Recorded, key: str | None) -> None:
        body = rec.json
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            self._send_json(400, _invalid_request('Input required: specify "messages"'))
            return
        if not body["messages"]:
            self._send_json(400, _invalid_request("messages must contain at least one item"))
            return
        served_by, refusal = self.fake._route(body)
        refusal = refusal or media_refusal(self.fake._find_model(str(body.get("model"))), body)
        if refusal is not None:
            self._send_json(404, {"error": {"code": 404, "message": refusal}})
            return
        sc = self.fake._next_scenario(body)
        if not self._pause_quietly(sc.delay_headers):
            return
        requested = str(body.get("model") or "openrouter/auto")
        if sc.body is not None:
            self._send_raw(200, sc.body, {"Content-Type": "text/event-stream", **sc.headers})
            return
        if sc.status != 200:
            error_body = sc.error_body or default_error_body(
                sc.status, requested, sc.provider, sc.headers
            )
            self._send_json(sc.status, error_body, sc.headers)
            return
        reply = self.fake._new_reply(sc, body, rec, stream=body.get("stream") is True)
        reply.served_by = served_by
        started = time.monotonic()
        if reply.stream:
            cancelled = self._stream(reply)
        else:
            headers = {"X-Generation-Id": reply.gen_id, **sc.headers}
            cancelled = not self._send_json(200, completion_body(reply), headers)
        self.fake._finish_generation(reply.gen_id, rec.at, started, cancelled)

    # -- response side -----------------------------------------------------------------------

    def _send_status(self, status: int, headers: dict[str, str]) -> None:
        self.send_response(status, _REASON_PHRASES.get(status))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def _send_raw(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        try:
            self._send_status(status, {**headers, "Content-Length": str(len(body))})
            self.wfile.write(body)
        except OSError:
            self.close_connection = True

    def _send_json(self, status: int, obj: Any, headers: dict[str, str] | None = None) -> bool:
        """Sends a JSON response; False if the client had gone."""
        body = _compact_json(obj).encode("utf-8")
        base = {"Content-Type": "application/json", "Content-Length": str(len(body))}
        try:
            self._send_status(status, {**base, **(headers or {})})
            self.wfile.write(body)
        except OSError:
            self.close_connection = True
            return False
        return True

    def _stream(self, reply: _Reply) -> bool:
        """Runs the SSE script; True if the stream was cut short (client gone, drop, stall)."""
        sc = reply.scenario
        writer = _SSEWriter(self, sc)
        try:
            try:
                self._send_status(
                    200,
                    {
                        "Content-Type": "text/event-stream",
                        "Cache-Control": "no-cache",
                        "Transfer-Encoding": "chunked",
                        "X-Generation-Id": reply.gen_id,
                        **sc.headers,
                    },
                )
            except OSError as exc:
                raise _ClientGoneError from exc
            for step in stream_steps(reply):
                self._execute(step, writer)
            writer.end()
            return False
        except _ClientGoneError:
            self.close_connection = True
            if self.fake._stopping.is_set():
                return True
            self.fake._note_disconnect()
            return True
        except _AbortError:
            self.close_connection = True
            self._shutdown_socket()
            return True

    def _execute(self, step: _Step, writer: _SSEWriter) -> None:
        match step:
            case _Event(data):
                writer.event(data)
            case _Comment():
                writer.comment()
            case _Raw(text):
                writer.send(text)
            case _Sleep(seconds):
                self._pause(seconds)
            case _Stall(seconds):
                self._pause(seconds)
                raise _AbortError
            case _Drop():
                raise _AbortError

    def _shutdown_socket(self) -> None:
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _client_gone(self, timeout: float) -> bool:
        """Waits up to ``timeout`` for the socket to become readable; True on EOF or reset."""
        try:
            readable, _, _ = select.select([self.connection], [], [], timeout)
            if not readable:
                return False
            if self.connection.recv(1, socket.MSG_PEEK) == b"":
                return True
        except (OSError, ValueError):
            return True
        self._peer_sent_data = True  # a pipelined request: stop watching, just wait
        return False

    def _pause(self, seconds: float) -> None:
        """Sleeps; raises _AbortError on stop() and _ClientGoneError if the client leaves."""
        deadline = time.monotonic() + seconds
        stopping = self.fake._stopping
        while True:
            if stopping.is_set():
                raise _AbortError
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            slice_ = min(0.02, remaining)
            if self._peer_sent_data:
                stopping.wait(slice_)
            elif self._client_gone(slice_):
                raise _ClientGoneError

    def _pause_quietly(self, seconds: float) -> bool:
        """_pause for pre-header delays; False (and the connection closes) if it was cut."""
        try:
            self._pause(seconds)
        except (_ClientGoneError, _AbortError):
            self.close_connection = True
            return False
        return True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], fake: FakeOpenRouter) -> None:
        self.fake = fake
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind also does a reverse DNS lookup (getfqdn); skip it.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def handle_error(self, request: Any, client_address: Any) -> None:
        self.fake._note_error(traceback.format_exc())


# --------------------------------------------------------------------------------------------
# The public fake
# --------------------------------------------------------------------------------------------


class FakeOpenRouter:
    """A fake OpenRouter API server. See the module docstring."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, verbose: bool = False) -> None:
        self.host = host
        self.port = port
        self.verbose = verbose
        self.default = Scenario()
        self.by_effort: dict[str, Scenario] = {}  # a thinking effort's answer (see _next_scenario)
        self.requests: list[Recorded] = []
        self.models: list[JSONDict] = default_models()
        self.models_body: tuple[bytes, dict[str, str]] | None = None
        self.endpoints: dict[str, list[JSONDict]] = default_endpoints()
        self.endpoints_status: int | None = None
        self.keys: dict[str, JSONDict] = {VALID_KEY: default_key_info(VALID_KEY)}
        self.generations: dict[str, JSONDict] = {}
        self.generation_404s = 0
        self.parses: list[tuple[str, str]] = []  # (engine, PDF hash) the PDF reader parsed
        self.disconnects = 0
        self.auth_codes: dict[str, str | None] = {}
        self.issued_keys: list[str] = []
        self.errors: list[str] = []
        self._queue: deque[Scenario] = deque()
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._stopping = threading.Event()
        self._handlers: set[_Handler] = set()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> FakeOpenRouter:
        if self._server is not None:
            return self
        self._stopping.clear()
        self._server = _Server((self.host, self.port), self)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.02},
            name=f"fake-openrouter:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self, timeout: float = 2.0) -> None:
        """Stops serving, cuts every open connection and waits for the handler threads."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self._stopping.set()
        server.shutdown()
        thread.join(timeout)
        with self._lock:
            handlers = list(self._handlers)
        for handler in handlers:
            handler._shutdown_socket()
        deadline = time.monotonic() + timeout
        with self._changed:
            while self._handlers and time.monotonic() < deadline:
                self._changed.wait(0.05)
        server.server_close()
        self._server = self._thread = None

    def __enter__(self) -> FakeOpenRouter:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}{API_PREFIX}"

    # -- test-facing API ---------------------------------------------------------------------

    def push(self, *scenarios: Scenario) -> None:
        """Queues scenarios for the next chat completions, first in first out."""
        with self._lock:
            self._queue.extend(scenarios)

    @property
    def chat_requests(self) -> list[Recorded]:
        with self._lock:
            return [
                r for r in self.requests if (r.method, r.route) == ("POST", "/chat/completions")
            ]

    def issue_auth_code(self, code_challenge: str | None) -> str:
        """A fresh OAuth code for ``code_challenge`` (S256), as openrouter.ai/auth would
        give the browser; POST /auth/keys accepts it once."""
        code = "fake-auth-" + secrets.token_urlsafe(18)
        with self._lock:
            self.auth_codes[code] = code_challenge
        return code

    def wait_for_requests(self, n: int, timeout: float = 5.0) -> list[Recorded]:
        """Blocks until ``n`` requests were recorded; returns a copy of ``requests``."""
        with self._changed:
            if not self._changed.wait_for(lambda: len(self.requests) >= n, timeout):
                raise TimeoutError(f"{len(self.requests)} requests recorded, wanted {n}")
            return list(self.requests)

    def wait_for_disconnects(self, n: int = 1, timeout: float = 5.0) -> int:
        """Blocks until ``disconnects`` reaches ``n``; returns it."""
        with self._changed:
            if not self._changed.wait_for(lambda: self.disconnects >= n, timeout):
                raise TimeoutError(f"{self.disconnects} disconnects seen, wanted {n}")
            return self.disconnects

    # -- called by handler threads -----------------------------------------------------------

    def _register(self, handler: _Handler) -> None:
        with self._lock:
            self._handlers.add(handler)

    def _unregister(self, handler: _Handler) -> None:
        with self._changed:
            self._handlers.discard(handler)
            self._changed.notify_all()

    def _record(self, rec: Recorded) -> None:
        with self._changed:
            self.requests.append(rec)
            self._changed.notify_all()

    def _note_disconnect(self) -> None:
        with self._changed:
            self.disconnects += 1
            self._changed.notify_all()

    def _note_error(self, text: str) -> None:
        with self._lock:
            self.errors.append(text)
        if self.verbose:
            sys.stderr.write(text)

    def _next_scenario(self, body: JSONDict | None = None) -> Scenario:
        """The next pushed scenario; else ``by_effort``'s for the request's thinking effort
        (a comparison's columns then think as their presets ask); else the default."""
        with self._lock:
            if self._queue:
                return self._queue.popleft()
            reasoning = body.get("reasoning") if body is not None else None
            effort = reasoning.get("effort") if isinstance(reasoning, dict) else None
            return self.by_effort.get(str(effort), self.default)

    def _route(self, body: JSONDict) -> tuple[str | None, str | None]:
        """(the provider routing picked or None, the 404 message or None) for a chat body."""
        with self._lock:
            endpoints = self.endpoints.get(str(body.get("model")))
        routing = body.get("provider")
        if endpoints is None or not isinstance(routing, dict):
            return None, None
        left = [e for e in endpoints if e.get("status") == 0]
        only, ignore, order = (routing.get(k) or [] for k in ("only", "ignore", "order"))
        if only:
            left = [e for e in left if _names_provider(e, only)]
        left = [e for e in left if not _names_provider(e, ignore)]
        if order:
            first = [e for o in order for e in left if _names_provider(e, [o])]
            rest = [e for e in left if e not in first]
            left = first if routing.get("allow_fallbacks") is False else first + rest
        if not left:
            return None, "No allowed providers are available for the selected model."
        if routing.get("require_parameters") is True:
            sent = {k for k in body if k in ROUTED_PARAMETERS}
            left = [e for e in left if sent <= set(e.get("supported_parameters") or [])]
            if not left:
                return None, "No endpoints found that can handle the requested parameters."
        return (str(left[0]["provider_name"]) if order or only else None), None

    def _find_model(self, model_id: str) -> JSONDict | None:
        return next((m for m in self.models if m.get("id") == model_id), None)

    def _new_reply(self, sc: Scenario, body: JSONDict, rec: Recorded, *, stream: bool) -> _Reply:
        model = sc.model or str(body.get("model") or "openrouter/auto")
        pieces = sc.pieces()
        files, ocr_pages = self._parse_files(body)
        searches = 1 if _searches(body) else 0
        images = sum(p.get("type") == "image_url" for p in _user_parts(body))
        pricing = (self._find_model(model) or {}).get("pricing") or {}
        extra = ocr_pages * OCR_PAGE_PRICE + images * _price(pricing, "image")
        usage = sc.usage_data
        if usage is None:
            prompt_tokens = _count_words(body["messages"]) * 4 // 3
            thinking = sc.thinking_tokens()
            usage = auto_usage(
                prompt_tokens,
                len(pieces) + thinking,
                self._find_model(model),
                reasoning_tokens=thinking,
                web_searches=searches,
                extra_cost=extra,
            )
        reply = _Reply(
            scenario=sc,
            gen_id=sc.gen_id or _new_gen_id(),
            model=model,
            created=sc.created if sc.created is not None else int(time.time()),
            pieces=pieces,
            usage=usage,
            stream=stream,
            files=files,
            citations=[*(sc.annotations or []), *(search_citations() if searches else [])],
        )
        with self._lock:
            self.generations[reply.gen_id] = _generation_record(reply, rec)
        return reply

    def _parse_files(self, body: JSONDict) -> tuple[list[JSONDict], int]:
        """The PDF reader at work: a file annotation for every PDF of the request that no
        assistant message carries back already, each parse noted in ``parses``; and the
        pages OCR read (billed)."""
        engine = _pdf_engine(body, self._find_model(str(body.get("model"))))
        if engine == "native":
            return [], 0
        done = _sent_back(body)
        files: list[JSONDict] = []
        pages = 0
        for part in _user_parts(body):
            file = part.get("file") if part.get("type") == "file" else None
            if not isinstance(file, dict):
                continue
            data = _file_bytes(file.get("file_data"))
            digest = hashlib.sha256(data).hexdigest()
            if digest in done:
                continue
            done.add(digest)
            files.append(file_annotation(data, str(file.get("filename") or "document.pdf")))
            pages += _pdf_pages(data) if engine == PAID_PDF_ENGINE else 0
            with self._lock:
                self.parses.append((engine, digest))
        return files, pages

    def _finish_generation(
        self, gen_id: str, received: float, started: float, cancelled: bool
    ) -> None:
        now = time.monotonic()
        with self._lock:
            record = self.generations.get(gen_id)
            if record is not None:
                record["latency"] = round((now - received) * 1000)
                record["generation_time"] = round((now - started) * 1000)
                record["cancelled"] = cancelled

    def _exchange_auth_code(
        self, code: str, verifier: object, method: object
    ) -> tuple[int, JSONDict]:
        """POST /auth/keys: (status, body). The code is used up only by a success."""
        with self._lock:
            if code not in self.auth_codes:
                return 403, _auth_error(403, "Invalid code or code_verifier")
            challenge = self.auth_codes[code]
            if challenge is not None:
                if method != "S256":
                    return 400, _auth_error(400, "Invalid code_challenge_method")
                if not isinstance(verifier, str) or _s256(verifier) != challenge:
                    return 403, _auth_error(403, "Invalid code or code_verifier")
            del self.auth_codes[code]
            key = "sk-or-v1-" + secrets.token_hex(32)
            self.keys[key] = default_key_info(key)
            self.issued_keys.append(key)
        return 200, {"key": key, "user_id": "user_fake0000000000000000000"}

    def _lookup_generation(self, gen_id: str) -> JSONDict | None:
        with self._lock:
            if self.generation_404s > 0:
                self.generation_404s -= 1
                return None
            record = self.generations.get(gen_id)
            return copy.deepcopy(record) if record is not None else None


def _auth_error(status: int, message: str) -> JSONDict:
    return {"error": {"code": status, "message": message}}


def _s256(verifier: str) -> str:
    """The PKCE S256 challenge of a verifier (RFC 7636): base64url(sha256), no padding."""
    digest = hashlib.sha256(verifier.encode("ascii", errors="replace")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _generation_record(r: _Reply, rec: Recorded) -> JSONDict:
    usage = r.usage
    cost = usage.get("cost", 0.0)
    prompt = usage.get("prompt_tokens", 0)
    completion = usage.get("completion_tokens", 0)
    reasoning = (usage.get("completion_tokens_details") or {}).get("reasoning_tokens", 0)
    cached = (usage.get("prompt_tokens_details") or {}).get("cached_tokens", 0)
    reason, native = _final_finish_reason(r)
    return {
        "id": r.gen_id,
        "upstream_id": "chatcmpl-" + r.gen_id.rsplit("-", 1)[-1],
        "total_cost": cost,
        "cache_discount": None,
        "upstream_inference_cost": None,
        "created_at": datetime.fromtimestamp(r.created, UTC).isoformat().replace("+00:00", "Z"),
        "model": r.model,
        "app_id": None,
        "streamed": r.stream,
        "cancelled": False,
        "provider_name": r.provider,
        "latency": 0,
        "moderation_latency": None,
        "generation_time": 0,
        "finish_reason": reason,
        "native_finish_reason": native,
        "tokens_prompt": prompt,
        "tokens_completion": completion,
        "native_tokens_prompt": prompt,
        "native_tokens_completion": completion,
        "native_tokens_reasoning": reasoning,
        "native_tokens_cached": cached,
        "num_media_prompt": None,
        "num_media_completion": None,
        "num_search_results": None,
        "origin": rec.header("HTTP-Referer", ""),
        "usage": cost,
        "is_byok": False,
        "api_type": "completions",
        "user_agent": rec.header("User-Agent", ""),
    }


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.fakes.fake_openrouter",
        description="Serve a fake OpenRouter API until Ctrl+C.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument("--text", default=Scenario.text, help="answer text")
    parser.add_argument("--keepalives", type=int, default=1)
    parser.add_argument("--first-token-delay", type=float, default=0.5)
    parser.add_argument("--token-delay", type=float, default=0.05)
    parser.add_argument("--reasoning", default="", help="thinking text sent before the answer")
    parser.add_argument("--reasoning-style", default="text", choices=REASONING_STYLES)
    parser.add_argument("--reasoning-tokens", type=int, default=None)
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    args = parser.parse_args(argv)

    fake = FakeOpenRouter(args.host, args.port, verbose=not args.quiet)
    fake.default = Scenario(
        text=args.text,
        reasoning=_PIECE_RE.findall(args.reasoning),
        reasoning_style=args.reasoning_style,
        reasoning_tokens=args.reasoning_tokens,
        keepalives=args.keepalives,
        first_token_delay=args.first_token_delay,
        token_delay=args.token_delay,
    )
    with fake:
        print(fake.base_url, flush=True)
        print(f"API key: {VALID_KEY}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


# --------------------------------------------------------------------------------------------
# Hostile answers (issue #12): long lists and tables without a blank line, long unbreakable runs
# --------------------------------------------------------------------------------------------


def hostile_chunks(kind: str, size: int, chunk_chars: int = 64) -> list[str]:
    """Content pieces of ``chunk_chars`` for ``Scenario(chunks=...)``: ``size`` items of a
    bullet ("list") or numbered ("ordered") list, ``size`` rows of a table ("table"), or
    ``size`` characters of "0" ("run")."""
    if kind == "list":
        text = "".join(f"- Item {i} in the list\n" for i in range(size))
    elif kind == "ordered":
        text = "".join(f"{i + 1}. Item {i} in the list\n" for i in range(size))
    elif kind == "table":
        head = "| Column A | Column B | Column C |\n|---|---|---|\n"
        text = head + "".join(
            f"| row {i} | value {i} | a little more text |\n" for i in range(size)
        )
    elif kind == "run":
        text = "0" * size
    else:
        raise ValueError(f"no hostile answer of kind {kind!r}")
    return [text[i : i + chunk_chars] for i in range(0, len(text), chunk_chars)]
