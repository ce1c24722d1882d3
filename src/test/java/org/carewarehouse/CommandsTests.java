package org.carewarehouse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;

import org.carewarehouse.nightly.NightlyOptions;
import org.carewarehouse.warehouse.QueryOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CommandsTests {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@ParameterizedTest
	@ValueSource(strings = { "nightly --asof=2024-03-31", "nightly --as-of=", "nightly --as-of=2024-02-30",
			"nightly --as-of 31/03/2024", "nightly extra", "nightly --rerun=maybe", "dictionary --outfile=x.md",
			"query", "query --write SELECT", "query SELECT 1", "generate --scale=two", "bench --rowz=10", "nightlyy",
			"--as-of=2024-03-31", "", "nightly --as.of=2024-03-31" })
	void refusesWhatItDoesNotKnowWithTheUsage(String line) {
		Commands.Parsed parsed = parse(line);

		assertThat(parsed.exitCode()).isEqualTo(Command.USAGE);
		assertThat(parsed.options()).isNull();
		assertThat(this.err.toString()).contains("Usage: care-warehouse");
		assertThat(this.out.toString()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "--help", "-h", "nightly --help", "nightly --as-of=2024-03-31 --help", "query --help",
			"dictionary --help", "dictionary -h", "generate --help", "bench --help" })
	void helpPrintsTheUsageAndRunsNothing(String line) {
		Commands.Parsed parsed = parse(line);

		assertThat(parsed.exitCode()).isEqualTo(Command.OK);
		assertThat(parsed.options()).isNull();
		assertThat(this.out.toString()).contains("Usage: care-warehouse").contains("--help");
		assertThat(this.err.toString()).isEmpty();
	}

	/**
	 * Under cron's empty environment the JVM reads the command line as ASCII: é in a
	 * query's literal arrives as U+FFFD twice, and the query would silently match
	 * nothing.
	 */
	@Test
	void anArgumentTheJvmCouldNotDecodeIsRefused() {
		Commands.Parsed parsed = Commands.parse(
				new String[] { "query", "SELECT * FROM dim_provider WHERE provider_name = 'Caf\uFFFD\uFFFD'" },
				new PrintWriter(this.out), new PrintWriter(this.err));

		assertThat(parsed.exitCode()).isEqualTo(Command.USAGE);
		assertThat(parsed.options()).isNull();
		assertThat(this.err.toString()).startsWith("refused: an argument holds characters the command line's encoding")
			.contains("run with LANG=C.UTF-8", "--file or on stdin");
	}

	@Test
	void nightlyHelpDescribesEveryOption() {
		parse("nightly --help");

		assertThat(this.out.toString()).contains("--as-of=yyyy-MM-dd", "--rerun", "--sources=DIR");
	}

	@Test
	void springSettingsPassThroughToSpring() {
		Commands.Parsed parsed = parse("nightly --as-of=2024-03-31 --sources=in --care.feeds.threads=1 "
				+ "--spring.config.additional-location=file:jobs/council.yaml --logging.level.org.carewarehouse=DEBUG");

		assertThat(parsed.exitCode()).isNull();
		NightlyOptions options = (NightlyOptions) parsed.options();
		assertThat(options.asOf()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(options.sources()).isEqualTo(Path.of("in"));
		assertThat(options.rerun()).isFalse();
	}

	@Test
	void nightlyDefaultsToYesterday() {
		NightlyOptions options = (NightlyOptions) parse("nightly").options();

		assertThat(options.asOf()).isEqualTo(LocalDate.now().minusDays(1));
		assertThat(options.sources()).isNull();
	}

	@Test
	void queryTakesOneStatement() {
		Commands.Parsed parsed = Commands.parse(new String[] { "query", "SELECT count(*) FROM services" },
				new PrintWriter(this.out), new PrintWriter(this.err));

		assertThat(((QueryOptions) parsed.options()).sql()).isEqualTo("SELECT count(*) FROM services");
	}

	@Test
	void aQueryMayStartWithAComment() {
		Commands.Parsed parsed = Commands.parse(new String[] { "query", "--format=csv", "-- why\nSELECT 1" },
				new PrintWriter(this.out), new PrintWriter(this.err));

		assertThat(((QueryOptions) parsed.options()).sql()).isEqualTo("-- why\nSELECT 1");
	}

	private Commands.Parsed parse(String line) {
		String[] args = line.isEmpty() ? new String[0] : line.split(" ");
		return Commands.parse(args, new PrintWriter(this.out), new PrintWriter(this.err));
	}

}
