package org.carewarehouse.children;

import org.carewarehouse.children.EpisodeRepairDatabase.Repair;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LIIA's episode repair, each rule on hand-built episodes of one council whose latest
 * collection year is 2024, with the expected values worked out from the national code:
 * liia-tools-pipeline {@code liiatools/ssda903_pipeline/fix_episodes.py} (lines cited per
 * test) and la-agg ({@code spec/la-agg.yml} and {@code lds_ssda903_la_agg/process.py}
 * 49-57, commit fb8c14f^).
 */
class ChildEpisodeRepairSqlTests {

	@Test
	void laAggKeepsTheLatestDecThenTheLatestCollectionYear() throws Exception {
		try (EpisodeRepairDatabase db = new EpisodeRepairDatabase()) {
			// process.py 49-57 sorts by DEC then YEAR, descending, keeps the first per
			// CHILD and DECOM; a blank DEC sorts last
			db.add("A", 2023, 2, "2022-06-01", null);
			db.add("A", 2024, 2, "2022-06-01", "2023-09-01");
			// the older file's later DEC beats the newer file's correction
			db.add("B", 2023, 3, "2022-06-01", "2023-02-01");
			db.add("B", 2024, 3, "2022-06-01", "2023-01-15");
			// a closed episode beats a later year's open copy
			db.add("C", 2023, 4, "2022-06-01", "2023-02-01");
			db.add("C", 2024, 4, "2022-06-01", null);
			// tie on DEC and YEAR: the stable sort keeps the first line of the file
			db.add("D", 2024, 5, "2023-06-01", "2023-07-01");
			db.add("D", 2024, 6, "2023-06-01", "2023-07-01").place("K2");
			db.build();

			assertThat(db.repair(2023, 2).kept()).isFalse();
			assertThat(db.repair(2023, 2).rule()).isEqualTo("DUPLICATE_REMOVAL");
			assertThat(db.repair(2023, 2).change()).contains("ssda903-E06000001-2024-episodes.csv line 2");
			assertThat(db.repair(2024, 2).kept()).isTrue();
			assertThat(db.repair(2023, 3).kept()).isTrue();
			assertThat(db.repair(2024, 3).rule()).isEqualTo("DUPLICATE_REMOVAL");
			assertThat(db.repair(2023, 4).kept()).isTrue();
			assertThat(db.repair(2024, 4).kept()).isFalse();
			assertThat(db.repair(2024, 5).kept()).isTrue();
			assertThat(db.repair(2024, 6).kept()).isFalse();
			assertThat(db.count("SELECT count(*) FROM child_episode_repairs")).as("one row per loaded episode")
				.isEqualTo(8);
		}
	}

	@Test
	void rule1ClosesAnOpenEpisodeOfAnOlderYearAtTheNextStart() throws Exception {
		try (EpisodeRepairDatabase db = new EpisodeRepairDatabase()) {
			// fix_episodes.py 75-78: open and 2023 is not the latest year (2024);
			// 168-184: not a repeat, next RNE is P, not S: RULE_1;
			// 212-213 DEC = next DECOM; 230-231 REC = X1; 245-248 next RNE P: LIIAF
			db.add("A", 2023, 2, "2022-05-01", null);
			db.add("A", 2024, 2, "2023-06-01", null).rne("P").place("K2");
			// next RNE L: REASON_PLACE_CHANGE stays as sent
			db.add("B", 2023, 3, "2022-05-01", null);
			db.add("B", 2024, 3, "2023-06-01", "2023-08-01").rne("L").place("K2");
			db.build();

			Repair a = db.repair(2023, 2);
			assertThat(a.rule()).isEqualTo("RULE_1");
			assertThat(a.dec()).isEqualTo("2023-06-01");
			assertThat(a.rec()).isEqualTo("X1");
			assertThat(a.reasonPlaceChange()).isEqualTo("LIIAF");
			assertThat(a.change())
				.isEqualTo("DEC blank -> 2023-06-01; REC blank -> X1; REASON_PLACE_CHANGE blank -> LIIAF");
			assertThat(db.repair(2024, 2).rule()).as("open in the latest year: left open (75-78)").isNull();
			assertThat(db.repair(2024, 2).dec()).isNull();
			assertThat(db.repair(2023, 3).reasonPlaceChange()).isNull();
			assertThat(db.repair(2023, 3).dec()).isEqualTo("2023-06-01");
		}
	}

