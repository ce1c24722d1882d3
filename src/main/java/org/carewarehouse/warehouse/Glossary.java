package org.carewarehouse.warehouse;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;

/**
 * What each column name means, once for the whole catalog
 * ({@code warehouse/glossary.csv}): a name means one thing in every view, so one
 * description serves them all.
 *
 * @param descriptions descriptions by column name
 */
record Glossary(Map<String, String> descriptions) {

	static final String FILE = "warehouse/glossary.csv";

	/**
	 * The glossary the jar carries.
	 * @return the glossary
	 * @throws IllegalStateException if a name is listed twice or has no description
	 */
	static Glossary load() {
		ClassPathResource file = new ClassPathResource(FILE);
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			Map<String, String> descriptions = new TreeMap<>();
			for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				String name = r.get("column_name");
				String description = r.get("description").strip();
				if (description.isEmpty() || descriptions.put(name, description) != null) {
					throw new IllegalStateException(FILE + " line " + r.getRecordNumber() + ": '" + name
							+ "' is listed twice or has no description");
				}
			}
			return new Glossary(descriptions);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + FILE, ex);
		}
	}

}
