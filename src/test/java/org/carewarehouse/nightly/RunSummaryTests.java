package org.carewarehouse.nightly;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.carewarehouse.pipeline.FeedSteps;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table at the end of a night adds up the file steps of each feed and leaves the
 * other steps out.
 */
class RunSummaryTests {

	private static final LocalDateTime NIGHT = LocalDateTime.of(2024, 4, 1, 2, 15);

	private final JobExecution job = new JobExecution(2L, new JobInstance(1L, "nightly"), new JobParameters());

	@Test
	void eachFeedIsOneLineAndTheTotalAddsThemUp() {
		List<StepExecution> steps = List.of(step(3, "servicesFileStep:a.csv", 10, 8, 1500),
				step(4, "servicesFileStep:b.csv", 5, 5, 500), step(5, "financeLedgerFileStep:l.csv", 7, 0, 250),
				step(6, "servicesLoadStep", 0, 0, 2000), step(7, "publishStep", 0, 0, 3000));
		steps.get(2).setExitStatus(new ExitStatus(FeedSteps.REFUSED));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		RunSummary.of(steps).print(new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(out.toString(StandardCharsets.UTF_8).lines().map((line) -> List.of(line.trim().split(" +"))))
			.containsExactly(List.of("feed", "files", "read", "loaded", "rejected", "refused", "seconds"),
					List.of("financeLedger", "1", "7", "0", "7", "1", "0.3"),
					List.of("services", "2", "15", "13", "2", "0", "2.0"),
					List.of("total", "3", "22", "13", "9", "1", "2.3"));
	}

	/** A feed named longer than the column still lines up with the others. */
	@Test
	void columnsLineUpWhateverTheFeedsNames() {
		List<StepExecution> steps = List.of(step(3, "workforceWorkplacesFileStep:w.csv", 1970, 1970, 900),
				step(4, "budgetsFileStep:b.csv", 3600, 3600, 1400));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		RunSummary.of(steps).print(new PrintStream(out, true, StandardCharsets.UTF_8));

		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(4);
		assertThat(lines).extracting(String::length).containsOnly(lines.get(0).length());
		assertThat(lines.get(2)).startsWith("workforceWorkplaces      1");
	}

	private StepExecution step(long id, String name, long read, long loaded, long millis) {
		StepExecution step = new StepExecution(id, name, this.job);
		step.getExecutionContext().putLong("rows.read", read);
		step.getExecutionContext().putLong("rows.loaded", loaded);
		step.getExecutionContext().putLong("rows.rejected", read - loaded);
		step.setStartTime(NIGHT);
		step.setEndTime(NIGHT.plusNanos(millis * 1_000_000));
		step.setExitStatus(ExitStatus.COMPLETED);
		return step;
	}

}
