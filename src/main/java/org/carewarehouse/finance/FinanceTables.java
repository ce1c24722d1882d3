package org.carewarehouse.finance;

import org.carewarehouse.pipeline.Table;

import static org.carewarehouse.pipeline.ColumnType.CODE;
import static org.carewarehouse.pipeline.ColumnType.DATE;
import static org.carewarehouse.pipeline.ColumnType.DECIMAL;
import static org.carewarehouse.pipeline.ColumnType.INTEGER;
import static org.carewarehouse.pipeline.ColumnType.STRING;

/**
 * The finance tables: {@code ledger}, {@code budgets}, {@code cost_centres} and
 * {@code commitments}.
 */
public final class FinanceTables {

	/** General ledger postings. */
	public static final Table<LedgerTransaction> LEDGER = Table
		.<LedgerTransaction>named("ledger", "One general ledger posting; credits and reversals negative")
		.partition("council", "GSS code of the council", LedgerTransaction::council)
		.partition("financial_year", "Financial year, e.g. 2023-24", LedgerTransaction::financialYear)
		.required("period", INTEGER, "Period 1-12, April = 1", LedgerTransaction::period)
		.required("cost_centre", STRING, "The council's cost centre code", LedgerTransaction::costCentre)
		.required("subjective_code", STRING, "Subjective (account) code", LedgerTransaction::subjectiveCode)
		.required("posting_date", DATE, "Date the transaction was posted", LedgerTransaction::postingDate)
		.required("amount", DECIMAL, "Amount in pounds, negative for credits and reversals", LedgerTransaction::amount)
		.optional("provider_id", STRING, "Supplier or provider id", LedgerTransaction::providerId)
		.optional("reference", STRING, "Transaction reference", LedgerTransaction::reference)
		.distinct()
		.optional("narrative", STRING, "The Description field as recorded: free-text narrative",
				LedgerTransaction::narrative)
		.build();

	/** Budgets by cost centre and period. */
	public static final Table<Budget> BUDGETS = Table
		.<Budget>named("budgets", "The budget of one cost centre for one period")
		.partition("council", "GSS code of the council", Budget::council)
		.partition("financial_year", "Financial year, e.g. 2023-24", Budget::financialYear)
		.required("period", INTEGER, "Period 1-12, April = 1", Budget::period)
		.required("cost_centre", STRING, "The council's cost centre code", Budget::costCentre)
		.required("budget_amount", DECIMAL, "Budget in pounds", Budget::amount)
		.build();

	/** The cost-centre map. */
	public static final Table<CostCentre> COST_CENTRES = Table
		.<CostCentre>named("cost_centres", "Each cost centre's ASC-FR service line")
		.partition("council", "GSS code of the council", CostCentre::council)
		.required("cost_centre", STRING, "The council's cost centre code", CostCentre::costCentre)
		.optional("cost_centre_name", STRING, "The cost centre's name", CostCentre::costCentreName)
		.required("support_setting", CODE, "ASC-FR support setting or children's placement type",
				CostCentre::supportSetting)
		.optional("primary_support_reason", CODE, "CLD primary support reason; null when it spans all",
				CostCentre::primarySupportReason)
		.optional("age_band", CODE, "18-64 or 65+; null for children", CostCentre::ageBand)
		.optional("activity_provision", CODE, "In-house or External", CostCentre::activityProvision)
		.build();

	/** Commitment lines from the placements and brokerage system. */
	public static final Table<Commitment> COMMITMENTS = Table
		.<Commitment>named("commitments",
				"One commitment line: the agreed weekly cost of a placement or package over a date range")
		.partition("council", "GSS code of the council", Commitment::council)
		.required("commitment_reference", STRING, "Placement or package reference, as quoted in ledger.reference",
				Commitment::commitmentReference)
		.required("local_person_key", STRING, "Keyed hash of council code and the council's person id, as in services",
				Commitment::localPersonKey)
		.optional("client_group", CODE, "Adults or Children", Commitment::clientGroup)
		.required("cost_centre", STRING, "The council's cost centre code", Commitment::costCentre)
		.required("provider_id", STRING, "Provider id, as ledger.provider_id", Commitment::providerId)
		.optional("provider_name", STRING, "Provider name", Commitment::providerName)
		.optional("service", STRING, "What is bought, as free text", Commitment::service)
		.required("start_date", DATE, "First day the rate applies", Commitment::startDate)
		.optional("end_date", DATE, "Last day the rate applies; null while open", Commitment::endDate)
		.required("weekly_cost", DECIMAL, "Agreed cost per week in pounds", Commitment::weeklyCost)
		.build();

	private FinanceTables() {
	}

}
