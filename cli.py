"""kerben: import migration and anti-trafficking reports, search them, export what was extracted.

Every command is thin: it opens the store, calls ``store``, and prints. Machine output
(``--json``, ``--csv``, exports) goes to stdout; progress, warnings and errors to stderr.
Textual is imported only when the TUI opens.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional


SEARCH_FIELDS = ("id", "document_id", "source", "lang", "snippet", "text")  # what --json/--csv print for a hit


def _scan_options(args: list[str], flags: dict[str, str], values: dict[str, str]
                  ) -> tuple[dict[str, str], list[str]] | None:
    """The options and plain arguments of a simple command line, for the quick paths that skip
    Typer: *flags* and *values* map an option (``--json``; ``--db P`` or ``--db=P``) to its key; a
    flag is kept as written. None for anything else (an unknown option, a key given twice, a
    value missing), which the caller leaves to Typer.

    >>> _scan_options(["q", "--db=k.db", "--json"], {"--json": "fmt"}, {"--db": "db"})
    ({'db': 'k.db', 'fmt': '--json'}, ['q'])
    >>> _scan_options(["q", "--json", "--csv"], {"--json": "fmt", "--csv": "fmt"}, {}) is None
    True
    """
    opts: dict[str, str] = {}
    plain: list[str] = []
    it = iter(args)
    for a in it:
        name, eq, val = a.partition("=") if a.startswith("--") else (a, "", "")
        if a == "--":
            plain.extend(it)
            continue
        if a in flags:
            key, value = flags[a], a
        elif name in values:
            key, value = values[name], (val if eq else next(it, None))
        elif a.startswith("-") and a != "-":
            return None
        else:
            plain.append(a)
            continue
        if value is None or key in opts:
            return None
        opts[key] = value
    return opts, plain


def _quick_search(args: list[str]) -> int | None:
    """``kerben search QUERY [--db P] [--lang L] [--limit N] --json|--csv`` without Typer or rich.

    Scripts call this in loops, where importing the command tree would cost more than the search.
    Only the plain successful case is served here; anything else (another option, a missing or
    old DB, a bad query) returns None and the full command runs and says what is wrong.
    """
    scanned = _scan_options(args, {"--json": "fmt", "--csv": "fmt"},
                            {"--db": "db", "--lang": "lang", "--limit": "limit", "-n": "limit"})
    if scanned is None:
        return None
    opts, words = scanned
    if len(words) != 1 or "fmt" not in opts or not opts.get("limit", "20").isdigit():
        return None
    opts["fmt"] = opts["fmt"][2:]
    try:
        from store import corpus
        from store.db import open_reader
        from store.export import write_records

        hits = corpus.search(open_reader(opts.get("db") or None), words[0], lang=opts.get("lang") or None,
                             limit=int(opts.get("limit", "20")))
    except Exception:  # noqa: BLE001 - the full command reports it in one sentence
        return None
    try:
        write_records([{k: h[k] for k in SEARCH_FIELDS} for h in hits],
                      sys.stdout, opts["fmt"])
        sys.stdout.flush()
    except BrokenPipeError:
        sys.stderr.close()
    return 0


def _quick_browse(args: list[str]) -> int | None:
    """``kerben`` / ``kerben browse`` [``--db P``] in a terminal, without Typer or rich.

    The browser's first rows are on screen sooner without the command tree. Anything else (other
    arguments, no terminal, a database that ``store.db.open_current`` does not open) returns None
    and the full command runs and says what is wrong.

    >>> _quick_browse(["browse", "--limit", "3"]) is None
    True
    """
    if args[:1] == ["browse"]:
        args = args[1:]
    if not args:
        db = None
    elif len(args) == 2 and args[0] == "--db":
        db = args[1]
    elif len(args) == 1 and args[0].startswith("--db="):
        db = args[0][len("--db="):]
    else:
        return None
    if db == "" or not (sys.stdin.isatty() and sys.stdout.isatty()):
        return None
    try:
        from tui.launch import start
    except ImportError:
        return None
    try:
        return start(db)
    except KeyboardInterrupt:  # ctrl+c before the browser took the keyboard
        sys.stderr.write("Interrupted.\n")
        return 130


if Path(sys.argv[0]).stem in ("kerben", "cli"):  # the program itself, not a test importing this module
    _code = _quick_browse(sys.argv[1:])
    if _code is not None:
        sys.exit(_code)

if sys.argv[1:2] == ["search"] and "numpy" not in sys.modules:
    # sqlite-utils imports numpy only to store arrays, which a search never does.
    sys.modules["numpy"] = None  # type: ignore[assignment]
    _code = _quick_search(sys.argv[2:])
    if _code is not None:
        sys.exit(_code)

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from store.clip import clip, plural
from store.errors import KerbenError

__version__ = "0.1.0"

app = typer.Typer(
    help="Kerben: import reports on migration and trafficking, then search, browse and export them.",
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOpt = Annotated[Optional[Path], typer.Option("--db", help="Database file (default: $KERBEN_DB or "
                                                "~/.local/share/kerben/kerben.db).", show_default=False)]
JsonOpt = Annotated[bool, typer.Option("--json", metavar="", help="Print JSON for scripts.")]
CsvOpt = Annotated[bool, typer.Option("--csv", metavar="", help="Print CSV for spreadsheets.")]


def handled(fn):
    """Turn a user-caused error into one sentence on stderr and a non-zero exit."""
    import functools
    import sqlite3

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KerbenError as exc:
            fail(str(exc), exc.exit_code)
        except sqlite3.DatabaseError as exc:
            from store.db import translate

            fail(str(translate(exc)), 2)
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0)
        except KeyboardInterrupt:
            fail("Interrupted; every document already written is complete.", 130)

    return wrapper


def fail(message: str, code: int = 1) -> None:
    """Print one sentence on stderr and exit with *code*."""
    err.print(Text(f"Error: {message}", style="bold red"))
    raise typer.Exit(code)


def _open(db: Path | None, *, readonly: bool = False, create: bool = False):
    from store.db import open_db

    return open_db(db, create=create, readonly=readonly)


def _emit_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _records(records: list[dict], as_json: bool, as_csv: bool) -> bool:
    """Print records as JSON or CSV when asked; True when done."""
    if as_json or as_csv:
        from store.export import write_records

        write_records(records, sys.stdout, "json" if as_json else "csv")
        return True
    return False


def _version(value: bool) -> None:
    if value:
        out.print(f"kerben {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
@handled
def main(ctx: typer.Context,
         db: DbOpt = None,
         version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               metavar="", help="Show the version and exit.")] = False) -> None:
    """Kerben: with no command, open the browser on the default database."""
    if ctx.invoked_subcommand is None:
        _browse(db)


def _browse(db: Path | None) -> None:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        fail("The browser needs a terminal (stdin and stdout here are not one); "
             "see `kerben --help` for the commands that print.", 2)
    try:
        from tui.app import run as run_tui
    except ImportError:
        typer.echo(typer.main.get_command(app).get_help(typer.Context(typer.main.get_command(app))))
        raise typer.Exit()
    from store.db import open_browsable

    dbh, readonly = open_browsable(db)
    run_tui(dbh, readonly=readonly)


@app.command("browse")
@handled
def browse(db: DbOpt = None) -> None:
    """Open the terminal browser (events, people, quotes, documents)."""
    _browse(db)


@app.command("import")
@handled
def import_(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive), globs, or - for stdin.")],
    db: DbOpt = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes for extraction "
                                      "(default: number of cores).", show_default=False)] = 0,
    force: Annotated[bool, typer.Option("--force", metavar="", help="Reprocess files already imported.")] = False,
    max_size: Annotated[float, typer.Option("--max-size", help="Largest file to accept, in MB.")] = 20.0,
    no_extract: Annotated[bool, typer.Option(
        "--no-extract", metavar="", help="Store and index the text only (no events, people, quotes or translations); "
                             "a later import without it, or `kerben reprocess`, extracts.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Import reports: clean, detect languages, extract events, people, quotes, figures, pairs."""
    from store.importer import default_jobs, import_paths
    from store.ingest.read import discover

    sources, problems = discover(paths)
    if not sources:
        fail(problems[0][1] if len(problems) == 1 else "; ".join(p[1] for p in problems) or "Nothing to import.")
    dbh = _open(db, create=True)
    n = len(sources)
    progress_cb, progress = None, None
    if not as_json:  # the spinner and the clock move while one long file is processed
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                   TimeElapsedColumn)

        progress = Progress(SpinnerColumn(), TextColumn("[bold]Importing"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(), TextColumn("{task.fields[name]}"), console=err, transient=True)
        task = progress.add_task("import", total=n, name="")
        progress.start()

        def progress_cb(done, total, name):
            progress.update(task, completed=done, name=Text(name[:40]))
    try:
        summary = import_paths(dbh, paths, jobs=jobs or default_jobs(), force=force,
                               max_size=int(max_size * 1024 * 1024), extract=not no_extract,
                               progress=progress_cb, sources=sources)
        for arg, reason in problems:
            from store.importer import Outcome

            summary.outcomes.append(Outcome(arg, "failed", reason=reason))
    finally:
        if progress:
            progress.stop()
    if as_json:
        _emit_json(summary.as_dict())
    else:
        for o in summary.failed:
            err.print(Text(f"failed: {o.reason}", style="red"))
        table = Table(title="Import", show_edge=False)
        for col in ("added", "replaced", "unchanged", "failed"):
            table.add_column(col, justify="right")
        table.add_row(*(str(summary.count(s)) for s in ("added", "replaced", "unchanged", "failed")))
        out.print(table)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
@handled
def search(
    query: Annotated[str, typer.Argument(help="Words to find (prefixes; plain-keyboard spellings work).")],
    db: DbOpt = None,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Only paragraphs in this language (ru, ky, ...).")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many hits.")] = 20,
    full: Annotated[bool, typer.Option("--full", metavar="", help="Print each matching paragraph whole, not a snippet "
                                                      "around the match.")] = False,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """Full-text search over paragraphs: a snippet around each match (--full: the whole paragraph)."""
    from store import corpus

    dbh = _open(db, readonly=True)
    hits = corpus.search(dbh, query, lang=lang, limit=limit)
    if _records([{k: h[k] for k in SEARCH_FIELDS} for h in hits],
                as_json, as_csv):
        return
    if not hits:
        err.print(f"No paragraph matches {query!r}.")
        raise typer.Exit(1)
    for h in hits:
        head = Text(f"{h['source']} ", style="bold")
        head.append(f"#{h['idx']} [{h['lang']}] ", style="dim")
        head.append(h["id"], style="dim")
        out.print(head)
        body = Text(h["text"] if full else h["snippet"])
        for s, e in h["spans"] if full else h["snippet_spans"]:
            body.stylize("reverse bold", s, e)
        out.print(body)
        out.print()


