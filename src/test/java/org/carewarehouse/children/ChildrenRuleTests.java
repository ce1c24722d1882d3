package org.carewarehouse.children;

import org.carewarehouse.pipeline.Reject;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.TypedRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One test per DfE rule the feed applies, each worked by hand from the validator's code:
 * data-to-insight/csc-validator-be-903 {@code lac_validator/rules/lac<year>/rule_<n>.py}
 * (commit 10ad07c5), with the rule set of the file's collection year. 178, 217 and 217t
 * load the row with a warning (see {@link ChildrenRule}). Episode rows are in the
 * contract's column order: CHILD, DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC, REC,
 * REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN.
 */
class ChildrenRuleTests {

	@Test
	void dfe146PlaceCodesByCollectionYear() throws Exception {
		// lac2022_23/rule_146.py 17-45 (also 2023-24): H5, P2, Z1 valid, K3 not
		assertThat(outcome(2024, "A,01/05/2023,S,C2,N1,K3,PR4,,,,,,")).isEqualTo("CH001");
		assertThat(outcome(2024, "A,01/05/2023,S,C2,N1,H5,PR4,,,,,,")).isEqualTo("loaded");
		assertThat(outcome(2020, "A,01/05/2019,S,C2,N1,Z1,,,,,,,")).as("before 2022-23: the first rule set")
			.isEqualTo("loaded");
		// lac2024_25/rule_146.py 17-46 adds k3 (line 25) and still lists H5, P2 and Z1
		assertThat(outcome(2025, "A,01/05/2024,S,C2,N1,K3,PR4,,,,,,")).isEqualTo("loaded");
		assertThat(outcome(2025, "A,01/05/2024,S,C2,N1,H5,PR4,,,,,,")).isEqualTo("loaded");
		assertThat(outcome(2025, "A,01/05/2024,S,C2,N1,P2,PR4,,,,,,")).isEqualTo("loaded");
		assertThat(outcome(2025, "A,01/05/2024,S,C2,N1,Z11,PR4,,,,,,")).isEqualTo("CH001");
		// lac2025_26/rule_146.py 17-47: H5, P2, Z1 gone, Z11-Z14 in; 2026-27 keeps it
		assertThat(outcome(2026, "A,01/05/2025,S,C2,N1,H5,PR4,,,,,,")).isEqualTo("CH001");
		assertThat(outcome(2026, "A,01/05/2025,S,C2,N1,P2,PR4,,,,,,")).isEqualTo("CH001");
		assertThat(outcome(2026, "A,01/05/2025,S,C2,N1,Z1,,,,,,,")).isEqualTo("CH001");
		assertThat(outcome(2026, "A,01/05/2025,S,C2,N1,Z14,,,,,,,")).isEqualTo("loaded");
		assertThat(outcome(2027, "A,01/05/2026,S,C2,N1,H5,PR4,,,,,,")).isEqualTo("CH001");
	}

	@Test
	void dfe146LowerCasePlaceLoadsUpperCasedWithAWarning() throws Exception {
		// rule_146.py 47: isin is case-sensitive, so DfE refuses "t3" (its test, line 61)
		TypedRow row = Ssda903Rows.episode("A,01/05/2023,S,C2,N1,u4,PR1,,,,,,");
		assertThat(mapper(2024).map(row).place()).isEqualTo("U4");
		assertThat(row.warnings()).extracting(Reject::rule, Reject::column, Reject::value, Reject::severity)
			.containsExactly(tuple("CH001", "PLACE", "u4", Reject.Severity.WARNING));
	}

	@Test
	void dfe178NoProviderForTemporaryAndOtherPlacements() throws Exception {
		// lac2022_23/rule_178.py 18-38: a provider (PR0-PR5) is wrong with T0-T4 or Z1;
		// a blank provider is always accepted (line 25)
		assertThat(outcome(2025, "A,01/05/2024,S,C2,N1,T4,PR1,,,,,,")).isEqualTo("warned CH005");
		assertThat(outcome(2023, "A,01/05/2022,S,C2,N1,Z1,PR4,,,,,,")).isEqualTo("warned CH005");
		assertThat(outcome(2025, "A,01/05/2024,S,C2,N1,T4,,,,,,,")).isEqualTo("loaded");
		assertThat(outcome(2025, "A,01/05/2024,S,C2,N1,U4,,,,,,,")).isEqualTo("loaded");
		// lac2025_26/rule_178.py 21-30: T4 is off the list, so T4 with a provider loads
		assertThat(outcome(2026, "A,01/05/2025,S,C2,N1,T4,PR1,,,,,,")).isEqualTo("loaded");
		assertThat(outcome(2026, "A,01/05/2025,S,C2,N1,Z12,PR1,,,,,,")).isEqualTo("warned CH005");
		// "pr4" is not in the list (the rule's own test, line 48): loaded as PR4, warned
		TypedRow row = Ssda903Rows.episode("A,01/05/2023,S,C2,N1,U4,pr4,,,,,,");
		assertThat(mapper(2024).map(row).placementType()).isEqualTo("ifa_fostering");
		assertThat(row.warnings()).extracting(Reject::rule, Reject::value).containsExactly(tuple("CH005", "pr4"));
	}

