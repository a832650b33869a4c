package org.sawa.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In production, Sawa does not start with the development keys written in
 * application.properties: with them, anyone could compute the HMAC of every identity
 * number, rewrite the audit log unseen and take the noise off every published count. Each
 * key must be set and its own.
 */
@Component
@Profile("prod")
class ProductionSecrets {

	/** The settings that hold a key, and the start of the development value of each. */
	static final List<String> KEYS = List.of("sawa.security.hmac-secret", "sawa.audit.chain-key",
			"sawa.disclosure.cell-key", "sawa.budget.ballot-key");

	static final String DEVELOPMENT = "dev-only";

	ProductionSecrets(Environment environment) {
		List<String> unset = unsafe(environment);
		if (!unset.isEmpty()) {
			throw new IllegalStateException("Production needs keys of its own: set " + String.join(", ", unset)
					+ " (environment variables SAWA_SECURITY_HMAC_SECRET, SAWA_AUDIT_CHAIN_KEY, SAWA_DISCLOSURE_CELL_KEY, SAWA_BUDGET_BALLOT_KEY), at least 32 characters each");
		}
	}

	/** The key settings still holding the development value, or nothing. */
	static List<String> unsafe(Environment environment) {
		List<String> unsafe = new ArrayList<>();
		for (String key : KEYS) {
			String value = environment.getProperty(key, "");
			if (value.isBlank() || value.startsWith(DEVELOPMENT)) {
				unsafe.add(key);
			}
		}
		return unsafe;
	}

}
