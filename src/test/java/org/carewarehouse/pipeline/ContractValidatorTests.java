package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each row rule on its own, against a small contract.
 */
class ContractValidatorTests {

	private static final Contract CONTRACT = ContractLoader.fromYaml(new Yaml()
		.load("""
				name: test
				source: test
				files: "*.csv"
				dateOrder:
				  - [Start, End]
				columns:
				  - {name: Code, required: true, pattern: "E\\\\d{8}"}
				  - {name: Person, identifier: true, required: true}
				  - {name: Count, type: integer}
				  - {name: Cost, type: decimal}
				  - {name: Start, type: date, formats: [yyyy-MM-dd, dd/MM/yyyy]}
				  - {name: End, type: date}
				  - {name: Kind, type: code, codes: ["Long Term Support: Residential Care", "NFA - Other"], codeAliases: {"LTRC": "Long Term Support: Residential Care"}}
				  - {name: Number, check: even}
				"""));

	private static final FieldCheck EVEN = new FieldCheck() {

		@Override
		public String name() {
			return "even";
		}

		@Override
		public Rule rule() {
			return new Rule("TX001", "odd");
		}

		@Override
		public boolean test(String value) {
			return Integer.parseInt(value) % 2 == 0;
		}

	};

	private final ContractValidator validator = new ContractValidator(CONTRACT, List.of(EVEN));

	@Test
	void validRowIsTyped() throws RowRejectedException {
		TypedRow row = this.validator.validate(row("E08000014", "P1", "3", "1,234.50", "31/03/2024", "2024-04-02",
				"Long term support: Residential care", "4"));
		assertThat(row.integer("Count")).isEqualTo(3L);
		assertThat(row.decimal("Cost")).isEqualByComparingTo(new BigDecimal("1234.50"));
		assertThat(row.date("Start")).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(row.string("Kind")).isEqualTo("Long Term Support: Residential Care");
		assertThat(row.raw("Kind")).isEqualTo("Long term support: Residential care");
		assertThat(row.line()).isEqualTo(7);
	}

	@Test
	void codesMatchDespiteCaseSpacingAndAliases() throws RowRejectedException {
		assertThat(this.validator.validate(row("E08000014", "P1", null, null, null, null, "NFA- Other", null))
			.string("Kind")).isEqualTo("NFA - Other");
		assertThat(this.validator.validate(row("E08000014", "P1", null, null, null, null, "ltrc", null)).string("Kind"))
			.isEqualTo("Long Term Support: Residential Care");
	}

	@Test
	void requiredBlankIsCW001AndIdentifyingValuesAreNeverKept() {
		assertThat(rejects(row(null, "P1", null, null, null, null, null, null)))
			.containsExactly(new Reject("", "", 7, "Code", "CW001", "'Code' is required", null));
		assertThat(rejects(row("E08000014", null, null, null, null, null, null, null))).singleElement()
			.extracting(Reject::rule, Reject::value)
			.containsExactly("CW001", null);
	}

	@Test
	void anIdentifyingValueIsKeptOutOfTheMessageToo() {
		Contract contract = ContractLoader.fromYaml(new Yaml().load("""
				name: test
				source: test
				files: "*.csv"
				columns:
				  - {name: Born, type: date, identifier: true}
				"""));
		RawRow row = new RawRow(3, new String[] { "31/02/1950" }, 1, 1);
		assertThatExceptionOfType(RowRejectedException.class)
			.isThrownBy(() -> new ContractValidator(contract, List.of()).validate(row))
			.satisfies((ex) -> assertThat(ex.rejects()).singleElement().satisfies((reject) -> {
				assertThat(reject.rule()).isEqualTo("CW004");
				assertThat(reject.value()).isNull();
				assertThat(reject.message()).doesNotContain("31/02/1950").contains("Born");
			}));
	}

