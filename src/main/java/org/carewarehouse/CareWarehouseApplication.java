package org.carewarehouse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * care-warehouse: the nightly load of a council's social care extracts into a Parquet and
 * DuckDB warehouse.
 */
@SpringBootApplication
public class CareWarehouseApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(CareWarehouseApplication.class, args)));
	}

}
