package org.carewarehouse.pipeline;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.fs.Path;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Refuses a source file as a whole and keeps in its place the rows last published from
 * it: a bad night leaves last night's rows in the warehouse rather than a hole, and says
 * so in a warning ({@link FileRule#KEPT_PREVIOUS}) beside the refusal. Tonight's counts
 * stay tonight's (read = loaded + rejected); the kept rows are counted apart.
 */
public final class FileRefusal {

	private static final Log logger = LogFactory.getLog(FileRefusal.class);

	private static final String ROWS_KEPT = "rows.kept";

	private final FileRejects rejects;

	private final TableParts parts;

	private final @Nullable Path published;

	private final Path run;

	/**
	 * @param rejects writes the refusal and the warning
	 * @param parts the file's parts in its feed's table
	 * @param published the run the catalog reads now, or {@code null}
	 * @param run tonight's run folder
	 */
	FileRefusal(FileRejects rejects, TableParts parts, @Nullable Path published, Path run) {
		this.rejects = rejects;
		this.parts = parts;
		this.published = published;
		this.run = run;
	}

	/**
	 * The rows a file step kept from the published run.
	 * @param context the step's execution context
	 * @return the rows, 0 if the file was not refused
	 */
	public static long rowsKept(ExecutionContext context) {
		return context.getLong(ROWS_KEPT, 0);
	}

	/**
	 * Records the refusal, keeps the file's published rows and records what was kept.
	 * @param step the file's step, whose context records the rows kept
	 * @param refusal the file-level reject saying why
	 * @return the step's exit status, {@link FeedSteps#REFUSED}
	 */
	ExitStatus refuse(StepExecution step, Reject refusal) {
		this.rejects.write(this.run, "-refused.parquet", List.of(refusal));
		logger.error("Refused " + refusal.message());
		long kept = keep();
		step.getExecutionContext().putLong(ROWS_KEPT, kept);
		Reject warning = new Reject(refusal.feed(), refusal.sourceFile(), 0, null, FileRule.KEPT_PREVIOUS.code(),
				refusal.sourceFile() + ": " + keptMessage(kept), null, Reject.Severity.WARNING);
		this.rejects.write(this.run, "-kept.parquet", List.of(warning));
		logger.warn(warning.message());
		return new ExitStatus(FeedSteps.REFUSED, refusal.message() + "; " + keptMessage(kept));
	}

	private long keep() {
		if (this.published == null || this.published.equals(this.run)) {
			this.parts.remove(this.run);
			return 0;
		}
		return this.parts.copy(this.published, this.run);
	}

	private String keptMessage(long kept) {
		if (this.published == null) {
			return "nothing kept in its place: no run is published yet";
		}
		String from = this.published.getParent().getName() + "/" + this.published.getName();
		if (kept == 0) {
			return "nothing kept in its place: the published run " + from + " holds no rows from this file";
		}
		return "kept the " + kept + " rows the published run " + from
				+ " holds from this file, so they still show until the file loads again";
	}

}
