package org.carewarehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jars the build leaves in {@code target/}: the application's, which runs the nightly
 * job and leaves the sample generator and the benchmark out, and the tools jar, which
 * holds them and runs on the application's jar through {@code -Dloader.path}.
 */
class ApplicationJarIntegrationTests {

	private static final Path APPLICATION = Path.of("target/care-warehouse.jar");

	private static final Path TOOLS = Path.of("target/care-warehouse-tools.jar");

	@TempDir
	Path home;

	@Test
	void applicationJarLeavesTheToolsOut() throws IOException {
		List<String> entries = entries(APPLICATION);

		assertThat(entries).contains("BOOT-INF/classes/org/carewarehouse/nightly/NightlyCommand.class")
			.noneMatch((entry) -> entry.startsWith("BOOT-INF/classes/org/carewarehouse/sampledata/")
					|| entry.startsWith("BOOT-INF/classes/org/carewarehouse/bench/")
					|| entry.startsWith("BOOT-INF/classes/sampledata/"));
		assertThat(Files.size(APPLICATION)).as("bytes").isLessThan(80_000_000);
	}

	@Test
	void toolsJarHoldsTheGeneratorAndTheBenchmarkAndNothingElseOfTheApplication() throws IOException {
		List<String> entries = entries(TOOLS);

		assertThat(entries).contains("org/carewarehouse/sampledata/SampleDataGenerator.class",
				"org/carewarehouse/bench/BenchCommand.class", "org/carewarehouse/bench/bench-duckdb-copy-services.sql",
				"sampledata/mye-2021-sample-districts.csv")
			.noneMatch((entry) -> entry.startsWith("org/carewarehouse/nightly/") || entry.startsWith("BOOT-INF/"));
	}

	@Test
	void generateIsRefusedByTheApplicationJarAloneAndNamesTheToolsJar() throws Exception {
		Path out = this.home.resolve("sample");

		assertThat(java(List.of("-jar", APPLICATION.toString(), "generate", "--out=" + out))).isEqualTo(Command.USAGE);

		assertThat(log()).contains("generate is a command of the tools jar",
				"-Dloader.path=target/care-warehouse-tools.jar");
		assertThat(out).doesNotExist();
	}

	@Test
	void theToolsJarOnTheApplicationJarWritesTheCommittedSample() throws Exception {
		Path out = this.home.resolve("sample");

		assertThat(java(List.of("-Dloader.path=" + TOOLS, "-jar", APPLICATION.toString(), "generate", "--out=" + out)))
			.as(log())
			.isEqualTo(Command.OK);

		Path population = Path.of("population/mye-2021.csv.gz");
		assertThat(out.resolve(population)).as("from the ONS file the tools jar holds")
			.hasSameBinaryContentAs(Path.of("sample-data").resolve(population));
		assertThat(out.resolve("case-management/services-E08000014-2023-24.csv.gz"))
			.hasSameBinaryContentAs(Path.of("sample-data/case-management/services-E08000014-2023-24.csv.gz"));
	}

	private int java(List<String> arguments) throws Exception {
		Process process = new ProcessBuilder(TestJvm.java(arguments.toArray(String[]::new)))
			.directory(Path.of("").toAbsolutePath().toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.home.resolve("out.log").toFile())
			.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
		return process.exitValue();
	}

	private String log() throws IOException {
		return Files.readString(this.home.resolve("out.log"));
	}

	private static List<String> entries(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
		}
	}

}
