package org.carewarehouse.nightly;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.pipeline.FieldCheck;
import org.carewarehouse.pipeline.ParquetTableWriter;
import org.carewarehouse.pipeline.RejectTable;
import org.carewarehouse.pipeline.RuleCatalogue;
import org.carewarehouse.pipeline.Table;
import org.carewarehouse.reports.Reports;
import org.carewarehouse.warehouse.Catalog;
import org.carewarehouse.warehouse.LocalMirror;
import org.carewarehouse.warehouse.RunLayout;
import org.carewarehouse.warehouse.WarehouseProperties;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job: load every feed into a new run folder, then publish the run.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NightlyProperties.class)
class NightlyJobConfiguration {

	static final String JOB_NAME = "nightlyJob";

	/**
	 * Every feed's load step (each bean named {@code *LoadStep}), in name order, then
	 * publication, then the reports on what was published.
	 */
	@Bean
	Job nightlyJob(JobRepository jobRepository, Map<String, Step> steps, Step publishStep, Step reportStep,
			RunHistory runHistory) {
		List<Step> loads = new TreeMap<>(steps).entrySet()
			.stream()
			.filter((step) -> step.getKey().endsWith("LoadStep"))
			.map(Map.Entry::getValue)
			.toList();
		SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobRepository).start(loads.get(0));
		loads.subList(1, loads.size()).forEach(job::next);
		return job.next(publishStep).next(reportStep).listener(runHistory).build();
	}

	@Bean
	Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ParquetTableWriter parquet, Catalog catalog, RunLayout layout, RunHistory runHistory,
			WarehouseProperties properties, org.apache.hadoop.conf.Configuration hadoop, List<Feed<?>> feeds,
			List<FieldCheck> checks, LocalMirror mirror) {
		List<Table<?>> tables = Stream.concat(feeds.stream().map(Feed::table), Stream.of(RejectTable.TABLE)).toList();
		PublishedPointer pointer = new PublishedPointer(layout, hadoop);
		Retention retention = new Retention(layout, properties.retentionDays(), hadoop, pointer, mirror);
		return new StepBuilder("publishStep", jobRepository)
			.tasklet(new PublishTasklet(tables, parquet, catalog, layout, runHistory, retention, hadoop,
					RuleCatalogue.of(feeds, checks), pointer, mirror), transactionManager)
			.build();
	}

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Reports reports,
			RunLayout layout, org.apache.hadoop.conf.Configuration hadoop) {
		return new StepBuilder("reportStep", jobRepository)
			.tasklet(new ReportTasklet(reports, layout, hadoop), transactionManager)
			.build();
	}

	@Bean
	NightlyRunFolders nightlyRunFolders(RunLayout layout, org.apache.hadoop.conf.Configuration hadoop) {
		return new NightlyRunFolders(layout, hadoop);
	}

	@Bean
	Table<?> loadRunsTable() {
		return LoadRun.TABLE;
	}

	@Bean
	Table<?> rulesTable() {
		return RuleCatalogue.TABLE;
	}

	@Bean
	Table<?> rejectsTable() {
		return RejectTable.TABLE;
	}

	@Bean
	RunHistory runHistory(ParquetTableWriter parquet, RunLayout layout, JobRepository jobRepository,
			org.apache.hadoop.conf.Configuration hadoop, LocalMirror mirror) {
		return new RunHistory(parquet, layout, jobRepository, hadoop, mirror);
	}

	@Bean
	NightlyInstances nightlyInstances(JobRepository jobRepository, JobOperator jobOperator, RunHistory runHistory) {
		return new NightlyInstances(jobRepository, jobOperator, runHistory);
	}

	@Bean
	static RepositoryOnDemand repositoryOnDemand() {
		return new RepositoryOnDemand();
	}

}
