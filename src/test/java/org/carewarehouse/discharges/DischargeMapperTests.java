package org.carewarehouse.discharges;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.carewarehouse.pipeline.Contract;
import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.ContractRows;
import org.carewarehouse.pipeline.Reject;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.RowRule;
import org.carewarehouse.pipeline.Rule;
import org.carewarehouse.pipeline.TypedRow;
import org.carewarehouse.privacy.NhsNumber;
import org.carewarehouse.privacy.Pseudonymiser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The hospital discharges mapper on single rows built by column name: the person keyed as
 * the services feed keys them, the identifiers only ever hashed, HD001, and the optional
 * SUS fields. Every value is synthetic.
 */
class DischargeMapperTests {

	private static final Pseudonymiser PSEUDONYMISER = new Pseudonymiser(
			"discharges-mapper-tests-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));

	private static final Contract CONTRACT = ContractLoader.load("hospital-discharges");

	private final DischargeMapper mapper = new DischargeMapper(PSEUDONYMISER);

	@Test
	void personIsKeyedByTheNhsNumberExactlyAsTheServicesFeedKeysThem() throws Exception {
		Discharge discharge = this.mapper.map(row(Map.of()));
		assertThat(discharge.personKey()).isEqualTo(PSEUDONYMISER.nhsKey("9990000018"))
			.isEqualTo(PSEUDONYMISER.personKey("E08000014", "SYN-1", "9990000018"));
		assertThat(discharge.nhsPersonKey()).isEqualTo(discharge.personKey());
		assertThat(discharge.localPersonKey()).isEqualTo(PSEUDONYMISER.localPersonKey("E08000014", "SYN-1"));
		assertThat(discharge.council()).isEqualTo("E08000014");
		assertThat(discharge.dischargeDate()).isEqualTo(LocalDate.of(2024, 3, 31));
	}

	@Test
	void neitherIdentifierIsKeptAsSent() throws Exception {
		Discharge discharge = this.mapper.map(row(Map.of()));
		assertThat(discharge.toString()).doesNotContain("9990000018").doesNotContain("SYN-1");
	}

	@Test
	void nhsNumberWrittenInGroupsGetsTheSameKeyAsTheUnbrokenNumber() throws Exception {
		assertThat(this.mapper.map(row(Map.of("NHS Number", "999 000 0018"))).personKey())
			.isEqualTo(PSEUDONYMISER.nhsKey("9990000018"));
	}

	@Test
	void withoutAnNhsNumberThePersonIsKeyedByCouncilAndLocalId() throws Exception {
		Discharge discharge = this.mapper.map(row(Map.of("NHS Number", "")));
		assertThat(discharge.nhsPersonKey()).isNull();
		assertThat(discharge.personKey()).isEqualTo(PSEUDONYMISER.localPersonKey("E08000014", "SYN-1"))
			.isEqualTo(PSEUDONYMISER.personKey("E08000014", "SYN-1", null))
			.isNotEqualTo(PSEUDONYMISER.localPersonKey("E08000015", "SYN-1"));
	}

	@Test
	void withoutALocalIdTheNhsNumberAloneKeysThePerson() throws Exception {
		Discharge discharge = this.mapper.map(row(Map.of("LA Person Unique Identifier", "")));
		assertThat(discharge.localPersonKey()).isNull();
		assertThat(discharge.personKey()).isEqualTo(PSEUDONYMISER.nhsKey("9990000018"));
	}

	@Test
	void hd001DischargeWithNeitherAnNhsNumberNorALocalIdIsRejected() {
		assertThat(ContractRows
			.rejectsOf(() -> this.mapper.map(row(Map.of("NHS Number", "", "LA Person Unique Identifier", "")))))
			.extracting(Reject::rule, Reject::column, Reject::value)
			.containsExactly(tuple("HD001", "NHS Number", null));
	}

	@Test
	void nhsNumberFailingItsCheckDigitIsRefusedByTheContractAndStoredOnlyAsItsShape() {
		// 9990000019: the check digit should be 8; the local id does not rescue the row
		assertThat(ContractRows.rejectsOf(() -> this.mapper.map(row(Map.of("NHS Number", "9990000019")))))
			.extracting(Reject::rule, Reject::column, Reject::value)
			.containsExactly(tuple(NhsNumber.RULE.code(), "NHS Number", "##########"));
	}

	@Test
	void financialYearIsThatOfTheDischargeDateInEitherAcceptedFormat() throws Exception {
		assertThat(this.mapper.map(row(Map.of("Discharge Date", "31/03/2024"))).financialYear()).isEqualTo("2023-24");
		Discharge april = this.mapper.map(row(Map.of("Discharge Date", "2024-04-01")));
		assertThat(april.financialYear()).isEqualTo("2024-25");
		assertThat(april.dischargeDate()).isEqualTo(LocalDate.of(2024, 4, 1));
	}

	@Test
	void readmissionOnTheDayOfDischargeIsKeptButOneTheDayBeforeIsRefused() throws Exception {
		assertThat(this.mapper.map(row(Map.of("Emergency Readmission Date", "2024-03-31"))).readmissionDate())
			.isEqualTo(LocalDate.of(2024, 3, 31));
		assertRejected(Map.of("Emergency Readmission Date", "2024-03-30"), RowRule.DATE_ORDER.code(),
				"Emergency Readmission Date");
	}

	@Test
	void susFieldsAreKeptAsSent() throws Exception {
		Discharge discharge = this.mapper.map(row(Map.of()));
		assertThat(discharge.admissionDate()).isEqualTo(LocalDate.of(2024, 3, 20));
		assertThat(discharge.admissionMethod()).isEqualTo("21");
		assertThat(discharge.dischargeDestination()).isEqualTo("19");
	}

	@Test
	void extractWithoutTheOptionalColumnsStillLoadsWithThemBlank() throws Exception {
		Discharge discharge = this.mapper.map(row(Map.of("Emergency Readmission Date", "", "Admission_Date", "",
				"Admission_Method", "", "Discharge_Destination", "")));
		assertThat(discharge.readmissionDate()).isNull();
		assertThat(discharge.admissionDate()).isNull();
		assertThat(discharge.admissionMethod()).isNull();
		assertThat(discharge.dischargeDestination()).isNull();
		assertThat(discharge.personKey()).isEqualTo(PSEUDONYMISER.nhsKey("9990000018"));
	}

	@Test
	void feedListsTheRuleItsMapperApplies() {
		assertThat(DischargeMapper.RULES).extracting(Rule::code).containsExactly("HD001");
	}

	private void assertRejected(Map<String, String> changes, String rule, String column) {
		assertThat(ContractRows.rejectsOf(() -> this.mapper.map(row(changes)))).extracting(Reject::rule, Reject::column)
			.containsExactly(tuple(rule, column));
	}

	/**
	 * A contract-checked discharge of a synthetic person, with the named columns changed
	 * (an empty value is a blank cell).
	 */
	private static TypedRow row(Map<String, String> changes) throws RowRejectedException {
		Map<String, String> values = new HashMap<>();
		values.put("LA code", "E08000014");
		values.put("NHS Number", "9990000018");
		values.put("LA Person Unique Identifier", "SYN-1");
		values.put("Discharge Date", "2024-03-31");
		values.put("Admission_Date", "2024-03-20");
		values.put("Admission_Method", "21");
		values.put("Discharge_Destination", "19");
		return ContractRows.typed(CONTRACT, values, changes, new NhsNumber());
	}

}
