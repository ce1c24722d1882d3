package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carewarehouse.privacy.NhsNumber;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each row rule on its own against the {@code validation} fixture contract, and again
 * against {@code validation-identifying}, where every column identifies a person and so
 * no reject may carry the value; then code normalisation and dates against the real adult
 * services contract.
 */
class ContractValidatorTests {

	private static final Contract PLAIN = PipelineFixtures.contract("validation");

	private static final Contract IDENTIFYING = PipelineFixtures.contract("validation-identifying");

	private static final Contract ADULT_SERVICES = ContractLoader.load("adult-services");

	private static final long LINE = 7;

	private static final FieldCheck EVEN = new FieldCheck() {

		@Override
		public String name() {
			return "even";
		}

		@Override
		public Rule rule() {
			return RowRule.FAILED_CHECK;
		}

		@Override
		public boolean test(String value) {
			return Integer.parseInt(value) % 2 == 0;
		}

	};

	@Test
	void validRowIsTypedAndKeepsItsRawValues() {
		Map<String, String> values = values("Count", "-3", "Cost", "1,234.50", "Start", "31/03/2024", "End",
				"2024-04-02", "Kind", "LTRC", "Number", "4");
		for (Contract contract : List.of(PLAIN, IDENTIFYING)) {
			TypedRow row = typed(contract, values);
			assertThat(row.line()).isEqualTo(LINE);
			assertThat(row.string("Code")).isEqualTo("E08000014");
			assertThat(row.integer("Count")).isEqualTo(-3L);
			assertThat(row.decimal("Cost")).isEqualTo(new BigDecimal("1234.50"));
			assertThat(row.date("Start")).isEqualTo(LocalDate.of(2024, 3, 31));
			assertThat(row.date("End")).isEqualTo(LocalDate.of(2024, 4, 2));
			assertThat(row.string("Kind")).isEqualTo("Long Term Support: Residential Care");
			assertThat(row.raw("Kind")).isEqualTo("LTRC");
			assertThat(row.raw("Start")).isEqualTo("31/03/2024");
			assertThat(row.string("Number")).isEqualTo("4");
		}
	}

	@Test
	void blankRequiredValueIsCW001() {
		assertSingleReject(values("Code", null), "Code", "CW001", "'Code' is required", null, "'Code' is required");
	}

	@Test
	void notAWholeNumberIsCW002() {
		assertSingleReject(values("Count", "3.5"), "Count", "CW002", "'3.5' is not a whole number", "3.5",
				"'Count' is not a whole number");
	}

	@Test
	void notADecimalIsCW003() {
		assertSingleReject(values("Cost", "£12.50"), "Cost", "CW003", "'£12.50' is not a decimal number", "£12.50",
				"'Cost' is not a decimal number");
	}

	/** A spreadsheet writes 1.2E+07 for 12,034,567.89 in a narrow column. */
	@Test
	void aDecimalWithAnExponentIsCW003() {
		assertSingleReject(values("Cost", "1.2E+07"), "Cost", "CW003",
				"'1.2E+07' is in scientific notation, as a spreadsheet writes a number it has rounded; send the whole "
						+ "number",
				"1.2E+07",
				"'Cost' is in scientific notation, as a spreadsheet writes a number it has rounded; send the "
						+ "whole number");
		assertSingleReject(values("Cost", "5e2"), "Cost", "CW003",
				"'5e2' is in scientific notation, as a spreadsheet writes a number it has rounded; send the whole number",
				"5e2", "'Cost' is in scientific notation, as a spreadsheet writes a number it has rounded; send the "
						+ "whole number");
	}

