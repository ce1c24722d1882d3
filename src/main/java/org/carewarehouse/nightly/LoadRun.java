package org.carewarehouse.nightly;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.carewarehouse.pipeline.Table;
import org.jspecify.annotations.Nullable;

import static org.carewarehouse.pipeline.ColumnType.DATE;
import static org.carewarehouse.pipeline.ColumnType.DECIMAL;
import static org.carewarehouse.pipeline.ColumnType.INTEGER;
import static org.carewarehouse.pipeline.ColumnType.STRING;
import static org.carewarehouse.pipeline.ColumnType.TIMESTAMP;

/**
 * One step of one job execution in the run history, with its control totals.
 */
record LoadRun(long executionId, long instanceId, LocalDate asOf, long rerun, String jobStatus, String step,
		@Nullable String sourceFile, String stepStatus, @Nullable LocalDateTime startTime,
		@Nullable LocalDateTime endTime, long rowsRead, long rowsLoaded, long rowsRejected, long rowsKept,
		@Nullable String amountColumn, @Nullable BigDecimal amountRead, @Nullable BigDecimal amountLoaded,
		@Nullable BigDecimal amountRejected, @Nullable Long rowsRejectedWithoutAmount, @Nullable String message) {

	static final Table<LoadRun> TABLE = Table
		.<LoadRun>named("load_runs", "One step of one nightly job execution, with its control totals")
		.required("execution_id", INTEGER, "Job execution id in the job repository", LoadRun::executionId)
		.required("instance_id", INTEGER, "Job instance id: one per business date and rerun", LoadRun::instanceId)
		.required("as_of", DATE, "Business date of the run", LoadRun::asOf)
		.required("rerun", INTEGER, "0 for the night's first run, n for its n-th --rerun", LoadRun::rerun)
		.required("job_status", STRING, "Status of the job execution", LoadRun::jobStatus)
		.required("step", STRING, "Step name", LoadRun::step)
		.optional("source_file", STRING, "Source file the step loaded, for per-file steps", LoadRun::sourceFile)
		.required("step_status", STRING, "Status of the step execution", LoadRun::stepStatus)
		.optional("start_time", TIMESTAMP, "When the step started (local time)", LoadRun::startTime)
		.optional("end_time", TIMESTAMP, "When the step ended (local time)", LoadRun::endTime)
		.required("rows_read", INTEGER, "Rows read from the source", LoadRun::rowsRead)
		.required("rows_loaded", INTEGER, "Rows written to the warehouse", LoadRun::rowsLoaded)
		.required("rows_rejected", INTEGER, "Rows written to the rejects table", LoadRun::rowsRejected)
		.required("rows_kept", INTEGER,
				"Rows of an earlier night kept in place of a file refused as a whole (rule CW020 says from which "
						+ "run); not part of rows read, loaded or rejected",
				LoadRun::rowsKept)
		.optional("amount_column", STRING, "The extract's control-total column, where its contract declares one",
				LoadRun::amountColumn)
		.optional("amount_read", DECIMAL, "Sum of that column over every row read whose value is a number",
				LoadRun::amountRead)
		.optional("amount_loaded", DECIMAL, "Sum of that column over the rows written to the warehouse",
				LoadRun::amountLoaded)
		.optional("amount_rejected", DECIMAL, "Sum of that column over the rejected rows whose value is a number",
				LoadRun::amountRejected)
		.optional("rows_rejected_without_amount", INTEGER,
				"Rejected rows whose value in that column is blank or " + "not a number",
				LoadRun::rowsRejectedWithoutAmount)
		.optional("message", STRING, "Exit description, where the step failed", LoadRun::message)
		.build();

}
