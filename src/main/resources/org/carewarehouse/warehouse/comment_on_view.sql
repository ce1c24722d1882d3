-- A view's comment, from the model that defines it.
COMMENT ON VIEW "{{schema}}"."{{view}}" IS '{{comment}}'
