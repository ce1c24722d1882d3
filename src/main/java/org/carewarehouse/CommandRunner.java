package org.carewarehouse;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the command the command line names and keeps its exit code for the process.
 */
@Component
@ConditionalOnProperty(name = "care.cli.enabled", havingValue = "true", matchIfMissing = true)
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private final List<Command<?>> commands;

	private int exitCode;

	CommandRunner(List<Command<?>> commands) {
		this.commands = commands;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		Commands.Parsed parsed = Commands.parse(arguments.getSourceArgs(), new PrintWriter(System.out, true),
				new PrintWriter(System.err, true));
		if (parsed.options() == null) {
			this.exitCode = parsed.exitCode();
			return;
		}
		Command<?> command = this.commands.stream()
			.filter((c) -> c.options().isInstance(parsed.options()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No command runs " + parsed.options().getClass()));
		this.exitCode = run(command, parsed.options());
	}

	private static <O> int run(Command<O> command, Object options) throws Exception {
		return command.run(command.options().cast(options));
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
