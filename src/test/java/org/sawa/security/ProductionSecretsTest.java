package org.sawa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Production refuses to start with the development keys, or without keys. */
class ProductionSecretsTest {

	@Test
	void the_development_keys_or_none_stop_a_production_start() {
		MockEnvironment development = new MockEnvironment()
			.withProperty("sawa.security.hmac-secret", "dev-only-secret-change-me-in-production-0123456789")
			.withProperty("sawa.audit.chain-key", "dev-only-audit-chain-key-change-me-in-production-0123")
			.withProperty("sawa.disclosure.cell-key", "dev-only-disclosure-cell-key-change-me-in-production");
		assertThatThrownBy(() -> new ProductionSecrets(development)).hasMessageContaining("sawa.security.hmac-secret")
			.hasMessageContaining("sawa.audit.chain-key")
			.hasMessageContaining("sawa.disclosure.cell-key")
			.hasMessageContaining("sawa.budget.ballot-key");
		MockEnvironment half = new MockEnvironment().withProperty("sawa.security.hmac-secret",
				"a-key-of-our-own-for-identity-numbers-2026");
		assertThat(ProductionSecrets.unsafe(half)).containsExactly("sawa.audit.chain-key", "sawa.disclosure.cell-key",
				"sawa.budget.ballot-key");
		MockEnvironment own = new MockEnvironment()
			.withProperty("sawa.security.hmac-secret", "a-key-of-our-own-for-identity-numbers-2026")
			.withProperty("sawa.audit.chain-key", "another-key-for-the-audit-chain-of-2026")
			.withProperty("sawa.disclosure.cell-key", "a-third-key-for-the-noise-of-published-counts")
			.withProperty("sawa.budget.ballot-key", "a-fourth-key-between-voters-and-their-ballots");
		new ProductionSecrets(own);
		assertThat(ProductionSecrets.unsafe(own)).isEmpty();
	}

}
