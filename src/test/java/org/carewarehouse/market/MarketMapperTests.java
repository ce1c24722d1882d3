package org.carewarehouse.market;

import java.util.HashMap;
import java.util.Map;

import org.carewarehouse.pipeline.Contract;
import org.carewarehouse.pipeline.ContractLoader;
import org.carewarehouse.pipeline.ContractRows;
import org.carewarehouse.pipeline.RowRejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CQC care directory mapper on single rows built by column name: the service type
 * columns folded into one list, the care home answer, and blank beds. Every value is
 * synthetic.
 */
class MarketMapperTests {

	private static final Contract CONTRACT = ContractLoader.load("cqc-care-directory");

	private static final String WITH_NURSING = "Service type - Care home service with nursing";

	private static final String WITHOUT_NURSING = "Service type - Care home service without nursing";

	private static final String DOMICILIARY = "Service type - Domiciliary care service";

	private static final String LEARNING_DISABILITY = "Service type - Community based services for people with a learning disability";

	@Test
	void careHomeKeepsItsIdNameBedsAndAuthority() throws Exception {
		CareLocation location = location(Map.of());
		assertThat(location).isEqualTo(new CareLocation("1-000000001", "Synthetic Care Home", "Y", 40L, "Sefton",
				"Care home service with nursing"));
	}

	@Test
	void serviceTypesMarkedYAreListedInTheDirectorysOrderSeparatedByABar() throws Exception {
		assertThat(location(Map.of(WITH_NURSING, "Y", WITHOUT_NURSING, "Y")).serviceTypes())
			.isEqualTo("Care home service with nursing | Care home service without nursing");
		assertThat(location(Map.of(WITH_NURSING, "", DOMICILIARY, "Y", LEARNING_DISABILITY, "Y")).serviceTypes())
			.isEqualTo("Domiciliary care service | Community based services for people with a learning disability");
	}

	@Test
	void serviceTypeMarkedNOrLeftBlankIsNotListed() throws Exception {
		assertThat(location(Map.of(WITHOUT_NURSING, "N", DOMICILIARY, "")).serviceTypes())
			.isEqualTo("Care home service with nursing");
	}

	@Test
	void locationOfferingNoneOfTheListedServiceTypesLoadsWithAnEmptyList() throws Exception {
		assertThat(location(Map.of(WITH_NURSING, "")).serviceTypes()).isEmpty();
	}

	@Test
	void careHomeAnsweredYesOrNoIsNormalisedToYOrN() throws Exception {
		assertThat(location(Map.of("Care home?", "Yes")).careHome()).isEqualTo("Y");
		assertThat(location(Map.of("Care home?", "No", "Care homes beds", "")).careHome()).isEqualTo("N");
	}

	@Test
	void domiciliaryAgencyWithoutBedsLoadsWithBedsBlank() throws Exception {
		CareLocation agency = location(
				Map.of("Care home?", "N", "Care homes beds", "", WITH_NURSING, "", DOMICILIARY, "Y"));
		assertThat(agency.beds()).isNull();
		assertThat(agency.careHome()).isEqualTo("N");
		assertThat(agency.serviceTypes()).isEqualTo("Domiciliary care service");
	}

	@Test
	void feedAppliesNoRulesOfItsOwn() {
		assertThat(CareLocation.RULES).isEmpty();
	}

	/**
	 * A synthetic 40-bed nursing home, with the named columns changed (an empty value is
	 * a blank cell).
	 */
	private static CareLocation location(Map<String, String> changes) throws RowRejectedException {
		Map<String, String> values = new HashMap<>();
		values.put("Location ID", "1-000000001");
		values.put("Location Name", "Synthetic Care Home");
		values.put("Care home?", "Y");
		values.put("Care homes beds", "40");
		values.put("Location Local Authority", "Sefton");
		values.put(WITH_NURSING, "Y");
		return CareLocation.mapper().map(ContractRows.typed(CONTRACT, values, changes));
	}

}
