package org.carewarehouse.commissioning;

import java.nio.file.Path;
import java.util.List;

import org.carewarehouse.warehouse.ModelDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Population projections, people projected to have a condition and projected demand for
 * services, built from their SQL models over hand-made rows; every expected figure is
 * worked out in the test's comment.
 */
class ProjectionSqlTests {

	@TempDir
	Path run;

	ModelDatabase db;

	@BeforeEach
	void open() throws Exception {
		this.db = new ModelDatabase(this.run).reference("prevalence.csv");
		this.db.execute("CREATE TABLE dim_district_council AS SELECT 'E07000066' AS district_code, "
				+ "'E10000012' AS council");
		this.db.models("staging/cld_age", "staging/arithmetic", "staging/submission_name", "staging/prevalence_rates",
				"marts/dim_age_band", "marts/dim_financial_year");
	}

	@AfterEach
	void close() throws Exception {
		this.db.close();
	}

	/**
	 * Projections come from snpp-* files only, estimates from the rest; a county is its
	 * districts' sum (Essex: E07000066 100 + E07000067, a district of no county in the
	 * map, left out); of Sefton's three files the resubmission of the later edition
	 * (snpp-2022-r2, 75) wins over snpp-2022 (70), though "snpp-2022.csv" sorts after
	 * "snpp-2022-r2.csv" as text, and over snpp-2018 (60), for every year.
	 */
	@Test
	void projectionsAreTheLatestEditionAndApartFromTheEstimates() throws Exception {
		this.db.execute("""
				CREATE TABLE population AS SELECT * FROM (VALUES
				    ('E07000066', '1', 70, 2030, 100, 'snpp-2018.csv.gz'),
				    ('E07000067', '1', 70, 2030, 900, 'snpp-2018.csv.gz'),
				    ('E08000014', '2', 40, 2030, 60, 'snpp-2018.csv.gz'),
				    ('E08000014', '2', 40, 2030, 70, 'snpp-2022.csv'),
				    ('E08000014', '2', 40, 2030, 75, 'snpp-2022-r2.csv'),
				    ('E08000014', '2', 40, 2023, 50, 'mye-2023.csv.gz'))
				    AS t(area_code, sex, age, mid_year, population, source_file)""");
		this.db.models("marts/population_by_council", "marts/population_projections_by_council");
		assertThat(this.db.rows("SELECT council, mid_year, ascof_band, edition, population "
				+ "FROM population_projections_by_council ORDER BY council"))
			.containsExactly(List.of("E08000014", 2030, "18-64", "snpp-2022-r2", 75L),
					List.of("E10000012", 2030, "65+", "snpp-2018", 100L));
		assertThat(this.db.rows("SELECT council, mid_year, population::BIGINT FROM population_by_council"))
			.containsExactly(List.of("E08000014", 2023, 50L));
	}

	/**
	 * Rates from prevalence.csv: a man of 20 (18-24, 2.70%, moderate or severe 0.70%) x
	 * 1,000 = 27 and 7; a woman of 60 (55-64, 1.85% and 0.36%) x 2,000 = 37 and 7.2; a
	 * man of 70 has no rate. Learning disability: 27 + 37 = 64 of 3,000; moderate or
	 * severe 7 + 7.2 = 14.2, 14.
	 */
	@Test
	void projectedPeopleArePopulationTimesPrevalenceByAgeAndSex() throws Exception {
		this.db.execute("""
				CREATE TABLE population_projections_by_council AS SELECT * FROM (VALUES
				    ('E08000014', 2030, '1', 20, 1000),
				    ('E08000014', 2030, '2', 60, 2000),
				    ('E08000014', 2030, '1', 70, 500))
				    AS t(council, mid_year, sex, age, population)""");
		this.db.models("marts/projected_people");
		assertThat(this.db.rows("SELECT condition, age_band, population, projected_people_exact::VARCHAR, "
				+ "projected_people FROM projected_people ORDER BY condition, age_band"))
			.containsExactly(List.of("Learning disability", "18-24", 1000L, "27.0000", 27L),
					List.of("Learning disability", "55-64", 2000L, "37.0000", 37L),
					List.of("Learning disability", "All", 3000L, "64.0000", 64L),
					List.of("Learning disability: moderate or severe", "18-24", 1000L, "7.0000", 7L),
					List.of("Learning disability: moderate or severe", "55-64", 2000L, "7.2000", 7L),
					List.of("Learning disability: moderate or severe", "All", 3000L, "14.2000", 14L));
		assertThat(this.db.text("SELECT DISTINCT source FROM projected_people")).contains("PANSI");
	}

