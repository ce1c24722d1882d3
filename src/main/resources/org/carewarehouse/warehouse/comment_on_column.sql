-- A view column's comment, from warehouse/glossary.csv.
COMMENT ON COLUMN "{{view}}"."{{column}}" IS '{{description}}'
