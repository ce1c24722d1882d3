-- Every validation rule by its stable code: join rejects.rule to rules.rule.
CREATE OR REPLACE VIEW rules AS
SELECT *
FROM read_parquet('{{run}}/rules/*.parquet');
