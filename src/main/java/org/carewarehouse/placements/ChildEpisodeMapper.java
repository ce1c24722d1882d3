package org.carewarehouse.placements;

import java.time.LocalDate;

import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.TypedRow;
import org.carewarehouse.privacy.Pseudonymiser;
import org.carewarehouse.privacy.Reductions;
import org.jspecify.annotations.Nullable;

/**
 * Turns a contract-checked SSDA903 Episodes row into a {@link ChildEpisode}: hashes CHILD
 * with the council code, reduces postcodes to districts, checks the PLACE code against
 * the collection year and the dates against the year's end, and derives the placement
 * type.
 */
class ChildEpisodeMapper implements RowMapper<ChildEpisode> {

	private final Pseudonymiser pseudonymiser;

	private final String sourceFile;

	private final Submission submission;

	/**
	 * Creates the mapper for one file.
	 * @param pseudonymiser the pseudonymiser
	 * @param sourceFile the file's name, which gives council and collection year
	 */
	ChildEpisodeMapper(Pseudonymiser pseudonymiser, String sourceFile) {
		this.pseudonymiser = pseudonymiser;
		this.sourceFile = sourceFile;
		this.submission = Submission.of(sourceFile, "episodes");
	}

	@Override
	public ChildEpisode map(TypedRow row) throws RowRejectedException {
		Submission submission = this.submission;
		String place = row.string("PLACE");
		LocalDate decom = row.date("DECOM");
		LocalDate dec = row.date("DEC");
		checkRules(submission, place, decom, dec);
		String provider = row.string("PLACE_PROVIDER");
		return new ChildEpisode(submission.council(), submission.financialYear().label(), submission.collectionYear(),
				this.pseudonymiser.localPersonKey(submission.council(), row.string("CHILD")), decom, dec,
				row.string("RNE"), row.string("LS"), row.string("CIN"), place, provider, row.string("REC"),
				row.string("REASON_PLACE_CHANGE"), Reductions.postcodeDistrict(row.string("HOME_POST")),
				Reductions.postcodeDistrict(row.string("PL_POST")), row.string("URN"),
				PlacementCodes.placementType(place, provider), this.sourceFile, row.line());
	}

	private void checkRules(Submission submission, String place, LocalDate decom, LocalDate dec)
			throws RowRejectedException {
		int year = submission.collectionYear();
		if (!PlacementCodes.validIn(place, year)) {
			throw new RowRejectedException(PlacementRule.PLACE_NOT_VALID_IN_YEAR, "PLACE",
					"PLACE '" + place + "' is not valid in collection year " + submission.financialYear().label(),
					place);
		}
		LocalDate yearEnd = submission.yearEnd();
		if (decom.isAfter(yearEnd)) {
			throw new RowRejectedException(PlacementRule.EPISODE_STARTS_AFTER_YEAR, "DECOM",
					"'DECOM' " + decom + " is after the collection year ended on " + yearEnd, decom.toString());
		}
		if (dec != null && dec.isAfter(yearEnd)) {
			throw new RowRejectedException(PlacementRule.EPISODE_ENDS_AFTER_YEAR, "DEC",
					"'DEC' " + dec + " is after the collection year ended on " + yearEnd, dec.toString());
		}
	}

}
