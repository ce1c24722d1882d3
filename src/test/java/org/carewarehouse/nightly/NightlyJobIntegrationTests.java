package org.carewarehouse.nightly;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.carewarehouse.Command;
import org.carewarehouse.TestJvm;
import org.carewarehouse.privacy.IdentifierSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The nightly job end to end on the fixture extracts in {@code fixtures/services}: 9 rows
 * read, 6 loaded, 3 rejected. Each test uses its own business date, so they share one job
 * repository and warehouse without depending on each other's order.
 */
@NightlyIntegrationTest
class NightlyJobIntegrationTests {

	@Autowired
	NightlyCommand nightly;

	@Autowired
	NightlyHome home;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	Warehouse warehouse;

	@Test
	void loadsValidRowsAndRejectsTheRestWithLineAndRule() throws Exception {
		assertThat(run("2024-01-31", fixture("good"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.count("SELECT count(*) FROM services")).isEqualTo(6);
		// each reject carries its row's Event Reference, so the case management team can
		// find the row
		assertThat(this.warehouse
			.rows("SELECT source_file, source_line, column_name, rule, record_key FROM rejects ORDER BY 1, 2, 4"))
			.containsExactly(
					List.of("services-E06000049-2023-24.csv", 4L, "LA Person Unique Identifier", "CW001", "C3"),
					List.of("services-E08000014-2023-24.csv", 4L, "Event End Date", "CW007", "EV3"),
					List.of("services-E08000014-2023-24.csv", 4L, "NHS Number", "PV001", "EV3"),
					List.of("services-E08000014-2023-24.csv", 6L, "Service Type", "CW005", "EV5"));
		assertThat(this.warehouse.rows("SELECT sum(rows_read)::BIGINT, sum(rows_loaded)::BIGINT, "
				+ "sum(rows_rejected)::BIGINT FROM load_runs WHERE as_of = DATE '2024-01-31'"))
			.containsExactly(List.of(9L, 6L, 3L));
	}

	@Test
	void normalisesCodesKeepsRawSpellingAndTypesValues() throws Exception {
		assertThat(run("2024-02-29", fixture("good"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT service_type, service_type_raw, event_outcome, event_outcome_raw, "
				+ "age_at_event_start, birth_month, postcode_district FROM services WHERE source_line = 3 "
				+ "AND council = 'E08000014'"))
			.containsExactly(List.of("Short Term Support: ST-Max", "Short term support: ST-Max", "NFA - Other",
					"NFA- Other", 84L, "1938-11", "PR8"));
		assertThat(this.warehouse.rows("SELECT typeof(unit_cost), unit_cost::VARCHAR, typeof(event_start_date), "
				+ "financial_year FROM services WHERE council = 'E06000049' AND source_line = 2"))
			.containsExactly(List.of("DECIMAL(18,2)", "905.25", "DATE", "2023-24"));
		assertThat(this.warehouse.value(
				"SELECT event_start_date::VARCHAR FROM services " + "WHERE council = 'E08000014' AND source_line = 7"))
			.as("dd/mm/yyyy dates are read as such")
			.isEqualTo("2023-05-01");
	}

	@Test
	void refusesALoadedDateAndRerunReplacesItWithIdenticalResults() throws Exception {
		String all = "SELECT * EXCLUDE (source_file) FROM services ORDER BY council, source_line";
		assertThat(run("2024-03-31", fixture("good"))).isEqualTo(Command.OK);
		List<List<Object>> first = this.warehouse.rows(all);

		assertThat(run("2024-03-31", fixture("good"))).isEqualTo(Command.ALREADY_LOADED);
		assertThat(run("2024-03-31", fixture("good"), "--rerun")).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows(all)).isEqualTo(first).hasSize(6);
		assertThat(this.warehouse
			.rows("SELECT DISTINCT rerun FROM load_runs WHERE as_of = DATE '2024-03-31' " + "ORDER BY 1"))
			.containsExactly(List.of(0L), List.of(1L));
	}

	@Test
	void aFileCutShortIsRefusedAndLoadsOnTheNextRunOnceFixed(@TempDir Path sources) throws Exception {
		FileSystemUtils.copyRecursively(fixture("good"), sources);
		Path cheshire = sources.resolve("case-management/services-E06000049-2023-24.csv");
		String good = Files.readString(cheshire);
		Files.writeString(cheshire, good + "E06000049,\"2023-04-01,2024-03-31\n");

		assertThat(run("2024-05-31", sources)).as("an unterminated quote refuses the file, not the night")
			.isEqualTo(Command.FILES_REFUSED);
		assertThat(this.warehouse.rows("SELECT source_line, rule FROM rejects WHERE source_file = "
				+ "'services-E06000049-2023-24.csv' AND source_line <= 5 AND rule LIKE 'CW01%'"))
			.containsExactly(List.of(5L, "CW016"));
		assertThat(this.warehouse
			.count("SELECT count(*) FROM services WHERE source_file = 'services-E06000049-2023-24.csv'"))
			.as("none of tonight's rows, only those kept from the published run")
			.isEqualTo(this.warehouse.count("SELECT rows_kept FROM load_runs WHERE as_of = DATE '2024-05-31' "
					+ "AND source_file = 'services-E06000049-2023-24.csv'"));
		assertThat(this.warehouse.count("SELECT count(*) FROM rejects WHERE rule = 'CW020'")).isOne();
		assertThat(this.warehouse.count("SELECT count(*) FROM services")).isPositive();

		Files.writeString(cheshire, good);
		assertThat(run("2026-02-28", sources)).as("the next night loads the fixed file").isEqualTo(Command.OK);

		assertThat(this.warehouse.count("SELECT count(*) FROM services")).isEqualTo(6);
		assertThat(this.warehouse.count("SELECT count(*) FROM rejects WHERE rule = 'CW016'")).isZero();
	}

	@Test
	void refusedFileIsRecordedAndTheOtherFilesStillLoad() throws Exception {
		assertThat(run("2024-11-30", fixture("refused"))).isEqualTo(Command.FILES_REFUSED);

		assertThat(this.warehouse
			.count("SELECT count(*) FROM services WHERE source_file <> 'services-E06000049-2023-24.csv'")).isEqualTo(4);
		assertThat(this.warehouse.rows("SELECT source_line, rule, message LIKE '%separated by '';''%' FROM rejects "
				+ "WHERE source_file = 'services-E06000049-2023-24.csv' AND severity = 'error'"))
			.containsExactly(List.of(1L, "CW010", true));
	}

	@Test
	void duplicateFileIsRefused(@TempDir Path sources) throws Exception {
		FileSystemUtils.copyRecursively(fixture("good"), sources);
		Files.copy(sources.resolve("case-management/services-E08000014-2023-24.csv"),
				sources.resolve("case-management/services-E08000014-2023-24_resent.csv"));

		assertThat(run("2024-12-31", sources)).isEqualTo(Command.FILES_REFUSED);

		assertThat(this.warehouse.count("SELECT count(*) FROM services")).isEqualTo(6);
		assertThat(
				this.warehouse.rows("SELECT rule, message FROM rejects WHERE source_line = 0 AND severity = 'error'"))
			.containsExactly(List.of("CW011", "services-E08000014-2023-24_resent.csv: the file is a byte-for-byte "
					+ "copy of services-E08000014-2023-24.csv"));
	}

	/**
	 * Two folders, a link to nothing and a pipe whose names match the feed's files:
	 * reading a folder had failed the night, and every retry with it; hashing two of the
	 * same size, to find copies, had failed it before any file loaded; measuring the link
	 * failed it too, and reading the pipe would have waited for ever.
	 */
	@Test
	void aFolderALinkToNothingOrAPipeNamedLikeAFileIsRefusedAndTheOtherFilesLoad(@TempDir Path sources)
			throws Exception {
		FileSystemUtils.copyRecursively(fixture("good"), sources);
		Path folder = sources.resolve("case-management");
		Files.createDirectories(folder.resolve("services-E08000014-2024-25.csv"));
		Files.createDirectories(folder.resolve("services-E08000015-2024-25.csv"));
		Files.createSymbolicLink(folder.resolve("services-E08000014-2025-26.csv"), sources.resolve("gone.csv"));
		assumeTrue(new ProcessBuilder("mkfifo", folder.resolve("services-E08000015-2025-26.csv").toString()).start()
			.waitFor() == 0, "mkfifo makes a pipe");

		assertThat(run("2026-04-30", sources)).isEqualTo(Command.FILES_REFUSED);

		assertThat(this.warehouse.count("SELECT count(*) FROM services")).isEqualTo(6);
		assertThat(this.warehouse
			.rows("SELECT rule, message FROM rejects WHERE source_line = 0 AND severity = 'error' ORDER BY message"))
			.containsExactly(
					List.of("CW010",
							"services-E08000014-2024-25.csv: a folder, not a file; move it out of the feed's "
									+ "folder"),
					List.of("CW010",
							"services-E08000014-2025-26.csv: a link to a file that is not there; move it out of "
									+ "the feed's folder"),
					List.of("CW010",
							"services-E08000015-2024-25.csv: a folder, not a file; move it out of the feed's "
									+ "folder"),
					List.of("CW010", "services-E08000015-2025-26.csv: not a file (a pipe or a device); move it out "
							+ "of the feed's folder"));
	}

	@Test
	void bytesThatAreNotUtf8RejectTheirRowWithLineAndColumn() throws Exception {
		assertThat(run("2025-01-31", fixture("bad-encoding"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.count("SELECT count(*) FROM services")).isEqualTo(6);
		assertThat(this.warehouse.rows("SELECT source_line, column_name, value FROM rejects WHERE rule = 'CW012'"))
			.containsExactly(java.util.Arrays.asList(4L, "Ethnicity", null));
	}

	@Test
	void publicationSucceedsWhileAnotherProcessHoldsTheCatalogOpen() throws Exception {
		assertThat(run("2024-06-30", fixture("good"))).isEqualTo(Command.OK);
		Process analyst = new ProcessBuilder(
				TestJvm.command(CatalogReader.class, this.home.resolve("data/care.duckdb").toString()))
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(analyst.getInputStream(), StandardCharsets.UTF_8));
				OutputStream in = analyst.getOutputStream()) {
			assertThat(out.readLine()).isEqualTo("open 6");

			assertThat(run("2024-06-30", fixture("good"), "--rerun")).isEqualTo(Command.OK);

			in.write('\n');
			in.flush();
			assertThat(out.readLine()).as("the analyst's open catalog still answers").isEqualTo("after 6");
		}
		assertThat(analyst.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(this.warehouse.count("SELECT count(*) FROM services")).isEqualTo(6);
	}

	@Test
	void noNameNhsNumberFullPostcodeOrLocalIdReachesTheWarehouse() throws Exception {
		assertThat(run("2024-07-31", fixture("good"))).isEqualTo(Command.OK);
		List<String> identifiers = List.of("9990000018", "9990000026", "9990000017", "9990000042", "9990000050",
				"9990000077", "Alfreda", "Quimby", "Pennywhistle", "Thistlewood", "Crumpton", "L20 9ZZ", "L209ZZ",
				"PR8 4XJ", "CW1 2XY", "SEF001", "SEF004", "CHE002", "1941-05-03", "1938-11-20");
		IdentifierSearch.assertNoneIn(this.home.path(), identifiers);
		for (String view : List.of("services", "rejects", "people", "load_runs")) {
			String rows = this.warehouse.rows("SELECT * FROM " + view).toString();
			identifiers.forEach((id) -> assertThat(rows).as(view + " holds " + id).doesNotContain(id));
		}
	}

	@Test
	void executionLeftStartedByAKilledProcessIsRecoveredAndRestarted() throws Exception {
		JobParameters parameters = new NightlyParameters(LocalDate.parse("2024-08-31"), 0, fixture("good"))
			.toJobParameters();
		JobInstance instance = this.jobRepository.createJobInstance(NightlyJobConfiguration.JOB_NAME, parameters);
		JobExecution killed = this.jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		killed.setStatus(BatchStatus.STARTED);
		killed.setStartTime(LocalDateTime.now());
		this.jobRepository.update(killed);

		assertThat(run("2024-08-31", fixture("good"))).isEqualTo(Command.OK);

		assertThat(this.jobRepository.getJobExecution(killed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(this.jobRepository.getLastJobExecution(instance).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void secondLaunchIsRefusedWhileARunHoldsTheWarehouse() throws Exception {
		Process other = new ProcessBuilder(
				TestJvm.command(LockHolder.class, this.home.resolve("data/nightly.lock").toString()))
			.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
				OutputStream in = other.getOutputStream()) {
			assertThat(out.readLine()).isEqualTo("locked");

			assertThat(run("2024-09-30", fixture("good"))).isEqualTo(Command.ALREADY_RUNNING);

			in.write('\n');
		}
		assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(run("2024-09-30", fixture("good"))).isEqualTo(Command.OK);
	}

	@Test
	void feedWithNoFilesLoadsNothingAndTheRunStillPublishes(@TempDir Path empty) throws Exception {
		Files.createDirectories(empty.resolve("case-management"));

		assertThat(run("2024-10-31", empty)).isEqualTo(Command.OK);

		assertThat(this.warehouse.count("SELECT count(*) FROM services")).isZero();
		assertThat(this.warehouse.count("SELECT count(*) FROM rejects")).isZero();
	}

	@Test
	void serviceEventsKeepsOneRowPerEventFromTheLatestSubmission() throws Exception {
		assertThat(run("2025-02-28", fixture("two-periods"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.count("SELECT count(*) FROM services")).isEqualTo(4);
		assertThat(this.warehouse.rows("SELECT service_component, event_start_date::VARCHAR, "
				+ "coalesce(event_end_date::VARCHAR, 'open'), financial_year FROM internal.service_events ORDER BY 2"))
			.containsExactly(List.of("Long Term Residential Care", "2022-11-01", "2023-08-15", "2023-24"),
					List.of("Short Term Residential Care", "2022-12-01", "2022-12-31", "2022-23"));
	}

	@Test
	void dischargesLinkToServicesThroughThePersonKey(@TempDir Path sources) throws Exception {
		FileSystemUtils.copyRecursively(fixture("good"), sources);
		FileSystemUtils.copyRecursively(Path.of(getClass().getResource("/fixtures/discharges/nhs-partner").toURI()),
				sources.resolve("nhs-partner"));

		assertThat(run("2025-03-31", sources)).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows(
				"SELECT source_line, rule FROM rejects WHERE feed = 'hospital-discharges' AND severity = 'error' ORDER BY 1"))
			.containsExactly(List.of(4L, "HD001"), List.of(5L, "CW007"));
		assertThat(
				this.warehouse.rows("SELECT d.discharge_date::VARCHAR, s.service_component FROM hospital_discharges d "
						+ "JOIN services s USING (person_key) ORDER BY 1"))
			.as("NHS number links one, the council's id the other")
			.containsExactly(java.util.Arrays.asList("2023-07-01", null), List.of("2023-10-10", "Reablement"));
	}

	@Test
	void aBrokenAssertionStopsPublication() throws Exception {
		assertThat(run("2025-05-31", fixture("good"))).isEqualTo(Command.OK);
		byte[] published = Files.readAllBytes(this.home.resolve("data/care.duckdb"));
		Path forged = this.home.resolve("data/history/load_runs/execution-999999.parquet");
		new org.carewarehouse.pipeline.ParquetTableWriter(new org.apache.hadoop.conf.Configuration()).write(
				LoadRun.TABLE, new org.apache.hadoop.fs.Path(forged.toUri()),
				List.of(new LoadRun(999999, 999999, LocalDate.of(2025, 5, 30), 0, "COMPLETED", "servicesFileStep",
						"lost.csv", "COMPLETED", null, null, 10, 8, 1, 0, null, null, null, null, null, null)));
		try {
			assertThat(run("2025-06-30", fixture("good"))).isEqualTo(Command.FAILED);
			assertThat(Files.readAllBytes(this.home.resolve("data/care.duckdb"))).isEqualTo(published);
			assertThat((String) this.warehouse
				.value("SELECT message FROM load_runs WHERE as_of = DATE '2025-06-30' " + "AND step = 'publishStep'"))
				.contains("Assertion load_runs_balance.sql found 1 broken row");
		}
		finally {
			Files.delete(forged);
		}
	}

	@Test
	void aCouncilCodeMissingFromTheCouncilDimensionStopsPublication(@TempDir Path sources) throws Exception {
		// a published catalog to read the failed night's load_runs from, run alone too
		assertThat(run("2025-07-30", fixture("good"))).isEqualTo(Command.OK);
		FileSystemUtils.copyRecursively(fixture("good"), sources);
		Path cheshire = sources.resolve("case-management/services-E06000049-2023-24.csv");
		// renamed with its rows, which must be the council its name holds
		Files.writeString(sources.resolve("case-management/services-E06999999-2023-24.csv"),
				Files.readString(cheshire).replace("E06000049,", "E06999999,"));
		Files.delete(cheshire);

		assertThat(run("2025-07-31", sources)).isEqualTo(Command.FAILED);

		assertThat((String) this.warehouse
			.value("SELECT message FROM load_runs WHERE as_of = DATE '2025-07-31' " + "AND step = 'publishStep'"))
			.contains("Assertion services.council references dim_council.council", "E06999999");
	}

	@Test
	void placementsCarryTheirWeeklyAndDailyCost() throws Exception {
		assertThat(run("2025-08-31", fixture("good"))).isEqualTo(Command.OK);

		// Sefton line 2: 650.00 Weekly; Cheshire East line 2: 905.25 Weekly, nursing
		assertThat(this.warehouse
			.rows("SELECT council, care_home_type, term, cost_per_week::DECIMAL(18,2)::VARCHAR, placements_at_once "
					+ "FROM fct_care_home_placements ORDER BY council"))
			.containsExactly(List.of("E06000049", "Nursing", "Long term", "905.25", 1L),
					List.of("E08000014", "Residential", "Long term", "650.00", 1L));
		// Sefton line 7: 55.00 Daily x 3 planned = 165.00 a week, 165 / 7 = 23.57 a day;
		// Cheshire East line 3: 48.00 Daily x 2 = 96.00 a week, 96 / 7 = 13.71 a day
		assertThat(this.warehouse.rows("SELECT council, provider_type, cost_per_week::DECIMAL(18,2)::VARCHAR, "
				+ "cost_per_day::DECIMAL(18,2)::VARCHAR FROM fct_day_opportunity_placements ORDER BY council"))
			.containsExactly(List.of("E06000049", "In-house", "96.00", "13.71"),
					List.of("E08000014", "External", "165.00", "23.57"));
	}

	/**
	 * Sefton's care home (line 2) is with provider 1-000000001, named on two commitments:
	 * Harbour Lodge from April 2022, Seaview House from April 2023; the latest name is
	 * the provider's. Its day placement (line 7) is with 1-000000004, whose commitment
	 * leaves the name blank, so no name.
	 */
	@Test
	void providersAreNamedAsTheLatestCommitmentNamesThem(@TempDir Path sources) throws Exception {
		FileSystemUtils.copyRecursively(fixture("good"), sources);
		Files.createDirectories(sources.resolve("finance"));
		Files.writeString(sources.resolve("finance/commitments-E08000014.csv"),
				"""
						Council,Commitment Reference,Person ID,Client Group,Cost Centre,Provider ID,Provider Name,Service,Start Date,End Date,Weekly Cost
						E08000014,CM-1,SEF001,Adults,ASC-RES-65,1-000000001,Harbour Lodge,Residential care,2022-04-01,2023-03-31,610.00
						E08000014,CM-2,SEF001,Adults,ASC-RES-65,1-000000001,Seaview House,Residential care,2023-04-01,,650.00
						E08000014,CM-3,SEF006,Adults,ASC-DAY,1-000000004,,Day opportunities,2023-05-01,,165.00
						""");

		assertThat(run("2026-03-31", sources)).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT provider_id, provider_name FROM dim_provider "
				+ "WHERE council = 'E08000014' AND provider_id IN ('1-000000001', '1-000000004') ORDER BY 1"))
			.containsExactly(List.of("1-000000001", "Seaview House"), Arrays.asList("1-000000004", null));
		assertThat(
				this.warehouse.value("SELECT provider_name FROM fct_care_home_placements WHERE council = 'E08000014'"))
			.isEqualTo("Seaview House");
		assertThat(
				this.warehouse.value("SELECT count(*) FROM fct_day_opportunity_placements WHERE council = 'E08000014' "
						+ "AND provider_name IS NULL"))
			.isEqualTo(1L);
	}

	@Test
	void aShortStayDuringALongStayIsTwoPlacementsAtOnce() throws Exception {
		assertThat(run("2025-09-30", fixture("two-periods"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT term, placements_at_once FROM fct_care_home_placements ORDER BY 1"))
			.containsExactly(List.of("Long term", 2L), List.of("Short stay", 2L));
	}

	@Test
	void weeklyCostFollowsTheCostFrequency() throws Exception {
		assertThat(run("2025-10-31", fixture("good"))).isEqualTo(Command.OK);

		// 6.Costs_fact.sql 49-67, 89-93: four-weekly 100 / 4 = 25; monthly 520 x 12 / 52
		// =
		// 120; quarterly 130 x 4 / 52 = 10; annual 5200 / 52 = 100; fortnightly 90 / 2 =
		// 45; hourly 20 x 10.5 = 210; a credit of -650 weekly costs 650; one-off and zero
		// have no weekly cost. Money, rounded once to the penny.
		assertThat(this.warehouse.value("SELECT typeof(cost_per_week(520, 'Monthly', NULL))"))
			.isEqualTo("DECIMAL(18,2)");
		assertThat(this.warehouse.rows("SELECT cost_per_week(100, 'Four-weekly', NULL)::DECIMAL(18,2)::VARCHAR, "
				+ "cost_per_week(520, 'Monthly', NULL)::DECIMAL(18,2)::VARCHAR, "
				+ "cost_per_week(130, 'Quarterly', NULL)::DECIMAL(18,2)::VARCHAR, "
				+ "cost_per_week(5200, 'Annually', NULL)::DECIMAL(18,2)::VARCHAR, "
				+ "cost_per_week(90, 'Fortnightly', NULL)::DECIMAL(18,2)::VARCHAR, "
				+ "cost_per_week(20, 'Hourly', 10.5)::DECIMAL(18,2)::VARCHAR, "
				+ "cost_per_week(-650, 'Weekly', NULL)::DECIMAL(18,2)::VARCHAR, "
				+ "cost_per_week(300, 'One-off', NULL), cost_per_week(0, 'Weekly', NULL)"))
			.containsExactly(java.util.Arrays.asList("25.00", "120.00", "10.00", "100.00", "45.00", "210.00", "650.00",
					null, null));
	}

	@Test
	void realOnsEstimatesLoadAndCountiesAreTheSumOfTheirDistricts(@TempDir Path sources) throws Exception {
		Path population = Files.createDirectories(sources.resolve("population"));
		try (var in = getClass().getResourceAsStream("/sampledata/mye-2021-sample-districts.csv")) {
			Files.copy(in, population.resolve("mye-2021.csv"));
		}

		assertThat(run("2025-11-30", sources)).isEqualTo(Command.OK);

		String byBand = "SELECT sum(population)::BIGINT FROM population_by_council WHERE mid_year = 2021 "
				+ "AND council = '%s' AND ascof_band = '%s'";
		assertThat(this.warehouse.count(byBand.formatted("E10000012", "65+"))).isEqualTo(311_792);
		assertThat(this.warehouse.count(byBand.formatted("E10000012", "18-64"))).isEqualTo(880_962);
		assertThat(this.warehouse.count(byBand.formatted("E08000014", "65+"))).isEqualTo(65_158);
		assertThat(this.warehouse.count(byBand.formatted("E08000014", "18-64"))).isEqualTo(161_530);
		assertThat(this.warehouse.count(byBand.formatted("E06000049", "65+"))).isEqualTo(89_985);
		assertThat(this.warehouse.count(byBand.formatted("E06000049", "18-64"))).isEqualTo(232_126);
	}

	@Test
	void eachYearColumnOfAWideFileIsARow() throws Exception {
		assertThat(run("2025-12-31", NightlyRuns.fixture("population/wide"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT sum(rows_read)::BIGINT, sum(rows_loaded)::BIGINT, "
				+ "sum(rows_rejected)::BIGINT FROM load_runs WHERE as_of = DATE '2025-12-31'"))
			.containsExactly(List.of(12L, 9L, 3L));
		assertThat(this.warehouse.rows("SELECT source_line, rule FROM rejects ORDER BY 1, 2"))
			.containsExactly(List.of(6L, "PO002"), List.of(7L, "PO001"), List.of(7L, "PO001"));
		assertThat(this.warehouse.rows("SELECT council, mid_year, sum(population)::BIGINT FROM population_by_council "
				+ "WHERE age = 65 GROUP BY ALL ORDER BY ALL"))
			.containsExactly(List.of("E08000014", 2020, 3100L), List.of("E08000014", 2021, 3130L),
					List.of("E10000012", 2020, 1700L), List.of("E10000012", 2021, 1715L),
					List.of("E10000015", 2020, 400L));
	}

	@Test
	void fingertipsExportLoadsByHeadingWhateverTheParentComparisonIsCalled() throws Exception {
		assertThat(run("2026-01-31", NightlyRuns.fixture("jsna/good"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT source_line, rule FROM rejects ORDER BY 1"))
			.containsExactly(List.of(4L, "FT001"), List.of(5L, "FT002"));
		assertThat(this.warehouse
			.rows("SELECT area_code, fingertips_indicator_id, value, count::BIGINT, compared_to_parent, "
					+ "typeof(value) FROM fingertips ORDER BY area_code"))
			.containsExactly(java.util.Arrays.asList("E06000049", 999001L, null, null, "Similar", "DOUBLE"),
					List.of("E08000014", 999001L, 753.56, 491L, "Similar", "DOUBLE"));
	}

	private int run(String asOf, Path sources, String... more) throws Exception {
		return NightlyRuns.run(this.nightly, asOf, sources, more);
	}

	private static Path fixture(String name) throws URISyntaxException {
		return NightlyRuns.fixture("services/" + name);
	}

}
