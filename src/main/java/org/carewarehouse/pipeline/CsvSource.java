package org.carewarehouse.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The one CSV reader: streams a file's rows (plain or gzip-compressed, by its {@code .gz}
 * name) in contract column order, after checking its header against the contract.
 * Problems with the file as a whole raise {@link FileRejectedException}.
 */
public final class CsvSource implements Closeable {

	/** The first two bytes of every gzip file (RFC 1952). */
	private static final int GZIP_MAGIC = 0x1f8b;

	/**
	 * Blank lines come through as records so that line numbers stay exact; they are
	 * skipped here.
	 */
	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setIgnoreSurroundingSpaces(true)
		.setIgnoreEmptyLines(false)
		.get();

	private final String fileName;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final int[] positions;

	private final List<Unpivoted> unpivoted;

	private final Deque<RawRow> pending = new ArrayDeque<>();

	private int headerCount;

	private final List<String> missingOptional;

	private final LastByte end;

	private final RecordLimit limit;

	private long lastLine;

	private @Nullable CSVRecord next;

	private long nextLine;

	private @Nullable Stamp opened;

	private CsvSource(String fileName, CSVParser parser, Contract contract, LastByte end, RecordLimit limit) {
		this.fileName = fileName;
		this.parser = parser;
		this.end = end;
		this.limit = limit;
		this.records = parser.iterator();
		List<String> header = readHeader();
		this.headerCount = header.size();
		HeaderMapping mapping = new HeaderMapping(fileName, contract);
		this.unpivoted = mapping.unpivoted(header);
		this.positions = mapping.positions(header);
		this.missingOptional = mapping.missingOptional(this.positions);
		if (!hasNext()) {
			throw new FileRejectedException(fileName, 0, "the file has a header but no rows");
		}
	}

	/**
	 * Opens a file and checks its header.
	 * @param file the file
	 * @param contract the contract it must meet
	 * @return the open source
	 */
	public static CsvSource open(Path file, Contract contract) {
		String fileName = file.getFileName().toString();
		try {
			Stamp opened = Stamp.of(file);
			InputStream raw = Files.newInputStream(file);
			try {
				CsvSource source = open(fileName, raw, contract);
				source.opened = opened;
				return source;
			}
			catch (IOException | RuntimeException ex) {
				// a refused file must not stay open
				raw.close();
				throw ex;
			}
		}
		catch (ZipException | EOFException ex) {
			throw new FileRejectedException(FileRule.DAMAGED, fileName, 0,
					"the compressed file is corrupt or cut short (" + ex.getMessage() + ")");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(fileName + ": cannot be read", ex);
		}
	}

