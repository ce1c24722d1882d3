-- The least a load done inside DuckDB would do before it checked anything: read the same
-- extracts as text, number each file's rows (a reject must name its line) and write Parquet
-- partitioned by file, as the load writes a part per file. No check, no keyed person, no
-- reject, and the numbers follow the order DuckDB read, which it does not promise is the
-- file's: a floor for that design's time, not a load.
COPY (
    SELECT row_number() OVER (PARTITION BY filename) AS line, *
    FROM read_csv('{{input}}/*.csv', header = true, all_varchar = true, filename = true)
) TO '{{target}}' (FORMAT PARQUET, COMPRESSION SNAPPY, PARTITION_BY (filename));
