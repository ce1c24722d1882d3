package org.carewarehouse.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Contracts read from YAML: the real adult services contract and the fixtures.
 */
class ContractLoaderTests {

	@Test
	void adultServicesContractDescribesItsFilesAndColumns() {
		Contract contract = ContractLoader.load("adult-services");
		assertThat(contract.name()).isEqualTo("adult-services");
		assertThat(contract.sourceFolder()).isEqualTo("case-management");
		assertThat(contract.filePattern()).isEqualTo("services-*.{csv,csv.gz}");
		assertThat(contract.rejectExtraColumns()).isFalse();
		assertThat(contract.dateOrder()).containsExactly(
				List.of("Reporting Period Start Date", "Reporting Period End Date"),
				List.of("Event Start Date", "Event End Date"));
		assertThat(contract.columns()).filteredOn(ContractColumn::identifier)
			.extracting(ContractColumn::name)
			.containsExactly("NHS Number", "LA Person Unique Identifier", "First Name", "Last Name", "Date of Birth",
					"Postcode");
		assertThat(contract.columns()).filteredOn(ContractColumn::required)
			.extracting(ContractColumn::name)
			.containsExactly("LA code", "Reporting Period Start Date", "Reporting Period End Date",
					"LA Person Unique Identifier", "Client Type", "Event Type", "Event Start Date");
	}

	@Test
	void columnWithoutFormatsAcceptsIsoDatesOnly() {
		ContractColumn end = PipelineFixtures.contract("validation").columns().get(4);
		assertThat(end.name()).isEqualTo("End");
		assertThat(end.dateFormats()).singleElement()
			.satisfies((f) -> assertThat(LocalDate.parse("2024-03-31", f)).isEqualTo(LocalDate.of(2024, 3, 31)));
	}

