package org.carewarehouse.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carewarehouse.Command;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's exit code table says what the command returns: each code the command can
 * return is in it, with the recovery the integration tests exercise (KilledRun-,
 * ConcurrentRun- and PublicationOrderIntegrationTests).
 */
class RunSectionTests {

	private static final Pattern ROW = Pattern.compile("^\\| ([0-9, ]+) \\| (.+) \\| (.+) \\|$", Pattern.MULTILINE);

	@Test
	void everyExitCodeIsDocumentedWithItsRecovery() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		String run = readme.substring(readme.indexOf("## Run the nightly job"), readme.indexOf("## Sample data"));
		Map<String, String> rows = new TreeMap<>();
		Matcher matcher = ROW.matcher(run);
		while (matcher.find()) {
			rows.put(matcher.group(1), matcher.group(2) + " | " + matcher.group(3));
		}

		assertThat(rows).containsKeys(String.valueOf(Command.OK), String.valueOf(Command.FAILED),
				String.valueOf(Command.USAGE), String.valueOf(Command.ALREADY_LOADED),
				String.valueOf(Command.ALREADY_RUNNING), String.valueOf(Command.FILES_REFUSED), "137, 143");
		assertThat(rows.get(String.valueOf(Command.OK))).contains("older date loaded and kept", "Not published");
		assertThat(rows.get(String.valueOf(Command.FAILED))).contains("run the same command again",
				"restarts where it stopped");
		assertThat(rows.get(String.valueOf(Command.ALREADY_RUNNING))).contains("another run holds this warehouse",
				"job repository is open in another process");
		assertThat(rows.get("137, 143")).contains("run the same command again");
		assertThat(run).contains("`nightly.lock`", "`care.nightly.lock-stale-after`", "heartbeat");
	}

}
