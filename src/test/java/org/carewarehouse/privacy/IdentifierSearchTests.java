package org.carewarehouse.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class IdentifierSearchTests {

	private static final List<String> IDENTIFIERS = List.of("9990000018", "9990000026", "Zoë", "L20 9ZZ", "1941-05-03");

	@Test
	void passesWhenNoFileHoldsAnIdentifier(@TempDir Path folder) throws IOException {
		write(folder.resolve("a.parquet"), "99900000 L20 9Z 1941-05-0 Zo 999000001");
		assertThatNoException().isThrownBy(() -> IdentifierSearch.assertNoneIn(folder, IDENTIFIERS));
	}

	@Test
	void findsAnIdentifierAtTheVeryEndOfAFileInAFolderBelow(@TempDir Path folder) throws IOException {
		write(folder.resolve("a.parquet"), "nothing here");
		write(folder.resolve("runs/run-1/b.parquet"), "PAR1\u0000\u00019990000026");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> IdentifierSearch.assertNoneIn(folder, IDENTIFIERS))
			.withMessageContaining("b.parquet holds 9990000026");
	}

	@Test
	void findsIdentifiersSharingTheirFirstBytesAndOnesOutsideAscii(@TempDir Path folder) throws IOException {
		write(folder.resolve("a.csv"), "x,9990000018,y");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> IdentifierSearch.assertNoneIn(folder, IDENTIFIERS))
			.withMessageContaining("holds 9990000018");
		write(folder.resolve("a.csv"), "name=Zoë;");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> IdentifierSearch.assertNoneIn(folder, IDENTIFIERS))
			.withMessageContaining("holds Zoë");
	}

	@Test
	void aNumberInsideAKeyedHashIsNotTheIdentifierButOneBesideOtherTextIs(@TempDir Path folder) throws IOException {
		write(folder.resolve("people.parquet"), "\u0000@3fa9990000018c0e\u0000@9990000026ab\u0000@c19990000018");
		assertThatNoException().isThrownBy(() -> IdentifierSearch.assertNoneIn(folder, IDENTIFIERS));
		write(folder.resolve("people.parquet"), "\u0000@3fa9990000018c0e\u0000NHS:9990000026;");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> IdentifierSearch.assertNoneIn(folder, IDENTIFIERS))
			.withMessageContaining("holds 9990000026");
		write(folder.resolve("people.parquet"), "x9990000018Z");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> IdentifierSearch.assertNoneIn(folder, IDENTIFIERS))
			.withMessageContaining("holds 9990000018");
	}

	@Test
	void readsAFileLinkedUnderTwoNamesAndSkipsLogs(@TempDir Path folder) throws IOException {
		write(folder.resolve("console.log"), "L20 9ZZ");
		write(folder.resolve("a.csv"), "x");
		assertThatNoException().isThrownBy(() -> IdentifierSearch.assertNoneIn(folder, IDENTIFIERS));
		write(folder.resolve("runs/b.parquet"), "1941-05-03");
		Files.createDirectories(folder.resolve("current"));
		Files.createLink(folder.resolve("current/b.parquet"), folder.resolve("runs/b.parquet"));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> IdentifierSearch.assertNoneIn(folder, IDENTIFIERS))
			.withMessageContaining("holds 1941-05-03");
	}

	@Test
	void refusesAnIdentifierTooShortToMeanAnything(@TempDir Path folder) throws IOException {
		write(folder.resolve("a.csv"), "x");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> IdentifierSearch.assertNoneIn(folder, List.of("7")))
			.withMessageContaining("two bytes or more");
	}

	private static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

}
