package org.carewarehouse.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The CSV reader against the {@code extract} fixture contract (Code required, Start Date
 * with aliases, Amount): headers matched to the contract, exact line numbers, and every
 * problem with a file as a whole refused with its file name and what is wrong.
 */
class CsvSourceTests {

	private static final Contract CONTRACT = PipelineFixtures.contract("extract");

	private static final Contract STRICT = PipelineFixtures.contract("extract", Map.of("extraColumns", "reject"));

	@TempDir
	Path folder;

	@Test
	void rowsKeepTheLineTheyStartOnAcrossQuotedNewlinesAndBlankLines() {
		List<RawRow> rows = read(PipelineFixtures.csv("good.csv"), CONTRACT);
		assertThat(rows).extracting(RawRow::line).containsExactly(2L, 3L, 6L, 7L);
		assertThat(rows.get(0).values()).containsExactly("E1", "2024-04-01", "12.50");
		assertThat(rows.get(1).values()).containsExactly("E2", null, "first\nsecond");
		assertThat(rows.get(2).values()).containsExactly("E3", null, "7");
		assertThat(rows.get(3).values()).as("quoted value trimmed, trailing blank")
			.containsExactly("E4", "2024-04-07", null);
		assertThat(rows).extracting(RawRow::fieldCount, RawRow::headerCount).containsOnly(tuple(3, 3));
	}

	@Test
	void windowsLineEndsCountOnceEach() throws IOException {
		Path file = write("crlf.csv", "Code,Start Date,Amount\r\nE1,,1\r\nE2,,\"a\r\nb\"\r\n\r\nE3,,3\r\n");
		assertThat(read(file, CONTRACT)).extracting(RawRow::line).containsExactly(2L, 3L, 6L);
	}

	@Test
	void columnsInAnotherOrderCaseOrSpacingComeBackInContractOrder() {
		assertThat(read(PipelineFixtures.csv("reordered.csv"), CONTRACT).get(0).values()).containsExactly("E1",
				"2024-04-01", "3");
	}

	@Test
	void headingsMatchByAlias() {
		assertThat(read(PipelineFixtures.csv("aliases.csv"), CONTRACT).get(0).values()).containsExactly("E1",
				"01/04/2024", "3");
	}

	@Test
	void optionalColumnsMayBeAbsent() {
		assertThat(read(PipelineFixtures.csv("code-only.csv"), CONTRACT).get(0).values()).containsExactly("E1", null,
				null);
	}

	@Test
	void unknownTrailingColumnsAreIgnoredWhenTheContractSaysIgnore() {
		RawRow row = read(PipelineFixtures.csv("extra-columns.csv"), CONTRACT).get(0);
		assertThat(row.values()).containsExactly("E1", "2024-04-01", "3");
		assertThat(row.fieldCount()).isEqualTo(row.headerCount()).isEqualTo(5);
	}

	@Test
	void unknownColumnIsRefusedWhenTheContractSaysReject() {
		assertRefused(PipelineFixtures.csv("extra-columns.csv"), STRICT, 1,
				"extra-columns.csv line 1: unexpected column 'Comment' (column 4) is not in the extract contract");
	}

	@Test
	void missingRequiredColumnIsRefusedNamingTheColumn() {
		assertRefused(PipelineFixtures.csv("missing-column.csv"), CONTRACT, 1,
				"missing-column.csv line 1: missing column 'Code'");
	}

	@Test
	void columnGivenTwiceIsRefusedEvenUnderAnAlias() {
		assertRefused(PipelineFixtures.csv("duplicate-column.csv"), CONTRACT, 1,
				"duplicate-column.csv line 1: column 'Start Date' appears twice (columns 2 and 4)");
	}

	@Test
	void semicolonSeparatedFileIsRefused() {
		assertRefused(PipelineFixtures.csv("semicolon.csv"), CONTRACT, 1,
				"semicolon.csv line 1: the header is separated by ';', not by commas; export the file as comma-separated");
	}

	@Test
	void tabSeparatedFileIsRefused() throws IOException {
		assertRefused(write("tabs.csv", "Code\tStart Date\tAmount\nE1\t\t3\n"), CONTRACT, 1,
				"tabs.csv line 1: the header is separated by '\\t', not by commas; export the file as comma-separated");
	}

	@Test
	void headerWithoutRowsIsRefused() {
		assertRefused(PipelineFixtures.csv("header-only.csv"), CONTRACT, 0,
				"header-only.csv: the file has a header but no rows");
	}

	@Test
	void emptyFileIsRefused() throws IOException {
		Path file = Files.write(this.folder.resolve("empty.csv"), new byte[0]);
		assertRefused(file, CONTRACT, 0, "empty.csv: the file is empty");
	}

