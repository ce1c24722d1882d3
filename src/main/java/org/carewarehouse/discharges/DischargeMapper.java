package org.carewarehouse.discharges;

import java.util.List;

import org.carewarehouse.calendar.FinancialYear;
import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.Rule;
import org.carewarehouse.pipeline.TypedRow;
import org.carewarehouse.privacy.NhsNumber;
import org.carewarehouse.privacy.Pseudonymiser;

/**
 * Pseudonymises a discharge the same way the services feed does, so the two join on
 * {@code person_key}.
 */
class DischargeMapper implements RowMapper<Discharge> {

	static final Rule NO_PERSON = new Rule("HD001",
			"A discharge has neither a valid NHS number nor the council's person identifier");

	static final List<Rule> RULES = List.of(NO_PERSON);

	private final Pseudonymiser pseudonymiser;

	DischargeMapper(Pseudonymiser pseudonymiser) {
		this.pseudonymiser = pseudonymiser;
	}

	@Override
	public Discharge map(TypedRow row) throws RowRejectedException {
		String council = row.string("LA code");
		String nhsNumber = row.string("NHS Number");
		String localId = row.string("LA Person Unique Identifier");
		boolean linkable = nhsNumber != null && NhsNumber.isValid(nhsNumber);
		if (!linkable && localId == null) {
			throw new RowRejectedException(NO_PERSON, "NHS Number", "the discharge cannot be linked to a person", null);
		}
		String localKey = (localId != null) ? this.pseudonymiser.localPersonKey(council, localId) : null;
		String nhsKey = linkable ? this.pseudonymiser.nhsKey(nhsNumber) : null;
		return new Discharge(council, FinancialYear.containing(row.date("Discharge Date")).label(),
				linkable ? nhsKey : localKey, nhsKey, localKey, row.date("Discharge Date"),
				row.date("Emergency Readmission Date"), row.date("Admission_Date"), row.string("Admission_Method"),
				row.string("Discharge_Destination"));
	}

}
