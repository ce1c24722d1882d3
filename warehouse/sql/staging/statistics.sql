-- Confidence intervals and suppression, as public health statistics compute them
-- (DOUBLE arithmetic: these are statistics, not money).
--
-- Exact Poisson limits for counts 0 to 9 at 95% and 99.8%, from
-- warehouse/reference/poisson-exact-limits.csv (lower = chi-square(alpha/2, 2O) / 2,
-- upper = chi-square(1 - alpha/2, 2O + 2) / 2; a unit test recomputes every row).
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.poisson_exact_limits AS
SELECT *
FROM read_csv('{{run}}/reference/poisson-exact-limits.csv', header = true,
    columns = {'observed_count': 'INTEGER', 'confidence_level': 'DOUBLE', 'lower': 'DOUBLE', 'upper': 'DOUBLE'});

-- The normal quantile for a two-sided 95% or 99.8% interval.
CREATE OR REPLACE MACRO z_for(confidence) AS CASE confidence WHEN 95 THEN 1.959963985 WHEN 99.8 THEN 3.090232306 END;

-- Wilson score interval for the proportion numerator / denominator, as a proportion,
-- held within 0 and 1 (at 0/n and n/n rounding would otherwise stray just outside).
-- Only for a proportion: none without a positive denominator, a numerator from 0 to the
-- denominator (PHStatsMethods refuses the rest: validation.py validate_data,
-- proportions.py ph_proportion), where the square root would be NaN or the limits miss
-- the value.
CREATE OR REPLACE MACRO wilson_lower(numerator, denominator, z) AS
    CASE WHEN denominator > 0 AND numerator BETWEEN 0 AND denominator THEN greatest(0,
        (2 * numerator + z * z - z * sqrt(z * z + 4 * numerator * (1 - numerator / denominator)))
        / (2 * (denominator + z * z))) END;
CREATE OR REPLACE MACRO wilson_upper(numerator, denominator, z) AS
    CASE WHEN denominator > 0 AND numerator BETWEEN 0 AND denominator THEN least(1,
        (2 * numerator + z * z + z * sqrt(z * z + 4 * numerator * (1 - numerator / denominator)))
        / (2 * (denominator + z * z))) END;

-- Byar's approximation to the limits of a Poisson count O.
CREATE OR REPLACE MACRO byar_lower(observed, z) AS
    CASE WHEN observed = 0 THEN 0
         ELSE observed * pow(1 - 1 / (9 * observed) - z / (3 * sqrt(observed)), 3) END;
CREATE OR REPLACE MACRO byar_upper(observed, z) AS
    (observed + 1) * pow(1 - 1 / (9 * (observed + 1)) + z / (3 * sqrt(observed + 1)), 3);

-- Limits of a Poisson count at 95 or 99.8%: exact below 10 events, Byar's from 10 on.
CREATE OR REPLACE MACRO poisson_lower(observed, confidence) AS
    CASE WHEN observed < 10 THEN (SELECT l.lower FROM internal.poisson_exact_limits AS l
                                  WHERE l.observed_count = observed AND l.confidence_level = confidence)
         ELSE byar_lower(observed, z_for(confidence)) END;
CREATE OR REPLACE MACRO poisson_upper(observed, confidence) AS
    CASE WHEN observed < 10 THEN (SELECT l.upper FROM internal.poisson_exact_limits AS l
                                  WHERE l.observed_count = observed AND l.confidence_level = confidence)
         ELSE byar_upper(observed, z_for(confidence)) END;

-- Whether a count is too small to publish: from 1 to the threshold (zero is shown, and a
-- count not known hides nothing).
CREATE OR REPLACE MACRO small_count(n, threshold) AS
    coalesce(n BETWEEN 1 AND threshold, false);

-- Whether a published figure must be hidden: its numerator or denominator is a small
-- count.
CREATE OR REPLACE MACRO suppressed(numerator, denominator, threshold) AS
    small_count(numerator, threshold) OR small_count(denominator, threshold);
