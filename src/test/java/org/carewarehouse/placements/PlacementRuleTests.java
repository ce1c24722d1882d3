package org.carewarehouse.placements;

import org.carewarehouse.pipeline.RowRejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One test per CH rule code, each worked by hand.
 */
class PlacementRuleTests {

	private final ChildEpisodeMapper episodes2024 = new ChildEpisodeMapper(Ssda903Rows.PSEUDONYMISER,
			"ssda903-E06000001-2024-episodes.csv");

	private final ChildEpisodeMapper episodes2025 = new ChildEpisodeMapper(Ssda903Rows.PSEUDONYMISER,
			"ssda903-E06000001-2025-episodes.csv");

	@Test
	void ch001PlaceCodeNotValidInTheCollectionYear() throws Exception {
		// K3 arrives in 2024-25: in collection year 2024 (2023-24) it is rejected
		assertThat(rule(this.episodes2024, "CHILD-A,01/05/2023,S,C2,N1,K3,PR4,,,,,,")).isEqualTo("CH001");
		assertThat(this.episodes2025.map(Ssda903Rows.episode("CHILD-A,01/05/2024,S,C2,N1,K3,PR4,,,,,,")).place())
			.isEqualTo("K3");
		// H5 retired from 2024-25 (assumed): valid in 2023-24, rejected in 2024-25
		assertThat(this.episodes2024.map(Ssda903Rows.episode("CHILD-A,01/05/2023,S,C2,N1,H5,PR4,,,,,,")).place())
			.isEqualTo("H5");
		assertThat(rule(this.episodes2025, "CHILD-A,01/05/2024,S,C2,N1,H5,PR4,,,,,,")).isEqualTo("CH001");
		// Z11 only from 2025-26, Z1 only until 2024-25
		assertThat(rule(this.episodes2025, "CHILD-A,01/05/2024,S,C2,N1,Z11,PR4,,,,,,")).isEqualTo("CH001");
		ChildEpisodeMapper episodes2026 = new ChildEpisodeMapper(Ssda903Rows.PSEUDONYMISER,
				"ssda903-E06000001-2026-episodes.csv");
		assertThat(rule(episodes2026, "CHILD-A,01/05/2025,S,C2,N1,Z1,PR4,,,,,,")).isEqualTo("CH001");
		assertThat(episodes2026.map(Ssda903Rows.episode("CHILD-A,01/05/2025,S,C2,N1,Z14,PR4,,,,,,")).place())
			.isEqualTo("Z14");
	}

	@Test
	void ch002EpisodeStartsAfterTheCollectionYear() throws Exception {
		// collection year 2024 ends on 31 March 2024
		assertThat(rule(this.episodes2024, "CHILD-A,01/04/2024,S,C2,N1,U4,PR1,,,,,,")).isEqualTo("CH002");
		assertThat(this.episodes2024.map(Ssda903Rows.episode("CHILD-A,31/03/2024,S,C2,N1,U4,PR1,,,,,,")).decom())
			.hasToString("2024-03-31");
	}

	@Test
	void ch003EpisodeEndsAfterTheCollectionYear() throws Exception {
		assertThat(rule(this.episodes2024, "CHILD-A,01/05/2023,S,C2,N1,U4,PR1,01/04/2024,E11,,,,")).isEqualTo("CH003");
		assertThat(this.episodes2024.map(Ssda903Rows.episode("CHILD-A,01/05/2023,S,C2,N1,U4,PR1,31/03/2024,E11,,,,"))
			.dec()).hasToString("2024-03-31");
	}

	@Test
	void ch004ChildBornAfterTheCollectionYear() throws Exception {
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

	private static String rule(ChildEpisodeMapper mapper, String csv) throws Exception {
		try {
			mapper.map(Ssda903Rows.episode(csv));
		}
		catch (RowRejectedException ex) {
			return ex.rejects().get(0).rule();
		}
		return "loaded";
	}

}
