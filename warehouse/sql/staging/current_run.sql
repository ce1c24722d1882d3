-- The run this catalog was built over: the job instance whose folder the views read, so
-- that an assertion can pick tonight's steps out of the whole run history.
CREATE SCHEMA IF NOT EXISTS internal;

CREATE OR REPLACE VIEW internal.current_run AS
SELECT CAST(regexp_extract('{{run}}', 'run-(\d+)[/\\]?$', 1) AS BIGINT) AS instance_id;
