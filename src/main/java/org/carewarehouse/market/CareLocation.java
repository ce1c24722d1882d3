package org.carewarehouse.market;

import java.util.ArrayList;
import java.util.List;

import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.Rule;
import org.carewarehouse.pipeline.Table;
import org.carewarehouse.pipeline.TypedRow;
import org.jspecify.annotations.Nullable;

import static org.carewarehouse.pipeline.ColumnType.INTEGER;
import static org.carewarehouse.pipeline.ColumnType.STRING;

/**
 * One location registered with the CQC, as its care directory lists it.
 */
record CareLocation(String locationId, String name, String careHome, @Nullable Long beds, String localAuthority,
		String serviceTypes) {

	/** The directory's service type columns, each Y where the location offers it. */
	static final List<String> SERVICE_TYPES = List.of("Care home service with nursing",
			"Care home service without nursing", "Domiciliary care service",
			"Community based services for people with a learning disability");

	static final List<Rule> RULES = List.of();

	static final Table<CareLocation> TABLE = Table
		.<CareLocation>named("cqc_locations", "One location registered with the CQC, from its care directory")
		.partition("care_home", "Y for a care home, N otherwise", CareLocation::careHome)
		.required("location_id", STRING, "CQC location id, as services quote it in Provider CQC Location ID",
				CareLocation::locationId)
		.required("location_name", STRING, "The location's name", CareLocation::name)
		.optional("registered_beds", INTEGER, "Care home beds registered with the CQC", CareLocation::beds)
		.required("local_authority", STRING, "The local authority the location is in, by name",
				CareLocation::localAuthority)
		.required("service_types", STRING, "The service types the location offers, separated by ' | '",
				CareLocation::serviceTypes)
		.build();

	static RowMapper<CareLocation> mapper() {
		return (TypedRow row) -> {
			List<String> types = new ArrayList<>();
			for (String type : SERVICE_TYPES) {
				if ("Y".equals(row.string("Service type - " + type))) {
					types.add(type);
				}
			}
			return new CareLocation(row.string("Location ID"), row.string("Location Name"), row.string("Care home?"),
					row.integer("Care homes beds"), row.string("Location Local Authority"), String.join(" | ", types));
		};
	}

}
