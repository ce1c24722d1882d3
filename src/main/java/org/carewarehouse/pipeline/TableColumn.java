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
 * @param dictionary whether values repeat enough for Parquet's dictionary encoding to
 * pay: not for keys, references and line numbers, nearly all distinct, where looking each
 * value up in a dictionary only to give it up costs more than the encoding saves
 */
public record TableColumn<T>(String name, ColumnType type, boolean required, String description,
		Function<T, @Nullable Object> getter, boolean dictionary) {

	/**
	 * A column whose values repeat.
	 * @param name the column name
	 * @param type the column's type
	 * @param required whether the column is never null
	 * @param description what the column means
	 * @param getter reads the value from a record
	 */
	public TableColumn(String name, ColumnType type, boolean required, String description,
			Function<T, @Nullable Object> getter) {
		this(name, type, required, description, getter, true);
	}

	/**
	 * The same column of a record held in another.
	 * @param <S> the holding type
	 * @param record reads this column's record from the holder
	 * @return the column
	 */
	public <S> TableColumn<S> of(Function<S, T> record) {
		return new TableColumn<>(this.name, this.type, this.required, this.description,
				(holder) -> this.getter.apply(record.apply(holder)), this.dictionary);
	}

	/**
	 * The same column, stored without a dictionary.
	 * @return the column
	 */
	public TableColumn<T> distinct() {
		return new TableColumn<>(this.name, this.type, this.required, this.description, this.getter, false);
	}

}
