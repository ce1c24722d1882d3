package org.carewarehouse.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looks for people's identifiers, byte for byte, in every file a run left under a folder
 * (Parquet, catalog, job repository, exports), logs aside. The identifiers are indexed by
 * their first two bytes, so each file is read once however many there are; a file linked
 * under two names (a run and {@code current/}) is read once. A number (an NHS number, a
 * child's id) found inside a longer run of lowercase hex is part of a keyed hash, not the
 * identifier: 10 digits turn up in the warehouse's hundreds of thousands of 64-character
 * person keys about once in a few hundred runs.
 */
public final class IdentifierSearch {

	private final byte[][][] byFirstTwoBytes = new byte[1 << 16][][];

	private IdentifierSearch(Collection<String> identifiers) {
		for (String identifier : new HashSet<>(identifiers)) {
			byte[] bytes = identifier.getBytes(StandardCharsets.UTF_8);
			assertThat(bytes.length).as("an identifier of two bytes or more: " + identifier).isGreaterThanOrEqualTo(2);
			int key = key(bytes, 0);
			byte[][] bucket = this.byFirstTwoBytes[key];
			bucket = (bucket == null) ? new byte[1][] : Arrays.copyOf(bucket, bucket.length + 1);
			bucket[bucket.length - 1] = bytes;
			this.byFirstTwoBytes[key] = bucket;
		}
	}

	/**
	 * Fails naming the file and the identifier if any file under {@code folder}, logs
	 * aside, holds one of {@code identifiers}.
	 */
	public static void assertNoneIn(Path folder, Collection<String> identifiers) throws IOException {
		IdentifierSearch search = new IdentifierSearch(identifiers);
		Set<Object> read = new HashSet<>();
		List<Path> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.filter(Files::isRegularFile).filter((file) -> !file.toString().endsWith(".log")).forEach(files::add);
		}
		assertThat(files).as("files under " + folder).isNotEmpty();
		for (Path file : files) {
			Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
			if (key == null || read.add(key)) {
				String found = search.firstIn(Files.readAllBytes(file));
				assertThat(found).as(file + " holds " + found).isNull();
			}
		}
	}

	private String firstIn(byte[] content) {
		for (int at = 0; at + 1 < content.length; at++) {
			byte[][] bucket = this.byFirstTwoBytes[key(content, at)];
			if (bucket != null) {
				for (byte[] identifier : bucket) {
					if (at + identifier.length <= content.length
							&& Arrays.equals(content, at, at + identifier.length, identifier, 0, identifier.length)
							&& !insideHex(content, at, identifier)) {
						return new String(identifier, StandardCharsets.UTF_8);
					}
				}
			}
		}
		return null;
	}

	private static boolean insideHex(byte[] content, int at, byte[] identifier) {
		for (byte b : identifier) {
			if (b < '0' || b > '9') {
				return false;
			}
		}
		int end = at + identifier.length;
		return (at > 0 && hex(content[at - 1])) || (end < content.length && hex(content[end]));
	}

	private static boolean hex(byte b) {
		return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f');
	}

	private static int key(byte[] bytes, int at) {
		return ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
	}

}