	@Test
	void utf16FileIsRefusedWhicheverItsByteOrder() throws IOException {
		Path little = Files.write(this.folder.resolve("utf16le.csv"),
				concat(bytes(0xFF, 0xFE), "Code\nE1\n".getBytes(StandardCharsets.UTF_16LE)));
		Path big = Files.write(this.folder.resolve("utf16be.csv"),
				concat(bytes(0xFE, 0xFF), "Code\nE1\n".getBytes(StandardCharsets.UTF_16BE)));
		assertRefused(little, CONTRACT, 0, "utf16le.csv: the file is UTF-16 (it starts with a UTF-16 byte order mark); "
				+ "save the extract as UTF-8");
		assertRefused(big, CONTRACT, 0, "utf16be.csv: the file is UTF-16 (it starts with a UTF-16 byte order mark); "
				+ "save the extract as UTF-8");
	}

	@Test
	void utf8ByteOrderMarkIsSkipped() throws IOException {
		Path file = Files.write(this.folder.resolve("bom.csv"),
				concat(bytes(0xEF, 0xBB, 0xBF), "Code,Amount\nE1,3\n".getBytes(StandardCharsets.UTF_8)));
		RawRow row = read(file, CONTRACT).get(0);
		assertThat(row.values()).as("first heading matched despite the mark").containsExactly("E1", null, "3");
		assertThat(row.line()).isEqualTo(2);
	}

	/**
	 * A Windows-1252 pound sign (0xA3) is not UTF-8: the reader keeps the file and marks
	 * the byte, and validation rejects that row alone, naming its line and column
	 * (CW012), so the rest of the file still loads.
	 */
	@Test
	void windows1252ByteIsRejectedOnItsLineAndColumn() throws IOException {
		Path file = Files.write(this.folder.resolve("cp1252.csv"),
				concat("Code,Start Date,Amount\nE1,,3\n\"E2\",,\"".getBytes(StandardCharsets.UTF_8),
						concat(bytes(0xA3), "12\nmore\"\nE3,,4\n".getBytes(StandardCharsets.UTF_8))));
		List<RawRow> rows = read(file, CONTRACT);
		assertThat(rows).extracting(RawRow::line).containsExactly(2L, 3L, 5L);
		assertThat(rows.get(1).values()[2]).isEqualTo("\uFFFD12\nmore");
		ContractValidator validator = new ContractValidator(CONTRACT, List.of());
		assertThatExceptionOfType(RowRejectedException.class).isThrownBy(() -> validator.validate(rows.get(1)))
			.satisfies((ex) -> assertThat(ex.rejects()).extracting(Reject::sourceLine, Reject::column, Reject::rule)
				.containsExactly(tuple(3L, "Amount", "CW012")));
	}

	/**
	 * A quote opened in a field and never closed makes the rest of the file one value: a
	 * 390 MB ledger file so made ran a 512 MB heap out before the parser reached its end.
	 * The record is cut off at a million characters and the file refused, wherever its
	 * end.
	 */
	@Test
	void aQuoteNeverClosedIsRefusedBeforeTheRestOfTheFileIsHeld() throws IOException {
		StringBuilder content = new StringBuilder("Code,Start Date,Amount\nE1,,3\nE2,,\"4\n");
		while (content.length() <= RecordLimit.MAX_CHARS + 100_000) {
			content.append("E3,2024-04-01,5\n");
		}
		Path file = write("unclosed.csv", content.toString());

		assertRefused(file, CONTRACT, 3, "unclosed.csv line 3: the record starting on line 3 runs past 1048576 "
				+ "characters without ending: a quote opened in a field and never closed makes the rest of the file "
				+ "one value");
		assertThat(CsvSource.check(file, CONTRACT).rule()).isEqualTo(FileRule.DAMAGED);
	}

