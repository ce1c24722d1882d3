package org.carewarehouse.children;

import java.net.URISyntaxException;
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
import org.carewarehouse.nightly.NightlyHome;
import org.carewarehouse.nightly.NightlyIntegrationTest;
import org.carewarehouse.nightly.NightlyOptions;
import org.carewarehouse.nightly.NightlyRuns;
import org.carewarehouse.nightly.Warehouse;
import org.carewarehouse.privacy.IdentifierSearch;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The children's placements (SSDA903) feed end to end: the published reference files in
 * {@code fixtures/children/reference} (see the LICENCE.md there) and invented rows in
 * {@code fixtures/children/repairs}. The counts are worked out in the fixtures'
 * README.md. Each test uses its own business date.
 */
@NightlyIntegrationTest
class ChildrenLoadIntegrationTests {

	@Autowired
	@Qualifier("nightlyCommand")
	Command<NightlyOptions> nightly;

	@Autowired
	NightlyHome home;

	/**
	 * repair_rule, kept and rows over the reference files, as the fixtures' README.md
	 * gives them.
	 */
	private static final List<List<Object>> REFERENCE_REPAIRS = List.of(Arrays.asList(null, true, 1039L),
			List.of("DUPLICATE_REMOVAL", false, 241L), List.of("RULE_2", true, 23L), List.of("RULE_3", false, 1L),
			List.of("RULE_4", true, 2L), List.of("RULE_5", true, 1L));

