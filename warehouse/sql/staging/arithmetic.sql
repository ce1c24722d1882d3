-- An indicator's value from its unrounded numerator and denominator: numerator /
-- denominator x multiplier, rounded half away from zero to the given decimal places in
-- exact integer arithmetic (never on a double), returned as DECIMAL(18,4). Numerator and
-- denominator hold at most 4 decimal places (counts, money in pounds and pence, or
-- pounds times planned units). A ratio needs both: with no numerator or no denominator
-- there is no value (national-definitions section 5, never the count published as a
-- rate), and with a zero denominator none either. The sign is the quotient's, a negative
-- denominator (an income budget) included.
CREATE OR REPLACE MACRO exact_ratio(numerator, denominator, multiplier, decimals) AS
    CASE
        WHEN numerator IS NULL OR denominator IS NULL OR denominator = 0 THEN NULL
        ELSE CAST(CAST(sign(numerator) * sign(denominator) * ((CAST(abs(numerator) * 10000 AS HUGEINT)
                * CAST(multiplier AS HUGEINT) * CAST(10 ** decimals AS HUGEINT) * 2
                + CAST(abs(denominator) * 10000 AS HUGEINT))
                // (2 * CAST(abs(denominator) * 10000 AS HUGEINT))) * CAST(10 ** (4 - decimals) AS HUGEINT)
            AS DECIMAL(38, 0)) * 0.0001 AS DECIMAL(18, 4))
    END;

-- The value an indicator publishes: a count or sum (the catalogue gives it no
-- denominator) is its numerator; anything else is the exact ratio, so a rate whose
-- population is missing has no value.
CREATE OR REPLACE MACRO indicator_value(numerator, denominator, has_denominator, multiplier, decimals) AS
    CASE
        WHEN NOT has_denominator THEN CAST(numerator AS DECIMAL(18, 4))
        ELSE exact_ratio(numerator, denominator, multiplier, decimals)
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

-- The quartile (1 to 4) of a council ranked rank of councils, as PHStatsMethods'
-- ph_quantile assigns quantiles (quantiles.py, the OHID method): floor(5 - ceil((councils
-- + 1 - rank) / (councils / 4))), never below 1, in integer arithmetic; none with fewer
-- than four councils. The rank is the first place of tied values, so councils tied on a
-- value share a rank and a quartile whatever order a sort leaves them in
-- (national-definitions section 5).
CREATE OR REPLACE MACRO quartile_of(rank, councils) AS
    CASE
        WHEN councils < 4 THEN NULL
        ELSE greatest(1, 5 - (4 * (councils + 1 - rank) + councils - 1) // councils)
    END;

-- The limits of an indicator's confidence interval at 95 or 99.8%, on the indicator's
-- scale: Wilson for proportions, Poisson (exact below 10 events, Byar's from 10) for
-- rates; NULL for indicators without one, when the numerator or denominator is missing
-- (national-definitions section 5), and for a denominator of zero or less, which
-- PHStatsMethods refuses (validation.py).
CREATE OR REPLACE MACRO interval_lower(method, numerator, denominator, multiplier, confidence) AS
    CASE
        WHEN numerator IS NULL OR denominator IS NULL OR denominator <= 0 THEN NULL
        WHEN method = 'wilson' THEN wilson_lower(numerator, denominator, z_for(confidence)) * multiplier
        WHEN method = 'poisson' THEN poisson_lower(CAST(numerator AS BIGINT), confidence) / denominator * multiplier
    END;
CREATE OR REPLACE MACRO interval_upper(method, numerator, denominator, multiplier, confidence) AS
    CASE
        WHEN numerator IS NULL OR denominator IS NULL OR denominator <= 0 THEN NULL
        WHEN method = 'wilson' THEN wilson_upper(numerator, denominator, z_for(confidence)) * multiplier
        WHEN method = 'poisson' THEN poisson_upper(CAST(numerator AS BIGINT), confidence) / denominator * multiplier
    END;
