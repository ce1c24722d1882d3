package org.carewarehouse.warehouse;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The options of {@code relocate}.
 */
@Command(name = "relocate",
		description = { "Point the catalog's views at the warehouse where it is now (care.warehouse.root),",
				"for a warehouse moved or mounted at another path than the one it was built at." })
public final class RelocateOptions {

	@Option(names = "--out", paramLabel = "FILE",
			description = "Write the relocated catalog to FILE (default: replace the catalog itself).")
	private @Nullable Path out;

	public @Nullable Path out() {
		return this.out;
	}

}
