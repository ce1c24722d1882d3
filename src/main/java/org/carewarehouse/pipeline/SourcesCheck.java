package org.carewarehouse.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a night's settings against the feeds before anything runs: a required feed that
 * does not exist, or a sources folder holding none of the feeds' folders, is a mistyped
 * setting, and a run on it would publish an empty warehouse.
 */
public final class SourcesCheck {

	private final Set<String> feeds = new TreeSet<>();

	private final Set<String> folders = new TreeSet<>();

	private final List<String> required;

	/**
	 * Creates the check.
	 * @param feeds every feed
	 * @param properties the feed settings, naming the required feeds
	 */
	public SourcesCheck(List<Feed<?>> feeds, FeedProperties properties) {
		feeds.forEach((feed) -> {
			this.feeds.add(feed.contract().name());
			this.folders.add(feed.contract().sourceFolder());
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
		else if (this.folders.stream().noneMatch((folder) -> Files.isDirectory(root.resolve(folder)))) {
			problems.add("The sources folder " + root + " holds none of the source system folders ("
					+ String.join(", ", this.folders) + "); check --sources or care.sources");
		}
		return problems;
	}

}
