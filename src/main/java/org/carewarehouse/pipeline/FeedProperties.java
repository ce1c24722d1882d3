package org.carewarehouse.pipeline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How feeds are read and committed.
 *
 * @param blockRows rows in one block, the unit a step reads, processes and writes; at
 * most {@value #MOST_BLOCK_ROWS}, since every row of a chunk is held in the heap until it
 * commits
 * @param chunkBlocks blocks committed together, and checked and encoded at once; a
 * restart resumes after the last commit (0: one per block worker); at most
 * {@value #MOST_CHUNK_BLOCKS}
 * @param threads files loaded at once
 * @param required contract names of feeds that must have files every night; other feeds
 * with no files load nothing, with a warning
 * @param maxRejectedPercent a file whose rejected rows are more than this share of its
 * rows is refused as a whole rather than loaded as a gutted table
 * @param rejectCheckMinRows files with fewer rows are not held to the share, whose
 * percentages mean little on a handful of rows; nor, to the row-count check, are files
 * whose recent nights' median is smaller
 * @param minRowsPercentOfRecent a file whose rows are fewer than this share of the median
 * rows read from the same file name over recent nights is refused as a whole (0 turns the
 * check off)
 * @param recentNights how many of the latest completed runs that median is taken over (0
 * turns the check off)
 * @param blockThreads workers that check and encode blocks, shared by the files loading
 * at once (0: one per core)
 */
@ConfigurationProperties("care.feeds")
public record FeedProperties(@DefaultValue("2500") int blockRows, @DefaultValue("0") int chunkBlocks,
		@DefaultValue("2") int threads, @DefaultValue("") java.util.List<String> required,
		@DefaultValue("5") java.math.BigDecimal maxRejectedPercent, @DefaultValue("1000") long rejectCheckMinRows,
		@DefaultValue("50") java.math.BigDecimal minRowsPercentOfRecent, @DefaultValue("5") int recentNights,
		@DefaultValue("0") int blockThreads) {

	/** The most rows a block may hold: forty times the default. */
	public static final int MOST_BLOCK_ROWS = 100_000;

	/** The most blocks a chunk may hold. */
	public static final int MOST_CHUNK_BLOCKS = 64;

	/**
	 * Refuses values the load cannot run with.
	 */
	public FeedProperties {
		Setting.between("care.feeds.block-rows", blockRows, 1, MOST_BLOCK_ROWS);
		Setting.between("care.feeds.chunk-blocks", chunkBlocks, 0, MOST_CHUNK_BLOCKS);
		Setting.atLeast("care.feeds.threads", threads, 1);
		Setting.percent("care.feeds.max-rejected-percent", maxRejectedPercent);
		Setting.atLeast("care.feeds.reject-check-min-rows", rejectCheckMinRows, 0);
		Setting.percent("care.feeds.min-rows-percent-of-recent", minRowsPercentOfRecent);
		Setting.atLeast("care.feeds.recent-nights", recentNights, 0);
		Setting.atLeast("care.feeds.block-threads", blockThreads, 0);
	}

	/**
	 * How many workers check and encode blocks.
	 * @return {@link #blockThreads}, or the cores when it is 0
	 */
	public int blockWorkers() {
		return (this.blockThreads > 0) ? this.blockThreads : Runtime.getRuntime().availableProcessors();
	}

	/**
	 * How many blocks a chunk holds: enough for every worker to have one, and no more,
	 * since every block read is held in memory until its chunk commits.
	 * @return {@link #chunkBlocks}, or {@link #blockWorkers()} when it is 0
	 */
	public int blocksPerChunk() {
		return (this.chunkBlocks > 0) ? this.chunkBlocks : blockWorkers();
	}

}