@app.command()
@handled
def docs(
    db: DbOpt = None,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Only documents holding this language.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n")] = 50,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """List imported documents."""
    from store import corpus

    rows = corpus.documents(_open(db, readonly=True), lang=lang, limit=limit)
    if _records(rows, as_json, as_csv):
        return
    table = Table(show_edge=False)
    # every column keeps its width; the title gets what is left of the terminal, cut at a word
    # (an id prefix is enough for `kerben show`: a narrow terminal shows 12 characters of it; the source
    # shrinks before the title)
    widths = {"id": 18 if out.width >= 100 else 12, "source": 0,
              "lang": max([4] + [len(" ".join(r["languages"])) for r in rows]), "published": 10, "¶": 3}
    room = out.width - sum(widths.values()) - 3 * len(widths) - 4
    widths["source"] = max(8, min(30, max((len(r["source"]) for r in rows), default=6), room - 24))
    title_width = max(8, room - widths["source"])
    for name, width in widths.items():
        table.add_column(name, no_wrap=True, overflow="ellipsis", width=width,
                         justify="right" if name == "¶" else "left")
    table.add_column("title", no_wrap=True, overflow="ellipsis")
    for r in rows:
        table.add_row(Text(r["id"]), Text(r["source"]), Text(" ".join(r["languages"])), Text(r["published"] or ""),
                      str(r["paragraphs"]), Text(clip(r["title"], title_width)))
    out.print(table)


@app.command()
@handled
def show(
    what: Annotated[str, typer.Argument(help="A document id, id prefix or file name; or 'event' / 'person' / 'quote'.")],
    ref: Annotated[Optional[str], typer.Argument(help="With 'event', 'person' or 'quote': its id or name.")] = None,
    db: DbOpt = None,
    side_by_side: Annotated[bool, typer.Option("--side-by-side", "-s", metavar="", help="Aligned translations in two columns.")] = False,
    why: Annotated[bool, typer.Option("--why", metavar="", help="Each extracted field with the rule that set it and its evidence.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Show a document's cleaned paragraphs, or `show event ID`, `show person NAME`, `show quote ID`."""
    import cli_show
    from store import corpus

    dbh = _open(db, readonly=True)
    if what in ("event", "person", "quote"):
        if not ref:
            fail(f"Say which {what}: kerben show {what} {'NAME' if what == 'person' else 'ID'}.", 2)
        data = getattr(corpus, what)(dbh, ref)
        if as_json:
            _emit_json(data)
        elif why:
            cli_show.why(out, data)
        else:
            {"event": cli_show.event, "person": cli_show.person, "quote": cli_show.quote}[what](out, data)
        return
    row = corpus.document(dbh, what)
    if side_by_side:
        if as_json:
            from store.twins_store import document_pairs, twin_pairs

            pairs = document_pairs(row) or (twin_pairs(dbh, row["twins"][0]) if row.get("twins") else [])
            _emit_json(pairs)
        else:
            cli_show.side_by_side(out, row, dbh)
        return
    if as_json:
        _emit_json(row)
        return
    cli_show.document(out, row)


@app.command()
@handled
def events(
    db: DbOpt = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Up to this date.")] = None,
    country: Annotated[Optional[str], typer.Option("--country", help="ISO country code, e.g. KG.")] = None,
    kind: Annotated[Optional[str], typer.Option("--kind", help="training, roundtable, conference, meeting, campaign, forum, other.")] = None,
    org: Annotated[Optional[str], typer.Option("--org", help="Organizer or funder contains this.")] = None,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Reported in a document holding this language.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n")] = 100,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """List events, newest first."""
    from store import corpus

    rows = corpus.events(_open(db, readonly=True), date_from=date_from, date_to=date_to, country=country,
                         kind=kind, org=org, lang=lang, limit=limit)
    if _records(rows, as_json, as_csv):
        return
    table = Table(show_edge=False)
    for col in ("id", "date", "kind", "place", "country", "title", "organizers"):
        table.add_column(col, overflow="fold" if col in ("title", "organizers") else "ellipsis")
    for r in rows:
        table.add_row(Text(r["id"]), Text(r["date"] or "-"), Text(r["kind"] or ""), Text(r["place"] or ""),
                      Text(r["country"] or ""), Text(clip((r["titles"] or [""])[0], 60)),
                      Text(clip("; ".join(map(str, r["organizers"])), 80)))
    out.print(table)


@app.command()
@handled
def people(
    db: DbOpt = None,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Named in a document holding this language.")] = None,
    document: Annotated[Optional[str], typer.Option("--document", "-d", help="Only people of this document.")] = None,
    org: Annotated[Optional[str], typer.Option("--org", help="Organization contains this.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n")] = 100,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """List people across documents (one identity per person)."""
    from store import corpus

    dbh = _open(db, readonly=True)
    doc_id = corpus.resolve_document(dbh, document) if document else None
    rows = corpus.people(dbh, lang=lang, document_id=doc_id, org=org, limit=limit)
    if _records(rows, as_json, as_csv):
        return
    table = Table(show_edge=False)
    for col in ("name", "role", "organization", "documents"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(Text(r["name"]), Text(r["role"] or ""), Text(r["organization"] or ""), str(r["documents"]))
    out.print(table)


@app.command()
@handled
def quotes(
    db: DbOpt = None,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Quotes in this language.")] = None,
    document: Annotated[Optional[str], typer.Option("--document", "-d", help="Only quotes of this document.")] = None,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Speaker contains this.")] = None,
    org: Annotated[Optional[str], typer.Option("--org", help="Speaker's organization contains this.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n")] = 100,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """List direct quotes with their speakers."""
    from store import corpus

    dbh = _open(db, readonly=True)
    doc_id = corpus.resolve_document(dbh, document) if document else None
    rows = corpus.quotes(dbh, lang=lang, document_id=doc_id, speaker=speaker, org=org, limit=limit)
    if _records(rows, as_json, as_csv):
        return
    table = Table(show_edge=False, show_lines=True)
    for col in ("speaker", "lang", "quote", "source"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(Text(r["speaker"] or "-"), Text(r["lang"] or ""), Text(clip(r["text"], 300)), Text(r["source"]))
    out.print(table)


@app.command()
@handled
def export(
    db: DbOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (the export contract) or csv.")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    corrections: Annotated[bool, typer.Option("--corrections", help="Write the corrections alone (JSON Lines, "
                                              "for `kerben import-corrections`).")] = False,
) -> None:
    """Export every document with what was extracted (JSON Lines or CSV)."""
    from store.export import write_corrections, write_csv, write_jsonl

    if fmt not in ("jsonl", "csv") or (corrections and fmt != "jsonl"):
        fail(f"Unknown export format '{fmt}': use jsonl{'' if corrections else ' or csv'}.", 1)
    dbh = _open(db, readonly=True)
    writer = write_corrections if corrections else write_jsonl if fmt == "jsonl" else write_csv
    if output is None:
        writer(dbh, sys.stdout)
        return
    tmp = output.with_name(output.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            n = writer(dbh, fh)
        os.replace(tmp, output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        fail(f"Cannot write {output}: {exc.strerror or exc}.")
    err.print(f"Exported {plural(n, 'correction' if corrections else 'document')} to {output}.")


@app.command()
@handled
def reprocess(
    db: DbOpt = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes.", show_default=False)] = 0,
    as_json: JsonOpt = False,
) -> None:
    """Run the current pipeline again over the stored raw texts (no original files needed)."""
    from store.importer import default_jobs, reprocess as run

    summary = run(_open(db), jobs=jobs or default_jobs())
    if as_json:
        _emit_json(summary.as_dict())
    else:
        for o in summary.failed:
            err.print(Text(f"failed: {o.reason}", style="red"))
        out.print(f"Reprocessed {plural(summary.count('replaced'), 'document')}, {len(summary.failed)} failed.")
    if summary.failed:
        raise typer.Exit(1)


@app.command()
@handled
def demo(
    db: Annotated[Optional[Path], typer.Option("--db", help="Where to build the demo database "
                                               "(default: demo.db beside the default database).")] = None,
    no_browse: Annotated[bool, typer.Option("--no-browse", metavar="", help="Import and print a summary; do not open the TUI.")] = False,
) -> None:
    """Import the built-in (fictional) demo corpus into a fresh database and show it."""
    from store import corpus
    from store.db import default_path
    from store.demo import demo_files
    from store.importer import import_paths

    path = db or default_path().with_name("demo.db")
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    dbh = _open(path, create=True)
    summary = import_paths(dbh, [str(p) for p in demo_files()], jobs=1)
    for o in summary.failed:
        err.print(Text(f"failed: {o.reason}", style="red"))
    data = corpus.stats(dbh)
    out.print(f"Demo corpus (fictional reports): {data['documents']} documents, {data['paragraphs']} paragraphs, "
              f"{data['events']} events, {data['people_mentions']} people, {data['quotes']} quotes, "
              f"{data['parallel_pairs']} translation pairs in {path}")
    table = Table(show_edge=False)
    for col in ("id", "source", "languages", "title"):
        table.add_column(col)
    for r in corpus.documents(dbh, limit=30):
        table.add_row(Text(r["id"]), Text(r["source"]), Text(" ".join(r["languages"])), Text(clip(r["title"], 60)))
    out.print(table)
    if summary.failed:
        raise typer.Exit(1)
    if not no_browse and sys.stdin.isatty() and sys.stdout.isatty():
        _browse(path)


sys.modules.setdefault("cli", sys.modules[__name__])  # `python -m cli`: the command modules add to this app
import cli_corrections  # noqa: E402,F401 - correct, merge, reject, corrections, import-corrections
import cli_timeline  # noqa: E402,F401 - timeline, stats


def _quick_import(args: list[str]) -> int | None:
    """``kerben import PATH... [--db P] [--jobs N] [--force] [--max-size MB] [--no-extract] [--json]``
    without Typer's parsing, which costs about 0.2 s of CPU (pydantic among it) ahead of the import.

    The same command function runs, with the same messages and exit codes. Only these plain forms
    are parsed here; anything else (help, another option, a value that is not a plain number)
    returns None and Typer parses it and says what is wrong.

    >>> _quick_import(["reports/", "--jobs", "two"]) is None, _quick_import(["--json"]) is None
    (True, True)
    """
    scanned = _scan_options(args, {"--force": "force", "--no-extract": "no_extract", "--json": "as_json"},
                            {"--db": "db", "--jobs": "jobs", "-j": "jobs", "--max-size": "max_size"})
    if scanned is None or not scanned[1]:
        return None
    opts, paths = scanned
    if "" in opts.values() or not all(_plain_number(opts[k], k == "max_size") for k in ("jobs", "max_size") if k in opts):
        return None
    kwargs: dict = {k: True for k in ("force", "no_extract", "as_json") if k in opts}
    if "db" in opts:
        kwargs["db"] = Path(opts["db"])
    if "jobs" in opts:
        kwargs["jobs"] = int(opts["jobs"])
    if "max_size" in opts:
        kwargs["max_size"] = float(opts["max_size"])
    try:
        import_(paths, **kwargs)
    except typer.Exit as exc:
        return exc.exit_code
    return 0


def _plain_number(value: str, decimal: bool) -> bool:
    """``"4"``, or ``"2.5"`` when *decimal*: what the quick import path reads itself.

    >>> _plain_number("4", False), _plain_number("2.5", True), _plain_number("2.5", False), _plain_number("-1", False)
    (True, True, False, False)
    """
    whole, dot, frac = value.partition(".") if decimal else (value, "", "")
    return whole.isascii() and whole.isdigit() and (not dot or (frac.isascii() and frac.isdigit()))


if Path(sys.argv[0]).stem in ("kerben", "cli") and sys.argv[1:2] == ["import"]:
    _code = _quick_import(sys.argv[2:])
    if _code is not None:
        sys.exit(_code)


def run() -> None:
    try:
        app()
    except KerbenError as exc:
        fail(str(exc), exc.exit_code)


if __name__ == "__main__":
    run()
