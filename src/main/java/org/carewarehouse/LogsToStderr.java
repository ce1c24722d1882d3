package org.carewarehouse;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Moves Spring Boot's console log to stderr, so that stdout carries only what a command
 * prints ({@code query}'s results, {@code nightly}'s summary) and can be piped. Boot has
 * no setting for the console's target; its console appender, plain or structured
 * ({@code --logging.structured.format.console=ecs}), is re-pointed once Boot has built
 * it.
 */
public class LogsToStderr implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return;
		}
		Appender<ILoggingEvent> appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
		if (appender instanceof ConsoleAppender<ILoggingEvent> console) {
			console.stop();
			console.setTarget("System.err");
			console.start();
		}
	}

	@Override
	public int getOrder() {
		return LoggingApplicationListener.DEFAULT_ORDER + 1;
	}

}
