-- Secondary suppression, for every published table whose cells add up to totals
-- (domain.md section 8: where a total and the other cells would give a suppressed cell
-- away, suppress the next smallest cell too).
--
-- secondary_suppression reads a relation of group members: grp, the group; level, the
-- order groups are settled in; cell, the cell (a cell is a member of every group it adds
-- up to); total, whether the member is the group's total; size, its count; suppressed,
-- whether it is hidden to begin with. A
-- group's total is a member where it is published beside its cells; a group whose total
-- is known only by adding other published cells has none, and its total counts as shown.
-- A group gives a hidden member away where:
-- - exactly one of its members is hidden: the total less the shown cells, or the cells
--   added up, is that member;
-- - its total is shown and its hidden cells add up to exactly their number: zero is
--   shown, so a reader takes each [c] to be at least 1, and they are then all 1 (two
--   hidden cells of a total of 12 whose shown cells make 10). Hidden cells adding up to
--   0 are each 0, but so is every cell of a total of 0, hidden or not: zero is shown.
-- The smallest shown member of such a group (by size, its cells before its total, then by
-- cell) is hidden too, and the passes repeat until no group gives one away, as a cell
-- hidden for one group can leave another with a single hidden cell. A group with no shown
-- member has nothing left to hide (a group of one cell adds up to that cell itself) and
-- is passed over, lest, choosing nothing, it end the passes before wider groups are
-- settled. Each pass settles the groups of the lowest level that give one away, so that
-- a narrow group (a service's provider types) hides its next smallest cell before a wider
-- one holding it (every service's provider types) picks a cell of its own. Hiding only grows,
-- so the passes end. A shown zero may be the cell hidden beside another: hidden, it
-- stands for a count as well as any, and the rule above still holds it safe, since
-- hidden cells whose sizes add up to their number are hidden again whether or not a 0
-- is among them (2 and 0 read as 1 and 1 to one who takes [c] as at least 1). Each group
-- is checked on its own: a hidden cell two groups narrow down together (its range in one
-- cut by the other) is not looked for. It returns each cell of the members once, hidden
-- or not.
CREATE OR REPLACE MACRO secondary_suppression(members) AS TABLE
WITH RECURSIVE numbered AS MATERIALIZED (
    -- the passes window over numbers, not the labels' structs (a third of the time); a
    -- cell's number keeps its label's order for the tie-break
    SELECT *, dense_rank() OVER (ORDER BY grp) AS grp_no, dense_rank() OVER (ORDER BY cell) AS cell_no
    FROM query_table(members)
),
passes(grp, level, cell, total, size, hidden, changed) AS (
    SELECT grp_no, level, cell_no, total, size, suppressed, true
    FROM numbered
    UNION ALL
    SELECT grp, level, cell, total, size, hidden OR bool_or(chosen) OVER (PARTITION BY cell), bool_or(chosen) OVER ()
    FROM (
        SELECT *,
            NOT hidden AND gives_away AND level = min(level) FILTER (WHERE gives_away) OVER ()
                AND row_number() OVER (PARTITION BY grp, hidden ORDER BY total, size NULLS LAST, cell) = 1 AS chosen
        FROM (
            SELECT *,
                (hidden_members = 1
                    OR (NOT total_hidden AND hidden_cells > 1 AND hidden_size = hidden_cells))
                    AND hidden_members < all_members AS gives_away
            FROM (
                SELECT *,
                    count(*) OVER members AS all_members,
                    count(*) FILTER (WHERE hidden) OVER members AS hidden_members,
                    count(*) FILTER (WHERE hidden AND NOT total) OVER members AS hidden_cells,
                    sum(size) FILTER (WHERE hidden AND NOT total) OVER members AS hidden_size,
                    bool_or(hidden AND total) OVER members AS total_hidden
                FROM passes
                WHERE changed
                WINDOW members AS (PARTITION BY grp))))
)
SELECT DISTINCT n.cell, p.hidden
FROM passes AS p
JOIN (SELECT DISTINCT cell_no, cell FROM numbered) AS n ON n.cell_no = p.cell
WHERE NOT p.changed;

-- An indicator cell as the passes name it: a breakdown of an indicator family in one
-- council and year. indicators_published finds each cell's verdict by it.
CREATE OR REPLACE MACRO indicator_cell(family, council, financial_year, breakdown) AS
    {'family': family, 'council': council, 'financial_year': financial_year, 'breakdown': breakdown};

-- The groups of an indicator breakdown: for each non-empty set of its parts, the cells
-- that differ only in those parts, adding up to the breakdown without them ('All'
-- without any). 'Support at admission: X | Age: 65-74' is in the support values at
-- 65-74 ('Support at admission | Age: 65-74', adding up to 'Age: 65-74'), the age bands
-- of X ('Support at admission: X | Age', to 'Support at admission: X') and every
-- support value at every age ('Support at admission | Age', to 'All').
CREATE OR REPLACE MACRO breakdown_groups(breakdown) AS
    CASE WHEN breakdown <> 'All' THEN list_transform(range(1, 1 << len(string_split(breakdown, ' | '))),
        lambda removed: {
            'label': array_to_string(list_transform(string_split(breakdown, ' | '),
                lambda p, i: CASE WHEN (removed >> (i - 1)) & 1 = 1 THEN split_part(p, ': ', 1) ELSE p END), ' | '),
            'total': coalesce(nullif(array_to_string(list_filter(string_split(breakdown, ' | '),
                lambda p, i: (removed >> (i - 1)) & 1 = 0), ' | '), ''), 'All')})
        ELSE [] END;

-- The members, as secondary_suppression reads them, of the groups of indicator cells
-- (family, council, financial_year, breakdown, size, suppressed), each group's level the
-- number of parts it varies in: every group whose total is published for the same
-- family, council and year; every group adding up to the breakdown's first part
-- (indicators_published says why a setting's age bands are one); and every group adding
-- up to 'All', published or not, since any whole breakdown shown adds up to it. Groups
-- adding up to a total that is not published are left out: 'Service: Day Support | Age:
-- 65+' is no indicator's breakdown, so the support reasons of Day Support at 65+ are not
-- a group.
CREATE OR REPLACE MACRO breakdown_members(cells) AS TABLE
WITH indicator_cells AS (
    FROM query_table(cells)
),
indicator_groups AS (
    SELECT family, council, financial_year, breakdown, unnest(breakdown_groups(breakdown), recursive := true)
    FROM indicator_cells
),
known AS (
    SELECT g.*, t.breakdown IS NOT NULL AS total_published
    FROM indicator_groups AS g
    LEFT JOIN indicator_cells AS t ON t.family = g.family AND t.council = g.council
        AND t.financial_year = g.financial_year AND t.breakdown = g.total
    WHERE t.breakdown IS NOT NULL OR g.total = 'All' OR g.total = split_part(g.breakdown, ' | ', 1)
)
SELECT {'family': k.family, 'council': k.council, 'financial_year': k.financial_year, 'label': k.label} AS grp,
    len(string_split(k.label, ' | ')) - len(string_split(k.total, ' | ')) + CAST(k.total = 'All' AS INTEGER) AS level,
    indicator_cell(c.family, c.council, c.financial_year, c.breakdown) AS cell,
    c.breakdown = k.total AS total, c.size, c.suppressed
FROM (SELECT DISTINCT family, council, financial_year, label, total, breakdown FROM known
      UNION SELECT DISTINCT family, council, financial_year, label, total, total FROM known WHERE total_published)
    AS k
JOIN indicator_cells AS c ON c.family = k.family AND c.council = k.council
    AND c.financial_year = k.financial_year AND c.breakdown = k.breakdown;

-- Whether two breakdown labels can hold the same people: not where they give one part two
-- values ('Service: Day Support' and 'Service: Home Support | Age: 65+'), since a part's
-- values do not overlap (breakdown_members adds them up).
CREATE OR REPLACE MACRO breakdowns_overlap(one, other) AS
    NOT coalesce(list_bool_or(list_transform(string_split(one, ' | '), lambda one_part:
        breakdown_part(other, split_part(one_part, ': ', 1)) <> breakdown_part(one, split_part(one_part, ': ', 1)))),
        false);

-- The members, as secondary_suppression reads them, of pairs of indicator cells that are
-- one set of people published under two labels: 'Service: Short Term Residential Care'
-- and 'Setting: Short Term: Other | Age: 65+' where that setting is only that service
-- and its people are all 65+, so that hiding the one and showing the other would publish
-- the hidden figures all the same. No relation between the labels shows it, so the
-- figures do. Two cells of a family in one council and year are one where:
-- - they publish at least one indicator in common, and every indicator of the family
--   that both publish has the same numerator and the same denominator in both (NULL
--   matching NULL); an indicator only one of them publishes is not compared (the cost
--   family's ledger cost per week alone is published by setting). The size the
--   family is counted by is one of these figures (its sizing indicator's numerator or
--   denominator, or a one-indicator family's numerator), so it is compared wherever
--   both cells have it; where one lacks it, its size is some other figure of its own
--   and is not compared;
-- - their labels can hold the same people (breakdowns_overlap): 'Service: A' and
--   'Service: B' alike to the penny are two sets of people, neither giving the other
--   away.
-- Two cells alike only by chance are one cell here too, which hides a cell more than
-- needed and gives nothing away. Each pair is a group of two, one cell the other's total
-- (adding up to nothing but that cell), at level 0, so it is settled before any group of
-- a breakdown: with one hidden, the other is hidden in the next pass, which can leave a
-- group of the other's with a single hidden member for the pass after, and so on until
-- nothing changes. Pairs, not classes, since two cells alike in what they share need not
-- be alike to a third; hiding spreads along the pairs all the same. cells are as
-- breakdown_members reads them; figures hold a row for each indicator of a cell:
-- family, council, financial_year, breakdown, indicator_id, numerator, denominator.
CREATE OR REPLACE MACRO alias_members(cells, figures) AS TABLE
WITH figures AS (
    FROM query_table(figures)
),
agreeing AS (
    SELECT a.family, a.council, a.financial_year, a.breakdown AS one, b.breakdown AS other, count(*) AS agree
    FROM figures AS a
    JOIN figures AS b ON b.family = a.family AND b.council = a.council AND b.financial_year = a.financial_year
        AND b.indicator_id = a.indicator_id AND b.numerator IS NOT DISTINCT FROM a.numerator
        AND b.denominator IS NOT DISTINCT FROM a.denominator AND b.breakdown > a.breakdown
    WHERE breakdowns_overlap(a.breakdown, b.breakdown)
    GROUP BY ALL
),
-- each cell's indicators, so that a pair's indicators in common are counted without
-- joining every indicator of one cell to every other cell's (the cell as one key, so
-- that the two sides of a pair are joined only through it)
published AS (
    SELECT indicator_cell(family, council, financial_year, breakdown) AS cell,
        list(indicator_id) AS indicators
    FROM figures
    GROUP BY ALL
),
aliases AS (
    SELECT p.family, p.council, p.financial_year, p.one, p.other
    FROM agreeing AS p
    JOIN published AS a ON a.cell = indicator_cell(p.family, p.council, p.financial_year, p.one)
    JOIN published AS b ON b.cell = indicator_cell(p.family, p.council, p.financial_year, p.other)
    WHERE len(list_intersect(a.indicators, b.indicators)) = p.agree
)
SELECT {'family': p.family, 'council': p.council, 'financial_year': p.financial_year, 'label': p.one || ' = ' || p.other}
        AS grp,
    0 AS level,
    indicator_cell(c.family, c.council, c.financial_year, c.breakdown) AS cell,
    c.breakdown = p.one AS total, c.size, c.suppressed
FROM aliases AS p
JOIN query_table(cells) AS c ON c.family = p.family AND c.council = p.council AND c.financial_year = p.financial_year
    AND c.breakdown IN (p.one, p.other);
