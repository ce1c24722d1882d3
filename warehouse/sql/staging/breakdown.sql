-- Indicator breakdowns. Every ind_* model labels its rows 'All' or with parts 'Key: value'
-- joined by ' | ', keys in this order: Support at admission, Service, Setting,
-- Provision, Provider type, Provider, Support reason, Age, Gender (for example
-- 'Service: Home Support | Support reason: Physical Support: Personal Care | Age: 65+').
-- breakdown_part gives the value of one key, or NULL where the label has none; a value
-- may itself hold ': ' (support reasons, children's settings). The assertion
-- warehouse/tests/breakdowns_are_typed.sql checks that the typed columns taken this way
-- give the label back, so a label with an unknown key or out of order stops the build.
CREATE OR REPLACE MACRO breakdown_part(breakdown, part) AS
    list_transform(list_filter(string_split(breakdown, ' | '), lambda p: starts_with(p, part || ': ')),
        lambda p: substr(p, length(part) + 3))[1];
