package org.carewarehouse.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.carewarehouse.nightly.NightlyRuns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens a page from disk in headless Chromium, as a board member's browser would, and
 * returns the DOM it rendered and what it logged.
 */
final class Chromium {

	static final Path BINARY = Path.of("/usr/bin/chromium");

	private Chromium() {
	}

	record Page(String dom, String log) {
	}

	static Page open(Path html) throws IOException, InterruptedException {
		assumeTrue(Files.isExecutable(BINARY),
				"chromium is not installed (Debian package chromium; .ci/run installs it): the board report is not opened");
		Path work = NightlyRuns.temporaryHome("care-warehouse-chromium");
		Path dom = work.resolve("dom.html");
		Path log = work.resolve("chromium.log");
		Process chromium = new ProcessBuilder(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + work.resolve("profile"), "--enable-logging=stderr", "--v=0",
				"--dump-dom", html.toUri().toString()))
			.redirectOutput(dom.toFile())
			.redirectError(log.toFile())
			.start();
		// a guard against a hung browser, not a measure of speed
		if (!chromium.waitFor(5, TimeUnit.MINUTES)) {
			chromium.destroyForcibly();
		}
		assertThat(chromium.exitValue()).as("chromium's exit code; its log: %s", Files.readString(log)).isZero();
		return new Page(Files.readString(dom, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8));
	}

}
