-- An indicator's value from its unrounded numerator and denominator: numerator /
-- denominator x multiplier, rounded half away from zero to the given decimal places in
-- exact integer arithmetic (never on a double), returned as DECIMAL(18,4). Numerator and
-- denominator hold at most 2 decimal places (counts, or money in pounds and pence). With
-- no denominator the value is the numerator (counts and sums); with a zero one, NULL.
CREATE OR REPLACE MACRO exact_ratio(numerator, denominator, multiplier, decimals) AS
    CASE
        WHEN numerator IS NULL THEN NULL
        WHEN denominator IS NULL THEN CAST(numerator AS DECIMAL(18, 4))
        WHEN denominator = 0 THEN NULL
        ELSE CAST(CAST(sign(numerator) * ((CAST(abs(numerator) * 100 AS HUGEINT) * CAST(multiplier AS HUGEINT)
                * CAST(10 ** decimals AS HUGEINT) * 2 + CAST(denominator * 100 AS HUGEINT))
                // (2 * CAST(denominator * 100 AS HUGEINT))) * CAST(10 ** (4 - decimals) AS HUGEINT)
            AS DECIMAL(38, 0)) * 0.0001 AS DECIMAL(18, 4))
    END;

-- Better, similar or worse than a benchmark value: better or worse when the 95% interval
-- lies wholly on one side of it (by polarity), similar when it spans it; NULL without
-- an interval.
CREATE OR REPLACE MACRO compared(lower, upper, benchmark, polarity) AS
    CASE
        WHEN lower IS NULL OR upper IS NULL OR benchmark IS NULL THEN NULL
        WHEN lower > benchmark THEN CASE polarity WHEN 'higher' THEN 'Better' ELSE 'Worse' END
        WHEN upper < benchmark THEN CASE polarity WHEN 'higher' THEN 'Worse' ELSE 'Better' END
        ELSE 'Similar'
    END;

-- The limits of an indicator's confidence interval at 95 or 99.8%, on the indicator's
-- scale: Wilson for proportions, Poisson (exact below 10 events, Byar's from 10) for
-- rates; NULL for indicators without one.
CREATE OR REPLACE MACRO interval_lower(method, numerator, denominator, multiplier, confidence) AS
    CASE method
        WHEN 'wilson' THEN wilson_lower(numerator, denominator, z_for(confidence)) * multiplier
        WHEN 'poisson' THEN poisson_lower(CAST(numerator AS BIGINT), confidence) / denominator * multiplier
    END;
CREATE OR REPLACE MACRO interval_upper(method, numerator, denominator, multiplier, confidence) AS
    CASE method
        WHEN 'wilson' THEN wilson_upper(numerator, denominator, z_for(confidence)) * multiplier
        WHEN 'poisson' THEN poisson_upper(CAST(numerator AS BIGINT), confidence) / denominator * multiplier
    END;
