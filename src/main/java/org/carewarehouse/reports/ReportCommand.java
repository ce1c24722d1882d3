package org.carewarehouse.reports;

import java.nio.file.Files;
import java.nio.file.Path;

import org.carewarehouse.Command;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code report [--out=DIR]}: writes every council's board and data quality reports from
 * the published catalog into a folder, on demand.
 */
@Component
class ReportCommand implements Command {

	private final Reports reports;

	ReportCommand(Reports reports) {
		this.reports = reports;
	}

	@Override
	public String name() {
		return "report";
	}

	@Override
	public String usage() {
		return "report [--out=reports]                                     write the board and data quality reports";
	}

	@Override
	public int run(ApplicationArguments arguments) {
		Path folder = Path.of(Command.option(arguments, "out", "reports"));
		int councils = this.reports.writeAll((relative) -> {
			Path file = folder.resolve(relative);
			Files.createDirectories(file.getParent());
			return Files.newOutputStream(file);
		});
		System.out.println("Wrote reports for " + councils + " councils to " + folder.toAbsolutePath());
		return OK;
	}

}
