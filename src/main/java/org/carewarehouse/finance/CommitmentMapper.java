package org.carewarehouse.finance;

import java.math.BigDecimal;

import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.TypedRow;
import org.carewarehouse.privacy.Pseudonymiser;

/**
 * Turns a contract-checked commitment row into a {@link Commitment}: pseudonymises the
 * person as the services feed does, so the two join on {@code local_person_key}.
 */
class CommitmentMapper implements RowMapper<Commitment> {

	private final Pseudonymiser pseudonymiser;

	CommitmentMapper(Pseudonymiser pseudonymiser) {
		this.pseudonymiser = pseudonymiser;
	}

	@Override
	public Commitment map(TypedRow row) throws RowRejectedException {
		BigDecimal weeklyCost = Money.pounds(row, "Weekly Cost");
		if (weeklyCost.signum() <= 0) {
			throw new RowRejectedException(FinanceRule.WEEKLY_COST_NOT_POSITIVE, "Weekly Cost",
					"'Weekly Cost' " + weeklyCost + " is not greater than zero", row.raw("Weekly Cost"));
		}
		String council = row.string("Council");
		return new Commitment(council, row.string("Commitment Reference"),
				this.pseudonymiser.localPersonKey(council, row.string("Person ID")), row.string("Client Group"),
				row.string("Cost Centre"), row.string("Provider ID"), row.string("Provider Name"),
				row.string("Service"), row.date("Start Date"), row.date("End Date"), weeklyCost);
	}

}
