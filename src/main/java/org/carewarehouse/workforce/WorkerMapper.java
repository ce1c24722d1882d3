package org.carewarehouse.workforce;

import java.time.LocalDate;

import org.carewarehouse.calendar.FinancialYear;
import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.TypedRow;
import org.carewarehouse.privacy.Pseudonymiser;
import org.carewarehouse.privacy.Reductions;

/**
 * Hashes the worker id with the council code, keeps the year of birth only, and checks
 * that age and years in the sector make sense at the snapshot.
 */
class WorkerMapper implements RowMapper<Worker> {

	/** Keeps a worker's key apart from a service user's who has the same local id. */
	private static final String WORKER = "ASC-WDS worker ";

	private final Pseudonymiser pseudonymiser;

	WorkerMapper(Pseudonymiser pseudonymiser) {
		this.pseudonymiser = pseudonymiser;
	}

	@Override
	public Worker map(TypedRow row) throws RowRejectedException {
		String council = row.string("Council");
		LocalDate snapshot = row.date("Snapshot Date");
		LocalDate birth = row.date("Date Of Birth");
		Long birthYear = (birth != null) ? (long) birth.getYear() : null;
		// the age on the snapshot date, from the whole date of birth, before only the
		// year is kept
		Integer age = Reductions.ageOn(birth, snapshot);
		if (age != null && (age < 16 || age > 100)) {
			throw new RowRejectedException(Worker.AGE_OUT_OF_RANGE, "Date Of Birth", "aged " + age + " at the snapshot",
					null);
		}
		Long started = row.integer("Year Started In Sector");
		if (started != null && (started > snapshot.getYear() || (birthYear != null && started < birthYear + 14))) {
			throw new RowRejectedException(
					Worker.STARTED_BEFORE_WORKING_AGE, "Year Started In Sector", "started in " + started
							+ ((birthYear != null) ? ", born " + birthYear : "") + ", snapshot " + snapshot.getYear(),
					String.valueOf(started));
		}
		return new Worker(council, FinancialYear.containing(snapshot).label(), row.string("Workplace ID"), snapshot,
				this.pseudonymiser.localPersonKey(council, WORKER + row.string("Worker ID")),
				row.string("Main Job Role"), row.string("Contract"), row.number("Contracted Hours"), started, birthYear,
				row.string("Gender"), row.string("Nationality Group"), row.string("Relevant Qualification"));
	}

}
