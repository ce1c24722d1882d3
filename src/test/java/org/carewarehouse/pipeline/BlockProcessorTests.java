package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Validation and mapping of a block against the {@code validation} fixture contract, with
 * a mapper that refuses counts over 100.
 */
class BlockProcessorTests {

	private static final Contract CONTRACT = PipelineFixtures.contract("validation");

	private static final Rule TOO_MANY = new Rule("TX001", "The count is over 100");

	private static final FieldCheck ANY = new FieldCheck() {

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
			return true;
		}

	};

	private static final RowMapper<String> MAPPER = (row) -> {
		Long count = row.integer("Count");
		if (count != null && count > 100) {
			throw new RowRejectedException(TOO_MANY, "Count", "count " + count + " is over 100", count.toString());
		}
		return row.string("Code") + "x" + count;
	};

	private final BlockProcessor<String> processor = new BlockProcessor<>("things",
			new ContractValidator(CONTRACT, List.of(ANY)), MAPPER);

	@Test
	void validRowsAreMappedInOrderEachStampedWithItsFileAndLine() {
		CheckedBlock<Sourced<String>> checked = this.processor
			.process(block(row(2, "E08000014", "1"), row(3, "E08000015", null), row(4, "E08000016", "3")));
		assertThat(checked.rows()).extracting(Sourced::record)
			.containsExactly("E08000014x1", "E08000015xnull", "E08000016x3");
		assertThat(checked.rows()).extracting(Sourced::sourceFile, Sourced::sourceLine)
			.containsExactly(tuple("extract.csv", 2L), tuple("extract.csv", 3L), tuple("extract.csv", 4L));
		assertThat(checked.rejects()).isEmpty();
		assertThat(checked.rejectedRows()).isZero();
	}

	@Test
	void rowBreakingSeveralRulesIsCountedOnceAndEveryRuleKept() {
		// line 3: code blank (CW001), count not whole (CW002), cost not a number (CW003)
		RawRow broken = new RawRow(3, new String[] { null, "1.5", "abc", null, null, null, null }, 7, 7);
		CheckedBlock<Sourced<String>> checked = this.processor
			.process(block(row(2, "E08000014", "1"), broken, row(4, "E08000016", "3")));
		assertThat(checked.rows()).extracting(Sourced::record).containsExactly("E08000014x1", "E08000016x3");
		assertThat(checked.rejectedRows()).isEqualTo(1);
		assertThat(checked.rejects()).extracting(Reject::feed, Reject::sourceFile, Reject::sourceLine, Reject::rule)
			.containsExactly(tuple("things", "extract.csv", 3L, "CW001"), tuple("things", "extract.csv", 3L, "CW002"),
					tuple("things", "extract.csv", 3L, "CW003"));
	}

	@Test
	void warningLoadsTheRowAndIsRecordedWithoutCountingAsRejected() {
		RowMapper<String> lowering = (row) -> {
			Long count = row.integer("Count");
			if (count != null && count > 100) {
				row.warn(TOO_MANY, "Count", "count " + count + " lowered to 100", count.toString());
				return row.string("Code") + "x100";
			}
			return row.string("Code") + "x" + count;
		};
		CheckedBlock<Sourced<String>> checked = new BlockProcessor<>("things",
				new ContractValidator(CONTRACT, List.of(ANY)), lowering)
			.process(block(row(2, "E08000014", "101"), row(3, "E08000015", "7")));
		// rows read (2) = loaded (2) + rejected (0): the warning is beside a loaded row
		assertThat(checked.rows()).extracting(Sourced::record).containsExactly("E08000014x100", "E08000015x7");
		assertThat(checked.rejectedRows()).isZero();
		assertThat(checked.rejects())
			.extracting(Reject::feed, Reject::sourceFile, Reject::sourceLine, Reject::rule, Reject::severity)
			.containsExactly(tuple("things", "extract.csv", 2L, "TX001", Reject.Severity.WARNING));
	}

	@Test
	void rowRefusedByTheMapperIsRejectedWithItsFeedFileAndLine() {
		CheckedBlock<Sourced<String>> checked = this.processor
			.process(block(row(2, "E08000014", "101"), row(5, "E08000015", "100")));
		assertThat(checked.rows()).extracting(Sourced::record).containsExactly("E08000015x100");
		assertThat(checked.rejectedRows()).isEqualTo(1);
		assertThat(checked.rejects())
			.containsExactly(new Reject("things", "extract.csv", 2, "Count", "TX001", "count 101 is over 100", "101"));
	}

	@Test
	void contractAndMapperRejectsInOneBlockAreCountedPerRow() {
		RawRow wrongWidth = new RawRow(4, new String[7], 6, 7);
		CheckedBlock<Sourced<String>> checked = this.processor
			.process(block(row(2, "E08000014", "500"), wrongWidth, row(6, "Sefton", "2"), row(7, "E08000016", "3")));
		assertThat(checked.rows()).extracting(Sourced::record).containsExactly("E08000016x3");
		assertThat(checked.rejectedRows()).isEqualTo(3);
		assertThat(checked.rejects()).extracting(Reject::sourceLine, Reject::rule)
			.containsExactly(tuple(2L, "TX001"), tuple(4L, "CW008"), tuple(6L, "CW006"));
	}

	@Test
	void controlTotalSumsTheColumnAsReadOverLoadedAndRejectedRows() {
		BlockProcessor<String> summing = new BlockProcessor<>("things", new ContractValidator(
				PipelineFixtures.contract("validation", Map.of("controlTotal", "Cost")), List.of(ANY)), MAPPER);
		// loaded: line 2 "1,000.10" and line 3 -0.10 = 1000.00; line 4 has no cost and
		// adds
		// nothing. Rejected: line 5 (count 101) 0.005; line 6 (count not whole) 2.50;
		// line 7 (cost "abc") and line 8 (blank cost, count 500) have no amount: 2 rows.
		CheckedBlock<Sourced<String>> checked = summing
			.process(block(cost(2, "1", "1,000.10"), cost(3, "2", "-0.10"), cost(4, "3", null), cost(5, "101", "0.005"),
					cost(6, "1.5", "2.50"), cost(7, "1", "abc"), cost(8, "500", null)));
		assertThat(checked.rows()).hasSize(3);
		assertThat(checked.rejectedRows()).isEqualTo(4);
		assertThat(checked.totals())
			.isEqualTo(new CheckedBlock.Totals(new BigDecimal("1000.00"), new BigDecimal("2.505"), 2));
	}

	@Test
	void noControlTotalNoSums() {
		assertThat(this.processor.process(block(row(2, "E08000014", "1"))).totals()).isNull();
	}

	private static RawRow cost(long line, String count, String cost) {
		return new RawRow(line, new String[] { "E08000014", count, cost, null, null, null, null }, 7, 7);
	}

	private static RowBlock block(RawRow... rows) {
		return new RowBlock("extract.csv", List.of(rows));
	}

	private static RawRow row(long line, String code, String count) {
		return new RawRow(line, new String[] { code, count, null, null, null, null, null }, 7, 7);
	}

}
