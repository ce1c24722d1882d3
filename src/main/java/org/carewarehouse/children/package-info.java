/**
 * Children looked after: the DfE SSDA903 (children looked after) Header and Episodes
 * tables from the council's children's system ({@code children/ssda903-*-header.csv} and
 * {@code children/ssda903-*-episodes.csv}), loaded into the {@code children_header} and
 * {@code children_episodes} tables. Episode repair is done in SQL over the loaded
 * episodes ({@code warehouse/sql/marts/child_episode_repairs.sql}).
 */
@NullMarked
package org.carewarehouse.children;

import org.jspecify.annotations.NullMarked;