	/**
	 * Base year 2023-24 (the later of the council's two), ages on 31 March 2024. P1 (74,
	 * home support open from 2023) and P4 (76, home and day support in the year) are 65+;
	 * P2's home support ended 31 March 2023, before the year; P3 (33) had day support in
	 * the summer; P5 is 14, P6 a carer, P7's event an assessment: out. Base: 65+ home
	 * support 2, day support 1, all services 2 (P4 once); 18-64 day support 1. 65+
	 * population 1,000 in 2023 and 1,324 in 2030: +32.4%, home support 2 x 1,324 / 1,000
	 * = 2.648, 2.6. 18-64 2,000 to 1,900: -5.0%, day support 0.95, 1.0. 2019 is before
	 * the base: no row.
	 */
	@Test
	void demandIsTheBaseYearsUseGrownWithItsAgeBand() throws Exception {
		this.db.execute("""
				CREATE TABLE internal.service_years AS SELECT * FROM (VALUES ('C', '2022-23'), ('C', '2023-24'))
				    AS t(council, financial_year)""");
		this.db.execute(
				"""
						CREATE TABLE internal.service_events AS SELECT council, person_key, event_type, client_type, service_type,
						    service_component, birth_month, event_start_date::DATE AS event_start_date,
						    event_end_date::DATE AS event_end_date
						FROM (VALUES
						    ('C', 'P1', 'Service', 'Service User', 'LTS', 'Home Support', '1950-01', '2023-01-01', NULL),
						    ('C', 'P2', 'Service', 'Service User', 'LTS', 'Home Support', '1950-06', '2022-01-01', '2023-03-31'),
						    ('C', 'P3', 'Service', 'Service User', 'LTS', 'Day Support', '1990-05', '2023-06-01', '2023-09-30'),
						    ('C', 'P4', 'Service', 'Service User', 'LTS', 'Home Support', '1948-02', '2023-05-01', NULL),
						    ('C', 'P4', 'Service', 'Service User', 'LTS', 'Day Support', '1948-02', '2023-05-01', NULL),
						    ('C', 'P5', 'Service', 'Service User', 'LTS', 'Day Support', '2010-01', '2023-05-01', NULL),
						    ('C', 'P6', 'Service', 'Carer', 'LTS', 'Day Support', '1960-01', '2023-05-01', NULL),
						    ('C', 'P7', 'Assessment', 'Service User', NULL, NULL, '1960-01', '2023-05-01', NULL))
						    AS t(council, person_key, event_type, client_type, service_type, service_component, birth_month,
						        event_start_date, event_end_date)""");
		this.db.execute("""
				CREATE TABLE population_projections_by_council AS SELECT * FROM (VALUES
				    ('C', 2019, '65+', 900), ('C', 2023, '65+', 1000), ('C', 2030, '65+', 1324),
				    ('C', 2023, '18-64', 2000), ('C', 2030, '18-64', 1900))
				    AS t(council, mid_year, ascof_band, population)""");
		this.db.models("marts/projected_demand");
		assertThat(this.db.rows("SELECT age_band, service_component, base_people, mid_year, "
				+ "growth_percent::VARCHAR, projected_people::VARCHAR FROM projected_demand "
				+ "WHERE base_financial_year = '2023-24' ORDER BY age_band, service_component, mid_year"))
			.containsExactly(List.of("18-64", "All", 1L, 2023, "0.0000", "1.0000"),
					List.of("18-64", "All", 1L, 2030, "-5.0000", "1.0000"),
					List.of("18-64", "Day Support", 1L, 2023, "0.0000", "1.0000"),
					List.of("18-64", "Day Support", 1L, 2030, "-5.0000", "1.0000"),
					List.of("65+", "All", 2L, 2023, "0.0000", "2.0000"),
					List.of("65+", "All", 2L, 2030, "32.4000", "2.6000"),
					List.of("65+", "Day Support", 1L, 2023, "0.0000", "1.0000"),
					List.of("65+", "Day Support", 1L, 2030, "32.4000", "1.3000"),
					List.of("65+", "Home Support", 2L, 2023, "0.0000", "2.0000"),
					List.of("65+", "Home Support", 2L, 2030, "32.4000", "2.6000"));
	}

}
