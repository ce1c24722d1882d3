package org.carewarehouse.children;

import java.util.Set;

/**
 * The DfE SSDA903 validation rule set of each collection year, as far as the fields the
 * warehouse uses: data-to-insight/csc-validator-be-903
 * {@code lac_validator/rules/lac<year>} (commit 10ad07c5). Each year's registry is the
 * previous year's with that folder's rules added or replaced and its {@code del_list}
 * removed, so a rule changes only in the year whose folder holds a new version. The
 * validator starts at 2022-23; earlier collection years are checked with that first rule
 * set. 2026-27 changes none of these rules, so 2025-26's apply from then on.
 */
enum DfeRuleset {

	/** lac2022_23: rule_101, rule_146 and rule_178 lists as written there. */
	LAC_2022_23(2023, PlacementCodes.SEXES_TO_2024, PlacementCodes.PLACES_TO_2024, PlacementCodes.NO_PROVIDER_TO_2025,
			false),

	/** lac2023_24: adds rule 217t (P2 ends by 28 October 2023). */
	LAC_2023_24(2024, PlacementCodes.SEXES_TO_2024, PlacementCodes.PLACES_TO_2024, PlacementCodes.NO_PROVIDER_TO_2025,
			true),

	/**
	 * lac2024_25: rule_101 SEX M, F, U for 1, 2; rule_146 adds K3 (spelled "k3");
	 * del_list removes 217t.
	 */
	LAC_2024_25(2025, PlacementCodes.SEXES_FROM_2025, PlacementCodes.PLACES_2025, PlacementCodes.NO_PROVIDER_TO_2025,
			false),

	/** lac2025_26: rule_146 drops H5, P2 and Z1 for Z11-Z14; rule_178 new list. */
	LAC_2025_26(2026, PlacementCodes.SEXES_FROM_2025, PlacementCodes.PLACES_FROM_2026,
			PlacementCodes.NO_PROVIDER_FROM_2026, false);

	private final int firstCollectionYear;

	private final Set<String> sexes;

	private final Set<String> places;

	private final Set<String> placesWithoutProvider;

	private final boolean p2EndsBy28October2023;

	DfeRuleset(int firstCollectionYear, Set<String> sexes, Set<String> places, Set<String> placesWithoutProvider,
			boolean p2EndsBy28October2023) {
		this.firstCollectionYear = firstCollectionYear;
		this.sexes = sexes;
		this.places = places;
		this.placesWithoutProvider = placesWithoutProvider;
		this.p2EndsBy28October2023 = p2EndsBy28October2023;
	}

	/**
	 * The rule set a collection year's return is checked with.
	 * @param collectionYear the year in which the collection year ends
	 * @return the latest rule set starting in or before it, else the first
	 */
	static DfeRuleset of(int collectionYear) {
		DfeRuleset found = LAC_2022_23;
		for (DfeRuleset ruleset : values()) {
			if (ruleset.firstCollectionYear <= collectionYear) {
				found = ruleset;
			}
		}
		return found;
	}

	/**
	 * Rule 101: the Header's SEX codes this year's list holds.
	 * @return the codes
	 */
	Set<String> sexes() {
		return this.sexes;
	}

	/**
	 * Rule 146: the PLACE codes this year's list holds, upper-cased.
	 * @return the codes
	 */
	Set<String> places() {
		return this.places;
	}

	/**
	 * Rule 178: the PLACE codes that must have no PLACE_PROVIDER.
	 * @return the codes
	 */
	Set<String> placesWithoutProvider() {
		return this.placesWithoutProvider;
	}

	/**
	 * Whether rule 217t (2023-24 only) applies: P2 must have ended by 28 October 2023.
	 * @return whether it applies
	 */
	boolean p2EndsBy28October2023() {
		return this.p2EndsBy28October2023;
	}

}
