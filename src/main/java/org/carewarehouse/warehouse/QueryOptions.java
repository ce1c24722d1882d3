package org.carewarehouse.warehouse;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of {@code query}.
 */
@Command(name = "query",
		description = { "Run read-only SELECT statements against the published warehouse and print each result.",
				"Statements are separated by ';'; anything but a SELECT is refused before any runs." })
public final class QueryOptions {

	@ArgGroup(exclusive = true, multiplicity = "1")
	private Source source = new Source();

	@Option(names = "--format", paramLabel = "FORMAT", converter = FormatName.class,
			description = "table (the default), csv, tsv, json, or parquet (with --out).")
	private @Nullable QueryFormat format;

	@Option(names = "--out", paramLabel = "FILE", description = "Write the result to FILE instead of the screen.")
	private @Nullable Path out;

	public String sql() {
		return this.source.sql;
	}

	public @Nullable Path file() {
		return this.source.file;
	}

	public QueryFormat format() {
		return (this.format != null) ? this.format : QueryFormat.TABLE;
	}

	public @Nullable Path out() {
		return this.out;
	}

	static final class Source {

		@Parameters(arity = "1", paramLabel = "SQL", description = "The statements, or - to read them from stdin.")
		private String sql = "";

		@Option(names = "--file", paramLabel = "FILE", description = "Read the statements from FILE.")
		private @Nullable Path file;

	}

	/** Format names as people type them, in lower case. */
	static final class FormatName implements ITypeConverter<QueryFormat> {

		@Override
		public QueryFormat convert(String value) {
			return QueryFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
		}

	}

}
