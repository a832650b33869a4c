package org.sawa.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data read on almost every request (the territories), kept in memory on each
 * node and dropped when it changes, on every node (ADR 0036). A table's trigger announces
 * a change on PostgreSQL's channel {@code sawa_reference} when its transaction commits;
 * one connection per node listens and drops the copies of that table. While that
 * connection is not listening (at start, after the database restarted), nothing is served
 * from memory: every read goes to the database, so a copy is never older than a change
 * this node could have missed.
 */
@Component
public class ReferenceData implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

	private static final String CHANNEL = "sawa_reference";

	private final DataSource dataSource;

	private final Map<String, List<Cached<?>>> byTable = new ConcurrentHashMap<>();

	private volatile boolean listening;

	private volatile boolean running;

	private Thread listener;

	ReferenceData(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * A copy of what {@code loader} reads from the tables, dropped when any of them
	 * changes.
	 */
	public <T> Cached<T> cache(Supplier<T> loader, String... tables) {
		Cached<T> cached = new Cached<>(loader, Set.of(tables));
		for (String table : tables) {
			byTable.computeIfAbsent(table, t -> new CopyOnWriteArrayList<>()).add(cached);
		}
		return cached;
	}

	/**
	 * Values computed per key from the tables (a territory's population in a year), kept
	 * on each node and dropped when any of them changes; each is computed on the primary,
	 * as the copies are.
	 */
	public <K, V> Memo<K, V> memo(String... tables) {
		return new Memo<>(cache(ConcurrentHashMap::new, tables));
	}

	/** Values per key, computed once each until the tables change. */
	public static final class Memo<K, V> {

		private final Cached<Map<K, V>> values;

		private Memo(Cached<Map<K, V>> values) {
			this.values = values;
		}

		/** The key's value, computed by {@code compute} if this node has none. */
		public V get(K key, Function<K, V> compute) {
			return values.get().computeIfAbsent(key, k -> ReadRoute.onPrimary(() -> compute.apply(k)));
		}

	}

	/**
	 * Marks the tables as changed by the current transaction: until it ends, their copies
	 * are read from the database inside it (the transaction sees what it wrote, and a
	 * copy is never made of what it may yet roll back), and when it ends this node drops
	 * them at once, without waiting for the announcement the other nodes hear. Called by
	 * the code that writes them, inside its transaction.
	 */
	public void changing(String... tables) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			List.of(tables).forEach(this::drop);
			return;
		}
		@SuppressWarnings("unchecked")
		Set<String> changed = (Set<String>) TransactionSynchronizationManager.getResource(this);
		if (changed == null) {
			Set<String> bound = ConcurrentHashMap.newKeySet();
			TransactionSynchronizationManager.bindResource(this, bound);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ReferenceData.this);
					bound.forEach(ReferenceData.this::drop);
				}
			});
			changed = bound;
		}
		changed.addAll(List.of(tables));
	}

	/** Whether the current transaction changed one of these tables. */
	private boolean changedHere(Set<String> tables) {
		Object changed = TransactionSynchronizationManager.getResource(this);
		return changed instanceof Set<?> set && tables.stream().anyMatch(set::contains);
	}

	/** One table's copy. */
	public final class Cached<T> {

		private final Supplier<T> loader;

		private final Set<String> tables;

		/** Moves on at each change: a copy read before a change is not kept after it. */
		private final AtomicLong generation = new AtomicLong();

		private volatile T value;

		private Cached(Supplier<T> loader, Set<String> tables) {
			this.loader = loader;
			this.tables = tables;
		}

		/**
		 * The copy, read again if it was dropped; read each time while not listening, and
		 * in a transaction that changed its tables.
		 */
		public T get() {
			if (changedHere(tables)) {
				return loader.get();
			}
			T current = value;
			if (current != null && listening) {
				return current;
			}
			long before = generation.get();
			T read = ReadRoute.onPrimary(loader);
			if (listening && generation.get() == before) {
				value = read;
			}
			return read;
		}

		/**
		 * Drops the copy on this node at once (other nodes hear of it from the trigger):
		 * for a reader that found the copy missing what the database has.
		 */
		public void drop() {
			generation.incrementAndGet();
			value = null;
		}

	}

	/** Drops this node's copies that depend on the table. */
	private void drop(String table) {
		byTable.getOrDefault(table, List.of()).forEach(Cached::drop);
	}

	private void dropAll() {
		byTable.values().forEach(copies -> copies.forEach(Cached::drop));
	}

	private void listen() {
		while (running) {
			try (Connection connection = dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("LISTEN " + CHANNEL);
				PGConnection postgres = connection.unwrap(PGConnection.class);
				// anything may have changed while this node was not listening
				dropAll();
				listening = true;
				while (running) {
					// waits up to five seconds; throws when the connection is lost
					PGNotification[] notifications = postgres.getNotifications(5_000);
					for (PGNotification notification : notifications == null ? new PGNotification[0] : notifications) {
						drop(notification.getParameter());
					}
				}
			}
			catch (SQLException | RuntimeException lost) {
				listening = false;
				dropAll();
				if (running) {
					log.debug("Not listening to reference data changes: {}", lost.getMessage());
					pause();
				}
			}
		}
		listening = false;
	}

	private static void pause() {
		try {
			Thread.sleep(1_000);
		}
		catch (InterruptedException stop) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		running = true;
		listener = new Thread(this::listen, "sawa-reference-data");
		listener.setDaemon(true);
		listener.start();
	}

	@Override
	public void stop() {
		running = false;
		listening = false;
		if (listener != null) {
			listener.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
