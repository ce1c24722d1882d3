-- A view's comment, from the model that defines it.
COMMENT ON VIEW "{{view}}" IS '{{comment}}'
