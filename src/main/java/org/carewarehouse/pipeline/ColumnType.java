package org.carewarehouse.pipeline;

/**
 * The types a contract column can declare.
 */
public enum ColumnType {

	STRING, INTEGER, DECIMAL, DATE, TIMESTAMP, CODE

}
