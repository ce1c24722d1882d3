-- materialise: computed alone, then read by indicator_values
-- Workforce (Skills for Care's definitions), from each council's latest ASC-WDS snapshot
-- in the year: vacancy rate = vacancies / (filled posts + vacancies), filled posts being
-- the workers recorded at workplaces whose row (and so vacancy count) was loaded;
-- turnover = leavers in the last 12 months / permanent and temporary staff, of the
-- workplaces that gave their leavers (a blank is not known, not zero: domain.md section
-- 6); shares of workers with a relevant qualification, aged 55 and over and female, of
-- those whose answer is known; average age and years in the sector. workers is the count
-- of workers each figure rests on, which Skills for Care's 10-worker minimum applies to:
-- the filled posts of the vacancy rate, not its vacancies.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.ind_workforce AS
WITH latest AS (
    SELECT council, financial_year, max(snapshot_date) AS snapshot_date
    FROM workforce_workplaces
    GROUP BY ALL
),
places AS (
    SELECT p.council, p.financial_year, sum(p.vacancies) AS vacancies, sum(p.leavers) AS leavers,
        sum(p.permanent_and_temporary_staff) FILTER (WHERE p.leavers IS NOT NULL) AS permanent_and_temporary
    FROM workforce_workplaces AS p
    JOIN latest AS l USING (council, financial_year, snapshot_date)
    GROUP BY ALL
),
posts AS (
    SELECT f.council, f.financial_year,
        -- main_service is required on every workplace row: NULL only where the worker's
        -- workplace row is missing or was rejected, its vacancies not known
        count(*) FILTER (WHERE f.main_service IS NOT NULL) AS filled,
        count(*) FILTER (WHERE f.relevant_qualification = 'Yes') AS qualified,
        count(*) FILTER (WHERE f.relevant_qualification IN ('Yes', 'No')) AS qualification_known,
        count(*) FILTER (WHERE f.age >= 55) AS aged_55,
        count(f.age) AS age_known,
        sum(f.age) AS total_age,
        count(*) FILTER (WHERE f.gender = 'Female') AS female,
        count(*) FILTER (WHERE f.gender IN ('Female', 'Male', 'Other')) AS gender_known,
        sum(f.years_in_sector) AS total_years,
        count(f.years_in_sector) AS years_known
    FROM fct_workforce_posts AS f
    JOIN latest AS l USING (council, financial_year, snapshot_date)
    GROUP BY ALL
)
SELECT 'WF-VAC' AS indicator_id, s.council, s.financial_year, 'All' AS breakdown,
    p.vacancies AS numerator, s.filled + p.vacancies AS denominator,
    -- the workers behind the rate, whom the 10-worker minimum counts: not its vacancies
    s.filled AS workers
FROM posts AS s JOIN places AS p USING (council, financial_year)
UNION ALL
SELECT 'WF-TURN', council, financial_year, 'All', leavers, permanent_and_temporary, permanent_and_temporary
FROM places
UNION ALL SELECT 'WF-QUAL', council, financial_year, 'All', qualified, qualification_known, qualification_known
FROM posts
UNION ALL SELECT 'WF-55', council, financial_year, 'All', aged_55, age_known, age_known FROM posts
UNION ALL SELECT 'WF-AGE', council, financial_year, 'All', total_age, age_known, age_known FROM posts
UNION ALL SELECT 'WF-FEM', council, financial_year, 'All', female, gender_known, gender_known FROM posts
UNION ALL SELECT 'WF-YRS', council, financial_year, 'All', total_years, years_known, years_known FROM posts;
