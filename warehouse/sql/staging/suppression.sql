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
WITH RECURSIVE passes(grp, level, cell, total, size, hidden, changed) AS (
    SELECT grp, level, cell, total, size, suppressed, true
    FROM query_table(members)
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
SELECT DISTINCT cell, hidden
FROM passes
WHERE NOT changed;

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
    {'family': c.family, 'council': c.council, 'financial_year': c.financial_year, 'breakdown': c.breakdown}
        AS cell,
    c.breakdown = k.total AS total, c.size, c.suppressed
FROM (SELECT DISTINCT family, council, financial_year, label, total, breakdown FROM known
      UNION SELECT DISTINCT family, council, financial_year, label, total, total FROM known WHERE total_published)
    AS k
JOIN indicator_cells AS c ON c.family = k.family AND c.council = k.council
    AND c.financial_year = k.financial_year AND c.breakdown = k.breakdown;
