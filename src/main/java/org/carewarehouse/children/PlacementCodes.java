package org.carewarehouse.children;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * SSDA903 PLACE codes (and the Header's SEX codes): DfE's lists by collection year (see
 * {@link DfeRuleset}) and the placement type each PLACE code counts as.
 */
final class PlacementCodes {

	/** lac2022_23/rule_146.py lines 17-45, unchanged in 2023-24. */
	static final Set<String> PLACES_TO_2024 = Set.of("A3", "A4", "A5", "A6", "H5", "K1", "K2", "P1", "P2", "P3", "R1",
			"R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1");

	/**
	 * lac2024_25/rule_146.py lines 17-46: the 2022-23 list and "k3", which DfE's
	 * case-sensitive check would match only in lower case; codes are compared upper-cased
	 * here, so it is K3.
	 */
	static final Set<String> PLACES_2025 = Set.of("A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3",
			"R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1");

	/** lac2025_26/rule_146.py lines 17-47: H5, P2 and Z1 gone, Z11-Z14 new. */
	static final Set<String> PLACES_FROM_2026 = Set.of("A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2",
			"R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13",
			"Z14");

	/** lac2022_23/rule_178.py line 19. */
	static final Set<String> NO_PROVIDER_TO_2025 = Set.of("T0", "T1", "T2", "T3", "T4", "Z1");

	/** lac2025_26/rule_178.py lines 21-30: T4 may now have a provider. */
	static final Set<String> NO_PROVIDER_FROM_2026 = Set.of("T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14");

	/** lac2022_23/rule_101.py line 17, unchanged in 2023-24. */
	static final Set<String> SEXES_TO_2024 = Set.of("1", "2");

	/** lac2024_25/rule_101.py line 17. */
	static final Set<String> SEXES_FROM_2025 = Set.of("M", "F", "U");

	private PlacementCodes() {
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
