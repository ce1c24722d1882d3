package org.carewarehouse.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes the synthetic sample as source-system extracts: {@code case-management/} (adult
 * services, CLD), {@code nhs-partner/} (hospital discharges), {@code children/}
 * (SSDA903), {@code finance/} (ledger, budgets, cost centres, commitments),
 * {@code workforce/} (ASC-WDS), {@code jsna/} (Fingertips), {@code population/} (ONS
 * MYEB1 estimates and projections), {@code commissioning/} (plans), {@code market/} (the
 * CQC care directory) and {@code national/} (the published ASC-FR and ASCOF files). The
 * same seed and scale always give the same bytes.
 */
public final class SampleDataGenerator {

	/** The seed of the committed sample. */
	public static final long DEFAULT_SEED = 20240331L;

	/** Room in the 999 NHS test range for each council's invented people. */
	private static final long NHS_SERIALS_PER_COUNCIL = 90_000;

	private final Path root;

	private final int scale;

	private final long seed;

	private final CsvFiles files;

	/**
	 * Creates a generator.
	 * @param root the folder to write the source-system folders into
	 * @param scale how many times the calibrated activity to write (1 for the sample)
	 * @param seed the random seed
	 * @param compress whether to write gzip-compressed {@code .csv.gz} files
	 */
	public SampleDataGenerator(Path root, int scale, long seed, boolean compress) {
		this.root = root;
		this.scale = scale;
		this.seed = seed;
		this.files = new CsvFiles(compress);
	}

	/**
	 * Writes every extract.
	 * @throws IOException if a file cannot be written
	 */
	public void generate() throws IOException {
		Population population = Population.load();
		population.write(this.root.resolve("population"), this.files);
		new PopulationProjections(population).write(this.root.resolve("population"), this.files);
		new FingertipsExtract(population).write(this.root, this.files);
		for (Council council : Council.ALL) {
			int index = Council.ALL.indexOf(council);
			SplittableRandom random = new SplittableRandom(this.seed + 7919L * index);
			Identities ids = new Identities(council, random, index * NHS_SERIALS_PER_COUNCIL);
			FinanceBook finance = new FinanceBook(council);
			try (Extracts out = new Extracts(this.root, council, this.files)) {
				CouncilSample sample = new CouncilSample(council, ids, out, population, this.scale, finance);
				CareHomeCosts costs = new CareHomeCosts(costFactor(index));
				new CareHomeActivity(sample, costs).generate();
				new ReablementActivity(sample).generate();
				new CommunityActivity(sample).generate();
				new BadRows(sample).generate();
				new HardCases(sample, costs, stream(index, 4), index * NHS_SERIALS_PER_COUNCIL).generate();
				new SeftonMarket(sample, stream(index, 5), index * NHS_SERIALS_PER_COUNCIL).generate();
			}
			new ChildrenActivity(council, stream(index, 1), finance).generate(population, this.root, this.files);
			new WorkforceActivity(council, stream(index, 2)).generate(population, this.root, this.files);
			finance.write(this.root, this.files, stream(index, 3));
		}
		new CommissioningPlans().write(this.root, this.files);
		new CareDirectory(population).write(this.root, this.files);
		new NationalFiles(population).write(this.root, this.files);
	}

	/**
	 * A random stream of its own for each later part of a council's sample, so that
	 * adding one leaves the others' output as it was.
	 */
	private SplittableRandom stream(int council, int part) {
		return new SplittableRandom(this.seed + 7919L * council + 104_729L * part);
	}

	/** Sefton's fees are its published ones; the others' differ by up to 15%. */
	private static double costFactor(int council) {
		return (council == 0) ? 1.0 : 0.9 + (council * 7 % 10) * 0.028;
	}

}
