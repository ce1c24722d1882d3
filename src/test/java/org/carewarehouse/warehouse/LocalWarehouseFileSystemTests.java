package org.carewarehouse.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code file:} warehouse sets the permissions Hadoop asks for, through Java rather
 * than a {@code chmod} process per file.
 */
@DisabledOnOs(OS.WINDOWS)
class LocalWarehouseFileSystemTests {

	@TempDir
	Path home;

	/** The default umask, and one that also takes reading from others. */
	@ParameterizedTest
	@CsvSource({ "022, rw-r--r--, rwxr-xr-x", "027, rw-r-----, rwxr-x---" })
	void filesAndFoldersGetTheModeHadoopAsksForUnderTheUmask(String umask, String fileMode, String folderMode)
			throws IOException {
		FileSystem fs = fileSystem(umask);

		try (FSDataOutputStream out = fs.create(new org.apache.hadoop.fs.Path(this.home.resolve("a/b/file").toUri()))) {
			out.write(1);
		}

		assertThat(mode(this.home.resolve("a/b/file"))).isEqualTo(fileMode);
		assertThat(mode(this.home.resolve("a/b"))).isEqualTo(folderMode);
	}

	@Test
	void everyModeBitMapsToItsPosixPermission() throws IOException {
		Path file = Files.createFile(this.home.resolve("file"));
		FileSystem fs = fileSystem("022");

		for (String mode : new String[] { "0754", "0421", "0000", "0777", "0136" }) {
			fs.setPermission(new org.apache.hadoop.fs.Path(file.toUri()), new FsPermission(mode));

			assertThat(mode(file)).isEqualTo(new FsPermission(mode).toString());
		}
	}

	@Test
	void aFileOverwrittenIsReplacedSoThatALinkToItKeepsWhatItHeld() throws IOException {
		Path file = Files.writeString(this.home.resolve("file"), "published");
		Path link = Files.createLink(this.home.resolve("link"), file);
		FileSystem fs = fileSystem("022");

		try (FSDataOutputStream out = fs.create(new org.apache.hadoop.fs.Path(file.toUri()), true)) {
			out.writeBytes("written again");
		}

		assertThat(file).hasContent("written again");
		assertThat(link).hasContent("published");
	}

	private static FileSystem fileSystem(String umask) throws IOException {
		Configuration hadoop = new Configuration();
		hadoop.set("fs.file.impl", LocalWarehouseFileSystem.class.getName());
		hadoop.setBoolean("fs.file.impl.disable.cache", true);
		hadoop.set("fs.permissions.umask-mode", umask);
		FileSystem fs = FileSystem.get(java.net.URI.create("file:///"), hadoop);
		assertThat(fs).isInstanceOf(LocalWarehouseFileSystem.class);
		return fs;
	}

	private static String mode(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

}
