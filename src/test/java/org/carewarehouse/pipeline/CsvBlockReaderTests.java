package org.carewarehouse.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blocks of rows from {@code seven-rows.csv} (rows E1 to E7 on lines 2 to 8), and a
 * restart that resumes after the committed rows.
 */
class CsvBlockReaderTests {

	private static final Contract CONTRACT = PipelineFixtures.contract("extract");

	@Test
	void readsBlocksOfTheConfiguredSizeThenNull() {
		CsvBlockReader reader = reader(3);
		reader.open(new ExecutionContext());
		try {
			List<RowBlock> blocks = readAll(reader);
			// 7 rows in blocks of 3: 3, 3, 1
			assertThat(blocks).extracting((b) -> b.rows().size()).containsExactly(3, 3, 1);
			assertThat(blocks).extracting(RowBlock::sourceFile).containsOnly("seven-rows.csv");
			assertThat(blocks.get(0).rows()).extracting(RawRow::line).containsExactly(2L, 3L, 4L);
			assertThat(blocks.get(2).rows()).extracting(RawRow::line).containsExactly(8L);
			assertThat(blocks.get(2).rows().get(0).values()[0]).isEqualTo("E7");
		}
		finally {
			reader.close();
		}
	}

	@Test
	void updateRecordsTheRowsReadSoFar() {
		CsvBlockReader reader = reader(3);
		ExecutionContext context = new ExecutionContext();
		reader.open(context);
		try {
			reader.update(context);
			assertThat(context.getLong("rows.read")).isZero();
			reader.read();
			reader.read();
			reader.update(context);
			assertThat(context.getLong("rows.read")).isEqualTo(6);
			reader.read();
			assertThat(reader.read()).isNull();
			reader.update(context);
			assertThat(context.getLong("rows.read")).isEqualTo(7);
		}
		finally {
			reader.close();
		}
	}

	@Test
	void restartSkipsTheRowsAlreadyCommitted() {
		ExecutionContext context = new ExecutionContext();
		context.putLong("rows.read", 4);
		CsvBlockReader reader = reader(2);
		reader.open(context);
		try {
			List<RowBlock> blocks = readAll(reader);
			// rows 5 to 7 (E5, E6, E7) on lines 6 to 8, in blocks of 2
			assertThat(blocks).extracting((b) -> b.rows().size()).containsExactly(2, 1);
			assertThat(blocks.get(0).rows()).extracting((r) -> r.values()[0]).containsExactly("E5", "E6");
			assertThat(blocks.get(0).rows()).extracting(RawRow::line).containsExactly(6L, 7L);
			reader.update(context);
			assertThat(context.getLong("rows.read")).isEqualTo(7);
		}
		finally {
			reader.close();
		}
	}

	@Test
	void restartAfterTheLastRowReadsNothing() {
		ExecutionContext context = new ExecutionContext();
		context.putLong("rows.read", 7);
		CsvBlockReader reader = reader(3);
		reader.open(context);
		try {
			assertThat(reader.read()).isNull();
			reader.update(context);
			assertThat(context.getLong("rows.read")).isEqualTo(7);
		}
		finally {
			reader.close();
		}
	}

	@Test
	void controlTotalIsSummedOverEveryRowReadAndResumedOnRestart() {
		Contract summed = PipelineFixtures.contract("extract",
				Map.of("controlTotal", "Amount", "columns", List.of(Map.of("name", "Code", "required", true),
						Map.of("name", "Start Date"), Map.of("name", "Amount", "type", "decimal"))));
		ExecutionContext context = new ExecutionContext();
		CsvBlockReader reader = new CsvBlockReader(PipelineFixtures.csv("seven-rows.csv"), summed, 3);
		reader.open(context);
		reader.read();
		reader.update(context);
		reader.close();
		// first block 1 + 2 + 3 = 6; the restart skips those rows and adds 4 + 5 + 6 + 7
		assertThat(context.getString("total.read")).isEqualTo("6");
		assertThat(context.getString("total.column")).isEqualTo("Amount");
		CsvBlockReader restarted = new CsvBlockReader(PipelineFixtures.csv("seven-rows.csv"), summed, 3);
		restarted.open(context);
		try {
			readAll(restarted);
			restarted.update(context);
			assertThat(context.getString("total.read")).isEqualTo("28");
		}
		finally {
			restarted.close();
		}
	}

	@Test
	void noControlTotalNoSum() {
		ExecutionContext context = new ExecutionContext();
		CsvBlockReader reader = reader(3);
		reader.open(context);
		readAll(reader);
		reader.update(context);
		reader.close();
		assertThat(context.containsKey("total.read")).isFalse();
	}

	private static CsvBlockReader reader(int blockRows) {
		return new CsvBlockReader(PipelineFixtures.csv("seven-rows.csv"), CONTRACT, blockRows);
	}

	private static List<RowBlock> readAll(CsvBlockReader reader) {
		List<RowBlock> blocks = new ArrayList<>();
		for (RowBlock block = reader.read(); block != null; block = reader.read()) {
			blocks.add(block);
		}
		return blocks;
	}

}
