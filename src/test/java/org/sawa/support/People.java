package org.sawa.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.sawa.account.Accounts;
import org.sawa.account.Role;
import org.sawa.territory.Territories;
import org.springframework.stereotype.Component;

/**
 * The people a test needs, made through the application's own services: the demo's
 * accounts by their address, and new people (a confirmed account, optionally with a
 * self-declared profile or a role on a territory). One fixture for every test class
 * instead of each writing its own; addresses are made unique, since every test class
 * shares one database.
 */
@Component("testPeople")
public class People {

	/** The password of every demo account and of every person made here. */
	public static final String PASSWORD = "sawa-demo-2026";

	private static final AtomicInteger made = new AtomicInteger();

	private final Accounts accounts;

	private final Territories territories;

	People(Accounts accounts, Territories territories) {
		this.accounts = accounts;
		this.territories = territories;
	}

	/**
	 * A demo account's id: {@code admin}, {@code staff}, {@code officer},
	 * {@code citizen}...
	 */
	public long demo(String name) {
		return accounts.idByEmail(name.contains("@") ? name : name + "@sawa.demo").orElseThrow();
	}

	/** A new address, unique in the run: {@code prefix.N@example.ma}. */
	public String address(String prefix) {
		return prefix + "." + made.incrementAndGet() + "@example.ma";
	}

	/** A new confirmed account at that address, reading French. */
	public long person(String email) {
		return accounts.createConfirmed(email, PASSWORD, email.substring(0, email.indexOf('@')), "fr");
	}

	/** A new person who declared their sex, year of birth and commune of residence. */
	public long resident(String email, String sex, int birthYear, String communeCode) {
		long id = person(email);
		accounts.declareProfile(id, sex, birthYear, false, territories.byCode(communeCode).orElseThrow().id());
		return id;
	}

	/**
	 * A new resident of a commune of Béni Mellal-Khénifra, signed in through the form in
	 * a browser reading French.
	 */
	public Browser signedInResident(int port, String email) {
		resident(email, "female", 1990, "MA-BEM-07");
		Browser browser = new Browser(port).acceptLanguage("fr");
		int status = browser.signIn(email, PASSWORD).statusCode();
		if (status != 302) {
			throw new IllegalStateException("signing " + email + " in answered " + status);
		}
		return browser;
	}

	/** A new person with a role on a territory, granted by the demo administrator. */
	public long withRole(String email, Role role, String territoryCode) {
		long id = person(email);
		accounts.grantRole(id, role, territories.byCode(territoryCode).orElseThrow().id(), demo("admin"));
		return id;
	}

}
