package org.carewarehouse.nightly;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Hadoop's MiniDFSCluster (one name node, one data node) in this JVM, storing its blocks
 * in a test's folder. Its shaded jars, which the build copies to
 * {@code target/hdfs-minicluster}, load in a class loader of their own: on the test class
 * path their Hadoop classes would meet the application's, and nothing of the cluster
 * leaks into the code under test, which reaches it over HDFS's wire protocol as a real
 * client does.
 */
final class HdfsCluster implements AutoCloseable {

	private static final Path JARS = Path.of("target", "hdfs-minicluster");

	private final Object cluster;

	private final int port;

	private HdfsCluster(Object cluster, int port) {
		this.cluster = cluster;
		this.port = port;
	}

	static HdfsCluster start(Path folder) throws Exception {
		URLClassLoader loader = new URLClassLoader(jars(), ClassLoader.getPlatformClassLoader());
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(loader);
		try {
			Class<?> configuration = loader.loadClass("org.apache.hadoop.conf.Configuration");
			Class<?> builder = loader.loadClass("org.apache.hadoop.hdfs.MiniDFSCluster$Builder");
			Object settings = configuration.getConstructor().newInstance();
			Object build = builder.getConstructor(configuration, File.class).newInstance(settings, folder.toFile());
			builder.getMethod("numDataNodes", int.class).invoke(build, 1);
			Object cluster = builder.getMethod("build").invoke(build);
			int port = (int) cluster.getClass().getMethod("getNameNodePort").invoke(cluster);
			return new HdfsCluster(cluster, port);
		}
		catch (Exception | Error ex) {
			loader.close();
			throw ex;
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	/**
	 * A folder in the cluster.
	 * @param path the folder's absolute path
	 * @return its {@code hdfs://} URI
	 */
	URI uri(String path) {
		return URI.create("hdfs://localhost:" + this.port + path);
	}

	/**
	 * Stops the cluster. Its class loader stays open: threads and shutdown hooks the
	 * cluster leaves behind still load classes from it.
	 */
	@Override
	public void close() throws Exception {
		this.cluster.getClass().getMethod("shutdown").invoke(this.cluster);
	}

	private static URL[] jars() throws IOException {
		if (!Files.isDirectory(JARS)) {
			throw new IllegalStateException(
					JARS + " is missing: run the tests with Maven, which copies the jars there");
		}
		try (Stream<Path> jars = Files.list(JARS)) {
			return jars.filter((jar) -> jar.toString().endsWith(".jar")).map(HdfsCluster::url).toArray(URL[]::new);
		}
	}

	private static URL url(Path jar) {
		try {
			return jar.toUri().toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
