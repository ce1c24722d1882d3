package org.carewarehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's project layout names every folder a newcomer meets, and nothing that is
 * not there: each top-level folder and each main package is listed, and each listed path
 * exists.
 */
class ProjectLayoutTests {

	private static final Path MAIN = Path.of("src/main/java/org/carewarehouse");

	@Test
	void everyListedPathExists() throws IOException {
		List<String> ignored = Files.readAllLines(Path.of(".gitignore"));
		assertThat(listedPaths()).isNotEmpty()
			.filteredOn((path) -> !ignored.contains(path))
			.allSatisfy((path) -> assertThat(Path.of(path)).as(path).exists());
	}

	@Test
	void everyTopLevelFolderAndMainPackageIsListed() throws IOException {
		List<String> listed = listedPaths();
		try (Stream<Path> top = Files.list(Path.of("."))) {
			List<String> folders = top.filter(Files::isDirectory)
				.map((folder) -> folder.getFileName().toString())
				.filter((name) -> !name.startsWith(".") && !name.equals("target"))
				.toList();
			assertThat(folders).allSatisfy(
					(folder) -> assertThat(listed).as(folder).anyMatch((path) -> path.startsWith(folder + "/")));
		}
		try (Stream<Path> packages = Files.list(MAIN)) {
			List<String> names = packages.filter(Files::isDirectory)
				.map((p) -> MAIN.resolve(p.getFileName()) + "/")
				.toList();
			assertThat(listed).containsAll(names);
		}
	}

	/**
	 * The paths of the layout block: a line's first words ending in {@code /}, those
	 * indented under {@code src/main/java/org/carewarehouse/} taken as its packages.
	 */
	private static List<String> listedPaths() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		Matcher block = Pattern.compile("```\\n(jobs/ .*?)```", Pattern.DOTALL).matcher(readme);
		assertThat(block.find()).as("the README's layout block, starting with jobs/").isTrue();
		List<String> paths = new ArrayList<>();
		String parent = "";
		for (String line : block.group(1).split("\\n")) {
			Matcher names = Pattern.compile("^(\\s*)((?:[\\w.-]+/+\\S*\\s?)+)").matcher(line);
			if (!names.find()) {
				continue;
			}
			boolean nested = !names.group(1).isEmpty();
			for (String name : names.group(2).trim().split("\\s+")) {
				paths.add(nested ? parent + name : name);
			}
			if (!nested) {
				parent = names.group(2).trim();
			}
		}
		return paths;
	}

}
