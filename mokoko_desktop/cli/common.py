"""What the kiosk's command groups share: the kiosk's options, opening the kiosk for a command,
and what every kind of submission takes."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from mokoko_desktop.paths import LOG_FILE, resolve_data_dir
from shared_kernel import logs
from shared_kernel.command_line import EXIT_OK, EXIT_REFUSED, EXIT_STORE, CommandGroups, Handler, Refused
from shared_kernel.receipt_codes import format_code

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    from mokoko_desktop.kiosk import Kiosk
    from mokoko_desktop.submissions import Submission

DraftT = TypeVar("DraftT", bound="DataclassInstance")
Commands: TypeAlias = CommandGroups  # what a command group registers its sub-commands on
KioskHandler = Callable[["Kiosk", argparse.Namespace], int]  # a command run on the opened kiosk core
DataDirHandler = Callable[[argparse.Namespace, Path], int]  # a command that needs only the data folder
_OPTION_FOR = {"tags": "tag", "interests": "interest", "general_text": "general"}  # a problem's field -> its option


def kiosk_options(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options every kiosk command takes (``parents=[...]``): ``common``'s and the data folder's."""
    options = argparse.ArgumentParser(add_help=False, parents=[common])
    options.add_argument("--data-dir", metavar="DIR", help="data folder (default: $MOKOKO_DATA_DIR or the user data folder)")
    options.add_argument("--demo", action="store_true", help="use the demo catalogue and the demo staff PIN")
    return options


def with_data_dir(handler: DataDirHandler) -> Handler:
    """``handler``, given the kiosk's data folder (made if missing) and logging to its log file."""

    def run(args: argparse.Namespace) -> int:
        try:
            data_dir = resolve_data_dir(args.data_dir)
        except OSError as error:
            print(f"Cannot use the data folder: {error}", file=sys.stderr)
            return EXIT_STORE
        logs.configure(data_dir / LOG_FILE, verbose=args.verbose)
        return handler(args, data_dir)

    return run


def with_kiosk(handler: KioskHandler) -> Handler:
    """``handler``, given the opened kiosk core (closed when it is done); what the core refuses is
    told in plain words, option by option for a submission, and nothing is stored."""

    def run(args: argparse.Namespace, data_dir: Path) -> int:
        # The database layer is imported here, not at the top: the kiosk's first frame must not
        # wait for SQLAlchemy (see ui/kiosk/app.py).
        from mokoko_desktop.bootstrap import open_kiosk
        from mokoko_desktop.settings import SettingError
        from mokoko_desktop.store import StoreError
        from mokoko_desktop.submissions import KioskNotReady
        from mokoko_desktop.validation import SubmissionRejected
        from shared_kernel.catalogue_file import CatalogueError

        try:
            opened = open_kiosk(data_dir, demo=args.demo)
        except StoreError as error:
            print(str(error), file=sys.stderr)
            return EXIT_STORE
        try:
            return int(handler(opened, args))
        except SubmissionRejected as rejected:
            print("Nothing was stored:", file=sys.stderr)
            for problem in rejected.problems:
                option = _OPTION_FOR.get(problem.field, problem.field).replace("_", "-")
                print(f"  --{option}: {problem.english()}", file=sys.stderr)
            return EXIT_REFUSED
        except (KioskNotReady, SettingError, CatalogueError) as error:
            raise Refused(str(error)) from error
        finally:
            opened.close()

    return with_data_dir(run)


def add_submission_options(parser: argparse.ArgumentParser, *, consent_help: str, name_required: bool = False) -> None:
    """The options every kind of submission takes: who (with consent), the language the
    citizen used, the stop, and where to write the receipt."""
    parser.add_argument("--name", required=name_required, default="")
    parser.add_argument("--phone", default="")
    parser.add_argument("--email", default="")
    parser.add_argument("--consent", action="store_true", help=consent_help)
    parser.add_argument("--language", default="da", help="language the citizen used (default: da)")
    parser.add_argument("--stop", metavar="ID", help="stop where it was given (default: today's stop)")
    parser.add_argument("--receipt", metavar="PATH", help="also write the receipt PDF here")


def draft_from(args: argparse.Namespace, draft_type: type[DraftT], **given: Any) -> DraftT:
    """A draft (``IdeaDraft``, ``SignupDraft``, …) from the command's options: each field takes
    the option of the same name; ``given`` names the fields whose option is named or shaped
    otherwise (``theme_code=args.theme``)."""
    options = {field.name: getattr(args, field.name) for field in dataclasses.fields(draft_type) if hasattr(args, field.name)}
    return draft_type(**{**options, **given})


def stop_for(kiosk: Kiosk, stop_id: str | None) -> str:
    """The stop a submission is given at: ``--stop``, else today's stop."""
    stop = kiosk.catalogue.stop(stop_id) if stop_id else kiosk.today_stop()
    if stop is None:
        raise Refused(f"There is no stop {stop_id!r}." if stop_id else "No stop is chosen for today: run 'mokoko stop set-today ID'.")
    return stop.id


def print_stored(kiosk: Kiosk, record: Submission, receipt: str | None) -> int:
    """After a submission: write the receipt if asked, and print the code on the last line."""
    if receipt:
        print(f"Receipt written to {kiosk.write_receipt(record, Path(receipt))}")
    print(format_code(record.receipt_code))
    return EXIT_OK
