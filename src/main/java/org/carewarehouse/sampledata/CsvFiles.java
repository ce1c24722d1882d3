package org.carewarehouse.sampledata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.carewarehouse.pipeline.ContractColumn;
import org.carewarehouse.pipeline.ContractLoader;

/**
 * Opens the sample's CSV files, gzip-compressed or plain. Java's gzip stream writes no
 * timestamp, so compressed files are as reproducible as plain ones.
 */
final class CsvFiles {

	private final boolean compress;

	CsvFiles(boolean compress) {
		this.compress = compress;
	}

	/**
	 * An extract with the headings its contract declares, in the contract's order, so
	 * that the sample meets the contract it is loaded against.
	 */
	CSVPrinter createFor(Path folder, String baseName, String contract) throws IOException {
		return create(folder, baseName, headings(contract));
	}

	static String[] headings(String contract) {
		return ContractLoader.load(contract).columns().stream().map(ContractColumn::name).toArray(String[]::new);
	}

	/**
	 * An extract with headings of its own: a published format with columns the contract
	 * does not read, or an extract that leaves optional columns out.
	 */
	CSVPrinter create(Path folder, String baseName, String... header) throws IOException {
		Files.createDirectories(folder);
		OutputStream out = Files.newOutputStream(folder.resolve(baseName + (this.compress ? ".csv.gz" : ".csv")));
		if (this.compress) {
			out = new GZIPOutputStream(out, 65536);
		}
		return new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(header).get());
	}

}
