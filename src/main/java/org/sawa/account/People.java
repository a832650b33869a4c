package org.sawa.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.input.Emails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The person table. */
@Repository
public class People {

	private final JdbcClient jdbc;

	private final Clock clock;

	People(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public Optional<Person> byEmail(String email) {
		return jdbc.sql("SELECT * FROM person WHERE email = :email")
			.param("email", normalise(email))
			.query(People::map)
			.optional();
	}

	/** The display names of some people, by id (those who no longer exist are absent). */
	java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		jdbc.sql("SELECT id, display_name FROM person WHERE id = ANY(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(rs -> {
				names.put(rs.getLong("id"), rs.getString("display_name"));
			});
		return names;
	}

	List<Person> byIds(java.util.Collection<Long> ids) {
		return jdbc.sql("SELECT * FROM person WHERE id = ANY(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(People::map)
			.list();
	}

	/**
	 * A person, read once per transaction: an act reads its author's profile for more
	 * than one purpose (a signature: the residence and the demographic snapshot), and the
	 * second reading is answered from the first (until this class writes a person again).
	 */
	Optional<Person> byId(long id) {
		Map<Long, Optional<Person>> read = ReadInTransaction.map();
		if (read == null) {
			return select(id);
		}
		return read.computeIfAbsent(id, this::select);
	}

	private Optional<Person> select(long id) {
		return jdbc.sql("SELECT * FROM person WHERE id = :id").param("id", id).query(People::map).optional();
	}

	/**
	 * The people read in the current transaction; put aside while a transaction of its
	 * own runs inside it, dropped when it ends.
	 */
	private static final class ReadInTransaction implements TransactionSynchronization {

		private final Map<Long, Optional<Person>> read = new HashMap<>();

		/** This transaction's map, null outside a transaction. */
		static Map<Long, Optional<Person>> map() {
			if (!TransactionSynchronizationManager.isSynchronizationActive()) {
				return null;
			}
			if (TransactionSynchronizationManager
				.getResource(ReadInTransaction.class) instanceof ReadInTransaction own) {
				return own.read;
			}
			ReadInTransaction own = new ReadInTransaction();
			TransactionSynchronizationManager.bindResource(ReadInTransaction.class, own);
			TransactionSynchronizationManager.registerSynchronization(own);
			return own.read;
		}

		/** Forgets what this transaction read, after a write. */
		static void forget() {
			if (TransactionSynchronizationManager
				.getResource(ReadInTransaction.class) instanceof ReadInTransaction own) {
				own.read.clear();
			}
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(ReadInTransaction.class);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(ReadInTransaction.class, this);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(ReadInTransaction.class);
		}

	}

	/**
	 * Inserts a new person, or answers empty when the e-mail is taken (the unique index
	 * decides).
	 */
	Optional<Long> insert(String email, String passwordHash, String displayName, String language) {
		return jdbc.sql("""
				INSERT INTO person (email, password_hash, display_name, preferred_language, created_at)
				VALUES (:email, :hash, :name, :lang, :at)
				ON CONFLICT (email) DO NOTHING RETURNING id""")
			.param("at", Timestamp.from(clock.instant()))
			.param("email", normalise(email))
			.param("hash", passwordHash)
			.param("name", displayName)
			.param("lang", language)
			.query(Long.class)
			.optional();
	}

	void confirm(long id) {
		ReadInTransaction.forget();
		jdbc.sql("UPDATE person SET email_confirmed_at = coalesce(email_confirmed_at, :at) WHERE id = :id")
			.param("at", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
	}

	void setPassword(long id, String hash) {
		ReadInTransaction.forget();
		jdbc.sql("UPDATE person SET password_hash = :hash WHERE id = :id").param("hash", hash).param("id", id).update();
	}

	void updateProfile(long id, ProfileForm form) {
		ReadInTransaction.forget();
		jdbc.sql("""
				UPDATE person SET display_name = :name, preferred_language = :lang, sex = :sex,
				       birth_year = :birthYear, disability = :disability, residence_territory_id = :residence
				WHERE id = :id""")
			.param("name", form.displayName().trim())
			.param("lang", form.preferredLanguage())
			.param("sex", blankToNull(form.sex()))
			.param("birthYear", form.birthYear())
			.param("disability",
					"yes".equals(form.disability()) ? Boolean.TRUE
							: "no".equals(form.disability()) ? Boolean.FALSE : null)
			.param("residence", form.residenceTerritoryId())
			.param("id", id)
			.update();
	}

	void delete(long id) {
		ReadInTransaction.forget();
		jdbc.sql("DELETE FROM person WHERE id = :id").param("id", id).update();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
	}

	public static String normalise(String email) {
		return Emails.normalise(email);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	static Person map(ResultSet rs, int row) throws SQLException {
		int birthYear = rs.getInt("birth_year");
		Integer by = rs.wasNull() ? null : birthYear;
		boolean disability = rs.getBoolean("disability");
		Boolean dis = rs.wasNull() ? null : disability;
		long residence = rs.getLong("residence_territory_id");
		Long res = rs.wasNull() ? null : residence;
		Timestamp confirmed = rs.getTimestamp("email_confirmed_at");
		return new Person(rs.getLong("id"), rs.getString("email"), rs.getString("password_hash"),
				rs.getString("display_name"), rs.getString("preferred_language"),
				confirmed == null ? null : confirmed.toInstant(), rs.getTimestamp("created_at").toInstant(),
				rs.getString("sex"), by, dis, res);
	}

}
