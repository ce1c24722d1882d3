package org.carewarehouse.sampledata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.carewarehouse.calendar.FinancialYear;

/**
 * A year of ledger payments for a council's commitments, month by month in arrears:
 * children's placements one line a reference, adult packages on one invoice a provider,
 * cost centre and month. Three children's payments go wrong as they do in real ledgers:
 * one is paid twice, one is reversed and reissued, and one is overcharged and credited.
 */
final class Payments {

	private final Council council;

	private final List<FinanceBook.Commitment> commitments;

	private final FinancialYear year;

	Payments(Council council, List<FinanceBook.Commitment> commitments, FinancialYear year) {
		this.council = council;
		this.commitments = commitments;
		this.year = year;
	}

	List<List<String>> rows() {
		List<List<String>> rows = new ArrayList<>();
		for (int period = 1; period <= 12; period++) {
			YearMonth month = YearMonth.from(this.year.start()).plusMonths(period - 1);
			Map<String, BigDecimal> invoices = new TreeMap<>();
			for (FinanceBook.Commitment c : this.commitments) {
				BigDecimal amount = FinanceBook.cost(c.weekly(), c.start(), c.end(), month.atDay(1),
						month.atEndOfMonth());
				if (amount.signum() == 0) {
					continue;
				}
				if (c.paidByReference()) {
					rows.add(row(c.costCentre(), period, month, amount, c.providerId(), c.reference(),
							"Placement payment"));
				}
				else {
					invoices.merge(c.costCentre() + "|" + c.providerId(), amount, BigDecimal::add);
				}
			}
			for (Map.Entry<String, BigDecimal> invoice : invoices.entrySet()) {
				String[] key = invoice.getKey().split("\\|");
				rows.add(row(key[0], period, month, invoice.getValue(), key[1], "INV-" + key[1] + "-" + month,
						"Provider invoice"));
			}
		}
		mistakes(rows);
		return rows;
	}

	private void mistakes(List<List<String>> rows) {
		List<String> twice = first(rows, "CH-RES", "6", 0);
		List<String> reversed = first(rows, "CH-IFA", "4", 0);
		List<String> credited = first(rows, "CH-RES", "8", 1);
		if (twice != null) {
			rows.add(twice);
		}
		if (reversed != null) {
			rows.add(with(reversed, new BigDecimal(reversed.get(6)).negate(), "Reversal of payment"));
			rows.add(with(reversed, new BigDecimal(reversed.get(6)), "Payment reissued"));
		}
		if (credited != null) {
			rows.add(with(credited, new BigDecimal("150.00"), "Additional charge"));
			rows.add(with(credited, new BigDecimal("-150.00"), "Credit note"));
		}
	}

	private static List<String> first(List<List<String>> rows, String costCentre, String period, int skip) {
		return rows.stream()
			.filter((row) -> row.get(1).equals(costCentre) && row.get(4).equals(period))
			.skip(skip)
			.findFirst()
			.orElse(null);
	}

	private static List<String> with(List<String> row, BigDecimal amount, String description) {
		List<String> copy = new ArrayList<>(row);
		copy.set(6, amount.toPlainString());
		copy.set(9, description);
		return copy;
	}

	private List<String> row(String costCentre, int period, YearMonth month, BigDecimal amount, String supplier,
			String reference, String description) {
		LocalDate posted = month.atEndOfMonth();
		return List.of(this.council.gss(), costCentre, CostCentres.subjective(costCentre), this.year.label(),
				String.valueOf(period), posted.toString(), amount.toPlainString(), supplier, reference, description);
	}

}
