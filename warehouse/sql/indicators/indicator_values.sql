-- materialise: computed once a run, since the benchmarks, gaps, exports and national measures read it
-- Every indicator value, per council, financial year and breakdown, internal and
-- unsuppressed, naming its definition (version, the national file it follows and its
-- departures): numerator, denominator, value (indicator_value: rounded from the unrounded
-- counts; a rate or share without its denominator has none, indicator_gaps lists it),
-- 95% and 99.8% confidence intervals (Wilson for proportions; exact Poisson
-- below 10 events and Byar's approximation above for rates) and whether a published
-- figure must be suppressed: a numerator or denominator of 1 to the threshold, or the
-- people a figure is about (a model's people column: the children of CLA-COST-DAY, the
-- people of COST-LEDGER-WEEK) 1 to the threshold, or a denominator below the indicator's minimum (workforce: 10 workers,
-- counted by the model's workers column where it has one, as the vacancy rate's
-- denominator holds vacancies too). The breakdown is
-- both a label and typed columns, one per part of it (breakdown_part), NULL where the
-- row is not cut that way. A new ind_*.sql model joins the union below. The catalogue's
-- suppression_family and suppression_size come along for indicators_published.
-- references: council -> dim_council.council
-- references: financial_year -> dim_financial_year.financial_year
CREATE OR REPLACE VIEW indicator_values AS
WITH counts AS (
    SELECT * FROM internal.ind_adm
    UNION ALL BY NAME SELECT * FROM internal.ind_rbl_91
    UNION ALL BY NAME SELECT * FROM internal.ind_rbl_84
    UNION ALL BY NAME SELECT * FROM internal.ind_rbl_rate
    UNION ALL BY NAME SELECT * FROM internal.ind_stm_out
    UNION ALL BY NAME SELECT * FROM internal.ind_ld_emp
    UNION ALL BY NAME SELECT * FROM internal.ind_dp
    UNION ALL BY NAME SELECT * FROM internal.ind_home
    UNION ALL BY NAME SELECT * FROM internal.ind_cost
    UNION ALL BY NAME SELECT * FROM internal.ind_cost_ledger
    UNION ALL BY NAME SELECT * FROM internal.ind_day
    UNION ALL BY NAME SELECT * FROM internal.ind_cla
    UNION ALL BY NAME SELECT * FROM internal.ind_cla_cost
    UNION ALL BY NAME SELECT * FROM internal.ind_workforce
),
typed AS (
    SELECT c.indicator_id, c.council, c.financial_year, c.breakdown,
        CAST(c.numerator AS DECIMAL(18, 2)) AS numerator,
        CAST(c.denominator AS DECIMAL(18, 2)) AS denominator,
        c.workers,
        c.people,
        k.*  EXCLUDE (indicator_id)
    FROM counts AS c
    JOIN indicator_catalogue AS k ON k.indicator_id = c.indicator_id
)
SELECT
    t.indicator_id,
    t.version AS definition_version,
    t.national_source,
    t.departures,
    t.title,
    t.council,
    d.council_name,
    d.region,
    t.financial_year,
    t.breakdown,
    breakdown_part(t.breakdown, 'Support at admission') AS support_at_admission,
    breakdown_part(t.breakdown, 'Service') AS service_component,
    breakdown_part(t.breakdown, 'Setting') AS support_setting,
    breakdown_part(t.breakdown, 'Provision') AS provision,
    breakdown_part(t.breakdown, 'Provider type') AS provider_type,
    breakdown_part(t.breakdown, 'Provider') AS provider_id,
    breakdown_part(t.breakdown, 'Support reason') AS primary_support_reason,
    breakdown_part(t.breakdown, 'Age') AS age_band,
    breakdown_part(t.breakdown, 'Gender') AS gender,
    t.numerator,
    t.denominator,
    indicator_value(t.numerator, t.denominator, t.has_denominator, t.multiplier, t.decimals) AS value,
    t.unit,
    t.decimals,
    t.polarity,
    interval_lower(t.method, t.numerator, t.denominator, t.multiplier, 95) AS lower_95,
    interval_upper(t.method, t.numerator, t.denominator, t.multiplier, 95) AS upper_95,
    interval_lower(t.method, t.numerator, t.denominator, t.multiplier, 99.8) AS lower_99_8,
    interval_upper(t.method, t.numerator, t.denominator, t.multiplier, 99.8) AS upper_99_8,
    (t.suppress AND (suppressed(t.numerator, t.denominator, CAST('{{suppression_threshold}}' AS INTEGER))
            OR small_count(t.people, CAST('{{suppression_threshold}}' AS INTEGER))))
        OR coalesce(coalesce(t.workers, t.denominator) < t.min_denominator, false) AS suppressed,
    t.suppression_family,
    t.suppression_size
FROM typed AS t
LEFT JOIN dim_council AS d ON d.council = t.council;
