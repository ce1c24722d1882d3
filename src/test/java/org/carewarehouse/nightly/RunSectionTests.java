package org.carewarehouse.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carewarehouse.Command;
import org.carewarehouse.pipeline.FeedProperties;
import org.carewarehouse.pipeline.FileRule;
import org.carewarehouse.pipeline.Rule;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's exit code table says what the command returns: each code the command can
 * return is in it, with the recovery the integration tests exercise (KilledRun-,
 * ConcurrentRun-, PublicationOrder- and KeptRowsIntegrationTests), and every rule that
 * refuses a file, with the settings that tune them, is named where exit 5 is explained.
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
		assertThat(rows.get(String.valueOf(Command.FILES_REFUSED))).contains("kept in its place",
				FileRule.KEPT_PREVIOUS.code(), "rows_kept", "load on the next night's run", "`--rerun`");
		assertThat(run).contains(FileRule.ALL.stream()
			.filter((rule) -> rule != FileRule.OPTIONAL_COLUMN_MISSING)
			.map(Rule::code)
			.toArray(String[]::new));
		FeedProperties defaults = new Binder(new MapConfigurationPropertySource()).bindOrCreate("care.feeds",
				FeedProperties.class);
		assertThat(run).contains("`care.feeds.max-rejected-percent` (" + defaults.maxRejectedPercent() + ")",
				"`care.feeds.reject-check-min-rows`, " + defaults.rejectCheckMinRows(),
				"`care.feeds.min-rows-percent-of-recent` (" + defaults.minRowsPercentOfRecent() + ")",
				"`care.feeds.recent-nights` (" + defaults.recentNights() + ")");
		assertThat(run).contains("`nightly.lock`", "`care.nightly.lock-stale-after`", "heartbeat");
	}

}
