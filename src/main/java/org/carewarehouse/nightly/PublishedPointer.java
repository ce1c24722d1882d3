package org.carewarehouse.nightly;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.carewarehouse.warehouse.RunLayout;
import org.jspecify.annotations.Nullable;

/**
 * {@code runs/PUBLISHED}: the run folder the catalog reads, then the one it replaced.
 * Only a run holding the run lock reads or moves it.
 */
class PublishedPointer {

	private final RunsNote pointer;

	PublishedPointer(RunLayout layout, Configuration hadoop) {
		this.pointer = new RunsNote(layout, hadoop, "PUBLISHED");
	}

	/**
	 * The published run folder and the one before it, as far as they are known.
	 * @return up to two folders, newest first
	 */
	List<String> runs() {
		String text = this.pointer.read();
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).limit(2).toList();
	}

	/**
	 * The business date of the published run.
	 * @return the date, or {@code null} if nothing is published yet
	 */
	@Nullable LocalDate asOf() {
		List<String> runs = runs();
		if (runs.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(new Path(runs.get(0)).getParent().getName());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * Points at a newly published run, remembering the one it replaced.
	 * @param run the run folder now published
	 * @return the run folder it replaced, or an empty string
	 */
	String moveTo(Path run) {
		List<String> runs = runs();
		String previous = runs.isEmpty() ? "" : runs.get(0);
		this.pointer.write(run + "\n" + previous + "\n");
		return previous;
	}

}
