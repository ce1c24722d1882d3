package org.carewarehouse.warehouse;

import java.sql.SQLException;
import java.util.List;

import org.carewarehouse.Command;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code query "SQL"}: runs a read-only query against the published catalog, for machines
 * without the DuckDB command line.
 */
@Component
class QueryCommand implements Command {

	private final Catalog catalog;

	QueryCommand(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public String name() {
		return "query";
	}

	@Override
	public String usage() {
		return "query \"SELECT ...\"                                        query the published warehouse (read-only)";
	}

	@Override
	public int run(ApplicationArguments arguments) {
		List<String> words = arguments.getNonOptionArgs();
		if (words.size() != 2) {
			System.err.println("usage: " + usage());
			return USAGE;
		}
		try {
			this.catalog.query(words.get(1), System.out);
			return OK;
		}
		catch (SQLException ex) {
			System.err.println("query failed: " + ex.getMessage());
			return FAILED;
		}
	}

}
