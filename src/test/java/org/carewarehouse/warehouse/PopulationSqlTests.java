package org.carewarehouse.warehouse;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code population_by_council}, the denominator of every population rate: one estimate
 * per district and year, as DHSC's 2B and 2C read one population per council and age band
 * ({@code Create_ASCOF_2B2C_2425_Onwards.sql} 163-175 and 188, in
 * DataS-DHSC/ASC-CLD-LA-Dashboard).
 */
class PopulationSqlTests {

	ModelDatabase db;

	@BeforeEach
	void open() throws Exception {
		this.db = new ModelDatabase();
		this.db.execute("CREATE TABLE dim_district_council AS SELECT 'E07000066' AS district_code, "
				+ "'E10000012' AS council");
		this.db.models("staging/submission_name", "marts/dim_age_band");
	}

	@AfterEach
	void close() throws Exception {
		this.db.close();
	}

	/**
	 * Sefton's two full MYEB1 editions both hold mid-2021 and mid-2022: the later file
	 * (mye-2023: 101 and 111) gives them, not the sum (201 and 221); mid-2020 is only in
	 * mye-2020 (90) and mid-2023 only in mye-2023 (120). Liverpool's mid-2023 was sent
	 * again as mye-2023-r2 (55), which sorts after mye-2023 (50) once the ending is gone.
	 * Essex's district E07000066 has one edition (30). The projection (snpp) is not an
	 * estimate.
	 */
	@Test
	void eachYearIsTheLatestEditionsEstimateNotTheSumOfEditions() throws Exception {
		this.db.execute("""
				CREATE TABLE population AS SELECT * FROM (VALUES
				    ('E08000014', '1', 70, 2020, 90, 'mye-2020.csv'),
				    ('E08000014', '1', 70, 2021, 100, 'mye-2022.csv.gz'),
				    ('E08000014', '1', 70, 2022, 110, 'mye-2022.csv.gz'),
				    ('E08000014', '1', 70, 2021, 101, 'mye-2023.csv.gz'),
				    ('E08000014', '1', 70, 2022, 111, 'mye-2023.csv.gz'),
				    ('E08000014', '1', 70, 2023, 120, 'mye-2023.csv.gz'),
				    ('E08000014', '1', 70, 2023, 999, 'snpp-2022.csv'),
				    ('E08000012', '2', 40, 2023, 50, 'mye-2023.csv'),
				    ('E08000012', '2', 40, 2023, 55, 'mye-2023-r2.csv'),
				    ('E07000066', '2', 40, 2023, 30, 'mye-2023.csv'))
				    AS t(area_code, sex, age, mid_year, population, source_file)""");
		this.db.models("marts/population_by_council");
		assertThat(this.db.rows("SELECT council, mid_year, ascof_band, CAST(population AS BIGINT) "
				+ "FROM population_by_council ORDER BY council, mid_year"))
			.containsExactly(List.of("E08000012", 2023, "18-64", 55L), List.of("E08000014", 2020, "65+", 90L),
					List.of("E08000014", 2021, "65+", 101L), List.of("E08000014", 2022, "65+", 111L),
					List.of("E08000014", 2023, "65+", 120L), List.of("E10000012", 2023, "18-64", 30L));
	}

}