	@Test
	void dfe217AdoptionByCurrentFosterCarersNeedsRneSTOrU() throws Exception {
		// lac2022_23/rule_217.py 20-29: PLACE A3 or A5, DECOM >= 01/04/2015 and RNE not
		// in
		// S, T, U; a blank RNE is not in the list either
		assertThat(outcome(2024, "A,01/05/2023,P,C2,N1,A5,PR1,,,,,,")).isEqualTo("warned CH006");
		assertThat(outcome(2024, "A,01/05/2023,,C2,N1,A3,PR1,,,,,,")).isEqualTo("warned CH006");
		assertThat(outcome(2024, "A,01/05/2023,T,C2,N1,A3,PR1,,,,,,")).isEqualTo("loaded");
		assertThat(outcome(2024, "A,01/05/2023,P,C2,N1,A4,PR1,,,,,,")).as("A4 and A6 are not checked")
			.isEqualTo("loaded");
		// boundary: 31 March 2015 is before the rule starts, 1 April 2015 is on it
		assertThat(outcome(2016, "A,31/03/2015,P,C2,N1,A5,PR1,,,,,,")).isEqualTo("loaded");
		assertThat(outcome(2016, "A,01/04/2015,P,C2,N1,A5,PR1,,,,,,")).isEqualTo("warned CH006");
		// "s" fails DfE's isin; loaded as S with a warning
		TypedRow row = Ssda903Rows.episode("A,01/05/2023,s,C2,N1,A5,PR1,,,,,,");
		assertThat(mapper(2024).map(row).rne()).isEqualTo("S");
		assertThat(row.warnings()).extracting(Reject::rule, Reject::column).containsExactly(tuple("CH006", "RNE"));
	}

	@Test
	void dfe217tP2MustEndBy28October2023In2023To24Only() throws Exception {
		// lac2023_24/rule_217t.py 17-26: P2 with DEC > 28/10/2023 or blank; deleted in
		// lac2024_25/__init__.py (del_list)
		assertThat(outcome(2024, "A,01/05/2023,S,C2,N1,P2,PR4,,,,,,")).isEqualTo("warned CH007");
		assertThat(outcome(2024, "A,01/05/2023,S,C2,N1,P2,PR4,29/10/2023,E8,,,,")).isEqualTo("warned CH007");
		assertThat(outcome(2024, "A,01/05/2023,S,C2,N1,P2,PR4,28/10/2023,E8,,,,")).isEqualTo("loaded");
		assertThat(outcome(2023, "A,01/05/2022,S,C2,N1,P2,PR4,,,,,,")).isEqualTo("loaded");
		assertThat(outcome(2025, "A,01/05/2024,S,C2,N1,P2,PR4,,,,,,")).isEqualTo("loaded");
	}

	@Test
	void dfe354EpisodeStartsAfterTheCollectionYear() throws Exception {
		// lac2022_23/rule_354.py 17-21: DECOM > collection end (31 March 2024)
		assertThat(outcome(2024, "A,01/04/2024,S,C2,N1,U4,PR1,,,,,,")).isEqualTo("CH002");
		assertThat(outcome(2024, "A,31/03/2024,S,C2,N1,U4,PR1,,,,,,")).isEqualTo("loaded");
	}

	@Test
	void dfe385EpisodeEndsAfterTheCollectionYear() throws Exception {
		// lac2022_23/rule_385.py 17-21: DEC > collection end
		assertThat(outcome(2024, "A,01/05/2023,S,C2,N1,U4,PR1,01/04/2024,E11,,,,")).isEqualTo("CH003");
		assertThat(outcome(2024, "A,01/05/2023,S,C2,N1,U4,PR1,31/03/2024,E11,,,,")).isEqualTo("loaded");
	}

	@Test
	void dfe356EpisodeEndsBeforeItStarts() throws Exception {
		// lac2022_23/rule_356.py 24: DEC present and DEC < DECOM; the same day is allowed
		assertThat(outcome(2024, "A,01/06/2023,S,C2,N1,U4,PR1,31/05/2023,E11,,,,")).isEqualTo("CH008");
		assertThat(outcome(2024, "A,01/06/2023,S,C2,N1,U4,PR1,01/06/2023,E11,,,,")).isEqualTo("loaded");
	}

