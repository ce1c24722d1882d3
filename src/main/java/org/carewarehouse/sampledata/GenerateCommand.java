package org.carewarehouse.sampledata;

import java.nio.file.Path;

import org.carewarehouse.Command;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code generate [--out=sample-data] [--scale=1] [--seed=N]}: writes the synthetic
 * sample extracts.
 */
@Component
class GenerateCommand implements Command {

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String usage() {
		return "generate [--out=sample-data] [--scale=1] [--seed=20240331] [--plain]  write the sample extracts (.csv.gz; --plain for .csv)";
	}

	@Override
	public int run(ApplicationArguments arguments) throws Exception {
		Path out = Path.of(Command.option(arguments, "out", "sample-data"));
		int scale = Integer.parseInt(Command.option(arguments, "scale", "1"));
		long seed = Long.parseLong(Command.option(arguments, "seed", String.valueOf(SampleDataGenerator.DEFAULT_SEED)));
		if (scale < 1) {
			System.err.println("--scale must be 1 or more");
			return USAGE;
		}
		new SampleDataGenerator(out, scale, seed, !arguments.containsOption("plain")).generate();
		System.out.println("wrote the sample extracts under " + out.toAbsolutePath());
		return OK;
	}

}
