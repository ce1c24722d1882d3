package org.carewarehouse.children;

import java.time.LocalDate;
import java.util.Locale;

import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.Rule;
import org.carewarehouse.pipeline.TypedRow;
import org.carewarehouse.privacy.Pseudonymiser;
import org.carewarehouse.privacy.Reductions;
import org.jspecify.annotations.Nullable;

/**
 * Turns a contract-checked SSDA903 Episodes row into a {@link ChildEpisode}: hashes CHILD
 * with the council code, reduces postcodes to districts, applies DfE's rules for the
 * file's collection year ({@link ChildrenRule}, {@link DfeRuleset}) and derives the
 * placement type. Codes are upper-cased as LIIA's cleaning does; one DfE would refuse
 * only for its case loads with a warning naming the DfE rule.
 */
class ChildEpisodeMapper implements RowMapper<ChildEpisode> {

	private static final LocalDate RULE_217_FROM = LocalDate.of(2015, 4, 1);

	private static final LocalDate RULE_217T_P2_LAST_END = LocalDate.of(2023, 10, 28);

	private final Pseudonymiser pseudonymiser;

	private final Submission submission;

	private final DfeRuleset ruleset;

	/**
	 * Creates the mapper for one file.
	 * @param pseudonymiser the pseudonymiser
	 * @param sourceFile the file's name, which gives council and collection year
	 */
	ChildEpisodeMapper(Pseudonymiser pseudonymiser, String sourceFile) {
		this.pseudonymiser = pseudonymiser;
		this.submission = Submission.of(sourceFile, "episodes");
		this.ruleset = DfeRuleset.of(this.submission.collectionYear());
	}

	@Override
	public ChildEpisode map(TypedRow row) throws RowRejectedException {
		Submission submission = this.submission;
		String place = row.string("PLACE");
		String provider = row.string("PLACE_PROVIDER");
		String rne = upperCase(row.string("RNE"));
		LocalDate decom = row.date("DECOM");
		LocalDate dec = row.date("DEC");
		checkCodes(row, place, provider, rne, decom, dec);
		checkDates(decom, dec);
		return new ChildEpisode(submission.council(), submission.financialYear().label(), submission.collectionYear(),
				this.pseudonymiser.localPersonKey(submission.council(), row.string("CHILD")), decom, dec, rne,
				upperCase(row.string("LS")), row.string("CIN"), place, provider, upperCase(row.string("REC")),
				row.string("REASON_PLACE_CHANGE"), Reductions.postcodeDistrict(row.string("HOME_POST")),
				Reductions.postcodeDistrict(row.string("PL_POST")), row.string("URN"),
				PlacementCodes.placementType(place, provider));
	}

	private void checkCodes(TypedRow row, String place, @Nullable String provider, @Nullable String rne,
			LocalDate decom, @Nullable LocalDate dec) throws RowRejectedException {
		String year = this.submission.financialYear().label();
		if (!this.ruleset.places().contains(place)) {
			throw new RowRejectedException(ChildrenRule.PLACE_NOT_VALID_IN_YEAR, "PLACE",
					"PLACE '" + place + "' is not valid in collection year " + year, place);
		}
		if (provider != null && this.ruleset.placesWithoutProvider().contains(place)) {
			row.warn(
					ChildrenRule.PROVIDER_NOT_VALID, "PLACE_PROVIDER", "PLACE " + place
							+ " has no provider in collection year " + year + ", but PLACE_PROVIDER is " + provider,
					provider);
		}
		boolean adoptionByFosterCarer = ("A3".equals(place) || "A5".equals(place)) && !decom.isBefore(RULE_217_FROM);
		if (adoptionByFosterCarer && !("S".equals(rne) || "T".equals(rne) || "U".equals(rne))) {
			row.warn(ChildrenRule.ADOPTION_BY_FOSTER_CARER_RNE, "RNE",
					"PLACE " + place + " from 1 April 2015 needs RNE S, T or U, not " + rne, rne);
		}
		if (this.ruleset.p2EndsBy28October2023() && "P2".equals(place)
				&& (dec == null || dec.isAfter(RULE_217T_P2_LAST_END))) {
			row.warn(ChildrenRule.P2_AFTER_28_OCTOBER_2023, "PLACE",
					"PLACE P2 is not valid after 28 October 2023, and this episode "
							+ ((dec == null) ? "is open" : "ends on " + dec),
					place);
		}
		warnIfLowerCase(row, "PLACE", place, ChildrenRule.PLACE_NOT_VALID_IN_YEAR);
		warnIfLowerCase(row, "PLACE_PROVIDER", provider, ChildrenRule.PROVIDER_NOT_VALID);
		if (adoptionByFosterCarer) {
			warnIfLowerCase(row, "RNE", rne, ChildrenRule.ADOPTION_BY_FOSTER_CARER_RNE);
		}
	}

	private void checkDates(LocalDate decom, @Nullable LocalDate dec) throws RowRejectedException {
		LocalDate yearEnd = this.submission.yearEnd();
		if (decom.isAfter(yearEnd)) {
			throw new RowRejectedException(ChildrenRule.EPISODE_STARTS_AFTER_YEAR, "DECOM",
					"'DECOM' " + decom + " is after the collection year ended on " + yearEnd, decom.toString());
		}
		if (dec != null && dec.isAfter(yearEnd)) {
			throw new RowRejectedException(ChildrenRule.EPISODE_ENDS_AFTER_YEAR, "DEC",
					"'DEC' " + dec + " is after the collection year ended on " + yearEnd, dec.toString());
		}
		if (dec != null && dec.isBefore(decom)) {
			throw new RowRejectedException(ChildrenRule.EPISODE_ENDS_BEFORE_START, "DEC",
					"'DEC' " + dec + " is before 'DECOM' " + decom, dec.toString());
		}
	}

	/**
	 * DfE compares codes as sent, so a lower-case one breaks the rule; the warehouse
	 * loads it upper-cased and says so.
	 */
	private static void warnIfLowerCase(TypedRow row, String column, @Nullable String code, Rule rule) {
		String sent = row.raw(column);
		if (code != null && sent != null && !sent.equals(code)) {
			row.warn(rule, column, "'" + sent + "' loaded as '" + code + "': DfE's list is upper case", sent);
		}
	}

	private static @Nullable String upperCase(@Nullable String code) {
		return (code != null) ? code.toUpperCase(Locale.ROOT) : null;
	}

}
