-- Prevalence of a condition by sex and age band, each row naming its source, from
-- warehouse/reference/prevalence.csv: the share of the population (rate, 0.0270 = 2.7%)
-- projected_people multiplies the population projections by.
-- unique: condition, sex, age_from
CREATE OR REPLACE VIEW prevalence_rates AS
SELECT *
FROM read_csv('{{run}}/reference/prevalence.csv', header = true,
    columns = {'condition': 'VARCHAR', 'sex': 'VARCHAR', 'age_from': 'INTEGER', 'age_to': 'INTEGER',
        'rate': 'DECIMAL(9,6)', 'source': 'VARCHAR'});
