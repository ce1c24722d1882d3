-- Every service user's event joins to the people dimension.
SELECT s.council, s.source_file, s.source_line
FROM services AS s
WHERE s.client_type = 'Service User'
  AND NOT EXISTS (
    SELECT 1 FROM people AS p WHERE p.person_key = s.person_key AND p.council = s.council
  )
