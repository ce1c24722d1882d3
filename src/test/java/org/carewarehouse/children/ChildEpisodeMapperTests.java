package org.carewarehouse.children;

import org.carewarehouse.pipeline.FileRejectedException;
import org.carewarehouse.pipeline.TypedRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The SSDA903 mappers: file names, pseudonymisation, reductions and placement types.
 */
class ChildEpisodeMapperTests {

	private final ChildEpisodeMapper mapper = new ChildEpisodeMapper(Ssda903Rows.PSEUDONYMISER,
			"ssda903-E08000014-2024-episodes.csv");

	@Test
	void councilAndYearComeFromTheFileName() throws Exception {
		ChildEpisode episode = this.mapper
			.map(Ssda903Rows.episode("CHILD-A,01/05/2023,S,C2,N1,K2,PR4,20/06/2023,E11,,L20 9ZZ,PR8 4XJ,SC123456"));
		assertThat(episode.council()).isEqualTo("E08000014");
		assertThat(episode.collectionYear()).isEqualTo(2024);
		assertThat(episode.financialYear()).isEqualTo("2023-24");
	}

	@Test
	void childIsHashedWithTheCouncilAndPostcodesReducedToDistricts() throws Exception {
		ChildEpisode episode = this.mapper
			.map(Ssda903Rows.episode("CHILD-A,01/05/2023,S,C2,N1,K2,PR4,,,,L20 9ZZ,PR8 4XJ,SC123456"));
		assertThat(episode.childKey()).isEqualTo(Ssda903Rows.PSEUDONYMISER.localPersonKey("E08000014", "CHILD-A"))
			.doesNotContain("CHILD-A");
		assertThat(episode.homePostcodeDistrict()).isEqualTo("L20");
		assertThat(episode.placementPostcodeDistrict()).isEqualTo("PR8");
		assertThat(episode.dec()).as("blank DEC: still open").isNull();
	}

	@Test
	void isoDatesAsInTheLiiaFilesAreAccepted() throws Exception {
		assertThat(this.mapper.map(Ssda903Rows.episode("CHILD-A,2023-05-01,S,C2,N1,K2,PR4,2023-06-20,E11,,,,")).dec())
			.hasToString("2023-06-20");
	}

	/**
	 * LIIA's cleaning matches a category value case-insensitively and writes the code
	 * (liia-tools-pipeline {@code liiatools/common/spec/__data_schema.py} 139-151 and
	 * 24-45; LS is a category in {@code SSDA903_schema_2017.yml}), and RULE_3 compares LS
	 * (fix_episodes.py 124, 150): an open "c2" episode of an older year followed by a
	 * "C2" one, the rest alike, is a repeat LIIA deletes, so LS is upper-cased as RNE and
	 * REC are.
	 */
	@Test
	void legalStatusIsUpperCasedAsLiiaCleaningDoes() throws Exception {
		assertThat(this.mapper.map(Ssda903Rows.episode("CHILD-A,01/05/2023,s,c2,N1,K2,PR4,20/06/2023,e11,,,,")))
			.extracting(ChildEpisode::rne, ChildEpisode::ls, ChildEpisode::rec)
			.containsExactly("S", "C2", "E11");
	}

	@Test
	void placementTypes() {
		assertThat(PlacementCodes.placementType("K2", "PR4")).isEqualTo("childrens_home");
		assertThat(PlacementCodes.placementType("U4", "PR4")).isEqualTo("ifa_fostering");
		assertThat(PlacementCodes.placementType("U1", "PR5")).isEqualTo("ifa_fostering");
		assertThat(PlacementCodes.placementType("U6", "PR1")).isEqualTo("in_house_fostering");
		assertThat(PlacementCodes.placementType("U3", "PR2")).isEqualTo("other_fostering");
		assertThat(PlacementCodes.placementType("U3", null)).isEqualTo("other_fostering");
		assertThat(PlacementCodes.placementType("R1", "PR4")).isEqualTo("residential");
		assertThat(PlacementCodes.placementType("A4", "PR1")).isEqualTo("placed_for_adoption");
		assertThat(PlacementCodes.placementType("P1", "PR0")).isEqualTo("placed_with_parents");
		assertThat(PlacementCodes.placementType("Z12", "PR1")).isEqualTo("other");
	}

	@Test
	void aFileNameWithoutCouncilAndYearRejectsTheWholeFileAtItsFirstRow() throws Exception {
		TypedRow episode = Ssda903Rows.episode("CHILD-A,01/05/2023,S,C2,N1,K2,PR4,,,,,,");
		assertThatExceptionOfType(FileRejectedException.class)
			.isThrownBy(() -> new ChildEpisodeMapper(Ssda903Rows.PSEUDONYMISER, "ssda903-episodes.csv").map(episode))
			.withMessageContaining("ssda903-episodes.csv")
			.withMessageContaining("ssda903-<GSS code>-<collection year yyyy>-episodes.csv");
		assertThatExceptionOfType(FileRejectedException.class).isThrownBy(
				() -> new ChildEpisodeMapper(Ssda903Rows.PSEUDONYMISER, "ssda903-E08000014-2023-24-episodes.csv")
					.map(episode));
		TypedRow header = Ssda903Rows.header("CHILD-A,2,19/02/2010,WBRI,,,");
		assertThatExceptionOfType(FileRejectedException.class)
			.isThrownBy(() -> new ChildHeaderMapper(Ssda903Rows.PSEUDONYMISER, "ssda903-E08000014-2024-episodes.csv")
				.map(header));
	}

	@Test
	void headerKeepsOnlySexBirthMonthAndEthnicity() throws Exception {
		ChildHeader header = new ChildHeaderMapper(Ssda903Rows.PSEUDONYMISER, "ssda903-E08000014-2024-header.csv")
			.map(Ssda903Rows.header("CHILD-A,2,19/02/2010,WBRI,A123456789012,1,01/01/2024"));
		assertThat(header.toString()).doesNotContain("CHILD-A", "A123456789012", "2010-02-19", "2024-01-01");
		assertThat(header.sex()).isEqualTo("2");
		assertThat(header.birthMonth()).isEqualTo("2010-02");
		assertThat(header.ethnicity()).isEqualTo("WBRI");
		assertThat(header.financialYear()).isEqualTo("2023-24");
	}

	@Test
	void aNameWhoseExtensionIsInCapitalsIsReadAlike() throws Exception {
		ChildHeader header = new ChildHeaderMapper(Ssda903Rows.PSEUDONYMISER, "ssda903-E08000014-2024-header.CSV.GZ")
			.map(Ssda903Rows.header("CHILD-A,2,19/02/2010,WBRI,,,"));
		assertThat(header.council()).isEqualTo("E08000014");
		assertThat(header.financialYear()).isEqualTo("2023-24");
	}

}
