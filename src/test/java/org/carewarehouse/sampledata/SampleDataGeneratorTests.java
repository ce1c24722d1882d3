package org.carewarehouse.sampledata;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.carewarehouse.privacy.NhsNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample generator: reproducible, in the extracts' real layouts, synthetic, and
 * holding the published population figures.
 */
class SampleDataGeneratorTests {

	@TempDir
	static Path generated;

	@BeforeAll
	static void generate() throws IOException {
		new SampleDataGenerator(generated, 1, SampleDataGenerator.DEFAULT_SEED, true).generate();
	}

	@Test
	void committedSampleIsTheGeneratorsOutput() throws IOException {
		List<Path> files = files(generated);
		assertThat(files(Path.of("sample-data")).stream().filter((f) -> !f.toString().endsWith(".md")))
			.as("run `java -Dloader.path=target/care-warehouse-tools.jar -jar target/care-warehouse.jar generate` after changing the generator")
			.containsExactlyElementsOf(files);
		for (Path file : files) {
			assertThat(Files.readAllBytes(Path.of("sample-data").resolve(file))).as(file.toString())
				.isEqualTo(Files.readAllBytes(generated.resolve(file)));
		}
	}

	@Test
	void servicesFilesHaveTheClientLevelDataHeaderAndFourBrokenRowsEach() throws IOException {
		for (Path file : files(generated.resolve("case-management"))) {
			List<CSVRecord> rows = rows(generated.resolve("case-management").resolve(file));
			assertThat(rows.get(0).values()).containsExactly(Extracts.SERVICES_HEADER);
			assertThat(rows.stream().filter((r) -> r.get(19).endsWith("-BAD"))).hasSize(BadRows.PER_FILE);
		}
	}

	@Test
	void everyNhsNumberIsInTheTestRangeAndValidButTheDeliberateOne() throws IOException {
		for (Path file : files(generated.resolve("case-management"))) {
			for (CSVRecord row : rows(generated.resolve("case-management").resolve(file)).stream().skip(1).toList()) {
				assertThat(row.get(3)).as(file + " line " + row.getRecordNumber()).startsWith("999");
				assertThat(NhsNumber.isValid(row.get(3)) || row.get(3).equals("9990000017")).as(row.get(3)).isTrue();
			}
		}
	}

	@Test
	void populationHoldsTheRealMid2021FiguresAndThePublishedOnes() {
		Population population = Population.load();
		assertThat(population.people("E10000012", 2021, 65, 90)).isEqualTo(311_792);
		assertThat(population.people("E10000012", 2021, 18, 64)).isEqualTo(880_962);
		assertThat(population.people("E08000014", 2021, 65, 90)).isEqualTo(65_158);
		assertThat(population.people("E08000014", 2021, 18, 64)).isEqualTo(161_530);
		assertThat(population.people("E06000049", 2021, 18, 64)).isEqualTo(232_126);
		assertThat(population.people("E06000049", 2021, 65, 90)).isEqualTo(89_985);
		assertThat(population.people("E08000014", 2017, 18, 64)).isEqualTo(157_400);
		assertThat(population.people("E08000014", 2017, 65, 79)).isEqualTo(46_517);
		assertThat(population.people("E08000014", 2017, 80, 89)).isEqualTo(17_617);
		assertThat(population.people("E08000014", 2017, 90, 90)).isEqualTo(3_300);
		assertThat(population.people("E06000049", 2020, 65, 90)).isEqualTo(89_500);
	}

	/**
	 * Sefton's market position statement: adults with a learning disability 3,799 in 2019
	 * and 3,594 by 2030, moderate or severe 861 and 824; Cheshire East's older people up
	 * 32.4% (2023 to 2035).
	 */
	@Test
	void projectionsHoldThePublishedProjectedFigures() {
		PopulationProjections projections = new PopulationProjections(Population.load());
		String sefton = "E08000014";
		assertThat(Math.round(projections.prevalence(sefton, 2019, PopulationProjections.LEARNING_DISABILITY)))
			.isEqualTo(3_799);
		assertThat(Math.round(projections.prevalence(sefton, 2030, PopulationProjections.LEARNING_DISABILITY)))
			.isEqualTo(3_594);
		assertThat(Math.round(projections.prevalence(sefton, 2019, PopulationProjections.MODERATE_OR_SEVERE)))
			.isEqualTo(861);
		assertThat(Math.round(projections.prevalence(sefton, 2030, PopulationProjections.MODERATE_OR_SEVERE)))
			.isEqualTo(824);
		assertThat(projections.people(sefton, 2019, 18, 64)).isBetween(150_000L, 175_000L);
		double growth = (double) projections.people("E06000049", 2035, 65, 90)
				/ projections.people("E06000049", 2023, 65, 90);
		assertThat(Math.round(growth * 1000)).isEqualTo(1324);
	}

	@Test
	void scaleMultipliesTheActivity(@TempDir Path twice) throws IOException {
		new SampleDataGenerator(twice, 2, SampleDataGenerator.DEFAULT_SEED, false).generate();
		long once = rows(generated.resolve("case-management/services-E08000011-2023-24.csv.gz")).size();
		long doubled = rows(twice.resolve("case-management/services-E08000011-2023-24.csv")).size();
		assertThat(doubled).isBetween(once * 2 - 200, once * 2 + 200);
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
		}
	}

	static List<CSVRecord> rows(Path file) throws IOException {
		try (Reader reader = new InputStreamReader(file.toString().endsWith(".gz")
				? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file),
				StandardCharsets.UTF_8)) {
			return new ArrayList<>(CSVFormat.DEFAULT.parse(reader).getRecords());
		}
	}

}