	@Test
	void controlTotalMustNameADecimalColumn() {
		assertThat(ContractLoader.load("finance-ledger").controlTotal()).isEqualTo("Amount");
		assertThat(PipelineFixtures.contract("validation").controlTotal()).isNull();
		assertThat(PipelineFixtures.contract("validation", java.util.Map.of("controlTotal", "Cost")).controlTotal())
			.isEqualTo("Cost");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PipelineFixtures.contract("validation", java.util.Map.of("controlTotal", "Count")))
			.withMessage("validation.yaml: controlTotal 'Count' is not a decimal column");
	}

	@Test
	void extraColumnsAreIgnoredUnlessTheContractSaysReject() {
		assertThat(PipelineFixtures.contract("extract").rejectExtraColumns()).isFalse();
		assertThat(
				PipelineFixtures.contract("extract", java.util.Map.of("extraColumns", "reject")).rejectExtraColumns())
			.isTrue();
	}

	@Test
	void onlyTheServicesAndPopulationFilesTakeAResubmissionInTheirOriginalsPlace() {
		assertThat(ContractLoader.load("adult-services").resubmissions()).isTrue();
		assertThat(ContractLoader.load("population").resubmissions()).isTrue();
		assertThat(ContractLoader.load("finance-ledger").resubmissions()).isFalse();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PipelineFixtures.contract("validation", java.util.Map.of("resubmissions", "add")))
			.withMessage("validation.yaml: resubmissions is 'replace' or absent, not 'add'");
	}

	/**
	 * In Turkish, "integer" upper-cases to "İNTEGER" with a dotted capital I.
	 */
	@Test
	void typesAreReadWhateverTheDefaultLocale() {
		Locale locale = Locale.getDefault();
		Locale.setDefault(Locale.forLanguageTag("tr-TR"));
		try {
			assertThat(PipelineFixtures.contract("validation").columns()).extracting(ContractColumn::type)
				.containsExactly(ColumnType.STRING, ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.DATE,
						ColumnType.DATE, ColumnType.CODE, ColumnType.STRING);
		}
		finally {
			Locale.setDefault(locale);
		}
	}

	/**
	 * Under en_GB, the locale of an English council's server, the short name of September
	 * is "Sept": a contract's {@code dd-MMM-yyyy} would refuse 01-Sep-2023. Finance
	 * systems also write months in capitals.
	 */
	@Test
	void monthNamesAreEnglishInAnyCaseWhateverTheDefaultLocale() {
		Locale locale = Locale.getDefault();
		for (Locale machine : List.of(Locale.UK, Locale.GERMANY, Locale.forLanguageTag("ar-EG"))) {
			Locale.setDefault(machine);
			try {
				DateTimeFormatter format = ContractLoader.dateFormat("dd-MMM-yyyy");
				assertThat(LocalDate.parse("01-Sep-2023", format)).isEqualTo(LocalDate.of(2023, 9, 1));
				assertThat(LocalDate.parse("01-SEP-2023", format)).isEqualTo(LocalDate.of(2023, 9, 1));
				assertThatExceptionOfType(DateTimeParseException.class)
					.isThrownBy(() -> LocalDate.parse("31-Sep-2023", format));
				assertThatExceptionOfType(DateTimeParseException.class)
					.isThrownBy(() -> LocalDate.parse("01-Sept-2023", format));
			}
			finally {
				Locale.setDefault(locale);
			}
		}
		// a numeric format stays the one the validator reads ISO dates by hand for
		assertThat(ContractLoader.dateFormat("yyyy-MM-dd"))
			.hasToString(DateTimeFormatter.ofPattern("uuuu-MM-dd").toString());
	}

	@Test
	void everyWarehouseContractBindsWithoutAnUnknownKey() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("warehouse/contracts"))) {
			List<String> names = files.map((f) -> f.getFileName().toString().replace(".yaml", "")).sorted().toList();
			assertThat(names).hasSizeGreaterThan(10);
			assertThat(names).allSatisfy((n) -> assertThat(ContractLoader.load(n).name()).isNotBlank());
		}
	}

	@Test
	void misspeltColumnKeyIsRefusedWithItsLine() {
		assertThat(refusal("misspelt-key")).isEqualTo("misspelt-key.yaml line 7: unknown key 'requried' (known: "
				+ "name, aliases, type, formats, codes, codeAliases, pattern, expected, check, required, identifier, "
				+ "description, headingPattern)");
	}

	@Test
	void misspeltTopLevelKeyIsRefused() {
		assertThat(refusal("misspelt-top-level-key")).startsWith(
				"misspelt-top-level-key.yaml line 5: unknown key 'extraColums' (known: name, description, files,");
	}

	@Test
	void misspeltUnpivotKeyIsRefused() {
		assertThat(refusal("misspelt-unpivot-key"))
			.isEqualTo("misspelt-unpivot-key.yaml line 10: unknown key 'values' (known: headings, key, value)");
	}

	@Test
	void keyGivenTwiceIsRefused() {
		assertThat(refusal("key-twice")).isEqualTo("key-twice.yaml line 8: key 'required' given twice");
	}

	@Test
	void patternWithoutWordsForItIsRefused() {
		assertThat(refusal("pattern-unexplained")).isEqualTo("pattern-unexplained.yaml: column 'Council' has a "
				+ "pattern but no 'expected:' saying in words what it asks for");
	}

	@Test
	void theColumnsAFileNameSpeaksForMustBeColumnsOfTheirKind() {
		assertThat(PipelineFixtures.contract("validation", java.util.Map.of("councilColumn", "Code")).councilColumn())
			.isEqualTo("Code");
		assertThat(PipelineFixtures.contract("validation").councilColumn()).isNull();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PipelineFixtures.contract("validation", java.util.Map.of("councilColumn", "Council")))
			.withMessage(
					"validation.yaml: councilColumn 'Council' is not a column, or is one that identifies a person");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PipelineFixtures.contract("validation", java.util.Map.of("yearColumn", "Year")))
			.withMessage("validation.yaml: yearColumn 'Year' is not a column, or is one that identifies a person");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PipelineFixtures.contract("validation", java.util.Map.of("snapshotColumn", "Code")))
			.withMessage("validation.yaml: snapshotColumn 'Code' is not a date column");
		assertThat(
				PipelineFixtures.contract("validation", java.util.Map.of("snapshotColumn", "Start")).snapshotColumn())
			.isEqualTo("Start");
		assertThatIllegalArgumentException().isThrownBy(
				() -> PipelineFixtures.contract("validation-identifying", java.util.Map.of("councilColumn", "Code")))
			.withMessage("validation-identifying.yaml: councilColumn 'Code' is not a column, or is one that "
					+ "identifies a person");
	}

	@Test
	void recordKeyThatIdentifiesAPersonIsRefused() {
		assertThat(refusal("record-key-identifier")).isEqualTo("record-key-identifier.yaml: recordKey 'Person ID' "
				+ "is not a column, or is one that identifies a person");
	}

	@Test
	void uniqueKeyNamesColumnsThatIdentifyNoOne() {
		assertThat(PipelineFixtures.contract("validation").unique()).isEmpty();
		assertThat(
				PipelineFixtures.contract("validation", java.util.Map.of("unique", List.of("Code", "Start"))).unique())
			.containsExactly("Code", "Start");
		assertThat(refusal("unique-misspelt")).isEqualTo(
				"unique-misspelt.yaml: unique 'Workplace Id' is not a column, or is one that identifies a person");
		assertThatIllegalArgumentException().isThrownBy(
				() -> PipelineFixtures.contract("validation-identifying", java.util.Map.of("unique", List.of("Code"))))
			.withMessage("validation-identifying.yaml: unique 'Code' is not a column, or is one that identifies a "
					+ "person");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PipelineFixtures.contract("validation", java.util.Map.of("unique", List.of())))
			.withMessage("validation.yaml: unique names no column");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PipelineFixtures.contract("validation", java.util.Map.of("unique", "Code")))
			.withMessageContaining("expected a list");
	}

	/**
	 * A key where a repeat would count twice and the file is of reference size; none
	 * where repeats can be real (postings, budget lines, a commitment's rates, an event
	 * sent every period), the key would be a person's identifier, or lines differ in
	 * columns the contract does not declare (the ASC-FR data file).
	 */
	@Test
	void warehouseContractsDeclareAKeyWhereARepeatWouldCountTwice() {
		assertThat(ContractLoader.load("workforce-workplaces").unique()).containsExactly("Council", "Workplace ID",
				"Snapshot Date");
		assertThat(ContractLoader.load("finance-cost-centres").unique()).containsExactly("Council", "Cost Centre");
		assertThat(ContractLoader.load("cqc-care-directory").unique()).containsExactly("Location ID");
		assertThat(ContractLoader.load("commissioning-plan-savings").unique()).containsExactly("Council", "Plan",
				"Financial Year");
		assertThat(List.of("adult-services", "finance-ledger", "finance-budgets", "finance-commitments",
				"workforce-workers", "hospital-discharges", "ssda903-episodes", "population", "fingertips",
				"ascfr-data-file"))
			.allSatisfy((name) -> assertThat(ContractLoader.load(name).unique()).as(name).isEmpty());
	}

	@Test
	void missingNameIsRefused() {
		assertThat(refusal("missing-name")).isEqualTo("missing-name.yaml line 1: missing key 'name'");
	}

	@Test
	void requiredThatIsNotTrueOrFalseIsRefused() {
		assertThat(refusal("required-not-boolean"))
			.isEqualTo("required-not-boolean.yaml line 7: expected true or false, found 'yes please'");
	}

	@Test
	void codesThatAreNotAListAreRefused() {
		assertThat(refusal("codes-not-a-list")).isEqualTo("codes-not-a-list.yaml line 7: expected a list");
	}

	private static String refusal(String name) {
		Path file = Path.of("src/test/resources/fixtures/pipeline/refused-contracts", name + ".yaml");
		return assertThatIllegalArgumentException().isThrownBy(() -> {
			try (Reader in = Files.newBufferedReader(file)) {
				ContractLoader.read(file.getFileName().toString(), in);
			}
		}).actual().getMessage();
	}

}
