package org.sawa.follow.internal;

import org.sawa.account.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A deleted account follows nothing more: its subscriptions and notices go with it. */
@Component
class ForgetDeleted {

	private final JdbcClient jdbc;

	ForgetDeleted(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(AccountDeleted deleted) {
		jdbc.sql("DELETE FROM follow_notice WHERE person_id = :p").param("p", deleted.personId()).update();
		jdbc.sql("DELETE FROM follow_subscription WHERE person_id = :p").param("p", deleted.personId()).update();
	}

}
