package org.carewarehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The schedule examples in {@code jobs/schedule/} treat each exit code as the README's
 * table says: 0 and 3 succeed, 5 succeeds and is not retried, 1 and 4 are retried, 2
 * fails without a retry.
 */
class ScheduleExamplesTests {

	private static final Path SCHEDULE = Path.of("jobs/schedule");

	private static final Set<Integer> SUCCESS = Set.of(Command.OK, Command.ALREADY_LOADED);

	private static final Set<Integer> RETRY = Set.of(Command.FAILED, Command.ALREADY_RUNNING, 137, 143);

	@TempDir
	Path work;

	@Test
	void systemdCountsThreeAndFiveAsSuccessAndRestartsAllButTwo() throws IOException {
		Map<String, String> unit = unit(SCHEDULE.resolve("care-warehouse-nightly.service"));

		assertThat(codes(unit.get("SuccessExitStatus"))).containsExactlyInAnyOrder(Command.ALREADY_LOADED,
				Command.FILES_REFUSED);
		assertThat(unit.get("Restart")).isEqualTo("on-failure");
		assertThat(codes(unit.get("RestartPreventExitStatus"))).containsExactly(Command.USAGE);
		assertThat(unit.get("Type")).isEqualTo("oneshot");
		assertThat(unit).containsKeys("RestartSec", "StartLimitBurst");
	}

	@ParameterizedTest
	@CsvSource({ "0, 0, 1", "3, 0, 1", "5, 0, 1", "2, 2, 1", "1 1 1, 1, 3", "4 4 4, 4, 3", "143 143 143, 143, 3",
			"1 0, 0, 2", "4 3, 0, 2", "1 2, 2, 2", "1 5, 0, 2", "9, 9, 1" })
	void theCronWrapperRetriesAndExitsAsTheTableSays(String codes, int wrapperExit, int attempts) throws Exception {
		Path sequence = Files.writeString(this.work.resolve("codes"), codes.replace(' ', '\n') + "\n");
		Path fake = Files.writeString(this.work.resolve("fake-nightly"), """
				#!/bin/sh
				echo run >> "$1.runs"
				rc=$(head -n 1 "$1"); tail -n +2 "$1" > "$1.next"; mv "$1.next" "$1"
				exit "${rc:-0}"
				""");
		fake.toFile().setExecutable(true);
		ProcessBuilder wrapper = new ProcessBuilder(SCHEDULE.resolve("care-warehouse-nightly.sh").toString(),
				fake.toString(), sequence.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.work.resolve("wrapper.log").toFile());
		wrapper.environment().put("CARE_RETRY_DELAY", "0");
		Process process = wrapper.start();
		assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();

		assertThat(process.exitValue()).as(Files.readString(this.work.resolve("wrapper.log"))).isEqualTo(wrapperExit);
		assertThat(Files.readAllLines(this.work.resolve("codes.runs"))).hasSize(attempts);
	}

	@Test
	void cronRunsTheWrapper() throws IOException {
		assertThat(Files.readString(SCHEDULE.resolve("crontab.example")))
			.containsPattern("\\n15 2 \\* \\* \\* .*jobs/schedule/care-warehouse-nightly\\.sh ");
	}

	@Test
	void theAirflowDagCompilesAndMapsTheCodesAsTheTableSays() throws Exception {
		Path dag = SCHEDULE.resolve("care_warehouse_dag.py");
		String python = Files.readString(dag);

		assertThat(constant(python, "SUCCESS_CODES")).isEqualTo(SUCCESS);
		assertThat(constant(python, "WARNING_CODES")).containsExactly(Command.FILES_REFUSED);
		assertThat(constant(python, "RETRY_CODES")).isEqualTo(RETRY);
		assertThat(constant(python, "NO_RETRY_CODES")).containsExactly(Command.USAGE);
		assertThat(python).contains("raise AirflowFailException").contains("\"retries\": 2");

		assumeTrue(onPath("python3"), "python3 not installed");
		Process compile = new ProcessBuilder("python3", "-c",
				"import sys; compile(open(sys.argv[1]).read(), sys.argv[1], 'exec')", dag.toString())
			.redirectErrorStream(true)
			.start();
		assertThat(compile.waitFor(1, TimeUnit.MINUTES)).isTrue();
		assertThat(compile.exitValue()).as(new String(compile.getInputStream().readAllBytes())).isZero();
	}

	private static Map<String, String> unit(Path file) throws IOException {
		Map<String, String> settings = new HashMap<>();
		for (String line : Files.readAllLines(file)) {
			int equals = line.indexOf('=');
			if (!line.startsWith("#") && equals > 0) {
				settings.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
			}
		}
		return settings;
	}

	private static Set<Integer> codes(String list) {
		return Arrays.stream(list.split("[\\s,]+"))
			.map(Integer::valueOf)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<Integer> constant(String python, String name) {
		Matcher matcher = Pattern.compile("(?m)^" + name + " = \\{([0-9, ]*)\\}$").matcher(python);
		assertThat(matcher.find()).as(name).isTrue();
		return codes(matcher.group(1));
	}

	private static boolean onPath(String program) {
		return List.of(System.getenv("PATH").split(":"))
			.stream()
			.anyMatch((d) -> Files.isExecutable(Path.of(d, program)));
	}

}
