package org.carewarehouse.nightly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;

import org.carewarehouse.Command;
import org.carewarehouse.warehouse.Catalog;
import org.carewarehouse.warehouse.QueryFormat;
import org.carewarehouse.warehouse.SqlTemplate;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * {@code status}: the last nights with their outcome, exit code, rows and duration. It
 * reads the run history the warehouse publishes ({@code load_runs}, Parquet under
 * {@code history/}, written as each step commits) through the query sandbox, not the job
 * repository: an H2 repository is locked by the live run, and the history needs neither
 * the repository nor the run lock, so status never waits for a run and never holds one
 * up.
 */
@Component
class StatusCommand implements Command<StatusOptions> {

	private final Catalog catalog;

	StatusCommand(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public Class<StatusOptions> options() {
		return StatusOptions.class;
	}

	@Override
	public int run(StatusOptions options) throws IOException {
		if (options.last() < 1) {
			System.err.println("--last takes a number of runs from 1");
			return USAGE;
		}
		this.catalog.requirePublished();
		String sql = new SqlTemplate("status.sql",
				new ClassPathResource("status.sql", StatusCommand.class).getContentAsString(StandardCharsets.UTF_8))
			.fill(Map.of("last", Integer.toString(options.last())));
		try {
			this.catalog.query(sql, (rows) -> QueryFormat.TABLE.print(rows, System.out));
			return OK;
		}
		catch (SQLException ex) {
			System.err.println("status failed: " + ex.getMessage());
			return FAILED;
		}
	}

}
