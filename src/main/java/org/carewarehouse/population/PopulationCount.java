package org.carewarehouse.population;

import java.util.List;

import org.carewarehouse.pipeline.RowMapper;
import org.carewarehouse.pipeline.RowRejectedException;
import org.carewarehouse.pipeline.Rule;
import org.carewarehouse.pipeline.Table;
import org.carewarehouse.pipeline.TypedRow;
import org.jspecify.annotations.Nullable;

import static org.carewarehouse.pipeline.ColumnType.CODE;
import static org.carewarehouse.pipeline.ColumnType.INTEGER;
import static org.carewarehouse.pipeline.ColumnType.STRING;

/**
 * The people of one sex and single year of age in one district at one mid-year.
 */
record PopulationCount(String areaCode, @Nullable String areaName, @Nullable String country, String sex, long age,
		long midYear, long population) {

	static final Rule AGE_OUT_OF_RANGE = new Rule("PO001", "The age is not a single year from 0 to 90");

	static final Rule NEGATIVE_POPULATION = new Rule("PO002", "The population is negative");

	static final Rule IMPLAUSIBLE_YEAR = new Rule("PO003",
			"The population_YYYY heading gives a year before 1971 or after 2100");

	static final List<Rule> RULES = List.of(AGE_OUT_OF_RANGE, NEGATIVE_POPULATION, IMPLAUSIBLE_YEAR);

	static final Table<PopulationCount> TABLE = Table
		.<PopulationCount>named("population", "People of one sex and single year of age in one district at mid-year")
		.partition("mid_year", "The year whose 30 June the figure is for", (p) -> String.valueOf(p.midYear()))
		.required("area_code", STRING, "GSS code of the district", PopulationCount::areaCode)
		.optional("area_name", STRING, "The district's name", PopulationCount::areaName)
		.optional("country", STRING, "E, W, S or N", PopulationCount::country)
		.required("sex", CODE, "1 male, 2 female", PopulationCount::sex)
		.required("age", INTEGER, "Single year of age, 90 meaning 90 and over", PopulationCount::age)
		.required("population", INTEGER, "People", PopulationCount::population)
		.build();

	/** Maps a row of one file, checking what the contract cannot. */
	static RowMapper<PopulationCount> mapper() {
		return (TypedRow row) -> {
			long age = row.integer("Age");
			long year = row.integer("Mid Year");
			long population = row.integer("Population");
			if (age < 0 || age > 90) {
				throw new RowRejectedException(AGE_OUT_OF_RANGE, "Age", "age " + age + " is not from 0 to 90",
						String.valueOf(age));
			}
			if (population < 0) {
				throw new RowRejectedException(NEGATIVE_POPULATION, "Population",
						"population " + population + " is negative", String.valueOf(population));
			}
			if (year < 1971 || year > 2100) {
				throw new RowRejectedException(IMPLAUSIBLE_YEAR, "Mid Year", "year " + year + " is implausible",
						String.valueOf(year));
			}
			return new PopulationCount(row.string("Area Code"), row.string("Area Name"), row.string("Country"),
					row.string("Sex"), age, year, population);
		};
	}

}
