-- Every indicator with its definition: id, version, title, ASCOF numbers before and after
-- the 2023-24 renumbering, the model that computes it, numerator, denominator, unit,
-- multiplier, decimal places, confidence interval method, polarity (higher or lower is
-- better, or none), whether published figures suppress small numbers, the smallest
-- denominator published, the national file it follows (national_source) and its named
-- departures from it. From warehouse/reference/indicators.csv. has_denominator: an
-- indicator with no denominator definition is a count or sum, whose value is its
-- numerator; every other needs a denominator to have a value. suppression_family: the
-- indicators whose published cells of one breakdown, council and year are hidden
-- together, being figures of the same people (COST: the service costs; DAY: the day
-- opportunities), the indicator's own id where it stands alone; suppression_size:
-- 'numerator' or 'denominator' on the one indicator of a family whose figure counts a
-- cell's people or placements (COST-PERSON's people, DAY-PLACEMENTS' placements), which
-- secondary suppression hides the smallest of first; NULL elsewhere, a cell of a family
-- without one being sized by its largest numerator.
CREATE OR REPLACE VIEW indicator_catalogue AS
SELECT * REPLACE (coalesce(suppression_family, indicator_id) AS suppression_family),
    denominator_definition IS NOT NULL AS has_denominator
FROM read_csv('{{run}}/reference/indicators.csv', header = true, quote = '"',
    columns = {'indicator_id': 'VARCHAR', 'version': 'INTEGER', 'title': 'VARCHAR', 'ascof_old': 'VARCHAR',
        'ascof_new': 'VARCHAR', 'model': 'VARCHAR', 'numerator_definition': 'VARCHAR', 'denominator_definition': 'VARCHAR',
        'unit': 'VARCHAR', 'multiplier': 'INTEGER', 'decimals': 'INTEGER', 'method': 'VARCHAR',
        'polarity': 'VARCHAR', 'suppress': 'BOOLEAN', 'min_denominator': 'INTEGER', 'suppression_family': 'VARCHAR',
        'suppression_size': 'VARCHAR', 'national_source': 'VARCHAR', 'departures': 'VARCHAR'});
