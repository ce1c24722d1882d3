package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A contract's unique key on {@code repeated-keys.csv} (see the fixtures' README): A1
 * Residential 2024-04-01 on line 2 loads, and its repeats on line 4 and on line 6 (" A1
 * ", " RESIDENTIAL " and 01/04/2024, the same key once trimmed, typed and cleaned) are
 * rejected; A1 Nursing on line 5 is another key. C1's first row (line 7) is rejected for
 * its amount and still holds the key against line 8. E1's kind is no code, so lines 9 and
 * 10 have no key to compare; F1's blank kind and start on line 12 match line 11's.
 */
class RepeatedKeysTests {

	private static final Contract KEYED = PipelineFixtures.contract("keyed");

	private static final String REPEAT = "'Code', 'Kind', 'Start' are the same as on line %d (the contract's "
			+ "unique key: a file holds each key once, and a row repeating one is rejected)";

	@Test
	void firstRowWithAKeyLoadsAndEachRepeatIsRejectedNamingIt() {
		List<RowBlock> blocks = read(KEYED, 3, new ExecutionContext());
		// the blocks are checked in parallel in any order: check them last first
		List<RowBlock> lastFirst = new ArrayList<>(blocks);
		Collections.reverse(lastFirst);
		List<CheckedBlock<Sourced<Long>>> checked = new ArrayList<>(lastFirst.stream().map(processor(KEYED)).toList());
		Collections.reverse(checked);

		assertThat(checked.stream().flatMap((b) -> b.rows().stream())).extracting(Sourced::sourceLine)
			.containsExactly(2L, 3L, 5L, 11L);
		assertThat(checked.stream().flatMap((b) -> b.rejects().stream()))
			.extracting(Reject::sourceLine, Reject::rule, Reject::column, Reject::message, Reject::value)
			.containsExactly(tuple(4L, "CW024", null, REPEAT.formatted(2), null),
					tuple(6L, "CW024", null, REPEAT.formatted(2), null),
					tuple(7L, "CW003", "Amount", "'abc' is not a decimal number", "abc"),
					tuple(8L, "CW024", null, REPEAT.formatted(7), null),
					tuple(9L, "CW005", "Kind", "'respite' is not a known Kind code", "respite"),
					tuple(10L, "CW005", "Kind", "'respite' is not a known Kind code", "respite"),
					tuple(12L, "CW024", null, REPEAT.formatted(11), null));
		// read 11 = loaded 4 + rejected 7; 46.50 read = 26.00 loaded + 20.50 rejected,
		// and line 7's "abc" not summed
		assertThat(checked.stream().mapToInt(CheckedBlock::rejectedRows).sum()).isEqualTo(7);
		assertThat(
				checked.stream().map(CheckedBlock::totals).reduce(CheckedBlock.Totals.NONE, CheckedBlock.Totals::plus))
			.isEqualTo(new CheckedBlock.Totals(new BigDecimal("26.00"), new BigDecimal("20.50"), 1));
		assertThat(blocks.stream().mapToInt((b) -> b.rows().size()).sum()).isEqualTo(11);
	}

	/**
	 * A step restarted after its first chunk (lines 2 to 7) skips those rows but still
	 * knows their keys: line 8 repeats line 7, as in an attempt that never stopped.
	 */
	@Test
	void restartedStepRejectsTheSameRows() {
		ExecutionContext context = new ExecutionContext();
		CsvBlockReader first = reader(KEYED, 3);
		first.open(context);
		first.read();
		first.read();
		first.update(context);
		first.close();
		assertThat(context.getLong("rows.read")).isEqualTo(6);

		List<RowBlock> restarted = read(KEYED, 3, context);
		assertThat(restarted.get(0).rows().get(0).line()).isEqualTo(8);
		assertThat(repeats(restarted)).containsExactly(entry(8L, 7L), entry(12L, 11L));
		assertThat(repeats(read(KEYED, 3, new ExecutionContext()))).containsExactly(entry(4L, 2L), entry(6L, 2L),
				entry(8L, 7L), entry(12L, 11L));
	}

	/**
	 * On Code alone line 10 repeats line 9 whatever its kind, and is rejected for both;
	 * the column is the key's, and a value shaped like a name is stored as its shape.
	 */
	@Test
	void oneColumnKeyNamesItsColumnAndStoresItsValueAsRejectedValuesAre() {
		Contract byCode = PipelineFixtures.contract("keyed", Map.of("unique", List.of("Code")));
		List<Reject> rejects = read(byCode, 4, new ExecutionContext()).stream()
			.map(processor(byCode))
			.flatMap((b) -> b.rejects().stream())
			.filter((r) -> r.rule().equals("CW024"))
			.toList();
		assertThat(rejects).extracting(Reject::sourceLine, Reject::column, Reject::value)
			.containsExactly(tuple(4L, "Code", "A1"), tuple(5L, "Code", "A1"), tuple(6L, "Code", "A1"),
					tuple(8L, "Code", "C1"), tuple(10L, "Code", "E1"), tuple(12L, "Code", "F1"));
		assertThat(rejects.get(0).message()).isEqualTo("'Code' is the same as on line 2 (the contract's unique key: "
				+ "a file holds each key once, and a row repeating one is rejected)");

		ContractValidator validator = new ContractValidator(byCode, List.of());
		RawRow smith = new RawRow(3, new String[] { "Smith", null, null, "1" }, 4, 4);
		assertThatRejected(validator, smith).extracting(Reject::column, Reject::rule, Reject::value, Reject::message)
			.containsExactly(tuple("Code", "CW024", "AAAAA", "'Code' is the same as on line 2 (the contract's unique "
					+ "key: a file holds each key once, and a row repeating one is rejected)"));
	}

	@Test
	void contractWithoutAKeyMarksNoRow() {
		Contract unkeyed = new Contract("keyed", "", "*.csv", "test", false, KEYED.columns(), List.of(), null, null,
				null, null, null, null, false, List.of());
		assertThat(repeats(read(unkeyed, 3, new ExecutionContext()))).isEmpty();
	}

	private static ListAssert<Reject> assertThatRejected(ContractValidator validator, RawRow row) {
		try {
			validator.validate(row, 2L);
		}
		catch (RowRejectedException ex) {
			return assertThat(ex.rejects());
		}
		throw new AssertionError("not rejected");
	}

	private static Function<RowBlock, CheckedBlock<Sourced<Long>>> processor(Contract contract) {
		return new BlockProcessor<>("keyed", new ContractValidator(contract, List.of()), TypedRow::line)::process;
	}

	private static Map<Long, Long> repeats(List<RowBlock> blocks) {
		Map<Long, Long> repeats = new TreeMap<>();
		blocks.forEach((b) -> b.repeats().forEach((at, first) -> repeats.put(b.rows().get(at).line(), first)));
		return repeats;
	}

	private static CsvBlockReader reader(Contract contract, int blockRows) {
		return new CsvBlockReader(PipelineFixtures.csv("repeated-keys.csv"), contract, blockRows,
				new ContractValidator(contract, List.of()));
	}

	private static List<RowBlock> read(Contract contract, int blockRows, ExecutionContext context) {
		CsvBlockReader reader = reader(contract, blockRows);
		reader.open(context);
		try {
			List<RowBlock> blocks = new ArrayList<>();
			for (RowBlock block = reader.read(); block != null; block = reader.read()) {
				blocks.add(block);
			}
			return blocks;
		}
		finally {
			reader.close();
		}
	}

}
