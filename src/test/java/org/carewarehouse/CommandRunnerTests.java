package org.carewarehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures of a command come from a path it was given: those are refused in a line,
 * anything else fails the command as before.
 */
class CommandRunnerTests {

	@Test
	void aWrongPathIsFoundWhereverItLiesInTheCauses() {
		NoSuchFileException missing = new NoSuchFileException("/reports/board");
		assertThat(CommandRunner.pathProblem(missing)).isSameAs(missing);
		assertThat(CommandRunner.pathProblem(new IllegalStateException("Failed to execute ApplicationRunner",
				new UncheckedIOException("Cannot write the reports of E06000049", missing))))
			.isSameAs(missing);
		AccessDeniedException denied = new AccessDeniedException("/srv/export");
		assertThat(CommandRunner.pathProblem(new RuntimeException(denied))).isSameAs(denied);
	}

	@Test
	void otherFailuresAreNotAWrongPath() {
		assertThat(CommandRunner.pathProblem(new IllegalStateException("Model people.sql failed"))).isNull();
		assertThat(CommandRunner.pathProblem(new IOException("No space left on device"))).isNull();
		assertThat(CommandRunner.pathProblem(new FileSystemException("/srv/data", null, "Read-only file system")))
			.isNull();
	}

}
