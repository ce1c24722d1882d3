package org.carewarehouse.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.carewarehouse.Command;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * {@code export --to=DIR [--replace]}: writes the published zone of the catalog into a
 * folder outside the warehouse. It is written into a scratch folder beside DIR and moved
 * into place when whole, so a failed export leaves DIR as it was; a folder that is not
 * empty is replaced only when it holds an earlier export and {@code --replace} says so.
 */
@Component
class ExportCommand implements Command<ExportOptions> {

	private final Catalog catalog;

	private final RunLayout layout;

	private final DuckDbConnections connections;

	ExportCommand(Catalog catalog, RunLayout layout, WarehouseProperties properties) {
		this.catalog = catalog;
		this.layout = layout;
		this.connections = DuckDbConnections.of(properties);
	}

	@Override
	public Class<ExportOptions> options() {
		return ExportOptions.class;
	}

	@Override
	public int run(ExportOptions options) throws IOException {
		this.catalog.requirePublished();
		Path to = real(options.to());
		String refusal = refusal(to, options.replace());
		if (refusal != null) {
			System.err.println("refused: " + refusal);
			return USAGE;
		}
		Files.createDirectories(to.getParent());
		Path scratch = Files.createTempDirectory(to.getParent(), "." + to.getFileName() + ".export-");
		try {
			ExportManifest manifest = new PublishedExport(this.catalog.file(), readable(), this.connections)
				.writeInto(scratch);
			manifest.writeInto(scratch);
			if (Files.exists(to)) {
				delete(to);
			}
			Files.move(scratch, to, StandardCopyOption.ATOMIC_MOVE);
			System.out.println(
					"Exported " + manifest.views().size() + " published views as at " + manifest.asOf() + " to " + to);
			return OK;
		}
		catch (SQLException ex) {
			System.err.println("export failed: " + ex.getMessage());
			return FAILED;
		}
		finally {
			if (Files.exists(scratch)) {
				delete(scratch);
			}
		}
	}

	private @Nullable String refusal(Path to, boolean replace) throws IOException {
		for (Path kept : warehouseFolders()) {
			if (to.startsWith(kept) || kept.startsWith(to)) {
				return "--to=" + to + " is inside the warehouse or holds it (" + kept + "); an export goes outside it";
			}
		}
		if (Files.exists(to) && !Files.isDirectory(to)) {
			return "--to=" + to + " is a file, not a folder";
		}
		if (Files.isDirectory(to) && !empty(to)) {
			if (!replace) {
				return "--to=" + to + " is not empty; give an empty or new folder, or --replace to replace an "
						+ "earlier export there";
			}
			if (!Files.exists(to.resolve(ExportManifest.MANIFEST))) {
				return "--to=" + to + " holds no earlier export (no " + ExportManifest.MANIFEST
						+ "); --replace replaces only an export";
			}
		}
		return null;
	}

	/** The warehouse's local folders: its root when local, and the catalog's folder. */
	private List<Path> warehouseFolders() throws IOException {
		Path catalogFolder = real(this.catalog.file().getParent());
		if (!"file".equals(this.layout.root().getScheme())) {
			return List.of(catalogFolder);
		}
		return List.of(real(Path.of(this.layout.root())), catalogFolder);
	}

	private List<String> readable() {
		return Stream.of(this.layout.runs(), this.layout.history())
			.map(this.layout::forDuckDb)
			.map((path) -> path.endsWith("/") ? path : path + "/")
			.toList();
	}

	/** Absolute, with symbolic links of the part that exists resolved. */
	private static Path real(Path path) throws IOException {
		Path absolute = path.toAbsolutePath().normalize();
		Path existing = absolute;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		return (existing != null) ? existing.toRealPath().resolve(existing.relativize(absolute)) : absolute;
	}

	private static boolean empty(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
