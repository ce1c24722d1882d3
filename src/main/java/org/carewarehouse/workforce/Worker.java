package org.carewarehouse.workforce;

import java.time.LocalDate;
import java.util.List;

import org.carewarehouse.pipeline.Rule;
import org.carewarehouse.pipeline.Table;
import org.jspecify.annotations.Nullable;

import static org.carewarehouse.pipeline.ColumnType.DATE;
import static org.carewarehouse.pipeline.ColumnType.INTEGER;
import static org.carewarehouse.pipeline.ColumnType.NUMBER;
import static org.carewarehouse.pipeline.ColumnType.STRING;

/**
 * One ASC-WDS worker (a filled post) at a snapshot, with the worker id hashed and only
 * the year of birth kept.
 */
record Worker(String council, String financialYear, String workplaceId, LocalDate snapshotDate, String workerKey,
		String mainJobRole, String contract, @Nullable Double contractedHours, @Nullable Long yearStartedInSector,
		@Nullable Long birthYear, @Nullable String gender, @Nullable String nationalityGroup,
		@Nullable String relevantQualification) {

	static final Rule STARTED_BEFORE_WORKING_AGE = new Rule("WF003",
			"A worker started in the sector before the age of 14 or after the snapshot");

	static final Rule AGE_OUT_OF_RANGE = new Rule("WF004", "A worker's age at the snapshot is under 16 or over 100");

	static final List<Rule> RULES = List.of(STARTED_BEFORE_WORKING_AGE, AGE_OUT_OF_RANGE);

	static final Table<Worker> TABLE = Table
		.<Worker>named("workforce_workers", "One ASC-WDS worker (filled post) at a snapshot date, pseudonymised")
		.partition("council", "GSS code of the council area", Worker::council)
		.partition("financial_year", "Financial year containing the snapshot date", Worker::financialYear)
		.required("workplace_id", STRING, "The worker's workplace", Worker::workplaceId)
		.required("snapshot_date", DATE, "Date the figures describe", Worker::snapshotDate)
		.required("worker_key", STRING, "Keyed hash of council code and worker id", Worker::workerKey)
		.required("main_job_role", STRING, "Main job role", Worker::mainJobRole)
		.required("contract", STRING, "Permanent, Temporary, Bank or Pool, Agency or Other", Worker::contract)
		.optional("contracted_hours", NUMBER, "Contracted hours a week", Worker::contractedHours)
		.optional("year_started_in_sector", INTEGER, "Year the worker started in adult social care",
				Worker::yearStartedInSector)
		.optional("birth_year", INTEGER, "Year of birth (the date is not kept)", Worker::birthYear)
		.optional("gender", STRING, "Female, Male, Other or Unknown", Worker::gender)
		.optional("nationality_group", STRING, "British, EU, Non-EU or Unknown", Worker::nationalityGroup)
		.optional("relevant_qualification", STRING, "Yes, No or Unknown", Worker::relevantQualification)
		.build();

}
