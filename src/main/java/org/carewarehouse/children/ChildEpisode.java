package org.carewarehouse.children;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One episode of care from an SSDA903 Episodes table, pseudonymised: no CHILD id and
 * postcodes reduced to their district.
 */
public record ChildEpisode(String council, String financialYear, int collectionYear, String childKey, LocalDate decom,
		@Nullable LocalDate dec, @Nullable String rne, @Nullable String ls, @Nullable String cin, String place,
		@Nullable String placeProvider, @Nullable String rec, @Nullable String reasonPlaceChange,
		@Nullable String homePostcodeDistrict, @Nullable String placementPostcodeDistrict, @Nullable String urn,
		String placementType) {

}
