-- Every indicator's published figures (indicators_published): numerator, denominator,
-- value and 95% interval as numbers, NULL where a small count is suppressed (suppressed
-- is true), with the next smallest cell of a breakdown hidden too; and each as text the
-- way a published table shows it, [c] where suppressed (the *_display columns). Figures
-- by provider stay in the restricted zone: one provider's placements are often one or two
-- people's packages, and its prices are commercially sensitive.
CREATE SCHEMA IF NOT EXISTS published;

CREATE OR REPLACE VIEW published.indicator_figures AS
SELECT indicator_id, definition_version, title, council, council_name, region, financial_year,
    breakdown, support_at_admission, service_component, support_setting, provision, primary_support_reason,
    age_band, gender, unit,
    numerator, denominator, value, lower_95, upper_95, suppressed,
    numerator_display, denominator_display, value_display, lower_95_display, upper_95_display
FROM indicators_published
WHERE provider_id IS NULL;
