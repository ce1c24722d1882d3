package org.carewarehouse.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The CSV reader: headers matched to the contract, exact line numbers, and every
 * file-level problem named with its file and line.
 */
class CsvSourceTests {

	private static final Contract CONTRACT = contract("ignore");

	@TempDir
	Path folder;

	@Test
	void readsRowsInContractOrderWithLineNumbers() throws IOException {
		Path file = write("extract.csv", "extra,B,a\n1,x,\"two\nlines\"\n\n2, y ,z\n");
		List<RawRow> rows = read(file, CONTRACT);
		assertThat(rows).extracting(RawRow::line).containsExactly(2L, 5L);
		assertThat(rows.get(0).values()).containsExactly("two\nlines", "x");
		assertThat(rows.get(1).values()).containsExactly("z", "y");
	}

	@Test
	void headingsMatchWhateverTheirCaseSpacingOrAlias() throws IOException {
		Path file = write("extract.csv", " A ,second\nv,w\n");
		assertThat(read(file, CONTRACT).get(0).values()).containsExactly("v", "w");
	}

	@Test
	void blankValuesAreNull() throws IOException {
		Path file = write("extract.csv", "A,B\n ,w\n");
		assertThat(read(file, CONTRACT).get(0).values()).containsExactly(null, "w");
	}

	@Test
	void utf8ByteOrderMarkIsSkipped() throws IOException {
		Path file = this.folder.resolve("bom.csv");
		Files.write(file, concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, "A,B\nv,w\n"));
		assertThat(read(file, CONTRACT).get(0).values()).containsExactly("v", "w");
	}

	@Test
	void gzipCompressedFileIsReadByItsName() throws IOException {
		Path file = this.folder.resolve("extract.csv.gz");
		try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write("A,B\nv,w\n".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(read(file, CONTRACT).get(0).values()).containsExactly("v", "w");
	}

	@Test
	void missingRequiredColumnNamesTheColumn() throws IOException {
		assertRefused(write("no-a.csv", "B\nw\n"), CONTRACT, "no-a.csv line 1: missing column 'A'");
	}

	@Test
	void unexpectedColumnIsRefusedWhenTheContractSaysSo() throws IOException {
		assertRefused(write("extra.csv", "A,B,C\nv,w,x\n"), contract("reject"),
				"extra.csv line 1: unexpected column 'C' (column 3) is not in the test contract");
	}

	@Test
	void repeatedColumnIsRefused() throws IOException {
		assertRefused(write("twice.csv", "A,B,a\nv,w,x\n"), CONTRACT,
				"twice.csv line 1: column 'A' appears twice (columns 1 and 3)");
	}

	@Test
	void semicolonSeparatedFileIsRefused() throws IOException {
		assertRefused(write("semi.csv", "A;B\nv;w\n"), CONTRACT,
				"semi.csv line 1: the header is separated by ';', not by commas; export the file as comma-separated");
	}

	@Test
	void emptyAndHeaderOnlyFilesAreRefused() throws IOException {
		assertRefused(write("empty.csv", ""), CONTRACT, "empty.csv: the file is empty");
		assertRefused(write("header.csv", "A,B\n"), CONTRACT, "header.csv: the file has a header but no rows");
	}

	@Test
	void utf16FileIsRefused() throws IOException {
		Path file = this.folder.resolve("utf16.csv");
		Files.write(file, concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, "A,B\n"));
		assertRefused(file, CONTRACT, "utf16.csv: the file is UTF-16 (it starts with a UTF-16 byte order mark); "
				+ "save the extract as UTF-8");
	}

	@Test
	void bytesThatAreNotUtf8BecomeReplacementCharactersOnTheirRow() throws IOException {
		Path file = this.folder.resolve("cp1252.csv");
		Files.write(file,
				concat(concat("A,B\nv,w\n".getBytes(StandardCharsets.UTF_8), new byte[] { 'x', (byte) 0xA3 }), ",y\n"));
		List<RawRow> rows = read(file, CONTRACT);
		assertThat(rows.get(1).line()).isEqualTo(3);
		assertThat(rows.get(1).values()[0]).isEqualTo("x\uFFFD");
	}

	@Test
	void checkReturnsTheProblemInsteadOfThrowing() throws IOException {
		assertThat(CsvSource.check(write("good.csv", "A,B\nv,w\n"), CONTRACT)).isNull();
		assertThat(CsvSource.check(write("bad.csv", "B\nw\n"), CONTRACT)).hasMessageContaining("missing column 'A'");
	}

	private static void assertRefused(Path file, Contract contract, String message) {
		assertThatExceptionOfType(FileRejectedException.class).isThrownBy(() -> read(file, contract))
			.withMessage(message);
	}

	private static List<RawRow> read(Path file, Contract contract) throws IOException {
		List<RawRow> rows = new ArrayList<>();
		try (CsvSource source = CsvSource.open(file, contract)) {
			while (source.hasNext()) {
				rows.add(source.next());
			}
		}
		return rows;
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.folder.resolve(name), content);
	}

	private static byte[] concat(byte[] start, String rest) {
		return concat(start, rest.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] concat(byte[] start, byte[] rest) {
		byte[] all = new byte[start.length + rest.length];
		System.arraycopy(start, 0, all, 0, start.length);
		System.arraycopy(rest, 0, all, start.length, rest.length);
		return all;
	}

	private static Contract contract(String extraColumns) {
		return ContractLoader.fromYaml(new Yaml().load("""
				name: test
				source: test
				files: "*.csv"
				extraColumns: %s
				columns:
				  - {name: A, required: true}
				  - {name: B, aliases: [second]}
				""".formatted(extraColumns)));
	}

}
