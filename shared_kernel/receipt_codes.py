"""Receipt codes: short, typed from paper, unique across kiosks without coordination.

A code is ten characters from a 31-character alphabet with no look-alikes (no 0/O, 1/I/L):

    DDDD RRRRR C      shown as  DDDD-RRR-RRC

- ``DDDD``: the kiosk's device tag, drawn once when the kiosk is set up. Codes from different
  kiosks can never be equal as long as their tags differ; the central database refuses a second
  kiosk with a tag already in use.
- ``RRRRR``: random per receipt (31**5 = 28.6 million per kiosk), so codes cannot be guessed by
  counting; the local database's unique index makes the kiosk draw again on a clash.
- ``C``: a check character. With weights 1..10 and the prime modulus 31 the weighted sum of all
  ten values is 0 mod 31, which catches every single mistyped character and every swap of two
  different neighbours.

Typing is case-insensitive and ignores spaces and dashes.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from shared_kernel.i18n import QT_TRANSLATE_NOOP

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
MODULUS = len(ALPHABET)  # 31, a prime: that is what makes the check character work
DEVICE_TAG_LENGTH = 4
RANDOM_LENGTH = 5
CODE_LENGTH = DEVICE_TAG_LENGTH + RANDOM_LENGTH + 1
_VALUES = {char: index for index, char in enumerate(ALPHABET)}
_IGNORED = str.maketrans("", "", " -\t\u00a0_.")
LOOKALIKES = "0O1IL"

assert MODULUS == 31 and len(set(ALPHABET)) == MODULUS and not set(LOOKALIKES) & set(ALPHABET)


@dataclass(frozen=True)
class CodeProblem:
    """Why a typed code is not a valid receipt code. ``message`` is an English source string
    marked for translation in context ``receipt_code``; format it with ``params``."""

    message: str
    params: dict[str, object]

    def english(self) -> str:
        return self.message.format(**self.params)


class InvalidReceiptCode(ValueError):
    def __init__(self, problem: CodeProblem) -> None:
        super().__init__(problem.english())
        self.problem = problem


def _weighted_sum(values: list[int]) -> int:
    return sum((position + 1) * value for position, value in enumerate(values)) % MODULUS


def check_character(body: str) -> str:
    """The check character that completes ``body`` (the first nine characters)."""
    values = [_VALUES[char] for char in body]
    weight = len(values) + 1
    # Solve weighted_sum(body) + weight * c == 0 (mod 31); weight is invertible as 31 is prime.
    value = (-_weighted_sum(values) * pow(weight, -1, MODULUS)) % MODULUS
    return ALPHABET[value]


def new_device_tag() -> str:
    """A random device tag for a newly set-up kiosk."""
    return "".join(secrets.choice(ALPHABET) for _ in range(DEVICE_TAG_LENGTH))


def new_code(device_tag: str) -> str:
    """A fresh receipt code (normalised form, no dashes) for the kiosk with ``device_tag``."""
    if len(device_tag) != DEVICE_TAG_LENGTH or any(char not in _VALUES for char in device_tag):
        raise ValueError(f"not a device tag: {device_tag!r}")
    body = device_tag + "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    return body + check_character(body)


def format_code(code: str) -> str:
    """Group a normalised code for reading and printing: ``ABCD-EFG-HJK``."""
    return f"{code[:4]}-{code[4:7]}-{code[7:]}"


def problem_with(typed: str) -> CodeProblem | None:
    """Say what is wrong with a typed code, or ``None`` if it is a valid code."""
    code = typed.translate(_IGNORED).upper()
    if not code:
        return CodeProblem(QT_TRANSLATE_NOOP("receipt_code", "Please type the code from your receipt."), {})
    strange = sorted({char for char in code if char not in _VALUES})
    if strange:
        if set(strange) <= set(LOOKALIKES):
            return CodeProblem(
                QT_TRANSLATE_NOOP(
                    "receipt_code",
                    "Receipt codes never contain {chars}. Please check the letters and digits again.",
                ),
                {"chars": ", ".join(strange)},
            )
        return CodeProblem(
            QT_TRANSLATE_NOOP("receipt_code", "A receipt code has only letters and digits, not {chars}."),
            {"chars": " ".join(strange)},
        )
    if len(code) != CODE_LENGTH:
        return CodeProblem(
            QT_TRANSLATE_NOOP("receipt_code", "A receipt code has {expected} characters; this one has {actual}."),
            {"expected": CODE_LENGTH, "actual": len(code)},
        )
    if _weighted_sum([_VALUES[char] for char in code]) != 0:
        return CodeProblem(
            QT_TRANSLATE_NOOP(
                "receipt_code",
                "This code does not add up: one character is probably mistyped, "
                "or two neighbours are swapped. Please compare it with your receipt.",
            ),
            {},
        )
    return None


def normalise(typed: str) -> str:
    """Return the normalised code for ``typed``, or raise :class:`InvalidReceiptCode`."""
    problem = problem_with(typed)
    if problem is not None:
        raise InvalidReceiptCode(problem)
    return typed.translate(_IGNORED).upper()
