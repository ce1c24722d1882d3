-- Each indicator row's typed breakdown columns give its label back: every part of a
-- breakdown label has a known key, in the order warehouse/sql/staging/breakdown.sql
-- gives, so no cut of an indicator is missing from the columns analysts filter on.
SELECT indicator_id, breakdown, count(*) AS rows_affected
FROM indicator_values
WHERE breakdown <> coalesce(nullif(concat_ws(' | ',
        'Support at admission: ' || support_at_admission,
        'Service: ' || service_component,
        'Setting: ' || support_setting,
        'Provision: ' || provision,
        'Provider type: ' || provider_type,
        'Provider: ' || provider_id,
        'Support reason: ' || primary_support_reason,
        'Age: ' || age_band,
        'Gender: ' || gender), ''), 'All')
GROUP BY ALL
