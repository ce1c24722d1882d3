package org.carewarehouse.placements;

import java.time.LocalDate;

import org.carewarehouse.pipeline.FileRejectedException;
import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.TypedRow;
import org.carewarehouse.privacy.Pseudonymiser;
import org.carewarehouse.privacy.Reductions;
import org.jspecify.annotations.Nullable;

/**
 * Turns a contract-checked SSDA903 Header row into a {@link ChildHeader}: hashes CHILD
 * with the council code, reduces DOB to its month and drops UPN, MOTHER and MC_DOB.
 */
class ChildHeaderMapper implements RowMapper<ChildHeader> {

	private final Pseudonymiser pseudonymiser;

	private final String sourceFile;

	private final @Nullable Submission submission;

	private final @Nullable FileRejectedException misnamed;

	/**
	 * Creates the mapper for one file.
	 * @param pseudonymiser the pseudonymiser
	 * @param sourceFile the file's name, which gives council and collection year
	 */
	ChildHeaderMapper(Pseudonymiser pseudonymiser, String sourceFile) {
		this.pseudonymiser = pseudonymiser;
		this.sourceFile = sourceFile;
		Submission submission = null;
		FileRejectedException misnamed = null;
		try {
			submission = Submission.of(sourceFile, "header");
		}
		catch (FileRejectedException ex) {
			misnamed = ex;
		}
		this.submission = submission;
		this.misnamed = misnamed;
	}

	/**
	 * The council and year the file's name gives.
	 * @throws FileRejectedException if the name does not follow the convention: the whole
	 * file is refused, at its first row, so that its own step fails with the message
	 */
	private Submission submission() {
		if (this.misnamed != null) {
			throw this.misnamed;
		}
		return this.submission;
	}

	@Override
	public ChildHeader map(TypedRow row) throws RowRejectedException {
		Submission submission = submission();
		LocalDate birth = row.date("DOB");
		if (birth.isAfter(submission.yearEnd())) {
			throw new RowRejectedException(PlacementRule.BORN_AFTER_YEAR, "DOB",
					"'DOB' is after the collection year ended on " + submission.yearEnd(), null);
		}
		return new ChildHeader(submission.council(), submission.financialYear().label(), submission.collectionYear(),
				this.pseudonymiser.localPersonKey(submission.council(), row.string("CHILD")), row.string("SEX"),
				Reductions.birthMonth(birth), row.string("ETHNIC"), this.sourceFile, row.line());
	}

}