	@Test
	void rule1aEndsAChildsCareTheDayBeforeTheyReturnOrOn31March() throws Exception {
		try (EpisodeRepairDatabase db = new EpisodeRepairDatabase()) {
			// fix_episodes.py 182-183: next RNE S (re-enters care): RULE_1A;
			// 214-216: DEC = min(31/03/YEAR, next DECOM - 1 day); 232-233 REC = E99
			// returns 10 February 2023: day before, 9 February, is before 31 March 2023
			db.add("A", 2023, 2, "2022-05-01", null);
			db.add("A", 2024, 2, "2023-02-10", null).place("K2");
			// returns 1 April 2023: the day before is 31 March 2023, the year end itself
			db.add("B", 2023, 3, "2022-05-01", null);
			db.add("B", 2024, 3, "2023-04-01", null).place("K2");
			// returns 1 June 2023: 31 March 2023 is earlier
			db.add("C", 2023, 4, "2022-05-01", null);
			db.add("C", 2024, 4, "2023-06-01", null).place("K2");
			db.build();

			assertThat(db.repair(2023, 2).dec()).isEqualTo("2023-02-09");
			assertThat(db.repair(2023, 3).dec()).isEqualTo("2023-03-31");
			assertThat(db.repair(2023, 4).dec()).isEqualTo("2023-03-31");
			assertThat(db.repairs("collection_year = 2023")).allSatisfy((r) -> {
				assertThat(r.rule()).isEqualTo("RULE_1A");
				assertThat(r.rec()).isEqualTo("E99");
				assertThat(r.reasonPlaceChange()).isNull();
			});
			// 297-302: REC is E99, not X1, so stage 2 leaves the gap (no RULE_5)
			assertThat(db.repair(2023, 4).rule()).isEqualTo("RULE_1A");
		}
	}

	@Test
	void rule2EndsAnOpenEpisodeWithNothingAfterItOn31MarchOfItsYear() throws Exception {
		try (EpisodeRepairDatabase db = new EpisodeRepairDatabase()) {
			// fix_episodes.py 180-181: open, older year, no next episode: RULE_2;
			// 217-218 DEC = 31/03/YEAR; 232-233 REC = E99
			db.add("A", 2023, 2, "2022-05-01", null);
			// open in the latest year (2024): untouched
			db.add("B", 2024, 2, "2023-05-01", null);
			// 63: the latest year is the council's, not the child's: a child seen only in
			// 2022 is closed on 31 March 2022
			db.add("C", 2022, 2, "2021-05-01", null);
			db.build();

			assertThat(db.repair(2023, 2)).satisfies((r) -> {
				assertThat(r.rule()).isEqualTo("RULE_2");
				assertThat(r.dec()).isEqualTo("2023-03-31");
				assertThat(r.rec()).isEqualTo("E99");
			});
			assertThat(db.repair(2024, 2).rule()).isNull();
			assertThat(db.repair(2024, 2).dec()).isNull();
			assertThat(db.repair(2022, 2).dec()).isEqualTo("2022-03-31");
		}
	}

	@Test
	void rule3DeletesAnOpenRepeatOfTheNextOrPreviousEpisode() throws Exception {
		try (EpisodeRepairDatabase db = new EpisodeRepairDatabase()) {
			// fix_episodes.py 106-129: open, a next episode with another DECOM and the
			// same
			// RNE, LS, PLACE, PLACE_PROVIDER, PL_POST and URN (blanks equal): RULE_3,
			// deleted (276-278)
			db.add("A", 2023, 2, "2022-05-01", null).rec(null);
			db.add("A", 2024, 2, "2023-01-01", "2023-06-01");
			// 132-155 and neighbours found before deletion: two open copies in older
			// years
			// both repeat each other, so both go; the 2024 episode differs (PLACE K2)
			db.add("B", 2022, 3, "2021-05-01", null);
			db.add("B", 2023, 3, "2022-05-01", null);
			db.add("B", 2024, 3, "2023-05-01", null).place("K2");
			// a blank PL_POST on both still repeats (_is_the_same, 95-103)
			db.add("C", 2023, 4, "2022-05-01", null).plPost(null);
			db.add("C", 2024, 4, "2023-01-01", null).plPost(null);
			db.build();

			assertThat(db.repair(2023, 2).kept()).isFalse();
			assertThat(db.repair(2023, 2).rule()).isEqualTo("RULE_3");
			assertThat(db.repair(2023, 2).change()).contains("next");
			assertThat(db.repairs("child_key = 'B' AND NOT kept")).extracting(Repair::collectionYear)
				.containsExactly(2022, 2023);
			assertThat(db.repair(2022, 3).change()).contains("next");
			assertThat(db.repair(2023, 3).rule()).isEqualTo("RULE_3");
			assertThat(db.repair(2024, 3).kept()).isTrue();
			assertThat(db.repair(2023, 4).rule()).isEqualTo("RULE_3");
		}
	}

	@Test
	void rule3aDeletesAnOpenEpisodeWhosePreviousCameInALaterYear() throws Exception {
		try (EpisodeRepairDatabase db = new EpisodeRepairDatabase()) {
			// fix_episodes.py 158-165: open, previous episode's YEAR (2024) > its YEAR
			// (2023) and not a repeat (PLACE differs): RULE_3A (178-179), deleted
			db.add("A", 2024, 2, "2022-12-01", "2023-08-01").place("K2");
			db.add("A", 2023, 2, "2023-01-10", null);
			db.build();

			assertThat(db.repair(2023, 2)).satisfies((r) -> {
				assertThat(r.kept()).isFalse();
				assertThat(r.rule()).isEqualTo("RULE_3A");
				assertThat(r.change()).contains("2024");
			});
			assertThat(db.repair(2024, 2).rule()).as("closed: never touched by stage 1; no next in stage 2").isNull();
		}
	}

