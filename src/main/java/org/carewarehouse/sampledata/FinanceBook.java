package org.carewarehouse.sampledata;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVPrinter;
import org.carewarehouse.calendar.FinancialYear;
import org.jspecify.annotations.Nullable;

/**
 * A council's finance system as the sample sees it: the cost-centre map, a commitment
 * line for every costed placement and package, the monthly payments those commitments
 * give rise to (children's placements paid one line a reference; adult packages invoiced
 * by provider and month), and budgets. Written as the {@code finance/} extracts.
 */
final class FinanceBook {

	private static final BigDecimal SEVEN = BigDecimal.valueOf(7);

	private final Council council;

	private final List<Commitment> commitments = new ArrayList<>();

	private final Map<String, BigDecimal> spendTargets = new TreeMap<>();

	private final Map<String, BigDecimal> budgets = new TreeMap<>();

	FinanceBook(Council council) {
		this.council = council;
	}

	/** One agreed weekly rate of a placement or package over a date range. */
	record Commitment(String reference, String personId, String clientGroup, String costCentre, String providerId,
			String service, LocalDate start, @Nullable LocalDate end, BigDecimal weekly, boolean paidByReference) {
	}

	void commit(Commitment commitment) {
		this.commitments.add(commitment);
	}

	/**
	 * A CLD service with a cost becomes a commitment, paid on the provider's monthly
	 * invoice.
	 */
	void service(Event event, String reference, int ageAtStart) {
		BigDecimal weekly = weeklyCost(event);
		String costCentre = CostCentres.of(event, ageAtStart);
		if (weekly != null && costCentre != null) {
			commit(new Commitment(reference, event.person().localId(), "Adults", costCentre,
					java.util.Objects.requireNonNull(event.providerId()), event.component(), event.start(), event.end(),
					weekly, false));
		}
	}

	/**
	 * A year's spend on a cost centre the sample must reproduce: a year-end accrual makes
	 * up the difference.
	 */
	void spendTarget(String costCentre, FinancialYear year, BigDecimal amount) {
		this.spendTargets.put(costCentre + "|" + year.label(), amount);
	}

	/** A budget set by the council rather than derived from spend. */
	void budget(String costCentre, FinancialYear year, BigDecimal annual) {
		this.budgets.put(costCentre + "|" + year.label(), annual);
	}

	/** What a weekly rate costs over the days of a range it covers, to the penny. */
	static BigDecimal cost(BigDecimal weekly, LocalDate start, @Nullable LocalDate end, LocalDate from, LocalDate to) {
		LocalDate first = start.isAfter(from) ? start : from;
		LocalDate last = (end == null || end.isAfter(to)) ? to : end;
		long days = first.isAfter(last) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
		return weekly.multiply(BigDecimal.valueOf(days)).divide(SEVEN, 2, RoundingMode.HALF_UP);
	}

	void write(Path root, CsvFiles files, java.util.SplittableRandom random) throws IOException {
		Path folder = root.resolve("finance");
		String gss = this.council.gss();
		try (CSVPrinter map = files.createFor(folder, "cost-centres-" + gss, "finance-cost-centres")) {
			for (CostCentres.Line line : CostCentres.ALL) {
				map.printRecord(gss, line.code(), line.name(), line.setting(), "", line.ageBand(), line.provision());
			}
		}
		try (CSVPrinter commitmentFile = files.create(folder, "commitments-" + gss, "Council", "Commitment Reference",
				"Person ID", "Client Group", "Cost Centre", "Provider ID", "Service", "Start Date", "End Date",
				"Weekly Cost")) {
			for (Commitment c : this.commitments) {
				commitmentFile.printRecord(gss, c.reference(), c.personId(), c.clientGroup(), c.costCentre(),
						c.providerId(), c.service(), c.start(), (c.end() != null) ? c.end() : "", c.weekly());
			}
		}
		for (FinancialYear year : Extracts.YEARS) {
			Map<String, BigDecimal> spend = new TreeMap<>();
			try (CSVPrinter ledger = files.createFor(folder, "ledger-" + gss + "-" + year.label(), "finance-ledger")) {
				for (List<String> row : new Payments(this.council, this.commitments, year).rows()) {
					ledger.printRecord(row);
					spend.merge(row.get(1), new BigDecimal(row.get(6)), BigDecimal::add);
				}
				for (CostCentres.Line line : CostCentres.ALL) {
					BigDecimal target = this.spendTargets.get(line.code() + "|" + year.label());
					if (target != null) {
						BigDecimal accrual = target.subtract(spend.getOrDefault(line.code(), BigDecimal.ZERO));
						ledger.printRecord(gss, line.code(), line.subjective(), year.label(), 12, year.end(),
								accrual.toPlainString(), "", "ACCRUAL-" + year.label(), "Year-end accrual");
						spend.put(line.code(), target);
					}
				}
			}
			writeBudgets(folder, files, year, spend, random);
		}
	}

	/**
	 * Budgets a few per cent either side of the year's spend, in thousands, spread evenly
	 * over the months.
	 */
	private void writeBudgets(Path folder, CsvFiles files, FinancialYear year, Map<String, BigDecimal> spend,
			java.util.SplittableRandom random) throws IOException {
		try (CSVPrinter out = files.createFor(folder, "budgets-" + this.council.gss() + "-" + year.label(),
				"finance-budgets")) {
			for (CostCentres.Line line : CostCentres.ALL) {
				BigDecimal actual = spend.getOrDefault(line.code(), BigDecimal.ZERO);
				BigDecimal factor = BigDecimal.valueOf(940 + random.nextInt(100), 3);
				BigDecimal annual = this.budgets.getOrDefault(line.code() + "|" + year.label(),
						actual.multiply(factor).setScale(-3, RoundingMode.HALF_UP).setScale(2));
				BigDecimal monthly = annual.divide(BigDecimal.valueOf(12), 2, RoundingMode.DOWN);
				for (int period = 1; period <= 12; period++) {
					BigDecimal amount = (period < 12) ? monthly
							: annual.subtract(monthly.multiply(BigDecimal.valueOf(11)));
					out.printRecord(this.council.gss(), line.code(), year.label(), period, amount);
				}
			}
		}
	}

	/**
	 * DHSC's weekly cost of a CLD service, as the warehouse's cost_per_week computes it.
	 */
	private static @Nullable BigDecimal weeklyCost(Event event) {
		BigDecimal cost = event.unitCost();
		if (cost == null || cost.signum() == 0 || event.frequency() == null) {
			return null;
		}
		return switch (event.frequency()) {
			case "Weekly" -> cost;
			case "Four-weekly" -> cost.divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
			case "Hourly", "Daily", "Per session" -> (event.plannedUnits() != null)
					? cost.multiply(event.plannedUnits()).setScale(2, RoundingMode.HALF_UP) : null;
			default -> null;
		};
	}

}
