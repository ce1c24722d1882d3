package org.carewarehouse.national;

import java.math.BigDecimal;
import java.util.List;

import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.Rule;
import org.carewarehouse.pipeline.Table;
import org.carewarehouse.pipeline.TypedRow;
import org.jspecify.annotations.Nullable;

import static org.carewarehouse.pipeline.ColumnType.DECIMAL;
import static org.carewarehouse.pipeline.ColumnType.STRING;

/**
 * One item of the published ASC-FR data file: a council's expenditure or activity for an
 * age band, support reason, support setting and provision.
 */
record AscFrItem(String financialYear, String council, String councilName, String financeType,
		String financeDescription, String ageBand, String primarySupportReason, String supportSetting,
		String activityProvision, @Nullable BigDecimal itemValue) {

	static final List<Rule> RULES = List.of(FileYear.NO_YEAR);

	static final Table<AscFrItem> TABLE = Table
		.<AscFrItem>named("ascfr_items", "One item of the published adult social care finance return (ASC-FR)")
		.partition("financial_year", "Financial year of the return, from the file's name", AscFrItem::financialYear)
		.required("ons_code", STRING, "GSS code of the area (GEOGRAPHY_CODE)", AscFrItem::council)
		.required("geography_name", STRING, "The area's name as the return gives it (DH_GEOGRAPHY_NAME)",
				AscFrItem::councilName)
		.required("finance_type", STRING, "Expenditure or Activity (FinanceType)", AscFrItem::financeType)
		.required("finance_description", STRING, "What the item measures (FinanceDescription)",
				AscFrItem::financeDescription)
		.required("ascfr_age_band", STRING, "The return's age band (AgeBand)", AscFrItem::ageBand)
		.required("ascfr_support_reason", STRING, "The return's primary support reason (PrimarySupportReason)",
				AscFrItem::primarySupportReason)
		.required("ascfr_support_setting", STRING, "The return's support setting (SupportSetting)",
				AscFrItem::supportSetting)
		.required("ascfr_provision", STRING, "In House, External or a total (ActivityProvision)",
				AscFrItem::activityProvision)
		.optional("item_value", DECIMAL, "The value (ITEMVALUE); null where the return shows a marker (:, *, [c])",
				AscFrItem::itemValue)
		.build();

	static RowMapper<AscFrItem> mapper(String sourceFile) {
		String year = FileYear.of(sourceFile);
		return (TypedRow row) -> {
			String value = FileYear.figure(row.string("ITEMVALUE"));
			return new AscFrItem(FileYear.required(year, sourceFile, "asc-fr-2023-24.csv"),
					row.string("GEOGRAPHY_CODE"), row.string("DH_GEOGRAPHY_NAME"), row.string("FinanceType"),
					row.string("FinanceDescription"), row.string("AgeBand"), row.string("PrimarySupportReason"),
					row.string("SupportSetting"), row.string("ActivityProvision"),
					(value != null) ? new BigDecimal(value) : null);
		};
	}

}
