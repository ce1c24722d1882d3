package org.carewarehouse.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks a night's settings against the feeds before anything runs: a required feed that
 * does not exist, or a sources folder holding none of the feeds' folders, is a mistyped
 * setting, and a run on it would publish an empty warehouse.
 */
public final class SourcesCheck {

	private final Set<String> feeds = new TreeSet<>();

	/**
	 * Each source system folder, in name order, and its file patterns, one per feed read
	 * from it.
	 */
	private final Map<String, List<String>> patterns = new TreeMap<>();

	private final List<String> required;

	/**
	 * Creates the check.
	 * @param feeds every feed
	 * @param properties the feed settings, naming the required feeds
	 */
	public SourcesCheck(List<Feed<?>> feeds, FeedProperties properties) {
		feeds.forEach((feed) -> {
			this.feeds.add(feed.contract().name());
			this.patterns.computeIfAbsent(feed.contract().sourceFolder(), (folder) -> new ArrayList<>())
				.add(feed.contract().filePattern());
		});
		// an empty setting binds as one blank name
		this.required = properties.required().stream().filter((name) -> !name.isBlank()).toList();
	}

	/**
	 * What is wrong with the settings of a run.
	 * @param sources the folder holding one folder per source system
	 * @return one sentence per problem; empty if the run may start
	 */
	public List<String> problems(Path sources) {
		List<String> problems = new ArrayList<>();
		for (String name : this.required) {
			if (!this.feeds.contains(name)) {
				problems.add("care.feeds.required names '" + name + "', which is not a feed; the feeds are "
						+ String.join(", ", this.feeds));
			}
		}
		Path root = sources.toAbsolutePath().normalize();
		if (!Files.isDirectory(root)) {
			problems.add(
					"The sources folder " + root + (Files.exists(root) ? " is a file, not a folder" : " does not exist")
							+ "; check --sources or care.sources");
		}
		else if (this.patterns.keySet().stream().noneMatch((folder) -> Files.isDirectory(root.resolve(folder)))) {
			problems.add("The sources folder " + root + " holds none of the source system folders ("
					+ String.join(", ", this.patterns.keySet()) + "); check --sources or care.sources");
		}
		return problems;
	}

	/**
	 * The files in the source system folders that no feed reads: a file named
	 * {@code LEDGER-...CSV} would otherwise be left out without a word. Hidden files
	 * ({@code .DS_Store}) and notes beside the extracts (a README, a licence) are not
	 * named.
	 * @param sources the folder holding one folder per source system
	 * @return one sentence per file, for the log; empty if every file is read
	 */
	public List<String> ignoredFiles(Path sources) {
		List<String> ignored = new ArrayList<>();
		this.patterns.forEach((folder, globs) -> {
			Path dir = sources.resolve(folder);
			if (!Files.isDirectory(dir)) {
				return;
			}
			List<PathMatcher> matchers = globs.stream()
				.map((glob) -> dir.getFileSystem().getPathMatcher("glob:" + glob))
				.toList();
			try (Stream<Path> files = Files.list(dir)) {
				files.map(Path::getFileName)
					.filter((name) -> !notes(name.toString()))
					.filter((name) -> matchers.stream().noneMatch((matcher) -> matcher.matches(name)))
					.sorted()
					.forEach((name) -> ignored.add(folder + "/" + name + " is read by no feed: the files of " + folder
							+ "/ are " + String.join(", ", globs) + " (names are case-sensitive)"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list " + dir, ex);
			}
		});
		return ignored;
	}

	private static boolean notes(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.startsWith(".") || lower.startsWith("readme") || lower.startsWith("licence")
				|| lower.startsWith("license") || lower.endsWith(".md") || lower.endsWith(".pdf");
	}

}
