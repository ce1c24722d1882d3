package org.carewarehouse.pipeline;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One column of a warehouse table: its name, Parquet type, meaning and how to read it
 * from a record.
 *
 * @param <T> the record type
 * @param name the column name
 * @param type the column's type
 * @param required whether the column is never null
 * @param description what the column means, for the data dictionary
 * @param getter reads the value from a record
 */
public record TableColumn<T>(String name, ColumnType type, boolean required, String description,
		Function<T, @Nullable Object> getter) {

}
