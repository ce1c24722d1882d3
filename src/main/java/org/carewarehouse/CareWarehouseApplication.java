package org.carewarehouse;

import java.io.PrintWriter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * care-warehouse: the nightly load of a council's social care extracts into a Parquet and
 * DuckDB warehouse.
 */
@SpringBootApplication
public class CareWarehouseApplication {

	public static void main(String[] args) {
		// help and wrong arguments are answered before Spring starts, so they touch
		// nothing
		Commands.Parsed parsed = Commands.parse(args, new PrintWriter(System.out, true),
				new PrintWriter(System.err, true));
		if (parsed.exitCode() != null) {
			System.exit(parsed.exitCode());
		}
		ConfigurableApplicationContext context;
		try {
			context = SpringApplication.run(CareWarehouseApplication.class, args);
		}
		catch (RuntimeException ex) {
			// a start failed on a setting (a malformed value, or one out of its range):
			// Spring Boot has printed which and why; a setting is corrected, not retried
			if (Causes.find(ex, BindException.class) != null) {
				System.exit(Command.USAGE);
			}
			throw ex;
		}
		System.exit(SpringApplication.exit(context));
	}

}
