-- Every reject names a rule in the rule catalogue.
SELECT feed, source_file, source_line, rule
FROM rejects
WHERE rule NOT IN (SELECT rule FROM rules)
