package org.carewarehouse.nightly;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.carewarehouse.Command;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The children's placements (SSDA903) feed end to end: the published reference files in
 * {@code fixtures/placements/reference} (see the LICENCE.md there) and invented rows in
 * {@code fixtures/placements/repairs}. The counts are worked out in the fixtures'
 * README.md. Each test uses its own business date.
 */
@SpringBootTest(
		properties = { "care.cli.enabled=false", "care.pseudonymisation.key=placements-tests-only-key-0123456789" })
class PlacementsLoadIntegrationTests {

	static final Path HOME = NightlyRuns.temporaryHome("care-warehouse-placements-it");

	@Autowired
	NightlyCommand nightly;

	private static final String REPAIRS = "SELECT source_line, decom::VARCHAR, dec_as_sent::VARCHAR, dec::VARCHAR "
			+ "FROM child_episode_repairs WHERE repair = '%s' ORDER BY source_line";

	private static final String DROPPED = "SELECT source_file, source_line FROM child_episode_repairs "
			+ "WHERE repair = '%s' AND NOT kept ORDER BY 1, 2";

	final Warehouse warehouse = NightlyRuns.catalogIn(HOME);

	@DynamicPropertySource
	static void warehouseInTemporaryFolder(DynamicPropertyRegistry registry) {
		NightlyRuns.warehouseIn(HOME, registry);
	}

