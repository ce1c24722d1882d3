package org.carewarehouse.workforce;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carewarehouse.pipeline.Contract;
import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.ContractRows;
import org.carewarehouse.pipeline.Reject;
import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.Rule;
import org.carewarehouse.privacy.Pseudonymiser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The ASC-WDS workplace and worker mappers on single rows built by column name: each WF
 * rule at and either side of its boundary, blank optional columns, and what is kept of a
 * worker (the year of birth, the id only hashed). Every value is synthetic.
 */
class WorkforceMapperTests {

	private static final Pseudonymiser PSEUDONYMISER = new Pseudonymiser(
			"workforce-mapper-tests-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));

	private static final Contract WORKPLACES = ContractLoader.load("workforce-workplaces");

	private static final Contract WORKERS = ContractLoader.load("workforce-workers");

	private final RowMapper<Workplace> workplaceMapper = Workplace.mapper();

	private final WorkerMapper workerMapper = new WorkerMapper(PSEUDONYMISER);

	@Test
	void workplaceKeepsItsCountsAndTheFinancialYearOfItsSnapshot() throws Exception {
		Workplace workplace = workplace(Map.of());
		assertThat(List.of(workplace.permanentAndTemporaryStaff(), workplace.vacancies(), workplace.starters(),
				workplace.leavers()))
			.containsExactly(10L, 2L, 4L, 3L);
		assertThat(workplace.financialYear()).isEqualTo("2023-24");
		assertThat(workplace.snapshotDate()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(workplace.cqcRegulated()).isEqualTo("Yes");
		assertThat(workplace(Map.of("Snapshot Date", "01/04/2024")).financialYear()).isEqualTo("2024-25");
	}

	@Test
	void wf001NegativeCountIsRejectedInEachCountColumn() {
		for (String column : List.of("Permanent And Temporary Staff", "Vacancies", "Starters", "Leavers")) {
			assertThat(ContractRows.rejectsOf(() -> workplace(Map.of(column, "-1"))))
				.extracting(Reject::rule, Reject::column, Reject::value)
				.containsExactly(tuple("WF001", column, "-1"));
		}
	}

	@Test
	void workplaceWithEveryCountZeroIsAccepted() throws Exception {
		Workplace workplace = workplace(
				Map.of("Permanent And Temporary Staff", "0", "Vacancies", "0", "Starters", "0", "Leavers", "0"));
		assertThat(List.of(workplace.permanentAndTemporaryStaff(), workplace.vacancies(), workplace.starters(),
				workplace.leavers()))
			.containsExactly(0L, 0L, 0L, 0L);
	}

	@Test
	void wf002LeaversExactlyThreeTimesTheStaffAreAcceptedOneMoreIsRejected() throws Exception {
		assertThat(workplace(Map.of("Leavers", "30")).leavers()).isEqualTo(30L);
		assertThat(ContractRows.rejectsOf(() -> workplace(Map.of("Leavers", "31"))))
			.extracting(Reject::rule, Reject::column, Reject::value)
			.containsExactly(tuple("WF002", "Leavers", "31"));
	}

	@Test
	void wf002WorkplaceWithoutStaffMayHaveNoLeaversButNotOne() throws Exception {
		assertThat(workplace(Map.of("Permanent And Temporary Staff", "0", "Leavers", "0")).leavers()).isZero();
		assertWorkplaceRejected(Map.of("Permanent And Temporary Staff", "0", "Leavers", "1"), "WF002", "Leavers");
	}

	@Test
	void blankStartersAndLeaversLoadAsNullAndAreNotTakenForZero() throws Exception {
		Workplace workplace = workplace(Map.of("Permanent And Temporary Staff", "0", "Starters", "", "Leavers", "",
				"CQC Regulated", "", "Sector", ""));
		assertThat(workplace.starters()).isNull();
		assertThat(workplace.leavers()).isNull();
		assertThat(workplace.cqcRegulated()).isNull();
		assertThat(workplace.sector()).isNull();
	}

	@Test
	void workerKeepsOnlyTheYearOfBirthAndNormalisesTheCodes() throws Exception {
		Worker worker = worker(Map.of());
		assertThat(worker.birthYear()).isEqualTo(1980L);
		assertThat(worker.yearStartedInSector()).isEqualTo(2010L);
		assertThat(worker.contractedHours()).isEqualTo(37.5);
		assertThat(worker.financialYear()).isEqualTo("2023-24");
		assertThat(List.of(worker.gender(), worker.nationalityGroup(), worker.relevantQualification()))
			.containsExactly("Female", "British", "Yes");
		assertThat(worker.toString()).doesNotContain("1980-06-15").doesNotContain("15/06/1980").contains("1980");
	}

	@Test
	void workerIdIsOnlyKeptHashedWithTheCouncilApartFromAServiceUserWithTheSameId() throws Exception {
		Worker worker = worker(Map.of());
		assertThat(worker.workerKey()).isEqualTo(PSEUDONYMISER.localPersonKey("E08000014", "ASC-WDS worker SYN-W1"))
			.isNotEqualTo(PSEUDONYMISER.localPersonKey("E08000014", "SYN-W1"))
			.isNotEqualTo(PSEUDONYMISER.localPersonKey("E08000015", "ASC-WDS worker SYN-W1"));
		assertThat(worker.toString()).doesNotContain("SYN-W1");
	}

	@Test
	void wf004WorkerAgedExactly16Or100AtTheSnapshotIsAccepted() throws Exception {
		assertThat(worker(Map.of("Date Of Birth", "01/01/2008", "Year Started In Sector", "")).birthYear())
			.isEqualTo(2008L);
		assertThat(worker(Map.of("Date Of Birth", "01/01/1924", "Year Started In Sector", "")).birthYear())
			.isEqualTo(1924L);
		// the age is counted from the whole date: 100 on 31 March 2024, a day short of
		// 101
		assertThat(worker(Map.of("Date Of Birth", "01/04/1923", "Year Started In Sector", "")).birthYear())
			.isEqualTo(1923L);
	}

	@Test
	void wf004WorkerAged15Or101IsRejectedWithoutTheDateOfBirthStored() {
		// 31/12/2008 is 15 on the 31 March 2024 snapshot, though born in the year that
		// turns 16; 31/03/1923 turns 101 that day
		for (String born : List.of("01/01/2009", "01/01/1923", "31/12/2008", "31/03/1923")) {
			assertThat(
					ContractRows.rejectsOf(() -> worker(Map.of("Date Of Birth", born, "Year Started In Sector", ""))))
				.extracting(Reject::rule, Reject::column, Reject::value)
				.containsExactly(tuple("WF004", "Date Of Birth", null));
		}
	}

	@Test
	void wf003StartingInTheYearOfTurning14IsAcceptedTheYearBeforeIsRejected() throws Exception {
		assertThat(worker(Map.of("Year Started In Sector", "1994")).yearStartedInSector()).isEqualTo(1994L);
		assertWorkerRejected(Map.of("Year Started In Sector", "1993"), "WF003", "Year Started In Sector", "1993");
	}

	@Test
	void wf003StartingInTheSnapshotYearIsAcceptedTheYearAfterIsRejected() throws Exception {
		assertThat(worker(Map.of("Year Started In Sector", "2024")).yearStartedInSector()).isEqualTo(2024L);
		assertWorkerRejected(Map.of("Year Started In Sector", "2025"), "WF003", "Year Started In Sector", "2025");
	}

	@Test
	void withoutADateOfBirthOnlyAStartAfterTheSnapshotIsRejected() throws Exception {
		assertThat(worker(Map.of("Date Of Birth", "", "Year Started In Sector", "1950")).yearStartedInSector())
			.isEqualTo(1950L);
		assertWorkerRejected(Map.of("Date Of Birth", "", "Year Started In Sector", "2025"), "WF003",
				"Year Started In Sector", "2025");
	}

	@Test
	void blankOptionalWorkerColumnsLoadAsNull() throws Exception {
		Worker worker = worker(Map.of("Contracted Hours", "", "Year Started In Sector", "", "Date Of Birth", "",
				"Gender", "", "Nationality Group", "", "Relevant Qualification", ""));
		assertThat(worker.contractedHours()).isNull();
		assertThat(worker.yearStartedInSector()).isNull();
		assertThat(worker.birthYear()).isNull();
		assertThat(worker.gender()).isNull();
		assertThat(worker.nationalityGroup()).isNull();
		assertThat(worker.relevantQualification()).isNull();
		assertThat(worker.workerKey()).isEqualTo(PSEUDONYMISER.localPersonKey("E08000014", "ASC-WDS worker SYN-W1"));
	}

	@Test
	void eachFeedListsTheRulesItsMapperApplies() {
		assertThat(Workplace.RULES).extracting(Rule::code).containsExactly("WF001", "WF002");
		assertThat(Worker.RULES).extracting(Rule::code).containsExactly("WF003", "WF004");
	}

	private void assertWorkplaceRejected(Map<String, String> changes, String rule, String column) {
		assertThat(ContractRows.rejectsOf(() -> workplace(changes))).extracting(Reject::rule, Reject::column)
			.containsExactly(tuple(rule, column));
	}

	private void assertWorkerRejected(Map<String, String> changes, String rule, String column, String value) {
		assertThat(ContractRows.rejectsOf(() -> worker(changes)))
			.extracting(Reject::rule, Reject::column, Reject::value)
			.containsExactly(tuple(rule, column, value));
	}

	/**
	 * A synthetic workplace at 31 March 2024 with 10 staff, 2 vacancies, 4 starters and 3
	 * leavers, with the named columns changed (an empty value is a blank cell).
	 */
	private Workplace workplace(Map<String, String> changes) throws RowRejectedException {
		Map<String, String> values = new HashMap<>();
		values.put("Council", "E08000014");
		values.put("Workplace ID", "SYN-WP1");
		values.put("Snapshot Date", "2024-03-31");
		values.put("Main Service", "Domiciliary care services");
		values.put("CQC Regulated", "Y");
		values.put("Sector", "Independent");
		values.put("Permanent And Temporary Staff", "10");
		values.put("Vacancies", "2");
		values.put("Starters", "4");
		values.put("Leavers", "3");
		return this.workplaceMapper.map(ContractRows.typed(WORKPLACES, values, changes));
	}

	/**
	 * A synthetic worker at a 31 March 2024 snapshot, born 15 June 1980 and in the sector
	 * since 2010, with the named columns changed (an empty value is a blank cell).
	 */
	private Worker worker(Map<String, String> changes) throws RowRejectedException {
		Map<String, String> values = new HashMap<>();
		values.put("Council", "E08000014");
		values.put("Workplace ID", "SYN-WP1");
		values.put("Snapshot Date", "2024-03-31");
		values.put("Worker ID", "SYN-W1");
		values.put("Main Job Role", "Care Worker");
		values.put("Contract", "Permanent");
		values.put("Contracted Hours", "37.5");
		values.put("Year Started In Sector", "2010");
		values.put("Date Of Birth", "15/06/1980");
		values.put("Gender", "F");
		values.put("Nationality Group", "British");
		values.put("Relevant Qualification", "Y");
		return this.workerMapper.map(ContractRows.typed(WORKERS, values, changes));
	}

}
