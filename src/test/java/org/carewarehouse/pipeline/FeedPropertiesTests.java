package org.carewarehouse.pipeline;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The settings that default to the machine (workers per core, a chunk's blocks per
 * worker), and the values the load cannot run with, refused as they bind.
 */
class FeedPropertiesTests {

	@Test
	void aChunkHoldsOneBlockPerWorkerUnlessSet() {
		assertThat(properties(0, 3).blocksPerChunk()).isEqualTo(3);
		assertThat(properties(5, 3).blocksPerChunk()).isEqualTo(5);
		assertThat(properties(0, 0).blocksPerChunk()).isEqualTo(Runtime.getRuntime().availableProcessors());
	}

	@Test
	void valuesTheLoadCannotRunWithAreRefusedNamingTheSetting() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(0, 2, "5", "50", 5))
			.withMessage("care.feeds.block-rows must be from 1 to 100000, not 0");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(100_001, 2, "5", "50", 5))
			.withMessage("care.feeds.block-rows must be from 1 to 100000, not 100001");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(65, 1))
			.withMessage("care.feeds.chunk-blocks must be from 0 to 64, not 65");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(2500, 0, "5", "50", 5))
			.withMessage("care.feeds.threads must be at least 1, not 0");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(2500, 2, "100.5", "50", 5))
			.withMessage("care.feeds.max-rejected-percent must be a percentage from 0 to 100, not 100.5");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(2500, 2, "5", "-1", 5))
			.withMessage("care.feeds.min-rows-percent-of-recent must be a percentage from 0 to 100, not -1");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(2500, 2, "5", "50", -1))
			.withMessage("care.feeds.recent-nights must be at least 0, not -1");
		assertThat(properties(1, 1, "0", "100", 0).blockRows()).isEqualTo(1);
		assertThat(properties(100_000, 1, "0", "100", 0).blockRows()).isEqualTo(100_000);
		assertThat(properties(64, 1).blocksPerChunk()).isEqualTo(64);
		assertThat(properties(1, 1, "100", "0", 0).maxRejectedPercent()).isEqualByComparingTo("100");
	}

	private static FeedProperties properties(int chunkBlocks, int blockThreads) {
		return new FeedProperties(2500, chunkBlocks, 2, List.of(), BigDecimal.valueOf(5), 1000, BigDecimal.valueOf(50),
				5, blockThreads);
	}

	private static FeedProperties properties(int blockRows, int threads, String maxRejected, String minRecent,
			int recentNights) {
		return new FeedProperties(blockRows, 0, threads, List.of(), new BigDecimal(maxRejected), 1000,
				new BigDecimal(minRecent), recentNights, 0);
	}

}
