-- materialise: written as Parquet for BI tools, the star schema read without DuckDB
-- Single years of age and the bands the indicators use (ASCOF's 18-64 and 65+, the
-- reablement bands 65-74, 75-84, 85+).
CREATE OR REPLACE VIEW dim_age_band AS
SELECT
    age,
    CASE WHEN age < 18 THEN '0-17' WHEN age < 65 THEN '18-64' ELSE '65+' END AS ascof_band,
    CASE WHEN age < 65 THEN NULL WHEN age < 75 THEN '65-74' WHEN age < 85 THEN '75-84' ELSE '85+' END AS older_band
FROM range(0, 121) AS ages(age);
