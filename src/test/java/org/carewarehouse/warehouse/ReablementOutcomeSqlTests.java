package org.carewarehouse.warehouse;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code internal.ind_rbl_84} counts clusters, not rows ({@code Create_ASCOF_2D.sql}
 * 552-553 in DataS-DHSC/ASC-CLD-LA-Dashboard): a cluster linked to two discharges on one
 * day has a row for each, and counts once in every slice it falls in. Worked out by hand
 * from the rows below, for E1 in 2023-24: clusters P1#1 (in the community, two rows, one
 * for each support at admission), P1#2 (not) and P2#1 (in the community, sex not known).
 */
class ReablementOutcomeSqlTests {

	@TempDir
	Path run;

	ModelDatabase db;

	@BeforeEach
	void dischargesAndTheModel() throws Exception {
		// the outcome window is named only in the model's comment
		this.db = new ModelDatabase(this.run).with("reablement_outcome_days", "84");
		this.db.execute("""
				CREATE TABLE reablement_discharges AS
				SELECT * FROM (VALUES
				    ('E1', '2023-24', 'P1', 1, true, '65-74', 'Female', 'Those in LT community support'),
				    ('E1', '2023-24', 'P1', 1, true, '65-74', 'Female', 'Those not in any LTS'),
				    ('E1', '2023-24', 'P1', 2, false, '75-84', 'Female', 'Those not in any LTS'),
				    ('E1', '2023-24', 'P2', 1, true, '85+', 'Unknown', 'Those not in any LTS'),
				    -- a cluster without a key is in no count: its slices show 0 of 0
				    ('E1', '2023-24', 'P3', NULL, true, '85+', 'Male', 'Those not in any LTS'),
				    -- the same person key in another council, or in another year, is counted there
				    ('E2', '2023-24', 'P1', 1, false, '65-74', 'Female', 'Those not in any LTS'),
				    ('E1', '2024-25', 'P1', 1, true, '65-74', 'Female', 'Those not in any LTS')
				) AS rows(council, financial_year, person_key, cluster_no, remained_in_community, age_band,
				    gender, support_at_admission)""");
		this.db.models("indicators/ind_rbl_84");
	}

	@AfterEach
	void close() throws SQLException {
		this.db.close();
	}

	@Test
	void aClusterWithTwoLinkedRowsCountsOnceInEachSlice() throws SQLException {
		assertThat(counts("E1", "2023-24")).containsExactly(Map.entry("Age: 65-74", "1/1"),
				Map.entry("Age: 75-84", "0/1"), Map.entry("Age: 85+", "1/1"), Map.entry("All", "2/3"),
				Map.entry("Gender: Female", "1/2"), Map.entry("Gender: Male", "0/0"),
				Map.entry("Support at admission: Those in LT community support", "1/1"),
				Map.entry("Support at admission: Those in LT community support | Age: 65-74", "1/1"),
				Map.entry("Support at admission: Those in LT community support | Gender: Female", "1/1"),
				Map.entry("Support at admission: Those not in any LTS", "2/3"),
				Map.entry("Support at admission: Those not in any LTS | Age: 65-74", "1/1"),
				Map.entry("Support at admission: Those not in any LTS | Age: 75-84", "0/1"),
				Map.entry("Support at admission: Those not in any LTS | Age: 85+", "1/1"),
				Map.entry("Support at admission: Those not in any LTS | Gender: Female", "1/2"),
				Map.entry("Support at admission: Those not in any LTS | Gender: Male", "0/0"));
	}

	@Test
	void anotherCouncilOrYearIsCountedApart() throws SQLException {
		assertThat(counts("E2", "2023-24")).containsEntry("All", "0/1");
		assertThat(counts("E1", "2024-25")).containsEntry("All", "1/1");
	}

	private Map<String, String> counts(String council, String year) throws SQLException {
		Map<String, String> counts = new LinkedHashMap<>();
		for (List<Object> row : this.db
			.rows("SELECT breakdown, numerator || '/' || denominator " + "FROM internal.ind_rbl_84 WHERE council = '"
					+ council + "' AND financial_year = '" + year + "' ORDER BY breakdown")) {
			counts.put((String) row.get(0), (String) row.get(1));
		}
		return counts;
	}

}
