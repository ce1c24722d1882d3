-- Every council with a published figure, with its name.
SELECT DISTINCT council, council_name
FROM indicators_published
ORDER BY council
