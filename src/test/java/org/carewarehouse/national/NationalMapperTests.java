package org.carewarehouse.national;

import java.math.BigDecimal;
import java.util.List;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.ContractValidator;
import org.carewarehouse.pipeline.RawRow;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.TypedRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The national files' rows through their contracts and mappers: the year from the file's
 * name in either spelling, the return's markers for values not submitted or suppressed,
 * and the ASCOF file's long rows.
 */
class NationalMapperTests {

	@Test
	void yearComesFromTheFileName() {
		assertThat(FileYear.of("asc-fr-2023-24.csv.gz")).isEqualTo("2023-24");
		assertThat(FileYear.of("meas-from-asc-of-eng-2324-open-data-csv.csv")).isEqualTo("2023-24");
		assertThat(FileYear.of("ascof-latest.csv")).isNull();
	}

	@Test
	void notSubmittedAndSuppressedValuesLoadBlank() throws Exception {
		assertThat(item("1234.5").itemValue()).isEqualByComparingTo(new BigDecimal("1234.5"));
		assertThat(item(":").itemValue()).isNull();
		assertThat(item("*").itemValue()).isNull();
		assertThat(item("[c]").itemValue()).isNull();
		AscFrItem item = item("10");
		assertThat(List.of(item.financialYear(), item.council(), item.supportSetting(), item.activityProvision()))
			.containsExactly("2023-24", "E08000014", "Nursing", "External");
	}

	@Test
	void aValueThatIsNoNumberNorMarkerIsRejected() {
		assertThatExceptionOfType(RowRejectedException.class).isThrownBy(() -> item("12,5"));
	}

	@Test
	void aFileNamingNoYearRejectsItsRows() {
		assertThatExceptionOfType(RowRejectedException.class)
			.isThrownBy(() -> AscFrItem.mapper("asc-fr-latest.csv").map(ascFr("10")))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("names no financial year"));
	}

	@Test
	void ascofRowsKeepTheGssCodeAndTheValue() throws Exception {
		String[] cells = { "343", "Sefton", "Council", "E08000014", "2C", "Total", "Outcome", "753.6", "2C", "About" };
		TypedRow row = new ContractValidator(ContractLoader.load("ascof-measures"), List.of())
			.validate(new RawRow(2, cells, cells.length, cells.length));
		AscofMeasure measure = AscofMeasure.mapper("ascof-2023-24.csv").map(row);
		assertThat(measure.council()).isEqualTo("E08000014");
		assertThat(measure.measureValue()).isEqualTo(753.6);
		assertThat(measure.financialYear()).isEqualTo("2023-24");
		cells[7] = "[c]";
		assertThat(AscofMeasure.mapper("ascof-2023-24.csv")
			.map(new ContractValidator(ContractLoader.load("ascof-measures"), List.of())
				.validate(new RawRow(2, cells, cells.length, cells.length)))
			.measureValue()).isNull();
	}

	private static AscFrItem item(String value) throws Exception {
		return AscFrItem.mapper("asc-fr-2023-24.csv").map(ascFr(value));
	}

	private static TypedRow ascFr(String value) throws RowRejectedException {
		String[] cells = { "E08000014", "SEFTON", "Expenditure", "Gross current expenditure", "65 and over",
				"Physical Support", "Nursing", "External", value };
		return new ContractValidator(ContractLoader.load("ascfr-data-file"), List.of())
			.validate(new RawRow(2, cells, cells.length, cells.length));
	}

}