	@Autowired
	Warehouse warehouse;

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
		assertThat(this.warehouse
			.rows("SELECT source_file, source_line, column_name, rule, value FROM rejects WHERE severity = 'error'"))
			.as("the only rejected row: an episode ending after the collection year (DfE 385)")
			.containsExactly(List.of("ssda903-E08000014-2020-episodes.csv", 11L, "DEC", "CH003", "2020-04-01"));
		assertThat(this.warehouse
			.rows("SELECT source_file, string_agg(source_line::VARCHAR, ',' ORDER BY source_line) FROM rejects "
					+ "WHERE severity = 'warning' AND rule = 'CH006' GROUP BY 1 ORDER BY 1"))
			.as("DfE 217, loaded with a warning: A3 or A5 from April 2015 with RNE L, B or P")
			.containsExactly(List.of("ssda903-E08000014-2020-episodes.csv", "298,332,518,556,557"),
					List.of("ssda903-E08000014-2021-episodes.csv", "81,193,339,352"),
					List.of("ssda903-E08000014-2022-episodes.csv", "59,60,122,157,226"));
		assertThat(this.warehouse.count("SELECT count(*) FROM rejects WHERE severity = 'warning' AND rule <> 'CH006'"))
			.isZero();
		assertThat(this.warehouse.count("SELECT count(*) FROM rejects WHERE rule IS NULL OR rule = ''")).isZero();
		assertThat(this.warehouse.rows("SELECT financial_year, count(*) FROM children_episodes "
				+ "WHERE council = 'E08000014' GROUP BY 1 ORDER BY 1"))
			.containsExactly(List.of("2019-20", 647L), List.of("2020-21", 402L), List.of("2021-22", 253L));
	}

	@Test
	void everyRepairedOrDeletedReferenceEpisodeIsAccountedFor() throws Exception {
		assertThat(run("2025-02-28", fixture("reference/main"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.count("SELECT count(*) FROM child_episode_repairs")).as("one row per loaded episode")
			.isEqualTo(this.warehouse.count("SELECT count(*) FROM children_episodes"));
		assertThat(this.warehouse.rows("SELECT repair_rule, kept, count(*) FROM child_episode_repairs "
				+ "GROUP BY ALL ORDER BY repair_rule NULLS FIRST"))
			.as("counted by the repair over the reference files, see the fixtures' README.md")
			.containsExactlyElementsOf(REFERENCE_REPAIRS);
		assertThat(this.warehouse.count("SELECT count(*) FROM child_episode_repairs WHERE repair_rule IS NOT NULL "
				+ "AND (repair_change IS NULL OR repair_change = '')"))
			.as("every repaired or deleted row says what changed")
			.isZero();
		assertThat(this.warehouse.count("SELECT count(*) FROM (SELECT dec, collection_year, "
				+ "lead(decom) OVER w AS next_decom, lead(collection_year) OVER w AS next_year FROM fct_child_episodes "
				+ "WINDOW w AS (PARTITION BY council, child_key ORDER BY decom)) "
				+ "WHERE dec > next_decom AND collection_year < next_year"))
			.as("RULE_4 (fix_episodes.py 291-294) leaves no episode running past the next one of a later year")
			.isZero();
	}

	@Test
	void liiaTestEpisodesGetTheRuleTheirChildIsNamedFor() throws Exception {
		assertThat(run("2025-03-01", fixture("reference/fixes"))).isEqualTo(Command.OK);

		assertThat(this.warehouse.rows("SELECT sum(rows_read)::BIGINT, sum(rows_loaded)::BIGINT, "
				+ "sum(rows_rejected)::BIGINT FROM load_runs WHERE as_of = DATE '2025-03-01'"))
			.containsExactly(List.of(23L, 23L, 0L));
		// LIIA's file split by LA and YEAR (fixtures README.md); Barking and Dagenham's
		// latest year is 2022, worked from fix_episodes.py in ChildEpisodeRepairSqlTests
		assertThat(this.warehouse.rows("SELECT source_file, source_line, kept, repair_rule, dec::VARCHAR, rec, "
				+ "reason_place_change FROM child_episode_repairs WHERE repair_rule IS NOT NULL ORDER BY 1, 2"))
			.containsExactly(
					// RULE1A_BAD: open P2, next RNE S on 20/04/2017: min(31/03/2017,
					// 19/04/2017)
					Arrays.asList("ssda903-E09000002-2017-episodes.csv", 4L, true, "RULE_1A", "2017-03-31", "E99",
							null),
					// RULE3_BAD: open, repeats the 2018 file's episode before it
					Arrays.asList("ssda903-E09000002-2017-episodes.csv", 5L, false, "RULE_3", null, null, null),
					// RULE1_BAD: open, next starts 20/08/2017 with RNE T
					Arrays.asList("ssda903-E09000002-2018-episodes.csv", 2L, true, "RULE_1", "2017-08-20", "X1",
							"LIIAF"),
					// RULE3A_BAD: open, previous episode came in 2019
					Arrays.asList("ssda903-E09000002-2018-episodes.csv", 6L, false, "RULE_3A", null, null, null),
					// RULE4_BAD: ends 24/12/2018, after the 2020 file's episode began
					// 20/12/2018
					Arrays.asList("ssda903-E09000002-2019-episodes.csv", 3L, true, "RULE_4", "2018-12-20", "X1",
							"OTHER"),
					// RULE4_BAD: open, previous episode came in 2020
					Arrays.asList("ssda903-E09000002-2019-episodes.csv", 4L, false, "RULE_3A", null, null, null),
					// RULE2_BAD: open in 2020, nothing after it
					Arrays.asList("ssda903-E09000002-2020-episodes.csv", 4L, true, "RULE_2", "2020-03-31", "E99", null),
					// RULE5_BAD: ends X1 on 29/03/2020, next (2022 file) starts
					// 02/04/2020
					Arrays.asList("ssda903-E09000002-2020-episodes.csv", 7L, true, "RULE_5", "2020-04-02", "X1",
							"CARPL"));
		assertThat(this.warehouse.count("SELECT count(*) FROM fct_child_episodes WHERE dec IS NULL"))
			.as("open in their council's latest year: NORULE_NEW, NORULE_SUT and RULE5_BAD's 2022 episode")
			.isEqualTo(3);
	}

	@Test
	void inventedRowsBreakingRulesAreRejectedWithLineAndRule() throws Exception {
		assertThat(run("2025-04-01", fixture("repairs"))).isEqualTo(Command.OK);

		assertThat(this.warehouse
			.rows("SELECT source_file, source_line, column_name, rule, severity FROM rejects ORDER BY 1, 2, 3"))
			.containsExactly(List.of("ssda903-E06000001-2024-episodes.csv", 7L, "PLACE", "CH001", "error"),
					List.of("ssda903-E06000001-2024-episodes.csv", 8L, "DECOM", "CH002", "error"),
					List.of("ssda903-E06000001-2024-episodes.csv", 9L, "PLACE", "CW005", "error"),
					List.of("ssda903-E06000001-2024-episodes.csv", 10L, "DEC", "CH008", "error"),
					List.of("ssda903-E06000001-2024-episodes.csv", 12L, "PLACE", "CH001", "warning"),
					List.of("ssda903-E06000001-2024-episodes.csv", 12L, "PLACE_PROVIDER", "CH005", "warning"),
					List.of("ssda903-E06000001-2024-header.csv", 4L, "DOB", "CH004", "error"),
					List.of("ssda903-E06000001-2024-header.csv", 5L, "SEX", "CW005", "error"));
		assertThat(this.warehouse.rows("SELECT sum(rows_read)::BIGINT, sum(rows_loaded)::BIGINT, "
				+ "sum(rows_rejected)::BIGINT FROM load_runs WHERE as_of = DATE '2025-04-01'"))
			.as("line 12 has two warnings and still counts as loaded: 16 = 10 + 6")
			.containsExactly(List.of(16L, 10L, 6L));
		assertThat(this.warehouse.rows("SELECT sex, birth_month, ethnicity FROM children_header ORDER BY 2"))
			.containsExactly(List.of("1", "2010-06", "WBRI"), List.of("2", "2012-09", "MOTH"));
		assertThat(this.warehouse.rows("SELECT source_line, place, placement_type, placement_postcode_district "
				+ "FROM fct_child_episodes WHERE collection_year = 2024 ORDER BY source_line"))
			.containsExactly(List.of(2L, "U4", "in_house_fostering", "ZZ2"), List.of(4L, "K2", "childrens_home", "ZZ3"),
					List.of(6L, "K2", "childrens_home", "ZZ9"), List.of(11L, "U5", "ifa_fostering", "ZZ5"),
					List.of(12L, "U4", "in_house_fostering", "ZZ6"));
	}

	@Test
	void duplicateRemovalKeepsLaAggsRowOfEachChildAndStart() throws Exception {
		assertThat(run("2025-04-02", fixture("repairs"))).isEqualTo(Command.OK);

		// la-agg: latest DEC first (a blank one last), then latest YEAR, then file order
		assertThat(this.warehouse
			.rows("SELECT source_file, source_line, kept, repair_rule, dec::VARCHAR FROM child_episode_repairs "
					+ "ORDER BY 1, 2"))
			.as("every loaded episode is accounted for")
			.containsExactly(
					// TEST-SUP-04 open in 2023, closed 01/09/2023 in 2024: the closed one
					Arrays.asList("ssda903-E06000001-2023-episodes.csv", 2L, false, "DUPLICATE_REMOVAL", null),
					Arrays.asList("ssda903-E06000001-2024-episodes.csv", 2L, true, null, "2023-06-01"),
					// TEST-DUP-01 line 3 is line 2 again: the first line wins
					Arrays.asList("ssda903-E06000001-2024-episodes.csv", 3L, false, "DUPLICATE_REMOVAL", "2023-06-01"),
					Arrays.asList("ssda903-E06000001-2024-episodes.csv", 4L, true, null, null),
					// TEST-TWO-02 open on line 5, closed 01/07/2023 on line 6: the closed
					// one
					Arrays.asList("ssda903-E06000001-2024-episodes.csv", 5L, false, "DUPLICATE_REMOVAL", null),
					Arrays.asList("ssda903-E06000001-2024-episodes.csv", 6L, true, null, "2023-07-01"),
					Arrays.asList("ssda903-E06000001-2024-episodes.csv", 11L, true, null, "2023-09-01"),
					Arrays.asList("ssda903-E06000001-2024-episodes.csv", 12L, true, null, null));
		assertThat(this.warehouse.rows("SELECT repair_change FROM child_episode_repairs WHERE source_line = 5"))
			.containsExactly(List.of("deleted: la-agg keeps ssda903-E06000001-2024-episodes.csv line 6 for this "
					+ "CHILD and DECOM (latest DEC, then latest collection year)"));
	}

	@Test
	void aFileNamedWithoutCouncilAndCollectionYearIsRefusedAsAWhole() throws Exception {
		assertThat(run("2025-04-06", fixture("misnamed"))).isEqualTo(Command.FILES_REFUSED);

		assertThat(this.warehouse
			.rows("SELECT source_file, source_line, rule, message FROM rejects WHERE severity = 'error'"))
			.singleElement()
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
		IdentifierSearch.assertNoneIn(this.home.path(), identifiers.everywhere());
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
		return NightlyRuns.fixture("children/" + name);
	}

}
