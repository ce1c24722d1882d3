package org.carewarehouse.nightly;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.pipeline.FeedSteps;
import org.carewarehouse.pipeline.FieldCheck;
import org.carewarehouse.pipeline.ParquetTableWriter;
import org.carewarehouse.pipeline.RejectTable;
import org.carewarehouse.pipeline.RuleCatalogue;
import org.carewarehouse.pipeline.Table;
import org.carewarehouse.privacy.Pseudonymiser;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job: load every feed into a new run folder, then publish the run.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NightlyProperties.class)
public class NightlyJobConfiguration {

	public static final String JOB_NAME = "nightlyJob";

	/**
	 * The feeds the job loads, by {@link Feed#name()}, in the order it loads them:
	 * reference data first (population, JSNA, the national returns, the care market),
	 * then finance, case management (adults, hospital discharges, children), workforce
	 * and commissioning. Each feed's package declares the feed as a bean.
	 */
	static final List<String> FEEDS = List.of("population", "fingertips", "ascfrItems", "ascofMeasures", "cqcLocations",
			"ledger", "budgets", "costCentres", "commitments", "services", "hospitalDischarges", "childrenHeader",
			"childrenEpisodes", "workforceWorkplaces", "workforceWorkers", "planTiers", "planSavings");

	/**
	 * Every feed's load step in the order of {@link #FEEDS}, then publication, then the
	 * reports on what was published.
	 */
	@Bean
	Job nightlyJob(JobRepository jobRepository, List<Feed<?>> feeds, FeedSteps feedSteps, Step publishStep,
			Step reportStep, RunHistory runHistory) {
		List<Step> loads = inLoadOrder(feeds).stream().<Step>map(feedSteps::load).toList();
		SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobRepository).start(loads.get(0));
		loads.subList(1, loads.size()).forEach(job::next);
		return job.next(publishStep).next(reportStep).listener(runHistory).build();
	}

	/**
	 * The declared feeds in the order of {@link #FEEDS}; a listed feed not declared, or a
	 * declared feed not listed (which would otherwise never load), stops the application
	 * as it starts.
	 * @param feeds every declared feed
	 * @return the feeds in load order
	 */
	static List<Feed<?>> inLoadOrder(List<Feed<?>> feeds) {
		Map<String, Feed<?>> byName = feeds.stream().collect(Collectors.toMap(Feed::name, Function.identity()));
		List<String> unlisted = byName.keySet().stream().filter((name) -> !FEEDS.contains(name)).sorted().toList();
		if (!unlisted.isEmpty()) {
			throw new IllegalStateException(
					"Feeds the nightly job does not list (NightlyJobConfiguration.FEEDS): " + unlisted);
		}
		return FEEDS.stream().<Feed<?>>map((name) -> {
			Feed<?> feed = byName.get(name);
			if (feed == null) {
				throw new IllegalStateException(
						"The nightly job lists feed '" + name + "' but no such feed is declared");
			}
			return feed;
		}).toList();
	}

	@Bean
	Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ParquetTableWriter parquet, Catalog catalog, RunLayout layout, RunHistory runHistory,
			WarehouseProperties properties, org.apache.hadoop.conf.Configuration hadoop, List<Feed<?>> feeds,
			List<FieldCheck> checks, LocalMirror mirror, PublishedPointer pointer) {
		List<Table<?>> tables = Stream.<Table<?>>concat(feeds.stream().map(Feed::table), Stream.of(RejectTable.TABLE))
			.toList();
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
	PublishedPointer publishedPointer(RunLayout layout, org.apache.hadoop.conf.Configuration hadoop) {
		return new PublishedPointer(layout, hadoop);
	}

	@Bean
	NightlyRunFolders nightlyRunFolders(RunLayout layout, PublishedPointer pointer) {
		return new NightlyRunFolders(layout, pointer);
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
	RepositoryOwnership repositoryOwnership(JobRepository jobRepository, RunLayout layout, PublishedPointer pointer) {
		return new RepositoryOwnership(jobRepository, pointer, layout);
	}

	@Bean
	KeyRecord keyRecord(RunLayout layout, org.apache.hadoop.conf.Configuration hadoop,
			ObjectProvider<Pseudonymiser> pseudonymiser) {
		return new KeyRecord(layout, hadoop, pseudonymiser::getObject);
	}

	@Bean
	static RepositoryOnDemand repositoryOnDemand() {
		return new RepositoryOnDemand();
	}

}
