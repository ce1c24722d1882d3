package org.carewarehouse.children;

import org.carewarehouse.pipeline.Table;

import static org.carewarehouse.pipeline.ColumnType.CODE;
import static org.carewarehouse.pipeline.ColumnType.INTEGER;
import static org.carewarehouse.pipeline.ColumnType.STRING;

/**
 * The {@code children_header} table: one row per child per SSDA903 Header file,
 * partitioned by council and the financial year of the collection.
 */
public final class ChildHeaderTable {

	/** The table declaration. */
	public static final Table<ChildHeader> TABLE = Table
		.<ChildHeader>named("children_header",
				"One looked-after child from an SSDA903 Header table as loaded, pseudonymised")
		.partition("council", "GSS code of the council, from the file name", ChildHeader::council)
		.partition("financial_year", "Financial year of the collection, e.g. 2023-24 for collection year 2024",
				ChildHeader::financialYear)
		.required("collection_year", INTEGER, "Year in which the collection year ends (31 March)",
				ChildHeader::collectionYear)
		.required("child_key", STRING, "Keyed hash of council code and the council's CHILD id", ChildHeader::childKey)
		.required("sex", CODE, "SEX as sent: 1 male, 2 female to 2023-24; M, F, U (unknown) from 2024-25",
				ChildHeader::sex)
		.optional("birth_month", STRING, "Year and month of birth, yyyy-MM", ChildHeader::birthMonth)
		.optional("ethnicity", STRING, "ETHNIC code as sent", ChildHeader::ethnicity)
		.build();

	private ChildHeaderTable() {
	}

}
