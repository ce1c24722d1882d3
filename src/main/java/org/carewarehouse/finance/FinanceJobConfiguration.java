package org.carewarehouse.finance;

import java.util.List;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.pipeline.FeedSteps;

import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The finance loads: ledger, budgets and the cost-centre map, each checked against its
 * contract and written to its table.
 */
@Configuration(proxyBeanMethods = false)
class FinanceJobConfiguration {

	@Bean
	Feed<LedgerTransaction> ledgerFeed() {
		return new Feed<>(ContractLoader.load("finance-ledger"), FinanceTables.LEDGER, FinanceRule.ALL);
	}

	@Bean
	Feed<Budget> budgetsFeed() {
		return new Feed<>(ContractLoader.load("finance-budgets"), FinanceTables.BUDGETS, List.of());
	}

	@Bean
	Feed<CostCentre> costCentresFeed() {
		return new Feed<>(ContractLoader.load("finance-cost-centres"), FinanceTables.COST_CENTRES, List.of());
	}

	@Bean
	Step ledgerLoadStep(FeedSteps feedSteps, Feed<LedgerTransaction> ledgerFeed) {
		return feedSteps.load("ledger", ledgerFeed, LedgerMapper::new);
	}

	@Bean
	Step budgetsLoadStep(FeedSteps feedSteps, Feed<Budget> budgetsFeed) {
		return feedSteps.load("budgets", budgetsFeed, BudgetMapper::new);
	}

	@Bean
	Step costCentresLoadStep(FeedSteps feedSteps, Feed<CostCentre> costCentresFeed) {
		return feedSteps.load("cost_centres", costCentresFeed, CostCentreMapper::new);
	}

}
