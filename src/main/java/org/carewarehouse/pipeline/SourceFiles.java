package org.carewarehouse.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A feed's files in its source system's folder, one partition each: files load in
 * parallel and a restart reloads only the files that had not finished.
 */
public final class SourceFiles implements Partitioner {

	/** Key of the partition's file path in its step execution context. */
	public static final String FILE = "file";

	/** Key of the name of an earlier file with the same bytes, if any. */
	public static final String DUPLICATE_OF = "duplicateOf";

	/** A file name's extensions: {@code .csv}, {@code .csv.gz}. */
	private static final Pattern EXTENSION = Pattern.compile("(\\.[A-Za-z]+)+$");

	private final Contract contract;

	private static final Log logger = LogFactory.getLog(SourceFiles.class);

	private final RunFolders folders;

	private final boolean required;

	/**
	 * Creates the partitioner.
	 * @param contract the feed's contract, naming its folder and file pattern
	 * @param folders where the running job's extracts are
	 * @param required whether a night without files for the feed is an error
	 */
	public SourceFiles(Contract contract, RunFolders folders, boolean required) {
		this.contract = contract;
		this.folders = folders;
		this.required = required;
	}

	/**
	 * The feed's files, sorted by name.
	 * @param sourcesRoot the folder holding one folder per source system
	 * @return the files
	 */
	public List<Path> list(Path sourcesRoot) {
		Path folder = sourcesRoot.resolve(this.contract.sourceFolder());
		List<Path> files = new ArrayList<>();
		if (Files.isDirectory(folder)) {
			PathMatcher pattern = folder.getFileSystem().getPathMatcher("glob:" + this.contract.filePattern());
			try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder,
					(file) -> matches(pattern, file.getFileName()))) {
				stream.forEach(files::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list " + folder, ex);
			}
		}
		if (files.isEmpty()) {
			String problem = "no " + this.contract.name() + " files matching " + this.contract.filePattern();
			if (this.required) {
				throw new FileRejectedException(folder.toString(), 0, problem + " (the feed is required)");
			}
			logger.warn(folder + ": " + problem + "; the feed loads nothing tonight");
		}
		files.sort(null);
		return files;
	}

	/**
	 * Whether a feed's pattern matches a file's name, its extension written in any case:
	 * systems on Windows write {@code LEDGER.CSV} as often as {@code ledger.csv}. The
	 * rest of the name is matched as written.
	 * @param pattern the feed's file pattern
	 * @param fileName the file's name
	 * @return whether the feed reads the file
	 */
	static boolean matches(PathMatcher pattern, Path fileName) {
		String name = fileName.toString();
		Matcher extension = EXTENSION.matcher(name);
		return pattern.matches(fileName) || (extension.find() && pattern.matches(fileName.getFileSystem()
			.getPath(name.substring(0, extension.start()) + extension.group().toLowerCase(Locale.ROOT))));
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new HashMap<>();
		StepExecution manager = StepSynchronizationManager.getContext().getStepExecution();
		Map<String, String> digests = new HashMap<>();
		List<Path> files = list(this.folders.sources(manager.getJobExecution()));
		// only files of the same length can be copies of each other: the others are not
		// read here at all
		Map<Long, Long> lengths = files.stream()
			.filter(Files::isRegularFile)
			.collect(Collectors.groupingBy(SourceFiles::length, Collectors.counting()));
		for (Path file : files) {
			ExecutionContext context = new ExecutionContext();
			context.putString(FILE, file.toAbsolutePath().toString());
			String earlier = (Files.isRegularFile(file) && lengths.get(length(file)) > 1)
					? digests.putIfAbsent(digest(file), file.getFileName().toString()) : null;
			if (earlier != null) {
				context.putString(DUPLICATE_OF, earlier);
			}
			partitions.put(file.getFileName().toString(), context);
		}
		return partitions;
	}

	private static long length(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	private static String digest(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
