package org.carewarehouse.sampledata;

import org.carewarehouse.Command;

import org.springframework.stereotype.Component;

/**
 * {@code generate [--out=sample-data] [--scale=1] [--seed=N]}: writes the synthetic
 * sample extracts.
 */
@Component
class GenerateCommand implements Command<GenerateOptions> {

	@Override
	public Class<GenerateOptions> options() {
		return GenerateOptions.class;
	}

	@Override
	public int run(GenerateOptions options) throws Exception {
		if (options.scale() < 1) {
			System.err.println("--scale must be 1 or more");
			return USAGE;
		}
		new SampleDataGenerator(options.out(), options.scale(), options.seed(), !options.plain()).generate();
		System.out.println("wrote the sample extracts under " + options.out().toAbsolutePath());
		return OK;
	}

}
