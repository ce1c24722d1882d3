-- The benchmark's reference: DuckDB reads the same extracts with explicit column types
-- (auto-detection would read money as DOUBLE), keeps unreadable rows aside as the
-- pipeline does, and writes Snappy Parquet.
COPY (
    SELECT *
    FROM read_csv('{{input}}/*.csv',
        header = true,
        store_rejects = true,
        dateformat = '%Y-%m-%d',
        columns = {
            'LA code': 'VARCHAR',
            'Reporting Period Start Date': 'DATE',
            'Reporting Period End Date': 'DATE',
            'NHS Number': 'VARCHAR',
            'LA Person Unique Identifier': 'VARCHAR',
            'First Name': 'VARCHAR',
            'Last Name': 'VARCHAR',
            'Gender': 'VARCHAR',
            'Ethnicity': 'VARCHAR',
            'Date of Birth': 'DATE',
            'Date of Death': 'DATE',
            'Client Type': 'VARCHAR',
            'Primary Support Reason': 'VARCHAR',
            'Postcode': 'VARCHAR',
            'Accommodation Status': 'VARCHAR',
            'Employment Status': 'VARCHAR',
            'Has Unpaid Carer': 'VARCHAR',
            'Client Funding Status': 'VARCHAR',
            'Event Type': 'VARCHAR',
            'Event Reference': 'VARCHAR',
            'Event Start Date': 'DATE',
            'Event End Date': 'DATE',
            'Event Outcome': 'VARCHAR',
            'Request: Route of Access': 'VARCHAR',
            'Assessment Type': 'VARCHAR',
            'Eligible Needs Identified': 'VARCHAR',
            'Service Type': 'VARCHAR',
            'Service Component': 'VARCHAR',
            'Delivery Mechanism': 'VARCHAR',
            'Provider CQC Location ID': 'VARCHAR',
            'Unit Cost': 'DECIMAL(18,2)',
            'Cost Frequency (Unit Type)': 'VARCHAR',
            'Planned units per week': 'DECIMAL(18,2)',
            'Provider Type': 'VARCHAR'
        })
) TO '{{target}}' (FORMAT PARQUET, COMPRESSION SNAPPY);
