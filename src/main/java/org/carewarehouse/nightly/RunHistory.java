package org.carewarehouse.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.carewarehouse.pipeline.ControlTotals;
import org.carewarehouse.pipeline.FileRefusal;
import org.carewarehouse.pipeline.ParquetTableWriter;
import org.carewarehouse.pipeline.SourceFiles;
import org.carewarehouse.pipeline.Table;
import org.carewarehouse.warehouse.LocalMirror;
import org.carewarehouse.warehouse.RunLayout;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Writes the run history {@code load_runs} reads, one file per job execution, from the
 * job repository: the repository records each step as it commits, so an execution whose
 * process was killed is written in full by the next execution of its night (or by the
 * recovery of any later night), and every attempt shows, failed and killed ones too.
 */
class RunHistory implements JobExecutionListener {

	/**
	 * Set by the job operator's recover on an execution left running by a dead process.
	 */
	private static final String RECOVERED = "batch.recovered";

	private final ParquetTableWriter parquet;

	private final RunLayout layout;

	private final JobRepository repository;

	private final Configuration hadoop;

	private final LocalMirror mirror;

	RunHistory(ParquetTableWriter parquet, RunLayout layout, JobRepository repository, Configuration hadoop,
			LocalMirror mirror) {
		this.mirror = mirror;
		this.parquet = parquet;
		this.layout = layout;
		this.repository = repository;
		this.hadoop = hadoop;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		write(jobExecution);
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		write(jobExecution);
	}

	/**
	 * Writes every execution of a job instance: the running one as this process sees it,
	 * the earlier ones as the repository recorded them.
	 * @param current the execution running now
	 */
	void write(JobExecution current) {
		for (JobExecution execution : this.repository.getJobExecutions(current.getJobInstance())) {
			writeOne((execution.getId() == current.getId()) ? current : execution);
		}
		// load_runs reads the mirror where DuckDB cannot read the root: it must show
		// this execution's end too
		this.mirror.pull(this.layout.history());
	}

	/**
	 * Writes one execution, to a hidden file renamed into place, so that a reader's glob
	 * never meets half a file whenever this process dies.
	 */
	void writeOne(JobExecution job) {
		List<LoadRun> rows = job.getStepExecutions()
			.stream()
			.sorted(Comparator.comparing(StepExecution::getStepName))
			.map((step) -> row(job, step))
			.toList();
		Path target = new Path(this.layout.history(), "execution-" + job.getId() + ".parquet");
		Path hidden = new Path(this.layout.history(), ".execution-" + job.getId() + ".parquet.tmp");
		this.parquet.write(LoadRun.TABLE, hidden, rows);
		try {
			FileSystem fs = target.getFileSystem(this.hadoop);
			if (!fs.rename(hidden, target)) {
				fs.delete(target, false);
				if (!fs.rename(hidden, target)) {
					throw new IOException("rename of " + hidden + " refused");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the run history " + target, ex);
		}
	}

	private LoadRun row(JobExecution job, StepExecution step) {
		ControlTotals.Counts counts = ControlTotals.Counts.of(step.getExecutionContext());
		ControlTotals.Totals totals = ControlTotals.Totals.of(step.getExecutionContext());
		String file = step.getExecutionContext().containsKey(SourceFiles.FILE)
				? java.nio.file.Path.of(step.getExecutionContext().getString(SourceFiles.FILE)).getFileName().toString()
				: null;
		String message = step.getExitStatus().getExitDescription();
		if (message.isBlank() && step.getStatus() == BatchStatus.FAILED
				&& job.getExecutionContext().containsKey(RECOVERED)) {
			message = "The process running this step died (killed or shut down); a later run restarted the night";
		}
		return new LoadRun(job.getId(), job.getJobInstance().getInstanceId(),
				job.getJobParameters().getLocalDate(NightlyParameters.AS_OF, LocalDate.MIN),
				job.getJobParameters().getLong(NightlyParameters.RERUN, 0L), job.getStatus().name(), step.getStepName(),
				file, step.getStatus().name(), step.getStartTime(), step.getEndTime(), counts.read(), counts.loaded(),
				counts.rejected(), FileRefusal.rowsKept(step.getExecutionContext()),
				(totals != null) ? totals.column() : null, (totals != null) ? pennies(totals.read()) : null,
				(totals != null) ? pennies(totals.loaded()) : null,
				(totals != null) ? pennies(totals.rejected()) : null,
				(totals != null) ? totals.rejectedUnparsed() : null,
				message.isBlank() ? null : message.substring(0, Math.min(message.length(), 2000)));
	}

	/**
	 * Stores a sum as DECIMAL(18,2). Only rejected rows can hold fractions of a penny
	 * (loaded amounts are whole pennies), so read and rejected share them; rounding both
	 * down keeps read = loaded + rejected exact in the table, which rounding half up
	 * would not for negative amounts.
	 */
	private static BigDecimal pennies(BigDecimal amount) {
		return amount.setScale(Table.DECIMAL_SCALE, RoundingMode.FLOOR);
	}

}
