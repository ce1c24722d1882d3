package org.carewarehouse.warehouse;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.List;

import org.carewarehouse.Command;

import org.springframework.stereotype.Component;

/**
 * {@code query "SQL"}, {@code query --file F} or {@code query -}: runs read-only SELECT
 * statements against the published catalog, one after the other, for machines without the
 * DuckDB command line. A statement that is not a SELECT is refused with exit code 2
 * before any runs; only results go to stdout.
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
	public int run(QueryOptions options) throws IOException {
		List<String> statements = SqlScript.statements(script(options));
		String refusal = refusal(options, statements.size());
		if (refusal != null) {
			System.err.println("refused: " + refusal);
			return USAGE;
		}
		this.catalog.requirePublished();
		try {
			for (String sql : statements) {
				this.catalog.check(sql);
			}
			if (options.format() == QueryFormat.PARQUET) {
				this.catalog.queryToParquet(statements.get(0), options.out());
				return OK;
			}
			try (OutputStream file = (options.out() != null) ? Files.newOutputStream(options.out()) : null) {
				// UTF-8 on stdout too, as in a file: under cron, with no LANG, System.out
				// writes £ and é as ?; and buffered, not flushed at every row
				print(statements, options.format(),
						new PrintStream(new BufferedOutputStream((file != null) ? file : System.out, 1 << 16), false,
								StandardCharsets.UTF_8));
			}
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

	private void print(List<String> statements, QueryFormat format, PrintStream out) throws SQLException {
		for (int i = 0; i < statements.size(); i++) {
			if (i > 0 && format == QueryFormat.TABLE) {
				out.println();
			}
			this.catalog.query(statements.get(i), (rows) -> format.print(rows, out));
		}
		out.flush();
	}

	private static String script(QueryOptions options) throws IOException {
		if (options.file() != null) {
			return Files.readString(options.file());
		}
		if (options.sql().equals("-")) {
			return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
		}
		return options.sql();
	}

	private static String refusal(QueryOptions options, int statements) {
		if (statements == 0) {
			return "query runs exactly one SELECT statement at a time, and there is none";
		}
		if (options.format() == QueryFormat.PARQUET && options.out() == null) {
			return "--format=parquet writes a file: give --out FILE";
		}
		if (options.format() == QueryFormat.PARQUET && statements > 1) {
			return "a Parquet file holds the result of one statement; this has " + statements;
		}
		return null;
	}

}
