package org.carewarehouse.nightly;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The nightly job's parameters: the business date and rerun number identify a job
 * instance; the sources folder does not, so a restart may point at a corrected copy.
 *
 * @param asOf the business date
 * @param rerun 0 for the first run of the date, n for its n-th rerun
 * @param sources the folder holding one folder per source system
 */
record NightlyParameters(LocalDate asOf, long rerun, Path sources) {

	static final String AS_OF = "asOf";

	static final String RERUN = "rerun";

	static final String SOURCES = "sources";

	JobParameters toJobParameters() {
		return new JobParametersBuilder().addLocalDate(AS_OF, this.asOf)
			.addLong(RERUN, this.rerun)
			.addString(SOURCES, this.sources.toAbsolutePath().normalize().toString(), false)
			.toJobParameters();
	}

	NightlyParameters withRerun(long number) {
		return new NightlyParameters(this.asOf, number, this.sources);
	}

}
