package org.carewarehouse.warehouse;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * submission_name orders the files of one period as their submissions: the file first,
 * then its resubmissions by number, whatever the case of the ending.
 */
class SubmissionNameSqlTests {

	/**
	 * A council on its tenth resubmission: -r10 replaces -r9, though "-r10" sorts before
	 * "-r9" as text. The ending (.csv, .CSV, .csv.gz) plays no part.
	 */
	@Test
	void resubmissionsOrderByTheirNumber() throws Exception {
		try (ModelDatabase db = new ModelDatabase()) {
			db.models("staging/submission_name");
			db.execute("CREATE TABLE files AS SELECT * FROM (VALUES ('services-E1-2023-24-r10.csv'), "
					+ "('services-E1-2023-24.csv.gz'), ('services-E1-2023-24-r9.CSV'), ('services-E1-2023-24-r2.csv')) "
					+ "AS t(source_file)");
			assertThat(db.rows("SELECT source_file FROM files ORDER BY submission_name(source_file)")).containsExactly(
					List.of("services-E1-2023-24.csv.gz"), List.of("services-E1-2023-24-r2.csv"),
					List.of("services-E1-2023-24-r9.CSV"), List.of("services-E1-2023-24-r10.csv"));
			assertThat(db.text("SELECT submission_name('mye-2022-R3.csv')")).isEqualTo("mye-2022-r000000003");
			assertThat(db.text("SELECT submission_name('mye-2022.csv')")).isEqualTo("mye-2022");
		}
	}

}
