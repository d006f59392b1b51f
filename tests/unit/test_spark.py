"""newsclean.spark on PySpark in local mode; skipped cleanly without pyspark, pandas, pyarrow or Java."""

import gzip
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from newsclean import clean
from newsclean.spark import ARTICLE_FIELDS, archive_partition, article_row, clean_partition

# warcio's record writer leaves a SpooledTemporaryFile to the garbage collector; not ours to close.
pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")

PAGE = (
    "Home | News | Sport\n\nBridge Reopens\n\nBy Jane Doe\n\n"
    "The old bridge reopened on Monday after a repair that took two years, officials said. "
    "Traffic is expected to return to normal by the end of the week.\n"
)
HTML = (
    "<html><head><title>Bridge Reopens</title></head><body><nav><a href='/'>Home</a></nav>"
    "<article><h1>Bridge Reopens</h1><p>The old bridge reopened on Monday after a repair that took "
    "two years, officials said. Traffic is expected to return to normal by the end of the week.</p>"
    "</article></body></html>"
)


def _wet(records: list[tuple[str, str]]) -> bytes:
    warcio = pytest.importorskip("warcio")
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, text in records:
        rec = writer.create_warc_record(url, "conversion", payload=io.BytesIO(text.encode()),
                                        warc_headers_dict={"Content-Type": "text/plain"})
        writer.write_record(rec)
    assert warcio
    return out.getvalue()


def test_clean_partition_matches_clean_and_reports_errors() -> None:
    rows = list(clean_partition([("https://e.com/a", PAGE, "text"), ("https://e.com/b", None, None),
                                 ("https://e.com/c", HTML.encode(), "html")]))
    assert rows[0] == article_row(clean(PAGE, url="https://e.com/a", format="text"), url="https://e.com/a")
    assert rows[1]["error"].startswith("InvalidInputError")
    assert rows[2]["error"] is None
    assert all(tuple(r) == ARTICLE_FIELDS for r in rows)


def test_archive_partition_reads_wet_files(tmp_path) -> None:
    path = tmp_path / "part.warc.wet.gz"
    path.write_bytes(_wet([("https://e.com/a", PAGE), ("https://e.com/b", PAGE.replace("Bridge", "Tunnel"))]))
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(gzip.compress(b"not a warc file at all"))
    rows = list(archive_partition([str(path), str(broken)]))
    assert [r["url"] for r in rows[:2]] == ["https://e.com/a", "https://e.com/b"]
    assert rows[0]["body"] == clean(PAGE, url="https://e.com/a", format="text").body
    assert rows[-1]["url"] == str(broken)
    assert rows[-1]["error"]


def _java_ok() -> bool:
    # PySpark runs $JAVA_HOME/bin/java when JAVA_HOME is set, else the java on PATH.
    home = os.environ.get("JAVA_HOME")
    java = str(Path(home) / "bin" / "java") if home else shutil.which("java")
    if java is None:
        return False
    try:
        return subprocess.run([java, "-version"], capture_output=True, timeout=30, check=False).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    pytest.importorskip("pyspark")
    if not _java_ok():
        pytest.skip("PySpark needs Java (java -version failed or java is not on PATH)")
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]").appName("newsclean-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true").getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::FutureWarning")
def test_pandas_udf_on_a_dataframe(spark) -> None:
    from newsclean.spark import clean_udf

    df = spark.createDataFrame(
        [("https://e.com/a", PAGE), ("https://e.com/b", None), ("https://e.com/c", HTML)], "url string, page string"
    )
    out = df.select(clean_udf()("page", "url").alias("a")).select("a.*").collect()
    assert [r.url for r in out] == ["https://e.com/a", "https://e.com/b", "https://e.com/c"]
    assert out[0].body == clean(PAGE, url="https://e.com/a").body
    assert out[1].error.startswith("InvalidInputError")
    assert out[2].error is None
    assert out[2].body == clean(HTML, url="https://e.com/c").body
    one_column = df.select(clean_udf(format="text")("page").alias("a")).select("a.body").collect()
    assert one_column[0].body == out[0].body


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::FutureWarning")
def test_wet_files_to_parquet_with_map_partitions(spark, tmp_path) -> None:
    from newsclean.spark import ARTICLE_SCHEMA

    paths = []
    for i in range(3):
        path = tmp_path / f"part-{i}.warc.wet.gz"
        path.write_bytes(_wet([(f"https://e.com/{i}/{j}", PAGE) for j in range(4)]))
        paths.append(str(path))
    rdd = spark.sparkContext.parallelize(paths, 2).mapPartitions(archive_partition)
    df = spark.createDataFrame(rdd.map(lambda r: tuple(r[f] for f in ARTICLE_FIELDS)), ARTICLE_SCHEMA)
    df.write.parquet(str(tmp_path / "articles.parquet"))
    back = spark.read.parquet(str(tmp_path / "articles.parquet"))
    assert back.count() == 12
    assert back.filter("error is null").count() == 12
    expected = {f"https://e.com/{i}/{j}" for i in range(3) for j in range(4)}
    assert {r.url for r in back.select("url").collect()} == expected