	@Test
	void dfe301ChildBornAfterTheCollectionYear() throws Exception {
		// lac2022_23/rule_301.py 27-28: DOB > collection end
		ChildHeaderMapper headers = new ChildHeaderMapper(Ssda903Rows.PSEUDONYMISER,
				"ssda903-E06000001-2024-header.csv");
		assertThatExceptionOfType(RowRejectedException.class)
			.isThrownBy(() -> headers.map(Ssda903Rows.header("CHILD-A,1,01/04/2024,WBRI,,,")))
			.satisfies((ex) -> {
				assertThat(ex.rejects().get(0).rule()).isEqualTo("CH004");
				assertThat(ex.rejects().get(0).value()).as("a date of birth is never kept").isNull();
			});
		assertThat(headers.map(Ssda903Rows.header("CHILD-A,1,31/03/2024,WBRI,,,")).birthMonth()).isEqualTo("2024-03");
	}

	@Test
	void dfe101SexCodesByCollectionYear() throws Exception {
		// lac2022_23/rule_101.py 17-22 (also 2023-24): SEX 1 or 2;
		// lac2024_25/rule_101.py 17-22: M, F or U, so 1 and 2 are no longer valid
		assertThat(headerOutcome(2024, "CHILD-A,1,01/05/2015,WBRI,,,")).isEqualTo("loaded");
		assertThat(headerOutcome(2024, "CHILD-A,M,01/05/2015,WBRI,,,")).isEqualTo("CH009");
		assertThat(headerOutcome(2022, "CHILD-A,2,01/05/2015,WBRI,,,")).as("before 2022-23: the first rule set")
			.isEqualTo("loaded");
		assertThat(headerOutcome(2025, "CHILD-A,M,01/05/2015,WBRI,,,")).isEqualTo("loaded");
		assertThat(headerOutcome(2025, "CHILD-A,U,01/05/2015,WBRI,,,")).isEqualTo("loaded");
		assertThat(headerOutcome(2025, "CHILD-A,1,01/05/2015,WBRI,,,")).isEqualTo("CH009");
		assertThat(headerOutcome(2026, "CHILD-A,2,01/05/2015,WBRI,,,")).isEqualTo("CH009");
		// isin is case-sensitive, so DfE refuses "f": loaded as F with a warning
		TypedRow row = Ssda903Rows.header("CHILD-A,f,01/05/2015,WBRI,,,");
		assertThat(headerMapper(2025).map(row).sex()).isEqualTo("F");
		assertThat(row.warnings()).extracting(Reject::rule, Reject::column, Reject::value, Reject::severity)
			.containsExactly(tuple("CH009", "SEX", "f", Reject.Severity.WARNING));
	}

	@Test
	void everyRuleNamesItsDfeNumber() {
		assertThat(ChildrenRule.EPISODES).extracting((rule) -> rule.description().split(":")[0])
			.containsExactly("DfE 146", "DfE 354", "DfE 385", "DfE 178", "DfE 217", "DfE 217t (2023-24 only)",
					"DfE 356");
		assertThat(ChildrenRule.HEADER).extracting((rule) -> rule.description().split(":")[0])
			.containsExactly("DfE 301", "DfE 101");
	}

	private static ChildHeaderMapper headerMapper(int collectionYear) {
		return new ChildHeaderMapper(Ssda903Rows.PSEUDONYMISER, "ssda903-E06000001-" + collectionYear + "-header.csv");
	}

	private static String headerOutcome(int collectionYear, String csv) throws Exception {
		TypedRow row = Ssda903Rows.header(csv);
		try {
			headerMapper(collectionYear).map(row);
		}
		catch (RowRejectedException ex) {
			return ex.rejects().get(0).rule();
		}
		return row.warnings().isEmpty() ? "loaded" : "warned " + row.warnings().get(0).rule();
	}

	private static ChildEpisodeMapper mapper(int collectionYear) {
		return new ChildEpisodeMapper(Ssda903Rows.PSEUDONYMISER,
				"ssda903-E06000001-" + collectionYear + "-episodes.csv");
	}

	/**
	 * The rule that rejects the row, {@code warned <rule>} if it loads with a warning, or
	 * {@code loaded}.
	 */
	private static String outcome(int collectionYear, String csv) throws Exception {
		TypedRow row = Ssda903Rows.episode(csv);
		try {
			mapper(collectionYear).map(row);
		}
		catch (RowRejectedException ex) {
			return ex.rejects().get(0).rule();
		}
		return row.warnings().isEmpty() ? "loaded" : "warned " + row.warnings().get(0).rule();
	}

}
