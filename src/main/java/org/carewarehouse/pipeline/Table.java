package org.carewarehouse.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;
import org.jspecify.annotations.Nullable;

/**
 * A warehouse table declared once: its Parquet schema, its Hive partition columns and its
 * data dictionary entries all come from here.
 *
 * @param <T> the record type
 * @param name the table name, also the catalog view's name
 * @param description what one row is
 * @param partitions columns that become {@code name=value} folders, and are stored in the
 * files too
 * @param columns the other columns stored in the files
 */
public record Table<T>(String name, String description, List<TableColumn<T>> partitions, List<TableColumn<T>> columns) {

	/** Money and rates are stored as DECIMAL(18,2). */
	public static final int DECIMAL_PRECISION = 18;

	/** Scale of stored decimals. */
	public static final int DECIMAL_SCALE = 2;

	/**
	 * Starts a declaration.
	 * @param <T> the record type
	 * @param name the table name
	 * @param description what one row is
	 * @return a builder
	 */
	public static <T> Builder<T> named(String name, String description) {
		return new Builder<>(name, description);
	}

	/**
	 * Every column a file holds: the columns, then the partition columns. A partition's
	 * value is stored in the file as well as in its folder's name, so that a file copied
	 * out of its folder, or read by a tool that does not read Hive folder names (Power
	 * BI's and Excel's Parquet connectors), still says which council and year it holds.
	 * @return the columns in file order
	 */
	public List<TableColumn<T>> storedColumns() {
		List<TableColumn<T>> stored = new ArrayList<>(this.columns);
		stored.addAll(this.partitions);
		return stored;
	}

	/**
	 * The table a feed loads: these columns, read from the record, then the extract and
	 * line each row came from, which the pipeline stamps.
	 * @return the table of sourced records
	 */
	public Table<Sourced<T>> sourced() {
		List<TableColumn<Sourced<T>>> stamped = new ArrayList<>();
		this.columns.forEach((column) -> stamped.add(column.of(Sourced::record)));
		stamped.add(new TableColumn<>("source_file", ColumnType.STRING, true, "Extract the row came from",
				Sourced::sourceFile));
		stamped.add(new TableColumn<Sourced<T>>("source_line", ColumnType.INTEGER, true,
				"Line of the extract the row came from", Sourced::sourceLine)
			.distinct());
		return new Table<>(this.name, this.description,
				this.partitions.stream().map((partition) -> partition.<Sourced<T>>of(Sourced::record)).toList(),
				List.copyOf(stamped));
	}

	/**
	 * The Parquet schema of the stored columns.
	 * @return the schema
	 */
	public MessageType schema() {
		Types.MessageTypeBuilder message = Types.buildMessage();
		for (TableColumn<T> column : storedColumns()) {
			Repetition repetition = column.required() ? Repetition.REQUIRED : Repetition.OPTIONAL;
			switch (column.type()) {
				case STRING,
						CODE ->
					message.primitive(PrimitiveTypeName.BINARY, repetition)
						.as(LogicalTypeAnnotation.stringType())
						.named(column.name());
				case INTEGER -> message.primitive(PrimitiveTypeName.INT64, repetition).named(column.name());
				case DECIMAL -> message.primitive(PrimitiveTypeName.INT64, repetition)
					.as(LogicalTypeAnnotation.decimalType(DECIMAL_SCALE, DECIMAL_PRECISION))
					.named(column.name());
				case NUMBER -> message.primitive(PrimitiveTypeName.DOUBLE, repetition).named(column.name());
				case DATE -> message.primitive(PrimitiveTypeName.INT32, repetition)
					.as(LogicalTypeAnnotation.dateType())
					.named(column.name());
				case TIMESTAMP -> message.primitive(PrimitiveTypeName.INT64, repetition)
					.as(LogicalTypeAnnotation.timestampType(false, LogicalTypeAnnotation.TimeUnit.MICROS))
					.named(column.name());
			}
		}
		return message.named(this.name);
	}

	/**
	 * The folder a record belongs in, e.g.
	 * {@code council=E08000014/financial_year=2023-24}.
	 * @param record the record
	 * @return the relative partition path, empty if the table is not partitioned
	 */
	public String partitionPath(T record) {
		return partitionPath(partitionValues(record));
	}

	/**
	 * The values of a record's partition columns, cheaper to compare than its path.
	 * @param record the record
	 * @return the values, in partition order
	 */
	public List<Object> partitionValues(T record) {
		List<Object> values = new ArrayList<>(this.partitions.size());
		for (TableColumn<T> partition : this.partitions) {
			values.add(partition.getter().apply(record));
		}
		return values;
	}

	String partitionPath(List<Object> values) {
		StringBuilder path = new StringBuilder(48);
		for (int i = 0; i < this.partitions.size(); i++) {
			if (i > 0) {
				path.append('/');
			}
			path.append(this.partitions.get(i).name()).append('=').append(values.get(i));
		}
		return path.toString();
	}

	/**
	 * Collects columns in declaration order.
	 *
	 * @param <T> the record type
	 */
	public static final class Builder<T> {

		private final String name;

		private final String description;

		private final List<TableColumn<T>> partitions = new ArrayList<>();

		private final List<TableColumn<T>> columns = new ArrayList<>();

		private Builder(String name, String description) {
			this.name = name;
			this.description = description;
		}

		public Builder<T> partition(String name, String description, Function<T, String> getter) {
			this.partitions.add(new TableColumn<>(name, ColumnType.STRING, true, description, getter::apply));
			return this;
		}

		public Builder<T> required(String name, ColumnType type, String description,
				Function<T, @Nullable Object> getter) {
			this.columns.add(new TableColumn<>(name, type, true, description, getter));
			return this;
		}

		public Builder<T> optional(String name, ColumnType type, String description,
				Function<T, @Nullable Object> getter) {
			this.columns.add(new TableColumn<>(name, type, false, description, getter));
			return this;
		}

		/**
		 * Marks the column declared last as nearly all distinct values (keys, references,
		 * line numbers): it is stored without a dictionary.
		 * @return this builder
		 */
		public Builder<T> distinct() {
			int last = this.columns.size() - 1;
			this.columns.set(last, this.columns.get(last).distinct());
			return this;
		}

		public Table<T> build() {
			return new Table<>(this.name, this.description, List.copyOf(this.partitions), List.copyOf(this.columns));
		}

	}

}
