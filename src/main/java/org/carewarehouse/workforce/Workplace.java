package org.carewarehouse.workforce;

import java.time.LocalDate;
import java.util.List;

import org.carewarehouse.calendar.FinancialYear;
import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.Rule;
import org.carewarehouse.pipeline.Table;
import org.carewarehouse.pipeline.TypedRow;
import org.jspecify.annotations.Nullable;

import static org.carewarehouse.pipeline.ColumnType.DATE;
import static org.carewarehouse.pipeline.ColumnType.INTEGER;
import static org.carewarehouse.pipeline.ColumnType.STRING;

/**
 * One ASC-WDS workplace at a snapshot.
 */
record Workplace(String council, String financialYear, String workplaceId, LocalDate snapshotDate, String mainService,
		@Nullable String cqcRegulated, @Nullable String sector, long permanentAndTemporaryStaff, long vacancies,
		@Nullable Long starters, @Nullable Long leavers) {

	static final Rule NEGATIVE_COUNT = new Rule("WF001",
			"A workplace's staff, vacancy, starter or leaver count is negative");

	static final Rule IMPLAUSIBLE_TURNOVER = new Rule("WF002",
			"A workplace's leavers in the last 12 months are more than three times its permanent and temporary staff");

	static final List<Rule> RULES = List.of(NEGATIVE_COUNT, IMPLAUSIBLE_TURNOVER);

	static final Table<Workplace> TABLE = Table
		.<Workplace>named("workforce_workplaces", "One ASC-WDS workplace at a snapshot date")
		.partition("council", "GSS code of the council area", Workplace::council)
		.partition("financial_year", "Financial year containing the snapshot date", Workplace::financialYear)
		.required("workplace_id", STRING, "The workplace's identifier", Workplace::workplaceId)
		.required("snapshot_date", DATE, "Date the figures describe", Workplace::snapshotDate)
		.required("main_service", STRING, "Main service", Workplace::mainService)
		.optional("cqc_regulated", STRING, "Yes or No", Workplace::cqcRegulated)
		.optional("sector", STRING, "Independent or Local authority", Workplace::sector)
		.required("permanent_and_temporary_staff", INTEGER, "Filled posts held by permanent and temporary staff",
				Workplace::permanentAndTemporaryStaff)
		.required("vacancies", INTEGER, "Vacant posts", Workplace::vacancies)
		.optional("starters", INTEGER, "Starters in the last 12 months", Workplace::starters)
		.optional("leavers", INTEGER, "Leavers in the last 12 months, permanent and temporary staff",
				Workplace::leavers)
		.build();

	static RowMapper<Workplace> mapper() {
		return (TypedRow row) -> {
			long staff = count(row, "Permanent And Temporary Staff");
			long vacancies = count(row, "Vacancies");
			Long starters = count(row, "Starters");
			Long leavers = count(row, "Leavers");
			if (leavers != null && leavers > 3 * staff) {
				throw new RowRejectedException(IMPLAUSIBLE_TURNOVER, "Leavers",
						leavers + " leavers against " + staff + " permanent and temporary staff",
						String.valueOf(leavers));
			}
			LocalDate snapshot = row.date("Snapshot Date");
			return new Workplace(row.string("Council"), FinancialYear.containing(snapshot).label(),
					row.string("Workplace ID"), snapshot, row.string("Main Service"), row.string("CQC Regulated"),
					row.string("Sector"), staff, vacancies, starters, leavers);
		};
	}

	/** A count as sent (null when blank), refused when negative. */
	private static @Nullable Long count(TypedRow row, String column) throws RowRejectedException {
		Long value = row.integer(column);
		if (value != null && value < 0) {
			throw new RowRejectedException(NEGATIVE_COUNT, column, "'" + column + "' is " + value,
					String.valueOf(value));
		}
		return value;
	}

}
