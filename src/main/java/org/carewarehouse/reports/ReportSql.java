package org.carewarehouse.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.carewarehouse.warehouse.Catalog;

/**
 * The reports' queries, one {@code .sql} file each beside this class, run read-only
 * against the published catalog.
 */
final class ReportSql {

	private final Catalog.Reader catalog;

	ReportSql(Catalog.Reader catalog) {
		this.catalog = catalog;
	}

	Catalog.Rows run(String name, Object... parameters) {
		try {
			return this.catalog.read(text(name), parameters);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Report query " + name + " failed: " + ex.getMessage(), ex);
		}
	}

	private static String text(String name) {
		try (InputStream in = ReportSql.class.getResourceAsStream(name + ".sql")) {
			if (in == null) {
				throw new IllegalArgumentException("No report query " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
