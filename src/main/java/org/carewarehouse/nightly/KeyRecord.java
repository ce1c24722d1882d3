package org.carewarehouse.nightly;

import java.util.function.Supplier;

import org.apache.hadoop.conf.Configuration;
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

	private final RunsNote record;

	private final Supplier<Pseudonymiser> pseudonymiser;

	/**
	 * Creates the record.
	 * @param layout the warehouse's folders
	 * @param hadoop the file system configuration
	 * @param pseudonymiser tonight's key, asked for only when a night runs (the bundled
	 * sample's is created on first use)
	 */
	KeyRecord(RunLayout layout, Configuration hadoop, Supplier<Pseudonymiser> pseudonymiser) {
		this.record = new RunsNote(layout, hadoop, "KEY-CHECK");
		this.pseudonymiser = pseudonymiser;
	}

	/**
	 * Why tonight's key may not run into this warehouse.
	 * @return the reason, or {@code null} if the key is the recorded one or none is
	 * recorded
	 */
	@Nullable String problem() {
		String recorded = this.record.read();
		if (recorded == null || recorded.strip().equals(this.pseudonymiser.get().check())) {
			return null;
		}
		return "The pseudonymisation key is not the one this warehouse's person keys were made with (its check is "
				+ this.record.file()
				+ "): every person would get a new key, and the rows kept from the published run for a "
				+ "refused file would keep the old ones, so one person would count as two. Set the key it was built "
				+ "with (CARE_PSEUDONYMISATION_KEY or the file care.pseudonymisation.key-file names); to change keys "
				+ "on purpose, give the new key a new care.warehouse.root.";
	}

	/** Records tonight's key as the published warehouse's. */
	void record() {
		this.record.write(this.pseudonymiser.get().check() + "\n");
	}

}
