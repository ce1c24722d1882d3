package org.carewarehouse.sampledata;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.carewarehouse.calendar.FinancialYear;
import org.jspecify.annotations.Nullable;

/**
 * Children looked after, written as SSDA903 Header and Episodes files for the 2023 and
 * 2024 collections, with a commitment for every paid placement. Sefton's children looked
 * after on 31 March 2024 are its published figures (621; 70 in children's homes; 137 with
 * independent fostering agencies; of 82 residential placements, 25 in the borough), and
 * its residential and IFA spend and budgets for 2023-24 are those of its council paper.
 */
final class ChildrenActivity {

	static final LocalDate YEAR_END = LocalDate.of(2024, 3, 31);

	private static final DateTimeFormatter DFE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/**
	 * A kind of placement: its codes, cost centre, weekly cost range and share placed in
	 * the council's area.
	 */
	record Kind(String name, List<String> places, List<String> providers, @Nullable String costCentre, int low,
			int high, int minAge, int maxAge, double inArea, int sefton) {
	}

	static final List<Kind> KINDS = List.of(
			new Kind("Children's home", List.of("K2"), List.of("PR4", "PR5"), "CH-RES", 3000, 4400, 11, 17, 0.3, 70),
			new Kind("Other residential", List.of("S1", "K1", "R1"), List.of("PR4", "PR3"), "CH-RES", 3500, 5500, 12,
					17, 0.3, 12),
			new Kind("Independent fostering agency", List.of("U4", "U5", "U6"), List.of("PR4", "PR5"), "CH-IFA", 620,
					820, 0, 17, 0.6, 137),
			new Kind("In-house fostering", List.of("U4", "U5", "U6"), List.of("PR1"), "CH-FOST", 300, 450, 0, 17, 0.85,
					190),
			new Kind("Kinship fostering", List.of("U1", "U2", "U3"), List.of("PR1"), "CH-FOST", 200, 300, 0, 17, 0.7,
					95),
			new Kind("Placed with parents", List.of("P1"), List.of("PR0"), null, 0, 0, 0, 15, 0.9, 60),
			new Kind("Supported accommodation", List.of("H5"), List.of("PR4"), "CH-OTHER", 800, 1400, 16, 17, 0.6, 35),
			new Kind("Placed for adoption", List.of("A4", "A5"), List.of("PR1"), null, 0, 0, 0, 4, 0.5, 22));

	private static final List<String> ELSEWHERE = List.of("WN1", "BB2", "M20", "LA1", "BL1", "OL1", "WA1", "ST4", "DE1",
			"SY1", "LL11", "NE1");

	private static final List<String> ETHNIC = List.of("WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "MOTH", "ABAN",
			"BAFR", "OOTH");

	private final Council council;

	private final Draws draws;

	private final FinanceBook finance;

	private final List<Child> children = new ArrayList<>();

	private int residentialInArea;

	private int nextReference;

	ChildrenActivity(Council council, SplittableRandom random, FinanceBook finance) {
		this.council = council;
		this.draws = new Draws(random);
		this.finance = finance;
	}

	/** An invented child and their episodes. */
	record Child(String id, int sex, LocalDate birth, String ethnic, String home, List<Episode> episodes) {
	}

	/** One placement of a child. */
	record Episode(Kind kind, String place, String provider, LocalDate start, @Nullable LocalDate end, String postcode,
			String urn, String reference, BigDecimal weekly) {
	}

	void generate(Population population, Path root, CsvFiles files) throws IOException {
		double ratio = population.people(this.council.gss(), 2023, 0, 17)
				/ (double) population.people("E08000014", 2023, 0, 17);
		double rate = this.council.gss().equals("E08000014") ? 1.0
				: 0.55 + 0.05 * (this.council.prefix().hashCode() & 7);
		for (Kind kind : KINDS) {
			long current = Math.round(kind.sefton() * ratio * rate);
			for (long i = 0; i < current; i++) {
				lookedAfter(kind, YEAR_END.minusDays(this.draws.between(1, 1400)), null);
			}
			for (FinancialYear year : Extracts.YEARS) {
				for (long i = 0; i < Math.round(current * 0.3); i++) {
					LocalDate end = year.start().plusDays(this.draws.between(0, 364));
					lookedAfter(kind, end.minusDays(this.draws.between(30, 900)), end);
				}
			}
		}
		calibrate();
		for (Child child : this.children) {
			for (Episode episode : child.episodes()) {
				commit(child, episode);
			}
		}
		new Ssda903Files(this.council, this.children).write(root.resolve("children"), files);
	}

