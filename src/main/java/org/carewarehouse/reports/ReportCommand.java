package org.carewarehouse.reports;

import java.nio.file.Files;
import java.nio.file.Path;

import org.carewarehouse.Command;
import org.carewarehouse.warehouse.Catalog;

import org.springframework.stereotype.Component;

/**
 * {@code report [--out=DIR]}: writes every council's board and data quality reports from
 * the published catalog into a folder, on demand.
 */
@Component
class ReportCommand implements Command<ReportOptions> {

	private final Reports reports;

	private final Catalog catalog;

	ReportCommand(Reports reports, Catalog catalog) {
		this.reports = reports;
		this.catalog = catalog;
	}

	@Override
	public Class<ReportOptions> options() {
		return ReportOptions.class;
	}

	@Override
	public int run(ReportOptions options) {
		this.catalog.requirePublished();
		Path folder = options.out();
		int councils = this.reports.writeAll((relative) -> {
			Path file = folder.resolve(relative);
			Files.createDirectories(file.getParent());
			return Files.newOutputStream(file);
		});
		System.out.println("Wrote reports for " + councils + " councils to " + folder.toAbsolutePath());
		return OK;
	}

}
