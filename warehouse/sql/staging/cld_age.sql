-- Age in whole years as DHSC derives it: from the first of the birth month, days / 365.25
-- rounded down (Create_personal_details_table.sql 784-800; 2B2C 57-61).
CREATE OR REPLACE MACRO cld_age(birth_date, on_date) AS
    CAST(floor(date_diff('day', birth_date, on_date) / 365.25) AS INTEGER);
