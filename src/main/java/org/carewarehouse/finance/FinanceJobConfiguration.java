package org.carewarehouse.finance;

import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.Feed;
import org.carewarehouse.privacy.Pseudonymiser;

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
		return Feed.of(ContractLoader.load("finance-ledger"), FinanceTables.LEDGER, FinanceRule.LEDGER,
				LedgerMapper::new);
	}

	@Bean
	Feed<Budget> budgetsFeed() {
		return Feed.of(ContractLoader.load("finance-budgets"), FinanceTables.BUDGETS, FinanceRule.BUDGETS,
				BudgetMapper::new);
	}

	@Bean
	Feed<CostCentre> costCentresFeed() {
		return Feed.of(ContractLoader.load("finance-cost-centres"), FinanceTables.COST_CENTRES,
				FinanceRule.COST_CENTRES, CostCentreMapper::new);
	}

	@Bean
	Feed<Commitment> commitmentsFeed(ObjectProvider<Pseudonymiser> pseudonymiser) {
		return Feed.of(ContractLoader.load("finance-commitments"), FinanceTables.COMMITMENTS, FinanceRule.COMMITMENTS,
				() -> new CommitmentMapper(pseudonymiser.getObject()));
	}

}
