package org.carewarehouse.finance;

import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.TypedRow;

/**
 * Turns a contract-checked cost-centre map row into a {@link CostCentre}.
 */
class CostCentreMapper implements RowMapper<CostCentre> {

	CostCentreMapper() {
	}

	@Override
	public CostCentre map(TypedRow row) throws RowRejectedException {
		String setting = row.string("Support Setting");
		String ageBand = row.string("Age Band");
		if (setting.startsWith("Children:") && ageBand != null) {
			throw new RowRejectedException(FinanceRule.AGE_BAND_MISMATCH, "Age Band",
					"children's cost centre '" + setting + "' has adult age band " + ageBand, ageBand);
		}
		return new CostCentre(row.string("Council"), row.string("Cost Centre"), row.string("Cost Centre Name"), setting,
				row.string("Primary Support Reason"), ageBand, row.string("Activity Provision"));
	}

}