	@Test
	void notAWholeNumberIsCW002() {
		assertThat(rejects(row("E08000014", "P1", "3.5", null, null, null, null, null))).singleElement()
			.extracting(Reject::column, Reject::rule, Reject::value)
			.containsExactly("Count", "CW002", "3.5");
	}

	@Test
	void notADecimalIsCW003() {
		assertThat(rejects(row("E08000014", "P1", null, "£abc", null, null, null, null))).singleElement()
			.extracting(Reject::column, Reject::rule, Reject::value)
			.containsExactly("Cost", "CW003", "£abc");
	}

	@Test
	void impossibleOrUnacceptedDateIsCW004() {
		assertThat(rejects(row("E08000014", "P1", null, null, "2023-02-30", null, null, null))).singleElement()
			.extracting(Reject::column, Reject::rule)
			.containsExactly("Start", "CW004");
		assertThat(rejects(row("E08000014", "P1", null, null, null, "02/04/2024", null, null))).singleElement()
			.as("End accepts only ISO dates")
			.extracting(Reject::column, Reject::rule)
			.containsExactly("End", "CW004");
	}

	@Test
	void valueOutsideTheCodeListIsCW005() {
		assertThat(rejects(row("E08000014", "P1", null, null, null, null, "Space Station", null))).singleElement()
			.extracting(Reject::column, Reject::rule, Reject::value)
			.containsExactly("Kind", "CW005", "Space Station");
	}

	@Test
	void valueOfTheWrongFormIsCW006() {
		assertThat(rejects(row("Sefton", "P1", null, null, null, null, null, null))).singleElement()
			.extracting(Reject::column, Reject::rule)
			.containsExactly("Code", "CW006");
	}

	@Test
	void endBeforeStartIsCW007() {
		assertThat(rejects(row("E08000014", "P1", null, null, "2024-04-02", "2024-04-01", null, null))).singleElement()
			.extracting(Reject::column, Reject::rule, Reject::value)
			.containsExactly("End", "CW007", "2024-04-01");
	}

	@Test
	void rowWithTheWrongNumberOfFieldsIsCW008() {
		RawRow shortRow = new RawRow(9, new String[8], 5, 8);
		assertThatExceptionOfType(RowRejectedException.class).isThrownBy(() -> this.validator.validate(shortRow))
			.satisfies((ex) -> assertThat(ex.rejects()).singleElement()
				.extracting(Reject::line, Reject::rule, Reject::message)
				.containsExactly(9L, "CW008", "row has 5 fields, header has 8"));
	}

	@Test
	void failedFieldCheckReportsTheChecksRule() {
		assertThat(rejects(row("E08000014", "P1", null, null, null, null, null, "3"))).singleElement()
			.extracting(Reject::column, Reject::rule)
			.containsExactly("Number", "TX001");
	}

	@Test
	void bytesThatWereNotUtf8AreCW012() {
		assertThat(rejects(row("E08000014", "P1", "1\uFFFD", null, null, null, null, null))).singleElement()
			.extracting(Reject::column, Reject::rule, Reject::value)
			.containsExactly("Count", "CW012", null);
	}

	@Test
	void everyBrokenRuleOfARowIsReported() {
		assertThat(rejects(row(null, null, "x", "y", "2024-04-02", "2024-04-01", "z", null))).extracting(Reject::rule)
			.containsExactly("CW001", "CW001", "CW002", "CW003", "CW005", "CW007");
	}

	@Test
	void unknownCheckNamedByAContractIsRefusedAtStart() {
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> new ContractValidator(CONTRACT, List.of()))
			.withMessageContaining("unknown check even");
	}

	private List<Reject> rejects(RawRow row) {
		try {
			this.validator.validate(row);
			return List.of();
		}
		catch (RowRejectedException ex) {
			return ex.rejects();
		}
	}

	private static RawRow row(String... values) {
		String[] fields = Arrays.copyOf(values, 8);
		return new RawRow(7, fields, 8, 8);
	}

}
