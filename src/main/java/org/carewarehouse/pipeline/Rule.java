package org.carewarehouse.pipeline;

/**
 * A validation rule with a stable code, as it appears in the rejects table and the rule
 * catalogue.
 */
public interface Rule {

	/**
	 * The stable code, never reused for another meaning.
	 * @return the rule code
	 */
	String code();

	/**
	 * What the rule checks, in words a data owner understands.
	 * @return the rule's description
	 */
	String description();

}
