package org.carewarehouse.reports;

import java.util.ArrayList;
import java.util.List;

import org.carewarehouse.warehouse.Catalog;

/**
 * One sheet of a council's data quality report: its name in the workbook, the file name
 * of its CSV copy, and the query that fills it, run once for the council or once per
 * table.
 *
 * @param title the worksheet's name
 * @param file the CSV file's name, without {@code .csv}
 * @param query the report query (a {@code .sql} file beside this class)
 * @param tables the tables the query is run over one by one, or none
 */
record QualitySheet(String title, String file, String query, List<String> tables) {

	/** The loaded person-level and finance tables whose columns are checked for gaps. */
	static final List<String> COMPLETENESS_TABLES = List.of("services", "hospital_discharges", "children_episodes",
			"workforce_workers", "ledger", "commitments");

	/** The sheets, in workbook order. */
	static final List<QualitySheet> ALL = List.of(new QualitySheet("Rejects", "rejects", "quality_rejects", List.of()),
			new QualitySheet("Completeness", "completeness", "quality_completeness", COMPLETENESS_TABLES),
			new QualitySheet("Validity", "validity", "quality_validity", List.of()),
			new QualitySheet("Files refused", "files-refused", "quality_refused", List.of()),
			new QualitySheet("Missing denominators", "missing-denominators", "quality_gaps", List.of()));

	Catalog.Rows rows(ReportSql sql, String council) {
		if (this.tables.isEmpty()) {
			return sql.run(this.query, council);
		}
		List<String> columns = List.of();
		List<List<Object>> values = new ArrayList<>();
		for (String table : this.tables) {
			Catalog.Rows rows = sql.run(this.query, table, council, table);
			columns = rows.columns();
			values.addAll(rows.values());
		}
		return new Catalog.Rows(columns, values);
	}

}
