package org.carewarehouse.national;

import java.util.List;

import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.Rule;
import org.carewarehouse.pipeline.Table;
import org.carewarehouse.pipeline.TypedRow;
import org.jspecify.annotations.Nullable;

import static org.carewarehouse.pipeline.ColumnType.NUMBER;
import static org.carewarehouse.pipeline.ColumnType.STRING;

/**
 * One row of NHS England's published ASCOF measures file: one measure type (numerator,
 * denominator, outcome...) of one measure and disaggregation for one area.
 */
record AscofMeasure(String financialYear, String geographyCode, String geographyName, String geographyLevel,
		@Nullable String council, String measureCode, String disaggregation, String measureType,
		@Nullable Double measureValue, String measureGroup, String measureGroupDescription) {

	static final List<Rule> RULES = List.of(FileYear.NO_YEAR);

	static final Table<AscofMeasure> TABLE = Table
		.<AscofMeasure>named("ascof_measures", "One value of NHS England's published ASCOF measures file")
		.partition("financial_year", "Financial year of the measures, from the file's name",
				AscofMeasure::financialYear)
		.required("geography_code", STRING, "The area's code in the file (Geographical Code: a CASSR code)",
				AscofMeasure::geographyCode)
		.required("geography_name", STRING, "The area's name (Geographical Description)", AscofMeasure::geographyName)
		.required("geography_level", STRING, "Council, Region, Council Type or England (Geographical Level)",
				AscofMeasure::geographyLevel)
		.optional("ons_code", STRING, "The area's GSS code (ONS Code); null on council type rows",
				AscofMeasure::council)
		.required("measure_code", STRING, "ASCOF Measure Code: the measure and its disaggregation, like 2C or 2B1864",
				AscofMeasure::measureCode)
		.required("disaggregation", STRING, "Disaggregation Level, like Total, Male or 65 and over",
				AscofMeasure::disaggregation)
		.required("measure_type", STRING, "Numerator, Denominator, Outcome, Base or Margin of Error (Measure Type)",
				AscofMeasure::measureType)
		.optional("measure_value", NUMBER, "Measure Value; null where blank", AscofMeasure::measureValue)
		.required("measure_group", STRING, "The measure's high-level code (Measure Group)", AscofMeasure::measureGroup)
		.required("measure_group_description", STRING, "What the measure is (Measure Group Description)",
				AscofMeasure::measureGroupDescription)
		.build();

	static RowMapper<AscofMeasure> mapper(String sourceFile) {
		String year = FileYear.of(sourceFile);
		return (TypedRow row) -> {
			String value = FileYear.figure(row.string("Measure Value"));
			return new AscofMeasure(FileYear.required(year, sourceFile, "ascof-2023-24.csv"),
					row.string("Geographical Code"), row.string("Geographical Description"),
					row.string("Geographical Level"), row.string("ONS Code"), row.string("ASCOF Measure Code"),
					row.string("Disaggregation Level"), row.string("Measure Type"),
					(value != null) ? Double.valueOf(value) : null, row.string("Measure Group"),
					row.string("Measure Group Description"));
		};
	}

}
