-- Every indicator with its definition: id, version, title, ASCOF numbers before and after
-- the 2023-24 renumbering, the model that computes it, numerator, denominator, unit,
-- multiplier, decimal places, confidence interval method, polarity (higher or lower is
-- better, or none), whether published figures suppress small numbers, the smallest
-- denominator published, the national code it follows and its named departures from it. From warehouse/reference/indicators.csv.
CREATE OR REPLACE VIEW indicator_catalogue AS
SELECT *
FROM read_csv('{{run}}/reference/indicators.csv', header = true, quote = '"',
    columns = {'indicator_id': 'VARCHAR', 'version': 'INTEGER', 'title': 'VARCHAR', 'ascof_old': 'VARCHAR',
        'ascof_new': 'VARCHAR', 'model': 'VARCHAR', 'numerator_definition': 'VARCHAR', 'denominator_definition': 'VARCHAR',
        'unit': 'VARCHAR', 'multiplier': 'INTEGER', 'decimals': 'INTEGER', 'method': 'VARCHAR',
        'polarity': 'VARCHAR', 'suppress': 'BOOLEAN', 'min_denominator': 'INTEGER',
        'national_source': 'VARCHAR', 'departures': 'VARCHAR'});
