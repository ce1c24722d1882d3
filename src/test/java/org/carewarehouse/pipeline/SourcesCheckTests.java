package org.carewarehouse.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SourcesCheckTests {

	private static final List<Feed<?>> FEEDS = List.of(feed("adult-services", "case-management"),
			feed("finance-ledger", "finance"));

	@TempDir
	Path sources;

	@Test
	void aSourcesFolderWithOneFeedFolderPasses() throws Exception {
		Files.createDirectories(this.sources.resolve("finance"));

		assertThat(check(List.of("")).problems(this.sources)).isEmpty();
		assertThat(check(List.of("finance-ledger")).problems(this.sources)).isEmpty();
	}

	@Test
	void aSourcesFolderWithNoFeedFolderIsRefusedByName() throws Exception {
		Files.createDirectories(this.sources.resolve("case_management"));

		assertThat(check(List.of()).problems(this.sources)).containsExactly("The sources folder " + this.sources
				+ " holds none of the source system folders (case-management, finance); check --sources or care.sources");
	}

	/**
	 * Finance/ copied from a Windows share: on a case-sensitive file system no feed read
	 * it, and the night published without finance and exited 0.
	 */
	@Test
	void aSourceSystemFolderInAnotherCaseIsRefusedByName() throws Exception {
		Files.createDirectories(this.sources.resolve("case-management"));
		Files.createDirectories(this.sources.resolve("Finance"));
		assumeTrue(!Files.exists(this.sources.resolve("finance")), "a file system that tells case apart");

		assertThat(check(List.of()).problems(this.sources)).containsExactly(this.sources.resolve("Finance")
				+ " is not read: the source system folder is finance/ (folder names are case-sensitive); rename it, "
				+ "or move it out of the sources folder");
		// beside the folder itself, a stray copy is as wrong
		Files.createDirectories(this.sources.resolve("finance"));
		assertThat(check(List.of()).problems(this.sources)).hasSize(1);
		// and alone, named with the folders it should have held
		Files.delete(this.sources.resolve("finance"));
		Files.delete(this.sources.resolve("case-management"));
		assertThat(check(List.of()).problems(this.sources)).hasSize(2);
	}

	@Test
	void aFolderThatIsNoSourceSystemsIsNamed() throws Exception {
		Files.createDirectories(this.sources.resolve("finance"));
		Files.createDirectories(this.sources.resolve("finanace"));
		Files.createDirectories(this.sources.resolve(".git"));

		assertThat(check(List.of()).problems(this.sources)).isEmpty();
		assertThat(check(List.of()).ignoredFiles(this.sources)).containsExactly(
				"finanace/ is no source system folder, so nothing in it is read: they are case-management, finance");
	}

	@Test
	void aMissingSourcesFolderIsRefused() {
		assertThat(check(List.of()).problems(this.sources.resolve("sampel-data"))).containsExactly("The sources folder "
				+ this.sources.resolve("sampel-data") + " does not exist; check --sources or care.sources");
	}

	@Test
	void aFileGivenAsTheSourcesFolderIsRefusedAsAFile() throws Exception {
		Path file = Files.writeString(this.sources.resolve("ledger.csv"), "Council\n");

		assertThat(check(List.of()).problems(file)).containsExactly(
				"The sources folder " + file + " is a file, not a folder; check --sources or care.sources");
	}

	@Test
	void filesNoFeedReadsAreNamedButNotHiddenFilesOrNotes() throws Exception {
		Path finance = Files.createDirectories(this.sources.resolve("finance"));
		Files.writeString(finance.resolve("ledger-E08000014-2024-25.csv"), "read");
		Files.writeString(finance.resolve("ledger-E08000013-2024-25.CSV"), "read: the extension's case is free");
		Files.writeString(finance.resolve("ledger-E08000014-2024-25.xlsx"), "not read");
		Files.writeString(finance.resolve("notes.txt"), "not read");
		Files.writeString(finance.resolve(".DS_Store"), "hidden");
		Files.writeString(finance.resolve("README.md"), "notes on the extracts");
		Files.writeString(finance.resolve("LICENCE"), "terms");
		Files.createDirectories(this.sources.resolve("case-management"));

		assertThat(check(List.of()).ignoredFiles(this.sources)).containsExactly(
				"finance/ledger-E08000014-2024-25.xlsx is read by no feed: the files of finance/ are *.csv "
						+ "(names are case-sensitive but for the extension)",
				"finance/notes.txt is read by no feed: the files of finance/ are *.csv "
						+ "(names are case-sensitive but for the extension)");
	}

	@Test
	void filesThatWouldLoadAsOneAreRefusedByName() throws Exception {
		// a file's rows are stored under its name without the extension: one of the two
		// would replace the other's rows while both were counted as loaded
		Path finance = Files.createDirectories(this.sources.resolve("finance"));
		Files.writeString(finance.resolve("ledger-E08000014-2024-25.csv"), "plain");
		Files.writeString(finance.resolve("ledger-E08000014-2024-25.csv.gz"), "compressed");
		Files.writeString(finance.resolve("ledger-E08000014-2023-24.csv"), "another year");
		Files.writeString(finance.resolve("ledger-E08000014-2020-21.csv"), "lower case");
		Files.writeString(finance.resolve("ledger-E08000014-2020-21.CSV"), "upper case");
		Files.writeString(finance.resolve("ledger-E08000014 2022-23.csv"), "a space");
		Files.writeString(finance.resolve("ledger-E08000014_2022-23.csv"), "an underscore");
		Files.createDirectories(finance.resolve("ledger-E08000014-2021-22.csv"));
		Files.writeString(finance.resolve("ledger-E08000014-2021-22.csv.gz"), "beside a folder of its name");
		SourcesCheck check = check(List.of(feed("finance-ledger", "finance", "ledger-*.{csv,csv.gz}")), List.of());

		assertThat(check.problems(this.sources)).containsExactly(
				"finance/ holds ledger-E08000014-2020-21.CSV and ledger-E08000014-2020-21.csv, which would load "
						+ "as the same file; keep one of them",
				"finance/ holds ledger-E08000014-2024-25.csv and ledger-E08000014-2024-25.csv.gz, which would load "
						+ "as the same file; keep one of them",
				"finance/ holds ledger-E08000014 2022-23.csv and ledger-E08000014_2022-23.csv, which would load as "
						+ "the same file; keep one of them");
	}

	/**
	 * A resubmission named as the services feed names one ({@code -r2}) beside the file
	 * it corrects: the services models put it in the original's place, but every ledger
	 * file counts, so there both would.
	 */
	@Test
	void aResubmissionBesideItsOriginalIsRefusedWhereEveryFileCounts() throws Exception {
		Path finance = Files.createDirectories(this.sources.resolve("finance"));
		Files.writeString(finance.resolve("ledger-E08000014-2023-24.csv"), "original");
		Files.writeString(finance.resolve("ledger-E08000014-2023-24-R2.csv.gz"), "resubmitted");
		Files.writeString(finance.resolve("ledger-E08000014-2022-23-r2.csv"), "alone, so it counts once");
		Path services = Files.createDirectories(this.sources.resolve("case-management"));
		Files.writeString(services.resolve("services-E08000014-2023-24.csv"), "original");
		Files.writeString(services.resolve("services-E08000014-2023-24-r2.csv"), "replaces it");
		SourcesCheck check = check(List.of(feed("finance-ledger", "finance", "ledger-*.{csv,csv.gz}"),
				feed("adult-services", "case-management", "services-*.{csv,csv.gz}", true)), List.of());

		assertThat(check.problems(this.sources)).containsExactly("finance/ holds ledger-E08000014-2023-24-R2.csv.gz "
				+ "and ledger-E08000014-2023-24.csv: every file of this feed counts, so a resubmission beside the file it "
				+ "corrects would count twice; send the corrected file under the original's name, or keep one of them");
	}

	@Test
	void anUnknownRequiredFeedIsRefusedByName() throws Exception {
		Files.createDirectories(this.sources.resolve("finance"));

		assertThat(check(List.of("adult-services", "finance-ledgers")).problems(this.sources))
			.containsExactly("care.feeds.required names 'finance-ledgers', which is not a feed; the feeds are "
					+ "adult-services, finance-ledger");
	}

	private static SourcesCheck check(List<String> required) {
		return check(FEEDS, required);
	}

	private static SourcesCheck check(List<Feed<?>> feeds, List<String> required) {
		return new SourcesCheck(feeds, new FeedProperties(1000, 20, 2, required, java.math.BigDecimal.valueOf(5), 1000,
				java.math.BigDecimal.valueOf(50), 5, 0));
	}

	private static Feed<?> feed(String name, String folder) {
		return feed(name, folder, "*.csv");
	}

	private static Feed<?> feed(String name, String folder, String pattern) {
		return feed(name, folder, pattern, false);
	}

	private static Feed<?> feed(String name, String folder, String pattern, boolean resubmissions) {
		Contract contract = new Contract(name, "", pattern, folder, false, List.of(), List.of(), null, null, null, null,
				null, null, resubmissions, List.of());
		return Feed.of(contract, RuleCatalogue.TABLE, List.of(), () -> (row) -> null);
	}

}
