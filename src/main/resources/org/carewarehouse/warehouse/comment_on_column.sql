-- A view column's comment, from warehouse/glossary.csv.
COMMENT ON COLUMN "{{schema}}"."{{view}}"."{{column}}" IS '{{description}}'
