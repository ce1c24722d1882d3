package org.carewarehouse.warehouse;

import java.util.Map;

import org.carewarehouse.pipeline.Setting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The day windows the indicator models apply, as settings ({@code care.indicators.*}), so
 * that a council comparing with a definition of its own changes a number rather than the
 * SQL. The defaults are the national ones.
 *
 * @param newAdmissionDays a care home admission is new when no earlier stay ended fewer
 * than this many days before it (ASCOF 2B/2C: 365)
 * @param atHomeDays RBL-91 looks this many days after discharge (91)
 * @param reablementOutcomeDays RBL-84 looks this many days after discharge (84)
 * @param dischargeBeforeDays a discharge links to reablement starting up to this many
 * days after it (2D: 7)
 * @param dischargeAfterDays a discharge links to reablement starting up to this many days
 * before it (2D: 3)
 * @param clusterGapDays reablement episodes starting within this many days of the running
 * latest end join one cluster (2A, 2D: 7)
 * @param sequelDays what follows reablement within this many days is its sequel (2A: 7)
 * @param newClientDays a reablement client is new with no long-term support in this many
 * days before (2A: 91)
 */
@ConfigurationProperties("care.indicators")
public record IndicatorWindows(@DefaultValue("365") int newAdmissionDays, @DefaultValue("91") int atHomeDays,
		@DefaultValue("84") int reablementOutcomeDays, @DefaultValue("7") int dischargeBeforeDays,
		@DefaultValue("3") int dischargeAfterDays, @DefaultValue("7") int clusterGapDays,
		@DefaultValue("7") int sequelDays, @DefaultValue("91") int newClientDays) {

	/**
	 * Refuses a window of fewer than 0 days.
	 */
	public IndicatorWindows {
		Map.of("new-admission-days", newAdmissionDays, "at-home-days", atHomeDays, "reablement-outcome-days",
				reablementOutcomeDays, "discharge-before-days", dischargeBeforeDays, "discharge-after-days",
				dischargeAfterDays, "cluster-gap-days", clusterGapDays, "sequel-days", sequelDays, "new-client-days",
				newClientDays)
			.forEach((name, days) -> Setting.atLeast("care.indicators." + name, days, 0));
	}

	/** The national windows. */
	public static final IndicatorWindows NATIONAL = new IndicatorWindows(365, 91, 84, 7, 3, 7, 7, 91);

	/**
	 * The windows as the models' placeholders, e.g. {@code {{new_admission_days}}}.
	 * @return placeholder names and values
	 */
	Map<String, String> placeholders() {
		return Map.of("new_admission_days", String.valueOf(this.newAdmissionDays), "at_home_days",
				String.valueOf(this.atHomeDays), "reablement_outcome_days", String.valueOf(this.reablementOutcomeDays),
				"discharge_before_days", String.valueOf(this.dischargeBeforeDays), "discharge_after_days",
				String.valueOf(this.dischargeAfterDays), "cluster_gap_days", String.valueOf(this.clusterGapDays),
				"sequel_days", String.valueOf(this.sequelDays), "new_client_days", String.valueOf(this.newClientDays));
	}

}
