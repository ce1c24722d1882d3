package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings that default to the machine: workers per core, and a chunk's blocks per
 * worker.
 */
class FeedPropertiesTests {

	@Test
	void aChunkHoldsOneBlockPerWorkerUnlessSet() {
		assertThat(properties(0, 3).blocksPerChunk()).isEqualTo(3);
		assertThat(properties(5, 3).blocksPerChunk()).isEqualTo(5);
		assertThat(properties(0, 0).blocksPerChunk()).isEqualTo(Runtime.getRuntime().availableProcessors());
	}

	private static FeedProperties properties(int chunkBlocks, int blockThreads) {
		return new FeedProperties(2500, chunkBlocks, 2, List.of(), BigDecimal.valueOf(5), 1000, BigDecimal.valueOf(50),
				5, blockThreads);
	}

}
