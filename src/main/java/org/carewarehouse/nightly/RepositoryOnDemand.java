package org.carewarehouse.nightly;

import java.util.List;

import org.carewarehouse.pipeline.FeedSteps;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Creates the job repository, and everything built on it, only when a nightly run asks
 * for it. Creating the repository connects to its database and creating its schema
 * initialiser writes to it (and Boot makes its JDBC templates wait for that initialiser,
 * so they must wait too); done at start-up, every command (a read-only {@code query} too)
 * would need the repository, and an embedded H2 file held by a running night would refuse
 * them all with a stack trace.
 */
class RepositoryOnDemand implements BeanFactoryPostProcessor {

	private static final List<Class<?>> ON_DEMAND = List.of(JobRepository.class, JobOperator.class, Job.class,
			Step.class, FeedSteps.class, RunHistory.class, NightlyInstances.class, RepositoryOwnership.class,
			DataSourceScriptDatabaseInitializer.class, JdbcOperations.class, NamedParameterJdbcOperations.class,
			JdbcClient.class);

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		for (Class<?> type : ON_DEMAND) {
			for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
				beanFactory.getBeanDefinition(name).setLazyInit(true);
			}
		}
	}

}