	@Test
	void impossibleDateIsCW004() {
		// February 2023 has 28 days; 2024 is a leap year, 2023 is not
		assertSingleReject(values("Start", "2023-02-30"), "Start", "CW004",
				"'2023-02-30' is not a real date in an accepted format", "2023-02-30",
				"'Start' is not a real date in an accepted format");
		assertSingleReject(values("Start", "29/02/2023"), "Start", "CW004",
				"'29/02/2023' is not a real date in an accepted format", "29/02/2023",
				"'Start' is not a real date in an accepted format");
		assertThat(typed(PLAIN, values("Start", "29/02/2024")).date("Start")).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void dateInAFormatTheColumnDoesNotAcceptIsCW004() {
		assertSingleReject(values("Start", "2024/03/31"), "Start", "CW004",
				"'2024/03/31' is not a real date in an accepted format", "2024/03/31",
				"'Start' is not a real date in an accepted format");
		assertSingleReject(values("Start", "31-03-2024"), "Start", "CW004",
				"'31-03-2024' is not a real date in an accepted format", "31-03-2024",
				"'Start' is not a real date in an accepted format");
		// End declares no formats, so only yyyy-MM-dd
		assertSingleReject(values("End", "31/03/2024"), "End", "CW004",
				"'31/03/2024' is not a real date in an accepted format", "31/03/2024",
				"'End' is not a real date in an accepted format");
	}

	@Test
	void valueOutsideTheCodeListIsCW005() {
		assertSingleReject(values("Kind", "space station"), "Kind", "CW005", "'space station' is not a known Kind code",
				"space station", "'Kind' is not a known Kind code");
		// shaped like a name, as a shifted row's surname would be: stored masked
		assertSingleReject(values("Kind", "Space Station"), "Kind", "CW005", "'Kind' is not a known Kind code",
				"AAAAA AAAAAAA", "'Kind' is not a known Kind code");
	}

	@Test
	void valueOfTheWrongFormIsCW006() {
		assertSingleReject(values("Code", "E08 000 014"), "Code", "CW006",
				"'Code' must be a GSS code, E and eight digits", "E08 000 014",
				"'Code' must be a GSS code, E and eight digits");
		// the pattern must match the whole value: eight digits, not seven or nine
		assertSingleReject(values("Code", "E0800001"), "Code", "CW006", "'Code' must be a GSS code, E and eight digits",
				"E0800001", "'Code' must be a GSS code, E and eight digits");
		assertSingleReject(values("Code", "E080000145"), "Code", "CW006",
				"'Code' must be a GSS code, E and eight digits", "E080000145",
				"'Code' must be a GSS code, E and eight digits");
	}

	@Test
	void endBeforeStartIsCW007() {
		assertSingleReject(values("Start", "02/04/2024", "End", "2024-04-01"), "End", "CW007",
				"'End' 2024-04-01 is before 'Start' 2024-04-02", "2024-04-01", "'End' is before 'Start'");
		assertThat(typed(PLAIN, values("Start", "02/04/2024", "End", "2024-04-02")).date("End"))
			.as("ending on the day it starts")
			.isEqualTo(LocalDate.of(2024, 4, 2));
	}

	@Test
	void rowWithTheWrongNumberOfFieldsIsCW008() {
		for (Contract contract : List.of(PLAIN, IDENTIFYING)) {
			ContractValidator validator = new ContractValidator(contract, List.of(EVEN));
			assertThat(rejects(validator, new RawRow(9, new String[7], 5, 7)))
				.containsExactly(new Reject("", "", 9, null, "CW008", "row has 5 fields, header has 7", null));
			assertThat(rejects(validator, new RawRow(9, new String[7], 8, 7)))
				.containsExactly(new Reject("", "", 9, null, "CW008", "row has 8 fields, header has 7", null));
		}
	}

	@Test
	void valueFailingTheColumnsFieldCheckIsCW009() {
		assertSingleReject(values("Number", "3"), "Number", "CW009", "'Number' fails even check", "3",
				"'Number' fails even check");
	}

	@Test
	void bytesThatWereNotUtf8AreCW012WithoutTheValue() {
		Reject reject = new Reject("", "", LINE, "Cost", "CW012",
				"'Cost' holds bytes that are not UTF-8; save the extract as UTF-8", null);
		assertThat(rejects(PLAIN, values("Cost", "\uFFFD12"))).containsExactly(reject);
		assertThat(rejects(IDENTIFYING, values("Cost", "\uFFFD12"))).containsExactly(reject);
	}

	@Test
	void controlCharactersAreCW021WithoutTheValue() {
		assertThat(rejects(PLAIN, values("Kind", "a\u0000b"))).containsExactly(new Reject("", "", LINE, "Kind", "CW021",
				"'Kind' holds the control character U+0000 at character 2", null));
		assertThat(rejects(IDENTIFYING, values("Number", "\u00014"))).containsExactly(new Reject("", "", LINE, "Number",
				"CW021", "'Number' holds the control character U+0001 at character 1", null));
		assertThat(rejects(PLAIN, values("Kind", "LTRC\u007F"))).extracting(Reject::rule).containsExactly("CW021");
		assertThat(rejects(PLAIN, values("Kind", "\u001FLTRC"))).extracting(Reject::rule).containsExactly("CW021");
	}

	/**
	 * A free-text value may hold tabs and line breaks (a quoted value can), and any other
	 * character; a provider id with a NUL in it would match no provider.
	 */
	@Test
	void tabsAndLineBreaksLoadAndAControlCharacterInAnIdIsCW021() throws RowRejectedException {
		String text = "ref\t1\r\nsee notes \u00a0caf\u00e9 \u0080";
		assertThat(adultServices(Map.of("Event Reference", text)).string("Event Reference")).isEqualTo(text);
		assertThat(adultServicesRejects(Map.of("Provider CQC Location ID", "1-1\u000023456")))
			.containsExactly(new Reject("", "", LINE, "Provider CQC Location ID", "CW021",
					"'Provider CQC Location ID' holds the control character U+0000 at character 4", null));
	}

	@Test
	void aFileNameSaysTheCouncilAndYearItHoldsOneOfEach() {
		Contract contract = PipelineFixtures.contract("validation",
				Map.of("councilColumn", "Code", "yearColumn", "Kind"));
		assertThat(contract.namedBy("ledger-E06000049-2023-24.csv")).containsExactly(Map.entry("Code", "E06000049"),
				Map.entry("Kind", "2023-24"));
		assertThat(contract.namedBy("services-E08000014-2023-24-r2.CSV.GZ"))
			.containsExactly(Map.entry("Code", "E08000014"), Map.entry("Kind", "2023-24"));
		assertThat(contract.namedBy("E08000014.csv")).containsExactly(Map.entry("Code", "E08000014"));
		assertThat(contract.namedBy("ledger-E08000014-E08000014-2023-24-2023-24.csv"))
			.containsExactly(Map.entry("Code", "E08000014"), Map.entry("Kind", "2023-24"));
		assertThat(contract.namedBy("ledger-2023-24.csv")).containsExactly(Map.entry("Kind", "2023-24"));
		assertThat(contract.namedBy("ledger-E06000049-E06000050-2022-23-2023-24.csv")).as("two of each").isEmpty();
		assertThat(contract.namedBy("ledger-XE06000049-12023-245.csv")).isEmpty();
		assertThat(contract.namedBy("ledger-E060000491.csv")).isEmpty();
		assertThat(contract.namedBy("workers-2023-03.csv")).as("a month, not a financial year").isEmpty();
		Contract snapshots = PipelineFixtures.contract("validation", Map.of("snapshotColumn", "Start"));
		assertThat(snapshots.namedBy("workers-E06000049-2024-03.csv")).containsExactly(Map.entry("Start", "2024-03"));
		assertThat(snapshots.namedBy("workers-2023-24.csv")).as("a financial year, not a month").isEmpty();
		assertThat(Contract.isFinancialYear("2023-24")).isTrue();
		assertThat(Contract.isFinancialYear("1999-00")).isTrue();
		assertThat(Contract.isFinancialYear("2023-25")).isFalse();
		assertThat(Contract.isFinancialYear("2023/24")).isFalse();
		assertThat(PLAIN.namedBy("ledger-E06000049-2023-24.csv")).as("no council or year column").isEmpty();
	}

	@Test
	void aRowOfAnotherCouncilThanItsFileIsNamedForIsCW022() throws RowRejectedException {
		Contract contract = PipelineFixtures.contract("validation", Map.of("councilColumn", "Code"));
		ContractValidator validator = new ContractValidator(contract, List.of(EVEN), Map.of("Code", "E06000049"));
		assertThat(validator.validate(row(contract, values("Code", "E06000049"))).string("Code"))
			.isEqualTo("E06000049");
		assertThat(rejects(validator, row(contract, values()))).containsExactly(new Reject("", "", LINE, "Code",
				"CW022", "'Code' is E08000014, but the file's name holds E06000049", "E08000014"));
		assertThat(rejects(validator, row(contract, values("Code", "Sefton")))).extracting(Reject::rule)
			.containsExactly("CW006");
		assertThat(rejects(validator, row(contract, values("Code", null)))).extracting(Reject::rule)
			.containsExactly("CW001");
		assertThat(new ContractValidator(contract, List.of(EVEN)).validate(row(contract, values())).string("Code"))
			.as("a file named for no council")
			.isEqualTo("E08000014");
	}

	/**
	 * The year a ledger file's name holds, and the month a workforce file's, as the
	 * warehouse's own contracts declare them.
	 */
	@Test
	void aRowOfAnotherYearOrSnapshotThanItsFileIsNamedForIsCW022() {
		assertThat(namedRules("finance-ledger", "ledger-E06000049-2023-24.csv", "Financial Year", "2022-23"))
			.contains("CW022 'Financial Year' is 2022-23, but the file's name holds 2023-24");
		assertThat(namedRules("finance-ledger", "ledger-E06000049-2023-24.csv", "Financial Year", "2023-25"))
			.as("no year at all is the feed's to name")
			.noneMatch((rule) -> rule.startsWith("CW022"));
		assertThat(namedRules("workforce-workers", "workers-E06000049-2024-03.csv", "Snapshot Date", "2023-03-31"))
			.contains("CW022 'Snapshot Date' is 2023-03-31, but the file's name holds 2024-03");
		assertThat(namedRules("workforce-workers", "workers-E06000049-2024-03.csv", "Snapshot Date", "2024-03-31"))
			.noneMatch((rule) -> rule.startsWith("CW022"));
	}

	/**
	 * The rules, with their messages, that a row of one council and one other value
	 * breaks in a file of a warehouse contract; its other columns are blank.
	 */
	private static List<String> namedRules(String contractName, String fileName, String column, String value) {
		Contract contract = ContractLoader.load(contractName);
		ContractValidator validator = new ContractValidator(contract, List.of(EVEN), contract.namedBy(fileName));
		return rejects(validator, row(contract, Map.of("Council", "E06000049", column, value))).stream()
			.map((reject) -> reject.rule() + " " + reject.message())
			.toList();
	}

	@Test
	void everyBrokenRuleOfARowIsReportedInColumnOrderThenDateOrder() {
		Map<String, String> values = values("Code", null, "Count", "x", "Cost", "y", "Start", "2024-04-02", "End",
				"2024-04-01", "Kind", "z", "Number", "3");
		assertThat(rejects(PLAIN, values)).extracting(Reject::rule, Reject::column, Reject::value)
			.containsExactly(tuple("CW001", "Code", null), tuple("CW002", "Count", "x"), tuple("CW003", "Cost", "y"),
					tuple("CW005", "Kind", "z"), tuple("CW009", "Number", "3"), tuple("CW007", "End", "2024-04-01"));
		assertThat(rejects(IDENTIFYING, values)).extracting(Reject::rule)
			.containsExactly("CW001", "CW002", "CW003", "CW005", "CW009", "CW007");
		assertThat(rejects(IDENTIFYING, values)).extracting(Reject::value)
			.containsExactly(null, "A", "A", "A", "#", "####-##-##");
	}

	@Test
	void contractNamingAnUnknownCheckIsRefusedAtStart() {
		assertThatIllegalStateException().isThrownBy(() -> new ContractValidator(PLAIN, List.of()))
			.withMessage("Contract validation column 'Number' names unknown check even");
	}

	@Test
	void codesMatchDespiteCaseSpacingAroundPunctuationAndAliases() throws RowRejectedException {
		TypedRow row = adultServices(Map.of("Service Type", "Long term support: Residential care", "Event Outcome",
				"NFA- Other", "Cost Frequency (Unit Type)", "4 Weekly", "Gender", "f", "Has Unpaid Carer", "y"));
		assertThat(row.string("Service Type")).isEqualTo("Long Term Support: Residential Care");
		assertThat(row.raw("Service Type")).isEqualTo("Long term support: Residential care");
		assertThat(row.string("Event Outcome")).isEqualTo("NFA - Other");
		assertThat(row.raw("Event Outcome")).isEqualTo("NFA- Other");
		assertThat(row.string("Cost Frequency (Unit Type)")).isEqualTo("Four-weekly");
		assertThat(row.raw("Cost Frequency (Unit Type)")).isEqualTo("4 Weekly");
		assertThat(row.string("Gender")).isEqualTo("Female");
		assertThat(row.string("Has Unpaid Carer")).isEqualTo("Yes");
		assertThat(adultServices(Map.of("Event Outcome", "nfa -  support ended :other reason")).string("Event Outcome"))
			.isEqualTo("NFA - Support ended: Other reason");
		assertThat(
				adultServices(Map.of("Cost Frequency (Unit Type)", "four weekly")).string("Cost Frequency (Unit Type)"))
			.isEqualTo("Four-weekly");
	}

	/**
	 * One validator meets each spelling many times: the second meeting, and any after the
	 * validator has stopped keeping spellings (4,096 per column), give what the first
	 * did.
	 */
	@Test
	void spellingsMetAgainGiveTheSameCode() throws RowRejectedException {
		ContractValidator validator = new ContractValidator(ADULT_SERVICES, List.of(new NhsNumber()));
		for (int i = 0; i < 2; i++) {
			assertThat(validator.validate(adultServicesRow(validator, "4 Weekly")).string("Cost Frequency (Unit Type)"))
				.isEqualTo("Four-weekly");
			assertThat(rejects(validator, adultServicesRow(validator, "now and then"))).extracting(Reject::rule)
				.containsExactly("CW005");
		}
		for (int i = 0; i < 5000; i++) {
			assertThat(rejects(validator, adultServicesRow(validator, "every " + i + " days"))).extracting(Reject::rule)
				.containsExactly("CW005");
		}
		assertThat(validator.validate(adultServicesRow(validator, "four weekly")).string("Cost Frequency (Unit Type)"))
			.isEqualTo("Four-weekly");
		assertThat(rejects(validator, adultServicesRow(validator, "now and then"))).extracting(Reject::rule)
			.containsExactly("CW005");
	}

	private static RawRow adultServicesRow(ContractValidator validator, String costFrequency) {
		return row(validator.contract(), adultServicesRow(Map.of("Cost Frequency (Unit Type)", costFrequency)));
	}

	@Test
	void adultServicesDatesAreAcceptedInEitherFormat() throws RowRejectedException {
		TypedRow row = adultServices(Map.of("Reporting Period Start Date", "01/04/2023", "Reporting Period End Date",
				"2024-03-31", "Event Start Date", "15/06/2023", "Event End Date", "2023-06-30"));
		assertThat(row.date("Reporting Period Start Date")).isEqualTo(LocalDate.of(2023, 4, 1));
		assertThat(row.date("Reporting Period End Date")).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(row.date("Event Start Date")).isEqualTo(LocalDate.of(2023, 6, 15));
		assertThat(row.date("Event End Date")).isEqualTo(LocalDate.of(2023, 6, 30));
	}

	@Test
	void adultServicesKeepsIdentifyingValuesOutOfRejects() {
		// the check digit of 999000001 is 8, not 7 (worked in NhsNumberTests); there is
		// no 31 February
		Map<String, String> values = Map.of("NHS Number", "9990000017", "Date of Birth", "31/02/1948", "LA code",
				"Sefton", "Gender", "Robot");
		List<Reject> rejects = adultServicesRejects(values);
		assertThat(rejects).containsExactly(
				new Reject("", "", LINE, "LA code", "CW006",
						"'LA code' must be a GSS code, E and eight digits (e.g. E08000014)", "AAAAAA"),
				new Reject("", "", LINE, "NHS Number", "PV001", "'NHS Number' fails nhs-number check", "##########"),
				new Reject("", "", LINE, "Gender", "CW005", "'Gender' is not a known Gender code", "AAAAA"),
				new Reject("", "", LINE, "Date of Birth", "CW004",
						"'Date of Birth' is not a real date in an accepted format", "##/##/####"));
		assertThat(rejects).extracting(Reject::message)
			.noneMatch((m) -> m.contains("1948") || m.contains("999") || m.contains("Sefton") || m.contains("Robot"));
	}

	private static void assertSingleReject(Map<String, String> values, String column, String rule, String message,
			@Nullable String value, String identifyingMessage) {
		assertThat(rejects(PLAIN, values)).containsExactly(new Reject("", "", LINE, column, rule, message, value));
		assertThat(rejects(IDENTIFYING, values)).as("identifying column")
			.containsExactly(new Reject("", "", LINE, column, rule, identifyingMessage,
					RejectedValue.masked(values.get(column))));
	}

	/**
	 * Column values for a row of the validation contract: a valid code, the given values,
	 * everything else blank.
	 */
	private static Map<String, String> values(String... namesAndValues) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("Code", "E08000014");
		for (int i = 0; i < namesAndValues.length; i += 2) {
			values.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return values;
	}

	private static RawRow row(Contract contract, Map<String, String> values) {
		Map<String, Integer> index = contract.indexByName();
		String[] fields = new String[index.size()];
		values.forEach((name, value) -> fields[index.get(name)] = value);
		return new RawRow(LINE, fields, fields.length, fields.length);
	}

	private static TypedRow typed(Contract contract, Map<String, String> values) {
		try {
			return new ContractValidator(contract, List.of(EVEN)).validate(row(contract, values));
		}
		catch (RowRejectedException ex) {
			throw new AssertionError("Rejected: " + ex.rejects(), ex);
		}
	}

	private static List<Reject> rejects(Contract contract, Map<String, String> values) {
		return rejects(new ContractValidator(contract, List.of(EVEN)), row(contract, values));
	}

	private static List<Reject> rejects(ContractValidator validator, RawRow row) {
		return ContractRows.rejectsOf(() -> validator.validate(row));
	}

	private static Map<String, String> adultServicesRow(Map<String, String> values) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("LA code", "E08000014");
		row.put("Reporting Period Start Date", "2023-04-01");
		row.put("Reporting Period End Date", "2024-03-31");
		row.put("LA Person Unique Identifier", "SEF001");
		row.put("Client Type", "Service User");
		row.put("Event Type", "Service");
		row.put("Event Start Date", "2023-06-01");
		row.putAll(values);
		return row;
	}

	private static TypedRow adultServices(Map<String, String> values) throws RowRejectedException {
		return new ContractValidator(ADULT_SERVICES, List.of(new NhsNumber()))
			.validate(row(ADULT_SERVICES, adultServicesRow(values)));
	}

	private static List<Reject> adultServicesRejects(Map<String, String> values) {
		return rejects(new ContractValidator(ADULT_SERVICES, List.of(new NhsNumber())),
				row(ADULT_SERVICES, adultServicesRow(values)));
	}

}
