"""The timeline: events per period, the same filters as `kerben events`, a chart that fits 80 columns."""
import json

import pytest

from cli import app
from store.timeline import bars, tally

from test_cli import ok, one_sentence_error


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from typer.testing import CliRunner

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    r = CliRunner().invoke(app, ["demo", "--db", str(path), "--no-browse"])
    assert r.exit_code == 0, r.output
    return path


@pytest.mark.parametrize("filters", [[], ["--country", "KG"], ["--from", "2024"], ["--to", "2023-12"],
                                     ["--kind", "training"], ["--lang", "ru"], ["--org", "a"]])
@pytest.mark.parametrize("by,split", [("month", None), ("week", "country"), ("quarter", "kind"),
                                      ("year", "organizer")])
def test_timeline_counts_add_up_to_the_events_listed(runner, demo_db, filters, by, split):
    args = ["--db", str(demo_db), *filters]
    listed = json.loads(ok(runner.invoke(app, ["events", *args, "--limit", "10000", "--json"])))
    data = json.loads(ok(runner.invoke(app, ["timeline", *args, "--by", by, "--json",
                                             *(["--split", split] if split else [])])))
    assert data["total"] == len(listed)
    placed = sum(p["total"] for p in data["periods"])
    assert placed + data["undated"]["total"] + data["imprecise"]["total"] == len(listed)
    assert all(sum(p["counts"].values()) == p["total"] for p in data["periods"])
    assert data["undated"]["total"] == sum(1 for e in listed if not e["date"])


def test_the_chart_fits_80_columns_and_marks_series_without_colour(runner, demo_db, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    text = ok(runner.invoke(app, ["timeline", "--db", str(demo_db), "--split", "country"], env={"COLUMNS": "80"}))
    lines = text.splitlines()
    assert lines and max(len(line) for line in lines) <= 80
    assert "\x1b[" not in text
    legend = lines[-1]
    assert "█ " in legend and "▓ " in legend, "each series has its own fill character"
    assert any(line.rstrip().endswith(" 1") and "█" in line for line in lines)


def test_csv_has_a_column_per_series(runner, demo_db):
    rows = ok(runner.invoke(app, ["timeline", "--db", str(demo_db), "--by", "year", "--split", "kind",
                                  "--csv"])).splitlines()
    head = rows[0].split(",")
    assert head[0] == "period" and head[-1] == "total" and "training" in head
    assert sum(int(r.split(",")[-1]) for r in rows[1:]) == len(json.loads(ok(runner.invoke(
        app, ["events", "--db", str(demo_db), "--json"]))))


def test_stats_counts_events_by_country_kind_and_year(runner, demo_db):
    data = json.loads(ok(runner.invoke(app, ["stats", "--db", str(demo_db), "--json"])))
    listed = json.loads(ok(runner.invoke(app, ["events", "--db", str(demo_db), "--json"])))
    for key in ("events_by_country", "events_by_kind", "events_by_year"):
        assert sum(data[key].values()) == len(listed)
    assert data["events_by_country"]["KG"] == sum(1 for e in listed if e["country"] == "KG")
    assert "events by year" in ok(runner.invoke(app, ["stats", "--db", str(demo_db)]))


@pytest.mark.parametrize("args,says", [(["--by", "day"], "Unknown period"), (["--split", "place"], "Cannot split"),
                                       (["--country", "ZZ"], "No events match")])
def test_bad_timeline_requests_are_one_sentence(runner, demo_db, args, says):
    one_sentence_error(runner.invoke(app, ["timeline", "--db", str(demo_db), *args]), 1, says)


def test_weeks_cross_the_new_year_and_gaps_are_zero():
    t = tally([{"date": "2020-12-28"}, {"date": "2021-01-18"}], "week", None)
    assert [(p["period"], p["total"]) for p in t["periods"]] == [
        ("2020-W53", 1), ("2021-W01", 0), ("2021-W02", 0), ("2021-W03", 1)]


def test_dates_vaguer_than_the_period_are_counted_apart():
    t = tally([{"date": "2024"}, {"date": "2024-05"}, {"date": None}], "month", None)
    assert (t["imprecise"]["total"], t["undated"]["total"], [p["period"] for p in t["periods"]]) == (1, 1, ["2024-05"])
    assert [label for label, _, _ in bars(t, 40)] == ["2024-05", "too vague", "undated"]


def test_stacked_segments_add_up_to_the_bar():
    rows = [{"date": "2024-01-01", "series": k} for k in ["forum"] * 3 + ["training"] * 2 + ["meeting"]]
    (label, segs, total), = bars(tally(rows, "month", "kind"), width=40)
    assert total == 6 and [i for i, _ in segs] == [0, 1, 2]
    assert sum(n for _, n in segs) == 40 - len(label) - 2 - 1 - 1
