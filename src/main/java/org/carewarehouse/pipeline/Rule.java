package org.carewarehouse.pipeline;

/**
 * A validation rule with a stable code, as it appears in the rejects table and the rule
 * catalogue.
 *
 * @param code the stable code, never reused for another meaning
 * @param description what the rule checks, in words a data owner understands
 */
public record Rule(String code, String description) {

}
