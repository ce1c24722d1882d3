package org.carewarehouse.pipeline;

/**
 * The types a contract column can declare: DECIMAL is exact money (two places), NUMBER a
 * statistic such as a rate or a confidence limit (double precision).
 */
public enum ColumnType {

	STRING, INTEGER, DECIMAL, NUMBER, DATE, TIMESTAMP, CODE

}
