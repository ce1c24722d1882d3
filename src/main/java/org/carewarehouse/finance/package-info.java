/**
 * The finance feed: general ledger transactions, budgets and the cost-centre map to
 * ASC-FR service lines from the council's finance system, and commitments from its
 * placements and brokerage system (e.g. ContrOCC), all in {@code finance/}.
 */
@NullMarked
package org.carewarehouse.finance;

import org.jspecify.annotations.NullMarked;
