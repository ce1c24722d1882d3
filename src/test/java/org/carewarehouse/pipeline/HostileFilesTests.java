package org.carewarehouse.pipeline;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carewarehouse.privacy.FullPostcode;
import org.carewarehouse.privacy.NhsNumber;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-file corpus ({@code fixtures/hostile/}): each file's outcome, as rule,
 * line, column and stored value, and no identifying value stored anywhere.
 */
class HostileFilesTests {

	private static final Contract CONTRACT = PipelineFixtures.contractAt("/fixtures/hostile/contract.yaml");

	private static final ContractValidator VALIDATOR = new ContractValidator(CONTRACT,
			List.of(new NhsNumber(), new FullPostcode()));

	@Test
	void decimalCommasAreRejectedNotGuessed() throws Exception {
		assertThat(outcome("decimal-comma.csv")).containsExactly(new Outcome("CW013", 2, "Weekly Cost", "12,50"),
				new Outcome("CW013", 3, "Weekly Cost", "1,234"));
	}

	@Test
	void numbersTooLargeForTheWarehouseAreRejected() throws Exception {
		assertThat(outcome("out-of-range.csv")).containsExactly(
				new Outcome("CW014", 2, "Weekly Cost", "99999999999999999.00"),
				new Outcome("CW014", 3, "Hours", "1e400"));
	}

	@Test
	void aFullPostcodeUnderASwappedHeadingIsRejectedAndStoredMasked() throws Exception {
		assertThat(outcome("swapped-postcode.csv"))
			.containsExactly(new Outcome("CW015", 2, "Postcode District", "AA## #AA"));
	}

	@Test
	void anNhsNumberInAnotherColumnIsRejectedAndStoredMasked() throws Exception {
		assertThat(outcome("nhs-number-in-provider.csv"))
			.containsExactly(new Outcome("CW015", 2, "Provider", "### ### ####"));
	}

	@Test
	void aShiftedRowStoresTheShapeOfANameOrPostcodeNotTheValue() throws Exception {
		assertThat(outcome("shifted-row.csv")).containsExactly(new Outcome("CW015", 2, "Postcode District", "AA## #AA"),
				new Outcome("CW005", 2, "Service", "AAAA AAAA"), new Outcome("CW003", 2, "Weekly Cost", "AAAA AAAA"),
				new Outcome("CW004", 2, "Start", "10"));
	}

	@Test
	void aRenamedOptionalColumnIsAWarningAndTheRowsLoad() throws Exception {
		assertThat(outcome("renamed-optional-column.csv")).containsExactly(new Outcome("CW017", 1, "Hours", null));
	}

	@Test
	void damagedFilesAreRefusedAsAWhole() throws Exception {
		assertThat(outcome("truncated-mid-row.csv")).containsExactly(new Outcome("CW016", 3, null, null));
		assertThat(outcome("truncated-in-quotes.csv")).containsExactly(new Outcome("CW016", 3, null, null));
		assertThat(outcome("not-gzip.csv.gz")).containsExactly(new Outcome("CW016", 0, null, null));
		assertThat(outcome("cut-short.csv.gz")).singleElement()
			.satisfies((o) -> assertThat(o.rule()).isEqualTo("CW016"));
	}

	/**
	 * What loading a file records: its refusal, or its warnings and each broken rule; and
	 * no message or value naming the invented person or postcode.
	 */
	private static List<Outcome> outcome(String name) throws URISyntaxException {
		Path file = Path.of(HostileFilesTests.class.getResource("/fixtures/hostile/" + name).toURI());
		FileRejectedException refusal = CsvSource.check(file, CONTRACT);
		if (refusal != null) {
			return List.of(new Outcome(refusal.rule().code(), refusal.line(), null, null));
		}
		List<Outcome> outcomes = new ArrayList<>();
		try (CsvSource source = CsvSource.open(file, CONTRACT)) {
			source.missingOptional().forEach((column) -> outcomes.add(new Outcome("CW017", 1, column, null)));
			while (source.hasNext()) {
				try {
					VALIDATOR.validate(source.next());
				}
				catch (RowRejectedException ex) {
					for (Reject reject : ex.rejects()) {
						assertThat(reject.message() + " " + reject.value()).doesNotContain("Testperson", "Mary",
								"ZZ99 9ZZ", "999 000 0018", "Acme", "Home Care");
						outcomes.add(new Outcome(reject.rule(), reject.sourceLine(), reject.column(), reject.value()));
					}
				}
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return outcomes;
	}

	record Outcome(String rule, long line, @Nullable String column, @Nullable String value) {

	}

}
