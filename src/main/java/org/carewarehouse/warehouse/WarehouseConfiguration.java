package org.carewarehouse.warehouse;

import java.util.Map;

import org.carewarehouse.pipeline.ParquetTableWriter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The warehouse's shared beans: the Hadoop configuration every file system call uses, the
 * Parquet writer, the run layout, the local mirror and the catalog.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ WarehouseProperties.class, IndicatorWindows.class })
class WarehouseConfiguration {

	/**
	 * Hadoop settings from {@code care.hadoop.*}, e.g.
	 * {@code care.hadoop.fs.s3a.endpoint}.
	 * @return the settings
	 */
	@Bean
	@ConfigurationProperties("care.hadoop")
	Map<String, String> hadoopSettings() {
		return new java.util.TreeMap<>();
	}

	@Bean
	org.apache.hadoop.conf.Configuration hadoopConfiguration(Map<String, String> hadoopSettings) {
		org.apache.hadoop.conf.Configuration configuration = new org.apache.hadoop.conf.Configuration();
		// Parquet carries its own checksums: no .crc files beside every local file, and
		// permissions set without starting a process for each file
		configuration.set("fs.file.impl", LocalWarehouseFileSystem.class.getName());
		configuration.setBoolean("fs.file.impl.disable.cache", true);
		hadoopSettings.forEach(configuration::set);
		return configuration;
	}

	@Bean
	ParquetTableWriter parquetTableWriter(org.apache.hadoop.conf.Configuration hadoopConfiguration) {
		return new ParquetTableWriter(hadoopConfiguration);
	}

	@Bean
	RunLayout runLayout(WarehouseProperties properties) {
		return new RunLayout(properties);
	}

	@Bean
	LocalMirror localMirror(RunLayout layout, org.apache.hadoop.conf.Configuration hadoopConfiguration) {
		return new LocalMirror(layout, hadoopConfiguration);
	}

	@Bean
	Catalog catalog(WarehouseProperties properties, IndicatorWindows windows) {
		return new Catalog(properties, windows);
	}

}
