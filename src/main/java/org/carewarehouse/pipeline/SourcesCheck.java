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
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Checks a night's settings against the feeds before anything runs: a required feed that
 * does not exist, or a sources folder holding none of the feeds' folders, is a mistyped
 * setting, and a run on it would publish an empty warehouse; two files that would load as
 * one would lose one's rows.
 */
public final class SourcesCheck {

	private static final Pattern RESUBMISSION = Pattern.compile("(?i)-r[0-9]+$");

	private final Set<String> feeds = new TreeSet<>();

	/**
	 * Each source system folder, in name order, and its file patterns, one per feed read
	 * from it.
	 */
	private final Map<String, List<String>> patterns = new TreeMap<>();

	/**
	 * Each source system folder's file patterns of the feeds that count every file's
	 * rows, where a {@code -r2} beside its original would count twice.
	 */
	private final Map<String, List<String>> additive = new TreeMap<>();

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
			if (!feed.contract().resubmissions()) {
				this.additive.computeIfAbsent(feed.contract().sourceFolder(), (folder) -> new ArrayList<>())
					.add(feed.contract().filePattern());
			}
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
			problems.addAll(miscased(root));
		}
		else {
			problems.addAll(miscased(root));
			problems.addAll(sameParts(root));
			problems.addAll(resubmitted(root));
		}
		return problems;
	}

	/**
	 * Folders named as a source system's folder in another case ({@code Finance/}, as a
	 * copy from a Windows share may name it): on a case-sensitive file system no feed
	 * reads them, and the night would publish without that system's data and exit 0.
	 */
	private List<String> miscased(Path root) {
		List<String> problems = new ArrayList<>();
		for (Path name : names(root)) {
			String found = name.toString();
			String system = system(found);
			if (system != null && !system.equals(found) && Files.isDirectory(root.resolve(name))
					&& !sameFolder(root.resolve(name), root.resolve(system))) {
				problems.add(root.resolve(name) + " is not read: the source system folder is " + system
						+ "/ (folder names are case-sensitive); rename it, or move it out of the sources folder");
			}
		}
		return problems;
	}

	/** The source system folder a name is, in any case; {@code null} if none. */
	private @Nullable String system(String name) {
		return this.patterns.keySet().stream().filter(name::equalsIgnoreCase).findFirst().orElse(null);
	}

	/** Whether two names are one folder, as on a file system that ignores case. */
	private static boolean sameFolder(Path one, Path other) {
		try {
			return Files.exists(other) && Files.isSameFile(one, other);
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Files that would load as one: a file's rows are stored under its name without the
	 * extension ({@link TableItemWriter#partName}), so {@code x.csv} beside
	 * {@code x.csv.gz} would each replace the other's rows in the warehouse while both
	 * were counted as loaded.
	 */
	private List<String> sameParts(Path root) {
		return clashes(root, this.patterns, TableItemWriter::partName, (names) -> names.size() > 1,
				", which would load as the same file; keep one of them");
	}

	/**
	 * A resubmission ({@code ledger-E08000014-2023-24-r2.csv}) beside the file it
	 * corrects, for a feed that counts every file's rows: only the services and
	 * population files are put in their originals' place by name, so here both would
	 * count. Two files of one part are {@link #sameParts}' to name.
	 */
	private List<String> resubmitted(Path root) {
		return clashes(root, this.additive,
				(name) -> RESUBMISSION.matcher(TableItemWriter.partName(name)).replaceFirst(""),
				(names) -> names.stream().map(TableItemWriter::partName).distinct().count() > 1,
				": every file of this feed counts, so a resubmission beside the file it corrects would count "
						+ "twice; send the corrected file under the original's name, or keep one of them");
	}

	/**
	 * The files of each folder that share a key and clash, named in one problem per
	 * group.
	 */
	private static List<String> clashes(Path root, Map<String, List<String>> patterns, Function<String, String> key,
			Predicate<List<String>> clash, String why) {
		List<String> problems = new ArrayList<>();
		patterns.forEach((folder, globs) -> {
			Map<String, List<String>> byKey = new TreeMap<>();
			read(root.resolve(folder), globs)
				.forEach((name) -> byKey.computeIfAbsent(key.apply(name), (k) -> new ArrayList<>()).add(name));
			byKey.values()
				.stream()
				.filter(clash)
				.forEach((names) -> problems.add(folder + "/ holds " + String.join(" and ", names) + why));
		});
		return problems;
	}

	/** The names of the regular files in a folder that the feeds' patterns match. */
	private static List<String> read(Path dir, List<String> globs) {
		List<PathMatcher> matchers = matchers(dir, globs);
		return names(dir).stream()
			.filter((name) -> Files.isRegularFile(dir.resolve(name)))
			.filter((name) -> matchers.stream().anyMatch((matcher) -> SourceFiles.matches(matcher, name)))
			.map(Path::toString)
			.toList();
	}

	/** The names in a folder, sorted; none if it is not a folder. */
	private static List<Path> names(Path dir) {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(Path::getFileName).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + dir, ex);
		}
	}

	private static List<PathMatcher> matchers(Path dir, List<String> globs) {
		return globs.stream().map((glob) -> dir.getFileSystem().getPathMatcher("glob:" + glob)).toList();
	}

	/**
	 * The folders of the sources folder that are no source system's ({@code finanace/})
	 * and the files in the source system folders that no feed reads: a file named
	 * {@code LEDGER-...CSV} would otherwise be left out without a word. Hidden files and
	 * folders ({@code .DS_Store}) and notes beside the extracts (a README, a licence) are
	 * not named.
	 * @param sources the folder holding one folder per source system
	 * @return one sentence per file, for the log; empty if every file is read
	 */
	public List<String> ignoredFiles(Path sources) {
		List<String> ignored = new ArrayList<>();
		names(sources).stream()
			.filter((name) -> Files.isDirectory(sources.resolve(name)) && !notes(name.toString())
					&& system(name.toString()) == null)
			.forEach((name) -> ignored.add(name + "/ is no source system folder, so nothing in it is read: they are "
					+ String.join(", ", this.patterns.keySet())));
		this.patterns.forEach((folder, globs) -> {
			Path dir = sources.resolve(folder);
			List<PathMatcher> matchers = matchers(dir, globs);
			names(dir).stream()
				.filter((name) -> !notes(name.toString()))
				.filter((name) -> matchers.stream().noneMatch((matcher) -> SourceFiles.matches(matcher, name)))
				.forEach((name) -> ignored.add(folder + "/" + name + " is read by no feed: the files of " + folder
						+ "/ are " + String.join(", ", globs) + " (names are case-sensitive but for the extension)"));
		});
		return ignored;
	}

	private static boolean notes(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.startsWith(".") || lower.startsWith("readme") || lower.startsWith("licence")
				|| lower.startsWith("license") || lower.endsWith(".md") || lower.endsWith(".pdf");
	}

}
