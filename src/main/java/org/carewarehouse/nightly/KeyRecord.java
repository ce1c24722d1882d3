package org.carewarehouse.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.carewarehouse.privacy.Pseudonymiser;
import org.carewarehouse.warehouse.RunLayout;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a night keyed with another pseudonymisation key than the published warehouse's
 * person keys were made with. Every person would get a new key, and the rows kept from
 * the published run for a file refused that night would keep the old ones: one person
 * counted as two. The key is recorded as its check value ({@link Pseudonymiser#check()})
 * in {@code runs/KEY-CHECK} after each published night; a warehouse without the file is
 * not checked.
 */
class KeyRecord {

	private final Path file;

	private final Configuration hadoop;

	private final Supplier<Pseudonymiser> pseudonymiser;

	/**
	 * Creates the record.
	 * @param layout the warehouse's folders
	 * @param hadoop the file system configuration
	 * @param pseudonymiser tonight's key, asked for only when a night runs (the bundled
	 * sample's is created on first use)
	 */
	KeyRecord(RunLayout layout, Configuration hadoop, Supplier<Pseudonymiser> pseudonymiser) {
		this.file = new Path(layout.runs(), "KEY-CHECK");
		this.hadoop = hadoop;
		this.pseudonymiser = pseudonymiser;
	}

	/**
	 * Why tonight's key may not run into this warehouse.
	 * @return the reason, or {@code null} if the key is the recorded one or none is
	 * recorded
	 */
	@Nullable String problem() {
		String recorded = recorded();
		if (recorded == null || recorded.equals(this.pseudonymiser.get().check())) {
			return null;
		}
		return "The pseudonymisation key is not the one this warehouse's person keys were made with (its check is "
				+ this.file + "): every person would get a new key, and the rows kept from the published run for a "
				+ "refused file would keep the old ones, so one person would count as two. Set the key it was built "
				+ "with (CARE_PSEUDONYMISATION_KEY or the file care.pseudonymisation.key-file names); to change keys "
				+ "on purpose, give the new key a new care.warehouse.root.";
	}

	/** Records tonight's key as the published warehouse's. */
	void record() {
		try (FSDataOutputStream out = this.file.getFileSystem(this.hadoop).create(this.file, true)) {
			out.write((this.pseudonymiser.get().check() + "\n").getBytes(StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.file, ex);
		}
	}

	private @Nullable String recorded() {
		try {
			FileSystem fs = this.file.getFileSystem(this.hadoop);
			if (!fs.exists(this.file)) {
				return null;
			}
			try (var in = fs.open(this.file)) {
				return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.file, ex);
		}
	}

}
