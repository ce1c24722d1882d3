package org.carewarehouse;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the command named by the first argument and keeps its exit code for the process.
 */
@Component
@ConditionalOnProperty(name = "care.cli.enabled", havingValue = "true", matchIfMissing = true)
class CommandLine implements ApplicationRunner, ExitCodeGenerator {

	private final List<Command> commands;

	private int exitCode;

	CommandLine(List<Command> commands) {
		this.commands = commands;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		List<String> words = arguments.getNonOptionArgs();
		Command command = words.isEmpty() ? null
				: this.commands.stream().filter((c) -> c.name().equals(words.get(0))).findFirst().orElse(null);
		if (command == null) {
			System.err.println("usage: care-warehouse <command> [options]");
			this.commands.forEach((c) -> System.err.println("  " + c.usage()));
			this.exitCode = Command.USAGE;
			return;
		}
		this.exitCode = command.run(arguments);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
