/**
 * The commissioning plans feed: each council's plan for a service (its tiers or service
 * models, their target shares and prices, {@code commissioning/plan-tiers-*.csv}) and the
 * savings it commits to by year ({@code commissioning/plan-savings-*.csv}), loaded like
 * any extract into {@code plan_tiers} and {@code plan_savings}.
 */
@NullMarked
package org.carewarehouse.commissioning;

import org.jspecify.annotations.NullMarked;
