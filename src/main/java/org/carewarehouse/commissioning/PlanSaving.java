package org.carewarehouse.commissioning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.Rule;
import org.carewarehouse.pipeline.Table;
import org.carewarehouse.pipeline.TypedRow;

import static org.carewarehouse.pipeline.ColumnType.DATE;
import static org.carewarehouse.pipeline.ColumnType.DECIMAL;
import static org.carewarehouse.pipeline.ColumnType.STRING;

/**
 * The saving a council's plan commits to in one financial year, against the service's
 * cost on the plan's baseline date.
 */
record PlanSaving(String council, String plan, String serviceComponent, String financialYear, BigDecimal targetSavings,
		LocalDate baselineDate) {

	static final List<Rule> RULES = List.of();

	static final Table<PlanSaving> TABLE = Table
		.<PlanSaving>named("plan_savings", "The saving a council's commissioning plan commits to in one year")
		.partition("council", "GSS code of the council", PlanSaving::council)
		.required("plan", STRING, "The plan's name", PlanSaving::plan)
		.required("service_component", STRING, "The CLD service component the plan covers, e.g. Day Support",
				PlanSaving::serviceComponent)
		.required("financial_year", STRING, "Financial year, e.g. 2023-24", PlanSaving::financialYear)
		.required("target_savings", DECIMAL, "Saving to be made in the year, pounds", PlanSaving::targetSavings)
		.required("baseline_date", DATE, "The day whose annual cost of the service savings are measured from",
				PlanSaving::baselineDate)
		.build();

	static RowMapper<PlanSaving> mapper() {
		return (TypedRow row) -> new PlanSaving(row.string("Council"), row.string("Plan"),
				row.string("Service Component"), row.string("Financial Year"), row.decimal("Target Savings"),
				row.date("Baseline Date"));
	}

}