	private void lookedAfter(Kind kind, LocalDate start, @Nullable LocalDate end) {
		int age = this.draws.between(kind.minAge(), kind.maxAge());
		LocalDate birth = ((end != null) ? end : YEAR_END).minusYears(age).minusDays(this.draws.between(40, 360));
		if (birth.isAfter(start)) {
			start = birth.plusDays(this.draws.between(1, 30));
		}
		String id = String.format(Locale.ROOT, "%d%05d", 1 + Council.ALL.indexOf(this.council),
				this.children.size() + 1);
		String home = this.draws.pick(this.council.districts());
		List<Episode> episodes = new ArrayList<>();
		if (this.draws.chance(0.3) && start.minusDays(60).isAfter(birth)) {
			Kind before = KINDS.get(3);
			LocalDate earlier = start.minusDays(this.draws.between(60, 700));
			episodes.add(episode(before, earlier.isAfter(birth) ? earlier : birth.plusDays(1), start, home));
		}
		episodes.add(episode(kind, start, end, home));
		this.children.add(new Child(id, this.draws.between(1, 2), birth, this.draws.pick(ETHNIC), home, episodes));
	}

	private Episode episode(Kind kind, LocalDate start, @Nullable LocalDate end, String home) {
		boolean residential = "CH-RES".equals(kind.costCentre());
		boolean inArea = residential ? inAreaResidential(kind) : this.draws.chance(kind.inArea());
		String district = kind.places().contains("P1") ? home
				: inArea ? this.draws.pick(this.council.districts()) : elsewhere();
		String reference = String.format(Locale.ROOT, "%s-CP%06d", this.council.prefix(), ++this.nextReference);
		BigDecimal weekly = BigDecimal.valueOf(this.draws.between(kind.low(), kind.high()));
		return new Episode(kind, this.draws.pick(kind.places()), this.draws.pick(kind.providers()), start, end,
				district, urn(), reference, weekly);
	}

	/**
	 * Sefton's 82 residential placements: the first 25 placed are in the borough, as its
	 * paper has it.
	 */
	private boolean inAreaResidential(Kind kind) {
		if (!this.council.gss().equals("E08000014")) {
			return this.draws.chance(kind.inArea());
		}
		return this.residentialInArea++ < 25;
	}

	/**
	 * Scales each children's cost centre's weekly costs so that its 2023-24 spend is the
	 * published one (Sefton only); the ledger's year-end accrual takes up the pennies.
	 */
	private void calibrate() {
		if (!this.council.gss().equals("E08000014")) {
			return;
		}
		FinancialYear year = Extracts.YEARS.get(1);
		Map<String, BigDecimal> targets = new LinkedHashMap<>();
		targets.put("CH-RES", new BigDecimal("12970000.00"));
		targets.put("CH-IFA", new BigDecimal("5100000.00"));
		this.finance.budget("CH-RES", year, new BigDecimal("11472000.00"));
		this.finance.budget("CH-IFA", year, new BigDecimal("5097000.00"));
		for (Map.Entry<String, BigDecimal> target : targets.entrySet()) {
			BigDecimal raw = BigDecimal.ZERO;
			for (Child child : this.children) {
				for (Episode e : child.episodes()) {
					if (target.getKey().equals(e.kind().costCentre())) {
						raw = raw.add(FinanceBook.cost(e.weekly(), e.start(), e.end(), year.start(), year.end()));
					}
				}
			}
			BigDecimal factor = target.getValue().divide(raw, 10, RoundingMode.HALF_UP);
			for (Child child : this.children) {
				child.episodes()
					.replaceAll((e) -> target.getKey().equals(e.kind().costCentre())
							? new Episode(e.kind(), e.place(), e.provider(), e.start(), e.end(), e.postcode(), e.urn(),
									e.reference(), e.weekly().multiply(factor).setScale(2, RoundingMode.HALF_UP))
							: e);
			}
			this.finance.spendTarget(target.getKey(), year, target.getValue());
		}
	}

	private void commit(Child child, Episode episode) {
		if (episode.kind().costCentre() == null) {
			return;
		}
		String provider = switch (episode.kind().costCentre()) {
			case "CH-RES", "CH-OTHER" -> "SC" + episode.urn().substring(2);
			case "CH-IFA" -> String.format(Locale.ROOT, "IFA-%02d", Math.abs(episode.reference().hashCode()) % 12 + 1);
			default -> this.council.prefix() + "-FOSTERING";
		};
		this.finance
			.commit(new FinanceBook.Commitment(episode.reference(), child.id(), "Children", episode.kind().costCentre(),
					provider, episode.kind().name(), episode.start(), episode.end(), episode.weekly(), true));
	}

	private String urn() {
		return "SC" + (400000 + (Council.ALL.indexOf(this.council) * 1000) + this.draws.between(0, 60));
	}

	private String elsewhere() {
		if (this.draws.coin()) {
			return this.draws.pick(ELSEWHERE);
		}
		Council other = this.draws.pick(Council.ALL);
		return other.equals(this.council) ? this.draws.pick(ELSEWHERE) : this.draws.pick(other.districts());
	}

	static String dfe(@Nullable LocalDate date) {
		return (date != null) ? DFE.format(date) : "";
	}

}
