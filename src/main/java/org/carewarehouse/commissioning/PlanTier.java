package org.carewarehouse.commissioning;

import java.math.BigDecimal;
import java.util.List;

import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.Rule;
import org.carewarehouse.pipeline.Table;
import org.carewarehouse.pipeline.TypedRow;

import static org.carewarehouse.pipeline.ColumnType.CODE;
import static org.carewarehouse.pipeline.ColumnType.DECIMAL;
import static org.carewarehouse.pipeline.ColumnType.STRING;

/**
 * One price of one tier of a council's plan for a service: a tier priced two ways (by the
 * hour or by the session) has two rows, each carrying the tier's target share.
 */
record PlanTier(String council, String plan, String serviceComponent, String tier, BigDecimal targetShare,
		String priceUnit, BigDecimal priceFrom, BigDecimal priceTo) {

	static final Rule PRICE_ORDER = new Rule("CP001", "A plan's price range runs from more to less");

	static final Rule SHARE_RANGE = new Rule("CP002", "A tier's target share is not from 0 to 100 per cent");

	static final List<Rule> RULES = List.of(PRICE_ORDER, SHARE_RANGE);

	static final Table<PlanTier> TABLE = Table
		.<PlanTier>named("plan_tiers", "One price of one tier of a council's commissioning plan for a service")
		.partition("council", "GSS code of the council", PlanTier::council)
		.required("plan", STRING, "The plan's name", PlanTier::plan)
		.required("service_component", STRING, "The CLD service component the plan covers, e.g. Day Support",
				PlanTier::serviceComponent)
		.required("tier", STRING, "The tier or service model", PlanTier::tier)
		.required("target_share", DECIMAL, "Per cent of the service's placements the plan puts in this tier",
				PlanTier::targetShare)
		.required("price_unit", CODE, "What the price covers, a CLD cost frequency (Daily, Hourly, Per session...)",
				PlanTier::priceUnit)
		.required("price_from", DECIMAL, "Lowest unit price in the tier, pounds", PlanTier::priceFrom)
		.required("price_to", DECIMAL, "Highest unit price in the tier, pounds", PlanTier::priceTo)
		.build();

	static RowMapper<PlanTier> mapper() {
		return (TypedRow row) -> {
			BigDecimal from = row.decimal("Price From");
			BigDecimal to = row.decimal("Price To");
			BigDecimal share = row.decimal("Target Share");
			if (from.compareTo(to) > 0) {
				throw new RowRejectedException(PRICE_ORDER, "Price From", "price from " + from + " is above " + to,
						String.valueOf(from));
			}
			if (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
				throw new RowRejectedException(SHARE_RANGE, "Target Share", "share " + share + " is not 0 to 100",
						String.valueOf(share));
			}
			return new PlanTier(row.string("Council"), row.string("Plan"), row.string("Service Component"),
					row.string("Tier"), share, row.string("Price Unit"), from, to);
		};
	}

}
