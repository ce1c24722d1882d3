-- Workforce rates per council, financial year and main service of the workplace, from
-- each council's latest ASC-WDS snapshot in the year (Skills for Care's definitions, as
-- ind_workforce): filled posts (workers recorded), vacancies, vacancy rate = vacancies /
-- (filled posts + vacancies), leavers and turnover = leavers / permanent and temporary
-- staff of the workplaces that gave their leavers (blank is not zero), both in %. Skills
-- for Care publishes nothing for fewer than 10 workers: such a service shows [c]
-- throughout, and where a council's year has exactly one such service, the next smallest
-- is hidden too, since the council's total is published (WF-VAC).
CREATE SCHEMA IF NOT EXISTS published;

CREATE OR REPLACE VIEW published.workforce_rates AS
WITH latest AS (
    SELECT council, financial_year, max(snapshot_date) AS snapshot_date
    FROM workforce_workplaces
    GROUP BY ALL
),
places AS (
    SELECT p.council, p.financial_year, p.snapshot_date, p.main_service,
        CAST(sum(p.vacancies) AS BIGINT) AS vacancies,
        CAST(sum(p.leavers) AS BIGINT) AS leavers,
        CAST(sum(p.permanent_and_temporary_staff) FILTER (WHERE p.leavers IS NOT NULL) AS BIGINT)
            AS permanent_and_temporary
    FROM workforce_workplaces AS p
    JOIN latest AS l USING (council, financial_year, snapshot_date)
    GROUP BY ALL
),
posts AS (
    SELECT f.council, f.financial_year, f.main_service, CAST(count(*) AS BIGINT) AS filled_posts
    FROM fct_workforce_posts AS f
    JOIN latest AS l USING (council, financial_year, snapshot_date)
    GROUP BY ALL
),
rates AS (
    SELECT p.council, p.financial_year, p.snapshot_date, p.main_service, coalesce(s.filled_posts, 0) AS filled_posts,
        p.vacancies, p.leavers, p.permanent_and_temporary,
        coalesce(s.filled_posts, 0) < 10 AS small
    FROM places AS p
    LEFT JOIN posts AS s USING (council, financial_year, main_service)
),
secondary AS (
    SELECT *,
        count(*) FILTER (WHERE small) OVER year AS small_services,
        row_number() OVER (PARTITION BY council, financial_year, small ORDER BY filled_posts, main_service) AS smallest
    FROM rates
    WINDOW year AS (PARTITION BY council, financial_year)
),
final AS (
    SELECT *, small OR (small_services = 1 AND smallest = 1) AS hidden
    FROM secondary
)
SELECT council, financial_year, snapshot_date, main_service,
    CASE WHEN hidden THEN '[c]' ELSE CAST(filled_posts AS VARCHAR) END AS filled_posts,
    CASE WHEN hidden THEN '[c]' ELSE CAST(vacancies AS VARCHAR) END AS vacancies,
    CASE WHEN hidden THEN '[c]' ELSE printf('%.1f', exact_ratio(vacancies, filled_posts + vacancies, 100, 1)) END
        AS vacancy_rate,
    CASE WHEN hidden THEN '[c]' ELSE CAST(leavers AS VARCHAR) END AS leavers,
    CASE WHEN hidden THEN '[c]' ELSE printf('%.1f', exact_ratio(leavers, permanent_and_temporary, 100, 1)) END
        AS turnover_rate,
    hidden AS suppressed
FROM final;
