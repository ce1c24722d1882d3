package org.carewarehouse.sampledata;

import java.nio.file.Path;
import java.util.List;

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
		Path out = Path.of(option(arguments, "out", "sample-data"));
		int scale = Integer.parseInt(option(arguments, "scale", "1"));
		long seed = Long.parseLong(option(arguments, "seed", String.valueOf(SampleDataGenerator.DEFAULT_SEED)));
		if (scale < 1) {
			System.err.println("--scale must be 1 or more");
			return USAGE;
		}
		new SampleDataGenerator(out, scale, seed, !arguments.containsOption("plain")).generate();
		System.out.println("wrote the sample extracts under " + out.toAbsolutePath());
		return OK;
	}

	private static String option(ApplicationArguments arguments, String name, String fallback) {
		List<String> values = arguments.getOptionValues(name);
		return (values != null) ? values.get(0) : fallback;
	}

}
