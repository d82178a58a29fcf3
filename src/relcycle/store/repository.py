"""The store: one object per database, the only way the rest of relcycle reaches it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from types import TracebackType

from sqlalchemy import Engine, delete
from sqlalchemy.exc import DBAPIError

from relcycle.domain import Case, CaseData, Coding, Event, ParsedSource
from relcycle.errors import StoreError
from relcycle.store import queries
from relcycle.store.coding_store import CodingMethods
from relcycle.store.engine import create_store_engine, read_transaction, write_transaction
from relcycle.store.importer import CaseImport
from relcycle.store.migrate import upgrade
from relcycle.store.records import AnchoredSegment, CaseSummary, ImportReport, LogEntry
from relcycle.store.tables import cases


def connect(url: str) -> Store:
    """Open (and create or upgrade, if need be) the store at ``url``.

    Args:
        url: ``sqlite:///path.db`` or ``postgresql://user:password@host/db``
            (PostgreSQL is reached through psycopg 3).

    Returns:
        The store, its schema at the newest revision.

    Raises:
        ConfigError: The URL is not a supported one.
        StoreError: The database cannot be reached or opened.
    """
    engine = create_store_engine(url)
    try:
        upgrade(engine)
    except DBAPIError as exc:
        engine.dispose()
        shown = engine.url.render_as_string(hide_password=True)
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise StoreError(
            f"cannot open the store {shown}: {reason}; check the URL, "
            "and that the server is running and the database exists"
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return Store(engine)


class Store(CodingMethods):
    """Cases kept in a database; every method is one transaction.

    The coding methods (``add_coding``, ``remove_coding``, ``coding_records``,
    ``coding_log`` ...) come from :class:`~relcycle.store.coding_store.CodingMethods`.

    Use :func:`connect` to open one. A store is a context manager that closes
    its connections on exit.

    Args:
        engine: An engine made by :func:`relcycle.store.engine.create_store_engine`
            on a migrated database.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    @property
    def url(self) -> str:
        """The database URL, password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def import_case(
        self,
        case: Case,
        sources: Iterable[ParsedSource],
        events: Sequence[Event] = (),
        codings: Sequence[Coding] | Callable[[], Sequence[Coding]] = (),
        originals: Mapping[str, bytes] | None = None,
        progress: Callable[[ParsedSource], None] | None = None,
    ) -> ImportReport:
        """Import (or re-import) a case in one transaction.

        ``sources`` is consumed one at a time and written in batches. Sources
        that did not change are not touched; changed ones are rewritten (their
        segments and anchors replaced, their codings kept), new ones added,
        those no longer given removed, each recorded in the import log. The
        case's events are replaced by ``events``; the codings of every coder
        named in ``codings`` are replaced by theirs (other coders' stay, and so
        do manual and auto codings of every coder). Codings of a changed source
        are re-anchored where their quoted text now is, or kept as orphans.
        Every coding change is logged in the coding log by user ``import``.

        Args:
            case: The case, as case.yaml gives it.
            sources: Every source of the case (may be a lazy iterator).
            events: The case's events (events.csv).
            codings: The researchers' codings (codings.csv), or a function that
                returns them, called once every source has been consumed (codings
                are checked against the texts, which a lazy reader yields last).
            originals: Original bytes of binary sources (.docx, .pdf), by source id.
            progress: Called with each source once it is handled.

        Returns:
            What changed.

        Raises:
            StoreError: The data cannot be stored consistently (a source twice,
                a segment outside its text, a coding of an unknown source).
            Exception: Whatever ``sources`` raises. In every case of error the
                store is left exactly as it was.
        """
        with write_transaction(self.engine, lock=f"case:{case.id}") as conn:
            job = CaseImport(conn, case)
            return job.run(sources, events, codings, originals, progress)

    def cases(self) -> list[CaseSummary]:
        """A summary of every case, sorted by id."""
        with read_transaction(self.engine) as conn:
            return queries.summaries(conn)

    def case(self, case_id: str) -> Case:
        """The case as case.yaml described it.

        Raises:
            NotFoundError: No such case; the message lists the cases there are.
        """
        with read_transaction(self.engine) as conn:
            return queries.load_case(conn, case_id)

    def load(self, case_id: str) -> CaseData:
        """The whole case in memory: sources with segments (and their text), events, codings.

        Raises:
            NotFoundError: No such case.
        """
        with read_transaction(self.engine) as conn:
            case = queries.load_case(conn, case_id)
            return CaseData(
                case=case,
                sources=tuple(queries.iter_parsed_sources(conn, case_id)),
                events=tuple(queries.case_events(conn, case_id)),
                codings=tuple(queries.case_codings(conn, case_id)),
            )

    def iter_sources(self, case_id: str) -> Iterator[ParsedSource]:
        """The case's sources one at a time, in id order, all from one snapshot.

        The snapshot is checked when the first source is asked for.

        Raises:
            NotFoundError: No such case.
        """
        with read_transaction(self.engine) as conn:
            queries.require_case(conn, case_id)
            yield from queries.iter_parsed_sources(conn, case_id)

    def events(self, case_id: str) -> list[Event]:
        """The case's events, in the order events.csv listed them.

        Raises:
            NotFoundError: No such case.
        """
        with read_transaction(self.engine) as conn:
            queries.require_case(conn, case_id)
            return queries.case_events(conn, case_id)

    def codings(
        self, case_id: str, source_id: str | None = None, coder: str | None = None
    ) -> list[Coding]:
        """The case's codings, by source and offset; only one source's or coder's if given.

        Raises:
            NotFoundError: No such case.
        """
        with read_transaction(self.engine) as conn:
            queries.require_case(conn, case_id)
            return queries.case_codings(conn, case_id, source_id, coder)

    def anchors(
        self, case_id: str, start: date | None = None, end: date | None = None
    ) -> list[AnchoredSegment]:
        """The segments with their time anchors, ordered by anchor start, for timelines.

        Args:
            case_id: The case.
            start: Keep only segments placed on or after this day (anchor end ≥ start).
            end: Keep only segments placed on or before this day (anchor start ≤ end).

        Raises:
            NotFoundError: No such case.
        """
        with read_transaction(self.engine) as conn:
            queries.require_case(conn, case_id)
            return queries.anchored_segments(conn, case_id, start, end)

    def originals(self, case_id: str) -> dict[str, bytes]:
        """The original bytes of the case's binary sources, by source id.

        Raises:
            NotFoundError: No such case.
        """
        with read_transaction(self.engine) as conn:
            queries.require_case(conn, case_id)
            return queries.originals(conn, case_id)

    def log(self, case_id: str) -> list[LogEntry]:
        """The case's import log, oldest first.

        Raises:
            NotFoundError: No such case.
        """
        with read_transaction(self.engine) as conn:
            queries.require_case(conn, case_id)
            return queries.log_entries(conn, case_id)

    def delete_case(self, case_id: str) -> None:
        """Delete the case and everything of it, its import log included.

        Raises:
            NotFoundError: No such case.
        """
        with write_transaction(self.engine, lock=f"case:{case_id}") as conn:
            queries.require_case(conn, case_id)
            conn.execute(delete(cases).where(cases.c.id == case_id))
