package org.carewarehouse.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.carewarehouse.warehouse.LocalMirror;
import org.carewarehouse.warehouse.RunLayout;

/**
 * Decides which runs' files to keep: the run just published, the one it replaced (an
 * analyst may still hold the old catalog open), and one published run per night within
 * the retention period as a snapshot. Runs replaced by a rerun of their night go, and
 * their local mirror with them.
 */
class Retention {

	private static final Log logger = LogFactory.getLog(Retention.class);

	private final RunLayout layout;

	private final int retentionDays;

	private final Configuration hadoop;

	private final PublishedPointer pointer;

	private final LocalMirror mirror;

	Retention(RunLayout layout, int retentionDays, Configuration hadoop, PublishedPointer pointer, LocalMirror mirror) {
		this.mirror = mirror;
		this.layout = layout;
		this.retentionDays = retentionDays;
		this.hadoop = hadoop;
		this.pointer = pointer;
	}

	/** A run now published: it and the run it replaced stay. */
	void published(LocalDate asOf, Path run) {
		String previous = this.pointer.moveTo(run);
		prune(asOf, Set.of(run.toUri().getPath(), new Path(previous.isEmpty() ? "/" : previous).toUri().getPath()));
	}

	/**
	 * A run of an earlier night than the one published, kept as that night's snapshot: it
	 * replaces the night's earlier runs, and the published runs stay.
	 */
	void kept(LocalDate asOf, Path run) {
		Set<String> keep = new HashSet<>();
		keep.add(run.toUri().getPath());
		this.pointer.runs().forEach((published) -> keep.add(new Path(published).toUri().getPath()));
		prune(asOf, keep);
	}

	private void prune(LocalDate asOf, Set<String> keep) {
		try {
			prune(new Path(this.layout.root()).getFileSystem(this.hadoop), asOf, keep);
			this.mirror.prune();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prune old runs under " + this.layout.root(), ex);
		}
	}

	private void prune(FileSystem fs, LocalDate asOf, Set<String> keep) throws IOException {
		Path runs = new Path(new Path(this.layout.root()), "runs");
		for (FileStatus night : fs.listStatus(runs, (p) -> !p.getName().equals("PUBLISHED"))) {
			LocalDate date = parse(night.getPath().getName());
			if (date == null) {
				continue;
			}
			boolean expired = date.isBefore(asOf.minusDays(this.retentionDays));
			for (Path candidate : superseded(fs, night.getPath(), date.equals(asOf) || expired)) {
				if (!keep.contains(candidate.toUri().getPath())) {
					logger.info("Removing superseded or expired run " + candidate);
					fs.delete(candidate, true);
				}
			}
		}
	}

	/** Every run of a night if the night is tonight's or expired, otherwise none. */
	private List<Path> superseded(FileSystem fs, Path night, boolean prunable) throws IOException {
		List<Path> runs = new ArrayList<>();
		if (prunable) {
			for (FileStatus run : fs.listStatus(night)) {
				runs.add(run.getPath());
			}
		}
		return runs;
	}

	private static LocalDate parse(String name) {
		try {
			return LocalDate.parse(name);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
