package org.carewarehouse.children;

import java.time.LocalDate;

import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.TypedRow;
import org.carewarehouse.privacy.Pseudonymiser;
import org.carewarehouse.privacy.Reductions;

/**
 * Turns a contract-checked SSDA903 Header row into a {@link ChildHeader}: hashes CHILD
 * with the council code, reduces DOB to its month and drops UPN, MOTHER and MC_DOB.
 */
class ChildHeaderMapper implements RowMapper<ChildHeader> {

	private final Pseudonymiser pseudonymiser;

	private final Submission submission;

	/**
	 * Creates the mapper for one file.
	 * @param pseudonymiser the pseudonymiser
	 * @param sourceFile the file's name, which gives council and collection year
	 */
	ChildHeaderMapper(Pseudonymiser pseudonymiser, String sourceFile) {
		this.pseudonymiser = pseudonymiser;
		this.submission = Submission.of(sourceFile, "header");
	}

	@Override
	public ChildHeader map(TypedRow row) throws RowRejectedException {
		Submission submission = this.submission;
		LocalDate birth = row.date("DOB");
		if (birth.isAfter(submission.yearEnd())) {
			throw new RowRejectedException(ChildrenRule.BORN_AFTER_YEAR, "DOB",
					"'DOB' is after the collection year ended on " + submission.yearEnd(), null);
		}
		return new ChildHeader(submission.council(), submission.financialYear().label(), submission.collectionYear(),
				this.pseudonymiser.localPersonKey(submission.council(), row.string("CHILD")), row.string("SEX"),
				Reductions.birthMonth(birth), row.string("ETHNIC"));
	}

}