	private static CsvSource open(String fileName, InputStream file, Contract contract) throws IOException {
		// two bytes held back, not a buffer: the reader below buffers what it reads
		PushbackInputStream raw = new PushbackInputStream(file, 2);
		boolean named = fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
		int magic = firstTwoBytes(raw);
		if (magic < 0) {
			// not even a compressed file's header: say so, not that it is corrupt
			throw new FileRejectedException(fileName, 0, "the file is empty");
		}
		if (!named && magic == GZIP_MAGIC) {
			throw new FileRejectedException(fileName, 0,
					"the file is gzip-compressed but its name does not end in .gz: name it " + fileName + ".gz");
		}
		LastByte end = new LastByte(named ? new GZIPInputStream(raw, 65536) : raw);
		InputStream in = skipUtf8ByteOrderMark(fileName, new BufferedInputStream(end));
		// bytes that are not UTF-8 become U+FFFD: the row holding them is rejected
		// with its line and column
		RecordLimit reader = new RecordLimit(new BufferedReader(new InputStreamReader(in,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE))));
		return new CsvSource(fileName, FORMAT.parse(reader), contract, end, reader);
	}

	/**
	 * A file's first two bytes as one number, first byte high, without consuming them; -1
	 * for an empty file.
	 */
	private static int firstTwoBytes(PushbackInputStream in) throws IOException {
		int first = in.read();
		int second = in.read();
		if (second >= 0) {
			in.unread(second);
		}
		if (first >= 0) {
			in.unread(first);
		}
		return (first < 0) ? -1 : (first << 8) | Math.max(second, 0);
	}

	/**
	 * Checks that a file reads against its contract from end to end, as the load reads
	 * it: header, delimiter, encoding, at least one row, every record parsed and the last
	 * one complete.
	 * @param file the file
	 * @param contract the contract
	 * @return why the file is refused, or {@code null} if it reads
	 */
	public static @Nullable FileRejectedException check(Path file, Contract contract) {
		try (CsvSource source = open(file, contract)) {
			while (source.hasNext()) {
				source.next = null;
			}
			return null;
		}
		catch (FileRejectedException ex) {
			return ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The contract's optional columns the file does not have.
	 * @return their names
	 */
	public List<String> missingOptional() {
		return this.missingOptional;
	}

	/**
	 * Whether another row follows.
	 * @return {@code true} if it does
	 */
	public boolean hasNext() {
		if (!this.pending.isEmpty()) {
			return true;
		}
		while (this.next == null && fetch()) {
			if (isBlank(this.next)) {
				this.next = null;
			}
		}
		return this.next != null;
	}

	/**
	 * Reads the next row.
	 * @return the row, fields in contract column order
	 */
	public RawRow next() {
		if (!this.pending.isEmpty()) {
			return this.pending.poll();
		}
		if (!hasNext()) {
			throw new java.util.NoSuchElementException(this.fileName + " has no more rows");
		}
		CSVRecord record = this.next;
		long line = this.nextLine;
		this.next = null;
		@Nullable String[] values = new String[this.positions.length];
		for (int i = 0; i < values.length; i++) {
			int position = this.positions[i];
			values[i] = (position >= 0 && position < record.size()) ? blankToNull(record.get(position)) : null;
		}
		if (this.unpivoted.isEmpty()) {
			return new RawRow(line, values, record.size(), this.headerCount);
		}
		for (Unpivoted column : this.unpivoted) {
			@Nullable String[] row = values.clone();
			row[column.keyIndex()] = column.key();
			row[column.valueIndex()] = (column.position() < record.size()) ? blankToNull(record.get(column.position()))
					: null;
			this.pending.add(new RawRow(line, row, record.size(), this.headerCount));
		}
		return this.pending.poll();
	}

	/**
	 * A repeated column of a wide file: its position and what its heading gives the key
	 * column.
	 */
	private record Unpivoted(int position, String key, int keyIndex, int valueIndex) {

	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

	private List<String> readHeader() {
		if (!fetch()) {
			throw new FileRejectedException(this.fileName, 0, "the file is empty");
		}
		List<String> header = Arrays.asList(this.next.values());
		this.next = null;
		return header;
	}

	/**
	 * Reads one record, noting the line it starts on: the line after the previous record
	 * ended. The last record of the file, short of fields and without a line end, means
	 * the file was cut off part-way through a row: the whole file is refused rather than
	 * that row loaded as if it were complete.
	 */
	private boolean fetch() {
		try {
			if (!this.records.hasNext()) {
				checkUnchanged();
				return false;
			}
			this.nextLine = this.lastLine + 1;
			this.next = this.records.next();
			this.limit.recordEnded();
			this.lastLine = Math.max(this.nextLine, this.parser.getCurrentLineNumber());
			if (this.headerCount > 0 && this.next.size() < this.headerCount && !isBlank(this.next)
					&& !this.records.hasNext() && !this.end.newline()) {
				throw new FileRejectedException(FileRule.DAMAGED, this.fileName, this.nextLine,
						"the file ends part-way through a row (" + this.next.size() + " of " + this.headerCount
								+ " fields and no line end): it looks cut short");
			}
			return true;
		}
		catch (UncheckedIOException ex) {
			throw fileProblem(ex);
		}
	}

	/**
	 * At the end of the file: a file whose size or time of change differs from when it
	 * was opened was still being written, and its end may fall between two rows, where
	 * nothing else would show it was cut short.
	 */
	private void checkUnchanged() {
		Stamp opened = this.opened;
		if (opened == null) {
			return;
		}
		this.opened = null;
		if (!Files.exists(opened.file())) {
			throw new FileRejectedException(FileRule.CHANGED, this.fileName, this.lastLine + 1,
					"the file was moved or removed while it was read");
		}
		Stamp now = Stamp.of(opened.file());
		if (!now.equals(opened)) {
			throw new FileRejectedException(FileRule.CHANGED, this.fileName, this.lastLine + 1,
					"the file changed while it was read (" + opened.size() + " bytes, changed " + opened.modified()
							+ ", when opened; " + now.size() + " bytes, changed " + now.modified()
							+ ((Objects.equals(now.key(), opened.key())) ? "" : ", another file by that name")
							+ ", at its end): it was still being written");
		}
	}

	private static boolean isBlank(CSVRecord record) {
		return record.size() == 1 && record.get(0).isBlank();
	}

	private FileRejectedException fileProblem(UncheckedIOException ex) {
		long line = this.lastLine + 1;
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RecordLimit.RecordTooLongException) {
				return new FileRejectedException(FileRule.DAMAGED, this.fileName, line, "the record starting on line "
						+ line + " runs past " + RecordLimit.MAX_CHARS
						+ " characters without ending: a quote opened in a field and never closed makes the rest of "
						+ "the file one value");
			}
		}
		Throwable cause = ex.getCause();
		if (cause instanceof ZipException || cause instanceof EOFException
				|| String.valueOf(cause.getMessage()).contains("EOF reached")) {
			return new FileRejectedException(FileRule.DAMAGED, this.fileName, line,
					"the file is cut short or corrupt: " + cause.getMessage());
		}
		return new FileRejectedException(this.fileName, line, "cannot be parsed as CSV: " + ex.getMessage());
	}

	/**
	 * A file's size, time of change and identity (device and inode, where the file system
	 * has them: a file written elsewhere and moved over it is another).
	 */
	private record Stamp(Path file, long size, FileTime modified, @Nullable Object key) {

		static Stamp of(Path file) {
			try {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				return new Stamp(file, attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(file.getFileName() + ": cannot be read", ex);
			}
		}

	}

	/**
	 * Remembers the last byte read, so that a file cut off part-way through a row can be
	 * told from one whose last row merely lacks fields.
	 */
	private static final class LastByte extends FilterInputStream {

		private int last = -1;

		LastByte(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.last = b;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.last = buffer[offset + n - 1];
			}
			return n;
		}

		boolean newline() {
			return this.last == '\n' || this.last == '\r';
		}

	}

	private static InputStream skipUtf8ByteOrderMark(String fileName, InputStream in) throws IOException {
		in.mark(3);
		byte[] start = in.readNBytes(3);
		if (start.length >= 2 && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF)
				|| (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE))) {
			throw new FileRejectedException(fileName, 0,
					"the file is UTF-16 (it starts with a UTF-16 byte order mark); save the extract as UTF-8");
		}
		boolean utf8Mark = start.length == 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB
				&& start[2] == (byte) 0xBF;
		if (!utf8Mark) {
			in.reset();
		}
		return in;
	}

	private static @Nullable String blankToNull(String value) {
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/**
	 * Maps a file's headings onto contract columns, explaining any mismatch.
	 */
	private record HeaderMapping(String fileName, Contract contract) {

		List<Unpivoted> unpivoted(List<String> header) {
			Contract.Unpivot unpivot = this.contract.unpivot();
			if (unpivot == null) {
				return List.of();
			}
			Map<String, Integer> index = this.contract.indexByName();
			List<Unpivoted> columns = new ArrayList<>();
			for (int i = 0; i < header.size(); i++) {
				Matcher matcher = unpivot.headings().matcher(header.get(i).strip());
				if (matcher.matches()) {
					columns
						.add(new Unpivoted(i, matcher.group(1), index.get(unpivot.key()), index.get(unpivot.value())));
				}
			}
			if (columns.isEmpty() && header.size() > 1) {
				throw new FileRejectedException(this.fileName, 1,
						"no column heading matches " + unpivot.headings().pattern());
			}
			return columns;
		}

		int[] positions(List<String> header) {
			List<String> headings = header.stream().map(CsvSource::blankToNull).toList();
			rejectWrongDelimiter(headings);
			Contract.Unpivot unpivot = this.contract.unpivot();
			Map<String, ContractColumn> byHeading = this.contract.byHeading();
			Map<String, Integer> index = this.contract.indexByName();
			int[] positions = new int[index.size()];
			Arrays.fill(positions, -1);
			for (int i = 0; i < headings.size(); i++) {
				if (unpivot == null || headings.get(i) == null
						|| !unpivot.headings().matcher(headings.get(i)).matches()) {
					map(headings.get(i), i, byHeading, index, positions);
				}
			}
			for (ContractColumn column : this.contract.columns()) {
				boolean fromUnpivot = unpivot != null
						&& (column.name().equals(unpivot.key()) || column.name().equals(unpivot.value()));
				if (column.required() && !fromUnpivot && positions[index.get(column.name())] < 0) {
					throw new FileRejectedException(this.fileName, 1, "missing column '" + column.name() + "'");
				}
			}
			return positions;
		}

		List<String> missingOptional(int[] positions) {
			Contract.Unpivot unpivot = this.contract.unpivot();
			Map<String, Integer> index = this.contract.indexByName();
			return this.contract.columns()
				.stream()
				.filter((c) -> !c.required() && positions[index.get(c.name())] < 0)
				.filter((c) -> unpivot == null || !(c.name().equals(unpivot.key()) || c.name().equals(unpivot.value())))
				.map(ContractColumn::name)
				.toList();
		}

		private void map(@Nullable String heading, int position, Map<String, ContractColumn> byHeading,
				Map<String, Integer> index, int[] positions) {
			ContractColumn column = (heading != null) ? byHeading.get(Contract.headingKey(heading)) : null;
			if (column == null && heading != null) {
				column = this.contract.columns()
					.stream()
					.filter((c) -> c.headingPattern() != null && c.headingPattern().matcher(heading).matches())
					.findFirst()
					.orElse(null);
			}
			if (column == null) {
				if (this.contract.rejectExtraColumns()) {
					throw new FileRejectedException(this.fileName, 1, "unexpected column '" + heading + "' (column "
							+ (position + 1) + ") is not in the " + this.contract.name() + " contract");
				}
				return;
			}
			int target = index.get(column.name());
			if (positions[target] >= 0) {
				throw new FileRejectedException(this.fileName, 1, "column '" + column.name()
						+ "' appears twice (columns " + (positions[target] + 1) + " and " + (position + 1) + ")");
			}
			positions[target] = position;
		}

		private void rejectWrongDelimiter(List<@Nullable String> headings) {
			if (headings.size() > 1 || headings.get(0) == null) {
				return;
			}
			for (String delimiter : List.of(";", "\t", "|")) {
				if (headings.get(0).contains(delimiter)) {
					throw new FileRejectedException(this.fileName, 1, "the header is separated by '"
							+ delimiter.replace("\t", "\\t") + "', not by commas; export the file as comma-separated");
				}
			}
		}

	}

}
