package org.carewarehouse.warehouse;

import java.sql.SQLException;

import org.carewarehouse.Command;

import org.springframework.stereotype.Component;

/**
 * {@code query "SQL"}: runs one read-only SELECT against the published catalog, for
 * machines without the DuckDB command line; anything else is refused with exit code 2.
 */
@Component
class QueryCommand implements Command<QueryOptions> {

	private final Catalog catalog;

	QueryCommand(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public Class<QueryOptions> options() {
		return QueryOptions.class;
	}

	@Override
	public int run(QueryOptions options) {
		try {
			this.catalog.query(options.sql(), System.out);
			return OK;
		}
		catch (Catalog.QueryRefusedException ex) {
			System.err.println("refused: " + ex.getMessage());
			return USAGE;
		}
		catch (SQLException ex) {
			System.err.println("query failed: " + ex.getMessage());
			return FAILED;
		}
	}

}
