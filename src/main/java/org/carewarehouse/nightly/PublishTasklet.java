package org.carewarehouse.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.carewarehouse.pipeline.ParquetTableWriter;
import org.carewarehouse.pipeline.Rule;
import org.carewarehouse.pipeline.RuleCatalogue;
import org.carewarehouse.pipeline.Table;
import org.carewarehouse.warehouse.Catalog;
import org.carewarehouse.warehouse.LocalMirror;
import org.carewarehouse.warehouse.ReferenceData;
import org.carewarehouse.warehouse.RunLayout;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Publishes a run once every load step has succeeded: switches the catalog to the run's
 * tables, prunes runs nobody can be reading any more and copies the run to
 * {@code current/} for BI tools. Where DuckDB cannot read the warehouse root, the catalog
 * reads a {@link LocalMirror} of the run. The catalog always shows the latest business
 * date: a run of an earlier date (a backfill, or a rerun of an old night) is built and
 * checked the same way and kept as that night's snapshot, but the catalog stays on the
 * newer date, and the step ends with exit code {@link #KEPT}.
 */
class PublishTasklet implements Tasklet {

	/** Exit code of the publish step of a run kept but not published. */
	static final String KEPT = "KEPT";

	private final List<Table<?>> tables;

	private final ParquetTableWriter parquet;

	private final Catalog catalog;

	private final RunLayout layout;

	private final RunHistory history;

	private final Retention retention;

	private final Configuration hadoop;

	private final List<Rule> rules;

	private final PublishedPointer pointer;

	private final CurrentFolder current;

	private final LocalMirror mirror;

	PublishTasklet(List<Table<?>> tables, ParquetTableWriter parquet, Catalog catalog, RunLayout layout,
			RunHistory history, Retention retention, Configuration hadoop, List<Rule> rules, PublishedPointer pointer,
			LocalMirror mirror) {
		this.current = new CurrentFolder(layout, hadoop);
		this.mirror = mirror;
		this.pointer = pointer;
		this.rules = rules;
		this.hadoop = hadoop;
		this.tables = tables;
		this.parquet = parquet;
		this.catalog = catalog;
		this.layout = layout;
		this.history = history;
		this.retention = retention;
	}

	@Override
	public @Nullable RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		LocalDate asOf = job.getJobParameters().getLocalDate(NightlyParameters.AS_OF);
		Path run = this.layout.run(asOf, job.getJobInstance().getInstanceId());
		this.tables.forEach((table) -> ensureReadable(table, run));
		new ReferenceData(this.hadoop).copyInto(run);
		this.parquet.write(RuleCatalogue.TABLE, new Path(run, "rules/rules.parquet"), this.rules);
		this.history.write(job);
		this.mirror.pull(run);
		Map<String, String> locations = Map.of("run", this.layout.forDuckDb(run), "history",
				this.layout.forDuckDb(this.layout.history()), "runs", this.layout.forDuckDb(this.layout.runs()),
				"as_of", asOf.toString());
		LocalDate published = this.pointer.asOf();
		if (published != null && asOf.isBefore(published)) {
			this.catalog.verify(locations);
			this.mirror.push(run);
			this.retention.kept(asOf, run);
			contribution.setExitStatus(new ExitStatus(KEPT,
					"Not published: " + published + ", a later business date, stays published; this run is kept in "
							+ (this.layout.mirrored() ? run : this.layout.forDuckDb(run))));
			return RepeatStatus.FINISHED;
		}
		this.catalog.publish(locations);
		this.mirror.push(run);
		this.retention.published(asOf, run);
		this.current.publish(asOf, run);
		return RepeatStatus.FINISHED;
	}

	/** A table with no rows tonight still gets a typed, empty file, so its view binds. */
	private <T> void ensureReadable(Table<T> table, Path run) {
		Path folder = new Path(run, table.name());
		try {
			if (hasParquet(folder.getFileSystem(this.hadoop), folder)) {
				return;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
		String partitions = String.join("/", table.partitions().stream().map((p) -> p.name() + "=__none__").toList());
		Path target = partitions.isEmpty() ? folder : new Path(folder, partitions);
		this.parquet.write(table, new Path(target, "empty.parquet"), List.of());
	}

	private static boolean hasParquet(FileSystem fs, Path folder) throws IOException {
		if (!fs.exists(folder)) {
			return false;
		}
		var files = fs.listFiles(folder, true);
		while (files.hasNext()) {
			if (files.next().getPath().getName().endsWith(".parquet")) {
				return true;
			}
		}
		return false;
	}

}
