package org.carewarehouse.nightly;

import java.util.List;
import java.util.stream.Stream;

import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.pipeline.ParquetTableWriter;
import org.carewarehouse.pipeline.RejectTable;
import org.carewarehouse.pipeline.Table;
import org.carewarehouse.warehouse.Catalog;
import org.carewarehouse.warehouse.RunLayout;
import org.carewarehouse.warehouse.WarehouseProperties;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job: load every feed into a new run folder, then publish the run.
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

	static final String JOB_NAME = "nightlyJob";

	@Bean
	Job nightlyJob(JobRepository jobRepository, @Qualifier("servicesLoadStep") Step servicesLoadStep, Step publishStep,
			RunHistory runHistory) {
		return new JobBuilder(JOB_NAME, jobRepository).start(servicesLoadStep)
			.next(publishStep)
			.listener(runHistory)
			.build();
	}

	@Bean
	Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ParquetTableWriter parquet, Catalog catalog, RunLayout layout, RunHistory runHistory,
			WarehouseProperties properties, org.apache.hadoop.conf.Configuration hadoop, List<Feed<?>> feeds) {
		List<Table<?>> tables = Stream.concat(feeds.stream().map(Feed::table), Stream.of(RejectTable.TABLE)).toList();
		Retention retention = new Retention(layout, properties.retentionDays(), hadoop);
		return new StepBuilder("publishStep", jobRepository)
			.tasklet(new PublishTasklet(tables, parquet, catalog, layout, runHistory, retention, hadoop),
					transactionManager)
			.build();
	}

	@Bean
	NightlyRunFolders nightlyRunFolders(RunLayout layout) {
		return new NightlyRunFolders(layout);
	}

	@Bean
	Table<?> loadRunsTable() {
		return LoadRun.TABLE;
	}

	@Bean
	Table<?> rejectsTable() {
		return RejectTable.TABLE;
	}

	@Bean
	RunHistory runHistory(ParquetTableWriter parquet, RunLayout layout) {
		return new RunHistory(parquet, layout);
	}

}
