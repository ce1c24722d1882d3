package org.carewarehouse.children;

import java.time.LocalDate;

import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.TypedRow;
import org.carewarehouse.privacy.Pseudonymiser;
import org.carewarehouse.privacy.Reductions;

/**
 * Turns a contract-checked SSDA903 Header row into a {@link ChildHeader}: hashes CHILD
 * with the council code, reduces DOB to its month, checks SEX against the list of the
 * file's collection year (DfE rule 101, {@link DfeRuleset}) and drops UPN, MOTHER and
 * MC_DOB.
 */
class ChildHeaderMapper implements RowMapper<ChildHeader> {

	private final Pseudonymiser pseudonymiser;

	private final Submission submission;

	private final DfeRuleset ruleset;

	/**
	 * Creates the mapper for one file.
	 * @param pseudonymiser the pseudonymiser
	 * @param sourceFile the file's name, which gives council and collection year
	 */
	ChildHeaderMapper(Pseudonymiser pseudonymiser, String sourceFile) {
		this.pseudonymiser = pseudonymiser;
		this.submission = Submission.of(sourceFile, "header");
		this.ruleset = DfeRuleset.of(this.submission.collectionYear());
	}

	@Override
	public ChildHeader map(TypedRow row) throws RowRejectedException {
		Submission submission = this.submission;
		LocalDate birth = row.date("DOB");
		if (birth.isAfter(submission.yearEnd())) {
			throw new RowRejectedException(ChildrenRule.BORN_AFTER_YEAR, "DOB",
					"'DOB' is after the collection year ended on " + submission.yearEnd(), null);
		}
		String sex = row.string("SEX");
		if (!this.ruleset.sexes().contains(sex)) {
			throw new RowRejectedException(ChildrenRule.SEX_NOT_VALID_IN_YEAR, "SEX",
					"SEX '" + sex + "' is not valid in collection year " + submission.financialYear().label(), sex);
		}
		String sent = row.raw("SEX");
		if (sent != null && !sent.equals(sex)) {
			row.warn(ChildrenRule.SEX_NOT_VALID_IN_YEAR, "SEX",
					"'" + sent + "' loaded as '" + sex + "': DfE's list is upper case", sent);
		}
		return new ChildHeader(submission.council(), submission.financialYear().label(), submission.collectionYear(),
				this.pseudonymiser.localPersonKey(submission.council(), row.string("CHILD")), sex,
				Reductions.birthMonth(birth), row.string("ETHNIC"));
	}

}
