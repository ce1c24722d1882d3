package org.carewarehouse.sampledata;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The options of {@code generate}.
 */
@Command(name = "generate", description = "Write the synthetic sample extracts (.csv.gz).")
public final class GenerateOptions {

	@Option(names = "--out", paramLabel = "DIR", description = "The sources folder to write (default sample-data).")
	private Path out = Path.of("sample-data");

	@Option(names = "--scale", paramLabel = "N", description = "Copies of the sample to write (default 1).")
	private int scale = 1;

	@Option(names = "--seed", paramLabel = "N", description = "Seed of the random draws (default 20240331).")
	private long seed = SampleDataGenerator.DEFAULT_SEED;

	@Option(names = "--plain", description = "Write plain .csv instead of .csv.gz.")
	private boolean plain;

	public Path out() {
		return this.out;
	}

	public int scale() {
		return this.scale;
	}

	public long seed() {
		return this.seed;
	}

	public boolean plain() {
		return this.plain;
	}

}
