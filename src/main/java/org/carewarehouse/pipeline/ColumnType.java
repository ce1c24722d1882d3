package org.carewarehouse.pipeline;

/**
 * The types a contract column can declare: DECIMAL is exact money (two places; a value
 * with more is rounded to the penny, a half away from zero, as DHSC's GetUniqueEvents
 * holds unit costs, unless the feed rejects it), NUMBER a statistic such as a rate or a
 * confidence limit (double precision).
 */
public enum ColumnType {

	STRING, INTEGER, DECIMAL, NUMBER, DATE, TIMESTAMP, CODE

}
