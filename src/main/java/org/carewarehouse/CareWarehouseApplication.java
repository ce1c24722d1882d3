package org.carewarehouse;

import java.io.PrintWriter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

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
		System.exit(SpringApplication.exit(SpringApplication.run(CareWarehouseApplication.class, args)));
	}

}