	@Test
	void referenceFilesLoadWithEveryRejectedRowExplainedByARule() throws Exception {
		assertThat(run("2025-01-31", fixture("reference/main"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT source_file, sum(rows_read)::BIGINT, sum(rows_loaded)::BIGINT, "
				+ "sum(rows_rejected)::BIGINT FROM load_runs WHERE as_of = DATE '2025-01-31' "
				+ "AND source_file IS NOT NULL GROUP BY 1 ORDER BY 1"))
			.containsExactly(List.of("ssda903-E08000014-2020-episodes.csv", 648L, 647L, 1L),
					List.of("ssda903-E08000014-2020-header.csv", 362L, 362L, 0L),
					List.of("ssda903-E08000014-2021-episodes.csv", 402L, 402L, 0L),
					List.of("ssda903-E08000014-2021-header.csv", 226L, 226L, 0L),
					List.of("ssda903-E08000014-2022-episodes.csv", 253L, 253L, 0L),
					List.of("ssda903-E08000014-2022-header.csv", 144L, 144L, 0L),
					List.of("ssda903-E09000002-2020-episodes.csv", 5L, 5L, 0L));
		assertThat(this.warehouse.count("SELECT count(*) FROM children_header")).isEqualTo(732);
		assertThat(this.warehouse.count("SELECT count(*) FROM children_episodes")).isEqualTo(1307);
		assertThat(this.warehouse.rows("SELECT source_file, line, column_name, rule, value FROM rejects"))
			.as("the only reject: an episode ending after the collection year")
			.containsExactly(List.of("ssda903-E08000014-2020-episodes.csv", 11L, "DEC", "CH003", "2020-04-01"));
		assertThat(this.warehouse.count("SELECT count(*) FROM rejects WHERE rule IS NULL OR rule = ''")).isZero();
		assertThat(this.warehouse.rows("SELECT financial_year, count(*) FROM children_episodes "
				+ "WHERE council = 'E08000014' GROUP BY 1 ORDER BY 1"))
			.containsExactly(List.of("2019-20", 647L), List.of("2020-21", 402L), List.of("2021-22", 253L));
	}

	@Test
	void everyRepairedOrDroppedReferenceEpisodeIsAccountedFor() throws Exception {
		assertThat(run("2025-02-28", fixture("reference/main"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT repair, kept, count(*) FROM child_episode_repairs "
				+ "GROUP BY ALL ORDER BY repair NULLS FIRST"))
			.containsExactly(Arrays.asList(null, true, 1053L), List.of("dropped_superseded", false, 241L),
					List.of("trimmed_overlap", true, 13L));
		assertThat(this.warehouse.count("SELECT count(*) FROM child_episode_repairs")).as("one row per loaded episode")
			.isEqualTo(this.warehouse.count("SELECT count(*) FROM children_episodes"));
		assertThat(this.warehouse.rows("SELECT collection_year, count(*) FROM child_episode_repairs "
				+ "WHERE repair = 'dropped_superseded' GROUP BY 1 ORDER BY 1"))
			.containsExactly(List.of(2020L, 157L), List.of(2021L, 84L));
		assertThat(this.warehouse.count("SELECT count(*) FROM fct_child_episodes")).isEqualTo(1066);
		assertThat(this.warehouse.count("SELECT count(gap_days) FROM fct_child_episodes")).isEqualTo(5);
		assertThat(this.warehouse.count("SELECT count(*) FROM fct_child_episodes a JOIN fct_child_episodes b "
				+ "ON a.council = b.council AND a.child_key = b.child_key AND a.decom < b.decom "
				+ "AND a.dec > b.decom"))
			.as("no overlaps are left")
			.isZero();
		assertThat(this.warehouse.rows("SELECT placement_type, count(*) FROM fct_child_episodes "
				+ "WHERE placement_type IN ('childrens_home', 'ifa_fostering') GROUP BY 1 ORDER BY 1"))
			.hasSize(2);
	}

	@Test
	void liiaEpisodesForFixesLoadWhole() throws Exception {
		assertThat(run("2025-03-01", fixture("reference/fixes"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT sum(rows_read)::BIGINT, sum(rows_loaded)::BIGINT, "
				+ "sum(rows_rejected)::BIGINT FROM load_runs WHERE as_of = DATE '2025-03-01'"))
			.containsExactly(List.of(23L, 23L, 0L));
		assertThat(this.warehouse.count("SELECT count(*) FROM child_episode_repairs WHERE NOT kept")).isZero();
		assertThat(this.warehouse.count("SELECT count(*) FROM fct_child_episodes WHERE dec IS NULL"))
			.as("each child's last episode stays open: lines 5, 6, 13, 15, 18 and 24")
			.isEqualTo(6);
	}

	@Test
	void closedOpenEpisodeEndsWhenTheNextEpisodeStarts() throws Exception {
		assertThat(run("2025-03-02", fixture("reference/fixes"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows(REPAIRS.formatted("closed_open_episode")))
			.as("RULE1_BAD, RULE1A_BAD and RULE4_BAD: an open episode followed by a later one")
			.containsExactly(Arrays.asList(7L, "2016-01-13", null, "2017-08-20"),
					Arrays.asList(11L, "2016-10-24", null, "2017-04-20"),
					Arrays.asList(21L, "2018-12-24", null, "2019-08-19"));
	}

	@Test
	void trimmedOverlapEndsWhereTheNextEpisodeStarts() throws Exception {
		assertThat(run("2025-03-03", fixture("reference/fixes"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows(REPAIRS.formatted("trimmed_overlap")))
			.as("RULE3_BAD, RULE3A_BAD and RULE4_BAD: an episode running past the next one's start")
			.containsExactly(List.of(14L, "2016-09-23", "2017-05-30", "2016-09-27"),
					List.of(17L, "2018-01-25", "2018-05-16", "2018-03-22"),
					List.of(19L, "2018-11-23", "2018-12-24", "2018-12-20"),
					List.of(20L, "2018-12-20", "2019-08-19", "2018-12-24"));
		assertThat(this.warehouse.count("SELECT count(*) FROM fct_child_episodes a JOIN fct_child_episodes b "
				+ "ON a.child_key = b.child_key AND a.decom < b.decom AND a.dec > b.decom"))
			.as("no overlaps are left")
			.isZero();
	}

	@Test
	void gapsAreReportedNotRepaired() throws Exception {
		assertThat(run("2025-03-04", fixture("reference/fixes"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT source_line, dec::VARCHAR, next_decom::VARCHAR, gap_days::BIGINT, "
				+ "repair FROM fct_child_episodes WHERE gap_days IS NOT NULL ORDER BY 1"))
			.as("NORULE_NEW and RULE5_BAD")
			.containsExactly(Arrays.asList(4L, "2022-07-10", "2022-10-23", 105L, null),
					Arrays.asList(23L, "2020-03-29", "2020-04-02", 4L, null));
	}

	@Test
	void inventedRowsBreakingRulesAreRejectedWithLineAndRule() throws Exception {
		assertThat(run("2025-04-01", fixture("repairs"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT source_file, line, column_name, rule FROM rejects ORDER BY 1, 2"))
			.containsExactly(List.of("ssda903-E06000001-2024-episodes.csv", 7L, "PLACE", "CH001"),
					List.of("ssda903-E06000001-2024-episodes.csv", 8L, "DECOM", "CH002"),
					List.of("ssda903-E06000001-2024-episodes.csv", 9L, "PLACE", "CW005"),
					List.of("ssda903-E06000001-2024-episodes.csv", 10L, "DEC", "CW007"),
					List.of("ssda903-E06000001-2024-header.csv", 4L, "DOB", "CH004"),
					List.of("ssda903-E06000001-2024-header.csv", 5L, "SEX", "CW005"));
		assertThat(this.warehouse.rows("SELECT sum(rows_read)::BIGINT, sum(rows_loaded)::BIGINT, "
				+ "sum(rows_rejected)::BIGINT FROM load_runs WHERE as_of = DATE '2025-04-01'"))
			.containsExactly(List.of(15L, 9L, 6L));
		assertThat(this.warehouse.rows("SELECT sex, birth_month, ethnicity FROM children_header ORDER BY 2"))
			.containsExactly(List.of("1", "2010-06", "WBRI"), List.of("2", "2012-09", "MOTH"));
		assertThat(this.warehouse.rows("SELECT source_line, placement_type, placement_postcode_district "
				+ "FROM fct_child_episodes WHERE collection_year = 2024 ORDER BY source_line"))
			.containsExactly(List.of(2L, "in_house_fostering", "ZZ2"), List.of(4L, "childrens_home", "ZZ3"),
					List.of(6L, "childrens_home", "ZZ9"), List.of(11L, "ifa_fostering", "ZZ5"));
	}

	@Test
	void droppedDuplicateKeepsTheFirstOfIdenticalLines() throws Exception {
		assertThat(run("2025-04-02", fixture("repairs"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows(DROPPED.formatted("dropped_duplicate")))
			.containsExactly(List.of("ssda903-E06000001-2024-episodes.csv", 3L));
		assertThat(
				this.warehouse.rows("SELECT source_line FROM fct_child_episodes " + "WHERE decom = DATE '2023-04-01'"))
			.containsExactly(List.of(2L));
	}

	@Test
	void droppedSameStartKeepsTheLaterLineOfAFile() throws Exception {
		assertThat(run("2025-04-03", fixture("repairs"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows(DROPPED.formatted("dropped_same_start")))
			.containsExactly(List.of("ssda903-E06000001-2024-episodes.csv", 5L));
		assertThat(this.warehouse
			.rows("SELECT source_line, dec::VARCHAR FROM fct_child_episodes " + "WHERE decom = DATE '2023-05-01'"))
			.containsExactly(List.of(6L, "2023-07-01"));
	}

	@Test
	void droppedSupersededKeepsTheLaterCollectionYear() throws Exception {
		assertThat(run("2025-04-04", fixture("repairs"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows(DROPPED.formatted("dropped_superseded")))
			.containsExactly(List.of("ssda903-E06000001-2023-episodes.csv", 2L));
		assertThat(this.warehouse
			.rows("SELECT source_file, dec::VARCHAR FROM fct_child_episodes " + "WHERE decom = DATE '2023-02-01'"))
			.containsExactly(List.of("ssda903-E06000001-2024-episodes.csv", "2023-09-01"));
		assertThat(this.warehouse
			.rows("SELECT source_file, source_line, kept, repair FROM child_episode_repairs " + "ORDER BY 1, 2"))
			.as("every loaded episode is accounted for")
			.containsExactly(List.of("ssda903-E06000001-2023-episodes.csv", 2L, false, "dropped_superseded"),
					Arrays.asList("ssda903-E06000001-2024-episodes.csv", 2L, true, null),
					List.of("ssda903-E06000001-2024-episodes.csv", 3L, false, "dropped_duplicate"),
					Arrays.asList("ssda903-E06000001-2024-episodes.csv", 4L, true, null),
					List.of("ssda903-E06000001-2024-episodes.csv", 5L, false, "dropped_same_start"),
					Arrays.asList("ssda903-E06000001-2024-episodes.csv", 6L, true, null),
					Arrays.asList("ssda903-E06000001-2024-episodes.csv", 11L, true, null));
	}

	@Test
	void aFileNamedWithoutCouncilAndCollectionYearIsRefusedAsAWhole() throws Exception {
		assertThat(run("2025-04-06", fixture("misnamed"))).isEqualTo(Command.FILES_REFUSED);

		assertThat(this.warehouse.rows("SELECT source_file, line, rule, message FROM rejects")).singleElement()
			.satisfies((row) -> {
				assertThat(row.subList(0, 3)).containsExactly("ssda903-E06000001-2022-23-episodes.csv", 0L, "CW010");
				assertThat((String) row.get(3)).contains("ssda903-E06000001-2022-23-episodes.csv",
						"ssda903-<GSS code>-<collection year yyyy>-episodes.csv");
			});
		assertThat(this.warehouse.count("SELECT count(*) FROM children_episodes")).isZero();
	}

	@Test
	void noChildIdUpnDateOfBirthOrPostcodeReachesTheWarehouse() throws Exception {
		assertThat(run("2025-05-31", fixture("reference/main"))).isEqualTo(Command.OK);
		assertThat(run("2025-06-30", fixture("reference/fixes"))).isEqualTo(Command.OK);
		assertThat(run("2025-07-31", fixture("repairs"))).isEqualTo(Command.OK);
		Identifiers identifiers = identifiersInFixtures();
		assertThat(identifiers.everywhere()).hasSizeGreaterThan(700);
		try (Stream<Path> files = Files.walk(HOME)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
				identifiers.everywhere()
					.forEach((id) -> assertThat(content).as(file + " holds " + id).doesNotContain(id));
			}
		}
		for (String view : List.of("children_header", "children_episodes", "child_episode_repairs", "rejects")) {
			for (List<Object> row : this.warehouse.rows("SELECT * FROM " + view)) {
				for (Object cell : row) {
					assertThat(identifiers.numericChildIds()).as(view + " holds a CHILD id")
						.doesNotContain(String.valueOf(cell));
				}
			}
		}
	}

	/**
	 * Text identifiers (text CHILD ids, UPNs, dates of birth in both forms, full
	 * postcodes) are looked for in every file's bytes; numeric CHILD ids, too short to
	 * look for in bytes without matching hashes by chance, are looked for as whole values
	 * in every published row.
	 */
	private record Identifiers(Set<String> everywhere, Set<String> numericChildIds) {

	}

	private static Identifiers identifiersInFixtures() throws Exception {
		Set<String> everywhere = new HashSet<>();
		Set<String> numeric = new HashSet<>();
		DateTimeFormatter ddMMyyyy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		try (Stream<Path> files = Files.walk(fixture(""))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".csv")).toList()) {
				List<String> lines = Files.readAllLines(file);
				List<String> header = List.of(lines.get(0).split(","));
				for (String line : lines.subList(1, lines.size())) {
					String[] fields = line.split(",", -1);
					Map<String, String> row = new java.util.HashMap<>();
					for (int i = 0; i < header.size(); i++) {
						row.put(header.get(i), fields[i]);
					}
					String child = row.get("CHILD");
					(child.chars().allMatch(Character::isDigit) ? numeric : everywhere).add(child);
					for (String column : List.of("UPN", "HOME_POST", "PL_POST")) {
						String value = row.get(column);
						if (value != null && value.contains(" ") && value.length() > 5) {
							everywhere.add(value);
						}
					}
					if (row.get("UPN") != null && !row.get("UPN").isEmpty()) {
						everywhere.add(row.get("UPN"));
					}
					for (String column : List.of("DOB", "MC_DOB")) {
						String date = row.get(column);
						if (date != null && !date.isEmpty()) {
							everywhere.add(date);
							everywhere.add(LocalDate.parse(date, ddMMyyyy).toString());
						}
					}
				}
			}
		}
		return new Identifiers(everywhere, numeric);
	}

	private int run(String asOf, Path sources, String... more) throws Exception {
		return NightlyRuns.run(this.nightly, asOf, sources, more);
	}

	private static Path fixture(String name) throws URISyntaxException {
		return NightlyRuns.fixture("placements/" + name);
	}

}
