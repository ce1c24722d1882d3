package org.carewarehouse;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the command the command line names and keeps its exit code for the process. A file
 * or folder the command cannot read or write because of the path it was given (none
 * there, no permission, a file where a folder must be, a read-only file system) is named
 * in one line with exit code 2: a retry would meet it again.
 */
@Component
@ConditionalOnProperty(name = "care.cli.enabled", havingValue = "true", matchIfMissing = true)
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final String READ_ONLY = "Read-only file system";

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
		try {
			return command.run(command.options().cast(options));
		}
		catch (RefusedException ex) {
			System.err.println("refused: " + ex.getMessage());
			return Command.USAGE;
		}
		catch (Exception ex) {
			FileSystemException path = pathProblem(ex);
			if (path == null) {
				throw ex;
			}
			System.err.println("refused: " + refusal(path));
			return Command.USAGE;
		}
	}

	/** The wrong path a failure comes from, if it comes from one. */
	static @Nullable FileSystemException pathProblem(Throwable failure) {
		FileSystemException named = (FileSystemException) Causes.find(failure, NoSuchFileException.class,
				AccessDeniedException.class, NotDirectoryException.class, FileAlreadyExistsException.class);
		if (named != null) {
			return named;
		}
		FileSystemException other = (FileSystemException) Causes.find(failure, FileSystemException.class);
		return (other != null && readOnly(other)) ? other : null;
	}

	/**
	 * A write to a file system mounted read-only: EROFS as Linux and macOS word it, or,
	 * where the system words it in another language, the file system the path is on.
	 */
	private static boolean readOnly(FileSystemException problem) {
		if (READ_ONLY.equals(problem.getReason())) {
			return true;
		}
		if (problem.getFile() == null) {
			return false;
		}
		Path at = Path.of(problem.getFile()).toAbsolutePath();
		while (at != null && !Files.exists(at)) {
			at = at.getParent();
		}
		try {
			return at != null && Files.getFileStore(at).isReadOnly();
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * What the user can act on: a file the command would have created, itself or as a
	 * scratch copy beside its target ({@code .out.export-...}, {@code care.duckdb.next}),
	 * is refused for its folder, which is what is missing or may not be written.
	 */
	static String refusal(FileSystemException problem) {
		Path file = Path.of(problem.getFile());
		Path folder = file.toAbsolutePath().getParent();
		boolean readOnly = readOnly(problem);
		String reason = reason(problem, readOnly);
		boolean unwritable = problem instanceof AccessDeniedException || readOnly;
		boolean creating = (unwritable || problem instanceof NoSuchFileException) && !Files.exists(file)
				&& folder != null;
		if (creating && unwritable && Files.isDirectory(folder)) {
			return "cannot write in " + folder + ": " + reason;
		}
		if (creating && problem instanceof NoSuchFileException && !Files.exists(folder)) {
			return "cannot use " + folder + ": no such folder";
		}
		return "cannot use " + problem.getFile() + ": " + reason;
	}

	private static String reason(FileSystemException problem, boolean readOnly) {
		if (problem instanceof NoSuchFileException) {
			return "no such file or folder";
		}
		if (problem instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (problem instanceof NotDirectoryException) {
			return "not a folder";
		}
		if (readOnly) {
			return "read-only file system";
		}
		return "it already exists";
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
