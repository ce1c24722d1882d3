package org.carewarehouse.finance;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.pipeline.FeedSteps;
import org.carewarehouse.privacy.Pseudonymiser;

import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The finance loads: ledger, budgets, the cost-centre map and commitments, each checked
 * against its contract and written to its table.
 */
@Configuration(proxyBeanMethods = false)
class FinanceJobConfiguration {

	@Bean
	Feed<LedgerTransaction> ledgerFeed() {
		return Feed.of(ContractLoader.load("finance-ledger"), FinanceTables.LEDGER, FinanceRule.LEDGER);
	}

	@Bean
	Feed<Budget> budgetsFeed() {
		return Feed.of(ContractLoader.load("finance-budgets"), FinanceTables.BUDGETS, FinanceRule.BUDGETS);
	}

	@Bean
	Feed<CostCentre> costCentresFeed() {
		return Feed.of(ContractLoader.load("finance-cost-centres"), FinanceTables.COST_CENTRES,
				FinanceRule.COST_CENTRES);
	}

	@Bean
	Feed<Commitment> commitmentsFeed() {
		return Feed.of(ContractLoader.load("finance-commitments"), FinanceTables.COMMITMENTS, FinanceRule.COMMITMENTS);
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
		return feedSteps.load("costCentres", costCentresFeed, CostCentreMapper::new);
	}

	@Bean
	Step commitmentsLoadStep(FeedSteps feedSteps, Feed<Commitment> commitmentsFeed,
			ObjectProvider<Pseudonymiser> pseudonymiser) {
		return feedSteps.load("commitments", commitmentsFeed, () -> new CommitmentMapper(pseudonymiser.getObject()));
	}

}
