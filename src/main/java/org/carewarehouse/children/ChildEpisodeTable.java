package org.carewarehouse.children;

import org.carewarehouse.pipeline.Table;

import static org.carewarehouse.pipeline.ColumnType.CODE;
import static org.carewarehouse.pipeline.ColumnType.DATE;
import static org.carewarehouse.pipeline.ColumnType.INTEGER;
import static org.carewarehouse.pipeline.ColumnType.STRING;

/**
 * The {@code children_episodes} table: one row per episode per SSDA903 Episodes file, as
 * sent (before repair), partitioned by council and the financial year of the collection.
 */
public final class ChildEpisodeTable {

	/** The table declaration. */
	public static final Table<ChildEpisode> TABLE = Table
		.<ChildEpisode>named("children_episodes",
				"One episode of care from an SSDA903 Episodes table as loaded, before repair, pseudonymised")
		.partition("council", "GSS code of the council, from the file name", ChildEpisode::council)
		.partition("financial_year", "Financial year of the collection, e.g. 2023-24 for collection year 2024",
				ChildEpisode::financialYear)
		.required("collection_year", INTEGER, "Year in which the collection year ends (31 March)",
				ChildEpisode::collectionYear)
		.required("child_key", STRING, "Keyed hash of council code and the council's CHILD id", ChildEpisode::childKey)
		.required("decom", DATE, "DECOM: date the episode commenced", ChildEpisode::decom)
		.optional("dec", DATE, "DEC: date the episode ceased; null while open", ChildEpisode::dec)
		.optional("rne", STRING, "RNE: reason for new episode", ChildEpisode::rne)
		.optional("ls", STRING, "LS: legal status", ChildEpisode::ls)
		.optional("cin", STRING, "CIN: category of need", ChildEpisode::cin)
		.required("place", CODE, "PLACE: placement type code", ChildEpisode::place)
		.optional("place_provider", CODE, "PLACE_PROVIDER: PR0 parent ... PR5 voluntary", ChildEpisode::placeProvider)
		.optional("rec", STRING, "REC: reason episode ceased", ChildEpisode::rec)
		.optional("reason_place_change", STRING, "REASON_PLACE_CHANGE: reason for placement change",
				ChildEpisode::reasonPlaceChange)
		.optional("home_postcode_district", STRING, "Outward code of HOME_POST", ChildEpisode::homePostcodeDistrict)
		.optional("placement_postcode_district", STRING, "Outward code of PL_POST",
				ChildEpisode::placementPostcodeDistrict)
		.optional("urn", STRING, "URN: Ofsted reference of the placement provider", ChildEpisode::urn)
		.required("placement_type", CODE,
				"childrens_home (K2), secure_childrens_home, ifa_fostering (U1-U6 with PR4/PR5), "
						+ "in_house_fostering (U1-U6 with PR1), other_fostering, placed_for_adoption, "
						+ "placed_with_parents, independent_living, residential, youth_justice, temporary or other",
				ChildEpisode::placementType)
		.build();

	private ChildEpisodeTable() {
	}

}
