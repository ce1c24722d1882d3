package org.carewarehouse.placements;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * SSDA903 PLACE codes by collection year, and the placement type each one counts as.
 * <p>
 * The contract lists every PLACE code of any year; this table says in which collection
 * years (year ending 31 March) a code is valid. domain.md gives the changes without dates
 * for two of them, so these are assumptions:
 * <ul>
 * <li>{@code K3} is valid from collection year 2025 (2024-25), as domain.md says;</li>
 * <li>{@code Z1} is valid up to 2025 (2024-25) and {@code Z11}-{@code Z14} from 2026
 * (2025-26), as domain.md says;</li>
 * <li>{@code H5} and {@code P2} are "retired" with no year in domain.md: assumed valid up
 * to 2024 (2023-24) and retired from 2025 (2024-25), when K3 arrived;</li>
 * <li>every other code is valid in every year.</li>
 * </ul>
 */
final class PlacementCodes {

	private static final int ALWAYS_FROM = 0;

	private static final int STILL_VALID = Integer.MAX_VALUE;

	/** Code to {first valid collection year, last valid collection year}. */
	private static final Map<String, int[]> YEARS = Map.of("K3", new int[] { 2025, STILL_VALID }, "Z1",
			new int[] { ALWAYS_FROM, 2025 }, "Z11", new int[] { 2026, STILL_VALID }, "Z12",
			new int[] { 2026, STILL_VALID }, "Z13", new int[] { 2026, STILL_VALID }, "Z14",
			new int[] { 2026, STILL_VALID }, "H5", new int[] { ALWAYS_FROM, 2024 }, "P2",
			new int[] { ALWAYS_FROM, 2024 });

	private PlacementCodes() {
	}

	/**
	 * Whether a PLACE code (already in the contract's list) is valid in a collection
	 * year.
	 * @param place the code
	 * @param collectionYear the year in which the collection year ends
	 * @return whether it is valid
	 */
	static boolean validIn(String place, int collectionYear) {
		int[] years = YEARS.get(place);
		return years == null || (collectionYear >= years[0] && collectionYear <= years[1]);
	}

	/**
	 * The kind of placement an episode is, for the indicators.
	 * @param place the PLACE code
	 * @param provider the PLACE_PROVIDER code, or {@code null}
	 * @return {@code childrens_home} (K2), {@code secure_childrens_home} (K1),
	 * {@code ifa_fostering} (U1-U6 with PR4 or PR5), {@code in_house_fostering} (U1-U6
	 * with PR1), {@code other_fostering} (U1-U6 with any other provider),
	 * {@code placed_for_adoption} (A3-A6), {@code placed_with_parents} (P1),
	 * {@code independent_living} (H5, P2), {@code residential} (P3, R1, R2, R3, S1),
	 * {@code youth_justice} (R5), {@code temporary} (T0-T4) or {@code other} (K3, Z1,
	 * Z11-Z14: domain.md does not say what K3 is)
	 */
	static String placementType(String place, @Nullable String provider) {
		if (place.startsWith("U")) {
			if ("PR4".equals(provider) || "PR5".equals(provider)) {
				return "ifa_fostering";
			}
			return "PR1".equals(provider) ? "in_house_fostering" : "other_fostering";
		}
		return switch (place) {
			case "K2" -> "childrens_home";
			case "K1" -> "secure_childrens_home";
			case "A3", "A4", "A5", "A6" -> "placed_for_adoption";
			case "P1" -> "placed_with_parents";
			case "H5", "P2" -> "independent_living";
			case "P3", "R1", "R2", "R3", "S1" -> "residential";
			case "R5" -> "youth_justice";
			case "T0", "T1", "T2", "T3", "T4" -> "temporary";
			default -> "other";
		};
	}

}