	/**
	 * An extract still being written when the night reads it may end between two rows,
	 * where nothing in it shows it was cut short: its size at its end tells.
	 */
	@Test
	void aFileWrittenToWhileItIsReadIsRefusedAtItsEnd() throws IOException {
		Path file = write("growing.csv", "Code,Start Date,Amount\nE1,,3\nE2,,4\n");
		try (CsvSource source = CsvSource.open(file, CONTRACT)) {
			assertThat(source.next().values()[0]).isEqualTo("E1");
			Files.writeString(file, "E3,,5\n", StandardOpenOption.APPEND);
			assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> readRest(source))
				.satisfies((ex) -> assertThat(ex.rule()).isEqualTo(FileRule.CHANGED))
				.withMessageStartingWith("growing.csv line ")
				.withMessageContaining(": the file changed while it was read (35 bytes, changed ")
				.withMessageContaining("; 41 bytes, changed ")
				.withMessageEndingWith(", at its end): it was still being written");
		}
	}

	/** Written elsewhere and moved over it, with the same size and time: another file. */
	@Test
	void aFileReplacedWhileItIsReadIsRefused() throws IOException {
		Path file = write("replaced.csv", "Code,Start Date,Amount\nE1,,3\n");
		Path other = write("other.tmp", "Code,Start Date,Amount\nE9,,3\n");
		Files.setLastModifiedTime(other, Files.getLastModifiedTime(file));
		try (CsvSource source = CsvSource.open(file, CONTRACT)) {
			Files.move(other, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> readRest(source))
				.satisfies((ex) -> assertThat(ex.rule()).isEqualTo(FileRule.CHANGED))
				.withMessageContaining(", another file by that name, at its end");
		}
		try (CsvSource source = CsvSource.open(file, CONTRACT)) {
			Files.delete(file);
			assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> readRest(source))
				.withMessage("replaced.csv line 3: the file was moved or removed while it was read");
		}
	}

	/** Rows a little short of the limit each, one after another, all load. */
	@Test
	void longRecordsUnderTheLimitLoad() throws IOException {
		String value = "x".repeat(RecordLimit.MAX_CHARS - 20_000);
		Path file = write("long.csv", "Code,Start Date,Amount\n\"" + value + "\",,3\n\"" + value + "\",,4\nE3,,5\n");

		assertThat(read(file, CONTRACT)).extracting((row) -> row.values()[0].length())
			.containsExactly(value.length(), value.length(), 2);
	}

	@Test
	void gzipCompressedFileIsReadByItsName() throws IOException {
		Path file = this.folder.resolve("extract.csv.gz");
		try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write(Files.readAllBytes(PipelineFixtures.csv("good.csv")));
		}
		assertThat(read(file, CONTRACT)).extracting(RawRow::line).containsExactly(2L, 3L, 6L, 7L);
	}

	/**
	 * An empty .csv.gz was refused as a corrupt compressed file with the message
	 * "(null)"; a compressed file named .csv was read as text and refused for a missing
	 * column.
	 */
	@Test
	void anEmptyCompressedFileIsEmptyAndACompressedFileNeedsItsName() throws IOException {
		Path empty = Files.write(this.folder.resolve("empty.csv.gz"), new byte[0]);
		assertRefused(empty, CONTRACT, 0, "empty.csv.gz: the file is empty");
		Path compressed = this.folder.resolve("extract.csv");
		try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(compressed))) {
			out.write(Files.readAllBytes(PipelineFixtures.csv("good.csv")));
		}
		assertRefused(compressed, CONTRACT, 0,
				"extract.csv: the file is gzip-compressed but its name does not end in .gz: name it extract.csv.gz");
		Path oneByte = write("one.csv", "C");
		assertRefused(oneByte, CONTRACT, 1, "one.csv line 1: missing column 'Code'");
	}

	@Test
	void rowsWithTooFewOrTooManyFieldsCarryTheirCounts() {
		List<RawRow> rows = read(PipelineFixtures.csv("ragged.csv"), CONTRACT);
		assertThat(rows).extracting(RawRow::line, RawRow::fieldCount, RawRow::headerCount)
			.containsExactly(tuple(2L, 2, 3), tuple(3L, 4, 3));
		assertThat(rows.get(0).values()).containsExactly("E1", "2024-04-01", null);
	}

	@Test
	void checkReturnsTheProblemInsteadOfThrowing() {
		assertThat(CsvSource.check(PipelineFixtures.csv("good.csv"), CONTRACT)).isNull();
		assertThat(CsvSource.check(PipelineFixtures.csv("semicolon.csv"), CONTRACT))
			.hasMessageStartingWith("semicolon.csv line 1: the header is separated by ';'");
	}

	@Test
	void refusedFilesAreClosed() throws IOException {
		Path fds = Path.of("/proc/self/fd");
		assumeTrue(Files.isDirectory(fds), "needs /proc to count open files");
		Path utf16 = Files.write(this.folder.resolve("utf16.csv"), bytes(0xFF, 0xFE, 'C', 0));
		Path headerOnly = PipelineFixtures.csv("header-only.csv");
		CsvSource.check(utf16, CONTRACT);
		CsvSource.check(headerOnly, CONTRACT);
		long before = count(fds);
		for (int i = 0; i < 20; i++) {
			assertThat(CsvSource.check(utf16, CONTRACT)).isNotNull();
			assertThat(CsvSource.check(headerOnly, CONTRACT)).isNotNull();
		}
		assertThat(count(fds)).as("open files after refusing 40 files").isLessThan(before + 10);
	}

	private static void assertRefused(Path file, Contract contract, long line, String message) {
		assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> read(file, contract))
			.withMessage(message)
			.satisfies((ex) -> assertThat(ex.sourceFile()).isEqualTo(file.getFileName().toString()))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(line));
	}

	private static List<RawRow> read(Path file, Contract contract) {
		List<RawRow> rows = new ArrayList<>();
		try (CsvSource source = CsvSource.open(file, contract)) {
			while (source.hasNext()) {
				rows.add(source.next());
			}
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		return rows;
	}

	private static void readRest(CsvSource source) {
		while (source.hasNext()) {
			source.next();
		}
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.folder.resolve(name), content);
	}

	private static long count(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.count();
		}
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	private static byte[] concat(byte[] start, byte[] rest) {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		all.writeBytes(start);
		all.writeBytes(rest);
		return all.toByteArray();
	}

}