	@Test
	void rule4TrimsAnOverlapWithAnEpisodeOfALaterYearOnly() throws Exception {
		try (EpisodeRepairDatabase db = new EpisodeRepairDatabase()) {
			// fix_episodes.py 291-294: DEC 1 March 2023 > next DECOM 15 February 2023 and
			// YEAR 2023 < next YEAR 2024: RULE_4, DEC = next DECOM (312-321)
			db.add("A", 2023, 2, "2022-06-01", "2023-03-01");
			db.add("A", 2024, 2, "2023-02-15", null).place("K2");
			// both in 2024: YEAR < YEAR_next is false, the overlap stays
			db.add("B", 2024, 3, "2023-06-01", "2023-09-01");
			db.add("B", 2024, 4, "2023-08-01", null).place("K2");
			// DEC equal to the next DECOM is no overlap (strictly greater)
			db.add("C", 2023, 5, "2022-06-01", "2023-02-15");
			db.add("C", 2024, 5, "2023-02-15", null).place("K2");
			db.build();

			assertThat(db.repair(2023, 2).rule()).isEqualTo("RULE_4");
			assertThat(db.repair(2023, 2).dec()).isEqualTo("2023-02-15");
			assertThat(db.repair(2023, 2).decAsSent()).isEqualTo("2023-03-01");
			assertThat(db.repair(2023, 2).change()).isEqualTo("DEC 2023-03-01 -> 2023-02-15");
			assertThat(db.repair(2024, 3).rule()).isNull();
			assertThat(db.repair(2024, 3).dec()).isEqualTo("2023-09-01");
			assertThat(db.repair(2023, 5).rule()).isNull();
		}
	}

	@Test
	void rule5ClosesAGapAfterAnX1EndingBeforeALaterYearsEpisode() throws Exception {
		try (EpisodeRepairDatabase db = new EpisodeRepairDatabase()) {
			// fix_episodes.py 297-302: DEC 31 January 2023 < next DECOM 10 February 2023,
			// REC X1 (the episode continues), YEAR 2023 < 2024: RULE_5, DEC = next DECOM
			db.add("A", 2023, 2, "2022-06-01", "2023-01-31").rec("X1");
			db.add("A", 2024, 2, "2023-02-10", null).place("K2");
			// REC E8 (ceased to be looked after): the gap is real and stays
			db.add("B", 2023, 3, "2022-06-01", "2023-01-31").rec("E8");
			db.add("B", 2024, 3, "2023-02-10", null).place("K2");
			db.build();

			assertThat(db.repair(2023, 2).rule()).isEqualTo("RULE_5");
			assertThat(db.repair(2023, 2).dec()).isEqualTo("2023-02-10");
			assertThat(db.repair(2023, 3).rule()).isNull();
			assertThat(db.count("SELECT gap_days FROM child_episode_repairs WHERE child_key = 'B' AND kept "
					+ "AND collection_year = 2023"))
				.as("31 January to 10 February")
				.isEqualTo(10);
		}
	}

	@Test
	void stageTwoSeesStageOnesDecAndNamesBothRules() throws Exception {
		try (EpisodeRepairDatabase db = new EpisodeRepairDatabase()) {
			// 2022 open U4 episode; 2023 open K2 episode repeating the 2024 K2 episode
			// (RULE_3, deleted); stage 1 closed the 2022 episode at the deleted episode's
			// DECOM (RULE_1: 1 September 2022, X1, next RNE P so LIIAF). Stage 2
			// (401-421)
			// runs on what is left: the next episode is now 2024's (1 March 2023), 1
			// September 2022 is before it, REC X1, 2022 < 2024: RULE_5 too, DEC = 1 March
			// 2023, and Episode_source becomes 'RULE_1 | RULE_5' (324-335).
			db.add("A", 2022, 2, "2021-06-01", null);
			db.add("A", 2023, 2, "2022-09-01", null).place("K2").rne("P");
			db.add("A", 2024, 2, "2023-03-01", null).place("K2").rne("P");
			db.build();

			assertThat(db.repair(2023, 2).rule()).isEqualTo("RULE_3");
			assertThat(db.repair(2022, 2)).satisfies((r) -> {
				assertThat(r.rule()).isEqualTo("RULE_1 | RULE_5");
				assertThat(r.dec()).isEqualTo("2023-03-01");
				assertThat(r.rec()).isEqualTo("X1");
				assertThat(r.reasonPlaceChange()).isEqualTo("LIIAF");
			});
		}
	}

}
