package org.carewarehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
		assertThat(CommandRunner.pathProblem(new FileSystemException("/srv/data", null, "Input/output error")))
			.isNull();
	}

	/**
	 * A folder on a file system mounted read-only is refused as a permission is: a retry
	 * would meet it again.
	 */
	@Test
	void aReadOnlyFileSystemIsAWrongPath(@TempDir Path home) throws IOException {
		FileSystemException readOnly = new FileSystemException(home.resolve(".out.export-1").toString(), null,
				"Read-only file system");
		assertThat(CommandRunner.pathProblem(new IllegalStateException(new UncheckedIOException(readOnly))))
			.isSameAs(readOnly);
		assertThat(CommandRunner.refusal(readOnly)).isEqualTo("cannot write in " + home + ": read-only file system");
		Path catalog = Files.writeString(home.resolve("care.duckdb"), "");
		assertThat(CommandRunner.refusal(new FileSystemException(catalog.toString(), null, "Read-only file system")))
			.isEqualTo("cannot use " + catalog + ": read-only file system");
	}

	/**
	 * export writes into {@code .<name>.export-...} beside its target and relocate into
	 * {@code <name>.next}: the refusal names the folder, not the scratch copy the user
	 * never named.
	 */
	@Test
	void aScratchCopyThatCannotBeCreatedIsRefusedForItsFolder(@TempDir Path home) throws IOException {
		Path scratch = home.resolve(".published.export-123");
		assertThat(CommandRunner.refusal(new AccessDeniedException(scratch.toString())))
			.isEqualTo("cannot write in " + home + ": permission denied");
		assertThat(CommandRunner.refusal(new NoSuchFileException(home.resolve("gone/care.duckdb.next").toString())))
			.isEqualTo("cannot use " + home.resolve("gone") + ": no such folder");
		// a file that is there but may not be read is itself the problem
		Path script = Files.writeString(home.resolve("checks.sql"), "SELECT 1");
		assertThat(CommandRunner.refusal(new AccessDeniedException(script.toString())))
			.isEqualTo("cannot use " + script + ": permission denied");
		assertThat(CommandRunner.refusal(new NoSuchFileException(home.resolve("missing.sql").toString())))
			.isEqualTo("cannot use " + home.resolve("missing.sql") + ": no such file or folder");
	}

}
